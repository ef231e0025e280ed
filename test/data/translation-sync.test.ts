// Translation integrity: every Japanese and Russian entry records the hash of the English text it
// translates; an entry whose English has changed since is stale, listed here, and shown in English
// at run time.
import '../helpers.js';
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { englishHash, fnv1a, localizeDataset, restrictTranslation, translationProblems } from '../../src/data/localize.js';
import type { Dataset, Translation } from '../../src/data/schema.js';
import { ja } from '../../src/data/translations/ja.js';
import { ru } from '../../src/data/translations/ru.js';

function describeProblems(tr: Translation): string[] {
  return translationProblems(dataset, tr).map(({ section, id, problem }) => {
    const item =
      section === 'overview'
        ? dataset.overview
        : (dataset[section] as ReadonlyArray<{ id: string }>).find((x) => x.id === id);
    const hash = item ? englishHash(section, item) : '';
    return `${tr.language} ${section}.${id}: ${problem}${hash && problem !== 'orphan' ? ` (current English hash: '${hash}')` : ''}`;
  });
}

describe('translation sync hashes', () => {
  it('fnv1a is the 32-bit FNV-1a of the UTF-16 code units', () => {
    expect(fnv1a('')).to.equal('811c9dc5');
    expect(fnv1a('a')).to.equal('e40c292c');
    expect(fnv1a('foobar')).to.equal('bf9cf968');
    expect(fnv1a('択捉島')).to.match(/^[0-9a-f]{8}$/);
  });

  it('englishHash changes with any reader-visible English field, and only with those', () => {
    const event = dataset.events[0]!;
    const base = englishHash('events', event);
    expect(englishHash('events', { ...event, summary: `${event.summary} ` })).to.not.equal(base);
    expect(englishHash('events', { ...event, actors: [...event.actors, 'X'] })).to.not.equal(base);
    expect(englishHash('events', { ...event, date: '1800' } as typeof event)).to.equal(base);
    const claim = dataset.claims.find((c) => c.quote)!;
    expect(englishHash('claims', { ...claim, quote: `${claim.quote}!` })).to.not.equal(englishHash('claims', claim));
  });

  for (const tr of [ja, ru]) {
    it(`${tr.language}: no entry is stale, unhashed, missing or orphaned`, () => {
      // A failure lists each entry to translate again, with the hash to record as its `en`.
      expect(describeProblems(tr)).to.deep.equal([]);
    });
  }

  it('a stale entry is treated as missing at run time: the English is shown', () => {
    const event = dataset.events[0]!;
    const corrected: Dataset = {
      ...dataset,
      events: dataset.events.map((e) => (e.id === event.id ? { ...e, summary: `${e.summary} (corrected)` } : e)),
    };
    const localized = localizeDataset(corrected, ja);
    const shown = localized.events.find((e) => e.id === event.id)!;
    expect(shown.textLang).to.equal('en');
    expect(shown.summary).to.equal(`${event.summary} (corrected)`);
    // Other entries are unaffected.
    expect(localized.events.find((e) => e.id === dataset.events[1]!.id)!.textLang).to.equal('ja');
    // translationProblems names it.
    expect(translationProblems(corrected, ja)).to.deep.include({ section: 'events', id: event.id, problem: 'stale' });
    // The same through restrictTranslation, the path a publisher's dataset takes.
    const restricted = localizeDataset(corrected, restrictTranslation(corrected, dataset, ja));
    expect(restricted.events.find((e) => e.id === event.id)!.textLang).to.equal('en');
  });

  it('a stale overview or island entry is shown in English too', () => {
    const changed: Dataset = {
      ...dataset,
      overview: { ...dataset.overview, status: `${dataset.overview.status} More.` },
      islands: dataset.islands.map((i) => (i.id === 'iturup' ? { ...i, keyFacts: ['Changed.'] } : i)),
    };
    const localized = localizeDataset(changed, ru);
    expect(localized.overview.textLang).to.equal('en');
    expect(localized.islands.find((i) => i.id === 'iturup')!.textLang).to.equal('en');
    expect(localized.islands.find((i) => i.id === 'kunashir')!.textLang).to.equal('ru');
  });

  it('an entry without a hash (a hand-made translation) is used as it is', () => {
    const first = dataset.events[0]!;
    const tr: Translation = { language: 'ja', status: 'machine', events: { [first.id]: { title: 'T', summary: 'S' } } };
    expect(localizeDataset(dataset, tr).events[0]!.textLang).to.equal('ja');
  });
});
