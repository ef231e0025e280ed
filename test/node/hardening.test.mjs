// Hardening, in Node: dates of the year 0, inline JSON that cannot end its <script> early, the
// island names the claims panel applies `naming` with, reader notices without details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quietly } from './helpers.mjs';

const BUILD = '../../node_modules/.cache/kuril-node-test';
const { render } = await import(`${BUILD}/ssr.js`);
const { dataset, inlineJson, inlineDatasetScript } = await import(`${BUILD}/data.js`);
const { formatPartialDate } = await import(`${BUILD}/data/partial-date.js`);
const { ISLAND_NAMES, nameIslandsIn } = await import(`${BUILD}/components/claims/island-names.js`);


test('the year 0000 is written 0000 at every precision and in every language', () => {
  assert.equal(formatPartialDate('0000', undefined, 'en'), '0000');
  assert.equal(formatPartialDate('0000-05', undefined, 'en'), 'May 0000');
  assert.equal(formatPartialDate('0000-05-03', undefined, 'en'), '3 May 0000');
  assert.equal(formatPartialDate('0000-05-03', undefined, 'ja'), '0000年5月3日');
  assert.equal(formatPartialDate('0000-05-03', undefined, 'ru'), formatPartialDate('1956-05-03', undefined, 'ru').replace('1956', '0000'));
  assert.equal(formatPartialDate('0987-05-03', undefined, 'en'), '3 May 0987');
  assert.equal(formatPartialDate('1956-10-19', undefined, 'en'), '19 October 1956');
});

test('inlineJson escapes < so that no text in the data ends the <script> block; it parses back unchanged', async () => {
  const value = { events: [{ title: 'a </script><img src=x onerror=alert(1)> <!-- b', summary: 'line\u2028sep' }] };
  const json = inlineJson(value);
  assert.ok(!json.includes('<'));
  assert.deepEqual(JSON.parse(json), value);
  assert.equal(inlineDatasetScript(value), `<script type="application/json">${json}</script>`);
  // The server renderer (parse5, as a browser parses) reads the whole dataset from the block.
  const data = {
    sources: [{ id: 's', outlet: 'Test Times', headline: 'Test', language: 'en', kind: 'article' }],
    events: [{ id: 'e1', date: '2020', precision: 'year', title: 'Before </script> after', summary: 'S.', tags: ['law'], islands: [], actors: [], citations: [{ source: 's' }] }],
  };
  const { result: out, logged } = await quietly(() => render(`<kuril-timeline>${inlineDatasetScript(data)}</kuril-timeline>`));
  assert.deepEqual(logged, []);
  assert.ok(out.includes('Before &lt;/script&gt; after'), 'the title is rendered whole, as text');
  assert.ok(!/part="notice"/.test(out));
});

test('the island names the claims panel names islands with are the bundled islands\' names', () => {
  const bundled = dataset.islands.filter((i) => i.names.en.japanese !== i.names.en.russian).map((i) => i.names);
  assert.deepEqual(ISLAND_NAMES.map((i) => i.names), bundled);
  assert.equal(nameIslandsIn('on Iturup/Etorofu and Kunashir/Kunashiri', ISLAND_NAMES, 'en', 'japanese'), 'on Etorofu and Kunashiri');
  assert.equal(nameIslandsIn('на Итурупе/Эторофу и Кунашире/Кунасири', ISLAND_NAMES, 'ru', 'russian'), 'на Итурупе и Кунашире');
  assert.equal(nameIslandsIn('択捉島／イトゥルップ島と国後島／クナシル島', ISLAND_NAMES, 'ja', 'russian'), 'イトゥルップ島とクナシル島');
  assert.equal(nameIslandsIn('on Iturup/Etorofu', ISLAND_NAMES, 'en', 'neutral'), 'on Iturup/Etorofu');
});

test('server-rendered claims follow naming; a failed dataset\'s notice is short, in the language, without details', async () => {
  const ja = await render('<kuril-claims topics="military" naming="japanese"></kuril-claims>');
  assert.ok(ja.includes('Etorofu') && !ja.includes('Iturup/Etorofu'));
  const { result: failed, logged } = await quietly(() =>
    render('<kuril-timeline lang="ru" src="/data/missing.json"></kuril-timeline>', {
      readSrc: async () => {
        throw new Error('no such file');
      },
    }),
  );
  const notice = /<p part="notice"[^>]*>(?:<!--[^>]*-->)*([^<]*)/.exec(failed)?.[1];
  assert.equal(notice, 'Не удалось загрузить данные издателя. Показаны встроенные данные.');
  assert.ok(logged.some((l) => l.includes('no such file')), 'the details go to the console');
});
