// npm run size: gzip and brotli bytes of every package entry point (bundled with its own modules,
// lit and valibot left external, minified as a user's bundler would) and of the CDN
// bundle and its lazy chunks. Checked against size-budgets.json; exits 1 when over budget.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function bundleEntry(file) {
  const bundle = await rollup({
    input: file,
    // Keep the entry's own modules in the entry chunk (no facade), as the CDN build does.
    preserveEntrySignatures: 'allow-extension',
    external: (id) => /^(lit|@lit|valibot)(\/|$)/.test(id),
    plugins: [nodeResolve(), terser({ module: true, format: { comments: false } })],
    onwarn: () => {},
  });
  // Dynamic imports (translations, the validator) become chunks: count only what loads up front.
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
  await bundle.close();
  return Buffer.from(output.find((o) => o.type === 'chunk' && o.isEntry).code);
}

const rows = [];
for (const [name, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js')) continue;
  const code = await bundleEntry(file);
  rows.push({ name: `npm ${name}`, file, raw: code.length, gzip: gz(code), brotli: br(code) });
}
const cdn = readFileSync('dist/cdn/kuril-widgets.js');
rows.push({ name: 'cdn loader', file: 'dist/cdn/kuril-widgets.js', raw: cdn.length, gzip: gz(cdn), brotli: br(cdn) });
// What a page downloads: the loader plus the files it preloads for the widgets on it (the map the
// build writes at the top of the loader), each file compressed on its own as a server sends it.
const preload = JSON.parse(/^const __KURIL_PRELOAD__=(\{.*?\});/.exec(cdn.toString('utf8'))?.[1] ?? '{"deps":{}}');
const pageOf = (name, tags, langs = []) => {
  const files = new Set(['kuril-widgets.js']);
  for (const tag of tags) for (const file of preload.deps[tag] ?? []) files.add(file);
  for (const lang of langs) for (const [key, file] of Object.entries(preload.text ?? {})) if (key.startsWith(`${lang}:`)) files.add(file);
  const sizes = [...files].map((f) => readFileSync(join('dist/cdn', f)));
  rows.push({ name, file: [...files].join(' + '), raw: sizes.reduce((n, b) => n + b.length, 0), gzip: sizes.reduce((n, b) => n + gz(b), 0), brotli: sizes.reduce((n, b) => n + br(b), 0) });
};
pageOf('cdn page: one kuril-timeline', ['kuril-timeline']);
pageOf('cdn page: one kuril-claims', ['kuril-claims']);
pageOf('cdn page: one kuril-factbox', ['kuril-factbox']);
pageOf('cdn page: all three widgets', ['kuril-timeline', 'kuril-claims', 'kuril-factbox']);
for (const chunk of readdirSync('dist/cdn/chunks').filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join('dist/cdn/chunks', chunk));
  const name = `cdn chunk ${chunk.replace(/-[A-Za-z0-9_-]{8}\.js$/, '')}`;
  rows.push({ name, file: `dist/cdn/chunks/${chunk}`, raw: code.length, gzip: gz(code), brotli: br(code) });
}

let over = 0;
const kb = (n) => (n / 1024).toFixed(2);
console.log(`${'entry'.padEnd(34)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)} ${'brotli KB'.padStart(9)}  budget (gzip)`);
for (const row of rows) {
  const budget = budgets[row.name];
  const status = budget === undefined ? '' : row.gzip <= budget ? `≤ ${kb(budget)} ok` : `> ${kb(budget)} OVER`;
  if (budget !== undefined && row.gzip > budget) over++;
  console.log(`${row.name.padEnd(34)} ${kb(row.raw).padStart(8)} ${kb(row.gzip).padStart(8)} ${kb(row.brotli).padStart(9)}  ${status}`);
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/size-report.json', JSON.stringify(rows, null, 2));
if (over) {
  console.error(`\nsize: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (size-budgets.json).`);
  process.exit(1);
}
console.log('\nsize: all entries within budget');
