/**
 * Seeded, bounded fuzz test of the three widgets: random attribute sets (valid and invalid values of
 * every attribute each widget observes), applied in rapid succession, with inline datasets, removal
 * and re-adding, and reparenting. After each round the widget settles and must show visible text;
 * no error may escape (uncaught errors, unhandled rejections). Warnings about invalid values are
 * expected and taken from the console guard.
 *
 * The seed changes with every run and is printed when the test fails; set SEED below to replay one.
 */
import { aTimeout, expect, settled, takeConsole } from '../helpers.js';
import '../../src/index.js';
import { CLAIM_TOPICS, EVENT_TAGS, ISLAND_IDS, PARTIES } from '../../src/data/schema.js';
import { FACTBOX_FIELDS } from '../../src/components/factbox/view.js';

/** Replays a failing run when set to its seed. */
const SEED: number | undefined = undefined;
/** Random attribute sets per widget (each round applies one to three of them). */
const SETS = 300;

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = SEED ?? (Date.now() ^ (Math.random() * 2 ** 32)) >>> 0;
const random = prng(seed);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = (list: readonly string[]): string =>
  list.filter(() => random() < 0.4).join(pick([',', ' ', ', ']));

/** Values no attribute accepts, or accepts only by luck. */
const HOSTILE = [
  '',
  ' ',
  'bogus',
  'ALL',
  '-1',
  '1e3',
  'NaN',
  '0',
  '0000',
  '9999-12-31',
  '2019-02-30',
  '2013',
  '2019',
  '\u202Eevil',
  '\u200b',
  '<script>alert(1)</script>',
  '"quoted"',
  'x'.repeat(500),
  ',,,',
  'null',
  'undefined',
];

const DATES = ['1855', '1945-08', '1956-10-19', '2013', '2019', '2022', '2100', '0000', '1956-02-30', '13-1956', '2019-13'];
const SRCS = [
  '/test/fixtures/publisher-valid.json',
  '/test/fixtures/publisher-some-invalid.json',
  '/test/fixtures/all-invalid.json',
  '/test/fixtures/not-json.json',
  '/test/fixtures/wrong-shape.json',
  '/test/fixtures/top-level-array.json',
  '/test/fixtures/missing.json?fuzz',
  '/test-api/404',
  'javascript:alert(1)',
  'http://[::1',
  '',
];

/** Valid values of each attribute the widgets declare; every observed attribute must be listed. */
const VALID: Record<string, () => string> = {
  lang: () => pick(['en', 'ja', 'ru', 'ja-JP', 'RU', 'en-GB', 'fr', 'zz-ZZ']),
  naming: () => pick(['neutral', 'japanese', 'russian', 'Japanese']),
  theme: () => pick(['auto', 'light', 'dark']),
  'heading-level': () => pick(['2', '3', '4', '5', '6', '1', '7']),
  'no-sources': () => '',
  src: () => pick(SRCS),
  expanded: () => '',
  'corrections-url': () => pick(['https://example.com/fix', 'mailto:fix@example.com', 'javascript:alert(1)', 'relative/path']),
  from: () => pick(DATES),
  to: () => pick(DATES),
  tags: () => some(EVENT_TAGS),
  islands: () => some(ISLAND_IDS),
  order: () => pick(['asc', 'desc']),
  limit: () => pick(['0', '1', '3', '10', '200']),
  highlight: () => pick(['singapore-meeting-2018', 'shimoda-1855', 'nope', 'singapore-meeting-2018 nope']),
  density: () => pick(['comfortable', 'compact']),
  parties: () => some(PARTIES),
  topics: () => some(CLAIM_TOPICS),
  layout: () => pick(['auto', 'columns', 'stacked']),
  first: () => pick(['alphabetical', 'japan', 'russia']),
  island: () => pick(['all', ...ISLAND_IDS]),
  fields: () => some(FACTBOX_FIELDS),
  units: () => pick(['metric', 'imperial']),
  'no-map': () => '',
  compact: () => '',
};

const INLINE = [
  () => JSON.stringify({ meta: { version: `fuzz-${Math.floor(random() * 1e6)}` } }),
  () => '{"events": [',
  () => '[]',
  () => JSON.stringify({ claims: [] }),
  () => JSON.stringify({ islands: [{ id: 'iturup' }] }),
];

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);

/** Property values a framework might set (not strings). */
const ODD_VALUES: unknown[] = [0, 7, -3, NaN, null, undefined, true, false, {}, [], ['ja'], { toString: () => 'dark' }];

function randomize(el: Widget, attributes: readonly string[], properties: ReadonlyMap<string, string>): void {
  for (const name of attributes) {
    const r = random();
    if (r < 0.45) el.removeAttribute(name);
    else if (r < 0.8) el.setAttribute(name, VALID[name]!());
    else if (r < 0.92) el.setAttribute(name, pick(HOSTILE));
    else {
      const property = properties.get(name);
      if (property) (el as unknown as Record<string, unknown>)[property] = pick(ODD_VALUES);
    }
  }
}

/** The text a sighted reader sees in a widget's shadow root (not styles, not screen-reader-only text). */
function visibleText(el: Widget): string {
  const root = el.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || parent.closest('style, .visually-hidden')) continue;
    if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true }) || !parent.getClientRects().length) continue;
    text += node.textContent;
  }
  return text.trim();
}

async function fuzz(tag: string): Promise<void> {
  const ctor = customElements.get(tag) as unknown as {
    observedAttributes: string[];
    elementProperties: Map<string, { attribute?: unknown }>;
  };
  const attributes = ctor.observedAttributes;
  const properties = new Map<string, string>();
  for (const [name, options] of ctor.elementProperties) {
    if (typeof options.attribute === 'string') properties.set(options.attribute, name);
  }
  const missing = attributes.filter((a) => !VALID[a]);
  expect(missing, `attributes without fuzz values (add them to VALID): ${missing.join(', ')}`).to.deep.equal([]);
  const a = document.createElement('div');
  const b = document.createElement('section');
  // Widgets moved below the spacer start far below the fold (their first render is deferred).
  const spacer = document.createElement('div');
  spacer.style.height = '300vh';
  document.body.append(a, spacer, b);
  let sets = 0;
  let round = 0;
  try {
    while (sets < SETS) {
      round++;
      const el = document.createElement(tag) as Widget;
      if (random() < 0.15) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = pick(INLINE)();
        el.append(script);
      }
      if (random() < 0.3) a.lang = pick(['ja', 'ru', 'en', 'xx', '']);
      randomize(el, attributes, properties);
      sets++;
      a.append(el);
      // Rapid changes: further sets in the same task and the next microtasks.
      const more = Math.floor(random() * 3);
      for (let i = 0; i < more; i++) {
        if (random() < 0.5) await Promise.resolve();
        randomize(el, attributes, properties);
        sets++;
      }
      const move = random();
      if (move < 0.15) {
        el.remove();
        a.append(el);
      } else if (move < 0.3) {
        b.append(el);
      } else if (move < 0.4) {
        // Removed while loading, re-added a moment later (elsewhere, perhaps with new attributes).
        el.remove();
        await aTimeout(Math.floor(random() * 20));
        if (random() < 0.5) randomize(el, attributes, properties);
        (random() < 0.5 ? a : b).append(el);
      }
      // The reader acts while it may still load: presses a button, follows an in-panel link, or the
      // page's fragment changes.
      const act = random();
      if (act < 0.2) {
        await el.updateComplete;
        const targets = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('button, a[href^="#"]') ?? [])];
        if (targets.length) pick(targets).click();
      } else if (act < 0.25) {
        location.hash = pick(['#kuril-event-singapore-meeting-2018', '#kuril-event-nope', '#claim-nope', '#']);
      }
      await settled(el);
      // A pass of a long list, a late inline read: one more frame.
      await el.updateComplete;
      const text = visibleText(el);
      if (!text) errors.push(`blank panel: <${tag} ${[...el.attributes].map((x) => `${x.name}="${x.value}"`).join(' ')}> (round ${round})`);
      el.remove();
      takeConsole();
      if (errors.length) break;
    }
  } finally {
    a.remove();
    spacer.remove();
    b.remove();
  }
}

describe(`fuzz (seed ${seed})`, () => {
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    history.replaceState(null, '', location.pathname + location.search);
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) {
    it(`<${tag}>: ${SETS} random attribute sets leave no error and no blank panel`, async function () {
      this.timeout(60_000);
      errors.length = 0;
      const start = performance.now();
      await fuzz(tag);
      // For the record in `npm test`'s output: the seed to replay and the time taken.
      console.log(`fuzz: <${tag}> seed ${seed}, ${SETS} sets in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      // Rejections are reported in a later task. A dataset fetched for a widget that was removed
      // while it loaded still logs its warnings (once per page) when it arrives, which may be after
      // the last round: wait for the console to go quiet (up to 3 s) before the guard checks it.
      for (let quiet = 0, waited = 0; quiet < 3 && waited < 3000; waited += 100) {
        await aTimeout(100);
        const { warn, error } = takeConsole();
        quiet = warn.length || error.length ? 0 : quiet + 1;
      }
      expect(errors, `seed ${seed}: ${errors.slice(0, 5).join('\n')}`).to.deep.equal([]);
    });
  }
});
