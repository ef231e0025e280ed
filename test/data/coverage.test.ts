// The coverage table of the five seed articles (src/data/coverage.ts) against the bundled dataset.
// It does not read the articles themselves (../shared): the passages were checked against them
// when the table was written; here every item named must exist and every quote named must be
// printed verbatim by the dataset, citing that article.
import '../helpers.js';
import { expect } from '@open-wc/testing';
import { coverage } from '../../src/data/coverage.js';
import { dataset } from '../../src/data/dataset.js';

const ARTICLES = [
  'globalpost-2013-04',
  'cnbc-2018-09',
  'business-standard-2018-11',
  'new-indian-express-2018-11-15',
  'breitbart-2019-01',
];

type Item = { id: string; citations: { source: string; quote?: string }[]; quote?: string };
const items = new Map<string, Item>([
  ['overview', { id: 'overview', citations: dataset.overview.citations }],
  ...dataset.events.map((e): [string, Item] => [e.id, e]),
  ...dataset.claims.map((c): [string, Item] => [c.id, c]),
  ...dataset.islands.map((i): [string, Item] => [i.id, i]),
]);

/** What the dataset prints of an article in an item: the claim's quote, and citation passages. */
function printed(item: Item, article: string): string[] {
  const cites = item.citations.filter((c) => c.source === article);
  const out = cites.map((c) => c.quote ?? '').filter(Boolean);
  if (item.quote !== undefined && cites.length > 0) out.push(item.quote);
  return out.map((t) => t.replace(/\u00a0/g, ' '));
}

describe('coverage table of the five articles', () => {
  it('covers each of the five articles, and only them', () => {
    expect([...new Set(coverage.map((e) => e.article))].sort()).to.deep.equal([...ARTICLES].sort());
    for (const article of ARTICLES) {
      expect(coverage.filter((e) => e.article === article).length, article).to.be.at.least(10);
    }
  });

  it('quotes only short passages', () => {
    for (const e of coverage) expect(e.passage.length, e.passage).to.be.within(3, 220);
  });

  it('gives covered and corrected statements their items, and corrected and excluded ones a reason', () => {
    for (const e of coverage) {
      if (e.status !== 'excluded') expect(e.items?.length, e.passage).to.be.greaterThan(0);
      if (e.status !== 'covered') expect(e.reason, e.passage).to.be.a('string').and.not.equal('');
      if (e.what === 'furniture') expect(e.status, e.passage).to.equal('excluded');
    }
  });

  it('names only items that exist', () => {
    const unknown = coverage.flatMap((e) => (e.items ?? []).filter((id) => !items.has(id)).map((id) => `${e.passage}: ${id}`));
    expect(unknown).to.deep.equal([]);
  });

  it('names items that cite the article for every covered statement', () => {
    const uncited: string[] = [];
    for (const e of coverage.filter((x) => x.status === 'covered')) {
      const cites = (e.items ?? []).some((id) => items.get(id)!.citations.some((c) => c.source === e.article));
      if (!cites) uncited.push(`${e.article}: ${e.passage}`);
    }
    expect(uncited).to.deep.equal([]);
  });

  it('every quote it names is printed verbatim by one of its items', () => {
    const missing: string[] = [];
    for (const e of coverage.filter((x) => x.what === 'quote')) {
      const found = (e.items ?? []).some((id) => printed(items.get(id)!, e.article).some((t) => t.includes(e.passage)));
      if (!found) missing.push(`${e.article}: ${e.passage}`);
    }
    expect(missing).to.deep.equal([]);
  });
});
