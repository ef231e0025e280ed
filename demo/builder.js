// The editors' embed builder (demo/builder.html). Every option is generated from the widgets'
// custom-elements.json, so an attribute added to a widget appears here without editing this file:
//   boolean                              → checkbox
//   a union of string literals           → select
//   number | string                      → number input (a range such as "2–6" in the description
//                                           sets min and max)
//   a named union (`Order | string`)     → select of the values the description lists in `code`
//   "comma-separated" with listed values → a group of checkboxes
//   anything else                        → text input
// The preview renders the widget at 375 px and at 1280 px (a 42rem article column) in two frames
// (builder-preview.html), measures its height at both, and writes the snippets from that:
// the script tag + element with a reserved height, the CLI command that pre-renders it, the iframe
// embed (dist/cdn/embed.html) and its AMP form.
import { STRINGS, UI_LANGUAGES } from './builder-i18n.js';

const WIDTHS = { phone: 375, desktop: 1280 };
/** The preview's article column: max-width 42rem plus 1rem on each side, so full from 44rem on. */
const DESKTOP_FROM = '44rem';
const SHARED_FIRST = ['lang', 'theme', 'naming'];
const DEFAULT_LIBRARY = 'https://unpkg.com/kuril-widgets/';

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const state = {
  ui: UI_LANGUAGES.includes(params.get('lang')) ? params.get('lang') : 'en',
  widgets: [],
  tag: 'kuril-timeline',
  /** The form's values, per widget: { 'kuril-timeline': { from: '2013', … }, … }. */
  values: {},
  library: DEFAULT_LIBRARY,
  heights: { phone: 0, desktop: 0 },
  title: '',
  generation: 0,
};
if (['light', 'dark'].includes(params.get('theme'))) root.dataset.theme = params.get('theme');

const $ = (sel) => document.querySelector(sel);
const t = () => STRINGS[state.ui];

/** Makes an element: `h('label', { for: 'x', class: 'y' }, 'text', child)`. Text is never parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined || v === null) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'checked' || k === 'value' || k === 'selected') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

// ------------------------------------------------------------------------------------------------
// Manifest → controls
// ------------------------------------------------------------------------------------------------

/** The manifest's widgets: tag, summary and attributes, timeline / claims / factbox first. */
export function widgetsFrom(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) found.push({ tag: d.tagName, summary: d.summary ?? '', attributes: d.attributes ?? [] });
    }
  }
  const order = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'];
  const rank = (tag) => (order.includes(tag) ? order.indexOf(tag) : order.length);
  return found.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

/** A manifest default (`"'auto'"`, `"0"`, `"false"`) as the attribute value it stands for. */
function defaultOf(attr) {
  const d = (attr.default ?? '').trim();
  if (d === 'false' || d === 'true') return d === 'true';
  const quoted = /^(['"`])(.*)\1$/.exec(d);
  if (quoted) return quoted[2];
  return d;
}

/** The form control an attribute gets, derived from its manifest entry only. */
export function controlFor(attr) {
  const type = attr.type?.text ?? 'string';
  const parts = type.split('|').map((p) => p.trim());
  const description = attr.description ?? '';
  const listed = [...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const keywords = listed.filter((v) => /^[a-z][a-z0-9-]*$/.test(v)).filter((v, i, all) => all.indexOf(v) === i);
  const def = defaultOf(attr);
  if (parts.includes('boolean')) return { kind: 'checkbox', def: def === true };
  const literals = parts.filter((p) => /^(['"]).*\1$/.test(p)).map((p) => p.slice(1, -1));
  if (literals.length && parts.every((p) => literals.includes(p.slice(1, -1)) || p === 'string')) {
    return { kind: 'select', options: literals, def: String(def) };
  }
  if (parts.includes('number')) {
    const range = /(\d+)\s*[–-]\s*(\d+)/.exec(description);
    return { kind: 'number', def: String(def), min: range ? range[1] : '0', max: range ? range[2] : undefined };
  }
  if (/comma/i.test(description) && keywords.length >= 2) return { kind: 'checkboxes', options: keywords, def: '' };
  if (attr.name === 'lang' && keywords.length >= 2) return { kind: 'select', options: keywords, def: '', pageDefault: true };
  if (parts.some((p) => /^[A-Z]\w*$/.test(p)) && keywords.length >= 2) {
    return { kind: 'select', options: keywords, def: String(def) };
  }
  return { kind: 'text', def: String(def), url: /^src$|url$/.test(attr.name) };
}

/** The widget's attributes that are set to something other than their default, in manifest order. */
export function attributesOf(widget, values) {
  const out = [];
  for (const attr of widget.attributes) {
    const c = controlFor(attr);
    const v = values[attr.name];
    if (c.kind === 'checkbox') {
      if (v === true && !c.def) out.push([attr.name, '']);
    } else if (typeof v === 'string' && v.trim() !== '' && v.trim() !== c.def) {
      out.push([attr.name, v.trim()]);
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Snippets
// ------------------------------------------------------------------------------------------------

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrText = (attrs) => attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttr(v)}"`)).join('');

/** The element's start and end tags. */
export function elementHtml(tag, attrs, extra = '') {
  return `<${tag}${extra}${attrText(attrs)}></${tag}>`;
}

/** A short, stable class name for a configuration (FNV-1a of its element). */
function reserveClass(tag, attrs) {
  let hash = 0x811c9dc5;
  for (const ch of elementHtml(tag, attrs)) {
    hash ^= ch.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `kuril-reserve-${hash.toString(36)}`;
}

const px = (n) => `${Math.round(n * 100) / 100}px`;

/** The script tag + element, with a <style> that reserves the measured height at phone and desktop width. */
export function scriptSnippet({ tag, attrs, library, heights }) {
  const cls = reserveClass(tag, attrs);
  return [
    '<style>',
    `  .${cls} { display: block; min-height: min(${px(heights.phone)}, 100vh); }`,
    `  @media (min-width: ${DESKTOP_FROM}) { .${cls} { min-height: min(${px(heights.desktop)}, 100vh); } }`,
    '</style>',
    `<script type="module" src="${escapeAttr(library)}dist/cdn/kuril-widgets.js"></script>`,
    elementHtml(tag, attrs, ` class="${cls}"`),
  ].join('\n');
}

/** The CLI command that pre-renders the widget (the server renderer runs in Node only). */
export function prerenderSnippet({ tag, attrs, library }) {
  return [
    "npx kuril-widgets render <<'HTML'",
    `<script type="module" src="${escapeAttr(library)}dist/cdn/kuril-widgets.js"></script>`,
    elementHtml(tag, attrs),
    'HTML',
  ].join('\n');
}

/** The iframe page's address for a configuration. */
export function embedUrl({ tag, attrs, library }) {
  const query = new URLSearchParams([['widget', tag], ...attrs]);
  return `${library}dist/cdn/embed.html?${query}`;
}

export function iframeSnippet(config) {
  return [
    `<iframe data-kuril-embed src="${escapeAttr(embedUrl(config))}" title="${escapeAttr(config.title)}" loading="lazy" style="display: block; width: 100%; height: ${Math.ceil(config.heights.desktop)}px; border: 0"></iframe>`,
    `<script async src="${escapeAttr(config.library)}dist/cdn/embed-resizer.js"></script>`,
  ].join('\n');
}

export function ampSnippet(config, more) {
  return [
    `<amp-iframe src="${escapeAttr(embedUrl(config))}" title="${escapeAttr(config.title)}" width="auto" height="${Math.ceil(config.heights.phone)}" layout="fixed-height" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">`,
    `  <button overflow type="button">${more}</button>`,
    '</amp-iframe>',
  ].join('\n');
}

// ------------------------------------------------------------------------------------------------
// The form
// ------------------------------------------------------------------------------------------------

const widget = () => state.widgets.find((w) => w.tag === state.tag);
const valuesOf = (tag) => (state.values[tag] ??= {});

/** Switches to another widget; the options every widget has (language, theme, …) come along. */
function switchTo(tag) {
  const from = valuesOf(state.tag);
  const all = state.widgets.map((x) => new Set(x.attributes.map((a) => a.name)));
  const to = valuesOf(tag);
  for (const [name, v] of Object.entries(from)) if (all.every((set) => set.has(name))) to[name] = v;
  state.tag = tag;
}

function labelOf(name) {
  return t().attributes[name] ?? name;
}

function controlRow(attr) {
  const c = controlFor(attr);
  const id = `opt-${attr.name}`;
  const descId = `${id}-desc`;
  // The manifest's description, with its `code` spans as <code> (text only, never parsed as HTML).
  const desc = h('p', { class: 'hint', id: descId, lang: 'en' },
    (attr.description ?? '').split('`').map((part, i) => (i % 2 ? h('code', {}, part) : part)));
  const code = h('code', { class: 'attr-name', lang: 'en' }, attr.name);
  const value = valuesOf(state.tag)[attr.name];
  const changed = (v) => {
    valuesOf(state.tag)[attr.name] = v;
    update();
  };
  if (c.kind === 'checkbox') {
    return h('div', { class: 'row row-check' },
      h('input', { type: 'checkbox', id, name: attr.name, checked: value === true, 'aria-describedby': descId, onchange: (e) => changed(e.target.checked) }),
      h('label', { for: id }, labelOf(attr.name), ' ', code),
      desc);
  }
  if (c.kind === 'checkboxes') {
    const chosen = new Set(typeof value === 'string' && value ? value.split(',') : []);
    const read = (fs) => [...fs.querySelectorAll('input:checked')].map((i) => i.value).join(',');
    const fs = h('fieldset', { class: 'row group', 'aria-describedby': descId, 'data-name': attr.name },
      h('legend', {}, labelOf(attr.name), ' ', code),
      h('div', { class: 'choices' },
        c.options.map((o) =>
          h('label', { class: 'choice', lang: 'en' },
            h('input', { type: 'checkbox', name: attr.name, value: o, checked: chosen.has(o), onchange: () => changed(read(fs)) }),
            ` ${o}`))),
      desc);
    return fs;
  }
  const label = h('label', { for: id }, labelOf(attr.name), ' ', code);
  let input;
  if (c.kind === 'select') {
    const options = c.options.includes(c.def) ? c.options : ['', ...c.options];
    input = h('select', { id, name: attr.name, 'aria-describedby': descId, onchange: (e) => changed(e.target.value) },
      options.map((o) =>
        h('option', { value: o, selected: (value ?? c.def) === o }, o === '' ? (c.pageDefault ? t().pageLanguage : t().defaultOption) : o === c.def ? `${o} (${t().defaultOption})` : o)));
  } else if (c.kind === 'number') {
    input = h('input', { type: 'number', id, name: attr.name, min: c.min, max: c.max, step: 1, inputmode: 'numeric', placeholder: c.def, value: value ?? '', 'aria-describedby': descId, oninput: (e) => changed(e.target.value) });
  } else {
    input = h('input', { type: 'text', id, name: attr.name, placeholder: c.def, value: value ?? '', inputmode: c.url ? 'url' : undefined, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': descId, oninput: (e) => changed(e.target.value) });
  }
  return h('div', { class: 'row' }, label, input, desc);
}

function renderForm() {
  const s = t();
  document.title = s.pageTitle;
  root.lang = state.ui;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = s[el.dataset.i18n];
  const form = $('#builder-form');
  const w = widget();
  const all = state.widgets.map((x) => new Set(x.attributes.map((a) => a.name)));
  const sharedNames = new Set(w.attributes.map((a) => a.name).filter((n) => all.every((set) => set.has(n))));
  const appearance = w.attributes.filter((a) => SHARED_FIRST.includes(a.name));
  const own = w.attributes.filter((a) => !sharedNames.has(a.name) && !SHARED_FIRST.includes(a.name));
  const shared = w.attributes.filter((a) => sharedNames.has(a.name) && !SHARED_FIRST.includes(a.name));
  form.replaceChildren(
    h('fieldset', { class: 'widgets' },
      h('legend', {}, s.widget),
      state.widgets.map((x) => {
        const [name, what] = s.widgets[x.tag] ?? [x.tag, x.summary];
        return h('label', { class: 'widget-choice' },
          h('input', { type: 'radio', name: 'widget', value: x.tag, checked: x.tag === state.tag, onchange: () => { switchTo(x.tag); renderForm(); $(`input[name=widget][value="${x.tag}"]`).focus(); update(); } }),
          h('span', {}, h('strong', {}, name), ' ', h('code', { lang: 'en' }, `<${x.tag}>`), h('br'), h('span', { class: 'hint' }, what)));
      })),
    h('fieldset', {}, h('legend', {}, s.appearance), appearance.map(controlRow)),
    h('fieldset', {}, h('legend', {}, s.options), own.map(controlRow)),
    h('fieldset', {}, h('legend', {}, s.shared), shared.map(controlRow)),
    h('fieldset', {},
      h('legend', {}, s.publishing),
      h('div', { class: 'row' },
        h('label', { for: 'library' }, s.libraryUrl),
        h('input', { type: 'url', id: 'library', name: 'library', value: state.library, spellcheck: 'false', 'aria-describedby': 'library-desc', oninput: (e) => { state.library = e.target.value; writeSnippets(); } }),
        h('p', { class: 'hint', id: 'library-desc' }, s.libraryUrlHint))),
  );
  const [name] = s.widgets[w.tag] ?? [w.tag];
  for (const [frame, width] of Object.entries(WIDTHS)) $(`#preview-${frame}`).title = s.previewFrame(name, width);
  renderSnippetShells();
}

// ------------------------------------------------------------------------------------------------
// Preview and measuring
// ------------------------------------------------------------------------------------------------

const frames = {};

function frameReady(name) {
  const frame = $(`#preview-${name}`);
  frames[name] = frame;
  return new Promise((resolve) => {
    if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('main')) resolve();
    else frame.addEventListener('load', () => resolve(), { once: true });
  });
}

/** Renders the configuration in a frame and resolves with the widget's height once it has settled. */
async function renderIn(name, tag, attrs) {
  const win = frames[name].contentWindow;
  const doc = frames[name].contentDocument;
  const el = doc.createElement(tag);
  for (const [n, v] of attrs) el.setAttribute(n, v);
  doc.querySelector('main').replaceChildren(el);
  await win.customElements.whenDefined(tag);
  for (let i = 0; i < 400; i++) {
    await el.updateComplete;
    const base = el.shadowRoot?.querySelector('[part~="base"]');
    if (base && base.getAttribute('aria-busy') !== 'true') break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await doc.fonts.ready;
  // Widgets finish their layout when the page is idle (claims lay out their columns then): wait for
  // an idle period of the frame, then for the height to hold still over two frames.
  const frame = () => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  await new Promise((r) => (win.requestIdleCallback ? win.requestIdleCallback(r, { timeout: 2000 }) : setTimeout(r, 100)));
  await el.updateComplete;
  let height = -1;
  for (let i = 0; i < 40 && height !== el.getBoundingClientRect().height; i++) {
    height = el.getBoundingClientRect().height;
    await frame();
  }
  return { el, height };
}

/** Sizes each frame to its content, scaled down to fit the preview column. */
function layoutFrames() {
  for (const [name, width] of Object.entries(WIDTHS)) {
    const frame = frames[name];
    if (!frame?.contentDocument?.documentElement) continue;
    const box = frame.parentElement;
    const avail = box.parentElement.clientWidth;
    const scale = Math.min(1, avail / width);
    const height = frame.contentDocument.documentElement.scrollHeight;
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    frame.style.transform = scale < 1 ? `scale(${scale})` : '';
    box.style.width = `${width * scale}px`;
    box.style.height = `${height * scale}px`;
  }
}

async function update() {
  const generation = ++state.generation;
  document.body.dataset.state = 'measuring';
  const w = widget();
  const attrs = attributesOf(w, valuesOf(w.tag));
  for (const name of Object.keys(WIDTHS)) $(`#measured-${name}`).textContent = t().measuring;
  const [phone, desktop] = await Promise.all([renderIn('phone', w.tag, attrs), renderIn('desktop', w.tag, attrs)]);
  if (generation !== state.generation) return;
  state.heights = { phone: phone.height, desktop: desktop.height };
  state.title = desktop.el.shadowRoot?.querySelector('.title')?.textContent?.trim().replace(/\s+/g, ' ') || w.tag;
  for (const [name, r] of [['phone', phone], ['desktop', desktop]]) {
    $(`#measured-${name}`).textContent = t().measured(Math.ceil(r.height).toLocaleString(state.ui));
    new frames[name].contentWindow.ResizeObserver(layoutFrames).observe(r.el);
  }
  layoutFrames();
  writeSnippets();
  // The address keeps the configuration (#widget=…&from=…), so a reload or a shared link reopens it.
  const url = new URL(location.href);
  url.hash = new URLSearchParams([['widget', w.tag], ...attrs]).toString();
  history.replaceState(null, '', url);
  $('#status').textContent = t().status(attrs.length, w.tag);
  document.body.dataset.state = 'ready';
}

// ------------------------------------------------------------------------------------------------
// Snippet boxes
// ------------------------------------------------------------------------------------------------

const SNIPPETS = [
  ['script', 'snippetScript', 'snippetScriptWhen'],
  ['prerender', 'snippetPrerender', 'snippetPrerenderWhen'],
  ['iframe', 'snippetIframe', 'snippetIframeWhen'],
  ['amp', 'snippetAmp', 'snippetAmpWhen'],
];

function renderSnippetShells() {
  const s = t();
  $('#snippet-list').replaceChildren(
    ...SNIPPETS.map(([key, title, when]) =>
      h('section', { class: 'snippet', 'aria-labelledby': `snippet-${key}-title` },
        h('h3', { id: `snippet-${key}-title` }, s[title]),
        h('p', { class: 'hint', id: `snippet-${key}-when` }, s[when]),
        h('label', { for: `snippet-${key}`, class: 'visually-hidden' }, s[title]),
        h('textarea', { id: `snippet-${key}`, readonly: true, rows: key === 'script' || key === 'prerender' ? 6 : 4, spellcheck: 'false', lang: 'en', 'aria-describedby': `snippet-${key}-when` }),
        h('button', { type: 'button', class: 'copy', 'data-copy': key, onclick: () => copy(key) }, s.copy, h('span', { class: 'visually-hidden' }, `: ${s[title]}`)))),
  );
  writeSnippets();
}

function library() {
  const v = state.library.trim() || DEFAULT_LIBRARY;
  return v.endsWith('/') ? v : `${v}/`;
}

function writeSnippets() {
  const w = widget();
  if (!w || !state.heights.desktop) return;
  const config = { tag: w.tag, attrs: attributesOf(w, valuesOf(w.tag)), library: library(), heights: state.heights, title: state.title };
  const text = {
    script: scriptSnippet(config),
    prerender: prerenderSnippet(config),
    iframe: iframeSnippet(config),
    amp: ampSnippet(config, t().ampMore),
  };
  for (const [key, value] of Object.entries(text)) {
    const area = $(`#snippet-${key}`);
    if (area) area.value = value;
  }
}

async function copy(key) {
  const area = $(`#snippet-${key}`);
  let ok = false;
  try {
    await navigator.clipboard.writeText(area.value);
    ok = true;
  } catch {
    area.select();
    ok = document.execCommand('copy');
  }
  $('#status').textContent = ok ? t().copied : t().copyFailed;
}

// ------------------------------------------------------------------------------------------------
// Start
// ------------------------------------------------------------------------------------------------

/** Opens the configuration in the address (#widget=kuril-factbox&island=shikotan): known attributes only. */
function readHash() {
  const saved = new URLSearchParams(location.hash.slice(1));
  const w = state.widgets.find((x) => x.tag === saved.get('widget'));
  if (!w) return;
  state.tag = w.tag;
  const values = valuesOf(w.tag);
  for (const attr of w.attributes) {
    if (!saved.has(attr.name)) continue;
    values[attr.name] = controlFor(attr).kind === 'checkbox' ? true : saved.get(attr.name);
  }
}

async function start() {
  const uiSelect = $('#ui-lang');
  uiSelect.value = state.ui;
  uiSelect.addEventListener('change', () => {
    state.ui = uiSelect.value;
    const url = new URL(location.href);
    url.searchParams.set('lang', state.ui);
    history.replaceState(null, '', url);
    renderForm();
    update();
  });
  $('#builder-form').replaceChildren(h('p', { role: 'status' }, t().loading));
  let manifest;
  try {
    const response = await fetch(document.body.dataset.manifest);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    manifest = await response.json();
  } catch (error) {
    $('#builder-form').replaceChildren(h('p', { role: 'alert', class: 'error' }, t().manifestFailed));
    console.error(`embed builder: ${document.body.dataset.manifest}: ${error.message}`);
    return;
  }
  state.widgets = widgetsFrom(manifest);
  readHash();
  await Promise.all(Object.keys(WIDTHS).map(frameReady));
  addEventListener('resize', layoutFrames);
  renderForm();
  await update();
}

// The page (builder.html names its manifest); imported elsewhere (the tests), the module only exports.
if (document.body?.dataset.manifest) start();
