import { dataset } from '../../src/data/dataset.js';
import { localizeDataset, restrictTranslation } from '../../src/data/localize.js';
import type { Dataset, Translation } from '../../src/data/schema.js';
import { expect } from '../helpers.js';

const first = dataset.events[0]!;
const second = dataset.events[1]!;
const tr: Translation = {
  language: 'ja',
  status: 'machine',
  overview: { summary: '概要', status: '現状' },
  events: {
    [first.id]: { title: 'タイトル1', summary: '要約1' },
    [second.id]: { title: 'タイトル2', summary: '要約2' },
  },
};

describe('restrictTranslation', () => {
  it('returns the translation unchanged for the bundled dataset itself', () => {
    expect(restrictTranslation(dataset, dataset, tr)).to.equal(tr);
    expect(restrictTranslation(dataset, dataset, undefined)).to.equal(undefined);
  });

  it('keeps translations of unchanged items and drops those of items the publisher rewrote', () => {
    const publisher: Dataset = {
      ...dataset,
      overview: { ...dataset.overview, summary: 'Our own overview' },
      events: [{ ...first }, { ...second, title: 'Our own title for this id' }],
    };
    const localized = localizeDataset(publisher, restrictTranslation(publisher, dataset, tr));
    expect(localized.events.map((e) => [e.title, e.textLang])).to.deep.equal([
      ['タイトル1', 'ja'],
      ['Our own title for this id', 'en'],
    ]);
    expect(localized.overview.summary).to.equal('Our own overview');
    expect(localized.overview.textLang).to.equal('en');
  });
});
