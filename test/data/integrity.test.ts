import '../helpers.js';
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { compareDates, isValidPartialDate } from '../../src/data/query.js';
import {
  CLAIM_TOPICS,
  DATE_PRECISIONS,
  EVENT_TAGS,
  ISLAND_IDS,
  LANGUAGES,
  PARTIES,
  SOURCE_KINDS,
  type Citation,
  type DatePrecision,
} from '../../src/data/schema.js';

/** The five news articles the dataset was built from. */
const ARTICLES = [
  'globalpost-2013-04',
  'cnbc-2018-09',
  'business-standard-2018-11',
  'new-indian-express-2018-11-15',
  'breitbart-2019-01',
];

/** Every string anywhere in a value, with its JSON path. */
function strings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  }
  return [];
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** The dataset's own reader-visible sentences (not quotes, not source headlines). */
function neutralTexts(): Array<[string, string]> {
  return [
    ['overview.summary', dataset.overview.summary],
    ['overview.status', dataset.overview.status],
    ...dataset.events.flatMap((e): Array<[string, string]> => [
      [`events.${e.id}.title`, e.title],
      [`events.${e.id}.summary`, e.summary],
    ]),
    ...dataset.claims.map((c): [string, string] => [`claims.${c.id}.statement`, c.statement]),
    ...dataset.islands.flatMap((i) =>
      i.keyFacts.map((fact, n): [string, string] => [`islands.${i.id}.keyFacts[${n}]`, fact]),
    ),
  ];
}

function allCitations(): Array<[string, Citation]> {
  return [
    ...dataset.overview.citations.map((c): [string, Citation] => ['overview', c]),
    ...dataset.events.flatMap((e) => e.citations.map((c): [string, Citation] => [`events.${e.id}`, c])),
    ...dataset.claims.flatMap((c) => c.citations.map((x): [string, Citation] => [`claims.${c.id}`, x])),
    ...dataset.islands.flatMap((i) => i.citations.map((c): [string, Citation] => [`islands.${i.id}`, c])),
  ];
}

describe('bundled dataset: integrity', () => {
  describe('ids', () => {
    it('are unique within each section', () => {
      expect(duplicates(dataset.events.map((e) => e.id)), 'events').to.deep.equal([]);
      expect(duplicates(dataset.claims.map((c) => c.id)), 'claims').to.deep.equal([]);
      expect(duplicates(dataset.islands.map((i) => i.id)), 'islands').to.deep.equal([]);
      expect(duplicates(dataset.sources.map((s) => s.id)), 'sources').to.deep.equal([]);
    });

    it('are kebab-case', () => {
      const ids = [
        ...dataset.events.map((e) => e.id),
        ...dataset.claims.map((c) => c.id),
        ...dataset.sources.map((s) => s.id),
      ];
      for (const id of ids) expect(id, id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    });
  });

  describe('citations', () => {
    const sourceIds = new Set(dataset.sources.map((s) => s.id));

    it('every citation resolves to a source', () => {
      for (const [where, citation] of allCitations()) {
        expect(sourceIds.has(citation.source), `${where} cites unknown source ${citation.source}`).to.be.true;
      }
    });

    it('every event, claim, island and the overview cites at least one source', () => {
      expect(dataset.overview.citations.length, 'overview').to.be.greaterThan(0);
      for (const e of dataset.events) expect(e.citations.length, `event ${e.id}`).to.be.greaterThan(0);
      for (const c of dataset.claims) expect(c.citations.length, `claim ${c.id}`).to.be.greaterThan(0);
      for (const i of dataset.islands) expect(i.citations.length, `island ${i.id}`).to.be.greaterThan(0);
    });

    it('all five articles are cited somewhere', () => {
      const cited = new Set(allCitations().map(([, c]) => c.source));
      for (const id of ARTICLES) expect(cited.has(id), id).to.be.true;
    });

    it('every source is cited (no dead entries)', () => {
      const cited = new Set(allCitations().map(([, c]) => c.source));
      for (const source of dataset.sources) expect(cited.has(source.id), source.id).to.be.true;
    });

    it('citation quotes are non-empty passages without enclosing quotation marks', () => {
      for (const [where, citation] of allCitations()) {
        if (citation.quote === undefined) continue;
        expect(citation.quote.trim(), where).to.equal(citation.quote);
        expect(citation.quote, where).to.not.match(/^["“‘']|["”’']$/);
      }
    });
  });

  describe('sources', () => {
    it('have an outlet, a headline, a known language and kind, and only http(s) URLs', () => {
      for (const s of dataset.sources) {
        expect(s.outlet.trim(), s.id).to.not.equal('');
        expect(s.headline.trim(), s.id).to.not.equal('');
        expect(LANGUAGES as readonly string[], s.id).to.include(s.language);
        expect(SOURCE_KINDS as readonly string[], s.id).to.include(s.kind);
        if (s.seenAt?.url !== undefined) expect(s.seenAt.url, `${s.id} seenAt`).to.match(/^https?:\/\/[^\s]+$/);
        if (s.url !== undefined) expect(s.url, s.id).to.match(/^https?:\/\/[^\s]+$/);
        if (s.published !== undefined) expect(isValidPartialDate(s.published), `${s.id} published`).to.be.true;
      }
    });

    it('the five articles are news outlets', () => {
      for (const id of ARTICLES) expect(dataset.sources.find((s) => s.id === id)?.kind, id).to.equal('newspaper');
    });

    it('use the five kinds readers see, not the legacy "article"', () => {
      for (const s of dataset.sources) expect(s.kind, s.id).to.not.equal('article');
    });

    it('name the original publisher: a copy appears only as seenAt', () => {
      const copy = /\bcopy\b|mirror|kiwix|liquisearch|thesaker|1newsday|perno\.com|nhub|atynews|weten|kxan36|vcn\.bc\.ca/i;
      for (const s of dataset.sources) {
        expect(s.outlet, `${s.id} outlet`).to.not.match(copy);
        if (s.url !== undefined) expect(s.url, `${s.id} url`).to.not.match(copy);
      }
    });
  });

  describe('dates', () => {
    it('the date helper rejects dates that do not exist', () => {
      const cases: Array<[string, DatePrecision | undefined, boolean]> = [
        ['1956-02-30', 'day', false],
        ['1900-02-29', 'day', false],
        ['2000-02-29', 'day', true],
        ['2018-13', 'month', false],
        ['2018-00', 'month', false],
        ['1956-10-19', 'month', false],
        ['1956', 'year', true],
        ['56', undefined, false],
        ['1956-1-9', undefined, false],
      ];
      for (const [date, precision, valid] of cases) {
        expect(isValidPartialDate(date, precision), `${date} ${precision}`).to.equal(valid);
      }
    });

    it('every date and endDate is a real date written at its precision, and endDate follows date', () => {
      const items = [...dataset.events, ...dataset.claims];
      for (const item of items) {
        expect(DATE_PRECISIONS as readonly string[], item.id).to.include(item.precision);
        expect(isValidPartialDate(item.date, item.precision), `${item.id} date ${item.date}`).to.be.true;
      }
      for (const event of dataset.events) {
        if (event.endDate === undefined) continue;
        expect(isValidPartialDate(event.endDate, event.precision), `${event.id} endDate`).to.be.true;
        expect(compareDates(event.endDate, event.date), `${event.id} endDate after date`).to.be.greaterThan(0);
      }
    });

    it('meta.asOf is a day no earlier than the latest event or claim', () => {
      expect(isValidPartialDate(dataset.meta.asOf, 'day')).to.be.true;
      for (const event of dataset.events) {
        expect(compareDates(event.endDate ?? event.date, dataset.meta.asOf), event.id).to.be.at.most(0);
      }
      for (const claim of dataset.claims) {
        expect(compareDates(claim.date, dataset.meta.asOf), claim.id).to.be.at.most(0);
      }
    });
  });

  describe('coverage', () => {
    it('has at least 40 events and 20 claims', () => {
      expect(dataset.events.length).to.be.at.least(40);
      expect(dataset.claims.length).to.be.at.least(20);
    });

    it('has claims of all four parties and on all five topics', () => {
      expect(new Set(dataset.claims.map((c) => c.party))).to.deep.equal(new Set(PARTIES));
      expect(new Set(dataset.claims.map((c) => c.topic))).to.deep.equal(new Set(CLAIM_TOPICS));
    });

    it('has all four islands, in canonical order', () => {
      expect(dataset.islands.map((i) => i.id)).to.deep.equal([...ISLAND_IDS]);
    });

    it('uses only known tags and island ids', () => {
      for (const e of dataset.events) {
        expect(e.tags.length, e.id).to.be.greaterThan(0);
        for (const tag of e.tags) expect(EVENT_TAGS as readonly string[], e.id).to.include(tag);
        for (const island of e.islands) expect(ISLAND_IDS as readonly string[], e.id).to.include(island);
      }
    });
  });

  describe('claims', () => {
    const claimIds = new Set(dataset.claims.map((c) => c.id));

    it('every respondsTo resolves to another claim', () => {
      for (const c of dataset.claims) {
        for (const id of c.respondsTo ?? []) {
          expect(claimIds.has(id), `${c.id} responds to unknown ${id}`).to.be.true;
          expect(id, c.id).to.not.equal(c.id);
        }
      }
    });

    it('have a speaker with a role, and quoteTranslated only with a quote', () => {
      for (const c of dataset.claims) {
        expect(c.speaker.name.trim(), c.id).to.not.equal('');
        expect(c.speaker.role.trim(), c.id).to.not.equal('');
        if (c.quoteTranslated) expect(c.quote, c.id).to.be.a('string');
        if (c.quote !== undefined) {
          expect(c.quote.trim(), c.id).to.equal(c.quote);
          expect(c.quote, c.id).to.not.match(/^["“‘]|["”]$/);
        }
      }
    });

    it('gives Shinzo Abe his role as Prime Minister', () => {
      for (const c of dataset.claims.filter((claim) => claim.speaker.name === 'Shinzo Abe')) {
        expect(c.speaker.role, c.id).to.match(/^Prime Minister of Japan$/);
      }
    });
  });

  describe('islands', () => {
    it('have names in every language under both conventions, facts, area and population', () => {
      for (const island of dataset.islands) {
        for (const lang of LANGUAGES) {
          expect(island.names[lang].japanese.trim(), `${island.id} ${lang}`).to.not.equal('');
          expect(island.names[lang].russian.trim(), `${island.id} ${lang}`).to.not.equal('');
        }
        expect(island.keyFacts.length, island.id).to.be.within(1, 2);
        expect(island.areaKm2, island.id).to.be.greaterThan(0);
        expect(Number.isInteger(island.population.year), island.id).to.be.true;
        expect(island.population.value, island.id).to.be.at.least(0);
        expect(island.administeredBy, island.id).to.equal('russia');
        expect(island.claimedBy, island.id).to.deep.equal(['japan']);
      }
    });
  });

  describe('wording', () => {
    const FURNITURE: RegExp[] = [
      /subscri(be|ption)/i,
      /click to show more/i,
      /related stories/i,
      /getty images/i,
      /credit:/i,
      /free articles/i,
      /\bcomments\b/i,
      /whatsapp/i,
      /flipboard/i,
      /photo \|/i,
      /pool photo/i,
      /disclaimer/i,
      /download now/i,
      /log in/i,
      /follow ben kew/i,
      /more from globalpost/i,
      /last updated/i,
      /\{\{/,
      /₹/,
      /a\+a-/i,
    ];

    it('contains no page furniture anywhere', () => {
      for (const [path, text] of strings(dataset)) {
        for (const pattern of FURNITURE) expect(text, `${path} matches ${pattern}`).to.not.match(pattern);
      }
    });

    it('never calls Abe a president', () => {
      const wrong = [
        /\bpresident\s+(?:shinzo\s+)?abe\b/i,
        /\bpresidents of (?:japan|russia) and (?:japan|russia)\b/i,
        /\bpresident of japan\b/i,
        /\bjapan(?:'s|ese)\s+president\b/i,
      ];
      for (const [path, text] of strings(dataset)) {
        for (const pattern of wrong) expect(text, `${path} matches ${pattern}`).to.not.match(pattern);
      }
    });

    it("does not adopt either side's name for the islands in its own sentences", () => {
      const sideName = /northern territories|southern kuril/i;
      for (const [path, text] of neutralTexts()) {
        if (!sideName.test(text)) continue;
        const namesBoth = /northern territories/i.test(text) && /southern kuril/i.test(text);
        const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, '');
        expect(namesBoth || !sideName.test(unquoted), `${path}: ${text}`).to.be.true;
      }
    });

    it('names single islands by both names in its own sentences', () => {
      const oneName = [
        /\bIturup\b(?!\/Etorofu)/,
        /(?<!Iturup\/)\bEtorofu\b/,
        /\bKunashir\b(?!\/Kunashiri)/,
        /(?<!Kunashir\/)\bKunashiri\b/,
      ];
      for (const [path, text] of neutralTexts()) {
        for (const pattern of oneName) expect(text, `${path} matches ${pattern}`).to.not.match(pattern);
      }
    });

    it('does not repeat errors the sources make', () => {
      for (const [path, text] of neutralTexts()) {
        expect(text, path).to.not.match(/technically at war/i);
        // CNBC's date may be mentioned only as CNBC's, where the dataset says the sources disagree.
        expect(text.replace(/CNBC dated the request to early 2018;/g, ''), path).to.not.match(/early 2018/i);
        expect(text, path).to.not.match(/claims the entire chain/i);
        expect(text, path).to.not.match(/hometown/i);
      }
    });
  });
});
