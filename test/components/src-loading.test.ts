import { expect, takeConsole, fixture, html, settled } from '../helpers.js';
import '../../src/kuril-timeline.js';
import type { KurilTimeline } from '../../src/components/timeline/timeline.js';
import type { Dataset } from '../../src/data/schema.js';

/** The dataset an element renders (a protected field, read here for the test only). */
const dataOf = (el: KurilTimeline): Dataset => (el as unknown as { data: Dataset }).data;

function notice(el: HTMLElement): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part="notice"]') ?? null;
}

/**
 * The widget falls back to the bundled data with a short notice for the reader (no URL, no error
 * text); the reason (`reason`) is in the console error. Returns the console output it took.
 */
async function expectFallback(el: KurilTimeline, reason: RegExp): Promise<{ warn: string[]; error: string[] }> {
  await settled(el);
  const shown = notice(el);
  expect(shown, 'a notice is shown').to.exist;
  expect(shown?.getAttribute('role')).to.equal('status');
  expect(shown?.textContent?.trim()).to.equal("The publisher's data could not be loaded. Showing the built-in data instead.");
  expect(shown?.textContent).not.to.match(reason);
  expect(shown?.offsetHeight, 'the notice is visible').to.be.above(0);
  // The bundled content still renders below it.
  const content = el.shadowRoot?.querySelector('.content');
  expect(content?.querySelector('[part="heading"]')).to.exist;
  expect(content?.textContent?.trim()).not.to.equal('');
  expect(dataOf(el).events.length).to.be.above(0);
  const taken = takeConsole();
  expect(taken.error.some((e) => reason.test(e)), `the console names the reason: ${taken.error.join(' | ')}`).to.equal(true);
  return taken;
}

describe('<kuril-timeline> with a publisher dataset', () => {
  it('shows a notice and the bundled data when src answers 404, and logs the error', async () => {
    const el = await fixture<KurilTimeline>(html`<kuril-timeline src="/test/fixtures/missing.json?el=404"></kuril-timeline>`);
    const { error, warn } = await expectFallback(el, /answered HTTP 404/);
    expect(warn).to.deep.equal([]);
    expect(error).to.have.length(1);
    expect(error[0]).to.match(/^<kuril-timeline>: .*missing\.json\?el=404 answered HTTP 404\. Falling back to the bundled dataset\.$/);
  });

  it('shows a notice naming the path when src has the wrong shape', async () => {
    const el = await fixture<KurilTimeline>(html`<kuril-timeline src="/test/fixtures/wrong-shape.json?el=shape"></kuril-timeline>`);
    const { error } = await expectFallback(el, /events: expected an array, got an object/);
    expect(error).to.have.length(1);
    expect(error[0]).to.match(/events: expected an array, got an object\. Falling back/);
  });

  it('shows a notice when src is not JSON', async () => {
    const el = await fixture<KurilTimeline>(html`<kuril-timeline src="/test/fixtures/not-json.json?el=json"></kuril-timeline>`);
    expect((await expectFallback(el, /is not valid JSON/)).error).to.have.length(1);
  });

  it('renders a valid src dataset without a notice', async () => {
    const el = await fixture<KurilTimeline>(html`<kuril-timeline src="/test/fixtures/publisher-valid.json?el=valid"></kuril-timeline>`);
    await settled(el);
    expect(notice(el)).to.equal(null);
    expect(dataOf(el).events.map((e) => e.id)).to.deep.equal(['publisher-declaration', 'publisher-summit']);
  });

  it('logs item warnings once for three widgets sharing a src', async () => {
    const src = '/test/fixtures/publisher-some-invalid.json?el=shared';
    const wrapper = await fixture<HTMLElement>(html`<div>
      <kuril-timeline src=${src}></kuril-timeline>
      <kuril-timeline src=${src}></kuril-timeline>
      <kuril-timeline src=${src}></kuril-timeline>
    </div>`);
    const els = [...wrapper.querySelectorAll('kuril-timeline')];
    for (const el of els) await settled(el);
    for (const el of els) {
      expect(notice(el)).to.equal(null);
      expect(dataOf(el).events.map((e) => e.id)).to.deep.equal(['publisher-ok']);
    }
    const { warn, error } = takeConsole();
    expect(error).to.deep.equal([]);
    expect(warn).to.have.length(2);
    expect(warn[0]).to.match(/^kuril-widgets dataset: events\[1\]\.date: "1956-13-01" is not a valid date/);
    expect(warn[1]).to.match(/^kuril-widgets dataset: events\[2\]\.citations\[0\]\.source: "no-such-source"/);
  });

  it('uses an inline <script type="application/json"> dataset', async () => {
    const inline = JSON.stringify({
      events: [
        {
          id: 'inline-event',
          date: '1956-10-19',
          precision: 'day',
          title: '<img src=x onerror=alert(1)>',
          summary: 'Inline.',
          tags: ['treaty'],
          islands: [],
          actors: [],
          citations: [{ source: 'globalpost-2013-04' }],
        },
      ],
    });
    const el = await fixture<KurilTimeline>(
      `<kuril-timeline><script type="application/json">${inline}</script></kuril-timeline>`,
    );
    await settled(el);
    expect(notice(el)).to.equal(null);
    expect(dataOf(el).events.map((e) => e.id)).to.deep.equal(['inline-event']);
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
  });

  it('shows a notice when the inline dataset is not JSON', async () => {
    const el = await fixture<KurilTimeline>(
      `<kuril-timeline><script type="application/json">{ "events": [ </script></kuril-timeline>`,
    );
    const { error } = await expectFallback(el, /the inline dataset is not valid JSON/);
    expect(error).to.have.length(1);
    expect(error[0]).to.match(/^<kuril-timeline>: the inline dataset is not valid JSON: .*\. Falling back to the bundled dataset\.$/);
  });

  it('shows a notice when the inline dataset fails validation as a whole', async () => {
    const el = await fixture<KurilTimeline>(
      `<kuril-timeline><script type="application/json">{ "claims": [] }</script></kuril-timeline>`,
    );
    expect((await expectFallback(el, /inline dataset: claims: the section is empty/)).error).to.have.length(1);
  });
});
