// The shipped JSON Schema (scripts/dataset-schema.mjs → dist/kuril-dataset.schema.json) agrees with
// the run-time validator, checked with ajv in strict mode (draft 2020-12, no ajv-formats).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { datasetSchema } from '../../scripts/dataset-schema.mjs';

const BUILD = '../../node_modules/.cache/kuril-node-test';
const v = await import(`${BUILD}/data/validate.js`);
const { dataset } = await import(`${BUILD}/data/dataset.js`);
const schema = datasetSchema(v);

function compile() {
  const warnings = [];
  const ajv = new Ajv2020({ allErrors: true, strict: true, logger: { log() {}, warn: (m) => warnings.push(String(m)), error: (m) => warnings.push(String(m)) } });
  return { check: ajv.compile(schema), warnings };
}

/** True when the run-time validator accepts `raw` as a dataset. */
function runtimeAccepts(raw) {
  try {
    v.validateDataset(raw, dataset);
    return true;
  } catch {
    return false;
  }
}

test('the dataset schema declares draft 2020-12, uses $defs, and compiles in ajv strict mode without warnings', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.$defs?.Event);
  assert.ok(!JSON.stringify(schema).includes('"format"'), 'no format keyword (it would need ajv-formats)');
  const { warnings } = compile();
  assert.deepEqual(warnings, []);
});

test('the dataset schema rejects what the run time rejects as a whole, and accepts the bundled dataset', () => {
  const { check } = compile();
  const bundled = JSON.parse(JSON.stringify(dataset));
  assert.ok(check(bundled), JSON.stringify(check.errors?.slice(0, 3)));
  const event = bundled.events[0];
  const cases = [
    {},
    { $schema: 'https://unpkg.com/kuril-widgets/dist/kuril-dataset.schema.json' },
    { events: [] },
    { overview: {} },
    { events: [{ ...event, title: '\u200b\u2060\u00ad' }] },
    { events: [{ ...event, title: '\u180e\u3164 ' }] },
  ];
  for (const raw of cases) {
    assert.equal(runtimeAccepts(raw), false, `the run time rejects ${JSON.stringify(raw).slice(0, 80)}`);
    assert.equal(check(raw), false, `the schema rejects ${JSON.stringify(raw).slice(0, 80)}`);
  }
  for (const raw of [{ meta: {} }, { events: [event] }, { sources: [] }]) {
    assert.equal(runtimeAccepts(raw), true, `the run time accepts ${JSON.stringify(raw).slice(0, 80)}`);
    assert.ok(check(raw), `the schema accepts ${JSON.stringify(raw).slice(0, 80)}: ${JSON.stringify(check.errors?.slice(0, 2))}`);
  }
});
