// Checks that the README's framework snippets are the tested code of examples/: every fenced code
// block whose first line names a file (`// examples/react/src/App.tsx`, `<!-- examples/… -->`) must
// consist of lines of that file (compared without leading and trailing white space), so a snippet
// cannot drift from the app that CI builds and runs. Exits 1 and names the lines that differ.
import { existsSync, readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
const problems = [];
let checked = 0;
for (const block of blocks) {
  const [first, ...lines] = block.split('\n');
  const named = /^(?:\/\/|<!--)\s*(examples\/\S+?)\s*(?:-->)?$/.exec(first.trim());
  if (!named) continue;
  const file = named[1];
  if (!existsSync(file)) {
    problems.push(`${file}: named by a README snippet, but there is no such file`);
    continue;
  }
  const source = new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()));
  const missing = lines.map((l) => l.trim()).filter((l) => l && !source.has(l));
  if (missing.length) problems.push(`${file}: README lines not in the file:\n    ${missing.join('\n    ')}`);
  checked++;
}
if (checked === 0) problems.push('README.md names no examples/ file in any snippet');
for (const p of problems) console.error(`readme snippets: ${p}`);
if (problems.length) process.exit(1);
console.log(`readme snippets: ${checked} snippets match examples/`);
