import '../helpers.js';
import { expect } from '@open-wc/testing';
import {
  compareDates,
  dateInRange,
  datePrecision,
  eventAnchorId,
  englishDataset,
  isValidPartialDate,
  sourceById,
  sourcesOf,
} from '../../src/data/query.js';
import { localizeDataset } from '../../src/data/localize.js';
import { getIsland, selectEvents, type EventQuery } from '../../src/data/select-events.js';
import { selectClaims, type ClaimQuery } from '../../src/data/select-claims.js';
import { selectIslands } from '../../src/data/select-islands.js';
import type {
  Claim,
  ClaimTopic,
  Dataset,
  DatePrecision,
  Event,
  EventTag,
  Island,
  IslandId,
  Party,
  Translation,
} from '../../src/data/schema.js';

// -------------------------------------------------------------------------------------------------
// A small hand-made dataset, so these cases do not depend on the bundled data.
// -------------------------------------------------------------------------------------------------

function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

function event(id: string, date: string, tags: EventTag[], islands: IslandId[], endDate?: string): Event {
  return {
    id,
    date,
    precision: precisionOf(date),
    ...(endDate ? { endDate } : {}),
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    tags,
    islands,
    actors: ['Someone'],
    citations: [{ source: 's1' }],
  };
}

function claim(id: string, date: string, party: Party, topic: ClaimTopic, quote?: string): Claim {
  return {
    id,
    date,
    precision: precisionOf(date),
    party,
    speaker: { name: `Speaker ${id}`, role: `Role ${id}` },
    topic,
    statement: `Statement ${id}`,
    ...(quote ? { quote } : {}),
    citations: [{ source: 's2' }],
  };
}

function island(id: IslandId): Island {
  return {
    id,
    names: {
      en: { japanese: `${id}-ja-name`, russian: `${id}-ru-name` },
      ja: { japanese: `${id}-ja`, russian: `${id}-ja-ru` },
      ru: { japanese: `${id}-ru-ja`, russian: `${id}-ru` },
    },
    areaKm2: 100,
    population: { value: 1, year: 2018 },
    administeredBy: 'russia',
    claimedBy: ['japan'],
    keyFacts: [`Fact about ${id}`],
    citations: [{ source: 's1' }],
  };
}

const A = event('a-1855', '1855-02-07', ['treaty'], []);
const B = event('b-occupation', '1945-08-28', ['war'], ['iturup', 'kunashir', 'shikotan', 'habomai'], '1945-09-05');
const C = event('c-1956', '1956-10-19', ['treaty'], ['shikotan', 'habomai']);
const D = event('d-2016', '2016', ['military'], ['iturup', 'kunashir']);
const E = event('e-nagato', '2016-12-15', ['summit', 'economy'], [], '2016-12-16');
const F = event('f-forum', '2018-09-12', ['summit', 'statement'], []);
const G = event('g-answer', '2018-09-12', ['statement'], []);

const C1 = claim('c1', '2018-11-15', 'japan', 'sovereignty', 'verbatim words');
const C2 = claim('c2', '2018-11', 'russia', 'sovereignty', 'other words');
const C3 = claim('c3', '2018-11-14', 'both', 'declaration-1956');
const C4 = claim('c4', '2013-04', 'other', 'peace-treaty');
const C5 = claim('c5', '2019-01', 'japan', 'military');

function fixture(): Dataset {
  return {
    meta: {
      version: '0.0.1',
      asOf: '2019-01-31',
      languages: ['en', 'ja'],
      translationStatus: { en: 'original', ja: 'machine' },
    },
    overview: { summary: 'Overview summary', status: 'Overview status', citations: [{ source: 's1' }] },
    sources: [
      { id: 's1', outlet: 'Outlet 1', headline: 'Headline 1', language: 'en', kind: 'article' },
      { id: 's2', outlet: 'Outlet 2', headline: 'Headline 2', language: 'en', kind: 'reference' },
      { id: 's3', outlet: 'Outlet 3', headline: 'Headline 3', language: 'ja', kind: 'reference' },
    ],
    // Deliberately not in date order; F comes before G (same day) to check that ties keep it.
    events: [F, A, D, C, G, B, E].map((e) => structuredClone(e)),
    claims: [C1, C5, C2, C4, C3].map((c) => structuredClone(c)),
    // Deliberately out of canonical order, and without kunashir.
    islands: [island('habomai'), island('iturup'), island('shikotan')],
  };
}

const ids = (items: ReadonlyArray<{ id: string }>): string[] => items.map((item) => item.id);

// -------------------------------------------------------------------------------------------------

describe('data/query', () => {
  describe('compareDates', () => {
    const cases: Array<[string, string, number]> = [
      ['1855', '1945', -1],
      ['1945', '1945-02', -1],
      ['1945-02', '1945-02-11', -1],
      ['1945-02-11', '1945-02', 1],
      ['1945-02', '1945', 1],
      ['2018-09-12', '2018-09-12', 0],
      ['2018', '2018', 0],
      ['2018-11-14', '2018-11-15', -1],
      ['2018-12', '2019', -1],
      ['2019-01-22', '2019-01', 1],
      ['1999-12-31', '2000', -1],
      ['2000', '1999-12-31', 1],
      ['2018-02', '2018-10', -1],
      ['not a date', '2000', 1],
      ['2000', 'not a date', -1],
    ];
    for (const [a, b, expected] of cases) {
      it(`compareDates(${a}, ${b}) = ${expected}`, () => {
        expect(compareDates(a, b)).to.equal(expected);
      });
    }

    it('sorts mixed precisions chronologically, a year before its months', () => {
      const dates = ['2019-01', '2019', '1855-02-07', '2018-12-01', '2019-01-22', '2018-12'];
      expect([...dates].sort(compareDates)).to.deep.equal([
        '1855-02-07',
        '2018-12',
        '2018-12-01',
        '2019',
        '2019-01',
        '2019-01-22',
      ]);
    });
  });

  describe('isValidPartialDate and datePrecision', () => {
    const cases: Array<[string, DatePrecision | undefined]> = [
      ['1855', 'year'],
      ['1945-08', 'month'],
      ['1956-10-19', 'day'],
      ['2000-02-29', 'day'],
      ['2100-02-29', undefined],
      ['1956-02-30', undefined],
      ['1956-04-31', undefined],
      ['1956-13', undefined],
      ['1956-00-10', undefined],
      ['1956-10-00', undefined],
      ['195', undefined],
      ['1956-1', undefined],
      ['1956/10/19', undefined],
      ['', undefined],
    ];
    for (const [date, precision] of cases) {
      it(`${JSON.stringify(date)} → ${precision ?? 'invalid'}`, () => {
        expect(datePrecision(date)).to.equal(precision);
        expect(isValidPartialDate(date)).to.equal(precision !== undefined);
        if (precision) {
          expect(isValidPartialDate(date, precision)).to.be.true;
          for (const other of ['year', 'month', 'day'] as const) {
            if (other !== precision) expect(isValidPartialDate(date, other)).to.be.false;
          }
        }
      });
    }
  });

  describe('dateInRange', () => {
    const cases: Array<[string, string | undefined, string | undefined, string | undefined, boolean]> = [
      // [date, endDate, from, to, expected]
      ['1956-10-19', undefined, undefined, undefined, true],
      ['2013-04-29', undefined, '2013', undefined, true],
      ['2013-01-01', undefined, '2013', undefined, true],
      ['2012-12-31', undefined, '2013', undefined, false],
      ['2019-12-31', undefined, undefined, '2019', true],
      ['2020-01-01', undefined, undefined, '2019', false],
      ['2018', undefined, '2018-06-01', '2018-12-31', true],
      ['2017', undefined, '2018-06-01', '2018-12-31', false],
      ['2018-05', undefined, '2018-06-01', '2018-12-31', false],
      ['2018-06', undefined, '2018-06-15', '2018-06-15', true],
      ['2018-02', undefined, '2018-02-28', '2018-02-28', true],
      ['2000-02', undefined, '2000-02-29', undefined, true],
      ['2013-04-29', undefined, '2013-04', '2013-04', true],
      ['2013-05-01', undefined, '2013-04', '2013-04', false],
      ['1945-08-28', '1945-09-05', '1945-09-01', '1945-09-30', true],
      ['1945-08-28', '1945-09-05', '1945-09-06', undefined, false],
      ['1945-08-28', '1945-09-05', '1945-09-05', undefined, true],
      ['1945-08-28', '1945-09-05', undefined, '1945-08-27', false],
      ['1945-08-28', '1945-09-05', undefined, '1945-08-28', true],
      ['2016-12-15', '2016-12-16', '2016-12-16', '2016-12-16', true],
      ['1956-02-30', undefined, '1900', '2000', false],
      ['2018-09-12', undefined, 'garbage', undefined, true],
    ];
    for (const [date, endDate, from, to, expected] of cases) {
      it(`${date}${endDate ? `..${endDate}` : ''} in ${from ?? '…'}..${to ?? '…'}: ${expected}`, () => {
        expect(dateInRange(date, endDate, from, to)).to.equal(expected);
      });
    }
  });

  describe('selectEvents', () => {
    const cases: Array<[string, EventQuery | undefined, string[]]> = [
      ['no options: all, chronological, ties in dataset order', undefined, ['a-1855', 'b-occupation', 'c-1956', 'd-2016', 'e-nagato', 'f-forum', 'g-answer']],
      ['desc: latest first, ties still in dataset order', { order: 'desc' }, ['f-forum', 'g-answer', 'e-nagato', 'd-2016', 'c-1956', 'b-occupation', 'a-1855']],
      ['from/to years', { from: '1945', to: '1956' }, ['b-occupation', 'c-1956']],
      ['a year-precision event overlaps a later from', { from: '2016-06' }, ['d-2016', 'e-nagato', 'f-forum', 'g-answer']],
      ['a multi-day event overlaps by its end', { from: '1945-09-05', to: '1945-12' }, ['b-occupation']],
      ['one tag', { tags: ['treaty'] }, ['a-1855', 'c-1956']],
      ['tags match any', { tags: ['treaty', 'military'] }, ['a-1855', 'c-1956', 'd-2016']],
      ['empty tags: no filter', { tags: [] }, ['a-1855', 'b-occupation', 'c-1956', 'd-2016', 'e-nagato', 'f-forum', 'g-answer']],
      ['unknown tag: nothing', { tags: ['nope'] }, []],
      ['island: events with islands [] do not match', { islands: ['shikotan'] }, ['b-occupation', 'c-1956']],
      ['islands match any', { islands: ['iturup', 'habomai'] }, ['b-occupation', 'c-1956', 'd-2016']],
      ['empty islands: no filter', { islands: [] }, ['a-1855', 'b-occupation', 'c-1956', 'd-2016', 'e-nagato', 'f-forum', 'g-answer']],
      ['islands + tags', { islands: ['habomai'], tags: ['treaty'] }, ['c-1956']],
      ['tags + from', { tags: ['summit'], from: '2017' }, ['f-forum']],
      ['tags + range + desc', { tags: ['summit', 'statement'], from: '2016', to: '2018', order: 'desc' }, ['f-forum', 'g-answer', 'e-nagato']],
      ['limit', { limit: 2 }, ['a-1855', 'b-occupation']],
      ['desc + limit: the latest', { order: 'desc', limit: 1 }, ['f-forum']],
      ['limit after filtering', { islands: ['iturup'], limit: 1 }, ['b-occupation']],
      ['limit 0', { limit: 0 }, []],
      ['negative limit is ignored', { limit: -1 }, ['a-1855', 'b-occupation', 'c-1956', 'd-2016', 'e-nagato', 'f-forum', 'g-answer']],
      ['fractional limit is floored', { limit: 1.9 }, ['a-1855']],
    ];
    for (const [name, opts, expected] of cases) {
      it(name, () => {
        expect(ids(selectEvents(fixture(), opts))).to.deep.equal(expected);
      });
    }

    it('returns a new array and leaves the dataset untouched', () => {
      const ds = fixture();
      const before = structuredClone(ds);
      const result = selectEvents(ds, { order: 'desc' });
      expect(result).to.not.equal(ds.events);
      expect(ds).to.deep.equal(before);
    });
  });

  describe('selectClaims', () => {
    const cases: Array<[string, ClaimQuery | undefined, string[]]> = [
      ['no options: all, by date, a month before its days', undefined, ['c4', 'c2', 'c3', 'c1', 'c5']],
      ['one party', { parties: ['japan'] }, ['c1', 'c5']],
      ['parties + topic', { parties: ['japan', 'russia'], topics: ['sovereignty'] }, ['c2', 'c1']],
      ['one topic', { topics: ['declaration-1956'] }, ['c3']],
      ['from a year', { from: '2019' }, ['c5']],
      ['to a day: a month-precision claim overlapping it is kept', { to: '2018-11-14' }, ['c4', 'c2', 'c3']],
      ['range + party', { from: '2018', to: '2018', parties: ['both', 'other'] }, ['c3']],
      ['empty lists: no filter', { parties: [], topics: [] }, ['c4', 'c2', 'c3', 'c1', 'c5']],
      ['unknown party: nothing', { parties: ['nobody'] }, []],
    ];
    for (const [name, opts, expected] of cases) {
      it(name, () => {
        expect(ids(selectClaims(fixture(), opts))).to.deep.equal(expected);
      });
    }
  });

  describe('selectIslands and getIsland', () => {
    const cases: Array<[string, string[] | undefined, string[]]> = [
      ['all, in canonical order', undefined, ['iturup', 'shikotan', 'habomai']],
      ['empty list: all', [], ['iturup', 'shikotan', 'habomai']],
      ['some, in canonical order whatever the order asked', ['habomai', 'iturup'], ['iturup', 'habomai']],
      ['one missing from the dataset', ['kunashir'], []],
      ['unknown ids are ignored', ['atlantis', 'shikotan'], ['shikotan']],
    ];
    for (const [name, wanted, expected] of cases) {
      it(name, () => {
        expect(ids(selectIslands(fixture(), wanted))).to.deep.equal(expected);
      });
    }

    it('getIsland finds by id', () => {
      const ds = fixture();
      expect(getIsland(ds, 'shikotan')?.id).to.equal('shikotan');
      expect(getIsland(ds, 'kunashir')).to.be.undefined;
      expect(getIsland(ds, 'nope')).to.be.undefined;
    });
  });

  describe('sourcesOf and sourceById', () => {
    it('returns cited sources in citation order, once each, skipping unknown ids', () => {
      const ds = fixture();
      const item = {
        citations: [{ source: 's2' }, { source: 's1' }, { source: 's2', quote: 'again' }, { source: 'missing' }],
      };
      expect(ids(sourcesOf(ds, item))).to.deep.equal(['s2', 's1']);
      expect(sourcesOf(ds, { citations: [] })).to.deep.equal([]);
    });

    it('sourceById', () => {
      const ds = fixture();
      expect(sourceById(ds, 's3')?.outlet).to.equal('Outlet 3');
      expect(sourceById(ds, 'nope')).to.be.undefined;
    });
  });

  describe('eventAnchorId', () => {
    it('prefixes the event id', () => {
      expect(eventAnchorId('yalta-agreement-1945')).to.equal('kuril-event-yalta-agreement-1945');
    });
  });

  describe('englishDataset', () => {
    it('gives every item textLang "en", and drops a quote translation left over, without mutating its input', async () => {
      const { dataset } = await import('../../src/data/dataset.js');
      const ds = fixture();
      // A localized claim fed back in: its quote translation must not survive.
      Object.assign(ds.claims[0], { quoteTranslation: 'left over', quoteLang: 'ja' });
      for (const input of [ds, dataset]) {
        const english = englishDataset(input);
        expect(english.overview).to.deep.equal({ ...input.overview, textLang: 'en' });
        expect(english.events).to.deep.equal(input.events.map((e) => ({ ...e, textLang: 'en' })));
        expect(english.islands).to.deep.equal(input.islands.map((i) => ({ ...i, textLang: 'en' })));
        expect(english.claims).to.deep.equal(
          input.claims.map(({ quoteTranslation: _t, quoteLang: _l, ...c }) => ({ ...c, textLang: 'en' })),
        );
        expect(english.sources).to.deep.equal(input.sources);
        expect(english.sources).not.to.equal(input.sources);
      }
      expect(ds.claims[0].quoteTranslation, 'the input is not mutated').to.equal('left over');
      expect(ds.events[0]).not.to.have.property('textLang');
    });
  });

  describe('localizeDataset', () => {
    const ja: Translation = {
      language: 'ja',
      status: 'machine',
      overview: { summary: '概要', status: '現状' },
      events: {
        'a-1855': { title: '下田条約', summary: '要約', actors: ['日本', 'ロシア帝国'] },
        // Incomplete: no summary, so the whole event stays English.
        'c-1956': { title: '日ソ共同宣言' },
      },
      claims: {
        c1: { statement: '日本の立場', quote: '逐語の訳', speaker: { role: '役職' } },
        // A quote translation alone: the statement stays English, the quote translation is kept.
        c2: { quote: '別の言葉' },
        // A quote translation for a claim without a quote is ignored.
        c3: { statement: '両国の合意', quote: '存在しない引用' },
      },
      islands: {
        iturup: { keyFacts: ['択捉島の事実'] },
        shikotan: { keyFacts: [] },
      },
    };

    it('without a translation: English text, textLang en everywhere, nothing else changed', () => {
      const ds = fixture();
      const before = structuredClone(ds);
      const out = localizeDataset(ds);
      expect(ds, 'input not mutated').to.deep.equal(before);
      expect(out).to.not.equal(ds);
      expect(out.overview.textLang).to.equal('en');
      for (const e of out.events) expect(e.textLang).to.equal('en');
      for (const c of out.claims) {
        expect(c.textLang).to.equal('en');
        expect(c).to.not.have.property('quoteTranslation');
      }
      for (const i of out.islands) expect(i.textLang).to.equal('en');
      expect(out.events.map((e) => e.title)).to.deep.equal(ds.events.map((e) => e.title));
      expect(out.meta).to.deep.equal(ds.meta);
      expect(out.sources).to.deep.equal(ds.sources);
    });

    it('replaces translated text, falls back per item, and never mutates the input', () => {
      const ds = fixture();
      const before = structuredClone(ds);
      const out = localizeDataset(ds, ja);
      expect(ds, 'input not mutated').to.deep.equal(before);

      const a = out.events.find((e) => e.id === 'a-1855')!;
      expect([a.title, a.summary, a.textLang]).to.deep.equal(['下田条約', '要約', 'ja']);
      expect(a.actors).to.deep.equal(['日本', 'ロシア帝国']);
      expect([a.date, a.precision, a.tags]).to.deep.equal(['1855-02-07', 'day', ['treaty']]);

      const c = out.events.find((e) => e.id === 'c-1956')!;
      expect([c.title, c.summary, c.textLang]).to.deep.equal(['Title c-1956', 'Summary c-1956', 'en']);

      const untouched = out.events.find((e) => e.id === 'f-forum')!;
      expect(untouched.textLang).to.equal('en');
      expect(untouched.actors).to.deep.equal(['Someone']);
    });

    it('localizes claims, keeping quotes verbatim and adding quoteTranslation', () => {
      const out = localizeDataset(fixture(), ja);
      const c1 = out.claims.find((c) => c.id === 'c1')!;
      expect(c1.statement).to.equal('日本の立場');
      expect(c1.textLang).to.equal('ja');
      expect(c1.quote).to.equal('verbatim words');
      expect(c1.quoteTranslation).to.equal('逐語の訳');
      expect(c1.speaker).to.deep.equal({ name: 'Speaker c1', role: '役職' });

      const c2 = out.claims.find((c) => c.id === 'c2')!;
      expect([c2.statement, c2.textLang, c2.quote, c2.quoteTranslation]).to.deep.equal([
        'Statement c2',
        'en',
        'other words',
        '別の言葉',
      ]);

      const c3 = out.claims.find((c) => c.id === 'c3')!;
      expect(c3.textLang).to.equal('ja');
      expect(c3).to.not.have.property('quoteTranslation');

      const c5 = out.claims.find((c) => c.id === 'c5')!;
      expect([c5.statement, c5.textLang]).to.deep.equal(['Statement c5', 'en']);
    });

    it('localizes island facts and the overview', () => {
      const out = localizeDataset(fixture(), ja);
      const iturup = out.islands.find((i) => i.id === 'iturup')!;
      expect([iturup.keyFacts, iturup.textLang]).to.deep.equal([['択捉島の事実'], 'ja']);
      expect(iturup.names.ru.russian).to.equal('iturup-ru');
      const shikotan = out.islands.find((i) => i.id === 'shikotan')!;
      expect([shikotan.keyFacts, shikotan.textLang]).to.deep.equal([['Fact about shikotan'], 'en']);
      expect([out.overview.summary, out.overview.status, out.overview.textLang]).to.deep.equal([
        '概要',
        '現状',
        'ja',
      ]);
      expect(out.overview.citations).to.deep.equal([{ source: 's1' }]);

      const partial = localizeDataset(fixture(), { ...ja, overview: { summary: '概要だけ' } });
      expect([partial.overview.summary, partial.overview.textLang]).to.deep.equal(['Overview summary', 'en']);
    });

    it('ignores inherited keys of the translation records', () => {
      const inherited = Object.create({ 'a-1855': { title: 'Inherited', summary: 'Inherited' } }) as Record<
        string,
        { title?: string; summary?: string }
      >;
      const out = localizeDataset(fixture(), { language: 'ru', status: 'machine', events: inherited });
      const a = out.events.find((x) => x.id === 'a-1855')!;
      expect([a.title, a.textLang]).to.deep.equal(['Title a-1855', 'en']);
    });
  });
});

describe('query helpers for the widgets (issue 10)', () => {
  // Imported here so that this block reads on its own.
  it('datasetMeta gives the as-of date, the corrections link and the version; a valid override wins', async () => {
    const { datasetMeta } = await import('../../src/data/query.js');
    const { dataset } = await import('../../src/data/dataset.js');
    const info = datasetMeta(dataset);
    expect(info.asOf).to.equal(dataset.meta.asOf);
    expect(info.version).to.equal(dataset.meta.version);
    const withLink = { ...dataset, meta: { ...dataset.meta, correctionsUrl: 'https://example.org/corrections' } };
    expect(datasetMeta(withLink).correctionsUrl).to.equal('https://example.org/corrections');
    expect(datasetMeta(withLink, 'mailto:desk@example.org').correctionsUrl).to.equal('mailto:desk@example.org');
    expect(datasetMeta(withLink, 'javascript:alert(1)').correctionsUrl).to.equal('https://example.org/corrections');
    const bad = { ...dataset, meta: { ...dataset.meta, correctionsUrl: 'javascript:alert(1)' } };
    expect(datasetMeta(bad)).to.not.have.property('correctionsUrl');
    // Read from the text: no scheme tricks, white space or hosts without a name get through.
    for (const url of [' https://example.org/', 'java\nscript:alert(1)', 'https:/example.org', 'https://', 'https://a b/', 'ftp://example.org/', 'https://user@evil/']) {
      expect(datasetMeta(withLink, url).correctionsUrl, JSON.stringify(url)).to.equal('https://example.org/corrections');
    }
    expect(datasetMeta(withLink, 'HTTPS://Example.org/fix?x=1#y').correctionsUrl).to.equal('HTTPS://Example.org/fix?x=1#y');
  });

  it('isMachineTranslated labels timeline, claims and fact-box text shown in a machine translation', async () => {
    const { isMachineTranslated, isUntranslated } = await import('../../src/data/query.js');
    const { localizeDataset } = await import('../../src/data/localize.js');
    const { dataset } = await import('../../src/data/dataset.js');
    const { ja } = await import('../../src/data/translations/ja.js');
    const localized = localizeDataset(dataset, ja);
    for (const item of [localized.overview, localized.events[0]!, localized.claims[0]!, localized.islands[0]!]) {
      expect(isMachineTranslated(item, 'ja', localized)).to.be.true;
      expect(isUntranslated(item, 'ja')).to.be.false;
    }
    const english = localizeDataset(dataset);
    expect(isMachineTranslated(english.events[0]!, 'en', english)).to.be.false;
    // English shown in a Japanese widget is not machine-translated, but untranslated.
    expect(isMachineTranslated(english.events[0]!, 'ja', english)).to.be.false;
    expect(isUntranslated(english.events[0]!, 'ja')).to.be.true;
    const reviewed = { ...localized, meta: { ...localized.meta, translationStatus: { ja: 'human' as const } } };
    expect(isMachineTranslated(localized.events[0]!, 'ja', reviewed)).to.be.false;
  });

  it('sourceKindLabel names each kind in each language', async () => {
    const { sourceKindLabel } = await import('../../src/data/query.js');
    const { SOURCE_KINDS } = await import('../../src/data/schema.js');
    const { baseText } = await import('../../src/i18n/messages.js');
    const { base: ja } = await import('../../src/i18n/ja/base.js');
    const { base: ru } = await import('../../src/i18n/ru/base.js');
    for (const [lang, text] of Object.entries({ en: baseText.en, ja, ru })) {
      const labels = SOURCE_KINDS.map((k) => sourceKindLabel(k, text.kinds));
      expect(new Set(labels).size, lang).to.equal(SOURCE_KINDS.length);
    }
    expect(sourceKindLabel('news-agency', baseText.en.kinds)).to.equal('news agency');
    expect(sourceKindLabel('official', ja.kinds)).to.equal('公式');
    // A kind a newer dataset may add is named as a report, in the reader's language.
    expect(sourceKindLabel('unknown-kind', ru.kinds)).to.equal('публикация в СМИ');
  });

  it('localizeDataset shows an original in its language, and in the third language with the translation', async () => {
    const { localizeDataset } = await import('../../src/data/localize.js');
    const base = {
      meta: { version: '1', asOf: '2026-01-01', languages: ['en', 'ja', 'ru'], translationStatus: {} },
      overview: { summary: 'S', status: 'T', citations: [{ source: 's' }] },
      sources: [],
      events: [],
      islands: [],
      claims: [
        {
          id: 'c',
          date: '2020',
          precision: 'year',
          party: 'russia',
          speaker: { name: 'N', role: 'R' },
          topic: 'sovereignty',
          statement: 'Statement.',
          quote: 'English rendering',
          quoteTranslated: true,
          original: { quote: 'Оригинал', lang: 'ru' },
          citations: [{ source: 's' }],
        },
        {
          id: 'd',
          date: '2020',
          precision: 'year',
          party: 'japan',
          speaker: { name: 'N', role: 'R' },
          topic: 'sovereignty',
          statement: 'Statement.',
          original: { quote: '原文', lang: 'ja' },
          citations: [{ source: 's' }],
        },
      ],
    } as unknown as import('../../src/data/schema.js').Dataset;
    const ru = localizeDataset(base, { language: 'ru', status: 'machine', claims: { c: { statement: 'Заявление.', quote: 'Перевод' } } });
    expect([ru.claims[0]!.quote, ru.claims[0]!.quoteLang, ru.claims[0]!.quoteTranslation]).to.deep.equal(['Оригинал', 'ru', undefined]);
    expect(ru.claims[0]!.quoteTranslated).to.equal(undefined);
    expect(ru.claims[1]!.quote).to.equal(undefined);
    const ja = localizeDataset(base, { language: 'ja', status: 'machine', claims: { c: { statement: '声明。', quote: '訳' } } });
    expect([ja.claims[0]!.quote, ja.claims[0]!.quoteLang, ja.claims[0]!.quoteTranslation]).to.deep.equal(['Оригинал', 'ru', '訳']);
    expect([ja.claims[1]!.quote, ja.claims[1]!.quoteLang]).to.deep.equal(['原文', 'ja']);
    const en = localizeDataset(base);
    expect([en.claims[0]!.quote, en.claims[0]!.quoteLang, en.claims[0]!.quoteTranslated]).to.deep.equal(['English rendering', undefined, true]);
    expect(en.claims[1]!.quote).to.equal(undefined);
  });
});
