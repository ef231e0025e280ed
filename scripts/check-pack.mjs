// Checks the packed tarball (`npm pack`) as a consumer gets it:
// - it holds the modules, their .d.ts files, the framework entry points, custom-elements.json, the
//   JSON Schema, the CDN bundle, README, CHANGELOG and LICENSE, and no tests or sources;
// - its custom-elements.json describes the shipped files: every module path and module reference
//   is a file in the tarball, each define module has its `custom-element-definition` export, and
//   every event of every element has a name;
// - publint (strict) and @arethetypeswrong/cli (ESM-only profile: the package has no CommonJS
//   build) find no problem.
// Prints one line per check and exits 1 when any fails.
//   node scripts/check-pack.mjs kuril-widgets-0.1.0.tgz
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bin, run } from './run.mjs';

const tarball = process.argv[2] && resolve(process.argv[2]);
if (!tarball) {
  console.error('usage: node scripts/check-pack.mjs <package.tgz>');
  process.exit(2);
}
const problems = [];
const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.endsWith('/'))
  .map((f) => f.replace(/^package\//, ''));
const shipped = new Set(files);

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
  'dist/ssr.js',
  'dist/cli.js',
  'dist/react.js',
  'dist/react.d.ts',
  ...['react-jsx', 'preact-jsx', 'solid-jsx', 'vue', 'svelte'].flatMap((t) => [`dist/types/${t}.js`, `dist/types/${t}.d.ts`]),
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
  'CHANGELOG.md',
  'LICENSE',
  'package.json',
];
const missing = required.filter((f) => !shipped.has(f));
// The CDN bundle of all three widgets, whose name carries its hash.
if (!files.some((f) => /^dist\/cdn\/all\/kuril-widgets-all-[\w-]+\.js$/.test(f))) missing.push('dist/cdn/all/kuril-widgets-all-*.js');
const forbidden = files.filter((f) => /^(test|src|demo|scripts|examples|\.ci)\/|\.test\.|size-report/.test(f));
console.log(`pack: ${files.length} files`);
if (missing.length) problems.push(`missing ${missing.join(', ')}`);
if (forbidden.length) problems.push(`should not ship ${forbidden.join(', ')}`);

// The manifest, read from the tarball itself.
const dir = mkdtempSync(join(tmpdir(), 'kuril-pack-'));
try {
  execFileSync('tar', ['-xzf', tarball, '-C', dir, 'package/custom-elements.json', 'package/package.json']);
  const manifest = JSON.parse(readFileSync(join(dir, 'package/custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(dir, 'package/package.json'), 'utf8'));
  if (pkg.customElements !== 'custom-elements.json') problems.push(`package.json customElements is ${JSON.stringify(pkg.customElements)}`);
  const refs = [];
  for (const mod of manifest.modules) {
    refs.push([mod.path, `module ${mod.path}`]);
    for (const exp of mod.exports ?? []) if (exp.declaration?.module) refs.push([exp.declaration.module, `${mod.path} export ${exp.name}`]);
    for (const decl of mod.declarations ?? []) {
      if (decl.superclass?.module) refs.push([decl.superclass.module, `${decl.name} superclass`]);
      for (const list of [decl.members, decl.attributes, decl.events, decl.cssParts, decl.cssProperties]) {
        for (const item of list ?? []) if (item.inheritedFrom?.module) refs.push([item.inheritedFrom.module, `${decl.name}.${item.name} inheritedFrom`]);
      }
      if (decl.customElement && decl.tagName) {
        const unnamed = (decl.events ?? []).filter((e) => !e.name);
        if (unnamed.length) problems.push(`<${decl.tagName}> has ${unnamed.length} event(s) without a name`);
        if (!(decl.events ?? []).length) problems.push(`<${decl.tagName}> lists no events`);
      }
    }
  }
  const broken = refs.filter(([path]) => !shipped.has(path));
  if (broken.length) problems.push(`custom-elements.json points at files not in the package: ${broken.slice(0, 5).map(([p, w]) => `${p} (${w})`).join('; ')}${broken.length > 5 ? ` and ${broken.length - 5} more` : ''}`);
  for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) {
    const mod = manifest.modules.find((m) => m.path === `dist/${tag}.js`);
    if (!mod?.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) problems.push(`custom-elements.json: dist/${tag}.js has no custom-element-definition for <${tag}>`);
  }
  console.log(`pack: custom-elements.json: ${manifest.modules.length} modules, ${refs.length} module references checked`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if ((await run(bin('publint'), ['run', tarball, '--strict'])).code !== 0) problems.push('publint found problems');
if ((await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color'])).code !== 0) problems.push('@arethetypeswrong/cli found problems');

for (const p of problems) console.error(`pack: ${p}`);
console.log(problems.length ? 'pack: FAIL' : 'pack: PASS');
process.exit(problems.length ? 1 : 0);
