// Writes dist/kuril-dataset.schema.json, the JSON Schema of a publisher's dataset (see
// scripts/dataset-schema.mjs), from dist/data/validate.js (built by tsc first), and checks it with
// ajv (draft 2020-12, strict mode): the bundled dataset passes, datasets the widgets reject fail.
import { writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { datasetSchema } from './dataset-schema.mjs';

const OUT = 'dist/kuril-dataset.schema.json';
const v = await import('../dist/data/validate.js');
const schema = datasetSchema(v);
writeFileSync(OUT, `${JSON.stringify(schema, null, 2)}\n`);

const warnings = [];
const ajv = new Ajv2020({ allErrors: true, strict: true, logger: { log() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) } });
const check = ajv.compile(schema);
if (warnings.length) throw new Error(`build-schema: ajv strict mode warns: ${warnings.join('; ')}`);
const { dataset } = await import('../dist/data/dataset.js');
const bundled = JSON.parse(JSON.stringify(dataset));
if (!check(bundled)) {
  throw new Error(`build-schema: the bundled dataset fails the JSON Schema: ${ajv.errorsText(check.errors)}`);
}
const event = bundled.events[0];
const broken = {
  'an empty object': {},
  'an impossible month': { events: [{ ...event, date: '1956-13-01', precision: 'day' }] },
  'a date at the wrong precision': { events: [{ ...event, date: '1956-10', precision: 'day' }] },
  'an unknown tag': { events: [{ ...event, tags: ['gossip'] }] },
  'a javascript: URL': { sources: [{ ...bundled.sources[0], url: 'javascript:alert(1)' }] },
  'an empty section': { claims: [] },
  'a negative area': { islands: [{ ...bundled.islands[0], areaKm2: -1 }] },
};
for (const [name, data] of Object.entries(broken)) {
  if (check(data)) throw new Error(`build-schema: the JSON Schema accepts ${name}`);
}
console.log(`build-schema: wrote ${OUT} (checked with ajv: the bundled dataset passes, ${Object.keys(broken).length} broken ones fail)`);
