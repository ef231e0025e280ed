/**
 * The editors' embed builder (demo/builder.html) and the iframe embed (dist/cdn/embed.html), in
 * Chromium. For each widget: set options in the builder's form, take each snippet, paste it into a
 * fresh article page (an iframe whose column matches the preview's: 42rem, 1rem margins), and check
 * that it shows the preview's text; the reserved and the pre-rendered snippets shift nothing
 * (cumulative layout shift 0); the iframe embed is as tall as its content (±2 px) at 375 and
 * 1280 px. The pre-rendered snippet's command is run as written (server command `kuril-render`).
 *
 * Needs `npm run build` (or `npm test`'s steps): dist/cdn/ with embed.html, and custom-elements.json.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { aTimeout, expect } from '../helpers.js';

type Frame = HTMLIFrameElement;
type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

const WIDTHS = [375, 1280] as const;
const ARTICLE_STYLE =
  "body { margin: 0; font: 16px/1.5 Georgia, 'Times New Roman', 'Noto Serif CJK JP', serif; } main { max-width: 42rem; margin: 0 auto; padding: 1rem; }";
const frames: Frame[] = [];

async function until<T>(what: string, probe: () => T | undefined | null | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await aTimeout(25);
  }
}

async function openFrame(init: { src?: string; srcdoc?: string }, width: number, height = 800): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (init.src) frame.src = init.src;
  if (init.srcdoc !== undefined) frame.srcdoc = init.srcdoc;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

const articlePage = (body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${ARTICLE_STYLE}</style></head>` +
  `<body><main><h1>An article</h1>${body}<p id="after">The article goes on below the panel.</p></main></body></html>`;

/** The widget's visible text, white space collapsed. */
function textOf(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes((child as Element).tagName)) walk(child);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

async function settledWidget(doc: Document, tag: string): Promise<Widget> {
  const el = await until(`<${tag}>`, () => doc.querySelector<Widget>(tag));
  await until(`<${tag}> defined`, () => doc.defaultView?.customElements.get(tag));
  await until(`<${tag}> rendered`, () => {
    const base = el.shadowRoot?.querySelector('[part~="base"]');
    return base && base.getAttribute('aria-busy') !== 'true';
  });
  await el.updateComplete;
  await doc.fonts.ready;
  // As the builder measures: after an idle period, once the height holds still over two frames.
  const win = doc.defaultView as Window & typeof globalThis;
  await new Promise((r) => win.requestIdleCallback(r, { timeout: 2000 }));
  await el.updateComplete;
  let height = -1;
  for (let i = 0; i < 40 && height !== el.getBoundingClientRect().height; i++) {
    height = el.getBoundingClientRect().height;
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  }
  return el;
}

/** The layout shifts the frame's page recorded so far (buffered), summed as CLS counts them. */
async function layoutShift(frame: Frame): Promise<number> {
  const win = frame.contentWindow as Window & typeof globalThis;
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  return new Promise((resolve) => {
    let sum = 0;
    const po = new win.PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!e.hadRecentInput) sum += e.value;
      }
    });
    po.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => {
      po.disconnect();
      resolve(sum);
    }, 100);
  });
}

// ------------------------------------------------------------------------------------------------
// Driving the builder
// ------------------------------------------------------------------------------------------------

let builder: Frame;
const bdoc = (): Document => builder.contentDocument as Document;

async function builderReady(): Promise<void> {
  await until('the builder to measure', () => bdoc().body.dataset.state === 'ready', 30_000);
}

async function choose(tag: string): Promise<void> {
  const radio = bdoc().querySelector<HTMLInputElement>(`input[name="widget"][value="${tag}"]`)!;
  radio.click();
  await builderReady();
}

async function setOption(name: string, value: string | boolean | string[]): Promise<void> {
  const doc = bdoc();
  if (Array.isArray(value)) {
    const boxes = [...doc.querySelectorAll<HTMLInputElement>(`fieldset[data-name="${name}"] input[type="checkbox"]`)];
    expect(boxes.length, `checkbox group ${name}`).to.be.greaterThan(1);
    for (const box of boxes) {
      if (box.checked !== value.includes(box.value)) box.click();
    }
  } else {
    const el = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#opt-${name}`);
    expect(el, `control for ${name}`).to.exist;
    if (typeof value === 'boolean') {
      expect((el as HTMLInputElement).type).to.equal('checkbox');
      if ((el as HTMLInputElement).checked !== value) (el as HTMLInputElement).click();
    } else {
      el!.value = value;
      el!.dispatchEvent(new Event(el!.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    }
  }
  await builderReady();
}

const snippet = (key: string): string => bdoc().querySelector<HTMLTextAreaElement>(`#snippet-${key}`)!.value;

function previewWidget(width: number, tag: string): Widget {
  const frame = bdoc().querySelector<Frame>(width === 375 ? '#preview-phone' : '#preview-desktop')!;
  return frame.contentDocument!.querySelector<Widget>(tag)!;
}

before(async function () {
  this.timeout(60_000);
  builder = await openFrame({ src: '/demo/builder.html' }, 1280, 900);
  await builderReady();
  // The first measurement (default options) is taken at the preview's widths already.
  const reserved = [...snippet('script').matchAll(/min\(([\d.]+)px, 100vh\)/g)].map((m) => Number(m[1]));
  const heights = WIDTHS.map((w) => Math.round(previewWidget(w, 'kuril-timeline').getBoundingClientRect().height * 100) / 100);
  expect(reserved).to.deep.equal(heights);
  expect(heights[0]).to.be.greaterThan(heights[1]);
  const lib = bdoc().querySelector<HTMLInputElement>('#library')!;
  lib.value = `${location.origin}/`;
  lib.dispatchEvent(new Event('input', { bubbles: true }));
});

afterEach(() => {
  // Article pages of one test are not needed by the next; the builder stays.
  for (const f of frames.splice(0)) {
    if (f === builder) frames.push(f);
    else f.remove();
  }
});

after(() => {
  for (const f of frames.splice(0)) f.remove();
});

// ------------------------------------------------------------------------------------------------
// Each widget: options → snippets → article pages
// ------------------------------------------------------------------------------------------------

const CASES: Array<{ tag: string; options: Array<[string, string | boolean | string[]]>; expectAttrs: string[] }> = [
  {
    tag: 'kuril-timeline',
    options: [['lang', 'ja'], ['from', '2013'], ['to', '2019'], ['limit', '3'], ['order', 'desc']],
    expectAttrs: ['from="2013"', 'to="2019"', 'order="desc"', 'limit="3"', 'lang="ja"'],
  },
  {
    tag: 'kuril-claims',
    options: [['topics', ['sovereignty']], ['limit', '1'], ['first', 'russia'], ['theme', 'dark']],
    expectAttrs: ['topics="sovereignty"', 'limit="1"', 'first="russia"', 'theme="dark"'],
  },
  {
    tag: 'kuril-factbox',
    options: [['island', 'shikotan'], ['no-map', true], ['naming', 'russian'], ['lang', 'ru']],
    expectAttrs: ['island="shikotan"', 'no-map', 'naming="russian"', 'lang="ru"'],
  },
];

for (const c of CASES) {
  describe(`builder: <${c.tag}>`, function () {
    this.timeout(90_000);
    const preview: Record<number, string> = {};

    before(async function () {
      this.timeout(90_000);
      await choose(c.tag);
      // A fresh set of options for this widget: clear what an earlier case set on shared attributes.
      for (const name of ['lang', 'theme', 'naming']) await setOption(name, name === 'lang' ? '' : name === 'theme' ? 'auto' : 'neutral');
      for (const [name, value] of c.options) await setOption(name, value);
      for (const w of WIDTHS) preview[w] = textOf(previewWidget(w, c.tag));
    });

    it('the form sets the attributes of the snippets', () => {
      const script = snippet('script');
      const element = new RegExp(`<${c.tag} class="kuril-reserve-[a-z0-9]+"([^>]*)></${c.tag}>`).exec(script);
      expect(element, script).to.exist;
      for (const a of c.expectAttrs) expect(element![1]).to.include(` ${a}`);
      expect(preview[1280].length).to.be.greaterThan(50);
      expect(snippet('iframe')).to.include(`widget=${c.tag}`);
      expect(snippet('prerender').split('\n')[0]).to.equal("npx kuril-widgets render <<'HTML'");
    });

    for (const width of WIDTHS) {
      it(`script tag + element at ${width} px: same text as the preview, reserved height, CLS 0`, async () => {
        const page = await openFrame({ srcdoc: articlePage(snippet('script')) }, width);
        const el = await settledWidget(page.contentDocument!, c.tag);
        expect(textOf(el)).to.equal(preview[width]);
        const measured = previewWidget(width, c.tag).getBoundingClientRect().height;
        expect(Math.abs(el.getBoundingClientRect().height - measured), `${el.getBoundingClientRect().height} vs ${measured}`).to.be.below(1);
        expect(await layoutShift(page)).to.equal(0);
      });
    }

    it('pre-rendered HTML: the command renders what the preview showed, CLS 0', async () => {
      const lines = snippet('prerender').split('\n');
      const [npx, pkg, ...args] = lines[0].replace(/ <<'HTML'$/, '').split(' ');
      expect([npx, pkg]).to.deep.equal(['npx', 'kuril-widgets']);
      expect(lines.at(-1)).to.equal('HTML');
      const stdin = `${lines.slice(1, -1).join('\n')}\n`;
      const result = (await executeServerCommand('kuril-render', { args, stdin })) as { code: number; stdout: string; stderr: string };
      expect(result.code, result.stderr).to.equal(0);
      expect(result.stdout).to.include('shadowrootmode="open"');
      const page = await openFrame({ srcdoc: articlePage(result.stdout) }, 1280);
      const el = page.contentDocument!.querySelector(c.tag)!;
      // The server's shadow root is there before the script runs…
      expect(el.shadowRoot, 'declarative shadow root').to.exist;
      await settledWidget(page.contentDocument!, c.tag);
      // …and the upgraded widget shows the preview's text without moving the article.
      expect(textOf(el)).to.equal(preview[1280]);
      expect(await layoutShift(page)).to.equal(0);
    });

    for (const width of WIDTHS) {
      it(`iframe at ${width} px: same text, titled, as tall as its content (±2 px)`, async () => {
        const code = snippet('iframe');
        const page = await openFrame({ srcdoc: articlePage(code) }, width, 900);
        const frame = page.contentDocument!.querySelector<Frame>('iframe[data-kuril-embed]')!;
        expect(frame.title.trim().length).to.be.greaterThan(3);
        const inner = await until('the embed page', () => frame.contentDocument?.querySelector(c.tag) && frame.contentDocument);
        const el = await settledWidget(inner, c.tag);
        // The embed's column is the article's, so compare with the preview at the same width.
        const columnText = textOf(el);
        expect(columnText).to.equal(preview[width]);
        await until('the embed to be resized to its content', () => {
          const content = inner.documentElement.getBoundingClientRect().height;
          return Math.abs(frame.getBoundingClientRect().height - content) <= 2 && content > 100;
        });
        await until('the embed page’s title', () => inner.title === frame.title, 5000);
      });
    }

    it('AMP snippet: the same embed address, resizable, with an overflow button', () => {
      const amp = snippet('amp');
      const src = /<iframe data-kuril-embed src="([^"]+)"/.exec(snippet('iframe'))![1];
      expect(amp).to.include(`<amp-iframe src="${src}"`);
      expect(amp).to.match(/ resizable /);
      expect(amp).to.match(/layout="fixed-height"/);
      expect(amp).to.match(/<button overflow type="button">[^<]+<\/button>/);
      expect(amp).to.match(/ title="[^"]+"/);
    });
  });
}

// ------------------------------------------------------------------------------------------------
// The iframe page on its own
// ------------------------------------------------------------------------------------------------

describe('embed.html', function () {
  this.timeout(30_000);

  it('renders the issue’s example and posts its height, also in AMP’s form', async () => {
    const messages: unknown[] = [];
    const listen = (e: MessageEvent): void => {
      messages.push(e.data);
    };
    addEventListener('message', listen);
    const frame = await openFrame({ src: '/dist/cdn/embed.html?widget=kuril-timeline&from=2013&to=2019&lang=ja&limit=2' }, 600);
    const el = await settledWidget(frame.contentDocument!, 'kuril-timeline');
    expect(el.getAttribute('lang')).to.equal('ja');
    expect(el.shadowRoot!.querySelectorAll('li[part~="item"]').length).to.be.greaterThan(0);
    const height = Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await until('both height messages', () =>
      messages.some((m) => (m as { type?: string; height?: number }).type === 'kuril-embed-height' && (m as { height: number }).height === height) &&
      messages.some((m) => (m as { sentinel?: string; type?: string; height?: number }).sentinel === 'amp' && (m as { type: string }).type === 'embed-size' && (m as { height: number }).height === height));
    removeEventListener('message', listen);
    await until('a title', () => frame.contentDocument!.title !== 'kuril-widgets');
    expect(frame.contentDocument!.documentElement.lang).to.equal('ja');
    // Without `src`, everything the page loaded (scripts, the Japanese text) came from its own origin.
    const loaded = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.length).to.be.greaterThan(1);
    expect(loaded.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
  });

  it('sets only the widget’s own attributes, and renders nothing for another tag', async () => {
    const bad = await openFrame({ src: '/dist/cdn/embed.html?widget=kuril-timeline&onclick=parent.hacked%3D1&style=display:none&limit=2&order=sideways' }, 600);
    const el = await settledWidget(bad.contentDocument!, 'kuril-timeline');
    expect(el.hasAttribute('onclick')).to.be.false;
    expect(el.hasAttribute('style')).to.be.false;
    expect(el.getAttribute('limit')).to.equal('2');
    // An invalid value is the widget's: it falls back (oldest first).
    expect(el.getAttribute('order')).to.equal('sideways');
    const dates = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? '');
    expect(dates.length).to.be.greaterThan(1);
    expect([...dates].sort()).to.deep.equal(dates);
    const other = await openFrame({ src: '/dist/cdn/embed.html?widget=img&src=x&onerror=parent.hacked%3D1' }, 600);
    await aTimeout(300);
    expect(other.contentDocument!.querySelector('#kuril-embed')!.children.length).to.equal(0);
    expect((window as unknown as { hacked?: number }).hacked).to.be.undefined;
  });

  it('the resizer follows the embed, ignores other windows, and re-dispatches the widget’s events', async () => {
    const src = `${location.origin}/dist/cdn/embed.html?widget=kuril-timeline&amp;limit=1`;
    const page = await openFrame({ srcdoc: articlePage(`<iframe data-kuril-embed src="${src}" title="Timeline" style="width:100%;height:123px;border:0"></iframe><script src="${location.origin}/dist/cdn/embed-resizer.js"></script>`) }, 800);
    const frame = page.contentDocument!.querySelector<Frame>('iframe')!;
    await until('the embed to be resized', () => frame.getBoundingClientRect().height !== 123);
    const inner = frame.contentDocument!;
    const el = await settledWidget(inner, 'kuril-timeline');
    await until('the height to match', () => Math.abs(frame.getBoundingClientRect().height - inner.documentElement.getBoundingClientRect().height) <= 2);
    const good = frame.getBoundingClientRect().height;
    // The article page itself (another window than the frame) claims a height: ignored.
    page.contentWindow!.postMessage({ type: 'kuril-embed-height', height: 5 }, '*');
    await aTimeout(100);
    expect(frame.getBoundingClientRect().height).to.equal(good);
    // The reader expands the list inside the frame: the host sees kuril-expand on the iframe, and the frame grows.
    const seen: Array<{ expanded: boolean }> = [];
    frame.addEventListener('kuril-expand', (e) => seen.push((e as CustomEvent).detail));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="toggle"]')!.click();
    await until('the forwarded event', () => seen.length === 1);
    expect(seen[0].expanded).to.be.true;
    await until('the frame to grow', () => frame.getBoundingClientRect().height > good + 100);
  });

  it('a fragment on the embed’s address is a deep link into the frame', async () => {
    const frame = await openFrame({ src: '/dist/cdn/embed.html?widget=kuril-timeline&limit=1#kuril-event-singapore-meeting-2018' }, 600);
    const el = await settledWidget(frame.contentDocument!, 'kuril-timeline');
    await until('the linked event', () => el.shadowRoot!.getElementById('kuril-event-singapore-meeting-2018'));
  });
});

// ------------------------------------------------------------------------------------------------
// Controls from the manifest alone
// ------------------------------------------------------------------------------------------------

describe('builder: controls from custom-elements.json', () => {
  it('a new attribute gets a control from its type, default and description', async () => {
    const path = '/demo/builder.js';
    const { controlFor, attributesOf, widgetsFrom } = await import(path);
    const attr = (name: string, type: string, def: string, description: string) => ({ name, type: { text: type }, default: def, description });
    expect(controlFor(attr('mode', "'a' | 'b' | string", "'a'", 'A mode.'))).to.include({ kind: 'select', def: 'a' });
    expect(controlFor(attr('mode', "'a' | 'b' | string", "'a'", 'A mode.')).options).to.deep.equal(['a', 'b']);
    expect(controlFor(attr('no-x', 'boolean', 'false', 'Hides x.'))).to.include({ kind: 'checkbox', def: false });
    expect(controlFor(attr('count', 'number | string', '3', 'How many (1–9).'))).to.include({ kind: 'number', def: '3', min: '1', max: '9' });
    const named = controlFor(attr('shape', 'Shape | string', "'round'", '`round` or `square`.'));
    expect(named).to.include({ kind: 'select', def: 'round' });
    expect(named.options).to.deep.equal(['round', 'square']);
    const list = controlFor(attr('sides', 'string', "''", 'Comma-separated sides: `north`, `south`.'));
    expect(list).to.include({ kind: 'checkboxes' });
    expect(list.options).to.deep.equal(['north', 'south']);
    expect(controlFor(attr('from', 'string', "''", 'A year (`2013`) or an ISO date (`2013-04`).'))).to.include({ kind: 'text' });
    const manifest = {
      modules: [{ declarations: [{ customElement: true, tagName: 'kuril-new', attributes: [attr('mode', "'a' | 'b' | string", "'a'", ''), attr('no-x', 'boolean', 'false', '')] }] }],
    };
    const [w] = widgetsFrom(manifest);
    expect(w.tag).to.equal('kuril-new');
    // Defaults are left out of the snippet; set values are written in the manifest's order.
    expect(attributesOf(w, { mode: 'a', 'no-x': false })).to.deep.equal([]);
    expect(attributesOf(w, { 'no-x': true, mode: 'b' })).to.deep.equal([['mode', 'b'], ['no-x', '']]);
  });
});

// ------------------------------------------------------------------------------------------------
// The builder's own page
// ------------------------------------------------------------------------------------------------

describe('builder page', function () {
  this.timeout(60_000);

  it('passes axe in en, ja and ru, and fits 320 px', async () => {
    for (const lang of ['en', 'ja', 'ru']) {
      const frame = await openFrame({ src: `/demo/builder.html?lang=${lang}` }, 320, 700);
      const doc = frame.contentDocument!;
      await until('the builder', () => doc.body.dataset.state === 'ready', 30_000);
      expect(doc.documentElement.lang).to.equal(lang);
      expect(doc.documentElement.scrollWidth, `${lang} at 320 px`).to.be.at.most(320);
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        doc.head.append(script);
      });
      const axe = (frame.contentWindow as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
      const { violations } = await axe.run(doc, { iframes: false });
      expect(violations.map((v) => `${v.id} (${v.nodes.length})`), lang).to.deep.equal([]);
      frame.remove();
    }
  });

  it('the address keeps the configuration, and reopens it', async () => {
    const frame = await openFrame({ src: '/demo/builder.html?lang=ru#widget=kuril-factbox&island=habomai&no-map=&onclick=x' }, 1280, 700);
    const doc = frame.contentDocument!;
    await until('the builder', () => doc.body.dataset.state === 'ready', 30_000);
    expect(doc.querySelector<HTMLInputElement>('input[name="widget"]:checked')!.value).to.equal('kuril-factbox');
    expect(doc.querySelector<HTMLSelectElement>('#opt-island')!.value).to.equal('habomai');
    expect(doc.querySelector<HTMLInputElement>('#opt-no-map')!.checked).to.be.true;
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet-script')!.value).to.match(/<kuril-factbox class="[^"]+" island="habomai" no-map><\/kuril-factbox>/);
    expect(new URL(frame.contentWindow!.location.href).hash).to.equal('#widget=kuril-factbox&island=habomai&no-map=');
  });

  it('works by keyboard: arrow keys pick a widget, the copy button answers', async () => {
    const radio = bdoc().querySelector<HTMLInputElement>('input[name="widget"][value="kuril-timeline"]')!;
    radio.click();
    await builderReady();
    builder.focus();
    bdoc().querySelector<HTMLInputElement>('input[name="widget"]:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await builderReady();
    expect(bdoc().querySelector<HTMLInputElement>('input[name="widget"]:checked')!.value).to.equal('kuril-claims');
    expect(snippet('script')).to.include('<kuril-claims');
    const copy = bdoc().querySelector<HTMLButtonElement>('button[data-copy="script"]')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await until('the copy status', () => /copied|copy/i.test(bdoc().querySelector('#status')!.textContent ?? ''));
  });
});
