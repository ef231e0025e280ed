// The JSON Schema of a publisher's dataset (dist/kuril-dataset.schema.json), made from the valibot
// schemas the widgets validate with at run time. `datasetSchema(v)` takes the compiled
// `data/validate.js` module; scripts/build-schema.mjs writes the result and the Node tests
// (test/node/schema.test.mjs) check it with ajv in strict mode.
//
// Draft 2020-12 (`$defs`). Run-time-only refinements (real calendar dates, a date agreeing with
// its precision, endDate not before date) are valibot `check` / `partial_check` actions: they
// cannot be expressed in JSON Schema and are skipped here (`ignoreActions`), as is `finite` (JSON
// has no NaN or Infinity). Anything else that does not convert fails the build, so no constraint is
// lost silently. No `format` keyword is used (it would need ajv-formats): URLs are checked with
// patterns. Invisible-only text (zero-width spaces and the like) is rejected at run time by a check
// and here by a pattern that asks for one visible character.
import { toJsonSchema } from '@valibot/to-json-schema';

export const SCHEMA_ID = 'https://unpkg.com/kuril-widgets/dist/kuril-dataset.schema.json';

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


/**
 * Makes the generated schema clean in ajv's strict mode: `type` on the `if` / `then` subschemas of
 * the precision rules and on their patterns, and no `format` (URLs carry a `pattern` instead).
 */
function typed(node) {
  if (Array.isArray(node)) return node.map(typed);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = typed(value);
  for (const key of ['if', 'then']) {
    if (out[key] && typeof out[key] === 'object' && out[key].properties && !out[key].type) out[key] = { type: 'object', ...out[key] };
  }
  delete out.format;
  // A pattern applies to strings only: say so where the precision rules leave it implicit.
  return out.pattern && !out.type ? { type: 'string', ...out } : out;
}

/** The JSON Schema of a publisher's dataset, from the compiled validate module `v`. */
export function datasetSchema(v) {
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
    target: 'draft-2020-12',
    definitions,
    ignoreActions: ['check', 'partial_check', 'finite'],
    errorMode: 'throw',
    // Lists check their length before their items (validate.ts): the schema describes what they accept.
    typeMode: 'output',
  });
  const { $schema, ...rest } = typed(generated);
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'kuril-widgets dataset',
    description:
      'A publisher’s dataset for <kuril-timeline>, <kuril-claims> and <kuril-factbox> (the `src` attribute or an ' +
      'inline <script type="application/json">). Every section is optional, but at least one must be present: ' +
      'provided sections replace the bundled ones (sources and meta are merged). Invalid items are skipped with a ' +
      'console warning naming their JSON path; the widgets also check that dates exist in the calendar, that ' +
      '`endDate` is not before `date`, and that citations name a known source.',
    ...rest,
    // The widgets reject a dataset with none of the sections (`{}`, or `$schema` alone).
    anyOf: v.DATASET_SECTIONS.map((name) => ({ required: [name], properties: { [name]: true } })),
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
  return schema;
}
