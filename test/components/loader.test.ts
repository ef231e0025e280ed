// The CDN loader imports only the widgets on the page: a widget's own chunk (with the shared one),
// or, when all three are found at once, their one bundle (dist/cdn/all/), which is smaller than the
// four files together. Each case is a fresh page (an iframe), so nothing an earlier test loaded is
// in its module map; the page's errors and console lines are recorded (pages.ts) and checked.
import { aTimeout, expect } from '../helpers.js';
import { TAGS, openPage, rendered, type Page } from './pages.js';

const POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'";
const LOADER = '/dist/cdn/kuril-widgets.js';

const resources = (doc: Document) =>
  (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);

/** The scripts the page fetched from dist/cdn, as paths without their hash (`chunks/kuril-timeline`, `all/kuril-widgets-all`). */
const fetched = (doc: Document) =>
  resources(doc)
    .map((path) => /^\/dist\/cdn\/(.+?)(?:-[\w-]{8})?\.js$/.exec(path)?.[1])
    .filter((path): path is string => Boolean(path));

const widgetChunks = (paths: string[]) => paths.filter((p) => /^chunks\/kuril-(timeline|claims|factbox)$/.test(p)).sort();
const fromBundle = (paths: string[]) => paths.filter((p) => p.startsWith('all/'));
const perWidget = (paths: string[]) => paths.filter((p) => p.startsWith('chunks/'));

async function page(body: string, policy = POLICY, scripts = [LOADER]): Promise<Page> {
  return openPage(policy, scripts, body);
}

/** Nothing went wrong in the page: no error, no console warning or error, no file fetched twice, every preload found. */
async function clean({ doc, probe }: Page): Promise<void> {
  expect(probe.errors, 'errors').to.deep.equal([]);
  expect(probe.console, 'console').to.deep.equal([]);
  const paths = resources(doc).filter((p) => p.startsWith('/dist/cdn/'));
  expect(paths.length, 'files fetched once each').to.equal(new Set(paths).size);
  const preloads = [...doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => l.href);
  for (const href of preloads) expect((await fetch(href, { method: 'HEAD' })).status, href).to.equal(200);
}

const headings = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))].map((el) => el.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim() ?? '');

describe('the CDN loader', () => {
  it('imports one widget\'s chunk for a page with one widget, and no other widget\'s code', async () => {
    const p = await page('<kuril-claims></kuril-claims>');
    await rendered(p.doc, 1);
    const paths = fetched(p.doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-claims']);
    expect(paths).to.include('chunks/kuril-element');
    expect(fromBundle(paths)).to.deep.equal([]);
    await clean(p);
  });

  it('imports two widgets\' chunks for a page with two, not the bundle of all three', async () => {
    const p = await page('<kuril-timeline></kuril-timeline><kuril-factbox></kuril-factbox>');
    await rendered(p.doc, 2);
    const paths = fetched(p.doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-factbox', 'chunks/kuril-timeline']);
    expect(fromBundle(paths)).to.deep.equal([]);
    await clean(p);
  });

  it('imports the one bundle for a page with all three, and none of the per-widget chunks', async () => {
    const p = await page('<kuril-factbox></kuril-factbox><p>Text</p><kuril-timeline></kuril-timeline><div><kuril-claims></kuril-claims></div>');
    await rendered(p.doc, 3);
    const paths = fetched(p.doc);
    expect(paths).to.include('all/kuril-widgets-all');
    expect(perWidget(paths), 'nothing of the per-widget build').to.deep.equal([]);
    expect(headings(p.doc).every(Boolean), 'every widget has its heading').to.equal(true);
    await clean(p);
  });

  it('defines each of the three in a task of its own', async () => {
    const p = await page(TAGS.map((tag) => `<${tag}></${tag}>`).join(''), POLICY, ['/test/fixtures/record-defines.js', LOADER]);
    await rendered(p.doc, 3);
    const records = (p.frame.contentWindow as Window & { kurilDefined?: { tag: string; defined: string[] }[] }).kurilDefined ?? [];
    expect(fetched(p.doc)).to.include('all/kuril-widgets-all');
    // The first tag defined saw only itself, the second two, the third all three.
    expect(records.map((r) => r.defined.length)).to.deep.equal([1, 2, 3]);
    expect(records.map((r) => r.tag).sort()).to.deep.equal([...TAGS].sort());
    await clean(p);
  });

  for (const [lang, script] of [
    ['ja', /[\u3040-\u30ff\u4e00-\u9fff]/],
    ['ru', /[а-яё]/i],
  ] as const) {
    it(`preloads the bundle's own ${lang} text (and what it imports) for a page with all three in ${lang}`, async () => {
      const p = await page(TAGS.map((tag) => `<${tag} lang="${lang}"></${tag}>`).join(''));
      await rendered(p.doc, 3);
      const paths = fetched(p.doc);
      expect(paths.filter((path) => path.startsWith(`all/chunks/${lang}-`)).length, `${lang} text chunks`).to.be.above(3);
      expect(perWidget(paths), 'nothing of the per-widget build').to.deep.equal([]);
      // Every text chunk the widgets imported had been preloaded: none waited for the widget's code.
      const preloaded = new Set([...p.doc.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname));
      for (const path of resources(p.doc).filter((r) => /\/(ja|ru)-|\/plural-/.test(r))) expect(preloaded.has(path), `${path} preloaded`).to.equal(true);
      for (const heading of headings(p.doc)) expect(heading).to.match(script);
      await clean(p);
    });
  }

  it('adds widgets added later with their own chunks, once the first ones have started', async () => {
    const p = await page('<kuril-timeline></kuril-timeline>');
    await rendered(p.doc, 1);
    const box = p.doc.createElement('section');
    box.append(p.doc.createElement('kuril-factbox'));
    p.doc.body.append(p.doc.createElement('kuril-claims'), box);
    await rendered(p.doc, 3);
    const paths = fetched(p.doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-claims', 'chunks/kuril-factbox', 'chunks/kuril-timeline']);
    expect(fromBundle(paths)).to.deep.equal([]);
    await clean(p);
  });

  it('imports the bundle for all three added together later, as separate nodes of one task', async () => {
    const p = await page('<p>No widget yet</p>');
    await aTimeout(100);
    p.doc.body.append(...TAGS.map((tag) => p.doc.createElement(tag)));
    await rendered(p.doc, 3);
    const paths = fetched(p.doc);
    expect(paths).to.include('all/kuril-widgets-all');
    expect(perWidget(paths)).to.deep.equal([]);
    await clean(p);
  });

  it('leaves a tag another library defined alone, and then loads the other two per widget', async () => {
    const p = await page(TAGS.map((tag) => `<${tag}></${tag}>`).join(''), POLICY, ['/test/fixtures/define-timeline.js', LOADER]);
    for (let i = 0; i < 250 && p.doc.querySelectorAll('kuril-claims, kuril-factbox').length !== 2; i++) await aTimeout(20);
    const others = [...p.doc.querySelectorAll<HTMLElement>('kuril-claims, kuril-factbox')];
    for (let i = 0; i < 250 && !others.every((el) => el.shadowRoot?.querySelector('[part=heading]')); i++) await aTimeout(20);
    expect(others.every((el) => el.shadowRoot?.querySelector('[part=heading]')), 'claims and fact box rendered').to.equal(true);
    const paths = fetched(p.doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-claims', 'chunks/kuril-factbox']);
    expect(fromBundle(paths)).to.deep.equal([]);
    expect(p.doc.querySelector('kuril-timeline')!.textContent).to.equal('defined elsewhere');
    await clean(p);
  });

  it('falls back to each widget\'s own chunk when the bundle cannot load (a policy that allows only chunks/)', async () => {
    const policy = `script-src ${location.origin}/test-csp/probe.js ${location.origin}${LOADER} ${location.origin}/dist/cdn/chunks/; style-src 'self' 'unsafe-inline'`;
    const p = await page(TAGS.map((tag) => `<${tag}></${tag}>`).join(''), policy);
    await rendered(p.doc, 3);
    expect(headings(p.doc).every(Boolean), 'every widget has its heading').to.equal(true);
    expect(widgetChunks(fetched(p.doc))).to.deep.equal(['chunks/kuril-claims', 'chunks/kuril-factbox', 'chunks/kuril-timeline']);
    expect(p.probe.violations.length, 'the bundle was blocked').to.equal(1);
    expect(p.probe.violations[0]).to.match(/\/dist\/cdn\/all\/kuril-widgets-all-[\w-]{8}\.js/);
    expect(p.probe.console).to.have.length(1);
    expect(p.probe.console[0]).to.match(/^error: kuril-widgets: could not load <kuril-timeline>, <kuril-claims>, <kuril-factbox>: /);
    expect(p.probe.errors).to.deep.equal([]);
  });
});
