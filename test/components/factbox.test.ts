import { sendKeys } from '@web/test-runner-commands';
import '../../src/kuril-factbox.js';
import {
  FACTBOX_FIELDS,
  FACTBOX_ISLANDS,
  KurilFactbox,
} from '../../src/components/factbox/factbox.js';
import { factboxStyles } from '../../src/components/factbox/factbox.styles.js';
import type { Dataset } from '../../src/data/schema.js';
import { dataset } from '../../src/data/dataset.js';
import { formatPartialDate } from '../../src/data/partial-date.js';
import type { KurilSelectEvent, KurilSourceClickEvent } from '../../src/events.js';
import { aTimeout, expect, fixture, html, settled, takeConsole } from '../helpers.js';

const _ = '\u00a0';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
] as T[];
/** Ids of the island sections shown, in order. */
const shown = (el: Element) => $$(el, '[part="island"]').map((s) => s.dataset.island);
/** Ids of the islands highlighted on the map. */
const highlighted = (el: Element) => $$<SVGGElement>(el, 'g.island.on').map((g) => g.dataset.island);
/** The picker button that is pressed. */
const pressed = (el: Element) => $$(el, '[part="picker"] button[aria-pressed="true"]').map((b) => b.dataset.island);
/** Fields of an island section's rows, in order. */
const rows = (el: Element, island: string) =>
  $$(el, `[part="island"][data-island="${island}"] dl > div`).map((d) => d.dataset.field);
/** Text of one row of an island. */
const value = (el: Element, island: string, field: string) =>
  $(el, `[part="island"][data-island="${island}"] [data-field="${field}"] dd`)?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim();
const dataOf = (el: KurilFactbox): Dataset => (el as unknown as { data: Dataset }).data;

function selections(el: HTMLElement): string[] {
  const seen: string[] = [];
  el.addEventListener('kuril-select', (e: KurilSelectEvent) => seen.push(e.detail.island));
  return seen;
}

describe('<kuril-factbox>', () => {
  it('is defined', () => {
    expect(customElements.get('kuril-factbox')).to.equal(KurilFactbox);
    expect(document.createElement('kuril-factbox')).to.be.instanceOf(KurilFactbox);
  });

  it('exports its enumerations', () => {
    expect(FACTBOX_ISLANDS).to.deep.equal(['all', 'iturup', 'kunashir', 'shikotan', 'habomai']);
    expect(FACTBOX_FIELDS).to.deep.equal([
      'overview',
      'names',
      'area',
      'population',
      'administration',
      'distance',
      'facts',
      'sources',
    ]);
  });

  it('renders the defaults: overview, picker, map and all four islands', async () => {
    const el = await fixture<KurilFactbox>(html`<kuril-factbox island="all"></kuril-factbox>`);
    await settled(el);
    expect(el.island).to.equal('all');
    expect(el.units).to.equal('metric');
    expect(el.fields).to.equal('');
    expect(el.noMap).to.equal(false);
    expect(el.compact).to.equal(false);
    expect($(el, 'h2[part="heading"]')?.textContent).to.equal('The islands at a glance');
    const overview = $(el, '[part="overview"]')!;
    expect(overview.textContent).to.contain(dataOf(el).overview.summary);
    expect(overview.textContent).to.contain('State of talks:');
    expect(overview.textContent).to.contain('Russia');
    const time = $(el, '[part="footer"] time')!;
    expect(time.getAttribute('datetime')).to.equal(dataOf(el).meta.asOf);
    expect(time.textContent).to.equal(formatPartialDate(dataOf(el).meta.asOf, undefined, 'en'));
    expect($(el, '[part="footer"] .asof')!.textContent).to.equal(`Checked as of ${time.textContent}`);
    expect(overview.querySelectorAll('[part="source"]')).to.have.length(dataOf(el).overview.citations.length);
    expect(pressed(el)).to.deep.equal(['all']);
    expect($(el, '[part="map"] svg')).to.exist;
    expect(shown(el)).to.deep.equal(['iturup', 'kunashir', 'shikotan', 'habomai']);
    expect($$(el, 'h3[part="island-heading"]').map((h) => h.textContent)).to.deep.equal([
      'Iturup / Etorofu',
      'Kunashir / Kunashiri',
      'Shikotan',
      'Habomai islets',
    ]);
    expect(highlighted(el)).to.deep.equal(['iturup', 'kunashir', 'shikotan', 'habomai']);
    await expect(el).to.be.accessible();
  });

  describe('island facts', () => {
    it('shows every field as a <dl> row, in the default order', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="kunashir"></kuril-factbox>`);
      await settled(el);
      const dl = $(el, '[part="island"] dl[part="facts"]')!;
      expect(dl.querySelectorAll('dt[part="term"]').length).to.equal(dl.querySelectorAll('dd[part="value"]').length);
      expect(rows(el, 'kunashir')).to.deep.equal([
        'names',
        'area',
        'population',
        'administered-by',
        'claimed-by',
        'distance',
        'facts',
        'sources',
      ]);
      expect(value(el, 'kunashir', 'area')).to.equal(`1,490${_}km²`);
      expect(value(el, 'kunashir', 'population')).to.equal('about 8,500 (2018)');
      expect(value(el, 'kunashir', 'administered-by')).to.equal('Russia');
      expect(value(el, 'kunashir', 'claimed-by')).to.equal('Japan');
      expect(value(el, 'kunashir', 'distance')).to.equal(`16${_}km`);
      expect($$(el, '[data-field="facts"] li')).to.have.length(2);
      expect($$(el, '[data-field="sources"] [part="source"]')).to.have.length(dataset.islands.find((i) => i.id === 'kunashir')!.citations.length);
    });

    it('names the island in Japanese and Russian with lang attributes', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="iturup"></kuril-factbox>`);
      expect(value(el, 'iturup', 'names')).to.equal('Japanese: 択捉島 (Etorofu) · Russian: Итуруп (Iturup)');
      const names = $(el, '[data-field="names"] dd')!;
      expect(names.querySelector('[lang="ja"]')!.textContent).to.equal('択捉島');
      expect(names.querySelector('[lang="ru"]')!.textContent).to.equal('Итуруп');
    });

    it('heads each island by the naming convention', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox naming="japanese" island="all"></kuril-factbox>`);
      expect($$(el, '[part="island-heading"]').map((h) => h.textContent)).to.deep.equal([
        'Etorofu',
        'Kunashiri',
        'Shikotan',
        'Habomai islets',
      ]);
      el.naming = 'russian';
      await el.updateComplete;
      expect($(el, '[part="island-heading"]')!.textContent).to.equal('Iturup');
      expect($(el, 'button[data-island="kunashir"]')!.textContent!.trim()).to.equal('Kunashir');
    });

    it('leaves out a distance the dataset does not give, and says when no civilians live there', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox no-map island="all"></kuril-factbox>`);
      expect(rows(el, 'iturup')).not.to.include('distance');
      expect(value(el, 'habomai', 'population')).to.equal('No civilian residents (2018)');
      expect(value(el, 'habomai', 'distance')).to.equal(`3.7${_}km`);
    });

    const formats: Array<[string, string, Record<string, string>]> = [
      [
        'en',
        'metric',
        { area: `3,168${_}km²`, population: 'about 6,400 (2018)', 'administered-by': 'Russia' },
      ],
      ['en', 'imperial', { area: `1,223${_}sq${_}mi (3,168${_}km²)` }],
      [
        'ja',
        'metric',
        { area: `3,168${_}km²`, population: '約6,400人（2018年）', 'administered-by': 'ロシア', 'claimed-by': '日本' },
      ],
      ['ja', 'imperial', { area: `1,223平方マイル（3,168${_}km²）` }],
      [
        'ru',
        'metric',
        {
          area: `3${_}168${_}км²`,
          population: `около${_}6${_}400${_}человек (2018${_}г.)`,
          'administered-by': 'Россия',
          'claimed-by': 'Япония',
        },
      ],
      ['ru', 'imperial', { area: `1${_}223${_}кв. мили (3${_}168${_}км²)` }],
    ];
    for (const [lang, units, expected] of formats) {
      it(`formats Iturup's figures in ${lang}, ${units}`, async () => {
        const el = await fixture<KurilFactbox>(
          html`<kuril-factbox lang=${lang} units=${units} island="iturup"></kuril-factbox>`,
        );
        await settled(el);
        for (const [field, text] of Object.entries(expected)) expect(value(el, 'iturup', field), field).to.equal(text);
      });
    }

    it('formats distances in the chosen units', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox lang="ru" units="imperial" island="habomai"></kuril-factbox>`);
      await settled(el);
      expect(value(el, 'habomai', 'distance')).to.equal(`2,3${_}мили (3,7${_}км)`);
      expect($(el, '.scale-label')!.textContent).to.equal(`50${_}миль`);
      expect($(el, 'figcaption .note')!.textContent).to.equal(`Расстояние от Хоккайдо: острова Хабомаи — 2,3${_}мили (3,7${_}км).`);
    });

    it('marks key facts with their language when they are not translated', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox lang="ja" island="iturup"></kuril-factbox>`);
      await settled(el);
      const island = dataOf(el).islands.find((i) => i.id === 'iturup')!;
      const list = $(el, '[data-field="facts"] ul')!;
      expect(list.getAttribute('lang')).to.equal(island.textLang === 'ja' ? null : island.textLang);
      expect(value(el, 'iturup', 'names')).to.equal('日本語：択捉島・ロシア語：Итуруп（イトゥルップ島）');
      expect($(el, '.asof')!.textContent).to.equal(`${formatPartialDate(dataOf(el).meta.asOf, undefined, 'ja')}時点で確認`);
    });
  });

  describe('attributes', () => {
    it('island selects one island, and highlights it on the map and in the picker', async () => {
      for (const id of ['iturup', 'kunashir', 'shikotan', 'habomai']) {
        const el = await fixture<KurilFactbox>(html`<kuril-factbox island=${id}></kuril-factbox>`);
        expect(el.island).to.equal(id);
        expect(shown(el)).to.deep.equal([id]);
        expect(highlighted(el)).to.deep.equal([id]);
        expect(pressed(el)).to.deep.equal([id]);
        // The overview is left out by default for a single island.
        expect($(el, '[part="overview"]')).to.equal(null);
        expect($(el, '.asof')!.textContent).to.equal(`Checked as of ${formatPartialDate(dataOf(el).meta.asOf, undefined, 'en')}`);
      }
    });

    it('island as a property re-renders', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="all"></kuril-factbox>`);
      el.island = 'shikotan';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['shikotan']);
      expect(highlighted(el)).to.deep.equal(['shikotan']);
    });

    it('fields selects and orders the facts', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="kunashir" fields="area, names"></kuril-factbox>`);
      expect(rows(el, 'kunashir')).to.deep.equal(['area', 'names']);
      el.fields = 'administration,overview,distance';
      await el.updateComplete;
      expect(rows(el, 'kunashir')).to.deep.equal(['administered-by', 'claimed-by', 'distance']);
      expect($(el, '[part="overview"]')).to.exist;
      el.fields = 'overview';
      await el.updateComplete;
      expect($(el, '[part="facts"]')).to.equal(null);
      expect(shown(el)).to.deep.equal(['kunashir']);
    });

    it('units switches areas and distances to imperial, keeping the metric figure', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="kunashir" units="imperial"></kuril-factbox>`);
      expect(value(el, 'kunashir', 'area')).to.equal(`575${_}sq${_}mi (1,490${_}km²)`);
      expect(value(el, 'kunashir', 'distance')).to.equal(`9.9${_}miles (16${_}km)`);
      expect($(el, '.scale-label')!.textContent).to.equal(`50${_}mi`);
      el.units = 'metric';
      await el.updateComplete;
      expect(value(el, 'kunashir', 'area')).to.equal(`1,490${_}km²`);
      expect($(el, '.scale-label')!.textContent).to.equal(`100${_}km`);
    });

    it('no-map hides the map and the picker; a single island becomes the title', async () => {
      const el = await fixture<KurilFactbox>(
        html`<kuril-factbox island="shikotan" no-map heading-level="3"></kuril-factbox>`,
      );
      expect(el.noMap).to.equal(true);
      expect($(el, '[part="map"]')).to.equal(null);
      expect($(el, '[part="picker"]')).to.equal(null);
      const title = $(el, 'h3')!;
      expect(title.textContent).to.equal('Shikotan');
      expect(title.getAttribute('part')).to.equal('heading island-heading');
      expect($$(el, 'h4')).to.have.length(0);
      expect(shown(el)).to.deep.equal(['shikotan']);
      el.noMap = false;
      await el.updateComplete;
      expect($(el, '[part="map"]')).to.exist;
      expect($(el, 'h3')!.textContent).to.equal('The islands at a glance');
      expect($(el, 'h4[part="island-heading"]')!.textContent).to.equal('Shikotan');
    });

    it('compact switches to the dense layout', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox compact island="all"></kuril-factbox>`);
      expect(el.compact).to.equal(true);
      expect($(el, '.layout')!.classList.contains('compact')).to.equal(true);
      const row = $(el, '[part="island"] dl > div')!;
      expect(getComputedStyle(row).display).to.equal('grid');
      el.compact = false;
      await el.updateComplete;
      expect($(el, '.layout')!.classList.contains('compact')).to.equal(false);
    });

    it('heading-level sets the title and island heading levels', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox heading-level="4" island="all"></kuril-factbox>`);
      expect($(el, 'h4[part="heading"]')).to.exist;
      expect($$(el, 'h5[part="island-heading"]')).to.have.length(4);
    });

    it('no-sources hides every citation', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox no-sources island="all"></kuril-factbox>`);
      expect($$(el, '[part="sources"]')).to.have.length(0);
      expect($$(el, 'details')).to.have.length(0);
      expect(rows(el, 'iturup')).not.to.include('sources');
    });

    const invalid: Array<[string, string, string, string]> = [
      ['island', 'atlantis', 'all', 'all, iturup, kunashir, shikotan, habomai'],
      ['units', 'furlongs', 'metric', 'metric, imperial'],
      ['fields', 'names,bogus,area', 'names,area', FACTBOX_FIELDS.join(', ')],
      ['fields', 'bogus', 'default', FACTBOX_FIELDS.join(', ')],
    ];
    for (const [attribute, bad, fallback, allowed] of invalid) {
      it(`${attribute}="${bad}" falls back to ${fallback} with exactly one warning`, async () => {
        const el = await fixture<KurilFactbox>(html`<kuril-factbox island="all"></kuril-factbox>`);
        el.setAttribute(attribute, bad);
        await el.updateComplete;
        // Re-rendering for another reason must not warn again.
        el.compact = true;
        await el.updateComplete;
        el.setAttribute('lang', 'en');
        await settled(el);
        const { warn } = takeConsole();
        expect(warn, warn.join('\n')).to.have.length(1);
        expect(warn[0])
          .to.contain('<kuril-factbox>')
          .and.contain(`${attribute}="${bad}"`)
          .and.contain(allowed)
          .and.contain(`"${fallback}"`);
        if (attribute === 'island') expect(shown(el)).to.deep.equal(['iturup', 'kunashir', 'shikotan', 'habomai']);
        if (attribute === 'units') expect(value(el, 'iturup', 'area')).to.equal(`3,168${_}km²`);
        if (bad === 'names,bogus,area') expect(rows(el, 'iturup')).to.deep.equal(['names', 'area']);
        // Iturup has no distance in the dataset: seven rows.
        if (bad === 'bogus') expect(rows(el, 'iturup')).to.have.length(7);
      });
    }
  });

  describe('the map', () => {
    it('is an image with a text alternative, labels, a scale and the Natural Earth credit', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="kunashir"></kuril-factbox>`);
      const svg = $<SVGSVGElement>(el, '[part="map"] svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
      expect(svg.getAttribute('aria-label')).to.equal(
        'Map of Hokkaido and the four disputed islands off its north-eastern tip: Iturup / Etorofu, ' +
          'Kunashir / Kunashiri, Shikotan, and Habomai islets. Highlighted: Kunashir / Kunashiri. ' +
          'Other islands to the north-east, and southern Sakhalin, are shown faded.',
      );
      const labels = $$(el, '.labels .label').map((t) => t.textContent);
      expect(labels).to.deep.equal(['IturupEtorofu', 'KunashirKunashiri', 'Shikotan', 'Habomai islets']);
      expect($$(el, '.labels .place, .labels .water').map((t) => t.textContent)).to.deep.equal([
        'Hokkaido',
        'Sea of Okhotsk',
        'Pacific Ocean',
      ]);
      for (const path of $$<SVGPathElement>(el, 'path.land, path.faded, path.shape')) {
        expect(path.getAttribute('d')).to.match(/^M\d/);
      }
      expect($(el, '.scale-label')!.textContent).to.equal(`100${_}km`);
      expect($(el, 'figcaption .note')!.textContent).to.equal(`Distance from Hokkaido: Kunashir / Kunashiri 16${_}km.`);
      expect($(el, 'figcaption .credit')!.textContent).to.equal('Map data: Natural Earth');
    });

    it('highlights the chosen island by fill, outline and label, not colour alone', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="habomai" theme="light"></kuril-factbox>`);
      const on = $(el, 'g.island.on .shape')!;
      const off = $(el, 'g.island:not(.on) .shape')!;
      expect(getComputedStyle(on).fill).not.to.equal(getComputedStyle(off).fill);
      expect(parseFloat(getComputedStyle(on).strokeWidth)).to.be.above(parseFloat(getComputedStyle(off).strokeWidth));
      const label = $(el, '.labels .label.on')!;
      expect(label.dataset.island).to.equal('habomai');
      // Underlined, in the widget's one small type (no bold small strike: see base.styles.ts).
      expect(getComputedStyle(label).textDecorationLine).to.equal('underline');
      expect(getComputedStyle($(el, '.labels .label:not(.on)')!).textDecorationLine).to.equal('none');
      // Habomai is tiny: a ring marks it.
      expect(getComputedStyle($(el, 'g.island.on .ring')!).stroke).not.to.equal('none');
    });

    // 288 px: a 320-px phone in a 16-px article margin, the narrowest page the widget is made for.
    for (const [lang, width] of [
      ['en', 288],
      ['ja', 288],
      ['ru', 288],
      ['ru', 672],
    ] as const) {
      it(`keeps its labels on the map and apart, ${lang} at ${width} px`, async () => {
        const wrap = await fixture<HTMLDivElement>(
          html`<div style=${`width: ${width}px`}><kuril-factbox lang=${lang} island="all"></kuril-factbox></div>`,
        );
        const el = wrap.querySelector('kuril-factbox')!;
        await settled(el);
        const map = $(el, '[part="map"] svg')!.getBoundingClientRect();
        const boxes = $$(el, '.labels > *').map((l) => [l.textContent, l.getBoundingClientRect()] as const);
        expect(boxes).to.have.length(8);
        for (const [text, r] of boxes) {
          expect(r.width, `${text} is drawn`).to.be.above(10);
          const inside = r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
          const where = `${r.left}–${r.right} × ${r.top}–${r.bottom} in ${map.left}–${map.right} × ${map.top}–${map.bottom}`;
          expect(inside, `${text} lies on the map: ${where}`).to.equal(true);
        }
        for (const [i, [a, ra]] of boxes.entries()) {
          for (const [b, rb] of boxes.slice(i + 1)) {
            const apart = ra.right <= rb.left || rb.right <= ra.left || ra.bottom <= rb.top || rb.bottom <= ra.top;
            expect(apart, `${a} and ${b} do not overlap`).to.equal(true);
          }
        }
      });
    }

    it('gives every map label the system text colour in forced colours', () => {
      // The Chromium launcher of @web/test-runner cannot emulate forced colours: check the rules.
      const rule = [...factboxStyles.styleSheet!.cssRules].find(
        (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
      );
      const labels = [...(rule?.cssRules ?? [])].find(
        (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('.labels > *'),
      );
      expect(labels?.style.color.toLowerCase()).to.equal('canvastext');
      expect(labels?.style.getPropertyValue('forced-color-adjust')).to.equal('none');
    });

    it('describes all four as highlighted when island is all', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox lang="ru"></kuril-factbox>`);
      await settled(el);
      expect($(el, 'svg')!.getAttribute('aria-label')).to.contain('Выделено: все четыре острова.');
      expect($(el, 'figcaption .note')!.textContent).to.equal(
        `Расстояние от Хоккайдо: острова Хабомаи — 3,7${_}км; Кунашир / Кунасири — 16${_}км.`,
      );
    });
  });

  describe('picking an island', () => {
    it('by keyboard: Tab through the picker, Enter and Space pick, and kuril-select fires', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="all"></kuril-factbox>`);
      const seen = selections(el);
      $(el, 'button[data-island="all"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('data-island')).to.equal('iturup');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('data-island')).to.equal('shikotan');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen).to.deep.equal(['shikotan']);
      expect(pressed(el)).to.deep.equal(['shikotan']);
      expect(highlighted(el)).to.deep.equal(['shikotan']);
      expect(shown(el)).to.deep.equal(['shikotan']);
      // The island attribute keeps its value; the pick is the reader's state.
      expect(el.island).to.equal('all');
      expect(el.getAttribute('island')).to.equal('all');
      // Focus stays on the button that was pressed.
      expect(el.shadowRoot!.activeElement?.getAttribute('data-island')).to.equal('shikotan');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(seen).to.deep.equal(['shikotan', 'habomai']);
      expect(shown(el)).to.deep.equal(['habomai']);
      // Back to all four, with Shift+Tab.
      await sendKeys({ down: 'Shift' });
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement?.getAttribute('data-island')).to.equal('all');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(seen).to.deep.equal(['shikotan', 'habomai', 'all']);
      expect(shown(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('the event bubbles out of the shadow root and is typed', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><kuril-factbox island="all"></kuril-factbox></div>`);
      const el = wrapper.querySelector('kuril-factbox')!;
      const events: KurilSelectEvent[] = [];
      wrapper.addEventListener('kuril-select', (e) => events.push(e));
      $(el, 'button[data-island="iturup"]')!.click();
      expect(events).to.have.length(1);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail).to.deep.equal({ island: 'iturup' });
    });

    it('by clicking a shape or label on the map', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="all"></kuril-factbox>`);
      const seen = selections(el);
      $(el, 'g.island[data-island="kunashir"] .shape')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(seen).to.deep.equal(['kunashir']);
      expect(highlighted(el)).to.deep.equal(['kunashir']);
      expect(pressed(el)).to.deep.equal(['kunashir']);
      $(el, '.labels [data-island="habomai"] .line')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(seen).to.deep.equal(['kunashir', 'habomai']);
      // Picking the island already shown changes nothing and fires nothing.
      $(el, 'button[data-island="habomai"]')!.click();
      expect(seen).to.deep.equal(['kunashir', 'habomai']);
      // Map shapes are not tab stops: the picker is the keyboard control.
      expect($$(el, 'svg [tabindex]')).to.have.length(0);
    });

    it('fires nothing on a property or attribute change, which resets the pick', async () => {
      const el = await fixture<KurilFactbox>(html`<kuril-factbox island="all"></kuril-factbox>`);
      const seen = selections(el);
      $(el, 'button[data-island="kunashir"]')!.click();
      await el.updateComplete;
      expect(seen).to.deep.equal(['kunashir']);
      el.island = 'habomai';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['habomai']);
      expect(pressed(el)).to.deep.equal(['habomai']);
      el.setAttribute('island', 'iturup');
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['iturup']);
      el.units = 'imperial';
      el.noMap = true;
      el.lang = 'ja';
      await settled(el);
      expect(seen).to.deep.equal(['kunashir']);
    });
  });

  it('fires kuril-source-click when the reader follows a source link', async () => {
    const el = await fixture<KurilFactbox>(html`<kuril-factbox island="kunashir"></kuril-factbox>`);
    await settled(el);
    const clicks: KurilSourceClickEvent[] = [];
    el.addEventListener('kuril-source-click', (e) => clicks.push(e));
    const details = $<HTMLDetailsElement>(el, '[data-field="sources"] details')!;
    expect(details.querySelector('summary')!.textContent).to.equal(`Show ${dataset.islands.find((i) => i.id === 'kunashir')!.citations.length} sources`);
    details.open = true;
    const link = details.querySelector<HTMLAnchorElement>('a[part="source-link"]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(clicks).to.have.length(1);
    expect(clicks[0]!.detail.itemId).to.equal('kunashir');
    expect(clicks[0]!.detail.url).to.equal(link.href);
  });
  describe('the first tier (the compact view) and the full tier', () => {
    let count = 0;
    /**
     * A fact box with a bundle of its own, whose full tier is not loaded yet and takes 100 ms to
     * load (the bundled one loads once per page, and earlier tests loaded it).
     */
    async function fresh(attrs = '', children = ''): Promise<KurilFactbox> {
      const bundled = KurilFactbox.bundle;
      class Fresh extends KurilFactbox {
        static override bundle = { ...bundled, full: () => aTimeout(100).then(() => bundled.full!()) };
      }
      const tag = `kuril-factbox-tier-${++count}`;
      Fresh.define(tag);
      const el = await fixture<KurilFactbox>(`<${tag} ${attrs}>${children}</${tag}>`);
      await settled(el);
      return el;
    }
    const normal = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    /** Each shown island's key facts and the headlines of its sources, as rendered. */
    const facts = (el: Element) =>
      $$(el, '[part="island"]').map((card) => ({
        id: card.dataset.island,
        facts: normal(card.querySelector('[data-field="facts"] dd')?.textContent),
        headlines: [...card.querySelectorAll('[data-field="sources"] [part="source"] .headline')].map((h) => h.textContent),
      }));
    /** What the full tier shows of each island: its key facts and the headlines of the sources it cites. */
    const complete = (ids: readonly string[]) =>
      dataset.islands
        .filter((island) => ids.includes(island.id))
        .map((island) => ({
          id: island.id,
          facts: island.keyFacts,
          headlines: island.citations.map((c) => dataset.sources.find((s) => s.id === c.source)!.headline),
        }));
    const expectComplete = (el: Element, ids: readonly string[]) => {
      const got = facts(el);
      expect(got.map((g) => g.id)).to.deep.equal(ids);
      for (const [i, want] of complete(ids).entries()) {
        for (const fact of want.facts) expect(got[i]!.facts, want.id).to.contain(normal(fact));
        expect(got[i]!.headlines, want.id).to.deep.equal(want.headlines);
      }
    };
    const ALL = ['iturup', 'kunashir', 'shikotan', 'habomai'];
    /** Records every island card rendered without its facts, until the returned function is called. */
    const watchPartial = (el: KurilFactbox) => {
      const partial: string[] = [];
      const observer = new MutationObserver(() => {
        for (const card of $$(el, '[part="island"]')) if (!card.querySelector('[data-field="facts"]')) partial.push(card.dataset.island!);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      return () => {
        observer.disconnect();
        return partial;
      };
    };
    /** Waits until the first island shown has its facts. */
    const loaded = async (el: KurilFactbox) => {
      for (let i = 0; i < 100 && !facts(el)[0]?.facts; i++) await aTimeout(20);
      await el.updateComplete;
    };

    it('a bare fact box holds only what it shows; "Facts of all four islands" shows every island with its facts and sources, in one update', async () => {
      const el = await fresh();
      const data = dataOf(el);
      // The first tier: no island's facts and no source (the overview's list is closed).
      expect(data.islands.flatMap((island) => [...island.keyFacts, ...island.citations])).to.deep.equal([]);
      expect(data.sources).to.deep.equal([]);
      expect($$(el, '[part="overview"] [part="source"]')).to.deep.equal([]);
      // No render shows an island without its facts while they load.
      const partial = watchPartial(el);
      $(el, '.show-all')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(partial()).to.deep.equal([]);
      expectComplete(el, ALL);
      const fewer = $(el, '.show-all')!;
      expect(fewer.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(fewer);
      await expect(el).to.be.accessible();
      fewer.click();
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.show-all'));
    });

    it("opening the overview's sources in a bare fact box loads and lists them, in the same disclosure", async () => {
      const el = await fresh();
      const details = $<HTMLDetailsElement>(el, '[part="overview"] details.sources-toggle')!;
      expect(details.querySelector('summary')!.textContent).to.contain(String(dataset.overview.citations.length));
      details.querySelector('summary')!.click();
      const headlines = () => $$(el, '[part="overview"] [part="source"] .headline').map((h) => h.textContent);
      for (let i = 0; i < 100 && !headlines().length; i++) await aTimeout(20);
      expect(headlines()).to.deep.equal(dataset.overview.citations.map((c) => dataset.sources.find((s) => s.id === c.source)!.headline));
      // The same element, still open; still the compact view.
      expect($(el, '[part="overview"] details.sources-toggle')).to.equal(details);
      expect(details.open).to.equal(true);
      expect(shown(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('opening the state of talks in a bare fact box says it loads, then shows it, in the same open disclosure', async () => {
      const el = await fresh();
      // The first tier holds no state of talks (it is folded away).
      expect(dataOf(el).overview.status).to.equal('');
      const details = $<HTMLDetailsElement>(el, '[part="overview"] details.status-toggle')!;
      details.querySelector('summary')!.click();
      await el.updateComplete;
      await aTimeout(0);
      // Meanwhile: the loading line, announced, in the open disclosure.
      expect($(el, '[part="overview"] details.status-toggle [role="status"]')?.textContent).to.equal('Loading…');
      await expect(el).to.be.accessible();
      const status = () => normal($(el, '[part="overview"] details.status-toggle .status')?.textContent);
      for (let i = 0; i < 100 && !status(); i++) await aTimeout(20);
      expect(status()).to.equal(normal(dataset.overview.status));
      expect($(el, '[part="overview"] details.status-toggle')).to.equal(details);
      expect(details.open).to.equal(true);
      expect($(el, '[part="overview"] details.status-toggle [role="status"]')).to.equal(null);
      // Still the compact view.
      expect(shown(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('when the rest of the data cannot load, opening the state of talks leaves no empty line nor an endless loading line; the notice says so', async () => {
      const bundled = KurilFactbox.bundle;
      class Failing extends KurilFactbox {
        static override bundle = { ...bundled, full: () => aTimeout(20).then(() => Promise.reject(new Error('offline'))) };
      }
      const tag = `kuril-factbox-tier-${++count}`;
      Failing.define(tag);
      const el = await fixture<KurilFactbox>(`<${tag}></${tag}>`);
      await settled(el);
      $<HTMLDetailsElement>(el, '[part="overview"] details.status-toggle')!.querySelector('summary')!.click();
      const notice = () => $(el, '[part="notice"]')?.textContent?.trim();
      for (let i = 0; i < 100 && !notice(); i++) await aTimeout(20);
      await el.updateComplete;
      expect(notice()).to.equal('Part of this panel could not be loaded. Some of it may be missing or in English.');
      expect(takeConsole().error.join('\n')).to.contain('could not load the bundled data: Error: offline');
      const overview = $(el, '[part="overview"]')!;
      expect(overview.querySelector('[role="status"]')).to.equal(null);
      expect(overview.querySelector('details.status-toggle, .status')).to.equal(null);
      // What it has is still there: the summary, the map and the picker.
      expect(normal(overview.querySelector('.summary')?.textContent)).to.equal(normal(dataset.overview.summary));
      expect($(el, '[part="picker"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it("a Japanese or Russian first tier has the state of talks in its language (its translation is checked against the full English)", async () => {
      for (const lang of ['ja', 'ru'] as const) {
        const el = await fresh(`lang="${lang}"`);
        const { overview } = dataOf(el);
        expect(overview.textLang, lang).to.equal(lang);
        expect(overview.status, lang).to.not.equal('');
        const status = $(el, '[part="overview"] details.status-toggle .status')!;
        expect(normal(status.textContent), lang).to.equal(normal(overview.status));
        expect(status.hasAttribute('lang'), lang).to.equal(false);
        // Nothing to load: no loading line.
        expect($(el, '[part="overview"] details.status-toggle [role="status"]'), lang).to.equal(null);
      }
    });

    it('picking an island in a bare fact box shows it with its facts and sources; kuril-select fires once', async () => {
      const el = await fresh('lang="en"');
      const seen = selections(el);
      const partial = watchPartial(el);
      const button = $<HTMLButtonElement>(el, 'button[data-island="kunashir"]')!;
      button.click();
      // Again, while its facts load: nothing more happens.
      button.click();
      await el.updateComplete;
      expect(seen).to.deep.equal(['kunashir']);
      expect(pressed(el)).to.deep.equal(['kunashir']);
      expect(highlighted(el)).to.deep.equal(['kunashir']);
      expectComplete(el, ['kunashir']);
      expect(partial()).to.deep.equal([]);
      // On the map too.
      $(el, 'g.island[data-island="habomai"] .shape')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(seen).to.deep.equal(['kunashir', 'habomai']);
      expectComplete(el, ['habomai']);
    });

    it('`island`, `island="all"`, `fields`, `expanded` and a publisher dataset show every island with its facts', async () => {
      expectComplete(await fresh('island="shikotan"'), ['shikotan']);
      expectComplete(await fresh('island="all"'), ALL);
      expectComplete(await fresh('fields="facts,sources"'), ALL);
      expectComplete(await fresh('expanded'), ALL);
      expectComplete(await fresh('island="all"', '<script type="application/json">{"meta":{"version":"inline-1"}}</script>'), ALL);
      // A bare fact box given an island later: the compact view stays until the island's facts
      // arrive, then the island shows with them (never a card without its facts).
      const el = await fresh();
      const partial = watchPartial(el);
      el.island = 'iturup';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([]);
      expect(pressed(el)).to.deep.equal(['all']);
      await loaded(el);
      expectComplete(el, ['iturup']);
      expect(pressed(el)).to.deep.equal(['iturup']);
      expect(partial()).to.deep.equal([]);
    });

    it('printing a bare fact box shows all four islands at once, and their facts as they load', async () => {
      const el = await fresh();
      window.dispatchEvent(new Event('beforeprint'));
      expect(shown(el)).to.deep.equal(ALL);
      await loaded(el);
      expectComplete(el, ALL);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(shown(el)).to.deep.equal([]);
    });
  });
});
