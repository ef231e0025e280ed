/**
 * Validation of a publisher's dataset (the `src` attribute or an inline
 * `<script type="application/json">` child).
 *
 * The valibot schemas below serve twice: at run time they check the untrusted JSON item by item,
 * and at build time `scripts/build-schema.mjs` converts {@link PublisherDatasetSchema} into
 * `dist/kuril-dataset.schema.json` for publishers' editors. Run-time-only refinements (real
 * calendar dates, a date agreeing with its precision, `endDate` not before `date`) are `check` /
 * `partial_check` actions, which the converter skips; the equivalent JSON Schema keywords are
 * attached with `metadata` actions, which the run time ignores.
 *
 * This module (and valibot) loads only in the lazy `load.js` chunk: nothing on the default path of
 * the widgets may import it.
 *
 * Policy, in brief:
 * - The dataset fails AS A WHOLE (a {@link DatasetError}; the widget shows the bundled data and a
 *   notice) when it is not an object, has no known section, a section has the wrong JSON type or
 *   too many items, or a provided section ends up with no valid item. The last rule means that an
 *   `events` array whose every item is invalid (or an empty one) never turns into an empty
 *   panel: the reader sees the bundled events with a notice instead. The same holds for
 *   `overview`, a section of exactly one item.
 * - An invalid ITEM is skipped with one warning naming its JSON path and the problems.
 * - A `url` that is not an absolute http(s) URL is dropped with a warning, keeping its source.
 * - A `respondsTo` id that names no claim is dropped with a warning, keeping its claim.
 * - An invalid `meta` field is ignored with a warning (the bundled value stays): meta is never
 *   shown to readers, so it cannot fail the dataset.
 */
import * as v from 'valibot';
import { isLinkUrl } from './link-url.js';
import { parsePartialDate } from './partial-date.js';
import {
  CLAIM_TOPICS,
  COUNTRIES,
  DATE_PRECISIONS,
  EVENT_TAGS,
  ISLAND_IDS,
  LANGUAGES,
  PARTIES,
  SOURCE_KINDS,
  TRANSLATION_STATUSES,
  type Claim,
  type Dataset,
  type DatasetMeta,
  type DatePrecision,
  type Event,
  type Island,
  type Overview,
  type Source,
} from './schema.js';

/** Longest text (title, summary, quote…) accepted, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 5_000;
/** Longest id accepted. */
export const MAX_ID_LENGTH = 100;
/** Most items a section (`events`, `claims`, `islands`, `sources`) may hold. */
export const MAX_SECTION_ITEMS = 2_000;
/** Most entries of a list inside an item (tags, actors, citations, key facts…). */
export const MAX_LIST_ITEMS = 100;
/** Longest URL accepted. */
const MAX_URL_LENGTH = 2_048;
/** Shorter limit for names, roles, versions. */
const MAX_NAME_LENGTH = 300;

/** The sections a dataset may have, in the order they are checked. */
export const DATASET_SECTIONS = ['meta', 'overview', 'sources', 'events', 'claims', 'islands'] as const;
export type DatasetSection = (typeof DATASET_SECTIONS)[number];

// ---------------------------------------------------------------------------------------------
// Patterns. They are plain ECMAScript regexes without flags, so they carry over to JSON Schema.

/** A kebab-ish id: letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31. */
export const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** The date pattern of each precision. */
export const PRECISION_PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(?:0[1-9]|1[0-2])$/,
  day: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
};
const DAY_PATTERN = PRECISION_PATTERNS.day;
/** Looks like a date even if its month or day is out of range (for the message only). */
const DATE_SHAPE = /^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/;
/**
 * At least one visible character: not white space, and not a character that renders as nothing
 * (zero-width spaces and joiners U+200B–U+200D, word joiner and invisible operators U+2060–U+2064,
 * soft hyphen U+00AD, Mongolian vowel separator U+180E and variation selectors, Hangul fillers
 * U+115F, U+1160, U+3164, U+FFA0, bidi controls, byte-order mark, tag characters). Flagless, so it
 * carries over to JSON Schema.
 */
// The class lists combining characters (U+034F, variation selectors) on purpose: they are invisible alone.
// eslint-disable-next-line no-misleading-character-class
export const VISIBLE = /[^\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uDC00-\uDFFF\uDB40]/;

// ---------------------------------------------------------------------------------------------
// Helpers for messages.

/** A value as shown in a message: JSON, cut to 60 characters. */
function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** "a string", "an array", "null"… for type mismatches. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  const type = typeof value;
  return type === 'object' ? 'an object' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} (${show(value)})`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

/** Turns a valibot issue into the problem part of a message (the path is added by the caller). */
function describe(issue: v.BaseIssue<unknown>): string {
  const input = issue.input;
  if (issue.kind === 'schema') {
    if (input === undefined) return 'missing';
    if (issue.type === 'picklist') {
      return `${show(input)} is not one of ${(issue.expected ?? '').replace(/^\((.*)\)$/, '$1')}`;
    }
    if (issue.type === 'number' && typeof input === 'number') return `${show(input)} is not a number`;
    return `expected ${TYPE_NAMES[issue.type] ?? issue.type}, got ${kindOf(input)}`;
  }
  const requirement = issue.requirement as number;
  const isArray = Array.isArray(input);
  switch (issue.type) {
    case 'max_length':
      return isArray
        ? `has ${(input as unknown[]).length} items; at most ${requirement} are allowed`
        : `is ${(input as string).length} characters long; at most ${requirement} are allowed`;
    case 'min_length':
      return isArray ? `must have at least ${requirement} item${requirement === 1 ? '' : 's'}` : 'must not be empty';
    case 'min_value':
      return requirement === 0 ? `${show(input)} is negative` : `${show(input)} is less than ${requirement}`;
    case 'max_value':
      return `${show(input)} is more than ${requirement}`;
    case 'finite':
      return `${show(input)} is not a finite number`;
    case 'integer':
      return `${show(input)} is not a whole number`;
    default:
      return issue.message;
  }
}

/** `events[3].date` from a base path and valibot path keys. */
function joinPath(base: string, keys: readonly unknown[]): string {
  let path = base;
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

function issuePath(base: string, issue: v.BaseIssue<unknown>): string {
  return joinPath(base, (issue.path ?? []).map((item) => item.key));
}

/** True when a `YYYY[-MM[-DD]]` string names a day that exists (no 30 February). */
export function isCalendarDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

/** The precision a well-formed date string has. */
function precisionOfDate(date: string): DatePrecision | undefined {
  return parsePartialDate(date)?.precision;
}

/** True for an absolute `http:` or `https:` URL (the only ones ever rendered as links). */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Field schemas.

const dateMessage = (issue: v.BaseIssue<unknown>): string =>
  DATE_SHAPE.test(String(issue.input))
    ? `${show(issue.input)} is not a valid date`
    : `${show(issue.input)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;

const calendarCheck = v.check(
  isCalendarDate,
  (issue: v.CheckIssue<string>) => `${show(issue.input)} is not a valid date`,
);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date. */
const dateString = v.pipe(v.string(), v.regex(DATE_PATTERN, dateMessage), calendarCheck);

/** `YYYY-MM-DD`, a real date. */
const dayString = v.pipe(
  v.string(),
  v.regex(DAY_PATTERN, (issue) =>
    DATE_SHAPE.test(String(issue.input))
      ? `${show(issue.input)} is not a valid date of the form YYYY-MM-DD`
      : `${show(issue.input)} is not a date of the form YYYY-MM-DD`,
  ),
  calendarCheck,
);

const idString = v.pipe(
  v.string(),
  v.maxLength(MAX_ID_LENGTH),
  v.regex(
    ID_PATTERN,
    (issue) => `${show(issue.input)} is not a valid id (letters, digits, "-", "_" or "."; no spaces)`,
  ),
);

/** Required reader-visible text: not blank (nor only invisible characters), at most `max` characters. */
const text = (max = MAX_TEXT_LENGTH) =>
  v.pipe(v.string(), v.maxLength(max), v.regex(VISIBLE, 'must not be blank (or only invisible characters)'));

/** Optional free text (may be blank). */
const optionalText = (max = MAX_TEXT_LENGTH) => v.optional(v.pipe(v.string(), v.maxLength(max)));

const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

/**
 * An array of at most `max` items (and at least `min`). The length is checked before the items:
 * an oversize array fails at once, without validating each of its entries (valibot stops a pipe
 * before a schema once an earlier step has failed). The length actions after the item schema are
 * what the JSON Schema shows (build-schema.mjs converts the pipe's output type); at run time they
 * cannot fail again.
 */
const list = <T extends v.GenericSchema>(item: T, min = 0, max = MAX_LIST_ITEMS) =>
  min > 0
    ? v.pipe(v.array(v.unknown()), v.minLength(min), v.maxLength(max), v.array(item), v.minLength(min), v.maxLength(max))
    : v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item), v.maxLength(max));

/** The JSON Schema equivalent of the precision check (a `metadata` action: ignored at run time). */
const PRECISION_RULES = {
  allOf: DATE_PRECISIONS.map((precision) => ({
    if: { properties: { precision: { const: precision } }, required: ['precision'] },
    then: { properties: { date: { pattern: PRECISION_PATTERNS[precision].source } } },
  })),
};

const precisionMatches = (input: { date: string; precision: DatePrecision }): boolean =>
  precisionOfDate(input.date) === input.precision;
const precisionMessage = (issue: v.BaseIssue<unknown>): string => {
  const input = issue.input as { date: string; precision: DatePrecision };
  const actual = precisionOfDate(input.date);
  return `${show(input.precision)} does not match the date ${show(input.date)} (${actual} precision)`;
};

/** `endDate`, when present, is not before `date` (compared at the coarser of the two precisions). */
const endNotBefore = (input: { date: string; endDate?: string | undefined }): boolean => {
  if (input.endDate === undefined) return true;
  const n = Math.min(input.date.length, input.endDate.length);
  return input.endDate.slice(0, n) >= input.date.slice(0, n);
};
const endMessage = (issue: v.BaseIssue<unknown>): string => {
  const input = issue.input as { date: string; endDate: string };
  return `${show(input.endDate)} is before the date ${show(input.date)}`;
};

// ---------------------------------------------------------------------------------------------
// Item schemas (exported for the JSON Schema build and for tests).

export const CitationSchema = v.object({
  source: idString,
  quote: optionalText(),
});

const citations = list(CitationSchema, 1);

export const SourceSchema = v.object({
  id: idString,
  outlet: text(MAX_NAME_LENGTH),
  headline: text(),
  author: optionalText(MAX_NAME_LENGTH),
  published: v.optional(dateString),
  // Any string passes here; validateDataset drops one that is not an absolute http(s) URL. The
  // JSON Schema is stricter, so that an editor flags it.
  url: v.optional(
    v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.metadata({ format: 'uri', pattern: '^https?://' })),
  ),
  language: v.picklist(LANGUAGES),
  wire: optionalText(MAX_NAME_LENGTH),
  kind: v.picklist(SOURCE_KINDS),
  seenAt: v.optional(
    v.object({
      outlet: text(MAX_NAME_LENGTH),
      url: v.optional(
        v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH), v.metadata({ format: 'uri', pattern: '^https?://' })),
      ),
    }),
  ),
});

export const EventSchema = v.pipe(
  v.object({
    id: idString,
    date: dateString,
    precision: v.picklist(DATE_PRECISIONS),
    endDate: v.optional(dateString),
    title: text(),
    summary: text(),
    tags: list(v.picklist(EVENT_TAGS)),
    islands: list(v.picklist(ISLAND_IDS)),
    actors: list(text(MAX_NAME_LENGTH)),
    citations,
    key: v.optional(v.boolean()),
  }),
  v.forward(v.partialCheck([['date'], ['precision']], precisionMatches, precisionMessage), ['precision']),
  v.forward(v.partialCheck([['date'], ['endDate']], endNotBefore, endMessage), ['endDate']),
  v.metadata(PRECISION_RULES),
);

export const ClaimSchema = v.pipe(
  v.object({
    id: idString,
    date: dateString,
    precision: v.picklist(DATE_PRECISIONS),
    party: v.picklist(PARTIES),
    speaker: v.object({ name: text(MAX_NAME_LENGTH), role: text(MAX_NAME_LENGTH) }),
    topic: v.picklist(CLAIM_TOPICS),
    statement: text(),
    quote: v.optional(text()),
    quoteTranslated: v.optional(v.boolean()),
    original: v.optional(v.object({ quote: text(), lang: v.picklist(LANGUAGES) })),
    standing: v.optional(v.boolean()),
    respondsTo: v.optional(list(idString)),
    key: v.optional(v.boolean()),
    citations,
  }),
  v.forward(v.partialCheck([['date'], ['precision']], precisionMatches, precisionMessage), ['precision']),
  v.metadata(PRECISION_RULES),
);

const islandNames = v.object({ japanese: text(MAX_NAME_LENGTH), russian: text(MAX_NAME_LENGTH) });

export const IslandSchema = v.object({
  id: v.picklist(ISLAND_IDS),
  names: v.object({ en: islandNames, ja: islandNames, ru: islandNames }),
  areaKm2: nonNegative,
  population: v.object({
    value: v.pipe(nonNegative, v.integer()),
    year: v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2200)),
    approximate: v.optional(v.boolean()),
  }),
  administeredBy: v.picklist(COUNTRIES),
  claimedBy: list(v.picklist(COUNTRIES), 1, COUNTRIES.length),
  distanceFromHokkaidoKm: v.optional(nonNegative),
  keyFacts: list(text()),
  citations,
});

export const OverviewSchema = v.object({
  summary: text(),
  status: text(),
  citations,
});

export const DatasetMetaSchema = v.object({
  version: text(MAX_NAME_LENGTH),
  asOf: dayString,
  languages: list(v.picklist(LANGUAGES), 1, LANGUAGES.length),
  translationStatus: v.object({
    en: v.optional(v.picklist(TRANSLATION_STATUSES)),
    ja: v.optional(v.picklist(TRANSLATION_STATUSES)),
    ru: v.optional(v.picklist(TRANSLATION_STATUSES)),
  }),
  correctionsUrl: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_URL_LENGTH),
      v.check((url: string) => isLinkUrl(url), (issue) => `${show(issue.input)} is not an absolute http(s):// or mailto: URL without spaces, control characters or credentials`),
      v.metadata({ format: 'uri', pattern: '^(https?|mailto):' }),
    ),
  ),
});

/** A publisher's `meta`: any subset of the fields, merged over the bundled meta. */
export const PublisherMetaSchema = v.partial(DatasetMetaSchema);

const section = <T extends v.GenericSchema>(item: T, min: number) =>
  v.optional(
    min > 0
      ? v.pipe(v.array(item), v.minLength(min), v.maxLength(MAX_SECTION_ITEMS))
      : v.pipe(v.array(item), v.maxLength(MAX_SECTION_ITEMS)),
  );

/**
 * A publisher's dataset: every section optional. Provided sections replace the bundled ones,
 * except `sources` (merged by id, so publisher items may cite bundled sources) and `meta` (merged
 * field by field). Used for the JSON Schema; at run time {@link validateDataset} applies the item
 * schemas one item at a time.
 */
export const PublisherDatasetSchema = v.object({
  $schema: v.optional(v.pipe(v.string(), v.maxLength(MAX_URL_LENGTH))),
  meta: v.optional(PublisherMetaSchema),
  overview: v.optional(OverviewSchema),
  sources: section(SourceSchema, 0),
  events: section(EventSchema, 1),
  claims: section(ClaimSchema, 1),
  islands: section(IslandSchema, 1),
});

/** A publisher's dataset as the TypeScript type of its JSON. */
export type PublisherDataset = v.InferInput<typeof PublisherDatasetSchema>;

// ---------------------------------------------------------------------------------------------
// Validation.

/** A publisher's dataset that cannot be used as a whole. `message` starts with the JSON path. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    /** JSON path of the failing part (`events`), or `''` for the whole dataset. */
    readonly path: string,
    message: string,
    /** Item warnings collected before the failure (they may explain it). */
    readonly warnings: readonly string[] = [],
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

export interface ValidationResult {
  /** The dataset to render: the publisher's valid items and sections over the bundled ones. */
  dataset: Dataset;
  /** One message per skipped item, dropped field or ignored section, each naming its JSON path. */
  warnings: string[];
}

const PARSE_CONFIG = { abortPipeEarly: true, message: describe } as const;
/** Issues listed per skipped item; the rest are counted. */
const ISSUES_PER_ITEM = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Problems of one item: `path: problem` strings. */
type Problems = string[];

interface Accepted<T> {
  item: T;
  /** The item's JSON path, e.g. `events[3]`. */
  path: string;
}

/**
 * Validates an array section item by item: skips (with a warning) items that fail their schema,
 * cite an unknown source or repeat an id. Returns the accepted items with their paths.
 */
function* validateItems<T extends { id: string; citations?: { source: string }[] }>(
  name: string,
  items: unknown[],
  schema: v.GenericSchema<unknown, T>,
  sourceIds: ReadonlySet<string>,
  warnings: string[],
): Generator<void, Accepted<T>[]> {
  const accepted: Accepted<T>[] = [];
  const seen = new Map<string, string>();
  for (const [index, raw] of items.entries()) {
    // A point where an asynchronous run may hand the main thread back (see validateDatasetAsync).
    yield;
    const path = `${name}[${index}]`;
    const item = checkItem(path, raw, schema, warnings);
    if (!item) continue;
    const problems: Problems = [];
    item.citations?.forEach((citation, i) => {
      if (!sourceIds.has(citation.source)) {
        problems.push(`${path}.citations[${i}].source: ${show(citation.source)} is not a known source`);
      }
    });
    const first = seen.get(item.id);
    if (first) problems.push(`${path}.id: ${show(item.id)} is already the id of ${first}`);
    if (problems.length) {
      warnings.push(skipped(path, problems));
      continue;
    }
    seen.set(item.id, path);
    accepted.push({ item, path });
  }
  return accepted;
}

/** Parses one item; on failure records one warning and returns undefined. */
function checkItem<T>(
  path: string,
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
  warnings: string[],
): T | undefined {
  const result = v.safeParse(schema, raw, PARSE_CONFIG);
  if (result.success) return result.output;
  warnings.push(skipped(path, result.issues.map((issue) => `${issuePath(path, issue)}: ${describe(issue)}`)));
  return undefined;
}

function skipped(path: string, problems: Problems): string {
  const shown = problems.slice(0, ISSUES_PER_ITEM).join('; ');
  const rest = problems.length - ISSUES_PER_ITEM;
  const more = rest > 0 ? `; and ${rest} more problem${rest === 1 ? '' : 's'}` : '';
  return `${shown}${more} (${path} skipped)`;
}

/** Throws when a provided section has items but none survived validation. */
function requireSome(name: string, total: number, accepted: number, warnings: string[], firstWarning: number): void {
  if (accepted > 0) return;
  if (total === 0) throw new DatasetError(name, 'the section is empty', warnings);
  throw new DatasetError(
    name,
    `none of its ${total} item${total === 1 ? ' is' : 's is'} valid (${cut(warnings[firstWarning] ?? '')})`,
    warnings,
  );
}

/** A warning quoted in a failure message, cut to 200 characters. */
function cut(warning: string): string {
  return warning.length > 200 ? `${warning.slice(0, 199)}…` : warning;
}

/** Checks that every provided section has the right JSON type and a sane size. */
function checkShapes(raw: Record<string, unknown>): void {
  for (const name of DATASET_SECTIONS) {
    if (!hasOwn(raw, name)) continue;
    const value = raw[name];
    if (name === 'meta' || name === 'overview') {
      if (!isRecord(value)) throw new DatasetError(name, `expected an object, got ${kindOf(value)}`);
    } else if (!Array.isArray(value)) {
      throw new DatasetError(name, `expected an array, got ${kindOf(value)}`);
    } else if (value.length > MAX_SECTION_ITEMS) {
      throw new DatasetError(name, `has ${value.length} items; at most ${MAX_SECTION_ITEMS} are allowed`);
    }
  }
}

/**
 * Checks a publisher's dataset and merges it over the bundled one.
 *
 * - Throws a {@link DatasetError} (message starting with the JSON path) when the dataset cannot be
 *   used as a whole; see the policy at the top of this module.
 * - Otherwise returns the merged dataset and one warning per skipped item, dropped URL or
 *   reference, ignored meta field or unknown top-level key, each naming its JSON path, e.g.
 *   `events[3].date: "1956-13-01" is not a valid date (events[3] skipped)`.
 *
 * Sections the publisher provides replace the bundled ones; absent sections keep the bundled ones;
 * `sources` are merged by id (the publisher's win) and `meta` field by field. Never mutates its
 * arguments. All strings stay plain text: they are escaped when rendered.
 */
export function validateDataset(raw: unknown, bundled: Dataset): ValidationResult {
  const steps = validation(raw, bundled);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Time the asynchronous validation works before it hands the main thread back, in ms. */
export const VALIDATION_SLICE_MS = 20;

/**
 * {@link validateDataset} in slices of about {@link VALIDATION_SLICE_MS} ms, each a separate task,
 * so a large publisher dataset never blocks the page for long: what the widgets use. Resolves in a
 * task of its own, so the rendering that follows starts a fresh one; rejects like validateDataset
 * throws.
 */
export async function validateDatasetAsync(raw: unknown, bundled: Dataset): Promise<ValidationResult> {
  const steps = validation(raw, bundled);
  let deadline = performance.now() + VALIDATION_SLICE_MS;
  for (;;) {
    const step = steps.next();
    if (performance.now() >= deadline || step.done) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      deadline = performance.now() + VALIDATION_SLICE_MS;
    }
    if (step.done) return step.value;
  }
}

/** The validation itself, pausing (`yield`) before every item of a section. */
function* validation(raw: unknown, bundled: Dataset): Generator<void, ValidationResult> {
  if (!isRecord(raw)) throw new DatasetError('', `the dataset must be a JSON object, not ${kindOf(raw)}`);
  const warnings: string[] = [];
  const present = DATASET_SECTIONS.filter((name) => hasOwn(raw, name));
  const known: readonly string[] = DATASET_SECTIONS;
  const unknown = Object.keys(raw).filter((key) => key !== '$schema' && !known.includes(key));
  if (present.length === 0) {
    const found = unknown.length ? `; it has ${unknown.slice(0, 5).map((k) => show(k)).join(', ')}` : '';
    throw new DatasetError('', `the dataset has none of the sections ${DATASET_SECTIONS.join(', ')}${found}`);
  }
  checkShapes(raw);
  for (const key of unknown) {
    warnings.push(`${joinPath('', [key])}: not a dataset section (expected ${DATASET_SECTIONS.join(', ')}); ignored`);
  }

  // Sources first: items are checked against the publisher's sources merged over the bundled ones.
  let sources = bundled.sources;
  if (hasOwn(raw, 'sources')) {
    const items = raw.sources as unknown[];
    const start = warnings.length;
    const own = (yield* validateItems('sources', items, SourceSchema, new Set(), warnings)).map(({ item, path }) => {
        let rest: Source = item;
        if (item.url !== undefined && !isHttpUrl(item.url)) {
          warnings.push(`${path}.url: ${show(item.url)} is not an absolute http(s) URL; the URL is dropped`);
          rest = { ...rest };
          delete rest.url;
        }
        if (item.seenAt?.url !== undefined && !isHttpUrl(item.seenAt.url)) {
          warnings.push(`${path}.seenAt.url: ${show(item.seenAt.url)} is not an absolute http(s) URL; the URL is dropped`);
          rest = { ...rest, seenAt: { outlet: item.seenAt.outlet } };
        }
        return rest;
      });
    if (items.length > 0) requireSome('sources', items.length, own.length, warnings, start);
    const byId = new Map(own.map((s) => [s.id, s]));
    sources = [
      ...bundled.sources.map((s) => byId.get(s.id) ?? s),
      ...own.filter((s) => !bundled.sources.some((b) => b.id === s.id)),
    ];
  }
  const sourceIds = new Set(sources.map((s) => s.id));

  const result: Dataset = { ...bundled, sources };

  if (hasOwn(raw, 'events')) {
    const items = raw.events as unknown[];
    const start = warnings.length;
    const events: Event[] = (yield* validateItems('events', items, EventSchema, sourceIds, warnings)).map((a) => a.item);
    requireSome('events', items.length, events.length, warnings, start);
    result.events = events;
  }

  if (hasOwn(raw, 'claims')) {
    const items = raw.claims as unknown[];
    const start = warnings.length;
    const accepted = yield* validateItems('claims', items, ClaimSchema, sourceIds, warnings);
    requireSome('claims', items.length, accepted.length, warnings, start);
    const claimIds = new Set(accepted.map((a) => a.item.id));
    result.claims = accepted.map(({ item, path }): Claim => {
      if (!item.respondsTo) return item;
      const respondsTo = item.respondsTo.filter((id, i) => {
        if (claimIds.has(id) && id !== item.id) return true;
        const why = id === item.id ? 'is the claim itself' : 'is not a known claim';
        warnings.push(`${path}.respondsTo[${i}]: ${show(id)} ${why}; the reference is dropped`);
        return false;
      });
      const rest: Claim = { ...item, respondsTo };
      if (!respondsTo.length) delete rest.respondsTo;
      return rest;
    });
  }

  if (hasOwn(raw, 'islands')) {
    const items = raw.islands as unknown[];
    const start = warnings.length;
    const islands: Island[] = (yield* validateItems('islands', items, IslandSchema, sourceIds, warnings)).map((a) => a.item);
    requireSome('islands', items.length, islands.length, warnings, start);
    result.islands = islands;
  }

  if (hasOwn(raw, 'overview')) {
    const start = warnings.length;
    const overview: Overview | undefined = checkItem('overview', raw.overview, OverviewSchema, warnings);
    const unknownSource = overview?.citations.findIndex((c) => !sourceIds.has(c.source)) ?? -1;
    if (overview && unknownSource >= 0) {
      const source = overview.citations[unknownSource]?.source;
      warnings.push(
        skipped('overview', [`overview.citations[${unknownSource}].source: ${show(source)} is not a known source`]),
      );
    }
    if (!overview || unknownSource >= 0) {
      // A section of one item: an invalid overview fails the dataset (see the policy above).
      throw new DatasetError('overview', `the overview is invalid: ${cut(warnings[start] ?? '')}`, warnings);
    }
    result.overview = overview;
  }

  if (hasOwn(raw, 'meta')) {
    const own = raw.meta as Record<string, unknown>;
    const meta: DatasetMeta = { ...bundled.meta };
    for (const key of Object.keys(DatasetMetaSchema.entries) as (keyof DatasetMeta)[]) {
      if (!hasOwn(own, key)) continue;
      const parsed = v.safeParse(DatasetMetaSchema.entries[key], own[key], PARSE_CONFIG);
      if (parsed.success) {
        (meta as unknown as Record<string, unknown>)[key] = parsed.output;
      } else {
        const problems = parsed.issues.map((issue) => `${issuePath(`meta.${key}`, issue)}: ${describe(issue)}`);
        warnings.push(`${problems.slice(0, ISSUES_PER_ITEM).join('; ')} (the bundled meta.${key} is kept)`);
      }
    }
    result.meta = meta;
  }

  return { dataset: result, warnings };
}
