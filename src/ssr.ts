/**
 * Server rendering: `render(html)` gives every `<kuril-timeline>`, `<kuril-claims>` and
 * `<kuril-factbox>` in an HTML fragment or page its declarative shadow root, rendered by Lit's own
 * server renderer (`@lit-labs/ssr`) from the same templates the browser uses. Runs in Node (no DOM).
 *
 * ```js
 * import { render } from 'kuril-widgets/ssr.js';
 * const html = await render('<p>…</p><kuril-timeline lang="ja" limit="8"></kuril-timeline>');
 * ```
 *
 * The input is kept byte for byte: a `<template shadowrootmode="open">` is inserted right after
 * each widget's start tag, so its attributes and light-DOM children (a fallback link, an inline
 * JSON dataset) stay as they were. A widget that already has a declarative shadow root is left
 * alone, so rendering twice changes nothing.
 */
import { LitElementRenderer } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { resolveData, type DataInput, type ResolveHooks } from './components/base/resolve-data.js';
import { KurilClaims } from './components/claims/claims.js';
import { KurilFactbox } from './components/factbox/factbox.js';
import { KurilTimeline } from './components/timeline/timeline.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The widgets `render` renders, by tag. */
const WIDGETS = {
  'kuril-timeline': KurilTimeline,
  'kuril-claims': KurilClaims,
  'kuril-factbox': KurilFactbox,
} as const;
type Tag = keyof typeof WIDGETS;
const isWidget = (name: string): name is Tag => Object.prototype.hasOwnProperty.call(WIDGETS, name);

for (const [tag, ctor] of Object.entries(WIDGETS)) {
  if (!customElements.get(tag)) ctor.define(tag);
}

export interface RenderOptions {
  /**
   * The URL a relative `src` is resolved against (the page's URL). Without it, and without
   * `readSrc`, a relative `src` fails like an unreachable one: the bundled data and a notice.
   */
  baseUrl?: string;
  /** Reads a widget's `src` yourself (from disk, from a CMS): return the parsed JSON, or throw. */
  readSrc?: (src: string) => Promise<unknown>;
  /** The `lang` of the page the fragment goes into (its `<html lang>`), when the fragment has none. */
  lang?: string;
}

/** One widget found in the input. */
interface Found {
  tag: Tag;
  element: Element;
  /** Offset in the input just after the widget's start tag. */
  insertAt: number;
  inheritedLang: string;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function childElements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.filter((c): c is Element => 'tagName' in c);
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Finds the widgets, outermost only, with the `lang` their ancestors give them. */
function findWidgets(root: Node, pageLang: string): Found[] {
  const found: Found[] = [];
  const walk = (node: Node, lang: string): void => {
    for (const el of childElements(node)) {
      const own = attr(el, 'lang')?.trim();
      if (isWidget(el.tagName)) {
        const hasRoot = childElements(el).some((c) => c.tagName === 'template' && (attr(c, 'shadowrootmode') ?? attr(c, 'shadowroot')));
        const end = el.sourceCodeLocation?.startTag?.endOffset;
        if (!hasRoot && end !== undefined) found.push({ tag: el.tagName, element: el, insertAt: end, inheritedLang: lang });
        continue;
      }
      // A <template>'s content is inert: widgets in it are left for whoever stamps it.
      if (el.tagName === 'template') continue;
      walk(el, own || lang);
    }
  };
  walk(root, pageLang);
  return found;
}

/** The inline dataset of a widget: its `<script type="application/json">` child's text. */
function inlineJson(el: Element): string | undefined {
  const script = childElements(el).find(
    (c) => c.tagName === 'script' && attr(c, 'type')?.trim().toLowerCase() === 'application/json',
  );
  return script ? textOf(script) : undefined;
}

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--/lit-part-->`, `<!--lit-node n-->`) removed: the
 * browser's upgrade replaces the server's HTML instead of hydrating it, so they are not used, and
 * they were four in ten of the bytes and more than half of the nodes of a pre-rendered widget.
 * Only these comments are matched: text and attribute values from data reach the HTML escaped, so
 * they cannot contain `<!--`.
 */
function withoutPartMarkers(html: string): string {
  return html.replace(/<!--(?:\/?lit-part[^>]*|lit-node \d+)-->/g, '');
}

/** Renders one widget's shadow root as a `<template shadowrootmode="open">`. */
async function renderWidget(w: Found, options: RenderOptions): Promise<string> {
  const el = w.element;
  const inline = inlineJson(el);
  const hooks: ResolveHooks = {};
  if (options.baseUrl) hooks.baseUrl = options.baseUrl;
  if (options.readSrc) hooks.read = options.readSrc;
  const renderer = new LitElementRenderer(w.tag);
  for (const { name, value } of el.attrs) renderer.setAttribute(name, value);
  renderer.setProperty('inheritedLang', w.inheritedLang);
  renderer.setProperty('inlineJson', inline);
  // The element says what it needs (language, src, inline data, which tier), as in the browser.
  const input = (renderer.element as unknown as { dataInput(): DataInput }).dataInput();
  const result = await resolveData(input, WIDGETS[w.tag].bundle, hooks);
  if (result.failure) console.error(`<${w.tag}>: ${result.failure}. Falling back to the bundled dataset.`);
  renderer.setProperty('data', result.data);
  renderer.setProperty('notice', result.notice);
  renderer.connectedCallback();
  const info: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const shadow = renderer.renderShadow(info);
  const body = shadow ? withoutPartMarkers(await collectResult(shadow)) : '';
  return `<template shadowrootmode="open" shadowroot="open">${body}</template>`;
}

/**
 * Returns `input` (an HTML fragment or a whole page) with every kuril-widgets element given its
 * declarative shadow root. Data is loaded first: translations, and each `src` or inline dataset,
 * validated, with the same notice and fallback as in the browser. Never rejects for a widget's
 * sake: a widget that cannot render gets the same "could not be displayed" notice as in the browser.
 */
export async function render(input: string, options: RenderOptions = {}): Promise<string> {
  if (typeof input !== 'string') throw new TypeError('render(html): html must be a string');
  const whole = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype|<html[\s>])/i.test(input);
  const tree = whole
    ? parse(input, { sourceCodeLocationInfo: true })
    : parseFragment(input, { sourceCodeLocationInfo: true });
  const widgets = findWidgets(tree, options.lang ?? '');
  const rendered = await Promise.all(
    widgets.map((w) =>
      renderWidget(w, options).catch((error: unknown) => {
        // Left without a shadow root, the widget still renders in the browser.
        console.error(`<${w.tag}>: could not render on the server: ${String(error)}`);
        return '';
      }),
    ),
  );
  let out = '';
  let at = 0;
  widgets.forEach((w, i) => {
    out += input.slice(at, w.insertAt) + rendered[i];
    at = w.insertAt;
  });
  return out + input.slice(at);
}

/** The tags `render` renders. */
export const TAGS = Object.keys(WIDGETS) as Tag[];
