import { dataset } from '../../src/data/dataset.js';
import { localizeDataset } from '../../src/data/localize.js';
import { ru } from '../../src/data/translations/ru.js';
import { expect } from '../helpers.js';

const CYRILLIC = /[А-Яа-яЁё]/;

const events = ru.events ?? {};
const claims = ru.claims ?? {};
const islands = ru.islands ?? {};

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Every reader-visible neutral string of the translation (quotes and names excluded), with a label. */
function neutralTexts(): [string, string][] {
  const texts: [string, string][] = [
    ['overview.summary', ru.overview?.summary ?? ''],
    ['overview.status', ru.overview?.status ?? ''],
  ];
  for (const [id, e] of Object.entries(events)) {
    texts.push([`events.${id}.title`, e.title ?? ''], [`events.${id}.summary`, e.summary ?? '']);
  }
  for (const [id, c] of Object.entries(claims)) texts.push([`claims.${id}.statement`, c.statement ?? '']);
  for (const [id, i] of Object.entries(islands)) {
    (i.keyFacts ?? []).forEach((fact, n) => texts.push([`islands.${id}.keyFacts[${n}]`, fact]));
  }
  return texts;
}

describe('Russian translation of the bundled dataset', () => {
  it('is a machine translation into Russian', () => {
    expect(ru.language).to.equal('ru');
    expect(ru.status).to.equal('machine');
    expect(dataset.meta.translationStatus.ru).to.equal('machine');
  });

  it('translates the overview', () => {
    expect(nonEmpty(ru.overview?.summary), 'overview.summary').to.be.true;
    expect(nonEmpty(ru.overview?.status), 'overview.status').to.be.true;
  });

  it('has a title, summary and actors for every event', () => {
    for (const event of dataset.events) {
      const t = events[event.id];
      expect(t, `events.${event.id}`).to.exist;
      expect(nonEmpty(t!.title), `events.${event.id}.title`).to.be.true;
      expect(nonEmpty(t!.summary), `events.${event.id}.summary`).to.be.true;
      expect(t!.actors, `events.${event.id}.actors`).to.be.an('array').with.lengthOf(event.actors.length);
      for (const actor of t!.actors!) expect(nonEmpty(actor), `events.${event.id}.actors`).to.be.true;
    }
  });

  it('has a statement and speaker for every claim, and a quote translation for every quote', () => {
    for (const claim of dataset.claims) {
      const t = claims[claim.id];
      expect(t, `claims.${claim.id}`).to.exist;
      expect(nonEmpty(t!.statement), `claims.${claim.id}.statement`).to.be.true;
      expect(nonEmpty(t!.speaker?.name), `claims.${claim.id}.speaker.name`).to.be.true;
      expect(nonEmpty(t!.speaker?.role), `claims.${claim.id}.speaker.role`).to.be.true;
      if (claim.quote !== undefined) {
        expect(nonEmpty(t!.quote), `claims.${claim.id}.quote`).to.be.true;
      } else {
        expect(t!.quote, `claims.${claim.id}.quote (the claim has no quote)`).to.equal(undefined);
      }
    }
  });

  it('has as many key facts as the English for every island', () => {
    for (const island of dataset.islands) {
      const t = islands[island.id];
      expect(t, `islands.${island.id}`).to.exist;
      expect(t!.keyFacts, `islands.${island.id}.keyFacts`).to.be.an('array').with.lengthOf(island.keyFacts.length);
      for (const fact of t!.keyFacts!) expect(nonEmpty(fact), `islands.${island.id}.keyFacts`).to.be.true;
    }
  });

  it('has no entry for an id that is not in the dataset', () => {
    const eventIds = new Set(dataset.events.map((e) => e.id));
    const claimIds = new Set(dataset.claims.map((c) => c.id));
    const islandIds = new Set<string>(dataset.islands.map((i) => i.id));
    expect(Object.keys(events).filter((id) => !eventIds.has(id))).to.deep.equal([]);
    expect(Object.keys(claims).filter((id) => !claimIds.has(id))).to.deep.equal([]);
    expect(Object.keys(islands).filter((id) => !islandIds.has(id))).to.deep.equal([]);
  });

  it('localizes every item of the bundled dataset into Russian', () => {
    const localized = localizeDataset(dataset, ru);
    expect(localized.overview.textLang).to.equal('ru');
    const notRu = [
      ...localized.events.filter((e) => e.textLang !== 'ru').map((e) => `event ${e.id}`),
      ...localized.claims.filter((c) => c.textLang !== 'ru').map((c) => `claim ${c.id}`),
      ...localized.islands.filter((i) => i.textLang !== 'ru').map((i) => `island ${i.id}`),
    ];
    expect(notRu).to.deep.equal([]);
    for (const claim of localized.claims) {
      const english = dataset.claims.find((c) => c.id === claim.id)!;
      const original = english.original;
      if (original && (english.quote !== undefined || original.lang === 'ru')) {
        // The speaker's own words in place of the English rendering (Kremlin, MID, the Kantei).
        expect(claim.quote, claim.id).to.equal(original.quote);
        expect(claim.quoteTranslation, claim.id).to.equal(original.lang === 'ru' ? undefined : claims[claim.id]!.quote);
      } else {
        // Quotes stay verbatim; the Russian rendering is shown next to them.
        expect(claim.quote).to.equal(english.quote);
        expect(claim.quoteTranslation).to.equal(english.quote === undefined ? undefined : claims[claim.id]!.quote);
      }
    }
    // Words spoken in Russian reach Russian readers in Russian, not as a back-translation.
    const putin = localized.claims.find((c) => c.id === 'putin-singapore-2018')!;
    expect(putin.quote).to.match(/^Рад возможности/);
    expect(putin.quoteTranslation).to.equal(undefined);
  });

  it('has Cyrillic in every title, summary, statement, key fact and quote translation', () => {
    const texts = neutralTexts();
    for (const [id, c] of Object.entries(claims)) if (c.quote !== undefined) texts.push([`claims.${id}.quote`, c.quote]);
    const untranslated = texts.filter(([, text]) => !CYRILLIC.test(text)).map(([label]) => label);
    expect(untranslated).to.deep.equal([]);
  });

  it('names a single island by both names wherever it names it', () => {
    const pairs: [RegExp, RegExp][] = [
      [/Итуруп/, /Эторофу/],
      [/Кунашир/, /Кунасири/],
    ];
    const oneName: string[] = [];
    for (const [label, text] of neutralTexts()) {
      for (const [a, b] of pairs) if (a.test(text) !== b.test(text)) oneName.push(label);
    }
    expect(oneName).to.deep.equal([]);
  });

  it('uses neither side’s group name for the islands on its own', () => {
    const oneSided: string[] = [];
    for (const [label, raw] of neutralTexts()) {
      // The name of Japan's «День Северных территорий» (in any case) is a proper name, not a usage.
      const text = raw.replace(/«(?:День|Дня|Дню|Днём) Северных территорий»/g, '');
      const japanese = /Северн\S* территори/i.test(text);
      const russian = /Южн\S* Курил/i.test(text);
      if (japanese !== russian) oneSided.push(label);
    }
    expect(oneSided).to.deep.equal([]);
  });
});
