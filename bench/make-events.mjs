// Writes bench/events-2000.json: a publisher dataset of 2,000 events (and 400 sources) for the
// <kuril-timeline> benchmark pages (bench/timeline-2000*.html). Deterministic (seeded), so every run
// measures the same data. The text is filler of realistic length, not history.
//
//   node bench/make-events.mjs [count] [out]
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const COUNT = Number(process.argv[2] ?? 2000);
const OUT = process.argv[3] ?? new URL('./events-2000.json', import.meta.url);

// mulberry32: a small seeded PRNG.
let seed = 20181114;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const some = (list, max) => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list)))];
const pad = (n) => String(n).padStart(2, '0');

const TAGS = ['treaty', 'war', 'summit', 'negotiation', 'military', 'economy', 'law', 'residents', 'statement'];
const ISLANDS = ['iturup', 'kunashir', 'shikotan', 'habomai'];
const OUTLETS = ['The Harbour Ledger', 'Northern Wire', 'Pacific Review', 'Evening Courier', 'Tokyo Desk', 'Sakhalin Daily'];
const WORDS = (
  'talks delegation ministers agreement fishing quota visa-free visits former residents border guards ' +
  'declaration treaty ratification summit airport garrison ferry customs joint economic activity ' +
  'statement protest spokesman parliament island settlement harbour negotiations committee report ' +
  'survey cemetery graves grant school power plant road exercise patrol coast guard'
).split(' ');
const sentence = (n) => {
  const words = Array.from({ length: n }, () => pick(WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
};

const sources = Array.from({ length: 400 }, (_, i) => {
  const year = 1990 + Math.floor(random() * 34);
  return {
    id: `bench-source-${i + 1}`,
    outlet: pick(OUTLETS),
    headline: sentence(6 + Math.floor(random() * 6)).replace(/\.$/, ''),
    published: `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
    url: `https://news.example.com/${year}/story-${i + 1}`,
    language: 'en',
    kind: 'article',
  };
});

const events = Array.from({ length: COUNT }, (_, i) => {
  // Spread over 1855-2024, denser in recent decades, as real coverage is.
  const year = Math.round(1855 + 169 * Math.sqrt(random()));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const r = random();
  const precision = r < 0.7 ? 'day' : r < 0.9 ? 'month' : 'year';
  const date = precision === 'day' ? `${year}-${pad(month)}-${pad(day)}` : precision === 'month' ? `${year}-${pad(month)}` : `${year}`;
  const event = {
    id: `bench-event-${String(i + 1).padStart(4, '0')}`,
    date,
    precision,
    title: sentence(5 + Math.floor(random() * 6)).replace(/\.$/, ''),
    summary: `${sentence(12 + Math.floor(random() * 10))} ${sentence(10 + Math.floor(random() * 12))}`,
    tags: some(TAGS, 2).length ? some(TAGS, 2) : [pick(TAGS)],
    islands: some(ISLANDS, 2),
    actors: [],
    citations: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
      source: pick(sources).id,
      ...(random() < 0.4 ? { quote: sentence(10 + Math.floor(random() * 12)) } : {}),
    })),
  };
  if (precision === 'day' && random() < 0.05) event.endDate = `${year}-${pad(month)}-${pad(Math.min(28, day + 1 + Math.floor(random() * 4)))}`;
  // One citation per source per event.
  event.citations = event.citations.filter((c, k, all) => all.findIndex((d) => d.source === c.source) === k);
  if (!event.tags.length) event.tags = [pick(TAGS)];
  return event;
});

writeFileSync(OUT, `${JSON.stringify({ sources, events })}\n`);
console.log(`wrote ${COUNT} events and ${sources.length} sources to ${OUT instanceof URL ? OUT.pathname : OUT}`);
