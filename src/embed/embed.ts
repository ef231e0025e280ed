/**
 * The iframe embed (dist/cdn/embed.html): renders one widget from the page's query string, for
 * CMSes, newsletters and AMP pages that strip `<script>`.
 *
 *   embed.html?widget=kuril-timeline&from=2013&to=2019&lang=ja
 *
 * What the query string can do is deliberately small: `widget` picks one of the three tags (any
 * other value renders nothing), and every other parameter becomes an attribute of that element with
 * `setAttribute`, only when the widget declares that attribute (its `observedAttributes`). Nothing
 * from the query string is ever parsed as HTML, run as script or used as a tag or attribute name
 * that the widget does not own; the values go through the widget's own parsers, so an invalid one
 * falls back with the widget's usual warning. The page's Content-Security-Policy allows scripts from
 * its own origin only.
 *
 * The page posts its height to the parent (`{ type: 'kuril-embed-height', height }`, read by
 * embed-resizer.js, and AMP's `{ sentinel: 'amp', type: 'embed-size', height }` for amp-iframe) and
 * forwards the widgets' events (`{ type: 'kuril-embed-event', event, detail }`).
 */
export const EMBED_TAGS = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'] as const;
export type EmbedTag = (typeof EMBED_TAGS)[number];

/** The widget's DOM events that the page forwards to the parent. */
export const FORWARDED_EVENTS = ['kuril-expand', 'kuril-source-click', 'kuril-select'] as const;

/** What the query string asks for: the tag and the attributes to set, in order. */
export interface EmbedRequest {
  tag: EmbedTag | undefined;
  attributes: Array<[string, string]>;
  ignored: string[];
}

/** Reads the query string: `widget` and the attributes among `allowed` (lower case names only). */
export function readQuery(search: string, allowed: (tag: EmbedTag) => readonly string[]): EmbedRequest {
  const params = new URLSearchParams(search);
  const widget = (params.get('widget') ?? '').trim().toLowerCase();
  const tag = (EMBED_TAGS as readonly string[]).includes(widget) ? (widget as EmbedTag) : undefined;
  const attributes: Array<[string, string]> = [];
  const ignored: string[] = [];
  if (!tag) return { tag, attributes, ignored };
  const names = new Set(allowed(tag));
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (name === 'widget') continue;
    if (!names.has(name) || seen.has(name)) {
      ignored.push(name);
      continue;
    }
    seen.add(name);
    attributes.push([name, value]);
  }
  return { tag, attributes, ignored };
}

/** The page's content height in CSS pixels, rounded up. */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function post(message: unknown): void {
  // The height and the events are not secret, and the host's origin is not known here: '*'.
  if (parent !== window) parent.postMessage(message, '*');
}

async function main(): Promise<void> {
  const root = document.getElementById('kuril-embed');
  if (!root) return;
  const widget = new URLSearchParams(location.search).get('widget') ?? '';
  const tag = EMBED_TAGS.find((t) => t === widget.trim().toLowerCase());
  if (!tag) {
    console.warn(`kuril-widgets embed: widget="${widget}" is not valid; allowed: ${EMBED_TAGS.join(', ')}. Nothing is shown.`);
    return;
  }
  // The CDN loader loads a widget once its tag is in the document: put it there (hidden until its
  // attributes are set), then read which attributes it has from its definition.
  const el = document.createElement(tag);
  el.hidden = true;
  root.append(el);
  await customElements.whenDefined(tag);
  const request = readQuery(location.search, (t) => {
    const ctor = customElements.get(t) as CustomElementConstructor & { observedAttributes?: string[] };
    return ctor.observedAttributes ?? [];
  });
  if (request.ignored.length) {
    console.warn(`kuril-widgets embed: ignored parameter(s) ${request.ignored.join(', ')}: not attributes of <${tag}>.`);
  }
  for (const [name, value] of request.attributes) el.setAttribute(name, value);
  el.hidden = false;

  let last = -1;
  const report = (): void => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    post({ type: 'kuril-embed-height', height });
    post({ sentinel: 'amp', type: 'embed-size', height });
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();

  for (const name of FORWARDED_EVENTS) {
    el.addEventListener(name, (event) => post({ type: 'kuril-embed-event', event: name, detail: (event as CustomEvent).detail ?? null }));
  }

  // The document's title names the widget, in its language: its top heading once rendered.
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  for (let i = 0; i < 100; i++) {
    const heading = el.shadowRoot?.querySelector('[part~="base"]:not([aria-busy="true"]) .title');
    if (heading?.textContent?.trim()) {
      document.title = heading.textContent.trim().replace(/\s+/g, ' ');
      const lang = el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');
      if (lang) document.documentElement.lang = lang;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

if (typeof document !== 'undefined') void main();
