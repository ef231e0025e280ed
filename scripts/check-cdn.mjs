// Loads the built CDN bundle in headless Chromium with one <script type="module"> tag and checks
// that the elements are defined and render, with no page errors: on a page with all three widgets
// (the loader imports their one bundle, dist/cdn/all/) and on one with a timeline alone (its own
// chunk, dist/cdn/chunks/).
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const page = (tags) => `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
${tags.map((t) => `<${t}></${t}>`).join('')}
<script type="module" src="/dist/cdn/kuril-widgets.js"></script></body></html>`;
const PAGES = { '/': ['kuril-timeline', 'kuril-claims', 'kuril-factbox'], '/one': ['kuril-timeline'] };
const routes = Object.fromEntries(Object.entries(PAGES).map(([path, tags]) => [path, { type: 'text/html; charset=utf-8', body: page(tags) }]));

const server = await startStaticServer(process.cwd(), { routes });
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
let ok = false;
try {
  ok = true;
  for (const [path, tags] of Object.entries(PAGES)) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const result = await tab.evaluate(async (tags) => {
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
      const scripts = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/cdn/'));
      return { scripts, widgets: tags.map((t) => [t, Boolean(customElements.get(t)), document.querySelector(t).shadowRoot?.textContent?.trim().length ?? 0]) };
    }, tags);
    const bundle = result.scripts.some((p) => p.startsWith('/dist/cdn/all/'));
    console.log(`cdn ${path}: ${result.scripts.length} files${bundle ? ', from the all-widgets bundle' : ', per widget'}`);
    for (const [tag, defined, text] of result.widgets) console.log(`cdn ${path}: <${tag}> defined=${defined} rendered ${text} characters`);
    // All three from their bundle, one widget from its own chunk.
    const expected = tags.length === 3;
    if (bundle !== expected) console.error(`cdn ${path}: expected ${expected ? 'the all-widgets bundle' : 'per-widget chunks'}`);
    ok &&= bundle === expected && result.widgets.every(([, defined, text]) => defined && text > 0) && errors.length === 0;
    if (errors.length) console.error(`cdn ${path}: page errors: ${errors.join('; ')}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(ok ? 0 : 1);
