import { expect, takeConsole } from '../helpers.js';
import { dataset as realBundled } from '../../src/data/dataset.js';
import type { Claim, Dataset, Event, Island, Source } from '../../src/data/schema.js';
import {
  DatasetError,
  MAX_SECTION_ITEMS,
  isCalendarDate,
  VALIDATION_SLICE_MS,
  validateDataset,
  validateDatasetAsync,
  type ValidationResult,
} from '../../src/data/validate.js';

// A small stand-in for the bundled dataset, so that the expectations do not depend on its content.
const source = (id: string, extra: Partial<Source> = {}): Source => ({
  id,
  outlet: 'Outlet',
  headline: `Headline ${id}`,
  language: 'en',
  kind: 'article',
  ...extra,
});
const event = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'e-valid',
  date: '1956-10-19',
  precision: 'day',
  title: 'Joint Declaration signed',
  summary: 'Japan and the Soviet Union end the state of war.',
  tags: ['treaty'],
  islands: ['shikotan', 'habomai'],
  actors: ['Ichiro Hatoyama'],
  citations: [{ source: 'b-1' }],
  ...extra,
});
const claim = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'c-valid',
  date: '2018-11',
  precision: 'month',
  party: 'japan',
  speaker: { name: 'Shinzo Abe', role: 'Prime Minister of Japan' },
  topic: 'peace-treaty',
  statement: 'Japan says the talks build on the 1956 declaration.',
  citations: [{ source: 'b-1', quote: 'verbatim words' }],
  ...extra,
});
const names = { japanese: 'Shikotan', russian: 'Shikotan' };
const island = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'shikotan',
  names: { en: names, ja: { japanese: '色丹島', russian: 'シコタン島' }, ru: { japanese: 'Сикотан', russian: 'Шикотан' } },
  areaKm2: 253,
  population: { value: 2800, year: 2021, approximate: true },
  administeredBy: 'russia',
  claimedBy: ['japan'],
  keyFacts: ['Named in the 1956 declaration.'],
  citations: [{ source: 'b-2' }],
  ...extra,
});

const bundled: Dataset = {
  meta: { version: '1.0.0', asOf: '2024-01-31', languages: ['en', 'ja', 'ru'], translationStatus: { en: 'original' } },
  overview: { summary: 'Bundled summary.', status: 'Bundled status.', citations: [{ source: 'b-1' }] },
  sources: [source('b-1'), source('b-2', { url: 'https://example.org/b-2' })],
  events: [event({ id: 'bundled-event' }) as unknown as Event],
  claims: [claim({ id: 'bundled-claim' }) as unknown as Claim],
  islands: [island({ id: 'iturup' }) as unknown as Island],
};

function validate(raw: unknown): ValidationResult {
  return validateDataset(raw, bundled);
}

function failure(raw: unknown): DatasetError {
  try {
    validate(raw);
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected a DatasetError');
}

afterEach(() => {
  // Validation itself never logs: load.ts does.
  const logged = takeConsole();
  expect(logged.warn).to.deep.equal([]);
  expect(logged.error).to.deep.equal([]);
});

describe('validateDataset: invalid items are skipped with a warning naming the path', () => {
  // Each case puts one bad item after a good one; the good one stays, the bad one is skipped with
  // exactly one warning that starts with `path: problem`.
  const long = 'x'.repeat(5_001);
  const cases: { name: string; raw: Record<string, unknown>; warning: string }[] = [
    // events
    {
      name: 'date not in ISO form',
      raw: { events: [event(), event({ id: 'e2', date: '19 Oct 1956' })] },
      warning: 'events[1].date: "19 Oct 1956" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
    },
    {
      name: 'month 13',
      raw: { events: [event(), event({ id: 'e2', date: '1956-13-01' })] },
      warning: 'events[1].date: "1956-13-01" is not a valid date',
    },
    {
      name: '30 February',
      raw: { events: [event(), event({ id: 'e2', date: '1956-02-30' })] },
      warning: 'events[1].date: "1956-02-30" is not a valid date',
    },
    {
      name: '29 February of a common year',
      raw: { events: [event(), event({ id: 'e2', date: '1957-02-29' })] },
      warning: 'events[1].date: "1957-02-29" is not a valid date',
    },
    {
      name: 'date a number',
      raw: { events: [event(), event({ id: 'e2', date: 1956 })] },
      warning: 'events[1].date: expected a string, got a number (1956)',
    },
    {
      name: 'precision does not match the date',
      raw: { events: [event(), event({ id: 'e2', date: '1956-10', precision: 'day' })] },
      warning: 'events[1].precision: "day" does not match the date "1956-10" (month precision)',
    },
    {
      name: 'unknown precision',
      raw: { events: [event(), event({ id: 'e2', precision: 'week' })] },
      warning: 'events[1].precision: "week" is not one of "year" | "month" | "day"',
    },
    {
      name: 'endDate before date',
      raw: { events: [event(), event({ id: 'e2', endDate: '1956-10-18' })] },
      warning: 'events[1].endDate: "1956-10-18" is before the date "1956-10-19"',
    },
    {
      name: 'invalid endDate',
      raw: { events: [event(), event({ id: 'e2', endDate: '1956-10-32' })] },
      warning: 'events[1].endDate: "1956-10-32" is not a valid date',
    },
    {
      name: 'unknown tag',
      raw: { events: [event(), event({ id: 'e2', tags: ['treaty', 'gossip'] })] },
      warning: 'events[1].tags[1]: "gossip" is not one of "treaty" | "war"',
    },
    {
      name: 'unknown island',
      raw: { events: [event(), event({ id: 'e2', islands: ['sakhalin'] })] },
      warning: 'events[1].islands[0]: "sakhalin" is not one of "iturup" | "kunashir" | "shikotan" | "habomai"',
    },
    {
      name: 'missing title',
      raw: { events: [event(), event({ id: 'e2', title: undefined })] },
      warning: 'events[1].title: missing',
    },
    {
      name: 'blank title',
      raw: { events: [event(), event({ id: 'e2', title: '   ' })] },
      warning: 'events[1].title: must not be blank',
    },
    {
      name: 'title of invisible characters only (zero-width space, word joiner, soft hyphen, Mongolian vowel separator, Hangul filler)',
      raw: { events: [event(), event({ id: 'e2', title: '\u200B\u2060\u00AD\u180E\u3164 \u200B' })] },
      warning: 'events[1].title: must not be blank (or only invisible characters)',
    },
    {
      name: 'summary of a bidi override, a zero-width joiner and a BOM only',
      raw: { events: [event(), event({ id: 'e2', summary: '\u202E\u200D\uFEFF' })] },
      warning: 'events[1].summary: must not be blank (or only invisible characters)',
    },
    {
      name: 'summary not a string',
      raw: { events: [event(), event({ id: 'e2', summary: 42 })] },
      warning: 'events[1].summary: expected a string, got a number (42)',
    },
    {
      name: 'over-long summary',
      raw: { events: [event(), event({ id: 'e2', summary: long })] },
      warning: 'events[1].summary: is 5001 characters long; at most 5000 are allowed',
    },
    {
      name: 'empty citations',
      raw: { events: [event(), event({ id: 'e2', citations: [] })] },
      warning: 'events[1].citations: must have at least 1 item',
    },
    {
      name: 'citation of an unknown source',
      raw: { events: [event(), event({ id: 'e2', citations: [{ source: 'b-1' }, { source: 'nowhere' }] })] },
      warning: 'events[1].citations[1].source: "nowhere" is not a known source',
    },
    {
      name: 'citation without a source',
      raw: { events: [event(), event({ id: 'e2', citations: [{ quote: 'words' }] })] },
      warning: 'events[1].citations[0].source: missing',
    },
    {
      name: 'id with spaces',
      raw: { events: [event(), event({ id: 'has space' })] },
      warning: 'events[1].id: "has space" is not a valid id',
    },
    {
      name: 'duplicate id',
      raw: { events: [event(), event()] },
      warning: 'events[1].id: "e-valid" is already the id of events[0]',
    },
    {
      name: 'item not an object',
      raw: { events: [event(), 'oops'] },
      warning: 'events[1]: expected an object, got a string ("oops")',
    },
    {
      name: 'item null',
      raw: { events: [event(), null] },
      warning: 'events[1]: expected an object, got null',
    },
    {
      name: 'tags not an array',
      raw: { events: [event(), event({ id: 'e2', tags: 'treaty' })] },
      warning: 'events[1].tags: expected an array, got a string ("treaty")',
    },
    // claims
    {
      name: 'unknown party',
      raw: { claims: [claim(), claim({ id: 'c2', party: 'china' })] },
      warning: 'claims[1].party: "china" is not one of "japan" | "russia" | "both" | "other"',
    },
    {
      name: 'unknown topic',
      raw: { claims: [claim(), claim({ id: 'c2', topic: 'fishing' })] },
      warning: 'claims[1].topic: "fishing" is not one of "sovereignty"',
    },
    {
      name: 'speaker without a role',
      raw: { claims: [claim(), claim({ id: 'c2', speaker: { name: 'Someone' } })] },
      warning: 'claims[1].speaker.role: missing',
    },
    {
      name: 'quoteTranslated not a boolean',
      raw: { claims: [claim(), claim({ id: 'c2', quoteTranslated: 'yes' })] },
      warning: 'claims[1].quoteTranslated: expected true or false, got a string ("yes")',
    },
    {
      name: 'claim citing an unknown source',
      raw: { claims: [claim(), claim({ id: 'c2', citations: [{ source: 'ghost-source' }] })] },
      warning: 'claims[1].citations[0].source: "ghost-source" is not a known source',
    },
    // islands
    {
      name: 'negative area',
      raw: { islands: [island(), island({ id: 'kunashir', areaKm2: -5 })] },
      warning: 'islands[1].areaKm2: -5 is negative',
    },
    {
      name: 'infinite area',
      raw: { islands: [island(), island({ id: 'kunashir', areaKm2: Infinity })] },
      warning: 'islands[1].areaKm2: Infinity is not a finite number',
    },
    {
      name: 'NaN population',
      raw: { islands: [island(), island({ id: 'kunashir', population: { value: NaN, year: 2021 } })] },
      warning: 'islands[1].population.value: NaN is not a number',
    },
    {
      name: 'population as a string',
      raw: { islands: [island(), island({ id: 'kunashir', population: { value: '19,000', year: 2021 } })] },
      warning: 'islands[1].population.value: expected a number, got a string ("19,000")',
    },
    {
      name: 'fractional population',
      raw: { islands: [island(), island({ id: 'kunashir', population: { value: 1.5, year: 2021 } })] },
      warning: 'islands[1].population.value: 1.5 is not a whole number',
    },
    {
      name: 'unknown island id',
      raw: { islands: [island(), island({ id: 'sakhalin' })] },
      warning: 'islands[1].id: "sakhalin" is not one of',
    },
    {
      name: 'unknown claimant',
      raw: { islands: [island(), island({ id: 'kunashir', claimedBy: ['china'] })] },
      warning: 'islands[1].claimedBy[0]: "china" is not one of "japan" | "russia"',
    },
    {
      name: 'names without Russian',
      raw: { islands: [island(), island({ id: 'kunashir', names: { en: names, ja: names } })] },
      warning: 'islands[1].names.ru: missing',
    },
    {
      name: 'the same island twice',
      raw: { islands: [island(), island()] },
      warning: 'islands[1].id: "shikotan" is already the id of islands[0]',
    },
    // sources
    {
      name: 'source in an unknown language',
      raw: { sources: [source('p-1'), source('p-2', { language: 'fr' as 'en' })] },
      warning: 'sources[1].language: "fr" is not one of "en" | "ja" | "ru"',
    },
    {
      name: 'source published on an impossible day',
      raw: { sources: [source('p-1'), source('p-2', { published: '2018-02-30' })] },
      warning: 'sources[1].published: "2018-02-30" is not a valid date',
    },
    {
      name: 'source without outlet',
      raw: { sources: [source('p-1'), { ...source('p-2'), outlet: undefined }] },
      warning: 'sources[1].outlet: missing',
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { dataset, warnings } = validate(c.raw);
      expect(warnings, warnings.join('\n')).to.have.length(1);
      expect(warnings[0]).to.satisfy((w: string) => w.startsWith(c.warning), `"${warnings[0]}" starts with "${c.warning}"`);
      const [section] = Object.keys(c.raw) as ('events' | 'claims' | 'islands' | 'sources')[];
      expect(warnings[0]).to.match(new RegExp(`\\(${section}\\[1\\] skipped\\)$`));
      if (section === 'sources') {
        expect(dataset.sources.map((s) => s.id)).to.deep.equal(['b-1', 'b-2', 'p-1']);
      } else {
        expect(dataset[section]).to.have.length(1);
        expect(dataset[section][0]).to.deep.equal((c.raw[section] as unknown[])[0]);
      }
    });
  }

  it(`counts ${cases.length} malformed items`, () => {
    expect(cases.length).to.be.at.least(20);
  });

  it('lists several problems of one item in its one warning', () => {
    const { warnings } = validate({ events: [event(), event({ id: 'e2', title: 1, summary: 2, tags: 3, islands: 4 })] });
    expect(warnings).to.deep.equal([
      'events[1].title: expected a string, got a number (1); events[1].summary: expected a string, got a number (2); ' +
        'events[1].tags: expected an array, got a number (3); and 1 more problem (events[1] skipped)',
    ]);
  });
});

describe('validateDataset: fields and references that are dropped, keeping the item', () => {
  it('drops a javascript: URL with a warning and keeps the source', () => {
    const { dataset, warnings } = validate({ sources: [source('p-1', { url: 'javascript:alert(1)' })] });
    expect(warnings).to.deep.equal([
      'sources[0].url: "javascript:alert(1)" is not an absolute http(s) URL; the URL is dropped',
    ]);
    const p1 = dataset.sources.find((s) => s.id === 'p-1');
    expect(p1).to.exist;
    expect(p1).not.to.have.property('url');
  });

  for (const url of ['data:text/html,<b>x</b>', '/relative/page', 'ftp://example.org/file', 'JAVASCRIPT:alert(1)']) {
    it(`drops the URL ${url}`, () => {
      const { dataset, warnings } = validate({ sources: [source('p-1', { url })] });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^sources\[0\]\.url: .* is not an absolute http\(s\) URL; the URL is dropped$/);
      expect(dataset.sources.find((s) => s.id === 'p-1')).not.to.have.property('url');
    });
  }

  it('keeps http and https URLs', () => {
    const { dataset, warnings } = validate({
      sources: [source('p-1', { url: 'https://example.org/a?b=1' }), source('p-2', { url: 'http://example.org/' })],
    });
    expect(warnings).to.deep.equal([]);
    expect(dataset.sources.map((s) => s.url)).to.deep.equal([undefined, 'https://example.org/b-2', 'https://example.org/a?b=1', 'http://example.org/']);
  });

  it('drops a respondsTo reference to an unknown claim, keeping the claim', () => {
    const { dataset, warnings } = validate({
      claims: [claim(), claim({ id: 'c2', respondsTo: ['c-valid', 'ghost', 'c2'] })],
    });
    expect(warnings).to.deep.equal([
      'claims[1].respondsTo[1]: "ghost" is not a known claim; the reference is dropped',
      'claims[1].respondsTo[2]: "c2" is the claim itself; the reference is dropped',
    ]);
    expect(dataset.claims.map((c) => c.id)).to.deep.equal(['c-valid', 'c2']);
    expect(dataset.claims[1]?.respondsTo).to.deep.equal(['c-valid']);
  });

  it('drops a respondsTo reference to a skipped claim', () => {
    const { dataset, warnings } = validate({
      claims: [claim({ respondsTo: ['c-bad'] }), claim({ id: 'c-bad', party: 'nobody' })],
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^claims\[1\]\.party: "nobody" is not one of/);
    expect(warnings[1]).to.equal('claims[0].respondsTo[0]: "c-bad" is not a known claim; the reference is dropped');
    expect(dataset.claims[0]).not.to.have.property('respondsTo');
  });

  it('ignores an invalid meta field and keeps the bundled value', () => {
    const { dataset, warnings } = validate({
      events: [event()],
      meta: { version: '2.0-publisher', asOf: '2024-13-01', languages: ['en', 'fr'] },
    });
    expect(warnings).to.deep.equal([
      'meta.asOf: "2024-13-01" is not a valid date of the form YYYY-MM-DD (the bundled meta.asOf is kept)',
      'meta.languages[1]: "fr" is not one of "en" | "ja" | "ru" (the bundled meta.languages is kept)',
    ]);
    expect(dataset.meta).to.deep.equal({ ...bundled.meta, version: '2.0-publisher' });
  });

  it('warns about an unknown top-level key and ignores it', () => {
    const { dataset, warnings } = validate({ evnts: [], events: [event()] });
    expect(warnings).to.deep.equal([
      'evnts: not a dataset section (expected meta, overview, sources, events, claims, islands); ignored',
    ]);
    expect(dataset.events).to.have.length(1);
  });

  it('accepts a $schema key silently', () => {
    const { warnings } = validate({ $schema: 'https://unpkg.com/kuril-widgets/dist/kuril-dataset.schema.json', events: [event()] });
    expect(warnings).to.deep.equal([]);
  });
});

describe('validateDataset: whole-dataset failures name the path', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => event({ id: `e-${i}` }));
  const cases: { name: string; raw: unknown; path: string; message: string | RegExp }[] = [
    { name: 'null', raw: null, path: '', message: 'the dataset must be a JSON object, not null' },
    { name: 'an array at top level', raw: [event()], path: '', message: 'the dataset must be a JSON object, not an array' },
    { name: 'a string', raw: 'events', path: '', message: 'the dataset must be a JSON object, not a string ("events")' },
    { name: 'a number', raw: 42, path: '', message: 'the dataset must be a JSON object, not a number (42)' },
    {
      name: 'an empty object',
      raw: {},
      path: '',
      message: 'the dataset has none of the sections meta, overview, sources, events, claims, islands',
    },
    {
      name: 'unknown sections only',
      raw: { evnts: [event()], Claims: [] },
      path: '',
      message: 'the dataset has none of the sections meta, overview, sources, events, claims, islands; it has "evnts", "Claims"',
    },
    { name: 'events an object', raw: { events: { 0: event() } }, path: 'events', message: 'events: expected an array, got an object' },
    { name: 'events null', raw: { events: null }, path: 'events', message: 'events: expected an array, got null' },
    { name: 'claims a string', raw: { claims: 'none' }, path: 'claims', message: 'claims: expected an array, got a string ("none")' },
    { name: 'sources an object', raw: { events: [event()], sources: {} }, path: 'sources', message: 'sources: expected an array, got an object' },
    { name: 'overview an array', raw: { overview: [] }, path: 'overview', message: 'overview: expected an object, got an array' },
    { name: 'meta a string', raw: { meta: '1.0' }, path: 'meta', message: 'meta: expected an object, got a string ("1.0")' },
    { name: 'events empty', raw: { events: [] }, path: 'events', message: 'events: the section is empty' },
    {
      name: 'every event invalid',
      raw: { events: [event({ date: '1956-13-01' }), event({ id: 'e2', title: '' })] },
      path: 'events',
      message: 'events: none of its 2 items is valid (events[0].date: "1956-13-01" is not a valid date (events[0] skipped))',
    },
    {
      name: 'every island citing an unknown source',
      raw: { islands: [island({ citations: [{ source: 'nope' }] })] },
      path: 'islands',
      message: 'islands: none of its 1 item is valid (islands[0].citations[0].source: "nope" is not a known source (islands[0] skipped))',
    },
    {
      name: 'every source invalid',
      raw: { sources: [{ id: 'x' }] },
      path: 'sources',
      message: /^sources: none of its 1 item is valid \(sources\[0\]\.outlet: missing; /,
    },
    {
      name: 'an invalid overview',
      raw: { overview: { summary: 'S', status: 7, citations: [{ source: 'b-1' }] } },
      path: 'overview',
      message: 'overview: the overview is invalid: overview.status: expected a string, got a number (7) (overview skipped)',
    },
    {
      name: 'an overview citing an unknown source',
      raw: { overview: { summary: 'S', status: 'T', citations: [{ source: 'zzz' }] } },
      path: 'overview',
      message: 'overview: the overview is invalid: overview.citations[0].source: "zzz" is not a known source (overview skipped)',
    },
    {
      name: 'too many items',
      raw: { events: items(MAX_SECTION_ITEMS + 1) },
      path: 'events',
      message: `events: has ${MAX_SECTION_ITEMS + 1} items; at most ${MAX_SECTION_ITEMS} are allowed`,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const error = failure(c.raw);
      expect(error.path).to.equal(c.path);
      if (typeof c.message === 'string') expect(error.message).to.equal(c.message);
      else expect(error.message).to.match(c.message);
    });
  }

  it('keeps the item warnings that led to a failure', () => {
    const error = failure({ events: [event({ date: 'soon' }), event({ id: 'e2', citations: [] })] });
    expect(error.warnings).to.have.length(2);
    expect(error.warnings[1]).to.equal('events[1].citations: must have at least 1 item (events[1] skipped)');
  });
});

describe('validateDataset: a valid publisher dataset', () => {
  it('replaces the sections it provides and keeps the others', () => {
    const raw = {
      events: [event({ id: 'p-e1', citations: [{ source: 'p-src' }] }), event({ id: 'p-e2', date: '1855', precision: 'year' })],
      islands: [island()],
      sources: [source('p-src', { url: 'https://example.org/p' }), source('b-2', { outlet: 'Publisher override' })],
    };
    const { dataset, warnings } = validate(raw);
    expect(warnings).to.deep.equal([]);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['p-e1', 'p-e2']);
    expect(dataset.islands.map((i) => i.id)).to.deep.equal(['shikotan']);
    expect(dataset.claims).to.equal(bundled.claims);
    expect(dataset.overview).to.equal(bundled.overview);
    expect(dataset.meta).to.equal(bundled.meta);
    // Sources are merged: the publisher's win by id, new ones are added, bundled ones stay citable.
    expect(dataset.sources.map((s) => `${s.id}:${s.outlet}`)).to.deep.equal(['b-1:Outlet', 'b-2:Publisher override', 'p-src:Outlet']);
  });

  it('replaces the overview and merges meta', () => {
    const overview = { summary: 'Publisher summary.', status: 'Publisher status.', citations: [{ source: 'b-2' }] };
    const { dataset, warnings } = validate({ overview, meta: { version: 'p-1', translationStatus: { ja: 'machine' } } });
    expect(warnings).to.deep.equal([]);
    expect(dataset.overview).to.deep.equal(overview);
    expect(dataset.meta).to.deep.equal({ ...bundled.meta, version: 'p-1', translationStatus: { ja: 'machine' } });
    expect(dataset.events).to.equal(bundled.events);
  });

  it('accepts the date forms and edge dates', () => {
    const { dataset, warnings } = validate({
      events: [
        event({ id: 'y', date: '1855', precision: 'year' }),
        event({ id: 'm', date: '1945-08', precision: 'month', endDate: '1945-09' }),
        event({ id: 'leap', date: '1956-02-29' }),
        event({ id: 'leap-2000', date: '2000-02-29' }),
        event({ id: 'coarse-end', date: '1956-10-19', endDate: '1956-10' }),
        event({ id: 'same-day', date: '1956-10-19', endDate: '1956-10-19' }),
      ],
    });
    expect(warnings).to.deep.equal([]);
    expect(dataset.events).to.have.length(6);
  });

  it('passes hostile strings through as plain text, unchanged', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}'];
    const { dataset, warnings } = validate({
      events: hostile.map((text, i) =>
        event({ id: `h-${i}`, title: text, summary: text, actors: [text], citations: [{ source: 'b-1', quote: text }] }),
      ),
      claims: [claim({ speaker: { name: hostile[0], role: hostile[1] }, statement: hostile[1], quote: hostile[0] })],
    });
    expect(warnings).to.deep.equal([]);
    expect(dataset.events.map((e) => e.title)).to.deep.equal(hostile);
    expect(dataset.events.map((e) => e.citations[0]?.quote)).to.deep.equal(hostile);
    expect(dataset.claims[0]?.speaker).to.deep.equal({ name: hostile[0], role: hostile[1] });
  });

  it('strips unknown and computed fields from items', () => {
    const raw = JSON.parse(
      `{"events": [${JSON.stringify(event({ textLang: 'ja', onclick: 'alert(1)' })).replace(/^\{/, '{"__proto__": {"polluted": true}, ')}]}`,
    ) as unknown;
    const { dataset } = validate(raw);
    const [first] = dataset.events;
    expect(first).not.to.have.property('textLang');
    expect(first).not.to.have.property('onclick');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('does not change its input', () => {
    const raw = { claims: [claim({ respondsTo: ['ghost'] })], sources: [source('p-1', { url: 'javascript:void 0' })] };
    const copy = JSON.parse(JSON.stringify(raw)) as unknown;
    validate(raw);
    expect(raw).to.deep.equal(copy);
  });
});

describe('validateDataset: the bundled dataset', () => {
  it('passes its own validation unchanged, with no warning', () => {
    const { dataset, warnings } = validateDataset(JSON.parse(JSON.stringify(realBundled)), realBundled);
    expect(warnings).to.deep.equal([]);
    // Every field of every item survives: the valibot schemas cover the whole contract.
    expect(dataset).to.deep.equal(JSON.parse(JSON.stringify(realBundled)));
  });
});

describe('isCalendarDate', () => {
  const cases: [string, boolean][] = [
    ['1855', true],
    ['1945-08', true],
    ['1956-10-19', true],
    ['1956-02-29', true],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['1956-04-31', false],
    ['1956-00', false],
    ['1956-12-00', false],
    ['56-10-19', false],
    ['1956-1-9', false],
  ];
  for (const [date, valid] of cases) {
    it(`${date} is ${valid ? '' : 'not '}a calendar date`, () => {
      expect(isCalendarDate(date)).to.equal(valid);
    });
  }
});

describe('validateDataset: the fields added in the review of issue 10 (all optional)', () => {
  it('accepts the source kinds readers see, a seenAt copy, key events, standing claims and originals', () => {
    const { dataset, warnings } = validate({
      sources: [
        source('p-1', { kind: 'official', seenAt: { outlet: 'A mirror', url: 'https://mirror.example/p-1' } }),
        source('p-2', { kind: 'news-agency' }),
        source('p-3', { kind: 'analysis' }),
      ],
      events: [event({ key: true })],
      claims: [claim({ standing: true, original: { quote: '原文', lang: 'ja' } })],
      meta: { correctionsUrl: 'mailto:corrections@example.org' },
    });
    expect(warnings).to.deep.equal([]);
    expect(dataset.sources.find((s) => s.id === 'p-1')?.seenAt).to.deep.equal({ outlet: 'A mirror', url: 'https://mirror.example/p-1' });
    expect(dataset.events[0]?.key).to.equal(true);
    expect(dataset.claims[0]?.standing).to.equal(true);
    expect(dataset.claims[0]?.original).to.deep.equal({ quote: '原文', lang: 'ja' });
    expect(dataset.meta.correctionsUrl).to.equal('mailto:corrections@example.org');
  });

  it('still accepts the legacy kind "article" and items without the new fields', () => {
    const { dataset, warnings } = validate({ sources: [source('p-1', { kind: 'article' })], events: [event()] });
    expect(warnings).to.deep.equal([]);
    expect(dataset.events[0]).not.to.have.property('key');
  });

  it('skips items whose new fields have the wrong type, naming the path', () => {
    const { warnings } = validate({
      events: [event(), event({ id: 'e2', key: 'yes' })],
      claims: [claim(), claim({ id: 'c2', original: { quote: 'x', lang: 'fr' } })],
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^events\[1\]\.key: expected true or false/);
    expect(warnings[1]).to.match(/^claims\[1\]\.original\.lang: "fr" is not one of/);
  });

  it('drops a seenAt URL that is not http(s), keeping the source and the copy’s name', () => {
    const { dataset, warnings } = validate({ sources: [source('p-1', { seenAt: { outlet: 'Copy', url: 'javascript:x' } })] });
    expect(warnings).to.deep.equal(['sources[0].seenAt.url: "javascript:x" is not an absolute http(s) URL; the URL is dropped']);
    expect(dataset.sources.find((s) => s.id === 'p-1')?.seenAt).to.deep.equal({ outlet: 'Copy' });
  });

  it('ignores a corrections URL that is not http(s) or mailto:, keeping the bundled meta', () => {
    const { dataset, warnings } = validate({ meta: { correctionsUrl: 'javascript:alert(1)' } });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^meta\.correctionsUrl: .*not an absolute http\(s\):\/\/ or mailto: URL without spaces, control characters or credentials \(the bundled meta\.correctionsUrl is kept\)$/);
    expect(dataset.meta).to.not.have.property('correctionsUrl');
  });

  it('warns about every corrections URL the widgets would not show (one check for both)', () => {
    for (const url of [' https://example.org/', 'https://user@example.org/', 'https://example.org/a b', 'mailto:', 'https://exa\u0001mple.org/']) {
      const { dataset, warnings } = validate({ meta: { correctionsUrl: url } });
      expect(warnings, JSON.stringify(url)).to.have.length(1);
      expect(dataset.meta, JSON.stringify(url)).to.not.have.property('correctionsUrl');
    }
    expect(validate({ meta: { correctionsUrl: 'https://example.org/fix?x=1' } }).warnings).to.deep.equal([]);
  });
});

describe('validateDataset: bounded cost', () => {
  it('rejects an oversize list by its length, before it checks its entries', () => {
    const tags = Array.from({ length: 1_000 }, (_, i) => `bogus-${i}`);
    const result = validateDataset({ events: [event(), event({ id: 'e2', tags })] }, bundled);
    expect(result.dataset.events).to.have.length(1);
    expect(result.warnings).to.have.length(1);
    // One problem (the length), not a thousand (one per tag).
    expect(result.warnings[0]).to.equal('events[1].tags: has 1000 items; at most 100 are allowed (events[1] skipped)');
  });
});

describe('validateDatasetAsync: the same result, in slices of the main thread', () => {
  // 2,000 claims with 100 respondsTo links each, some invalid: the bench's adversarial dataset.
  const many = {
    claims: Array.from({ length: MAX_SECTION_ITEMS }, (_, i) =>
      claim({
        id: `c-${i}`,
        respondsTo: Array.from({ length: 100 }, (_, j) => `c-${(i + j + 1) % MAX_SECTION_ITEMS}`),
        ...(i % 97 === 0 ? { date: '2018-13' } : {}),
      }),
    ),
  };

  it('gives what validateDataset gives, warnings in the same order', async () => {
    const sync = validate(many);
    const sliced = await validateDatasetAsync(many, bundled);
    expect(sliced.dataset).to.deep.equal(sync.dataset);
    expect(sliced.warnings).to.deep.equal(sync.warnings);
    expect(sync.warnings.length).to.be.above(20);
  });

  it('hands the main thread back each time a slice has used its budget', async () => {
    // A clock that moves 1 ms at each reading, so that what a slice does before it yields depends
    // on the code alone, not on this machine's speed or a garbage collection's pause.
    let clock = 0;
    Object.defineProperty(performance, 'now', { configurable: true, value: () => clock++ });
    // A timer task that runs between slices notes the clock: what each slice read of it.
    const marks: number[] = [];
    let running = true;
    const tick = () => {
      marks.push(clock);
      if (running) setTimeout(tick, 0);
    };
    try {
      setTimeout(tick, 0);
      await validateDatasetAsync(many, bundled);
    } finally {
      running = false;
      // Back to Performance.prototype.now.
      delete (performance as { now?: unknown }).now;
    }
    const slices = marks.slice(1).map((mark, i) => mark - marks[i]);
    // A slice reads the clock once per item, and once more as it starts: 2,000 items in slices of
    // 20. A little slack, in case something else on the page reads the clock meanwhile.
    expect(slices.length, 'slices').to.be.at.least(MAX_SECTION_ITEMS / (VALIDATION_SLICE_MS + 1) - 2);
    expect(Math.max(...slices), 'the longest slice, in readings of the clock').to.be.at.most(VALIDATION_SLICE_MS + 3);
  });

  it('rejects where validateDataset throws', async () => {
    const error = await validateDatasetAsync({ events: 'no' }, bundled).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).message).to.equal(failure({ events: 'no' }).message);
  });
});
