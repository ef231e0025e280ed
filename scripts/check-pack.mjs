// Reads `npm pack --dry-run --json` on stdin and checks the package holds the modules, their .d.ts
// files, custom-elements.json, the JSON Schema and the CDN bundle, and no tests or sources.
let input = '';
for await (const chunk of process.stdin) input += chunk;
const files = JSON.parse(input)[0].files.map((f) => f.path);
const required = [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/kuril-timeline.js',
  'dist/kuril-timeline.d.ts',
  'dist/kuril-claims.js',
  'dist/kuril-claims.d.ts',
  'dist/kuril-factbox.js',
  'dist/kuril-factbox.d.ts',
  'dist/data.js',
  'dist/data.d.ts',
  'dist/components/timeline/timeline.js',
  'dist/components/claims/claims.js',
  'dist/components/factbox/factbox.js',
  'dist/cdn/kuril-widgets.js',
  'dist/cdn/embed.html',
  'dist/cdn/embed.js',
  'dist/cdn/embed-resizer.js',
  'dist/kuril-dataset.schema.json',
  'custom-elements.json',
  'README.md',
  'package.json',
];
const missing = required.filter((f) => !files.includes(f));
const forbidden = files.filter((f) => /^(test|src|demo|scripts|\.ci)\/|\.test\.|size-report/.test(f));
console.log(`pack: ${files.length} files`);
if (missing.length) console.error(`pack: missing ${missing.join(', ')}`);
if (forbidden.length) console.error(`pack: should not ship ${forbidden.join(', ')}`);
process.exit(missing.length || forbidden.length ? 1 : 0);
