// The size report (`npm run size` runs it, then size-limit): gzip and brotli bytes of every package
// entry point (bundled with its own modules, lit and valibot left external, minified as a user's
// bundler would), of the CDN loader, of each page (the loader plus the files it preloads for the
// widgets on it) and of every lazy chunk. It writes each npm entry's bundle to dist/size/ and the
// rows to dist/size-report.json; the budgets (size-budgets.json) are enforced by size-limit
// (.size-limit.mjs reads the same budgets and the same files), so this script only reports them.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cdnChecks, npmBundleFile } from './size-pages.mjs';
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
  mkdirSync('dist/size', { recursive: true });
  writeFileSync(npmBundleFile(`npm ${name}`), code);
  rows.push({ name: `npm ${name}`, file, raw: code.length, gzip: gz(code), brotli: br(code) });
}
for (const { name, files } of cdnChecks()) {
  const sizes = files.map((f) => readFileSync(f));
  rows.push({ name, file: files.map((f) => f.replace('dist/cdn/', '')).join(' + '), raw: sizes.reduce((n, b) => n + b.length, 0), gzip: sizes.reduce((n, b) => n + gz(b), 0), brotli: sizes.reduce((n, b) => n + br(b), 0) });
}

let over = 0;
// The budgets are checked by size-limit (npm run size); the column here says how each row stands.
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
console.log(over ? `\nsize report: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget (size-limit fails below)` : '\nsize report: all entries within budget');
