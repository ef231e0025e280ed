// A page rendered on the server: `render` from kuril-widgets/ssr.js gives each widget its
// declarative shadow root, so the article has the widgets' content in its HTML (no layout shift,
// readable without JavaScript). The same script tag as usual then upgrades them in place.
//   node server.mjs          (PORT=8080 to choose the port; 0 picks a free one)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'kuril-widgets/ssr.js';

// The CDN bundle of the installed package, served from /kuril-widgets/ (keep its chunks/ and all/ folders).
const cdn = join(dirname(fileURLToPath(import.meta.resolve('kuril-widgets/package.json'))), 'dist', 'cdn');

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <link rel="icon" href="data:,">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>kuril-widgets, server-rendered</title>
    <script type="module" src="/kuril-widgets/kuril-widgets.js"></script>
  </head>
  <body>
    <main>
      <kuril-timeline from="2013" limit="5"></kuril-timeline>
      <kuril-claims topics="sovereignty" limit="1"></kuril-claims>
      <kuril-factbox island="shikotan"></kuril-factbox>
      <output id="log"></output>
    </main>
    <script type="module">
      const log = document.querySelector('#log');
      const write = (line) => (log.textContent += line + '\\n');
      // After the upgrade the widgets are interactive: properties and events work as usual.
      document.querySelector('kuril-timeline').limit = 3;
      document.addEventListener('kuril-expand', (e) => write(e.target.localName + ' expanded ' + e.detail.ids.length));
      document.addEventListener('kuril-select', (e) => write('kuril-factbox selected ' + e.detail.island));
    </script>
  </body>
</html>
`;

// Render once at start-up; a CMS would render each article when it is published.
const html = await render(page);

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json; charset=utf-8' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return;
  }
  const file = normalize(join(cdn, path.replace(/^\/kuril-widgets\//, '')));
  if (!path.startsWith('/kuril-widgets/') || !file.startsWith(cdn)) {
    res.writeHead(404).end('not found');
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (file.slice(file.lastIndexOf('.')))] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : process.env.PORT;
  console.log(`listening on http://127.0.0.1:${port}/`);
});
