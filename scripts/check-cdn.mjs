// Loads the built CDN bundle in headless Chromium with one <script type="module"> tag and checks
// that all three elements are defined and render, with no page errors.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './find-browser.mjs';

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.map': 'application/json' };
const page = `<!doctype html><html lang="en"><body>
<kuril-timeline></kuril-timeline><kuril-claims></kuril-claims><kuril-factbox></kuril-factbox>
<script type="module" src="/dist/cdn/kuril-widgets.js"></script></body></html>`;

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  try {
    const file = normalize(join(process.cwd(), path));
    if (!file.startsWith(process.cwd())) throw new Error('outside');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
let ok = false;
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
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
  server.close();
}
process.exit(ok ? 0 : 1);
