// Writes the side-by-side article pages of `npm run bench` (git-ignored, made before each run):
// the same article with one timeline, as
//   bench/article-kuril.html          one <kuril-timeline> and the CDN loader tag (the bare tag)
//   bench/article-kuril-pre.html      the same, pre-rendered by `kuril-widgets render`
//   bench/article-timelinejs3.html    TimelineJS3 (the devDependency @knight-lab/timelinejs), made as
//                                     its docs show, with a local script_path, no web fonts, and the
//                                     bundled dataset's events as its data
//   bench/article-static.html         the article alone: the static floor
// and, for the budget of "no task over 50 ms at 1× with the bundled data, in any widget", one page per
// widget and language, bare and pre-rendered (bench/widget-<name>-<lang>.html, -pre.html), which the
// bench runs at 1× CPU and at 4×; and two floors of the pre-rendered demo pages' longest task: each
// page as plain HTML (bench/demo-plain-<lang>.html) and without its scripts (bench/demo-noscript-<lang>.html).
// Needs `npm run build` (dist/ and the Node build of the data).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const { dataset } = await import('../dist/data.js');

const article = (title, embed, head = '', lang = 'en') => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0 auto; max-width: 42rem; padding: 1rem; font: 1rem/1.6 Georgia, serif; }
    </style>
${head}
  </head>
  <body>
    <h1>Seventy years on, four small islands still stand between Tokyo and Moscow</h1>
    <p>Look at a map of the waters north-east of Hokkaido and you will see four pieces of land that
      two governments describe in different words. Japan counts them as its Northern Territories,
      Russia as the Southern Kurils. The timeline below sets out the main steps of the dispute.</p>
${embed}
    <p>The disagreement is the main reason the two countries have never signed a peace treaty.</p>
  </body>
</html>
`;

const loader = '    <script type="module" src="../dist/cdn/kuril-widgets.js"></script>';
const kuril = article('Bench: article with <kuril-timeline>', '    <kuril-timeline id="timeline" data-bench></kuril-timeline>', loader);
writeFileSync('bench/article-kuril.html', kuril);

const pre = spawnSync('node', ['dist/cli.js', 'render', '-'], { input: kuril, encoding: 'utf8' });
if (pre.status !== 0) throw new Error(`kuril-widgets render failed: ${pre.stderr}`);
writeFileSync('bench/article-kuril-pre.html', pre.stdout.replace('<title>Bench: article with', '<title>Bench: pre-rendered article with'));

// TimelineJS3's data format: https://timeline.knightlab.com/docs/json-format.html
const parts = (date) => {
  const [year, month, day] = date.split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};
const tl = {
  title: { text: { headline: 'Timeline of the dispute', text: '' } },
  events: dataset.events.map((e) => ({
    start_date: parts(e.date),
    ...(e.endDate ? { end_date: parts(e.endDate) } : {}),
    text: { headline: e.title, text: e.summary },
  })),
};
const tlPath = '../node_modules/@knight-lab/timelinejs/dist';
writeFileSync(
  'bench/article-timelinejs3.html',
  article(
    'Bench: article with TimelineJS3',
    `    <div id="timeline-embed" style="width: 100%; height: 650px"></div>
    <script type="application/json" id="timeline-data">${JSON.stringify(tl).replace(/</g, '\\u003c')}</script>
    <script src="${tlPath}/js/timeline.js"></script>
    <script>
      window.__benchTimeline = new TL.Timeline('timeline-embed', JSON.parse(document.getElementById('timeline-data').textContent), {
        script_path: '${tlPath}/js/',
        font: null,
      });
    </script>`,
    `    <link rel="stylesheet" href="${tlPath}/css/timeline.css" />
    <script>window.__benchReady = () => Boolean(document.querySelector('#timeline-embed .tl-slide-content .tl-headline'));</script>`,
  ),
);

writeFileSync('bench/article-static.html', article('Bench: the article alone (static floor)', '', '    <script>window.__benchReady = () => true;</script>'));
// One widget per page, in each language (the page's <html lang>), bare and pre-rendered.
const widgetPages = [];
for (const name of ['timeline', 'claims', 'factbox']) {
  for (const lang of ['en', 'ja', 'ru']) {
    const file = `bench/widget-${name}-${lang}`;
    const bare = article(`Bench: <kuril-${name}> (${lang})`, `    <kuril-${name} id="${name}" data-bench></kuril-${name}>`, loader, lang);
    writeFileSync(`${file}.html`, bare);
    const rendered = spawnSync('node', ['dist/cli.js', 'render', '-'], { input: bare, encoding: 'utf8' });
    if (rendered.status !== 0) throw new Error(`kuril-widgets render failed: ${rendered.stderr}`);
    writeFileSync(`${file}-pre.html`, rendered.stdout);
    widgetPages.push(`${file}.html`, `${file}-pre.html`);
  }
}
// The floor of the pre-rendered demo pages: each page with its panels' text as plain HTML (every
// declarative shadow root made a <div>, without the widgets' styles), and no script. It has the same
// text, so the browser's first layout of it (fonts, shaping) is what the panels' own markup and CSS
// add to, and the bench prints the two side by side.
const plainPages = [];
// npm run build writes them (scripts/prerender-demo.mjs), so a missing one fails here.
for (const lang of ['en', 'ja', 'ru']) {
  const src = `demo/prerendered${lang === 'en' ? '' : `.${lang}`}.html`;
  const page = readFileSync(src, 'utf8');
  const roots = page.match(/<template shadowrootmode="open"[^>]*>/g) ?? [];
  if (!roots.length || roots.length !== (page.match(/<template[\s>]/g) ?? []).length) {
    throw new Error(`make-article: ${src} has templates other than the panels' shadow roots`);
  }
  const plain = page
    .replace(/<template shadowrootmode="open"[^>]*>(?:\s*<style>[\s\S]*?<\/style>)*/g, '<div>')
    .replaceAll('</template>', '</div>')
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace('</head>', '    <script>window.__benchReady = () => true;</script>\n  </head>')
    .replace(/(href|src)="\.\//g, '$1="../demo/');
  const file = `bench/demo-plain-${lang}.html`;
  writeFileSync(file, plain);
  plainPages.push(file);
  // The same pre-rendered page as a reader without JavaScript gets it: the panels' declarative
  // shadow roots and their styles as the server wrote them, without any script that runs (an inline
  // JSON dataset stays). Its longest task is the page's HTML and CSS alone, none of the library's code.
  const noscript = page
    .replace(/\s*<script\b(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/g, '')
    .replace('</head>', '    <script>window.__benchReady = () => true;</script>\n  </head>')
    .replace(/(href|src)="\.\//g, '$1="../demo/');
  if (/<script\b(?![^>]*type="application\/json")[^>]*\bsrc=/.test(noscript)) throw new Error(`make-article: ${src} kept a script`);
  writeFileSync(`bench/demo-noscript-${lang}.html`, noscript);
  plainPages.push(`bench/demo-noscript-${lang}.html`);
}
console.log(`make-article: bench/article-kuril.html, article-kuril-pre.html, article-timelinejs3.html, article-static.html, ${widgetPages.length} one-widget pages and ${plainPages.length / 2} plain and ${plainPages.length / 2} script-less demo pages`);
