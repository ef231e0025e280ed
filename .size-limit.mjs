// size-limit's checks (npm run size, after the size report): every budget in size-budgets.json,
// gzip bytes as a server sends each file, summed over the files a page loads (@size-limit/file
// gzips each file on its own). The files of each check come from scripts/size-pages.mjs, which the
// size report uses too. A budgeted check whose files are missing is an error, not a pass.
import { readFileSync } from 'node:fs';
import { cdnChecks, npmBundleFile } from './scripts/size-pages.mjs';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));
const checks = new Map(cdnChecks().map((c) => [c.name, c.files]));
for (const name of Object.keys(budgets)) if (name.startsWith('npm ')) checks.set(name, [npmBundleFile(name)]);

export default Object.entries(budgets).map(([name, bytes]) => {
  const files = checks.get(name);
  if (!files) throw new Error(`size-budgets.json: no check named "${name}"`);
  readFileSync(files[0]); // throws when the file is missing (run npm run build, then the size report)
  return { name, path: files, gzip: true, limit: `${bytes} B` };
});
