// The bundled Japanese translation (src/data/translations/ja.ts) against the bundled dataset.
import { dataset } from '../../src/data/dataset.js';
import { localizeDataset } from '../../src/data/localize.js';
import { ja } from '../../src/data/translations/ja.js';
import { expect } from '../helpers.js';

/** Hiragana, katakana (and the long-vowel mark, middle dot) or CJK ideographs. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

const events = ja.events ?? {};
const claims = ja.claims ?? {};
const islands = ja.islands ?? {};

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The reader-visible text of the translation in the dataset's own (neutral) voice, with where it is. */
function neutralTexts(): [string, string][] {
  const out: [string, string][] = [];
  out.push(['overview.summary', ja.overview?.summary ?? ''], ['overview.status', ja.overview?.status ?? '']);
  for (const [id, e] of Object.entries(events)) {
    out.push([`events.${id}.title`, e.title ?? ''], [`events.${id}.summary`, e.summary ?? '']);
  }
  for (const [id, c] of Object.entries(claims)) out.push([`claims.${id}.statement`, c.statement ?? '']);
  for (const [id, i] of Object.entries(islands)) {
    (i.keyFacts ?? []).forEach((fact, n) => out.push([`islands.${id}.keyFacts[${n}]`, fact]));
  }
  return out;
}

/** The English text each neutral Japanese text translates, keyed like {@link neutralTexts}. */
function englishTexts(): Map<string, string> {
  const out = new Map<string, string>([
    ['overview.summary', dataset.overview.summary],
    ['overview.status', dataset.overview.status],
  ]);
  for (const e of dataset.events) out.set(`events.${e.id}.title`, e.title).set(`events.${e.id}.summary`, e.summary);
  for (const c of dataset.claims) out.set(`claims.${c.id}.statement`, c.statement);
  for (const i of dataset.islands) i.keyFacts.forEach((fact, n) => out.set(`islands.${i.id}.keyFacts[${n}]`, fact));
  return out;
}

/** Every string of the translation a reader sees, quotes and names included. */
function allTexts(): [string, string][] {
  const out = neutralTexts();
  for (const [id, e] of Object.entries(events)) (e.actors ?? []).forEach((a, n) => out.push([`events.${id}.actors[${n}]`, a]));
  for (const [id, c] of Object.entries(claims)) {
    if (c.quote !== undefined) out.push([`claims.${id}.quote`, c.quote]);
    out.push([`claims.${id}.speaker.name`, c.speaker?.name ?? ''], [`claims.${id}.speaker.role`, c.speaker?.role ?? '']);
  }
  return out;
}

describe('Japanese translation of the bundled dataset', () => {
  it('is the Japanese, machine-translated text, as the dataset meta says', () => {
    expect(ja.language).to.equal('ja');
    expect(ja.status).to.equal('machine');
    expect(dataset.meta.translationStatus.ja).to.equal(ja.status);
  });

  it('translates the overview', () => {
    expect(nonEmpty(ja.overview?.summary)).to.be.true;
    expect(nonEmpty(ja.overview?.status)).to.be.true;
  });

  it('translates every event: title, summary and each actor', () => {
    for (const event of dataset.events) {
      const t = events[event.id];
      expect(t, event.id).to.exist;
      expect(nonEmpty(t!.title), `${event.id} title`).to.be.true;
      expect(nonEmpty(t!.summary), `${event.id} summary`).to.be.true;
      expect(t!.actors, `${event.id} actors`).to.be.an('array').with.lengthOf(event.actors.length);
      for (const actor of t!.actors!) expect(nonEmpty(actor), `${event.id} actor`).to.be.true;
    }
  });

  it('translates every claim: statement and speaker', () => {
    for (const claim of dataset.claims) {
      const t = claims[claim.id];
      expect(t, claim.id).to.exist;
      expect(nonEmpty(t!.statement), `${claim.id} statement`).to.be.true;
      expect(nonEmpty(t!.speaker?.name), `${claim.id} speaker.name`).to.be.true;
      expect(nonEmpty(t!.speaker?.role), `${claim.id} speaker.role`).to.be.true;
    }
  });

  it('translates the quote of every claim that has one, and of no other', () => {
    for (const claim of dataset.claims) {
      const t = claims[claim.id];
      if (claim.quote !== undefined) expect(nonEmpty(t?.quote), `${claim.id} quote`).to.be.true;
      else expect(t?.quote, `${claim.id} has no quote to translate`).to.be.undefined;
    }
  });

  it("translates every island's key facts, one for one", () => {
    for (const island of dataset.islands) {
      const facts = islands[island.id]?.keyFacts;
      expect(facts, island.id).to.be.an('array').with.lengthOf(island.keyFacts.length);
      for (const fact of facts!) expect(nonEmpty(fact), island.id).to.be.true;
    }
  });

  it('has no entry for an id the dataset does not have', () => {
    const has = (ids: string[]) => (id: string) => ids.includes(id);
    expect(Object.keys(events).filter((id) => !has(dataset.events.map((e) => e.id))(id))).to.deep.equal([]);
    expect(Object.keys(claims).filter((id) => !has(dataset.claims.map((c) => c.id))(id))).to.deep.equal([]);
    expect(Object.keys(islands).filter((id) => !has(dataset.islands.map((i) => i.id))(id))).to.deep.equal([]);
  });

  it('localizeDataset puts every item in Japanese, with the quote translations', () => {
    const localized = localizeDataset(dataset, ja);
    expect(localized.overview.textLang).to.equal('ja');
    expect(localized.overview.summary).to.equal(ja.overview!.summary);
    for (const e of localized.events) {
      expect(e.textLang, e.id).to.equal('ja');
      expect(e.title).to.equal(events[e.id]!.title);
      expect(e.actors).to.deep.equal(events[e.id]!.actors);
    }
    for (const c of localized.claims) {
      expect(c.textLang, c.id).to.equal('ja');
      expect(c.speaker).to.deep.equal(claims[c.id]!.speaker);
      const english = dataset.claims.find((x) => x.id === c.id)!;
      const original = english.original;
      if (original && (english.quote !== undefined || original.lang === 'ja')) {
        // The speaker's own words, in Japanese or Russian, in place of the English rendering; a
        // translation only where the words are not Japanese.
        expect(c.quote, c.id).to.equal(original.quote);
        expect(c.quoteLang, c.id).to.equal(original.lang);
        expect(c.quoteTranslation, c.id).to.equal(original.lang === 'ja' ? undefined : claims[c.id]!.quote);
      } else {
        expect(c.quoteTranslation, c.id).to.equal(english.quote === undefined ? undefined : claims[c.id]!.quote);
        // Quotes themselves stay verbatim, in English.
        expect(c.quote).to.equal(english.quote);
      }
    }
    for (const i of localized.islands) expect(i.textLang, i.id).to.equal('ja');
  });

  it('has no string without Japanese in it (which would probably be untranslated)', () => {
    const latinOnly = allTexts().filter(([, text]) => !JAPANESE.test(text));
    expect(latinOnly).to.deep.equal([]);
  });

  it('writes dates in Japanese style, not ISO or English month names', () => {
    const months = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
    const bad = allTexts().filter(([, text]) => months.test(text) || /\d{4}-\d{2}/.test(text));
    expect(bad).to.deep.equal([]);
  });

  it("names a single island only in the dataset's Japanese forms, both names where they differ", () => {
    const bad: string[] = [];
    for (const island of dataset.islands) {
      const { russian, japanese } = island.names.ja;
      if (russian === japanese) continue;
      // The display language's side first (i18n/names.ts): the Japanese name.
      const pair = `${japanese}／${russian}`;
      for (const [where, text] of allTexts()) {
        if (where.endsWith('.quote')) continue;
        const rest = text.split(pair).join('');
        if (rest.includes(russian) || rest.includes(japanese)) bad.push(`${where}: ${text}`);
      }
    }
    expect(bad).to.deep.equal([]);
    // Other renderings of the islands' names are not the dataset's.
    const variants = /エトロフ|イトゥルプ|クナシリ|シコタン|ハボマイ|歯舞諸島|色丹(?!島)|択捉(?!島)|国後(?!島)/;
    expect(allTexts().filter(([, text]) => variants.test(text))).to.deep.equal([]);
  });

  it('names the same islands as the English text it translates', () => {
    const english = englishTexts();
    const bad: string[] = [];
    for (const [where, text] of neutralTexts()) {
      const en = english.get(where);
      expect(en, where).to.be.a('string');
      for (const island of dataset.islands) {
        const enNamed = [island.names.en.russian, island.names.en.japanese].some((n) => en!.includes(n.split(' ')[0]!));
        const jaNamed = [island.names.ja.russian, island.names.ja.japanese].some((n) => text.includes(n));
        if (enNamed !== jaNamed) bad.push(`${where} (${island.id}): ${text}`);
      }
    }
    expect(bad).to.deep.equal([]);
  });

  it("uses either side's name for the islands as a group only in 「」, never as its own", () => {
    const sideNames = /北方領土|北方四島|南クリル|南千島|クリル諸島|クリル列島/;
    const bad = neutralTexts()
      .map(([where, text]) => [where, text.replace(/「[^「」]*」/g, '')] as const)
      .filter(([, text]) => sideNames.test(text));
    expect(bad).to.deep.equal([]);
    // The overview gives both sides' names, each attributed.
    expect(ja.overview!.summary).to.contain('「北方領土」').and.contain('「南クリル諸島」');
  });
});
