// The tiers of bundled data (components/*/data-first.ts, data-full.ts): the first holds what a
// widget's compact default view shows and no more; the fact box's full one every island's facts.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const BUILD = '../../node_modules/.cache/kuril-node-test';
const { firstData } = await import(`${BUILD}/components/factbox/data-first.js`);
const { fullData } = await import(`${BUILD}/components/factbox/data-full.js`);
const { dataset } = await import(`${BUILD}/data.js`);
const { KurilFactbox } = await import(`${BUILD}/components/factbox/factbox.js`);

const ids = (items) => items.map((item) => item.id);
const cited = (items) => new Set(items.flatMap((item) => item.citations.map((c) => c.source)));

test("the fact box's first tier holds no state of talks and no source: both are closed; its citations say only which source each is", async () => {
  const { englishHash } = await import(`${BUILD}/data/localize.js`);
  const { citations, status, enHash, ...text } = firstData.overview;
  const { citations: all, status: bundledStatus, ...bundledText } = dataset.overview;
  assert.deepEqual(text, bundledText);
  assert.equal(status, '');
  assert.ok(bundledStatus.length > 0);
  // Its translations are checked against the full English text, not the trimmed one.
  assert.equal(enHash, englishHash('overview', dataset.overview));
  assert.notEqual(enHash, englishHash('overview', firstData.overview));
  assert.ok(all.length > 0);
  // The same sources in the same order (the count "Sources (N)"), without the passages quoted.
  assert.deepEqual(citations, all.map((c) => ({ source: c.source })));
  assert.deepEqual(firstData.sources, []);
  assert.deepEqual([firstData.events, firstData.claims], [[], []]);
});

test("the fact box's first tier has what the map and the picker show of each island, and no facts", () => {
  assert.deepEqual(ids(firstData.islands), ids(dataset.islands));
  for (const [i, island] of firstData.islands.entries()) {
    const { keyFacts, citations, ...rest } = dataset.islands[i];
    assert.ok(keyFacts.length > 0 && citations.length > 0, island.id);
    assert.deepEqual(island, { ...rest, keyFacts: [], citations: [] });
  }
  assert.equal(KurilFactbox.bundle.data, firstData);
});

test("the fact box's full tier has every island's facts and every source they cite", async () => {
  assert.deepEqual(fullData.islands, dataset.islands);
  assert.deepEqual(fullData.overview, dataset.overview);
  const known = new Set(ids(fullData.sources));
  for (const source of cited([...fullData.islands, fullData.overview])) assert.ok(known.has(source), source);
  // A publisher's islands may cite any bundled source.
  assert.deepEqual(fullData.sources, dataset.sources);
  assert.equal(await KurilFactbox.bundle.full(), fullData);
});

test("the claims panel's first tier: the first topic's key position of each side, the sources they cite, every topic's count", async () => {
  const claimsFirst = await import(`${BUILD}/components/claims/data-first.js`);
  const { keyClaim } = await import(`${BUILD}/components/claims/view.js`);
  const { CLAIM_TOPICS } = await import(`${BUILD}/data/schema.js`);
  const first = CLAIM_TOPICS.find((topic) => dataset.claims.some((c) => c.topic === topic));
  const keys = ['japan', 'russia'].map((party) => keyClaim(dataset.claims.filter((c) => c.topic === first && c.party === party)));
  assert.ok(keys.every(Boolean), 'both sides have a position on the first topic');
  assert.deepEqual(claimsFirst.firstData.claims, dataset.claims.filter((c) => keys.includes(c)));
  assert.deepEqual(claimsFirst.firstData.sources, dataset.sources.filter((s) => cited(keys).has(s.id)));
  assert.deepEqual([claimsFirst.firstData.events, claimsFirst.firstData.islands], [[], []]);
  for (const topic of CLAIM_TOPICS) assert.equal(claimsFirst.topicTotals[topic], dataset.claims.filter((c) => c.topic === topic).length, topic);
});

test('on the server a bare fact box renders from the full tier: every island\'s facts and sources', async () => {
  const { render } = await import(`${BUILD}/ssr.js`);
  const html = await render('<kuril-factbox></kuril-factbox>');
  const text = html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  // Behind the compact view's native disclosure, for readers without script.
  assert.match(html, /<details class="more all-islands"\s*>/);
  for (const island of dataset.islands) for (const fact of island.keyFacts) assert.ok(text.includes(fact), `${island.id}: ${fact}`);
  const overview = cited([dataset.overview]);
  const only = dataset.sources.filter((s) => cited(dataset.islands).has(s.id) && !overview.has(s.id));
  assert.ok(only.length > 0);
  for (const source of only) assert.ok(text.includes(source.headline), source.id);
});

test('the Japanese and Russian date labels are every date of the bundled dataset, as Intl formats them (npm run dates)', async () => {
  const { tierDates } = await import(`${BUILD}/data/tiers.js`);
  for (const lang of ['ja', 'ru']) {
    const { dates } = await import(`${BUILD}/i18n/${lang}/dates.js`);
    assert.deepEqual(dates, tierDates(dataset, lang), `src/i18n/${lang}/dates.ts is out of date: run npm run dates`);
    assert.ok(dates.length >= dataset.events.length, lang);
  }
});

test("the Japanese and Russian numbers and list of the fact box's compact view are as Intl formats them, and the English ones come with the fact box (npm run dates)", async () => {
  const { firstData, firstFormats } = await import(`${BUILD}/components/factbox/data-first.js`);
  const { factboxFormats } = await import(`${BUILD}/components/factbox/ahead.js`);
  const { formatNumber } = await import(`${BUILD}/components/factbox/format.js`);
  for (const lang of ['ja', 'ru']) {
    const { formats } = await import(`${BUILD}/i18n/${lang}/formats.js`);
    assert.deepEqual(formats, factboxFormats(firstData, [lang]), `src/i18n/${lang}/formats.ts is out of date: run npm run dates`);
    assert.ok(formats.every(([key]) => key.startsWith(`n ${lang} `) || key.startsWith(`l ${lang} `)), lang);
    // Every island's distance (of those the dataset gives one), and the list of their names.
    const distant = firstData.islands.filter((island) => island.distanceFromHokkaidoKm !== undefined);
    assert.ok(distant.length > 0);
    for (const island of distant) {
      const key = `n ${lang} ${island.distanceFromHokkaidoKm}`;
      assert.deepEqual(formats.find(([k]) => k === key), [key, formatNumber(island.distanceFromHokkaidoKm, lang)], `${lang} ${island.id}`);
    }
    assert.equal(formats.filter(([key]) => key.startsWith('l ')).length, 1, lang);
  }
  // The fact box's own chunk: English only.
  assert.ok(firstFormats().length > 0);
  assert.ok(firstFormats().every(([key]) => key.split(' ')[1] === 'en'), 'only English labels in the first tier');
});
