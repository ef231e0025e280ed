// npm run reservations: measures how tall the bare tag of common configurations becomes once it
// has upgraded (headless Chromium, en/ja/ru, a 375-px phone and a 1280-px desktop with a 42rem
// article column), and prints the README's reservation table. `--write` puts it into README.md
// between <!-- reservations --> markers. Heights depend on fonts: re-run after changing styles or data.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const DEFAULT_CONFIGS = [
  '<kuril-timeline></kuril-timeline>',
  '<kuril-timeline limit="8"></kuril-timeline>',
  '<kuril-timeline from="2013" to="2019" limit="8"></kuril-timeline>',
  '<kuril-claims></kuril-claims>',
  '<kuril-claims topics="sovereignty" limit="1"></kuril-claims>',
  '<kuril-factbox></kuril-factbox>',
  '<kuril-factbox island="shikotan" no-map></kuril-factbox>',
];
// `--config '<kuril-claims></kuril-claims>'` (repeatable) measures only those configurations.
const given = process.argv.flatMap((arg, i, all) => (all[i - 1] === '--config' ? [arg] : []));
const CONFIGS = given.length ? given : DEFAULT_CONFIGS;
const WIDTHS = [375, 1280];
const LANGS = ['en', 'ja', 'ru'];

const page = (config, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script type="module" src="/dist/cdn/kuril-widgets.js"></script>
<style>body { margin: 0; font: 16px/1.5 serif; } main { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }</style></head>
<body><main>${config}</main></body></html>`;

const routes = {};
CONFIGS.forEach((config, i) => {
  for (const lang of LANGS) routes[`/__measure/${i}-${lang}.html`] = { type: 'text/html; charset=utf-8', body: page(config, lang) };
});
const server = await startStaticServer(process.cwd(), { routes });
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_FLAGS });
const rows = [];
try {
  for (const [i, config] of CONFIGS.entries()) {
    const cells = [];
    for (const width of WIDTHS) {
      const heights = [];
      for (const lang of LANGS) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height: 800 });
        await tab.goto(`${server.url}/__measure/${i}-${lang}.html`, { waitUntil: 'networkidle0' });
        const h = await tab.evaluate(async () => {
          const el = document.querySelector('main > *');
          await customElements.whenDefined(el.localName);
          for (let i = 0; i < 200 && (!el.shadowRoot?.querySelector('[part=base]') || el.shadowRoot.querySelector('[aria-busy=true]')); i++) {
            await new Promise((r) => setTimeout(r, 25));
          }
          await el.updateComplete;
          await document.fonts.ready;
          return el.getBoundingClientRect().height;
        });
        heights.push(h / 16);
        await tab.close();
      }
      cells.push(`${Math.ceil(Math.max(...heights))}rem`);
    }
    rows.push(`| \`${config.replace(/><\/kuril-[a-z]+>$/, '>')}\` | ${cells.join(' | ')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}

const table = [
  '| bare tag | phone (375 px) | desktop (1280 px, 42rem column) |',
  '| --- | --- | --- |',
  ...rows,
].join('\n');
console.log(table);
if (process.argv.includes('--write') && !given.length) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- reservations -->';
  const end = '<!-- /reservations -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} … ${end} block`);
  writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`);
  console.log('README.md reservations updated');
}
