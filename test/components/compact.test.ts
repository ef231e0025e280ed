// The compact default view of each widget (a bare tag): its height on a phone and a desktop, what
// it shows first, that everything is one keyboard action away, `expanded`, and print.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { claims as bundledClaims } from '../../src/data/bundled/claims.js';
import { CLAIM_TOPICS, LANGUAGES } from '../../src/data/schema.js';
import type { KurilClaims } from '../../src/components/claims/claims.js';
import type { KurilFactbox } from '../../src/components/factbox/factbox.js';
import { expect, fixture, html, settled } from '../helpers.js';

const TAGS = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'] as const;
const ids = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('article.claim')].map((a) => a.id.replace(/^claim-/, ''));

/** A bare tag in a 42rem article column (16 px root font), as `npm run reservations` measures it. */
async function bare(tag: string, lang: string): Promise<HTMLElement> {
  document.body.style.margin = '0';
  const main = document.createElement('main');
  // Chromium's default serif (Times New Roman, Liberation Serif here); Firefox's plain `serif` is wider.
  main.style.cssText = "max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 16px/1.5 'Times New Roman', serif";
  const el = document.createElement(tag);
  el.lang = lang;
  main.append(el);
  await fixture(main);
  await customElements.whenDefined(tag);
  await settled(el);
  await document.fonts.ready;
  return el;
}

describe('compact default view', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [375, 812],
    [1280, 800],
  ] as const) {
    for (const tag of TAGS) {
      it(`<${tag}> fits in 1,200 px at ${width}×${height} in en, ja and ru`, async () => {
        await setViewport({ width, height });
        for (const lang of LANGUAGES) {
          const el = await bare(tag, lang);
          const h = el.getBoundingClientRect().height;
          expect(h, `${lang}: ${h}px`).to.be.at.most(1200).and.above(300);
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('while a publisher dataset loads, the panel holds the space of its compact view', async () => {
    await setViewport({ width: 375, height: 812 });
    for (const tag of TAGS) {
      const ready = (await bare(tag, 'en')).getBoundingClientRect().height;
      const main = document.createElement('main');
      main.style.cssText = "max-width: 42rem; margin: 0 auto; padding: 0 1rem; font: 16px/1.5 'Times New Roman', serif";
      const el = document.createElement(tag);
      el.setAttribute('src', `/test-api/slow?key=compact-${tag}`);
      main.append(el);
      await fixture(main);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const loading = el.shadowRoot!.querySelector<HTMLElement>('[part="loading"]');
      expect(Boolean(loading?.checkVisibility()), `${tag}: a visible loading line`).to.equal(true);
      const h = el.getBoundingClientRect().height;
      expect(h, `${tag}: ${h}px while loading, ${ready}px once ready`).to.be.at.least(ready * 0.9);
      main.remove();
    }
  });

  describe('<kuril-claims>', () => {
    it('the first topic shows each side key position; the other topics are closed headings', async () => {
      const el = (await bare('kuril-claims', 'en')) as KurilClaims;
      const first = CLAIM_TOPICS[0];
      const marked = bundledClaims.filter((c) => c.key && c.topic === first).map((c) => c.id);
      expect(marked).to.have.length(2);
      expect(ids(el)).to.have.members(marked);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.topic-toggle')];
      expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
      // Each heading says how many positions the topic holds.
      const inFirst = bundledClaims.filter((c) => c.topic === first).length;
      expect(buttons[0]!.textContent).to.contain(`${inFirst} positions`);
      expect(buttons[0]!.closest('h1, h2, h3, h4, h5, h6')).to.not.equal(null);
    });

    it('one action opens a closed topic in full, with Enter', async () => {
      const el = (await bare('kuril-claims', 'en')) as KurilClaims;
      const topic = CLAIM_TOPICS[2];
      const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.topic-toggle')[2]!;
      const events: CustomEvent[] = [];
      el.addEventListener('kuril-expand', (e) => events.push(e as CustomEvent));
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const inTopic = bundledClaims.filter((c) => c.topic === topic).map((c) => c.id);
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect([...panel.querySelectorAll('article.claim')].map((a) => a.id.replace(/^claim-/, ''))).to.have.members(inTopic);
      expect(events.map((e) => [e.detail.group, e.detail.expanded])).to.deep.equal([[topic, true]]);
      await expect(el).to.be.accessible();
      // And closes again.
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });

    it('"Show N more" shows the rest of the first topic and moves focus to its first further claim', async () => {
      const el = (await bare('kuril-claims', 'en')) as KurilClaims;
      const first = CLAIM_TOPICS[0];
      const inTopic = bundledClaims.filter((c) => c.topic === first).map((c) => c.id);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.topic-body > .toggle')!;
      expect(more.textContent).to.contain(`Show ${inTopic.length - 2} more`);
      more.click();
      await el.updateComplete;
      expect(ids(el)).to.have.members(inTopic);
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.localName).to.equal('article');
      expect(bundledClaims.find((c) => `claim-${c.id}` === focused.id)?.key).to.not.equal(true);
      await expect(el).to.be.accessible();
    });

    it('`expanded` and printing show every claim; `limit="0"` too', async () => {
      const all = bundledClaims.map((c) => c.id);
      const expanded = await fixture<KurilClaims>(html`<kuril-claims expanded></kuril-claims>`);
      await settled(expanded);
      expect(ids(expanded)).to.have.members(all);
      const unlimited = await fixture<KurilClaims>(html`<kuril-claims limit="0"></kuril-claims>`);
      await settled(unlimited);
      expect(ids(unlimited)).to.have.members(all);
      const el = (await bare('kuril-claims', 'ru')) as KurilClaims;
      expect(ids(el)).to.have.length(2);
      window.dispatchEvent(new Event('beforeprint'));
      expect(ids(el)).to.have.members(all);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(ids(el)).to.have.length(2);
    });
  });

  describe('<kuril-factbox>', () => {
    const cards = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[part="island"]')].map((c) => c.getAttribute('data-island'));

    it('shows the overview, the map and the picker; the state of talks and every island are one action away', async () => {
      const el = (await bare('kuril-factbox', 'en')) as KurilFactbox;
      const root = el.shadowRoot!;
      expect(root.querySelector('.overview .summary')!.textContent!.trim()).to.not.equal('');
      expect(root.querySelector('svg')).to.not.equal(null);
      expect(root.querySelectorAll('[part="picker-button"]')).to.have.length(5);
      expect(cards(el)).to.deep.equal([]);
      const status = root.querySelector<HTMLDetailsElement>('details.status-toggle')!;
      expect(status.open).to.equal(false);
      status.querySelector('summary')!.click();
      expect(status.open).to.equal(true);
      const toggle = root.querySelector<HTMLButtonElement>('.show-all')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(cards(el)).to.deep.equal(['iturup', 'kunashir', 'shikotan', 'habomai']);
      const again = root.querySelector<HTMLButtonElement>('.show-all')!;
      expect(again.getAttribute('aria-expanded')).to.equal('true');
      expect(root.activeElement).to.equal(again);
      await expect(el).to.be.accessible();
      again.click();
      await el.updateComplete;
      expect(cards(el)).to.deep.equal([]);
    });

    it('the picker shows one island in full', async () => {
      const el = (await bare('kuril-factbox', 'ja')) as KurilFactbox;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-island="shikotan"]')!.click();
      await el.updateComplete;
      expect(cards(el)).to.deep.equal(['shikotan']);
    });

    it('`island="all"`, `expanded` and printing show all four islands', async () => {
      for (const attr of ['island="all"', 'expanded']) {
        const wrap = await fixture(`<div><kuril-factbox ${attr}></kuril-factbox></div>`);
        const el = wrap.firstElementChild as KurilFactbox;
        await settled(el);
        expect(cards(el), attr).to.have.length(4);
      }
      const el = (await bare('kuril-factbox', 'en')) as KurilFactbox;
      window.dispatchEvent(new Event('beforeprint'));
      expect(cards(el)).to.have.length(4);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(cards(el)).to.have.length(0);
    });
  });
});
