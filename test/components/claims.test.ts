// <kuril-claims> with small inline datasets (an inline <script type="application/json"> child, the
// path a publisher uses): attributes and their fallbacks, order, layout, navigation, events, safety.
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/kuril-claims.js';
import type { KurilClaims } from '../../src/components/claims/claims.js';
import { claimsText } from '../../src/components/claims/messages.js';
import { claims as jaClaims } from '../../src/i18n/ja/claims.js';
import { claims as ruClaims } from '../../src/i18n/ru/claims.js';

import type { KurilExpandEvent, KurilSourceClickEvent } from '../../src/events.js';
import { expect, fixture, html, settled, takeConsole, TEST_SOURCE } from '../helpers.js';

// The widget's strings in each language, as the tests compare them (Japanese and Russian load on demand).
const messages = { en: claimsText.en, ja: jaClaims, ru: ruClaims };

type Json = Record<string, unknown>;

const SOURCE = TEST_SOURCE;

function claim(id: string, party: string, topic: string, date: string, extra: Json = {}): Json {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    date,
    precision,
    party,
    speaker: { name: `Speaker ${id}`, role: `Role ${id}` },
    topic,
    statement: `Statement ${id}.`,
    citations: [{ source: 'test-news' }],
    ...extra,
  };
}

/** Two topics, all four parties, a reply, a translated quote. */
const DATA = {
  sources: [SOURCE],
  claims: [
    claim('j1', 'japan', 'sovereignty', '2018-09-12', { quote: 'These islands are ours.' }),
    claim('j2', 'japan', 'sovereignty', '2019-01', { respondsTo: ['r1'] }),
    claim('j3', 'japan', 'sovereignty', '2020'),
    claim('r1', 'russia', 'sovereignty', '2018-11-14', {
      quote: 'The war settled it.',
      quoteTranslated: true,
    }),
    claim('b1', 'both', 'sovereignty', '2016-12'),
    claim('o1', 'other', 'sovereignty', '2013-04'),
    claim('j4', 'japan', 'military', '2016'),
    claim('r2', 'russia', 'military', '2021-07-26', { respondsTo: ['j4'] }),
  ],
};

/**
 * Renders <kuril-claims> with an inline dataset, inside a div of the given width. Unless `attrs`
 * set `limit` or `brief`, it gets `limit="0"`: every claim (the compact default view has its own tests).
 */
async function render(attrs: Record<string, string> = {}, data: Json = DATA, width?: number): Promise<KurilClaims> {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = `${width}px`;
  const el = document.createElement('kuril-claims');
  const own: Record<string, string> = 'limit' in attrs || 'brief' in attrs ? { ...attrs } : { limit: '0', ...attrs };
  delete own.brief;
  for (const [name, value] of Object.entries(own)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  el.append(script);
  wrapper.append(el);
  await fixture(wrapper);
  await settled(el);
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Ids of the claims rendered, in document order. */
const ids = (el: Element) => $$(el, 'article[part=claim]').map((a) => a.id.replace(/^claim-/, ''));
/** Visible ids (not hidden behind "Show more"). */
const visibleIds = (el: Element) =>
  $$(el, 'article[part=claim]')
    .filter((a) => a.offsetParent !== null)
    .map((a) => a.id.replace(/^claim-/, ''));
/** Parties of the side groups of the first topic, in order. */
const sideOrder = (el: Element) =>
  $$(el, '[part~=side]')
    .map((s) => /party-(\w+)/.exec(s.className)![1])
    .filter((p, i, all) => all.indexOf(p) === i);

function expectOneWarning(attribute: string, value: string, ...contains: string[]): void {
  const { warn } = takeConsole();
  expect(warn, warn.join('\n')).to.have.length(1);
  expect(warn[0]).to.contain('<kuril-claims>').and.contain(`${attribute}="${value}"`);
  for (const text of contains) expect(warn[0]).to.contain(text);
}

describe('<kuril-claims>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is defined', () => {
    expect(customElements.get('kuril-claims')).to.exist;
  });

  describe('content', () => {
    it('groups claims by topic with headings one level below the title', async () => {
      const el = await render({ 'heading-level': '3' });
      expect($(el, 'h3')!.textContent).to.equal(messages.en.title);
      const topics = $$(el, '[part=topic-heading]');
      expect(topics.map((h) => h.localName)).to.deep.equal(['h4', 'h4']);
      expect(topics.map((h) => h.textContent)).to.deep.equal([messages.en.topics.sovereignty, messages.en.topics.military]);
      expect($$(el, '[part=side-heading]').every((h) => h.localName === 'h5')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('within a topic: the two sides, then what both agreed, then analysts', async () => {
      const el = await render();
      const topic = $(el, '[part=topic]')!;
      const parties = [...topic.querySelectorAll('[part~=side]')].map((s) => /party-(\w+)/.exec(s.className)![1]);
      expect(parties).to.deep.equal(['japan', 'russia', 'both', 'other']);
      expect(topic.querySelector('.sides')!.children).to.have.length(2);
    });

    it('each claim shows party as text and shape, speaker, date, statement, quote and sources', async () => {
      const el = await render();
      const article = $(el, '#claim-j1')!;
      expect(article.localName).to.equal('article');
      expect(article.getAttribute('aria-label')).to.equal('Japan: Speaker j1, 12 September 2018');
      const party = article.querySelector('[part=party]')!;
      expect(party.textContent!.trim()).to.equal('Japan');
      expect(party.querySelector('.marker[aria-hidden=true]')).to.exist;
      expect(article.querySelector('[part=speaker]')!.textContent).to.contain('Speaker j1').and.contain('Role j1');
      const time = article.querySelector('time[part=date]')!;
      expect(time.getAttribute('datetime')).to.equal('2018-09-12');
      expect(time.textContent).to.equal('12 September 2018');
      expect(article.querySelector('[part=statement]')!.textContent).to.equal('Statement j1.');
      const quote = article.querySelector('[part=quote]')!;
      expect(quote.querySelector('blockquote')!.textContent!.trim()).to.equal('These islands are ours.');
      expect(quote.querySelector('figcaption')!.textContent).to.contain('Speaker j1');
      expect(quote.querySelector('figcaption cite')!.textContent).to.equal('Test Times, 12 September 2018');
      expect(article.querySelector('[part=sources] a')!.getAttribute('href')).to.equal('https://example.com/news');
      // Dates render at their precision.
      expect($(el, '#claim-j2 time')!.textContent).to.equal('January 2019');
      expect($(el, '#claim-j3 time')!.textContent).to.equal('2020');
    });

    it('marks a quote the source printed as a translation', async () => {
      const el = await render();
      expect($(el, '#claim-r1 .translated')!.textContent).to.equal(messages.en.quoteTranslated);
      expect($(el, '#claim-j1 .translated')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('a side with no position on a topic says so when the other side has one', async () => {
      const data = { sources: [SOURCE], claims: [claim('jx', 'japan', 'military', '2016')] };
      const el = await render({}, data);
      expect($$(el, '.sides > [part~=side]')).to.have.length(2);
      expect($(el, '.party-russia .none')!.textContent!.trim()).to.equal(messages.en.noPosition.russia);
      await expect(el).to.be.accessible();
    });

    it('no-sources hides the citations', async () => {
      const el = await render({ 'no-sources': '' });
      expect($$(el, '[part=sources]')).to.have.length(0);
    });
  });

  describe('attributes', () => {
    it('parties: shows only the listed parties (property reflects into the view)', async () => {
      const el = await render({ parties: 'russia, other' });
      expect(ids(el)).to.have.members(['r1', 'o1', 'r2']);
      el.parties = 'both';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['b1']);
    });

    it('parties: unknown entries are ignored with one warning', async () => {
      const el = await render({ parties: 'japan,china' });
      expect(ids(el)).to.have.members(['j1', 'j2', 'j3', 'j4']);
      el.layout = 'stacked';
      await el.updateComplete;
      expectOneWarning('parties', 'japan,china', 'japan, russia, both, other');
    });

    it('parties: nothing valid falls back to all parties with one warning', async () => {
      const el = await render({ parties: 'china' });
      expect(ids(el)).to.have.length(8);
      expectOneWarning('parties', 'china', 'japan, russia, both, other', '"all"');
    });

    it('topics: one topic; unknown entries ignored with one warning', async () => {
      const el = await render({ topics: 'military' });
      expect(ids(el)).to.have.members(['j4', 'r2']);
      el.topics = 'military,weather';
      await el.updateComplete;
      expect(ids(el)).to.have.members(['j4', 'r2']);
      expectOneWarning('topics', 'military,weather', 'sovereignty, declaration-1956, peace-treaty, military, economy-residents');
      el.topics = 'nonsense';
      await el.updateComplete;
      expect(ids(el)).to.have.length(8);
      expectOneWarning('topics', 'nonsense');
    });

    it('topics with a single topic: the title names the topic, group headings move up a level', async () => {
      const el = await render({ topics: 'sovereignty', 'heading-level': '3' });
      expect($(el, 'h3')!.textContent).to.equal(messages.en.topicTitle(messages.en.topics.sovereignty));
      expect($(el, '[part=topic-heading]')).to.be.null;
      expect($$(el, '[part=side-heading]').map((h) => h.localName)).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
      await expect(el).to.be.accessible();
    });

    it('from and to: years include the whole year, dates their day or month', async () => {
      const el = await render({ from: '2018', to: '2019' });
      expect(ids(el)).to.have.members(['j1', 'j2', 'r1']);
      el.from = '2018-10';
      el.to = '2019-01-31';
      await el.updateComplete;
      expect(ids(el)).to.have.members(['j2', 'r1']);
    });

    const badDates: Array<[string, string]> = [
      ['from', '20x8'],
      ['to', '2019-13'],
      ['to', '2019-02-30'],
      ['from', 'yesterday'],
    ];
    for (const [attribute, value] of badDates) {
      it(`${attribute}="${value}" is ignored with one warning`, async () => {
        const el = await render({ [attribute]: value });
        expect(ids(el)).to.have.length(8);
        el.limit = 5;
        await el.updateComplete;
        expectOneWarning(attribute, value, 'YYYY', '"none"');
      });
    }

    it('limit: shows that many per party per topic, and a button for the rest', async () => {
      const el = await render({ limit: '1' });
      expect(visibleIds(el)).to.have.members(['j1', 'r1', 'b1', 'o1', 'j4', 'r2']);
      const toggles = $$(el, '[part=toggle]');
      expect(toggles).to.have.length(1);
      expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(toggles[0]!.textContent).to.contain('Show 2 more');
      toggles[0]!.click();
      await el.updateComplete;
      expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(toggles[0]!.textContent).to.contain('Show fewer');
      expect(visibleIds(el)).to.have.length(8);
      await expect(el).to.be.accessible();
    });

    it('limit="0" shows everything without a warning (the same rule as the timeline)', async () => {
      const el = await render({ limit: '0' });
      expect(visibleIds(el)).to.have.length(8);
      expect($(el, '[part=toggle]')).to.be.null;
    });

    const badLimits = ['-1', 'abc', '2.5'];
    for (const value of badLimits) {
      it(`limit="${value}" shows everything with one warning`, async () => {
        const el = await render({ limit: value });
        expect(visibleIds(el)).to.have.length(8);
        expect($(el, '[part=toggle]')).to.be.null;
        el.parties = 'japan';
        await el.updateComplete;
        expectOneWarning('limit', value, 'whole number', '"0"');
      });
    }

    it('src: a publisher dataset by URL replaces the bundled claims', async () => {
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(DATA))}`;
      const el = await fixture<KurilClaims>(html`<kuril-claims src=${url} expanded></kuril-claims>`);
      await settled(el);
      expect(ids(el)).to.have.length(8);
    });

    it('src that fails falls back to the bundled claims with a notice, never a blank panel', async () => {
      const el = await fixture<KurilClaims>(html`<kuril-claims src="/no-such-claims.json" expanded></kuril-claims>`);
      await settled(el);
      const { error } = takeConsole();
      expect(error).to.have.length(1);
      expect(error[0]).to.contain('<kuril-claims>').and.contain('404');
      expect($(el, '[part=notice]')).to.exist;
      expect(ids(el).length).to.be.greaterThan(8);
      await expect(el).to.be.accessible();
    });

    it('layout="grid" falls back to auto with one warning', async () => {
      const el = await render({ layout: 'grid' });
      expect($(el, '.claims')!.classList.contains('layout-auto')).to.be.true;
      el.first = 'japan';
      await el.updateComplete;
      expectOneWarning('layout', 'grid', 'auto, columns, stacked', '"auto"');
    });

    it('first="china" falls back to the alphabetical order with one warning', async () => {
      const el = await render({ first: 'china', lang: 'ru' });
      expect(sideOrder(el).slice(0, 2)).to.deep.equal(['russia', 'japan']);
      expectOneWarning('first', 'china', 'alphabetical, japan, russia', '"alphabetical"');
    });
  });

  describe('neutral order of the two sides', () => {
    const cases: Array<[string, string | null, string[]]> = [
      // Intl.Collator: en Japan < Russia; ru Россия < Япония; ja ロシア < 日本 (kana before kanji).
      ['en', null, ['japan', 'russia']],
      ['ru', null, ['russia', 'japan']],
      ['ja', null, ['russia', 'japan']],
      ['en', 'russia', ['russia', 'japan']],
      ['ru', 'japan', ['japan', 'russia']],
      ['ja', 'japan', ['japan', 'russia']],
      ['en', 'alphabetical', ['japan', 'russia']],
    ];
    for (const [lang, first, expected] of cases) {
      it(`lang=${lang} first=${first ?? '(absent)'} → ${expected.join(', ')}`, async () => {
        const el = await render(first ? { lang, first } : { lang });
        expect(sideOrder(el)).to.deep.equal([...expected, 'both', 'other']);
        // The first article in each topic's pair of columns belongs to the first side.
        expect($(el, '.sides [part=claim]')!.className).to.contain(`party-${expected[0]}`);
      });
    }

    it('the alphabetical order is what Intl.Collator gives for the party names', () => {
      const sorted = (lang: string, names: string[]) => [...names].sort(new Intl.Collator(lang).compare);
      expect(sorted('en', ['Russia', 'Japan'])).to.deep.equal(['Japan', 'Russia']);
      expect(sorted('ru', ['Япония', 'Россия'])).to.deep.equal(['Россия', 'Япония']);
      expect(sorted('ja', ['日本', 'ロシア'])).to.deep.equal(['ロシア', '日本']);
    });

    it("each language's written-out order is neutralSideOrder of its own party names", async () => {
      const { neutralSideOrder } = await import('../../src/components/claims/view.js');
      const { baseText } = await import('../../src/i18n/messages.js');
      const { base: ja } = await import('../../src/i18n/ja/base.js');
      const { base: ru } = await import('../../src/i18n/ru/base.js');
      for (const [lang, names] of Object.entries({ en: baseText.en, ja, ru })) {
        expect([...messages[lang as 'en' | 'ja' | 'ru'].sides], lang).to.deep.equal(neutralSideOrder(names, lang));
      }
    });
  });

  describe('layout by container width', () => {
    const boxes = (el: Element) => $$(el, '.sides > [part~=side]');

    it('900 px wide: the two sides stand side by side', async () => {
      const el = await render({}, DATA, 900);
      const [a, b] = boxes(el);
      expect(a!.offsetTop).to.equal(b!.offsetTop);
      expect(b!.offsetLeft).to.be.greaterThan(a!.offsetLeft + a!.offsetWidth - 1);
      await expect(el).to.be.accessible();
    });

    it('320 px wide: the two sides are stacked', async () => {
      const el = await render({}, DATA, 320);
      const [a, b] = boxes(el);
      expect(b!.offsetTop).to.be.greaterThan(a!.offsetTop + a!.offsetHeight - 1);
      expect(a!.offsetLeft).to.equal(b!.offsetLeft);
      await expect(el).to.be.accessible();
    });

    it('layout="stacked" stacks even when wide; layout="columns" keeps columns when narrow', async () => {
      const el = await render({ layout: 'stacked' }, DATA, 900);
      let [a, b] = boxes(el);
      expect(b!.offsetTop).to.be.greaterThan(a!.offsetTop);
      el.layout = 'columns';
      el.parentElement!.style.width = '320px';
      await el.updateComplete;
      [a, b] = boxes(el);
      expect(a!.offsetTop).to.equal(b!.offsetTop);
      await expect(el).to.be.accessible();
    });

    it('nothing overflows horizontally at 320 px', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render({ limit: '1' }, DATA);
      $(el, '[part=toggle]')!.click();
      await el.updateComplete;
      const base = $(el, '[part=base]')!;
      expect(base.getBoundingClientRect().width).to.be.at.most(320);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '*')) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      }
    });
  });

  describe('respondsTo links', () => {
    it('Enter on "Responds to" moves focus to the answered claim', async () => {
      const el = await render();
      const link = $(el, '#claim-j2 [part=responds-to] a')!;
      expect(link.textContent).to.equal('Speaker r1, 14 November 2018');
      expect($(el, '#claim-j2 [part=responds-to]')!.textContent).to.contain(messages.en.respondsTo);
      link.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#claim-r1'));
      expect($(el, '#claim-r1')!.getAttribute('tabindex')).to.equal('-1');
      expect(location.hash).to.equal('');
    });

    it('"Answered by" links back, and a target hidden behind "Show more" is revealed', async () => {
      const el = await render({ limit: '1' });
      const back = $(el, '#claim-r1 [part=answered-by] a')!;
      expect(back.textContent).to.equal('Speaker j2, January 2019');
      expect($(el, '#claim-j2')!.offsetParent).to.be.null;
      back.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const target = $(el, '#claim-j2')!;
      expect(target.offsetParent).to.not.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(target);
      expect($(el, '.party-japan [part=toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('a claim answered outside the selection is named without a link', async () => {
      const el = await render({ parties: 'japan' });
      const line = $(el, '#claim-j2 [part=responds-to]')!;
      expect(line.textContent).to.contain('Speaker r1, 14 November 2018');
      expect(line.querySelector('a')).to.be.null;
    });
  });

  describe('events', () => {
    it('kuril-expand fires when the reader clicks "Show more", not on property changes', async () => {
      const el = await render({ limit: '1' });
      const events: KurilExpandEvent[] = [];
      el.addEventListener('kuril-expand', (e) => events.push(e));
      el.limit = 2;
      el.topics = 'sovereignty';
      await el.updateComplete;
      el.limit = 1;
      await el.updateComplete;
      expect(events).to.have.length(0);
      const toggle = $(el, '[part=toggle]')!;
      toggle.click();
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ ids: ['j2', 'j3'], expanded: true, group: 'sovereignty/japan' });
      expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
      toggle.click();
      await el.updateComplete;
      expect(events[1]!.detail.expanded).to.be.false;
    });

    it('following a "Responds to" link does not fire kuril-expand', async () => {
      const el = await render({ limit: '1' });
      const events: Event[] = [];
      el.addEventListener('kuril-expand', (e) => events.push(e));
      $(el, '#claim-r1 [part=answered-by] a')!.click();
      await el.updateComplete;
      expect(events).to.have.length(0);
    });

    it('kuril-source-click fires when the reader follows a source link', async () => {
      const el = await render();
      const events: KurilSourceClickEvent[] = [];
      el.addEventListener('kuril-source-click', (e) => events.push(e));
      el.addEventListener('click', (e) => e.preventDefault());
      el.noSources = false;
      await el.updateComplete;
      expect(events).to.have.length(0);
      $(el, '#claim-j1 [part=sources] a')!.click();
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ sourceId: 'test-news', itemId: 'j1', url: 'https://example.com/news' });
    });
  });

  describe('visual states pass axe', () => {
    it('light and dark', async () => {
      const el = await render({ theme: 'light', limit: '1' });
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      el.theme = 'auto';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    for (const lang of ['ja', 'ru']) {
      it(`${lang}: UI strings are translated, item text keeps its language`, async () => {
        const el = await render({ lang, limit: '1' });
        const msg = messages[lang as 'ja' | 'ru'];
        expect($(el, '.title')!.textContent).to.equal(msg.title);
        expect($$(el, '[part=topic-heading]')[0]!.textContent).to.equal(msg.topics.sovereignty);
        expect($(el, '[part=toggle]')!.textContent).to.contain(msg.showMore(2));
        expect($(el, '#claim-r1 .translated')!.textContent).to.equal(msg.quoteTranslated);
        // The inline dataset is English and has no translation: its text is marked lang="en".
        expect($(el, '#claim-j1 [part=statement]')!.getAttribute('lang')).to.equal('en');
        expect($(el, '#claim-j1 blockquote')!.getAttribute('lang')).to.equal('en');
        expect($(el, '#claim-j1 time')!.textContent).to.equal(lang === 'ja' ? '2018年9月12日' : '12 сентября 2018 г.');
        await expect(el).to.be.accessible();
      });
    }

    it('empty result: a clear message, never a blank panel', async () => {
      const el = await render({ from: '2030' });
      expect($(el, '[part=empty]')!.textContent).to.equal(messages.en.empty);
      expect($(el, '.title')).to.exist;
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'ja');
      await settled(el);
      expect($(el, '[part=empty]')!.textContent).to.equal(messages.ja.empty);
    });
  });

  describe('a hostile dataset renders as text', () => {
    it('markup in text stays text, a javascript: URL is no link', async () => {
      const img = '<img src=x onerror="window.__pwned=1">';
      const script = '<script>window.__pwned=1</' + 'script>';
      const data = {
        sources: [
          SOURCE,
          { ...SOURCE, id: 'evil', outlet: `Evil ${img}`, headline: script, url: 'javascript:window.__pwned=1' },
        ],
        claims: [
          {
            ...claim('evil-1', 'japan', 'sovereignty', '2018'),
            speaker: { name: `Name ${img}`, role: script },
            statement: `Statement ${img} ${script}`,
            quote: `Quote ${script} ${img}`,
            citations: [{ source: 'evil', quote: img }],
          },
          claim('evil-2', 'russia', 'sovereignty', '2019', { respondsTo: ['evil-1'], speaker: { name: script, role: img } }),
        ],
      };
      const el = await render({}, data);
      const { warn } = takeConsole();
      expect(warn, warn.join('\n')).to.have.length(1);
      expect(warn[0]).to.contain('sources[1].url').and.contain('dropped');
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, iframe, [onerror]')).to.be.null;
      expect(el.querySelector('img')).to.be.null;
      expect($(el, '#claim-evil-1 [part=statement]')!.textContent).to.equal(`Statement ${img} ${script}`);
      expect($(el, '#claim-evil-1 blockquote')!.textContent!.trim()).to.equal(`Quote ${script} ${img}`);
      expect($(el, '#claim-evil-1 [part=speaker]')!.textContent).to.contain(img);
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https?:|#claim-)/);
      expect($(el, '#claim-evil-1 [part=sources] a')).to.be.null;
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });
});
