// Loads the built CDN bundle in headless Chromium with one <script type="module"> tag and checks
// that all three elements are defined and render, with no page errors.
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const page = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
<kuril-timeline></kuril-timeline><kuril-claims></kuril-claims><kuril-factbox></kuril-factbox>
<script type="module" src="/dist/cdn/kuril-widgets.js"></script></body></html>`;

const server = await startStaticServer(process.cwd(), { routes: { '/': { type: 'text/html; charset=utf-8', body: page } } });
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
let ok = false;
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(`${server.url}/`, { waitUntil: 'load' });
  const result = await tab.evaluate(async () => {
    const tags = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'];
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
    return tags.map((t) => [t, Boolean(customElements.get(t)), document.querySelector(t).shadowRoot?.textContent?.trim().length ?? 0]);
  });
  for (const [tag, defined, text] of result) console.log(`cdn: <${tag}> defined=${defined} rendered ${text} characters`);
  ok = result.every(([, defined, text]) => defined && text > 0) && errors.length === 0;
  if (errors.length) console.error(`cdn: page errors: ${errors.join('; ')}`);
} finally {
  await browser.close();
  await server.close();
}
process.exit(ok ? 0 : 1);
