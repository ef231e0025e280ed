/**
 * The one-tag CDN embed (`dist/cdn/kuril-widgets.js`): a small loader that imports only the
 * widgets on the page, including ones added later, as the Web Awesome autoloader does. Each widget
 * chunk carries only its own code and data. With it, the loader preloads everything the widget's
 * chunk imports, and the Japanese or Russian text the page's widgets need, so every file starts
 * downloading at once (no waterfall deeper than loader → widget). Pre-rendered widgets upgrade
 * through it like any other. A tag another copy of the library already defined is left alone.
 */
import { INTL_AT_FIRST_RENDER, WIDGET_SECTIONS, type WidgetTag } from './widget-sections.js';

interface Preload {
  /** Per widget, the files its chunk imports (transitively) and the chunk itself, relative to `chunks/`. */
  deps: Partial<Record<WidgetTag, string[]>>;
  /** The Japanese and Russian text chunks (relative to `chunks/`), by `lang:section` (`ja:events`, and `ja:ui-timeline` for interface text). */
  text: Record<string, string>;
}
/** Declared by the build (rollup.config.mjs) at the top of the CDN loader; absent elsewhere. */
declare const __KURIL_PRELOAD__: Preload | undefined;
const PRELOAD: Preload = typeof __KURIL_PRELOAD__ === 'undefined' ? { deps: {}, text: {} } : __KURIL_PRELOAD__;

const IMPORTS: Record<WidgetTag, () => Promise<unknown>> = {
  'kuril-timeline': () => import('./kuril-timeline.js'),
  'kuril-claims': () => import('./kuril-claims.js'),
  'kuril-factbox': () => import('./kuril-factbox.js'),
};
const TAGS = Object.keys(IMPORTS) as WidgetTag[];
const started = new Set<string>();
const preloaded = new Set<string>();

function preload(file: string | undefined): void {
  if (!file || preloaded.has(file)) return;
  preloaded.add(file);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(`chunks/${file}`, import.meta.url).href;
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

let warmed = false;

function load(tag: WidgetTag): void {
  if (started.has(tag) || customElements.get(tag)) return;
  started.add(tag);
  const langs = languagesOf(tag);
  // A widget shown in a language the library has text for besides English (Japanese, Russian)
  // formats its dates with Intl as it first renders (English ones come formatted), and so does the
  // fact box's map caption: while its files download, set up the browser's Intl (ICU), which a page
  // pays for once, on its first Intl object (20–30 ms, about 100 ms on a 4× slower CPU), in a task
  // of its own rather than in the widget's first render.
  const translated = [...langs].some((lang) => Object.keys(PRELOAD.text).some((key) => key.startsWith(`${lang}:`)));
  if (!warmed && (INTL_AT_FIRST_RENDER.includes(tag) || translated)) {
    warmed = true;
    setTimeout(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(0));
  }
  const { deps, text } = PRELOAD;
  deps[tag]?.forEach(preload);
  // The dataset's text in each language the widgets are shown in, and the interface text: the
  // strings shared by the widgets (`ui-base`) and the widget's own (`ui-timeline`).
  const ui = ['ui-base', `ui-${tag.slice('kuril-'.length)}`];
  for (const lang of langs) for (const part of [...WIDGET_SECTIONS[tag], ...ui]) preload(text[`${lang}:${part}`]);
  IMPORTS[tag]().catch((error: unknown) => {
    started.delete(tag);
    console.error(`kuril-widgets: could not load <${tag}>: ${String(error)}`);
  });
}

function discover(root: ParentNode): void {
  for (const tag of TAGS) if (root.querySelector(tag)) load(tag);
}

discover(document);
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (TAGS.includes(node.localName as WidgetTag)) load(node.localName as WidgetTag);
      if (node.firstElementChild) discover(node);
    }
  }
  if (TAGS.every((tag) => started.has(tag) || customElements.get(tag))) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
