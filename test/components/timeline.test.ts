// <kuril-timeline> with the bundled dataset (and small inline ones): attributes, their fallbacks,
// grouping, the limit toggle, keyboard use, events, deep links, layout, print, safety.
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import '../../src/kuril-timeline.js';
import { KurilTimeline } from '../../src/components/timeline/timeline.js';
import { timelineText } from '../../src/components/timeline/messages.js';
import { timeline as jaTimeline } from '../../src/i18n/ja/timeline.js';
import { timeline as ruTimeline } from '../../src/i18n/ru/timeline.js';

import { timelineStyles } from '../../src/components/timeline/timeline.styles.js';
import { dataset } from '../../src/data/dataset.js';
import { selectEvents } from '../../src/data/select-events.js';
import type { KurilExpandEvent, KurilSourceClickEvent } from '../../src/events.js';
import { aTimeout, expect, fixture, html, nextFrame, settled, takeConsole } from '../helpers.js';

// The widget's strings in each language, as the tests compare them (Japanese and Russian load on demand).
const messages = { en: timelineText.en, ja: jaTimeline, ru: ruTimeline };

const ALL = selectEvents(dataset);
/** Lit's own `getUpdateComplete` (one update), bypassing the timeline's wait for every pass. */
type Updatable = { getUpdateComplete(): Promise<boolean> };
const ids = (events: { id: string }[]) => events.map((e) => e.id);

/** Creates <kuril-timeline> with the given attributes (and optional children), waits for it. */
/**
 * A timeline with `attrs`. Unless they set `limit` (or `compact`), it gets `limit="0"`: every
 * event, in full, as most tests here are about the full list; `{ compact: '' }` keeps the compact
 * default view (the key events).
 */
async function render(attrs: Record<string, string> = {}, children = '', width?: number): Promise<KurilTimeline> {
  const wrapper = document.createElement('div');
  if (width) wrapper.style.width = `${width}px`;
  const el = document.createElement('kuril-timeline');
  const own: Record<string, string> = 'limit' in attrs || 'compact' in attrs ? { ...attrs } : { limit: '0', ...attrs };
  delete own.compact;
  for (const [name, value] of Object.entries(own)) el.setAttribute(name, value);
  // Test fixtures only: fixed markup written here, never data.
  // eslint-disable-next-line no-restricted-syntax
  if (children) el.innerHTML = children;
  wrapper.append(el);
  await fixture(wrapper);
  await settled(el);
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const shownIds = (el: Element) => $$(el, '[part="item"]').map((li) => li.id.replace(/^kuril-event-/, ''));
const item = (el: Element, id: string) => el.shadowRoot!.getElementById(`kuril-event-${id}`);
const toggle = (el: Element) => $(el, '[part="toggle"]') as HTMLButtonElement | null;
/** What has focus inside an element's shadow root, as a comparable label (never compare DOM nodes in chai). */
const label = (node: Element | null | undefined) => (node ? node.id || node.getAttribute('part') || node.localName : 'nothing');
const focused = (el: Element) => label(el.shadowRoot!.activeElement);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits (up to about a second) until `condition` holds; media-query changes land a frame or so late. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 60 && !condition(); i++) await nextFrame();
}

/** Records the events of a type an element fires. */
function record<T extends Event>(el: EventTarget, type: string): T[] {
  const seen: T[] = [];
  el.addEventListener(type, (e) => seen.push(e as T));
  return seen;
}

describe('<kuril-timeline>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });

  it('is defined', () => {
    expect(customElements.get('kuril-timeline') === KurilTimeline).to.equal(true);
    expect(document.createElement('kuril-timeline') instanceof KurilTimeline).to.equal(true);
  });

  describe('content', () => {
    it('renders every bundled event in date order, grouped by era, with headings at heading-level', async () => {
      const el = await render();
      expect(shownIds(el)).to.deep.equal(ids(ALL));
      expect($$(el, 'ol[part="list"]').length).to.equal(5);
      expect($$(el, '[part="list"] > li').length).to.equal(ALL.length);
      expect(text($(el, 'h2[part="heading"]'))).to.equal('Timeline of the dispute');
      // Era headings: the years of the era's events in the dataset, and the era's name.
      const years = (from: number, to: number) => {
        const ys = ALL.map((e) => Number(e.date.slice(0, 4))).filter((y) => y >= from && y < to);
        return Math.min(...ys) === Math.max(...ys) ? `${ys[0]}` : `${Math.min(...ys)}–${Math.max(...ys)}`;
      };
      expect($$(el, 'h3[part="group-heading"]').map(text)).to.deep.equal([
        `${years(0, 1941)}: Treaties and war`,
        `${years(1941, 1956)}: The Second World War and after`,
        `${years(1956, 2013)}: Declarations`,
        `${years(2013, 2020)}: Summits`,
        `Since ${years(2020, 3000).slice(0, 4)}: Talks suspended`,
      ]);
      expect(text($(el, 'h3[part="group-heading"]'))).to.match(/^1855–/);
      expect($$(el, 'h4[part="title"]').length).to.equal(ALL.length);
      await expect(el).to.be.accessible();
    });

    it('shows an event: date in <time datetime>, title, summary, numbered citations', async () => {
      const el = await render();
      const li = item(el, 'treaty-of-shimoda-1855')!;
      const time = li.querySelector('[part="date"] time')!;
      expect(time.getAttribute('datetime')).to.equal('1855-02-07');
      expect(text(time)).to.equal('7 February 1855');
      expect(text(li.querySelector('[part="title"]'))).to.equal('Treaty of Shimoda draws the first Russia–Japan border');
      expect(text(li.querySelector('[part="summary"]'))).to.match(/^Japan and Russia sign their first border treaty/);
      const sources = li.querySelectorAll('[part="sources"] [part="source"]');
      expect(sources.length).to.equal(2);
      expect(text(sources[0])).to.match(/^\[1\] Ministry of Foreign Affairs of Japan/);
      expect(text(sources[0])).to.contain('On February 7, 1855');
      const general = ALL.find((e) => e.islands.length === 0)!;
      expect(item(el, general.id)!.querySelector('[part="islands"]') === null, 'no islands line for the dispute as a whole').to.equal(true);
      for (const a of $$(el, '[part="source-link"]')) {
        expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      }
    });

    it('shows date ranges of events with an end date as two <time> elements', async () => {
      const el = await render();
      const occupation = item(el, 'soviet-occupation-four-islands-1945')!.querySelector('[part="date"]')!;
      expect(text(occupation)).to.equal('28 August – 5 September 1945');
      expect([...occupation.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '1945-08-28',
        '1945-09-05',
      ]);
      expect(text(item(el, 'nagato-summit-2016')!.querySelector('[part="date"]'))).to.equal('15–16 December 2016');
    });

    it('names the islands concerned by the naming convention', async () => {
      const el = await render();
      const islands = () => text(item(el, 'soviet-occupation-four-islands-1945')!.querySelector('[part="islands"]'));
      expect(islands()).to.match(/^Islands: Iturup \/ Etorofu, Kunashir \/ Kunashiri, Shikotan, Habomai/);
      el.naming = 'japanese';
      await el.updateComplete;
      expect(islands()).to.match(/^Islands: Etorofu, Kunashiri, Shikotan, Habomai/);
      el.naming = 'russian';
      await el.updateComplete;
      expect(islands()).to.match(/^Islands: Iturup, Kunashir, Shikotan, Habomai/);
    });

    it('hides citations with no-sources', async () => {
      const el = await render({ 'no-sources': '' });
      expect($$(el, '[part="sources"]')).to.have.length(0);
    });

    it('renders no <slot>: fallback children show before the upgrade only', async () => {
      const tag = 'kuril-timeline-fallback-test';
      const wrapper = await fixture<HTMLElement>(
        html`<div><kuril-timeline-fallback-test><p>Fallback text and <a href="#x">link</a></p></kuril-timeline-fallback-test></div>`,
      );
      const p = wrapper.querySelector('p')!;
      expect(p.getClientRects().length, 'fallback shows before the upgrade').to.be.above(0);
      KurilTimeline.define(tag);
      const el = wrapper.querySelector(tag) as KurilTimeline;
      await settled(el);
      expect(el.shadowRoot!.querySelector('slot') === null).to.equal(true);
      expect(p.getClientRects().length, 'fallback hidden after the upgrade').to.equal(0);
      // A bare tag: the compact default view, the key events.
      expect(shownIds(el)).to.deep.equal(ids(ALL.filter((e) => e.key)));
    });

    it('follows heading-level, capping at 6', async () => {
      const el = await render({ 'heading-level': '4' });
      expect($$(el, 'h4[part="heading"]')).to.have.length(1);
      expect($$(el, 'h5[part="group-heading"]')).to.have.length(5);
      expect($$(el, 'h6[part="title"]')).to.have.length(ALL.length);
      el.headingLevel = 6;
      await el.updateComplete;
      expect($$(el, 'h6')).to.have.length(1 + 5 + ALL.length);
    });
  });

  describe('attributes (each also a property; each change re-renders)', () => {
    it('from and to take years or ISO dates, inclusive', async () => {
      const el = await render({ from: '2013', to: '2019' });
      const expected = ids(ALL.filter((e) => e.date >= '2013' && e.date < '2020'));
      expect(shownIds(el)).to.deep.equal(expected);
      // One era only: grouped by year.
      expect($$(el, '[part="group-heading"]').map(text)).to.deep.equal(['2013', '2016', '2017', '2018', '2019']);
      el.from = '1945-08';
      el.to = '1945-08-31';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(selectEvents(dataset, { from: '1945-08', to: '1945-08-31' })));
      expect(shownIds(el)).to.include('soviet-declaration-of-war-1945').and.include('soviet-occupation-four-islands-1945');
      // One year only: no group heading.
      expect($$(el, '[part="group-heading"]')).to.have.length(0);
      el.removeAttribute('from');
      el.removeAttribute('to');
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(ALL.length);
    });

    it('tags and islands filter (any of the listed entries)', async () => {
      const el = await render({ tags: 'treaty, summit' });
      const expected = ALL.filter((e) => e.tags.some((t) => t === 'treaty' || t === 'summit'));
      expect(shownIds(el)).to.deep.equal(ids(expected));
      el.tags = '';
      el.islands = 'shikotan';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(ALL.filter((e) => e.islands.includes('shikotan'))));
      el.islands = 'iturup habomai';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(ALL.filter((e) => e.islands.some((i) => i === 'iturup' || i === 'habomai'))));
    });

    it('order="desc" puts the latest first', async () => {
      const el = await render({ order: 'desc' });
      expect(shownIds(el)).to.deep.equal(ids(selectEvents(dataset, { order: 'desc' })));
      expect(text($(el, '[part="group-heading"]'))).to.equal('Since 2020: Talks suspended');
      el.order = 'asc';
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(ALL));
    });

    it('density="compact" tightens the list', async () => {
      const el = await render();
      const gap = () => getComputedStyle($(el, '[part="item"]')!).paddingBottom;
      const comfortable = gap();
      el.density = 'compact';
      await el.updateComplete;
      expect($(el, '[part="list"]')!.classList.contains('compact')).to.equal(true);
      expect(parseFloat(gap())).to.be.below(parseFloat(comfortable));
      await expect(el).to.be.accessible();
    });

    it('highlight emphasises events by more than colour, also for screen readers', async () => {
      const el = await render({ highlight: 'singapore-meeting-2018, joint-declaration-1956 tokyo-declaration-1993' });
      const marked = $$(el, '[part="item"].marked').map((li) => li.id);
      expect(marked).to.deep.equal([
        'kuril-event-joint-declaration-1956',
        'kuril-event-tokyo-declaration-1993',
        'kuril-event-singapore-meeting-2018',
      ]);
      const li = item(el, 'singapore-meeting-2018')!;
      // A visible text label inside the heading: read out with the title, shown without colour.
      expect(text(li.querySelector('[part="title"]'))).to.match(/^Key event Singapore meeting/);
      expect(li.querySelector('[part="title"] .badge')!.getBoundingClientRect().width).to.be.above(0);
      // A different marker shape (a diamond, not a ring).
      const marker = getComputedStyle(li, '::after');
      const plain = getComputedStyle(item(el, 'treaty-of-shimoda-1855')!, '::after');
      expect(marker.transform).to.not.equal(plain.transform);
      expect(marker.borderRadius).to.not.equal(plain.borderRadius);
      await expect(el).to.be.accessible();
      el.highlight = '';
      await el.updateComplete;
      expect($$(el, '.marked')).to.have.length(0);
    });

    it('re-renders when the language changes, with translated UI strings', async () => {
      const el = await render({ limit: '5' });
      el.setAttribute('lang', 'ja');
      await settled(el);
      expect(text($(el, '[part="heading"]'))).to.equal(messages.ja.title);
      expect(text(toggle(el))).to.equal(`全${ALL.length}件を表示`);
      expect(text($(el, '[part="group-heading"]'))).to.equal('1855～1905年 条約と戦争'); // text() folds the ideographic space
      expect(text(item(el, 'treaty-of-shimoda-1855')!.querySelector('time'))).to.equal('1855年2月7日');
      el.setAttribute('lang', 'ru');
      await settled(el);
      expect(text(toggle(el))).to.equal(messages.ru.showAll(ALL.length));
      expect(text(item(el, 'treaty-of-shimoda-1855')!.querySelector('time'))).to.equal('7 февраля 1855 г.');
    });

    it('marks text that is not in the display language with its own lang', async () => {
      const el = await render({ lang: 'ja' });
      const li = item(el, 'treaty-of-shimoda-1855')!;
      const event = (el as unknown as { data: typeof dataset }).data.events.find((e) => e.id === 'treaty-of-shimoda-1855')!;
      const title = li.querySelector('[part="title"] bdi[lang]');
      const summary = li.querySelector('[part="summary"]')!;
      if (event.textLang === 'ja') {
        expect(title === null).to.equal(true);
        expect(summary.hasAttribute('lang')).to.equal(false);
      } else {
        expect(title!.getAttribute('lang')).to.equal(event.textLang);
        expect(summary.getAttribute('lang')).to.equal(event.textLang);
      }
    });

    it('Russian plural forms in the toggle', () => {
      expect(messages.ru.showAll(21)).to.equal('Показать все 21 событие');
      expect(messages.ru.showAll(42)).to.equal('Показать все 42 события');
      expect(messages.ru.showAll(2000)).to.equal('Показать все 2000 событий');
    });
  });

  describe('invalid values fall back to their default with exactly one warning', () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['from', 'yesterday', 'none', /YYYY, YYYY-MM or YYYY-MM-DD/],
      ['to', '2019-13-01', 'none', /YYYY, YYYY-MM or YYYY-MM-DD/],
      ['from', '2019-02-29', 'none', /YYYY, YYYY-MM or YYYY-MM-DD/],
      ['order', 'up', 'asc', /allowed: asc, desc/],
      ['limit', '-3', '0', /allowed: a whole number/],
      ['limit', '2.5', '0', /allowed: a whole number/],
      ['density', 'tight', 'comfortable', /allowed: comfortable, compact/],
      ['tags', 'bogus', 'all', /allowed: treaty, war, summit, negotiation/],
      ['islands', 'atlantis', 'all', /allowed: iturup, kunashir, shikotan, habomai/],
      ['highlight', 'no-such-event', 'none', /allowed: ids of events in the dataset/],
    ];
    for (const [attribute, value, fallback, allowed] of cases) {
      it(`${attribute}="${value}" → ${fallback}`, async () => {
        const el = await render({ [attribute]: value });
        // A re-render for another reason does not warn again.
        el.naming = 'japanese';
        await el.updateComplete;
        el.requestUpdate(attribute);
        await el.updateComplete;
        expect(shownIds(el), 'renders as with the default').to.deep.equal(ids(ALL));
        expect(toggle(el) === null).to.equal(true);
        expect($$(el, '.marked')).to.have.length(0);
        const { warn } = takeConsole();
        expect(warn, warn.join('\n')).to.have.length(1);
        expect(warn[0])
          .to.contain('<kuril-timeline>')
          .and.contain(`${attribute}="${value}"`)
          .and.match(allowed)
          .and.contain(`Using "${fallback}"`);
      });
    }

    it('an unknown entry in a list is ignored, the known ones are used', async () => {
      const el = await render({ tags: 'treaty,bogus', highlight: 'nope singapore-meeting-2018' });
      expect(shownIds(el)).to.deep.equal(ids(ALL.filter((e) => e.tags.includes('treaty'))));
      const { warn } = takeConsole();
      expect(warn).to.have.length(2);
      expect(warn[0]).to.contain('tags="treaty,bogus"').and.contain('Using "treaty"');
      expect(warn[1]).to.contain('highlight="nope"').and.contain('Using "singapore-meeting-2018"');
      el.tags = '';
      await el.updateComplete;
      expect($$(el, '.marked').map((li) => li.id)).to.deep.equal(['kuril-event-singapore-meeting-2018']);
    });

    it('valid values do not warn', async () => {
      await render({ from: '1945-08-15', to: '2019', order: 'desc', limit: '0', density: 'compact', tags: 'war', islands: 'kunashir' });
      expect(takeConsole().warn).to.deep.equal([]);
    });
  });

  describe('empty result', () => {
    it('shows a clear message, never a blank panel', async () => {
      const el = await render({ from: '2030' });
      expect($$(el, '[part="item"]')).to.have.length(0);
      const empty = $(el, '[part="empty"]')!;
      expect(text(empty)).to.equal('No events match this selection.');
      expect(empty.offsetHeight).to.be.above(0);
      expect(toggle(el) === null).to.equal(true);
      await expect(el).to.be.accessible();
      // Bounds the wrong way round are swapped (with a warning), not an empty panel.
      el.from = '2013';
      el.to = '2012';
      await el.updateComplete;
      expect($(el, '[part="empty"]') === null).to.equal(true);
      expect($$(el, '[part="item"]').length).to.be.above(0);
      expect(takeConsole().warn).to.deep.equal(['<kuril-timeline> from="2013" is after to="2012"; the two are swapped (showing 2012 to 2013).']);
    });
  });

  describe('limit', () => {
    it('renders only the first N events and a toggle; expanding reveals the rest and focuses the first', async () => {
      const el = await render({ limit: '5' });
      expect(shownIds(el), 'no templates for hidden events').to.deep.equal(ids(ALL.slice(0, 5)));
      const button = toggle(el)!;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('type')).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(text(button)).to.equal(`Show all ${ALL.length} events`);
      const expands = record<KurilExpandEvent>(document, 'kuril-expand');
      button.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(ALL));
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle(el))).to.equal('Show fewer');
      expect(focused(el), 'focus moves to the first revealed event').to.equal(label(item(el, ALL[5]!.id)));
      expect(expands).to.have.length(1);
      expect(expands[0]!.detail).to.deep.equal({ ids: ids(ALL.slice(5)), expanded: true });
      expect(expands[0]!.bubbles && expands[0]!.composed).to.equal(true);
      await expect(el).to.be.accessible();
      toggle(el)!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(ALL.slice(0, 5)));
      expect(focused(el), 'focus stays on the toggle').to.equal(label(toggle(el)));
      expect(expands).to.have.length(2);
      expect(expands[1]!.detail).to.deep.equal({ ids: [], expanded: false });
    });

    it('renders a long list in passes: the first events at once, the rest in later tasks', async () => {
      const el = await render({ from: '2030' });
      const firstPass = () => (ReactiveElement.prototype as unknown as Updatable).getUpdateComplete.call(el);
      el.from = '';
      await firstPass();
      const first = shownIds(el).length;
      expect(first).to.be.above(0).and.below(ALL.length);
      expect(shownIds(el)).to.deep.equal(ids(ALL.slice(0, first)));
      const firstItem = $(el, '[part="item"]');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(ALL));
      expect($(el, '[part="item"]') === firstItem, 'later passes keep what is rendered').to.equal(true);
      // A change of content re-renders every event.
      el.naming = 'japanese';
      await el.updateComplete;
      expect(text(item(el, 'soviet-occupation-four-islands-1945')!.querySelector('[part="islands"]'))).to.contain('Etorofu, Kunashiri');
    });

    it('keeps highlighted events visible beyond the limit (the demo 2013–2019 panel)', async () => {
      const el = await render({ from: '2013', to: '2019', highlight: 'singapore-meeting-2018', limit: '8' });
      const range = ALL.filter((e) => e.date >= '2013' && e.date < '2020');
      const expected = range.filter((e, i) => i < 8 || e.id === 'singapore-meeting-2018');
      expect(range.findIndex((e) => e.id === 'singapore-meeting-2018'), 'beyond the limit').to.be.at.least(8);
      expect(shownIds(el)).to.deep.equal(ids(expected));
      expect(item(el, 'singapore-meeting-2018')!.classList.contains('marked')).to.equal(true);
      expect(text(toggle(el))).to.equal(`Show all ${range.length} events`);
      const expands = record<KurilExpandEvent>(el, 'kuril-expand');
      toggle(el)!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(ids(range));
      expect(expands[0]!.detail.ids).to.deep.equal(ids(range.filter((e) => !expected.includes(e))));
      expect(focused(el)).to.equal(`kuril-event-${range[8]!.id}`);
      await expect(el).to.be.accessible();
    });

    it('shows no toggle when the limit is not reached', async () => {
      const el = await render({ limit: String(ALL.length) });
      expect(toggle(el) === null).to.equal(true);
      expect(shownIds(el)).to.have.length(ALL.length);
    });

    it('fires no event on property changes', async () => {
      const el = await render({ limit: '3' });
      const expands = record<KurilExpandEvent>(document, 'kuril-expand');
      const clicks = record<KurilSourceClickEvent>(document, 'kuril-source-click');
      el.limit = 10;
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(10);
      el.limit = 0;
      el.from = '2013';
      el.highlight = 'singapore-meeting-2018';
      el.setAttribute('lang', 'ru');
      await settled(el);
      expect(toggle(el) === null).to.equal(true);
      expect(expands).to.have.length(0);
      expect(clicks).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the toggle, which shows a visible focus ring; Enter and Space operate it', async () => {
      const el = await render({ limit: '2', 'no-sources': '' });
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      const button = toggle(el)!;
      expect(focused(el)).to.equal(label(button));
      const style = getComputedStyle(button);
      expect(button.matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(ALL.length);
      expect(focused(el)).to.equal(label(item(el, ALL[2]!.id)));
      button.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(2);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(label(button));
    });

    it('source links are in the tab order with a visible focus ring, and fire kuril-source-click', async () => {
      const el = await render({ from: '2013', to: '2013' });
      const link = $(el, '[part="source-link"]') as HTMLAnchorElement | null;
      const clicks = record<KurilSourceClickEvent>(document, 'kuril-source-click');
      if (!link) return; // No 2013 source with a URL in this dataset version.
      link.addEventListener('click', (e) => e.preventDefault());
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(label(link));
      expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      link.click();
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.detail.itemId).to.equal(shownIds(el)[0]);
    });
  });

  describe('deep links', () => {
    let spacer: HTMLElement;
    beforeEach(() => {
      spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.prepend(spacer);
    });
    afterEach(() => {
      spacer.remove();
      history.replaceState(null, '', location.pathname + location.search);
      window.scrollTo(0, 0);
    });

    it('a #kuril-event-<id> hash reveals a hidden event, scrolls to it and focuses it, without kuril-expand', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render({ limit: '3' });
      const expands = record<KurilExpandEvent>(document, 'kuril-expand');
      location.hash = '#kuril-event-singapore-meeting-2018';
      await aTimeout(50);
      await el.updateComplete;
      const target = item(el, 'singapore-meeting-2018')!;
      expect(target !== null, 'revealed').to.equal(true);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(label(target));
      expect(target.getAttribute('tabindex')).to.equal('-1');
      const top = target.getBoundingClientRect().top;
      expect(top, 'scrolled into view (no smooth scrolling with reduced motion)').to.be.within(0, 40);
      expect(expands).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('handles a hash present when the element upgrades', async () => {
      history.replaceState(null, '', '#kuril-event-tokyo-declaration-1993');
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render({ limit: '2' });
      await aTimeout(20);
      expect(focused(el)).to.equal(label(item(el, 'tokyo-declaration-1993')));
    });

    it('scrolls smoothly without reduced motion, and the first timeline showing the event takes it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><kuril-timeline id="a" from="2018" limit="1"></kuril-timeline><kuril-timeline id="b"></kuril-timeline></div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('kuril-timeline')] as KurilTimeline[];
      await settled(a!);
      await settled(b!);
      location.hash = '#kuril-event-singapore-meeting-2018';
      await aTimeout(50);
      expect(focused(a!)).to.equal(label(item(a!, 'singapore-meeting-2018')));
      expect(focused(b!)).to.equal(label(null));
      // Smooth scrolling takes a while; it ends at the event.
      for (let i = 0; i < 400 && Math.abs(item(a!, 'singapore-meeting-2018')!.getBoundingClientRect().top - 16) > 4; i++) {
        await nextFrame();
      }
      expect(item(a!, 'singapore-meeting-2018')!.getBoundingClientRect().top).to.be.within(0, 40);
      // An event the first timeline filters out goes to the second.
      location.hash = '#kuril-event-treaty-of-shimoda-1855';
      await aTimeout(50);
      expect(focused(b!)).to.equal(label(item(b!, 'treaty-of-shimoda-1855')));
    });

    it('ignores other hashes', async () => {
      const el = await render({ limit: '3' });
      location.hash = '#kuril-event-no-such-event';
      await aTimeout(30);
      location.hash = '#something-else';
      await aTimeout(30);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(el)).to.equal(label(null));
    });
  });

  describe('layout', () => {
    it('has a rail at every width; a date column when wide, stacked when narrow', async () => {
      const wide = await render({}, '', 900);
      const narrow = await render({}, '', 300);
      const li = (el: KurilTimeline) => $(el, '[part="item"]')!;
      expect(getComputedStyle(li(wide)).display).to.equal('grid');
      expect(getComputedStyle(li(narrow)).display).to.not.equal('grid');
      for (const el of [wide, narrow]) {
        const rail = getComputedStyle(li(el), '::before');
        expect(rail.borderLeftStyle).to.equal('solid');
        expect(parseFloat(rail.borderLeftWidth)).to.be.at.least(1);
      }
      const date = $(wide, '[part="date"]')!.getBoundingClientRect();
      const title = $(wide, '[part="title"]')!.getBoundingClientRect();
      expect(date.right).to.be.below(title.left);
      const nDate = $(narrow, '[part="date"]')!.getBoundingClientRect();
      const nTitle = $(narrow, '[part="title"]')!.getBoundingClientRect();
      expect(nDate.bottom).to.be.at.most(nTitle.top + 1);
    });

    for (const lang of ['en', 'ja', 'ru']) {
      it(`nothing overflows at 320 px (${lang})`, async () => {
        await setViewport({ width: 320, height: 800 });
        const el = await render({ lang, limit: '6', highlight: 'treaty-of-portsmouth-1905', density: 'compact' });
        const check = () => {
          const base = $(el, '[part="base"]')!;
          expect(el.scrollWidth, 'host').to.be.at.most(el.clientWidth);
          expect(base.scrollWidth, 'base').to.be.at.most(base.clientWidth);
          expect(document.documentElement.scrollWidth, 'page').to.be.at.most(320);
          for (const node of $$(el, '[part="item"], [part="toggle"], [part="group-heading"]')) {
            expect(node.getBoundingClientRect().right, node.id || node.className).to.be.at.most(base.getBoundingClientRect().right);
          }
        };
        check();
        toggle(el)!.click();
        await el.updateComplete;
        check();
        el.density = 'comfortable';
        await el.updateComplete;
        check();
      });
    }
  });

  describe('visual states pass axe', () => {
    const states: Array<[string, Record<string, string>]> = [
      ['light', { theme: 'light' }],
      ['dark', { theme: 'dark' }],
      ['compact', { density: 'compact' }],
      ['ja', { lang: 'ja' }],
      ['ru', { lang: 'ru', naming: 'russian' }],
      ['highlighted, dark', { theme: 'dark', highlight: 'singapore-meeting-2018', from: '2018' }],
    ];
    for (const [name, attrs] of states) {
      it(name, async () => {
        const el = await render(attrs);
        await expect(el).to.be.accessible();
      });
    }

    it('expanded, dark system scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await render({ limit: '4' });
      toggle(el)!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has forced-colours rules for the rail, markers, highlight and toggle', () => {
      // The Chromium launcher of @web/test-runner cannot emulate forced colours: check the rules.
      const sheet = timelineStyles.styleSheet!;
      const rule = [...sheet.cssRules].find(
        (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
      );
      const css = [...(rule?.cssRules ?? [])].map((r) => r.cssText).join('\n');
      for (const selector of ['.item::before', '.item::after', '.marked .body', '.marked::after', '.toggle']) {
        expect(css).to.contain(selector);
      }
      expect(css.toLowerCase()).to.contain('canvastext');
    });
  });

  describe('print', () => {
    it('prints every event, without the toggle, with source URLs', async () => {
      const el = await render({ limit: '3' });
      window.dispatchEvent(new Event('beforeprint'));
      // Rendered synchronously, before the page is laid out for print.
      expect(shownIds(el)).to.have.length(ALL.length);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(toggle(el)!).display).to.equal('none');
      const link = $(el, '[part="source-link"]');
      if (link) expect(getComputedStyle(link, '::after').content).to.contain(link.getAttribute('href')!);
      await emulateMedia({ media: 'screen' });
      window.dispatchEvent(new Event('afterprint'));
      await until(() => shownIds(el).length === 3);
      expect(shownIds(el)).to.have.length(3);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('also renders every event when print media applies without beforeprint', async () => {
      const el = await render({ limit: '3' });
      await emulateMedia({ media: 'print' });
      await until(() => shownIds(el).length === ALL.length);
      expect(shownIds(el)).to.have.length(ALL.length);
      expect(getComputedStyle(toggle(el)!).display).to.equal('none');
      await emulateMedia({ media: 'screen' });
      await until(() => shownIds(el).length === 3);
      expect(shownIds(el)).to.have.length(3);
    });
  });

  describe('a hostile dataset', () => {
    it('renders markup in the data as text and never links javascript: URLs', async () => {
      const hostile = {
        sources: [
          {
            id: 'evil',
            outlet: 'Evil <b>Outlet</b>',
            headline: '<img src=x onerror="window.__pwned = 1">',
            published: '2018-11-14',
            url: 'javascript:window.__pwned=1',
            language: 'en',
            kind: 'article',
          },
        ],
        events: [
          {
            id: 'evil-event',
            date: '2018-11-14',
            precision: 'day',
            title: '<img src=x onerror="window.__pwned = 1">Title',
            summary: '<script>window.__pwned = 1</script><a href="javascript:window.__pwned=1">click</a>',
            tags: ['summit'],
            islands: [],
            actors: [],
            citations: [{ source: 'evil', quote: '<img src=x onerror="window.__pwned = 1">' }],
          },
        ],
      };
      const json = JSON.stringify(hostile).replace(/</g, '\\u003c');
      const el = await render({ highlight: 'evil-event' }, `<script type="application/json">${json}</script>`);
      await aTimeout(50);
      const w = window as unknown as { __pwned?: number };
      expect(w.__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('img, script, b') === null).to.equal(true);
      for (const a of $$(el, 'a')) expect(a.getAttribute('href')).to.match(/^https?:/);
      expect(text(item(el, 'evil-event')!.querySelector('[part="title"]'))).to.contain('<img src=x onerror=');
      expect(text(item(el, 'evil-event')!.querySelector('[part="summary"]'))).to.contain('<script>');
      expect(text($(el, '[part="source"]'))).to.contain('Evil <b>Outlet</b>');
      const { warn, error } = takeConsole();
      expect(error).to.deep.equal([]);
      // The validator may drop the URL (and say so); nothing else warns.
      for (const message of warn) expect(message).to.match(/^kuril-widgets dataset:/);
    });
  });
});
