// Regression tests of the hardening issue: each defect it lists, in the browser (the Node side, the
// JSON Schema and the server renderer, is in test/node/hardening.test.mjs and schema.test.mjs).
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { KurilClaims } from '../../src/components/claims/claims.js';
import type { KurilFactbox } from '../../src/components/factbox/factbox.js';
import type { KurilTimeline } from '../../src/components/timeline/timeline.js';
import type { KurilSourceClickEvent } from '../../src/events.js';
import { aTimeout, expect, fixture, html, settled, takeConsole, TEST_SOURCE } from '../helpers.js';

type Json = Record<string, unknown>;

const SOURCE = TEST_SOURCE;

const event = (id: string, date: string, extra: Json = {}): Json => ({
  id,
  date,
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  title: `Title ${id}`,
  summary: `Summary ${id}.`,
  tags: ['summit'],
  islands: [],
  actors: [],
  citations: [{ source: 'test-news' }],
  ...extra,
});

const claim = (id: string, party: string, date: string, extra: Json = {}): Json => ({
  id,
  date,
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  party,
  speaker: { name: `Speaker ${id}`, role: `Role ${id}` },
  topic: 'sovereignty',
  statement: `Statement ${id}.`,
  citations: [{ source: 'test-news' }],
  ...extra,
});

/** A widget with an inline dataset, settled. */
async function withData<T extends HTMLElement>(tag: string, data: Json, attributes = ''): Promise<T> {
  const el = await fixture<T>(`<${tag} ${attributes}><script type="application/json">${JSON.stringify(data)}</script></${tag}>`);
  await settled(el as T & { updateComplete: Promise<unknown> });
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

describe('hardening: dates', () => {
  it('a date in the year 0000 renders as 0000 at every precision', async () => {
    const el = await withData<KurilTimeline>('kuril-timeline', {
      sources: [SOURCE],
      events: [event('zero', '0000'), event('zero-month', '0000-05'), event('zero-day', '0000-05-03')],
    }, 'expanded');
    const dates = $$(el, '[part="date"]').map((d) => d.textContent?.trim());
    expect(dates).to.deep.equal(['0000', 'May 0000', '3 May 0000']);
    await expect(el).to.be.accessible();
  });
});

describe('hardening: headings', () => {
  it('a single-year timeline does not skip a heading level', async () => {
    const el = await fixture<KurilTimeline>(html`<kuril-timeline from="1855" to="1855"></kuril-timeline>`);
    await settled(el);
    expect($(el, 'h2[part="heading"]'), 'the title is an h2').to.exist;
    expect($$(el, 'h3[part="title"]').length, 'events are h3 under it').to.be.above(0);
    expect($$(el, 'h4').length).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('hardening: print', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

  for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) {
    it(`<${tag} theme="dark"> prints citations and text in readable colours on white paper`, async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(`<${tag} theme="dark" expanded></${tag}>`);
      await settled(el);
      await emulateMedia({ media: 'print' });
      await el.updateComplete;
      const paper = 'rgb(255, 255, 255)';
      const base = $(el, '[part="base"]')!;
      const bg = getComputedStyle(base).backgroundColor;
      expect(bg === 'rgba(0, 0, 0, 0)' || bg === paper, `background ${bg}`).to.equal(true);
      const citation = $(el, '[part="source"]')!;
      for (const node of [base, citation, $(el, '.footer')!]) {
        const color = getComputedStyle(node).color;
        expect(contrast(color, paper), `${node.className || node.localName}: ${color} on white`).to.be.at.least(4.5);
      }
    });
  }
});

describe('hardening: naming in <kuril-claims>', () => {
  const data = {
    sources: [SOURCE],
    claims: [claim('c1', 'japan', '2016-11', { statement: 'Japan protests the missiles on Iturup/Etorofu and Kunashir/Kunashiri.', quote: 'missiles on Etorofu' , citations: [{ source: 'test-news', quote: 'missiles on Etorofu' }] })],
  };

  it('naming="japanese" and "russian" name the islands of a statement by that convention; neutral keeps both', async () => {
    const el = await withData<KurilClaims>('kuril-claims', data);
    const statement = () => $(el, '[part="statement"]')!.textContent!.trim();
    expect(statement()).to.equal('Japan protests the missiles on Iturup/Etorofu and Kunashir/Kunashiri.');
    el.naming = 'japanese';
    await el.updateComplete;
    expect(statement()).to.equal('Japan protests the missiles on Etorofu and Kunashiri.');
    el.naming = 'russian';
    await el.updateComplete;
    expect(statement()).to.equal('Japan protests the missiles on Iturup and Kunashir.');
    // The quote is verbatim whatever the naming.
    expect($(el, 'blockquote')!.textContent!.trim()).to.equal('missiles on Etorofu');
  });

  it('a compact panel with a naming other than neutral shows its claims once the code that names the islands is in (it loads with every claim)', async () => {
    const { KurilClaims: Claims } = await import('../../src/components/claims/claims.js');
    const bundled = Claims.bundle;
    const first = bundled.data.claims[0]!;
    const named = 'Japan protests the missiles on Iturup/Etorofu.';
    // Its own bundle: a full tier not loaded yet, which takes 100 ms and names the islands in the first claim.
    class Named extends Claims {
      static override bundle = {
        ...bundled,
        full: () =>
          aTimeout(100)
            .then(() => bundled.full!())
            .then((data) => ({ ...data, claims: data.claims.map((c) => (c.id === first.id ? { ...c, statement: named } : c)) })),
      };
    }
    Named.define('kuril-claims-named');
    const host = document.createElement('div');
    document.body.append(host);
    // Every statement of the first claim the panel shows (not while it is busy, its content hidden).
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const base = host.firstElementChild?.shadowRoot?.querySelector('[part="base"]');
      const statement = base && !base.classList.contains('busy') ? base.querySelector(`#claim-${first.id} [part="statement"]`) : null;
      if (statement) seen.push(statement.textContent!.trim());
    });
    observer.observe(host, { childList: true, subtree: true });
    const el = document.createElement('kuril-claims-named') as KurilClaims;
    el.setAttribute('naming', 'japanese');
    host.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await settled(el);
    for (let i = 0; i < 100 && !seen.length; i++) await aTimeout(20);
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect([...new Set(seen)]).to.deep.equal(['Japan protests the missiles on Etorofu.']);
    await expect(el).to.be.accessible();
    host.remove();
  });

  it('the bundled claims follow naming in Japanese and Russian too', async () => {
    for (const [lang, japanese, russian] of [
      ['ja', '択捉島', 'イトゥルップ島'],
      ['ru', 'Эторофу', 'Итуруп'],
      ['en', 'Etorofu', 'Iturup'],
    ] as const) {
      const el = await fixture<KurilClaims>(html`<kuril-claims lang=${lang} topics="military" naming="japanese"></kuril-claims>`);
      await settled(el);
      const text = () => $$(el, '[part="statement"]').map((p) => p.textContent).join(' ');
      expect(text(), lang).to.contain(japanese);
      expect(text(), lang).not.to.contain(russian);
      el.naming = 'russian';
      await el.updateComplete;
      expect(text(), lang).to.contain(russian);
      expect(text(), lang).not.to.contain(`${russian}/`);
      el.remove();
    }
  });
});

describe('hardening: source links', () => {
  it('a middle click on a source link fires kuril-source-click; a right click does not', async () => {
    const el = await withData<KurilTimeline>('kuril-timeline', { sources: [SOURCE], events: [event('e1', '2018')] });
    const link = $(el, '[part="source-link"]')!;
    const fired: KurilSourceClickEvent[] = [];
    el.addEventListener('kuril-source-click', (e) => fired.push(e));
    // The browser would open a tab on a real middle click: stop it for the test.
    link.addEventListener('auxclick', (e) => e.preventDefault());
    link.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
    link.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
    expect(fired.map((e) => e.detail)).to.deep.equal([{ sourceId: 'test-news', itemId: 'e1', url: 'https://example.com/news' }]);
  });
});

describe('hardening: claims deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  const data = {
    sources: [SOURCE],
    claims: [
      claim('j1', 'japan', '2018-01'),
      claim('j2', 'japan', '2018-02'),
      claim('j3', 'japan', '2018-03'),
      claim('r1', 'russia', '2018-04', { respondsTo: ['j3'] }),
    ],
  };

  it('#claim-<id> on load reveals the claim behind "Show more" and focuses it', async () => {
    history.replaceState(null, '', '#claim-j3');
    const el = await withData<KurilClaims>('kuril-claims', data, 'limit="1"');
    await aTimeout(50);
    await el.updateComplete;
    const target = $(el, '#claim-j3')!;
    expect(target.checkVisibility(), 'the claim is shown').to.equal(true);
    expect(el.shadowRoot!.activeElement === target, 'the claim has focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a hashchange to #claim-<id> reveals and focuses it', async () => {
    const el = await withData<KurilClaims>('kuril-claims', data, 'limit="1"');
    expect($(el, '#claim-j2')!.checkVisibility()).to.equal(false);
    location.hash = '#claim-j2';
    for (let i = 0; i < 20 && el.shadowRoot!.activeElement?.id !== 'claim-j2'; i++) await aTimeout(20);
    expect($(el, '#claim-j2')!.checkVisibility()).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('claim-j2');
  });
});

describe('hardening: reversed date range', () => {
  for (const tag of ['kuril-timeline', 'kuril-claims']) {
    it(`<${tag} from="2019" to="2013"> swaps the bounds and warns once`, async () => {
      const host = await fixture<HTMLDivElement>(`<div><${tag} from="2019" to="2013"></${tag}><${tag} from="2013" to="2019"></${tag}></div>`);
      const [reversed, ordered] = [...host.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await settled(reversed!);
      await settled(ordered!);
      const text = (el: HTMLElement) => $(el, '.content')!.textContent!.replace(/\s+/g, ' ');
      expect(text(reversed!)).to.equal(text(ordered!));
      expect(Boolean($(reversed!, "[part=\"empty\"]"))).to.equal(false);
      reversed!.setAttribute('limit', '2');
      await reversed!.updateComplete;
      const { warn } = takeConsole();
      expect(warn).to.deep.equal([`<${tag}> from="2019" is after to="2013"; the two are swapped (showing 2013 to 2019).`]);
    });
  }
});

describe('hardening: fact box', () => {
  it('fields="distance" on an island without a distance says there is no data instead of an empty list', async () => {
    const el = await fixture<KurilFactbox>(html`<kuril-factbox island="iturup" fields="distance" no-map></kuril-factbox>`);
    await settled(el);
    // The dataset gives no distance for Iturup (Kunashir and Habomai have one).
    expect((el as unknown as { data: { islands: { id: string; distanceFromHokkaidoKm?: number }[] } }).data.islands.find((i) => i.id === 'iturup')?.distanceFromHokkaidoKm).to.equal(undefined);
    expect(Boolean($(el, "dl")), "no empty list").to.equal(false);
    expect($(el, '[part="no-fields"]')!.textContent!.trim()).to.equal('No data for these fields.');
    await expect(el).to.be.accessible();
    el.setAttribute('island', 'kunashir');
    await el.updateComplete;
    expect($(el, 'dl[part="facts"] [data-field="distance"]')).to.exist;
  });

  it('the source summaries say what they show: "Show 6 sources"', async () => {
    const el = await fixture<KurilFactbox>(html`<kuril-factbox expanded></kuril-factbox>`);
    await settled(el);
    const summaries = $$(el, '.sources-toggle > summary').map((s) => s.textContent!.trim());
    expect(summaries.length).to.be.above(1);
    for (const s of summaries.slice(1)) expect(s).to.match(/^Show \d+ sources?$/);
    el.lang = 'ja';
    await settled(el);
    for (const s of $$(el, '[data-field="sources"] summary')) expect(s.textContent!.trim()).to.match(/^出典\d+件を表示$/);
    el.lang = 'ru';
    await settled(el);
    for (const s of $$(el, '[data-field="sources"] summary')) expect(s.textContent!.trim()).to.match(/^Показать источники \(\d+\)$/);
  });
});

describe('hardening: text from the data is bidi-isolated', () => {
  const RLO = '\u202E';
  /** Ends every data string, so the test sees where one ends. */
  const END = '¤';
  /** A data string: a right-to-left override, the text, the end mark. */
  const d = (text: string) => `${RLO}${text}${END}`;
  const data = {
    sources: [{ ...SOURCE, outlet: d('Evil Times'), headline: d('Headline'), wire: d('Wire'), seenAt: { outlet: d('Archive'), url: 'https://example.com/a' } }],
    events: [event('e1', '2018', { title: d('Title'), summary: d('Summary'), islands: ['shikotan'], citations: [{ source: 'test-news', quote: d('passage') }] })],
    claims: [
      claim('c1', 'japan', '2018-01', { speaker: { name: d('Shinzo Abe'), role: d('Prime Minister') }, statement: d('Statement'), quote: d('Quote'), citations: [{ source: 'test-news', quote: d('Quote') }] }),
      claim('c2', 'russia', '2018-02', { respondsTo: ['c1'] }),
    ],
    overview: { summary: d('Overview'), status: d('Status'), citations: [{ source: 'test-news' }] },
    islands: [
      {
        id: 'shikotan',
        names: {
          en: { japanese: d('Shikotan'), russian: d('Shikotan') },
          ja: { japanese: '色丹島', russian: '色丹島' },
          ru: { japanese: 'Шикотан', russian: 'Шикотан' },
        },
        areaKm2: 250,
        population: { value: 3000, year: 2020 },
        administeredBy: 'russia',
        claimedBy: ['japan'],
        distanceFromHokkaidoKm: 73,
        keyFacts: [d('Fact')],
        citations: [{ source: 'test-news' }],
      },
    ],
  };

  /**
   * True when the text node is isolated from the widget's text around it: the data string is its
   * own text node (or wrapped in FSI…PDI within one), and an inline ancestor isolates it (`<bdi>`,
   * `unicode-bidi: isolate`) or the nearest block holds it alone (a block is its own bidi paragraph,
   * but text beside it in the same block is not protected).
   */
  function isolated(node: Text): boolean {
    const text = node.textContent!;
    for (let i = text.indexOf(RLO); i >= 0; i = text.indexOf(RLO, i + 1)) {
      const close = text.indexOf(END, i);
      const fsi = i > 0 && text[i - 1] === '\u2068' && text[close + 1] === '\u2069';
      if (fsi) continue;
      if (i > 0 || close !== text.length - 1) return false;
    }
    if (text.includes('\u2068')) return true;
    for (let el = node.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents') {
        if (['isolate', 'isolate-override', 'plaintext'].includes(style.unicodeBidi)) return true;
        continue;
      }
      return el.textContent!.trim() === text.trim();
    }
    return false;
  }

  for (const [tag, attributes] of [
    ['kuril-timeline', 'expanded'],
    ['kuril-claims', ''],
    ['kuril-factbox', 'island="shikotan"'],
  ] as const) {
    it(`<${tag}>: every text from the data (a right-to-left override in each) is isolated`, async () => {
      const el = await withData<HTMLElement>(tag, data, attributes);
      for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      let found = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (!node.textContent!.includes(RLO) || node.parentElement?.closest('svg, style')) continue;
        found++;
        expect(isolated(node), `"${node.textContent}" in <${node.parentElement!.localName} class="${node.parentElement!.className}">`).to.equal(true);
      }
      expect(found).to.be.above(1);
      takeConsole();
    });
  }
});

describe('hardening: notices and loading', () => {
  it('a failed src shows a short notice in the widget language; the details go to the console', async () => {
    const el = await fixture<KurilTimeline>(html`<kuril-timeline lang="ja" src="/test/fixtures/missing.json?el=hardening"></kuril-timeline>`);
    await settled(el);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.textContent!.trim()).to.equal('提供されたデータを読み込めませんでした。内蔵データを表示しています。');
    expect(notice.textContent).not.to.contain('missing.json');
    const { error } = takeConsole();
    expect(error).to.have.length(1);
    expect(error[0]).to.match(/missing\.json\?el=hardening answered HTTP 404/);
    await expect(el).to.be.accessible();
  });

  it('while src loads, a visible localized loading line holds the panel open', async () => {
    const el = await fixture<KurilClaims>(html`<kuril-claims lang="ru" src="/test-api/slow?key=hardening-loading"></kuril-claims>`);
    await el.updateComplete;
    const loading = $(el, '[part="loading"]')!;
    expect(loading.textContent!.trim()).to.equal('Загрузка…');
    expect(loading.checkVisibility() && loading.offsetHeight > 0, 'the loading line is visible').to.equal(true);
    expect($(el, '[part="base"]')!.offsetHeight).to.be.above(loading.offsetHeight);
    await expect(el).to.be.accessible();
    el.removeAttribute('src');
    await settled(el);
    expect(Boolean($(el, "[part=\"loading\"]"))).to.equal(false);
  });
});
