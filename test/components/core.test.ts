// The element core (issue "render anywhere"): one attribute layer for every widget, and the bugs
// the rewrite must not carry over.
import '../../src/index.js';
import { dataset } from '../../src/data/dataset.js';
import type { KurilClaims } from '../../src/components/claims/claims.js';
import type { KurilFactbox } from '../../src/components/factbox/factbox.js';
import type { KurilTimeline } from '../../src/components/timeline/timeline.js';
import { aTimeout, expect, fixture, html, settled, takeConsole } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** True when a timeline shows the bundled data's compact view: the key events and "Show all N events". */
const bundledView = (el: Element): boolean => {
  return el.shadowRoot!.querySelectorAll('[part=item]').length === dataset.events.filter((e) => e.key).length &&
  $(el, '[part=toggle]')?.textContent?.trim() === `Show all ${dataset.events.length} events`;
};
const title = (el: Element) => $(el, '[part~=heading]')!.textContent!.trim();
const tinyDataset = (name: string) =>
  JSON.stringify({
    sources: [{ id: 's', outlet: 'Test Times', headline: 'Test', language: 'en', kind: 'article' }],
    events: [{ id: 'e1', date: '2020-05-01', precision: 'day', title: name, summary: 'S.', tags: ['statement'], islands: [], actors: [], citations: [{ source: 's' }] }],
  });

describe('the element core', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  describe('one attribute layer', () => {
    it('keywords are case-insensitive in every widget', async () => {
      const claims = await fixture<KurilClaims>(html`<kuril-claims first="RUSSIA" topics="Military" layout="Stacked"></kuril-claims>`);
      // Every claim loads first (the first tier holds only the first topic's).
      await settled(claims);
      const sides = [...claims.shadowRoot!.querySelectorAll('.sides > .side')].map((s) => s.getAttribute('data-group') ?? s.className);
      expect(sides[0]).to.contain('russia');
      const factbox = await fixture<KurilFactbox>(html`<kuril-factbox island="Shikotan" units="IMPERIAL" no-map></kuril-factbox>`);
      expect($(factbox, '[part=island]')!.dataset.island).to.equal('shikotan');
      expect($(factbox, '[data-field=area] dd')!.textContent).to.match(/sq.mi/);
      const timeline = await fixture<KurilTimeline>(html`<kuril-timeline tags="SUMMIT" order="DESC" from="2013" to="2019"></kuril-timeline>`);
      await settled(timeline);
      const dates = [...timeline.shadowRoot!.querySelectorAll('[part=date] time')].map((t) => t.getAttribute('datetime')!);
      expect(dates.length).to.be.greaterThan(1);
      expect(dates[0]! > dates[dates.length - 1]!).to.equal(true);
      expect(takeConsole().warn).to.deep.equal([]);
    });

    it('limit="0" means "no limit" in the timeline and in the claims, without a warning', async () => {
      const timeline = await fixture<KurilTimeline>(html`<kuril-timeline limit="0"></kuril-timeline>`);
      const claims = await fixture<KurilClaims>(html`<kuril-claims limit="0"></kuril-claims>`);
      await settled(timeline);
      await settled(claims);
      expect(Boolean($(timeline, '[part=toggle]')), 'timeline toggle').to.equal(false);
      expect(Boolean($(claims, '[part=toggle]')), 'claims toggle').to.equal(false);
      expect(takeConsole().warn).to.deep.equal([]);
    });

    it('a removed attribute reverts to its default without a warning', async () => {
      const el = await fixture<KurilTimeline>(html`<kuril-timeline heading-level="4" order="desc" limit="2" theme="dark"></kuril-timeline>`);
      expect(Boolean($(el, 'h4[part=heading]'))).to.equal(true);
      for (const name of ['heading-level', 'order', 'limit', 'theme']) el.removeAttribute(name);
      await el.updateComplete;
      expect(Boolean($(el, 'h2[part=heading]'))).to.equal(true);
      // Without `limit` the timeline is back to its compact default: the key events and "Show all".
      expect($(el, '[part=toggle]')?.textContent?.trim()).to.match(/^Show all \d+ events$/);
      expect($(el, '[part=base]')!.className).to.contain('theme-auto');
      expect(takeConsole().warn).to.deep.equal([]);
    });
  });

  describe('the footer', () => {
    it('shows the date the data was checked and a corrections link, which corrections-url overrides', async () => {
      for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) {
        const el = document.createElement(tag);
        el.setAttribute('lang', 'ru');
        const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
        wrap.append(el);
        await settled(el as KurilTimeline);
        const link = $<HTMLAnchorElement>(el, '[part=footer] a[part=corrections]')!;
        expect(link.href).to.equal(dataset.meta.correctionsUrl);
        expect(link.textContent).to.contain('Сообщить об ошибке');
        expect($(el, '[part=footer] time')!.getAttribute('datetime')).to.equal(dataset.meta.asOf);
        el.setAttribute('corrections-url', 'mailto:desk@example.org');
        await (el as KurilTimeline).updateComplete;
        expect($<HTMLAnchorElement>(el, '[part=footer] a[part=corrections]')!.href).to.equal('mailto:desk@example.org');
        el.setAttribute('corrections-url', 'javascript:alert(1)');
        await (el as KurilTimeline).updateComplete;
        expect($<HTMLAnchorElement>(el, '[part=footer] a[part=corrections]')!.href).to.equal(dataset.meta.correctionsUrl);
      }
    });
  });

  describe('bugs that must not come back', () => {
    it('removing src (or setting it to null) reverts to the bundled data, also with a load in flight', async () => {
      const el = await fixture<KurilTimeline>(html`<kuril-timeline src="/test-api/slow"></kuril-timeline>`);
      await aTimeout(20);
      el.removeAttribute('src');
      await settled(el);
      expect($(el, '[part=base]')!.getAttribute('aria-busy')).to.equal(null);
      expect(bundledView(el)).to.equal(true);
      (el as unknown as { src: unknown }).src = null;
      await settled(el);
      expect(bundledView(el)).to.equal(true);
    });

    it('a non-string lang property falls back with one warning instead of throwing', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox no-map></kuril-factbox>`);
      (el as unknown as { lang: unknown }).lang = 42;
      await settled(el);
      expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('en');
      const { warn } = takeConsole();
      expect(warn).to.have.length(1);
      expect(warn[0]).to.contain('lang="42" is not valid');
    });

    it('changing lang on <html> or on an ancestor re-renders the widget', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><kuril-timeline from="1855" to="1855"></kuril-timeline></div>`);
      const el = wrap.querySelector('kuril-timeline')!;
      await settled(el);
      expect(title(el)).to.equal('Timeline of the dispute');
      document.documentElement.lang = 'ru';
      await aTimeout(0);
      await settled(el);
      expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('ru');
      wrap.lang = 'ja';
      await aTimeout(0);
      await settled(el);
      expect($(el, '[part=base]')!.getAttribute('lang')).to.equal('ja');
      expect(title(el)).to.not.equal('Timeline of the dispute');
    });

    it('an inline JSON child added or edited after upgrade is used', async () => {
      const el = await fixture<KurilTimeline>(html`<kuril-timeline></kuril-timeline>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = tinyDataset('Added later');
      el.append(script);
      await aTimeout(0);
      await settled(el);
      expect($(el, '[part=title]')!.textContent).to.contain('Added later');
      script.textContent = tinyDataset('Edited later');
      await aTimeout(0);
      await settled(el);
      expect($(el, '[part=title]')!.textContent).to.contain('Edited later');
      script.remove();
      await aTimeout(0);
      await settled(el);
      expect(bundledView(el)).to.equal(true);
    });
  });
});
