// Server rendering (kuril-widgets/ssr.js), the CLI and the pure view models, in Node with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietly } from './helpers.mjs';

const BUILD = '../../node_modules/.cache/kuril-node-test';
const { render } = await import(`${BUILD}/ssr.js`);
const { timelineView } = await import(`${BUILD}/components/timeline/view.js`);
const { claimsView, keyClaim } = await import(`${BUILD}/components/claims/view.js`);
const { factboxView } = await import(`${BUILD}/components/factbox/view.js`);
const { dataset } = await import(`${BUILD}/data.js`);
const { formatPartialDate, formatDateRange } = await import(`${BUILD}/data/partial-date.js`);
const CLI = new URL(`${BUILD}/cli.js`, import.meta.url).pathname;

/** The text of a rendered shadow root, without styles, markup and Lit's comments. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();


test('render gives each widget a declarative shadow root and keeps everything else byte for byte', async () => {
  const input =
    '<p class=intro>Intro &amp; more</p>\n<kuril-timeline from="2013" to="2019" limit="3" data-x=\'1\'><a href="/timeline">Timeline</a></kuril-timeline>\n<kuril-factbox island="shikotan" no-map></kuril-factbox><p>End</p>';
  const out = await render(input);
  assert.equal(typeof globalThis.document, 'undefined');
  const templates = out.match(/<template shadowrootmode="open" shadowroot="open">/g) ?? [];
  assert.equal(templates.length, 2);
  // Removing the inserted templates gives the input back.
  const stripped = out.replace(/<template shadowrootmode="open" shadowroot="open">[\s\S]*?<\/template>/g, '');
  assert.equal(stripped, input);
  assert.match(out, /<kuril-timeline from="2013" to="2019" limit="3" data-x='1'><template/);
  assert.match(out, /<\/template><a href="\/timeline">Timeline<\/a><\/kuril-timeline>/);
  assert.ok(text(out).includes('Timeline of the dispute'));
});

test('the server HTML carries no hydration markers: the upgrade replaces it, so they would only add bytes', async () => {
  const headings = { 'kuril-timeline': 'Timeline of the dispute', 'kuril-claims': 'Who claims what', 'kuril-factbox': 'The islands at a glance' };
  for (const [tag, heading] of Object.entries(headings)) {
    const out = await render(`<${tag} expanded></${tag}>`);
    assert.doesNotMatch(out, /<!--/, tag);
    // The markers went, the content did not.
    assert.ok(text(out).includes(heading), `${tag}: ${text(out).slice(0, 80)}`);
    assert.ok(text(out).length > 1000, tag);
  }
});

test('render is idempotent: a widget that has a shadow root is left alone', async () => {
  const once = await render('<kuril-factbox no-map island="habomai"></kuril-factbox>');
  assert.equal(await render(once), once);
});

test('render takes whole pages and inherits <html lang>', async () => {
  const page = '<!doctype html><html lang="ru"><head><title>t</title></head><body><main><kuril-claims topics="military" limit="1"></kuril-claims></main></body></html>';
  const out = await render(page);
  assert.ok(out.startsWith('<!doctype html><html lang="ru">'));
  assert.match(out, /class="base theme-auto"\s+lang="ru"/);
  assert.ok(text(out).includes('Военное'), text(out).slice(0, 200));
});

for (const lang of ['ja', 'ru']) {
  test(`${lang}: translations are loaded before rendering, never a loading placeholder`, async () => {
    const out = await render(`<kuril-timeline lang="${lang}" from="1956" to="1956"></kuril-timeline>`);
    assert.doesNotMatch(out, /aria-busy|読み込み中|Загрузка/);
    assert.match(out, lang === 'ja' ? /1956年10月19日/ : /19 октября 1956 г\./);
  });
}

test('every documented attribute reaches the server output', async () => {
  const out = await render(
    '<kuril-timeline theme="dark" heading-level="4" no-sources order="desc" tags="SUMMIT" highlight="singapore-meeting-2018" density="compact" naming="japanese"></kuril-timeline>',
  );
  assert.match(out, /theme-dark/);
  assert.match(out, /<h4 part="heading"/);
  assert.doesNotMatch(out, /part="sources"/);
  assert.match(out, /class="item marked"/);
  assert.match(out, /class="list compact/);
  assert.doesNotMatch(text(out), /Kunashir \//);
});

test('without script, "Show all" is a native disclosure holding the rest of the events', async () => {
  const out = await render('<kuril-timeline limit="2"></kuril-timeline>');
  assert.match(out, /<details class="more"><summary part="toggle" class="toggle">/);
  assert.doesNotMatch(out, /<button part="toggle"/);
  const factbox = await render('<kuril-factbox></kuril-factbox>');
  assert.match(factbox, /<button[^>]*part="picker-button"[^>]*disabled/);
  assert.match(factbox, /role="img"/);
});

test('inline datasets are validated on the server; a broken one shows the notice and the bundled data', async () => {
  const good = JSON.stringify({
    sources: [{ id: 's', outlet: 'Test Times', headline: 'Test', language: 'en', kind: 'article' }],
    events: [{ id: 'e1', date: '2020-05-01', precision: 'day', title: 'Server-side event', summary: 'S.', tags: ['statement'], islands: [], actors: [], citations: [{ source: 's' }] }],
  });
  const ok = await render(`<kuril-timeline><script type="application/json">${good}</script></kuril-timeline>`);
  assert.ok(text(ok).includes('Server-side event'));
  const { result: bad, logged } = await quietly(() => render('<kuril-timeline><script type="application/json">{ nope</script></kuril-timeline>'));
  assert.match(bad, /part="notice"/);
  assert.ok(text(bad).includes('Treaty of Shimoda'));
  assert.ok(logged.some((l) => l.includes('not valid JSON')));
});

test('src is read through readSrc on the server; a failed read falls back with a notice', async () => {
  const dataset = {
    sources: [{ id: 's', outlet: 'Test Times', headline: 'Test', language: 'en', kind: 'article' }],
    events: [{ id: 'x1', date: '2021', precision: 'year', title: 'Read from src', summary: 'S.', tags: ['law'], islands: [], actors: [], citations: [{ source: 's' }] }],
  };
  const seen = [];
  const out = await render('<kuril-timeline src="/data/a.json"></kuril-timeline>', {
    readSrc: async (src) => (seen.push(src), dataset),
  });
  assert.deepEqual(seen, ['/data/a.json']);
  assert.ok(text(out).includes('Read from src'));
  const { result: failed } = await quietly(() =>
    render('<kuril-timeline src="/data/missing.json"></kuril-timeline>', {
      readSrc: async () => {
        throw new Error('no such file');
      },
    }),
  );
  assert.match(failed, /part="notice"/);
});

test('CLI: file to stdout, stdin to stdout, --help, and one-line errors with a non-zero exit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuril-cli-'));
  writeFileSync(join(dir, 'a.html'), '<h1>A</h1><kuril-factbox island="iturup" no-map></kuril-factbox>');
  const file = spawnSync('node', [CLI, 'render', join(dir, 'a.html')], { encoding: 'utf8' });
  assert.equal(file.status, 0, file.stderr);
  assert.match(file.stdout, /^<h1>A<\/h1><kuril-factbox island="iturup" no-map><template shadowrootmode="open"/);
  const stdin = spawnSync('node', [CLI, 'render'], { input: '<kuril-timeline from="1855" to="1855"></kuril-timeline>', encoding: 'utf8' });
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.match(stdin.stdout, /Shimoda/);
  const help = spawnSync('node', [CLI, '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: kuril-widgets render \[FILE\]/);
  for (const [args, status, message] of [
    [['render', join(dir, 'missing.html')], 1, /cannot read ".*missing.html": no such file/],
    [['render', dir], 1, /is a folder/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [['render', '--bogus'], 2, /unknown option --bogus/],
    [['render', '--base-url', 'not a url', 'x.html'], 2, /is not an absolute URL/],
  ]) {
    const run = spawnSync('node', [CLI, ...args], { encoding: 'utf8' });
    assert.equal(run.status, status, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  }
});

test('view models are pure functions of data and options', () => {
  const base = { lang: 'en', naming: 'neutral', tags: [], islands: [], order: 'asc', limit: 3, highlight: ['no-such-event'], expanded: false };
  const v = timelineView(dataset, base);
  assert.equal(v.total, dataset.events.length);
  assert.equal(v.groups.flatMap((g) => g.items).length, 3);
  assert.equal(v.extraIds.length, dataset.events.length - 3);
  assert.deepEqual(v.unknownHighlights, ['no-such-event']);
  assert.equal(timelineView(dataset, { ...base, expanded: true }).groups.flatMap((g) => g.items).length, dataset.events.length);
  const c = claimsView(dataset, { lang: 'ru', parties: [], topics: ['military'], first: 'alphabetical' });
  assert.equal(c.single, true);
  assert.deepEqual(c.sections[0].sides.map((s) => s.party), ['russia', 'japan']);
  const f = factboxView(dataset, { lang: 'en', naming: 'neutral', selected: 'shikotan', fields: [], map: false });
  assert.equal(f.islandTitle, true);
  assert.equal(f.fields.includes('overview'), false);
});

test('compact views: the key claim of each side per topic, and a fact box without island cards', () => {
  const claim = (id, date, extra = {}) => ({ id, date, party: 'japan', topic: 'military', ...extra });
  // The `key` mark wins, then the latest standing position, then the latest claim.
  assert.equal(keyClaim([claim('a', '2019'), claim('b', '2001', { key: true }), claim('c', '2020', { standing: true })]).id, 'b');
  assert.equal(keyClaim([claim('a', '2019'), claim('c', '2010', { standing: true }), claim('d', '2012-05', { standing: true })]).id, 'd');
  assert.equal(keyClaim([claim('a', '2019-01'), claim('b', '2019-01-02'), claim('c', '2018')]).id, 'b');
  assert.equal(keyClaim([]), undefined);
  const brief = claimsView(dataset, { lang: 'en', parties: [], topics: [], first: 'alphabetical', brief: true });
  assert.equal(brief.brief, true);
  for (const section of brief.sections) {
    assert.deepEqual(section.key.map((c) => c.party), ['japan', 'russia'], section.topic);
    assert.ok(section.key.every((c) => c.key), `${section.topic}: the bundled data marks both sides' key claims`);
    assert.equal(section.total, dataset.claims.filter((c) => c.topic === section.topic).length);
  }
  // One key claim per side and topic in the bundled data.
  const marks = dataset.claims.filter((c) => c.key).map((c) => `${c.topic}/${c.party}`);
  assert.equal(new Set(marks).size, marks.length);
  const f = factboxView(dataset, { lang: 'en', naming: 'neutral', selected: 'all', fields: [], map: true, brief: true });
  assert.equal(f.brief, true);
  assert.equal(factboxView(dataset, { lang: 'en', naming: 'neutral', selected: 'all', fields: [], map: false, brief: true }).brief, false);
});

test('partial dates format with Intl at their precision', () => {
  assert.equal(formatPartialDate('1945-08', undefined, 'ru'), 'август 1945');
  assert.equal(formatPartialDate('1956-10-19', undefined, 'ja'), '1956年10月19日');
  assert.equal(formatPartialDate('0000', undefined, 'en'), '0000');
  assert.deepEqual(formatDateRange('2016-12-15', '2016-12-16', 'en'), { start: '15', dash: '–', end: '16 December 2016' });
});
