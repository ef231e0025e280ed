// The public data entry (kuril-widgets/data.js) imports and works in Node, with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const data = await import('../../node_modules/.cache/kuril-node-test/data.js');

test('data.js imports in Node without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.ok(Array.isArray(data.dataset.events));
});

test('query functions run in Node', () => {
  const events = data.selectEvents(data.dataset, { from: '1956', to: '1956', order: 'asc' });
  assert.ok(events.length > 0);
  assert.ok(events.every((e) => e.date.startsWith('1956')));
  const islands = data.selectIslands(data.dataset);
  assert.deepEqual(
    islands.map((i) => i.id),
    ['iturup', 'kunashir', 'shikotan', 'habomai'],
  );
});

test('the dataset cites a source for every event, claim and island', () => {
  const ids = new Set(data.dataset.sources.map((s) => s.id));
  for (const item of [...data.dataset.events, ...data.dataset.claims, ...data.dataset.islands]) {
    assert.ok(item.citations.length > 0, `${item.id} has no citation`);
    for (const c of item.citations) assert.ok(ids.has(c.source), `${item.id} cites unknown ${c.source}`);
  }
});

test('balance table: claims per party per topic (printed)', () => {
  const table = data.balanceTable(data.dataset);
  console.table(table);
  for (const [topic, row] of Object.entries(table)) {
    assert.ok(row.japan > 0 && row.russia > 0, `${topic}: both sides have a claim`);
  }
});

test('the bundled translations are current: no stale entry', async () => {
  const { ja } = await import('../../node_modules/.cache/kuril-node-test/data/translations/ja.js');
  const { ru } = await import('../../node_modules/.cache/kuril-node-test/data/translations/ru.js');
  for (const tr of [ja, ru]) assert.deepEqual(data.translationProblems(data.dataset, tr), [], tr.language);
});
