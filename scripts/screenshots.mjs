// Screenshots of the demo in headless Chromium, for looking at what readers see:
//   node scripts/screenshots.mjs                         every theme × language × width, whole page
//   node scripts/screenshots.mjs --selector '#timeline-full' --lang ja --theme dark --width 320
//   node scripts/screenshots.mjs --page /bench/x.html    another page
//   --max-height 900                                    only the top of a tall element
//   --prerendered                                        the pre-rendered demo (demo/prerendered*.html)
//   --no-js                                              with JavaScript disabled (use with --prerendered)
//   --viewport                                           only the first screen (--height, default 900), not the whole page
// Writes PNGs to screenshots/ (git-ignored). Run `npm run build` first.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const themes = opt('theme') ? [opt('theme')] : ['light', 'dark'];
const langs = opt('lang') ? [opt('lang')] : ['en', 'ja', 'ru'];
const widths = opt('width') ? [Number(opt('width'))] : [320, 1200];
const selector = opt('selector');
const prerendered = args.includes('--prerendered');
const noJs = args.includes('--no-js');
const viewportOnly = args.includes('--viewport');
const viewportHeight = Number(opt('height') ?? 900);
const pagePath = opt('page') ?? (prerendered ? '/demo/prerendered.html' : '/demo/index.html');
/** The URL of the page in a language and theme: the pre-rendered pages are one file per language. */
const urlOf = (lang, theme) =>
  prerendered ? pagePath.replace(/\.html$/, lang === 'en' ? '.html' : `.${lang}.html`) : `${pagePath}?lang=${lang}&theme=${theme}`;
const out = opt('out') ?? 'screenshots';

mkdirSync(out, { recursive: true });
const server = await startStaticServer();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROME_FLAGS });
try {
  for (const theme of themes) {
    for (const lang of langs) {
      for (const width of widths) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: viewportHeight, deviceScaleFactor: 1 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(`${m.type()}: ${m.text()}`));
        if (noJs) await page.setJavaScriptEnabled(false);
        await page.goto(`${server.url}${urlOf(lang, theme)}`, { waitUntil: 'networkidle0' });
        if (!noJs) await page.evaluate(async () => {
          const els = [...document.querySelectorAll('kuril-timeline, kuril-claims, kuril-factbox')];
          await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
          const pending = () => els.some((el) => !el.shadowRoot?.querySelector('[part=base]') || el.shadowRoot.querySelector('[aria-busy=true]'));
          for (let i = 0; i < 100 && pending(); i++) {
            await new Promise((r) => setTimeout(r, 50));
          }
          // A page that says when it is ready (the embed builder: body[data-state]).
          for (let i = 0; i < 200 && document.body.dataset.state && document.body.dataset.state !== 'ready'; i++) {
            await new Promise((r) => setTimeout(r, 50));
          }
        });
        // A full-page capture paints below the viewport, where content-visibility: auto (the demo's
        // panels) skips layout and paint by design; a reader who scrolls there gets the panel drawn, so
        // draw it, as the reader will see it.
        await page.addStyleTag({ content: 'kuril-timeline, kuril-claims, kuril-factbox { content-visibility: visible !important; }' });
        await new Promise((r) => setTimeout(r, 50));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
        const mode = `${prerendered ? 'pre-' : ''}${noJs ? 'nojs-' : ''}`;
        const name = `${out}/${mode}${selector ? selector.replace(/[^a-z0-9-]/gi, '') + '-' : ''}${theme}-${lang}-${width}.png`;
        if (selector) {
          const el = await page.$(selector);
          const maxHeight = Number(opt('max-height') ?? 0);
          if (maxHeight) {
            // Only the top of a tall element (easier to look at): --max-height 900
            await el.scrollIntoView();
            const box = await el.evaluate((node) => {
              const r = node.getBoundingClientRect();
              return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
            });
            await page.screenshot({ path: name, clip: { ...box, height: Math.min(box.height, maxHeight) }, captureBeyondViewport: true });
          } else {
            await el.screenshot({ path: name });
          }
        } else {
          await page.screenshot({ path: name, fullPage: !viewportOnly });
        }
        console.log(`${name}${overflow ? '  (page overflows horizontally!)' : ''}${errors.length ? `  console: ${errors.join(' | ')}` : ''}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
