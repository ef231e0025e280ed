// Writes each widget's API tables (attributes, events, parts, CSS custom properties) into README.md
// from custom-elements.json, between <!-- api:TAG --> and <!-- /api:TAG --> markers, so the README
// never drifts from the code. `--check` fails (exit 1) when README.md is out of date instead.
//   node scripts/readme-api.mjs [--manifest custom-elements.json] [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const manifestPath = args.includes('--manifest') ? args[args.indexOf('--manifest') + 1] : 'custom-elements.json';
const check = args.includes('--check');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
let readme = readFileSync('README.md', 'utf8');

const SHARED = new Set(['lang', 'naming', 'theme', 'heading-level', 'no-sources', 'src', 'corrections-url']);
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (s) => (s === undefined || s === '' || s === "''" ? '' : `\`${cell(s)}\``);

function tables(decl) {
  const out = [];
  const fields = new Map((decl.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
  const attrs = (decl.attributes ?? []).filter((a) => !SHARED.has(a.name));
  out.push('| property | attribute | type | default | description |', '| --- | --- | --- | --- | --- |');
  for (const a of attrs) {
    const field = fields.get(a.fieldName);
    out.push(`| \`${a.fieldName}\` | \`${a.name}\` | ${code(a.type?.text)} | ${code(a.default)} | ${cell(field?.description ?? a.description)} |`);
  }
  out.push('', 'Plus the [shared attributes](#shared-attributes).', '');
  const events = (decl.events ?? []).filter((e) => e.name);
  if (events.length) {
    out.push('| event | when |', '| --- | --- |');
    for (const e of events) out.push(`| \`${e.name}\` | ${cell(e.description)} |`);
    out.push('');
  }
  const parts = decl.cssParts ?? [];
  if (parts.length) {
    out.push('| part | what it is |', '| --- | --- |');
    for (const p of parts) out.push(`| \`${p.name}\` | ${cell(p.description)} |`);
    out.push('');
  }
  const props = (decl.cssProperties ?? []).filter((p) => !/^--kuril-(color|font|line|radius|space)/.test(p.name));
  if (props.length) {
    out.push('| custom property | default | what it sets |', '| --- | --- | --- |');
    for (const p of props) out.push(`| \`${p.name}\` | ${code(p.default)} | ${cell(p.description)} |`);
    out.push('');
  }
  return out.join('\n');
}

let stale = [];
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    const start = `<!-- api:${decl.tagName} -->`;
    const end = `<!-- /api:${decl.tagName} -->`;
    const i = readme.indexOf(start);
    const j = readme.indexOf(end);
    if (i < 0 || j < i) {
      stale.push(`${decl.tagName}: no ${start} … ${end} markers in README.md`);
      continue;
    }
    const next = `${readme.slice(0, i + start.length)}\n${tables(decl)}\n${readme.slice(j)}`;
    if (next !== readme) stale.push(decl.tagName);
    readme = next;
  }
}
if (check) {
  if (stale.length) {
    console.error(`README.md API tables are out of date (${stale.join(', ')}): run \`npm run docs\`.`);
    process.exit(1);
  }
  console.log('README.md API tables match custom-elements.json');
} else {
  writeFileSync('README.md', readme);
  console.log(stale.length ? `README.md updated: ${stale.join(', ')}` : 'README.md already up to date');
}
