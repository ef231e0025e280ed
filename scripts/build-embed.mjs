// The iframe embed, built into dist/cdn/ next to the CDN bundle (run by scripts/build.mjs, and by
// scripts/test.mjs after its rollup step):
//   embed.html         renders one widget from its query string (src/embed/embed.ts)
//   embed.js           that page's script (esbuild, minified; it loads the widgets only through
//                      <script type="module" src="./kuril-widgets.js">)
//   embed-resizer.js   the host page's resizer (src/embed/resizer.ts), a classic script; the build
//                      fails when it grows past 1 KB gzipped
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const OUT = 'dist/cdn';
const RESIZER_BUDGET = 1024;
mkdirSync(OUT, { recursive: true });

const common = { bundle: true, minify: true, target: 'es2021', legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['src/embed/embed.ts'], outfile: `${OUT}/embed.js`, format: 'esm' });
await build({ ...common, entryPoints: ['src/embed/resizer.ts'], outfile: `${OUT}/embed-resizer.js`, format: 'iife' });

// Scripts from this origin only (no inline script, so nothing in the URL can run); data may come
// from this origin or, with `src`, from any https origin; links open outside the iframe.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

writeFileSync(
  `${OUT}/embed.html`,
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <meta name="referrer" content="strict-origin-when-cross-origin" />
    <title>kuril-widgets</title>
    <base target="_blank" />
    <link rel="icon" href="data:," />
    <style>
      html, body { margin: 0; padding: 0; background: transparent; }
      body { font-family: system-ui, sans-serif; line-height: 1.5; }
    </style>
    <script type="module" src="./kuril-widgets.js"></script>
    <script type="module" src="./embed.js"></script>
  </head>
  <body>
    <main id="kuril-embed"></main>
  </body>
</html>
`,
);

const gz = gzipSync(readFileSync(`${OUT}/embed-resizer.js`), { level: 9 }).length;
if (gz > RESIZER_BUDGET) {
  console.error(`build-embed: embed-resizer.js is ${gz} bytes gzipped, over its ${RESIZER_BUDGET}-byte budget`);
  process.exit(1);
}
console.log(`build-embed: ${OUT}/embed.html, embed.js, embed-resizer.js (${gz} bytes gzipped)`);
