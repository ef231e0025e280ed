import { expect, takeConsole } from '../helpers.js';
import { dataset as bundled } from '../../src/data/dataset.js';
import { FETCH_TIMEOUT_MS, resolveDataset, type LoadResult } from '../../src/data/load.js';

// load.ts caches per URL for the whole page: every test uses URLs of its own (a `case` query).
const fixture = (name: string, tag: string) => `/test/fixtures/${name}?case=${tag}`;

async function hits(key: string): Promise<number> {
  const response = await fetch(`/test-api/hits?key=${key}`);
  return ((await response.json()) as { hits: number }).hits;
}

function expectBundledFallback(result: LoadResult, reason: string, message: RegExp): void {
  expect(result.dataset).to.equal(bundled);
  expect(result.failure?.reason).to.equal(reason);
  expect(result.failure?.message).to.match(message);
  expect(result.warnings).to.deep.equal([]);
}

describe('resolveDataset', () => {
  it('keeps the 10 s timeout by default', () => {
    expect(FETCH_TIMEOUT_MS).to.equal(10_000);
  });

  it('returns the bundled dataset when there is neither src nor inline JSON', async () => {
    const result = await resolveDataset({});
    expect(result).to.deep.equal({ dataset: bundled, warnings: [] });
  });

  it('loads a valid dataset: its sections replace the bundled ones, the others stay', async () => {
    const result = await resolveDataset({ src: fixture('publisher-valid.json', 'valid') });
    expect(result.failure).to.equal(undefined);
    expect(result.warnings).to.deep.equal([]);
    const { dataset } = result;
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['publisher-declaration', 'publisher-summit']);
    expect(dataset.claims).to.equal(bundled.claims);
    expect(dataset.islands).to.equal(bundled.islands);
    expect(dataset.overview).to.equal(bundled.overview);
    expect(dataset.meta).to.deep.equal({ ...bundled.meta, version: 'publisher-2024.1' });
    // Sources are merged: the publisher's source is added, the bundled ones stay citable.
    expect(dataset.sources).to.have.length(bundled.sources.length + 1);
    expect(dataset.sources.at(-1)?.id).to.equal('publisher-explainer');
  });

  it('falls back on HTTP 404', async () => {
    const result = await resolveDataset({ src: '/test-api/404?case=404' });
    expectBundledFallback(result, 'http', /\/test-api\/404\?case=404 answered HTTP 404$/);
  });

  it('falls back on a missing fixture (HTTP 404)', async () => {
    const result = await resolveDataset({ src: fixture('no-such-file.json', 'missing') });
    expectBundledFallback(result, 'http', /answered HTTP 404/);
  });

  it('falls back on invalid JSON', async () => {
    const result = await resolveDataset({ src: fixture('not-json.json', 'json') });
    expectBundledFallback(result, 'json', /not-json\.json\?case=json is not valid JSON: /);
  });

  it('falls back on a timeout when the server never answers', async () => {
    const started = performance.now();
    const result = await resolveDataset({ src: '/test-api/slow?case=timeout', timeoutMs: 300 });
    expectBundledFallback(result, 'timeout', /^no answer from .*\/test-api\/slow\?case=timeout within 0\.3 s$/);
    expect(performance.now() - started).to.be.below(3_000);
  });

  it('falls back on a timeout when the body stalls after the headers', async () => {
    const result = await resolveDataset({ src: '/test-api/stall-body?case=stall', timeoutMs: 300 });
    expectBundledFallback(result, 'timeout', /^no complete answer from .*stall-body\?case=stall within 0\.3 s$/);
  });

  it('falls back on a network error', async () => {
    const result = await resolveDataset({ src: 'http://127.0.0.1:1/dataset.json' });
    expectBundledFallback(result, 'network', /^could not fetch http:\/\/127\.0\.0\.1:1\/dataset\.json: TypeError/);
  });

  it('falls back on a URL that cannot be parsed', async () => {
    const result = await resolveDataset({ src: 'http://[::1' });
    expectBundledFallback(result, 'network', /is not a valid URL$/);
  });

  it('falls back on a section of the wrong shape, naming its path', async () => {
    const result = await resolveDataset({ src: fixture('wrong-shape.json', 'shape') });
    expectBundledFallback(result, 'shape', /wrong-shape\.json\?case=shape: events: expected an array, got an object$/);
  });

  it('falls back on an array at the top level', async () => {
    const result = await resolveDataset({ src: fixture('top-level-array.json', 'array') });
    expectBundledFallback(result, 'shape', /: the dataset must be a JSON object, not an array$/);
  });

  it('falls back when every item of a section is invalid, and logs the item problems once', async () => {
    const src = fixture('all-invalid.json', 'all-invalid');
    const results = await Promise.all([resolveDataset({ src }), resolveDataset({ src })]);
    for (const result of results) {
      expectBundledFallback(result, 'shape', /all-invalid\.json\?case=all-invalid: events: none of its 2 items is valid \(events\[0\]\.date: "soon"/);
    }
    const { warn } = takeConsole();
    expect(warn).to.have.length(2);
    expect(warn[0]).to.match(
      /^kuril-widgets dataset: events\[0\]\.date: "soon" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; events\[0\]\.precision: missing; .*\(events\[0\] skipped\) \[.*all-invalid\.json\?case=all-invalid\]$/,
    );
    expect(warn[1]).to.match(/^kuril-widgets dataset: events\[1\]\.date: "1956-02-30" is not a valid date; .*\(events\[1\] skipped\) \[/);
  });

  it('fetches a URL once per page, however many widgets ask and however the URL is written', async () => {
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(String(input));
      return original.call(window, input, init);
    };
    let results: LoadResult[];
    // The server counts per key for every browser of the run: a key of this page's own.
    const key = `once-${Math.random().toString(36).slice(2)}`;
    try {
      const absolute = new URL(`/test-api/count?key=${key}`, document.baseURI).href;
      results = await Promise.all([
        resolveDataset({ src: `/test-api/count?key=${key}` }),
        resolveDataset({ src: absolute }),
        resolveDataset({ src: `/test-api/count?key=${key}`, timeoutMs: 5_000 }),
      ]);
      results.push(await resolveDataset({ src: `/test-api/count?key=${key}` }));
    } finally {
      window.fetch = original;
    }
    expect(calls).to.have.length(1);
    expect(await hits(key)).to.equal(1);
    for (const result of results) {
      expect(result).to.equal(results[0]);
      expect(result.failure).to.equal(undefined);
      expect(result.dataset.meta.version).to.equal(`count-${key}`);
    }
  });

  it('logs the item warnings of a URL once, prefixed, however many widgets use it', async () => {
    const src = fixture('publisher-some-invalid.json', 'warnings');
    const results = await Promise.all([resolveDataset({ src }), resolveDataset({ src }), resolveDataset({ src })]);
    const expected = [
      'events[1].date: "1956-13-01" is not a valid date (events[1] skipped)',
      'events[2].citations[0].source: "no-such-source" is not a known source (events[2] skipped)',
    ];
    for (const result of results) {
      expect(result.failure).to.equal(undefined);
      expect(result.warnings).to.deep.equal(expected);
      expect(result.dataset.events.map((e) => e.id)).to.deep.equal(['publisher-ok']);
    }
    const { warn, error } = takeConsole();
    expect(error).to.deep.equal([]);
    const where = new URL(src, document.baseURI).href;
    expect(warn).to.deep.equal(expected.map((w) => `kuril-widgets dataset: ${w} [${where}]`));
    // A later call logs nothing more.
    await resolveDataset({ src });
    expect(takeConsole().warn).to.deep.equal([]);
  });

  it('uses a valid inline dataset', async () => {
    const inline = JSON.stringify({
      overview: { summary: 'Inline summary.', status: 'Inline status.', citations: [{ source: bundled.sources[0]?.id }] },
    });
    const result = await resolveDataset({ inline });
    expect(result.failure).to.equal(undefined);
    expect(result.dataset.overview.summary).to.equal('Inline summary.');
    expect(result.dataset.events).to.equal(bundled.events);
  });

  it('falls back on invalid inline JSON', async () => {
    const result = await resolveDataset({ inline: '{ "events": [' });
    expectBundledFallback(result, 'json', /^the inline dataset is not valid JSON: /);
  });

  it('falls back on inline JSON of the wrong shape', async () => {
    const result = await resolveDataset({ inline: '{ "islands": "all four" }' });
    expectBundledFallback(result, 'shape', /^inline dataset: islands: expected an array, got a string \("all four"\)$/);
  });

  it('prefers src over inline JSON', async () => {
    const result = await resolveDataset({ src: '/test-api/404?case=both', inline: '{ "events": [' });
    expect(result.failure?.reason).to.equal('http');
  });
});
