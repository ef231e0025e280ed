// <kuril-claims> with the bundled dataset, as on the demo article.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/kuril-claims.js';
import type { KurilClaims } from '../../src/components/claims/claims.js';
import { claimsText } from '../../src/components/claims/messages.js';
import { claims as jaClaimsText } from '../../src/i18n/ja/claims.js';
import { claims as ruClaimsText } from '../../src/i18n/ru/claims.js';
import { dataset } from '../../src/data/dataset.js';
import { loadTranslation } from '../../src/data/translations/index.js';
import { claims as jaClaims } from '../../src/data/translations/ja/claims.js';
import { CLAIM_TOPICS } from '../../src/data/schema.js';
import { aTimeout, expect, fixture, html, settled } from '../helpers.js';

// The widget's strings in each language, as the tests compare them (Japanese and Russian load on demand).
const messages = { en: claimsText.en, ja: jaClaimsText, ru: ruClaimsText };

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Waits until the widget has laid out every topic (off-screen topics wait for an idle moment). */
async function laidOut(el: KurilClaims): Promise<void> {
  for (let i = 0; i < 100 && el.shadowRoot!.querySelector('.claims.defer'); i++) await aTimeout(20);
  expect(el.shadowRoot!.querySelector('.claims.defer'), 'layout still deferred').to.be.null;
}

describe('<kuril-claims> with the bundled dataset', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('shows every bundled claim once, under the five topics in order', async () => {
    const el = await fixture<KurilClaims>(html`<kuril-claims heading-level="3" expanded></kuril-claims>`);
    await settled(el);
    const shown = $$(el, 'article[part=claim]').map((a) => a.id.replace(/^claim-/, ''));
    expect(shown).to.have.members(dataset.claims.map((c) => c.id));
    expect(new Set(shown).size).to.equal(shown.length);
    const topics = CLAIM_TOPICS.filter((t) => dataset.claims.some((c) => c.topic === t));
    expect($$(el, '[part=topic-heading]').map((h) => h.textContent)).to.deep.equal(topics.map((t) => messages.en.topics[t]));
    // Every claim cites a source.
    for (const article of $$(el, 'article[part=claim]')) expect(article.querySelector('[part=sources] li')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('off-screen topics are laid out once the browser is idle, at their real size', async () => {
    const el = await fixture<KurilClaims>(html`<kuril-claims expanded></kuril-claims>`);
    await settled(el);
    await laidOut(el);
    for (const topic of $$(el, '[part=topic]')) {
      expect(getComputedStyle(topic).contentVisibility).to.equal('visible');
      const items = topic.querySelectorAll('[part=claim]');
      const last = items[items.length - 1]!.getBoundingClientRect();
      expect(topic.getBoundingClientRect().bottom).to.be.at.least(last.bottom);
    }
  });

  it('the demo panel topics="sovereignty" reads as one panel about sovereignty', async () => {
    const el = await fixture<KurilClaims>(html`<kuril-claims topics="sovereignty" heading-level="3"></kuril-claims>`);
    await settled(el);
    expect($(el, 'h3')!.textContent).to.equal(messages.en.topicTitle(messages.en.topics.sovereignty));
    const parties = new Set($$(el, 'article[part=claim]').map((a) => /party-(\w+)/.exec(a.className)![1]));
    expect(parties.has('japan') && parties.has('russia')).to.be.true;
    expect($$(el, 'article[part=claim]').length).to.equal(dataset.claims.filter((c) => c.topic === 'sovereignty').length);
    await expect(el).to.be.accessible();
  });

  for (const lang of ['ja', 'ru'] as const) {
    it(`${lang}: translated UI, item text marked with its language, passes axe`, async () => {
      const el = await fixture<KurilClaims>(html`<kuril-claims lang=${lang} limit="2"></kuril-claims>`);
      await settled(el);
      expect($(el, '.title')!.textContent).to.equal(messages[lang].title);
      for (const p of $$(el, '[part=statement]')) {
        const itemLang = p.getAttribute('lang');
        expect(itemLang === null || itemLang === 'en').to.be.true;
      }
      await expect(el).to.be.accessible();
    });
  }

  it('keyboard: a bundled "Responds to" link moves focus to its claim', async () => {
    const answering = dataset.claims.find((c) => c.respondsTo?.length)!;
    const el = await fixture<KurilClaims>(html`<kuril-claims expanded></kuril-claims>`);
    await settled(el);
    const link = $(el, `[id="claim-${answering.id}"] [part=responds-to] a`)!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal(`claim-${answering.respondsTo![0]}`);
  });

  it('quotes the sources printed as translations are marked', async () => {
    const el = await fixture<KurilClaims>(html`<kuril-claims expanded></kuril-claims>`);
    await settled(el);
    for (const c of dataset.claims.filter((x) => x.quote)) {
      const mark = $(el, `[id="claim-${c.id}"] [part=quote] .translated`);
      expect(Boolean(mark), c.id).to.equal(Boolean(c.quoteTranslated));
    }
    expect($$(el, '[part=quote] .translated').length).to.be.greaterThan(0);
  });

  for (const lang of ['ja', 'ru'] as const) {
    it(`${lang}: a quote's translation is shown labelled, beside the original in its language`, async function () {
      const translation = await loadTranslation(lang);
      const id = Object.keys(translation?.claims ?? {}).find(
        (key) => translation!.claims![key]!.quote && dataset.claims.find((c) => c.id === key)?.quote,
      );
      if (!id) this.skip(); // the translators have not translated a quote yet
      const el = await fixture<KurilClaims>(html`<kuril-claims lang=${lang} expanded></kuril-claims>`);
      await settled(el);
      const figure = $(el, `[id="claim-${id}"] [part=quote]`)!;
      expect(figure.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
      const tr = figure.querySelector('.quote-translation')!;
      expect(tr.textContent).to.contain(translation!.claims![id!]!.quote!);
      expect(tr.querySelector('.label')!.textContent).to.contain(lang === 'ja' ? '訳' : 'Перевод');
    });
  }

  it('ja: a quote with a translation shows the original (lang="en") and the translation, labelled', async () => {
    // The bundled Japanese claims text (the very object the widget loads), with one claim's entry
    // replaced for this test and restored after it.
    const c = dataset.claims.find((x) => x.quote && !x.quoteTranslated && !x.original)!;
    const ja = { claims: jaClaims };
    const saved = jaClaims[c.id];
    jaClaims[c.id] = { statement: '（テスト用の訳文）', quote: '（テスト用の引用訳）' };
    try {
      const el = await fixture<KurilClaims>(html`<kuril-claims lang="ja" topics=${c.topic}></kuril-claims>`);
      await settled(el);
      const article = $(el, `[id="claim-${c.id}"]`)!;
      const statement = article.querySelector('[part=statement]')!;
      expect(statement.hasAttribute('lang')).to.be.false;
      expect(statement.textContent).to.equal('（テスト用の訳文）');
      const blockquote = article.querySelector('blockquote')!;
      expect(blockquote.getAttribute('lang')).to.equal('en');
      expect(blockquote.textContent!.trim()).to.equal(c.quote);
      const translation = article.querySelector('.quote-translation')!;
      expect(translation.querySelector('.label')!.textContent).to.equal(messages.ja.quoteTranslation(true));
      expect(translation.textContent).to.contain('（テスト用の引用訳）');
      // Claims without a translation (if any) keep their English text, marked as such.
      const other = $$(el, 'article[part=claim]').find((a) => !(a.id.replace(/^claim-/, '') in ja.claims!));
      if (other) {
        expect(other.querySelector('[part=statement]')!.getAttribute('lang')).to.equal('en');
        expect(other.querySelector('.quote-translation')).to.be.null;
      }
      await expect(el).to.be.accessible();
    } finally {
      if (saved) jaClaims[c.id] = saved;
      else delete jaClaims[c.id];
    }
  });

  for (const lang of ['en', 'ja', 'ru']) {
    it(`nothing overflows horizontally at 320 px (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<KurilClaims>(html`<kuril-claims lang=${lang} expanded></kuril-claims>`);
      await settled(el);
      await laidOut(el);
      const base = $(el, '[part=base]')!;
      const right = base.getBoundingClientRect().right;
      expect(right).to.be.at.most(320);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, '*')) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(right + 0.5);
      }
    });
  }
  describe('deep links into the compact view', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));
    // The first tier holds only the first topic's key positions: a link to a claim of another topic
    // waits for every claim, then opens its topic.
    const lastTopic = CLAIM_TOPICS.filter((t) => dataset.claims.some((c) => c.topic === t)).at(-1)!;
    const target = dataset.claims.filter((c) => c.topic === lastTopic).at(-1)!;

    const focused = async (el: KurilClaims, id: string) => {
      for (let i = 0; i < 100 && el.shadowRoot!.activeElement?.id !== `claim-${id}`; i++) await aTimeout(20);
      expect(el.shadowRoot!.activeElement?.id, 'the claim has focus').to.equal(`claim-${id}`);
      expect($(el, `#claim-${id}`)!.checkVisibility(), 'the claim is shown').to.equal(true);
    };

    it('#claim-<id> on load opens the topic of a claim the first tier does not hold', async () => {
      history.replaceState(null, '', `#claim-${target.id}`);
      const el = await fixture<KurilClaims>(html`<kuril-claims></kuril-claims>`);
      await settled(el);
      await focused(el, target.id);
      expect($(el, '.claims.brief'), 'still the compact view').to.exist;
      await expect(el).to.be.accessible();
    });

    it('a hashchange to a claim of a closed topic opens it', async () => {
      const el = await fixture<KurilClaims>(html`<kuril-claims></kuril-claims>`);
      await settled(el);
      expect($(el, `#claim-${target.id}`), 'not in the compact view yet').to.be.null;
      location.hash = `#claim-${target.id}`;
      await focused(el, target.id);
    });
  });
});
