/**
 * The one-tag CDN embed (`dist/cdn/kuril-widgets.js`): a small loader that imports only the
 * widgets on the page, including ones added later, as the Web Awesome autoloader does. Each widget
 * chunk carries only its own code and data. With it, the loader preloads everything the widget's
 * chunk imports, and the Japanese or Russian text the page's widgets need, so every file starts
 * downloading at once (no waterfall deeper than loader → widget). When all three widgets are
 * found at once (on the page as the loader runs, or added together later), they get one bundle of
 * all three instead (`all/kuril-widgets-all-….js`, src/cdn-all.ts), which is smaller than the three
 * chunks and the shared one together; should it fail to load, each widget's own chunk is tried.
 * Pre-rendered widgets upgrade through it like any other. A tag another copy of the library
 * already defined is left alone.
 */
import { WIDGET_SECTIONS, type WidgetTag } from './widget-sections.js';

interface Preload {
  /** Per widget, the files its chunk imports (transitively) and the chunk itself, relative to `chunks/`. */
  deps: Partial<Record<WidgetTag, string[]>>;
  /**
   * The Japanese and Russian text chunks, by `lang:section` (`ja:events`, and `ja:ui-timeline` for
   * interface text): the hash of the chunk (`ja-events-<hash>.js`), or a list of it and the files
   * the chunk imports (relative to `chunks/`).
   */
  text: Record<string, string | string[]>;
  /**
   * The same for the bundle of all three widgets: its entry (relative to `all/`), what it imports and
   * its text chunks (relative to `all/chunks/`).
   */
  all?: { entry: string; deps: string[]; text: Record<string, string | string[]> };
}
/** Declared by the build (rollup.config.mjs) at the top of the CDN loader; absent elsewhere. */
declare const __KURIL_PRELOAD__: Preload | undefined;
const PRELOAD: Preload = typeof __KURIL_PRELOAD__ === 'undefined' ? { deps: {}, text: {} } : __KURIL_PRELOAD__;

/** A widget's class, as a chunk exports it (not yet defined). */
interface Widget {
  define(): void;
}
/** A module the loader imports: its default export is a widget's class, or several. */
type Chunk = Promise<{ default: Widget | readonly Widget[] }>;
/** Each widget's chunk. */
const IMPORTS: Record<WidgetTag, () => Chunk> = {
  'kuril-timeline': () => import('./cdn-timeline.js'),
  'kuril-claims': () => import('./cdn-claims.js'),
  'kuril-factbox': () => import('./cdn-factbox.js'),
};
const TAGS = Object.keys(IMPORTS) as WidgetTag[];
const started = new Set<string>();
const preloaded = new Set<string>();

const url = (path: string): string => new URL(path, import.meta.url).href;

/** Starts downloading a module, given by its path relative to the loader. */
function preload(path: string): void {
  if (preloaded.has(path)) return;
  preloaded.add(path);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = url(path);
  document.head.append(link);
}

/** The languages (`ja`, `ru`) the widgets of a tag are shown in, from their own or inherited `lang`. */
function languagesOf(tag: WidgetTag): Set<string> {
  const langs = new Set<string>();
  for (const el of document.querySelectorAll(tag)) {
    const lang = (el.closest('[lang]')?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0];
    if (lang) langs.add(lang);
  }
  return langs;
}

/**
 * Starts the widgets of `tags`: preloads `deps` (the module that holds their classes and what it
 * imports), imports the module, preloads the Japanese or Russian text they are shown in (`dir` is
 * where those files are, relative to the loader), then defines each class in a task of its own,
 * after the task that evaluated the module: the browser then sees several shorter tasks
 * (evaluating the code, then upgrading each widget's tags on the page) instead of one long one.
 * `failed` runs if the module does not load (after the error is logged).
 */
function start(
  tags: readonly WidgetTag[],
  dir: string,
  deps: readonly string[],
  text: Preload['text'],
  load: () => Chunk,
  failed: () => void,
): void {
  for (const tag of tags) started.add(tag);
  // What the module imports first (the shared chunk of Lit and the base class is the largest file),
  // then the module itself.
  for (const file of [...deps].reverse()) preload(`${dir}${file}`);
  const loading = load();
  // The dataset's text in each language the widgets are shown in, and the interface text: the
  // strings shared by the widgets (`ui-base`) and each widget's own (`ui-timeline`).
  for (const tag of tags) {
    const parts = [...WIDGET_SECTIONS[tag], 'ui-base', `ui-${tag.slice('kuril-'.length)}`];
    for (const lang of languagesOf(tag)) {
      for (const part of parts) {
        // The chunk by its hash (`ja-events-<hash>.js`), then what it imports.
        const [hash, ...rest] = [text[`${lang}:${part}`] ?? []].flat();
        if (hash) preload(`${dir}${lang}-${part}-${hash}.js`);
        for (const file of rest) preload(`${dir}${file}`);
      }
    }
  }
  loading
    .then(async (m) => {
      // (A module without the classes fails here, as one that does not load; `define` never throws.)
      for (const widget of [m.default].flat()) {
        // Each in a task of its own.
        await new Promise((resolve) => setTimeout(resolve));
        widget.define();
      }
    })
    .catch((error: unknown) => {
      for (const tag of tags) started.delete(tag);
      console.error(`kuril-widgets: could not load ${tags.map((tag) => `<${tag}>`).join(', ')}: ${String(error)}`);
      failed();
    });
}

/** Starts one widget from its own chunk (and the shared one); a failure may be retried when another of its tags is added. */
function startOne(tag: WidgetTag): void {
  start([tag], 'chunks/', PRELOAD.deps[tag] ?? [], PRELOAD.text, IMPORTS[tag], () => observe());
}

/** Starts the widgets of the tags in `roots` (or that are the roots) that are neither started nor defined. */
function discover(roots: readonly ParentNode[]): void {
  const found = TAGS.filter(
    (tag) => !started.has(tag) && !customElements.get(tag) && roots.some((root) => (root as Element).localName === tag || root.querySelector(tag)),
  );
  const { all } = PRELOAD;
  if (all && found.length === TAGS.length) {
    // All three at once: their one bundle (it holds all three classes). Should it not load, each
    // widget's own chunk is a second chance (other files: a policy may allow those, say).
    const fallback = () => TAGS.filter((tag) => !customElements.get(tag)).forEach(startOne);
    start(TAGS, 'all/chunks/', all.deps, all.text, () => import(url(`all/${all.entry}`)) as Chunk, fallback);
    return;
  }
  found.forEach(startOne);
}

const observer = new MutationObserver((records) => {
  // Every element added in the batch at once, so widgets added together are found together.
  const added = records.flatMap((record) => [...record.addedNodes].filter((node): node is Element => node instanceof Element));
  if (added.length) discover(added);
  if (TAGS.every((tag) => started.has(tag) || customElements.get(tag))) observer.disconnect();
});
/** Watches for widgets added later (again after a failed import, so a later tag retries). */
const observe = () => observer.observe(document.documentElement, { childList: true, subtree: true });

// In a task of its own: a module script runs in the task that ends the page's parsing, which also
// lays the page out for the first time; starting the widgets' downloads (each request costs a few
// milliseconds of the main thread) is better done after it. Widgets added meanwhile are found then.
setTimeout(() => {
  discover([document]);
  observe();
});
