// The CDN loader imports only the widgets on the page: a widget's own chunk (with the shared one),
// or, on a page that holds all three when the loader runs, their one bundle (dist/cdn/all/), which
// is smaller than the four files together. Each case is a fresh page (an iframe), so nothing an
// earlier test loaded is in its module map.
import { aTimeout, expect } from '../helpers.js';
import { TAGS, openPage, rendered } from './pages.js';

const POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'";

/** The scripts the page fetched from dist/cdn, as paths without their hash (`chunks/kuril-timeline`, `all/kuril-widgets-all`). */
const fetched = (doc: Document) =>
  (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .map((e) => /\/dist\/cdn\/(.+?)(?:-[\w-]{8})?\.js$/.exec(new URL(e.name).pathname)?.[1])
    .filter((path): path is string => Boolean(path));

const widgetChunks = (paths: string[]) => paths.filter((p) => /^chunks\/kuril-(timeline|claims|factbox)$/.test(p)).sort();
const fromBundle = (paths: string[]) => paths.filter((p) => p.startsWith('all/'));

async function page(body: string): Promise<Document> {
  return (await openPage(POLICY, ['/dist/cdn/kuril-widgets.js'], body)).doc;
}

describe('the CDN loader', () => {
  it('imports one widget\'s chunk for a page with one widget, and no other widget\'s code', async () => {
    const doc = await page('<kuril-claims></kuril-claims>');
    await rendered(doc, 1);
    const paths = fetched(doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-claims']);
    expect(paths).to.include('chunks/kuril-element');
    expect(fromBundle(paths)).to.deep.equal([]);
  });

  it('imports two widgets\' chunks for a page with two, not the bundle of all three', async () => {
    const doc = await page('<kuril-timeline></kuril-timeline><kuril-factbox></kuril-factbox>');
    await rendered(doc, 2);
    const paths = fetched(doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-factbox', 'chunks/kuril-timeline']);
    expect(fromBundle(paths)).to.deep.equal([]);
  });

  it('imports the one bundle for a page with all three, and none of the per-widget chunks', async () => {
    const doc = await page('<kuril-factbox></kuril-factbox><p>Text</p><kuril-timeline></kuril-timeline><div><kuril-claims></kuril-claims></div>');
    const els = await rendered(doc, 3);
    const paths = fetched(doc);
    expect(paths).to.include('all/kuril-widgets-all');
    expect(paths.filter((p) => p.startsWith('chunks/')), 'nothing of the per-widget build').to.deep.equal([]);
    for (const el of els) expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim(), el.localName).not.to.equal('');
    expect(TAGS.every((tag) => doc.defaultView!.customElements.get(tag))).to.equal(true);
  });

  it('loads the bundle\'s own Japanese text for a Japanese page with all three', async () => {
    const doc = await page(TAGS.map((tag) => `<${tag} lang="ja"></${tag}>`).join(''));
    await rendered(doc, 3);
    const paths = fetched(doc);
    expect(paths.filter((p) => /\/ja-/.test(p)).length, 'Japanese text chunks').to.be.above(0);
    expect(paths.filter((p) => p.startsWith('chunks/')), 'nothing of the per-widget build').to.deep.equal([]);
    for (const el of doc.querySelectorAll(TAGS.join(','))) {
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent, el.localName).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('adds widgets added later with their own chunks, once the first ones have started', async () => {
    const doc = await page('<kuril-timeline></kuril-timeline>');
    await rendered(doc, 1);
    const claims = doc.createElement('kuril-claims');
    const box = doc.createElement('section');
    box.append(doc.createElement('kuril-factbox'));
    doc.body.append(claims, box);
    await rendered(doc, 3);
    await aTimeout(50);
    const paths = fetched(doc);
    expect(widgetChunks(paths)).to.deep.equal(['chunks/kuril-claims', 'chunks/kuril-factbox', 'chunks/kuril-timeline']);
    expect(fromBundle(paths)).to.deep.equal([]);
  });
});
