// Pre-rendered widgets (kuril-widgets/ssr.js, rendered in Node by scripts/prerender-fixtures.mjs):
// each widget × en/ja/ru × three attribute sets is shown first without any of the library's script
// (as a reader with JavaScript off sees it: content present, axe 0), then upgraded by importing
// the library: identical visible text, no layout shift, no duplicated content, no console errors,
// and interactive.
import type { KurilElement } from '../../src/components/base/kuril-element.js';
import { expect, settled } from '../helpers.js';

interface Fixture {
  name: string;
  tag: string;
  lang: string;
  html: string;
}

/** The fixtures, read synchronously: mocha needs the test list before it runs (no top-level await in ES2021). */
function readFixtures(): Fixture[] {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/node_modules/.cache/kuril-ssr/fixtures.json', false);
  xhr.send();
  if (xhr.status !== 200) throw new Error('Run scripts/prerender-fixtures.mjs first (npm test does)');
  return JSON.parse(xhr.responseText) as Fixture[];
}
const fixtures = readFixtures();

/** What a reader sees of a widget: the rendered text of its shadow root, white space collapsed. */
const visibleText = (el: Element): string =>
  (el.shadowRoot?.querySelector<HTMLElement>('[part=base]')?.innerText ?? '').replace(/\s+/g, ' ').trim();

const cases = fixtures.map((f) => {
  const wrap = document.createElement('div');
  wrap.className = 'case';
  wrap.setHTMLUnsafe(`${f.html}<p class="after">After ${f.name}</p>`);
  document.body.append(wrap);
  return { ...f, wrap, el: wrap.firstElementChild as KurilElement, after: wrap.querySelector('.after')! };
});

const seen = new Map<string, { text: string; height: number; top: number }>();
let shift = 0;

describe('pre-rendered widgets', () => {
  describe('without the script', () => {
    before(async () => {
      await document.fonts.ready;
    });
    it('has not loaded the library', () => {
      for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) expect(customElements.get(tag)).to.equal(undefined);
    });
    for (const c of cases) {
      it(`${c.name}: complete, styled and accessible`, async () => {
        expect(c.el.shadowRoot, 'declarative shadow root').to.not.equal(null);
        const text = visibleText(c.el);
        expect(text.length).to.be.greaterThan(80);
        expect(text).to.not.match(/Loading…|読み込み中|Загрузка/);
        // Styled: the shadow root's own styles apply (the wrapper is a block with padding).
        const base = c.el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
        expect(getComputedStyle(base).display).to.equal('block');
        expect(base.getAttribute('lang')).to.equal(c.lang);
        seen.set(c.name, { text, height: c.el.getBoundingClientRect().height, top: c.after.getBoundingClientRect().top });
        await expect(c.wrap).to.be.accessible();
      });
    }
  });

  describe('after the script upgrades them', () => {
    before(async () => {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shift += entry.value;
      }).observe({ type: 'layout-shift' });
      await import('../../src/index.js');
      for (const c of cases) await settled(c.el);
      // Two frames: any shift from the upgrade is reported by then.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });

    for (const c of cases) {
      it(`${c.name}: same text, same place, one copy, accessible`, async () => {
        const was = seen.get(c.name)!;
        expect(c.el.hasUpdated).to.equal(true);
        expect(c.el.shadowRoot!.querySelectorAll('[part=base]')).to.have.length(1);
        expect(c.el.shadowRoot!.querySelector('style')).to.equal(null);
        expect(visibleText(c.el)).to.equal(was.text);
        expect(c.el.getBoundingClientRect().height).to.equal(was.height);
        expect(c.after.getBoundingClientRect().top).to.equal(was.top);
        await expect(c.wrap).to.be.accessible();
      });
    }

    it('shifted no layout', () => {
      expect(shift).to.equal(0);
    });

    it('are interactive: the timeline toggle, the claims toggle and the fact-box picker', async () => {
      const timeline = cases.find((c) => c.tag === 'kuril-timeline' && c.lang === 'en')!.el;
      const toggle = timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[part=toggle]')!;
      const count = () => timeline.shadowRoot!.querySelectorAll('[part=item]').length;
      const collapsed = count();
      toggle.click();
      await timeline.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(count()).to.be.greaterThan(collapsed);

      const claims = cases.find((c) => c.tag === 'kuril-claims' && c.lang === 'ru')!.el;
      const more = claims.shadowRoot!.querySelector<HTMLButtonElement>('button[part=toggle]')!;
      more.click();
      await claims.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');

      const factbox = cases.find((c) => c.tag === 'kuril-factbox' && c.lang === 'ja' && !c.name.includes('no-map'))!.el;
      let picked = '';
      factbox.addEventListener('kuril-select', (e) => (picked = (e as CustomEvent<{ island: string }>).detail.island));
      const button = factbox.shadowRoot!.querySelector<HTMLButtonElement>('[part=picker-button][data-island=iturup]')!;
      expect(button.disabled).to.equal(false);
      button.click();
      await factbox.updateComplete;
      expect(picked).to.equal('iturup');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
    });
  });
});
