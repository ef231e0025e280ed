// A small static file server for the benchmark and CI checks: serves the repo root on 127.0.0.1,
// gzip-compressing text as a CDN would, so transferred bytes are realistic.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function startStaticServer(root = process.cwd(), { routes = {}, port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (routes[path]) {
      const body = gzipSync(Buffer.from(routes[path].body));
      res.writeHead(200, { 'content-type': routes[path].type, 'content-encoding': 'gzip' }).end(body);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (file.endsWith('/')) file = join(file, 'index.html');
    try {
      const data = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /text|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(gzip ? gzipSync(data) : data);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => {
    server.close(r);
    // A browser keeps idle keep-alive connections open; without this, close waits for them.
    server.closeAllConnections();
  }) };
}
