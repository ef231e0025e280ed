// Progressive rendering bounded by work, not by item count: a timeline of events with many
// citations, and a claims panel of claims with many links, render in several passes (separate
// tasks), the first of which shows some items at once; `updateComplete` waits for the last pass.
import '../../src/kuril-timeline.js';
import '../../src/kuril-claims.js';
import { expect, fixture, settled } from '../helpers.js';

const sources = Array.from({ length: 100 }, (_, i) => ({
  id: `s-${i}`,
  outlet: 'The Harbour Ledger',
  headline: `Report ${i}`,
  published: '2019-01-01',
  url: `https://news.example.com/${i}`,
  language: 'en',
  kind: 'article',
}));

/** An element of `tag` with `attrs` and an inline dataset; records how many `selector`s each render shows. */
async function progressive(tag: string, attrs: Record<string, string>, data: object, selector: string) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(data);
  el.append(script);
  const counts: number[] = [];
  // Counted after every update (each pass is one), from before the element first renders; not
  // while the dataset loads (the bundled items then render hidden, holding the panel's space).
  (el as unknown as { addController(c: { hostUpdated(): void }): void }).addController({
    hostUpdated() {
      if (el.shadowRoot?.querySelector('[part="base"][aria-busy="true"]')) return;
      const n = el.shadowRoot?.querySelectorAll(selector).length ?? 0;
      if (n && n !== counts.at(-1)) counts.push(n);
    },
  });
  const wrapper = document.createElement('div');
  wrapper.append(el);
  await fixture(wrapper);
  await settled(el);
  return { el, counts, total: el.shadowRoot!.querySelectorAll(selector).length };
}

describe('progressive rendering bounded by work', () => {
  it('<kuril-timeline>: 40 events of 100 citations each render a few at a time', async () => {
    const events = Array.from({ length: 40 }, (_, i) => ({
      id: `e-${i}`,
      date: `${1900 + i}-01-01`,
      precision: 'day',
      title: `Event ${i}`,
      summary: 'Delegations meet.',
      tags: ['summit'],
      islands: [],
      actors: [],
      citations: sources.map((s) => ({ source: s.id })),
    }));
    const { counts, total } = await progressive('kuril-timeline', { limit: '0' }, { sources, events }, '[part="item"]');
    expect(total).to.equal(40);
    // Bounded by work: far fewer than the 25 ordinary events of a first pass, but at least one.
    expect(counts[0]).to.be.above(0).and.below(10);
    expect(counts.length, `passes: ${counts.join(', ')}`).to.be.above(3);
    expect(counts.at(-1)).to.equal(40);
  });

  it('<kuril-timeline>: 20 events of one citation each render in one pass', async () => {
    const events = Array.from({ length: 20 }, (_, i) => ({
      id: `e-${i}`,
      date: `${1900 + i}-01-01`,
      precision: 'day',
      title: `Event ${i}`,
      summary: 'Delegations meet.',
      tags: ['summit'],
      islands: [],
      actors: [],
      citations: [{ source: 's-0' }],
    }));
    const { counts, total } = await progressive('kuril-timeline', { limit: '0' }, { sources, events }, '[part="item"]');
    expect(total).to.equal(20);
    expect(counts, `passes: ${counts.join(', ')}`).to.deep.equal([20]);
  });

  it('<kuril-claims>: 300 claims of 20 links each render in several passes', async () => {
    const claims = Array.from({ length: 300 }, (_, i) => ({
      id: `c-${i}`,
      date: `${1990 + (i % 30)}-01-01`,
      precision: 'day',
      party: ['japan', 'russia', 'both', 'other'][i % 4],
      speaker: { name: `Speaker ${i}`, role: 'Spokesperson' },
      topic: 'sovereignty',
      statement: `Claim ${i}.`,
      citations: [{ source: sources[i % 100]!.id }],
      respondsTo: Array.from({ length: 20 }, (_, k) => `c-${(i + 299 - k) % 300}`),
    }));
    const { counts, total } = await progressive('kuril-claims', { limit: '0' }, { sources, claims }, '[part="claim"]');
    expect(total).to.equal(300);
    expect(counts[0]).to.be.above(0).and.below(100);
    expect(counts.length, `passes: ${counts.join(', ')}`).to.be.above(2);
    expect(counts.at(-1)).to.equal(300);
  });
});
