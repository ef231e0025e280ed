// Writes the adversarial publisher datasets of `npm run bench` (deterministic, git-ignored; the
// pages bench/adversarial-*.html load them with `src`). Each stresses one kind of main-thread work:
//   adversarial-claims-2000x100.json   2,000 claims, each answering 100 others (`respondsTo`)
//   adversarial-claims-500x10.json     500 claims × 10 `respondsTo` links
//   adversarial-events-200x100.json    200 events × 100 citations (of 100 sources)
//   adversarial-events-2000-tags.json  2,000 events × 1,000 invalid tags (rejected, the bundled data shows)
// The bench reports the longest main-thread task of each page (the budget: 200 ms at 1× CPU).
//
//   node bench/make-adversarial.mjs
import { writeFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
const pad = (n, w = 4) => String(n).padStart(w, '0');
const TOPICS = ['sovereignty', 'declaration-1956', 'peace-treaty', 'military', 'economy-residents'];
const PARTIES = ['japan', 'russia', 'both', 'other'];
const sources = (n) =>
  Array.from({ length: n }, (_, i) => ({
    id: `adv-source-${pad(i)}`,
    outlet: 'The Harbour Ledger',
    headline: `Report number ${i} on the talks`,
    published: `20${pad(i % 24, 2)}-0${1 + (i % 9)}-1${i % 10}`,
    url: `https://news.example.com/story-${i}`,
    language: 'en',
    kind: 'article',
  }));

function claims(count, links) {
  const src = sources(50);
  const list = Array.from({ length: count }, (_, i) => ({
    id: `adv-claim-${pad(i)}`,
    date: `${1990 + (i % 34)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
    precision: 'day',
    party: PARTIES[i % 4],
    speaker: { name: `Speaker ${i}`, role: 'Spokesperson' },
    topic: TOPICS[i % 5],
    statement: `Claim ${i}: the ministry says the talks must go on, and that the other side's position of last week changes nothing in what was agreed.`,
    citations: [{ source: src[i % src.length].id }],
  }));
  // Each claim answers the `links` claims before it (wrapping around): every id resolves.
  list.forEach((c, i) => (c.respondsTo = Array.from({ length: Math.min(links, count - 1) }, (_, k) => list[(i + count - 1 - k) % count].id)));
  return { meta: { version: `adversarial-claims-${count}x${links}` }, sources: src, claims: list };
}

function events(count, { citations = 1, tags = null } = {}) {
  const src = sources(Math.max(citations, 10));
  return {
    meta: { version: `adversarial-events-${count}` },
    sources: src,
    events: Array.from({ length: count }, (_, i) => ({
      id: `adv-event-${pad(i)}`,
      date: `${1855 + (i % 169)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
      precision: 'day',
      title: `Event ${i}: delegations meet`,
      summary: 'Ministers meet for a round of talks on joint economic activity and visa-free visits.',
      tags: tags ? Array.from({ length: tags }, (_, k) => `not-a-tag-${k}`) : ['summit'],
      islands: ['iturup'],
      actors: [],
      citations: Array.from({ length: citations }, (_, k) => ({ source: src[(i + k) % src.length].id })),
    })),
  };
}

const files = {
  'adversarial-claims-2000x100.json': claims(2000, 100),
  'adversarial-claims-500x10.json': claims(500, 10),
  'adversarial-events-200x100.json': events(200, { citations: 100 }),
  'adversarial-events-2000-tags.json': events(2000, { tags: 1000 }),
};
for (const [name, data] of Object.entries(files)) writeFileSync(new URL(name, dir), `${JSON.stringify(data)}\n`);
console.log(`make-adversarial: bench/${Object.keys(files).join(', bench/')}`);
