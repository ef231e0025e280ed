// Writes dist/kuril-dataset.schema.json, the JSON Schema of a publisher's dataset, from the valibot
// schemas the widgets validate with at run time (dist/data/validate.js, built by tsc first).
//
// Run-time-only refinements (real calendar dates, a date agreeing with its precision, endDate not
// before date) are valibot `check` / `partial_check` actions: they cannot be expressed in JSON
// Schema and are skipped here (`ignoreActions`), as is `finite` (JSON has no NaN or Infinity).
// Anything else that does not convert fails the build, so no constraint is lost silently. The
// patterns (ids, dates, per-precision dates) and enums do convert; the script checks that they are
// present and, where ajv is installed, that the bundled dataset passes the schema and broken ones
// do not.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { toJsonSchema } from '@valibot/to-json-schema';

const OUT = 'dist/kuril-dataset.schema.json';
const ID = 'https://unpkg.com/kuril-widgets/dist/kuril-dataset.schema.json';

const v = await import('../dist/data/validate.js');

const definitions = {
  Citation: v.CitationSchema,
  Source: v.SourceSchema,
  Event: v.EventSchema,
  Claim: v.ClaimSchema,
  Island: v.IslandSchema,
  Overview: v.OverviewSchema,
  DatasetMeta: v.PublisherMetaSchema,
};

const generated = toJsonSchema(v.PublisherDatasetSchema, {
  target: 'draft-07',
  definitions,
  ignoreActions: ['check', 'partial_check', 'finite'],
  errorMode: 'throw',
  // Lists check their length before their items (validate.ts): the schema describes what they accept.
  typeMode: 'output',
});

// Descriptions for editors' hovers. Keys: definition name (or '' for the top level) → property.
const descriptions = {
  '': {
    $schema: 'The URL of this JSON Schema, for editors.',
    meta: 'Version, date and languages of the dataset; merged field by field over the bundled meta.',
    overview: 'What is disputed and the state of talks (the fact box). Replaces the bundled overview.',
    sources: 'Sources cited by the items. Merged with the bundled sources by id, so items may cite either.',
    events: 'Timeline events. Replace the bundled events.',
    claims: "The parties' positions. Replace the bundled claims.",
    islands: 'The four islands (or some of them). Replace the bundled islands.',
  },
  Citation: {
    source: 'The id of a source in `sources` (the publisher’s or the bundled ones).',
    quote: 'A verbatim passage of the source.',
  },
  Source: {
    id: 'Stable id, referenced by citations.',
    outlet: 'Publication or institution, e.g. "CNBC".',
    headline: 'Headline or document title.',
    published: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.',
    url: 'Absolute http(s) URL. Any other URL (javascript:, data:, relative) is dropped with a warning.',
    language: 'Language the source is written in.',
    wire: 'The wire service whose copy the source carries, e.g. "AFP".',
    kind: '`article` for news, `reference` for treaty texts, government pages and the like.',
  },
  Event: {
    id: 'Stable id: letters, digits, "-", "_" or ".".',
    date: 'YYYY, YYYY-MM or YYYY-MM-DD, a real date, at the precision given by `precision`.',
    precision: 'How precise `date` is: year (YYYY), month (YYYY-MM) or day (YYYY-MM-DD).',
    endDate: 'Last day of an event that spans several days; not before `date`.',
    islands: 'The islands concerned; empty when the event concerns the dispute as a whole.',
    actors: 'People and bodies involved, e.g. "Shinzo Abe".',
    citations: 'At least one citation.',
  },
  Claim: {
    date: 'YYYY, YYYY-MM or YYYY-MM-DD, a real date, at the precision given by `precision`.',
    party: 'Who holds the position: japan, russia, both (an agreement) or other (an analyst).',
    statement: 'The position in neutral words, attributed ("Japan says…").',
    quote: "The speaker's words, verbatim as printed in the cited source.",
    quoteTranslated: 'True when the source prints the quote as a translation of what was said.',
    respondsTo: 'Ids of claims this one answers. Unknown ids are dropped with a warning.',
    citations: 'At least one citation.',
  },
  Island: {
    names: "Each language's names under Japan's and Russia's naming conventions.",
    areaKm2: 'Area in square kilometres.',
    distanceFromHokkaidoKm: 'Distance from Hokkaido in kilometres, at the nearest point.',
    keyFacts: 'One or two facts in the dataset’s own words.',
  },
  Overview: {
    summary: 'What is disputed, and since when.',
    status: 'The current state of talks.',
  },
  DatasetMeta: {
    asOf: 'The date up to which the dataset is current: YYYY-MM-DD.',
    translationStatus: 'How each language’s text was made: original, human or machine.',
  },
};

const { $schema, ...body } = generated;
const schema = {
  $schema,
  $id: ID,
  title: 'kuril-widgets dataset',
  description:
    'A publisher’s dataset for <kuril-timeline>, <kuril-claims> and <kuril-factbox> (the `src` attribute or an ' +
    'inline <script type="application/json">). Every section is optional: provided sections replace the bundled ' +
    'ones (sources and meta are merged). Invalid items are skipped with a console warning naming their JSON path; ' +
    'the widgets also check that dates exist in the calendar, that `endDate` is not before `date`, and that ' +
    'citations name a known source.',
  ...body,
};
for (const [name, props] of Object.entries(descriptions)) {
  const target = name ? schema.$defs?.[name] : schema;
  if (!target?.properties) throw new Error(`build-schema: no definition ${name || '(top level)'}`);
  for (const [key, text] of Object.entries(props)) {
    if (!target.properties[key]) throw new Error(`build-schema: ${name || '(top level)'} has no property ${key}`);
    target.properties[key].description = text;
  }
}

// The constraints that matter most to an author must have made it into the JSON Schema.
const mustHave = [
  ['Event.date pattern', schema.$defs.Event.properties.date.pattern === v.DATE_PATTERN.source],
  ['Event.id pattern', schema.$defs.Event.properties.id.pattern === v.ID_PATTERN.source],
  ['Event precision rules', schema.$defs.Event.allOf?.length === 3],
  ['Claim precision rules', schema.$defs.Claim.allOf?.length === 3],
  ['Source.published pattern', schema.$defs.Source.properties.published.pattern === v.DATE_PATTERN.source],
  ['Event.tags enum', Array.isArray(schema.$defs.Event.properties.tags.items.enum)],
  ['Claim.party enum', Array.isArray(schema.$defs.Claim.properties.party.enum)],
  ['Island.areaKm2 minimum', schema.$defs.Island.properties.areaKm2.minimum === 0],
  ['Event.summary maxLength', schema.$defs.Event.properties.summary.maxLength === v.MAX_TEXT_LENGTH],
  ['events $ref', schema.properties.events.items?.$ref === '#/$defs/Event'],
];
const lost = mustHave.filter(([, ok]) => !ok).map(([name]) => name);
if (lost.length) throw new Error(`build-schema: the JSON Schema lacks ${lost.join(', ')}`);

writeFileSync(OUT, `${JSON.stringify(schema, null, 2)}\n`);

// Self-check with ajv when it is installed (it usually is, through ESLint): the bundled dataset
// passes, and datasets the widgets would reject on patterns or enums fail.
let Ajv;
try {
  Ajv = createRequire(import.meta.url)('ajv');
} catch {
  console.log(`build-schema: wrote ${OUT} (ajv not installed: self-check skipped)`);
  process.exit(0);
}
const { dataset } = await import('../dist/data/dataset.js');
const ajv = new Ajv({ allErrors: true, schemaId: 'auto' });
const check = ajv.compile(schema);
const bundled = JSON.parse(JSON.stringify(dataset));
if (!check(bundled)) {
  throw new Error(`build-schema: the bundled dataset fails the JSON Schema: ${ajv.errorsText(check.errors)}`);
}
const event = bundled.events[0];
const broken = {
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
