// npm test: strict type-check, lint, the Node tests of the built data module, and the browser
// tests in headless Chromium, Firefox and WebKit (KURIL_BROWSERS picks them; README, "Tested
// browsers"). Ends with one line: `tests: N passed, N failed`.
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';

const WTR_SUMMARY = 'node_modules/.cache/kuril-wtr-summary.json';
import { join } from 'node:path';
import { bin, run } from './run.mjs';
import { findBrowser, findFirefox, findWebKitDriver } from './find-browser.mjs';

let passed = 0;
let failed = 0;
const failures = [];

function step(name, ok) {
  if (!ok) failures.push(name);
}

// Every browser test imports the console guard (test/helpers.ts), so that a stray warning fails it.
function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : path.endsWith('.test.ts') ? [path] : [];
  });
}
const unguarded = testFiles('test').filter((f) => !/(from |import )'(\.\.\/)+helpers\.js'/.test(readFileSync(f, 'utf8')));
if (unguarded.length) {
  console.error(`These test files do not import test/helpers.ts (the console guard):\n  ${unguarded.join('\n  ')}`);
  step('console guard', false);
}

try {
  findBrowser();
  const wanted = (process.env.KURIL_BROWSERS ?? 'chromium,firefox,webkit').split(',');
  const missing = [
    wanted.includes('firefox') && !findFirefox() && 'Firefox (Debian: `apt-get install firefox-esr`, or set FIREFOX_PATH)',
    wanted.includes('webkit') && !findWebKitDriver() && 'WebKitWebDriver and Xvfb (Debian: `apt-get install webkit2gtk-driver xvfb`, or set WEBKIT_WEBDRIVER_PATH)',
  ].filter(Boolean);
  if (missing.length) {
    throw new Error(`npm test runs the browser tests in Chromium, Firefox and WebKit. Not found:\n  ${missing.join('\n  ')}\n` +
      'Install them, or pick the browsers you have: KURIL_BROWSERS=chromium npm test (CI runs all three).');
  }
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

step('typecheck', (await run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])).code === 0);
step('typecheck tests', (await run(bin('tsc'), ['-p', 'tsconfig.test.json'])).code === 0);
step('lint', (await run(bin('eslint'), ['.', '--max-warnings', '0'])).code === 0);

// The README's API tables must match the components' JSDoc (custom-elements.json).
step('readme api tables', (await run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet', '--outdir', 'node_modules/.cache/kuril-cem'])).code === 0 &&
  (await run('node', ['scripts/readme-api.mjs', '--check', '--manifest', 'node_modules/.cache/kuril-cem/custom-elements.json'])).code === 0);

// The README's framework snippets must be lines of the apps in examples/ (which CI builds and runs).
step('readme example snippets', (await run('node', ['scripts/readme-examples.mjs'])).code === 0);

// The data module must import in Node without a DOM: compile it and run the Node tests against it.
step('build for node tests', (await run(bin('tsc'), ['-p', 'tsconfig.json', '--outDir', 'node_modules/.cache/kuril-node-test', '--declaration', 'false', '--sourceMap', 'false', '--inlineSources', 'false'])).code === 0);
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => join('test/node', f));
const node = await run('node', ['--test', '--test-reporter=spec', ...nodeTests], { capture: true });
const np = /^ℹ pass (\d+)/m.exec(node.out);
const nf = /^ℹ fail (\d+)/m.exec(node.out);
passed += Number(np?.[1] ?? 0);
failed += Number(nf?.[1] ?? 0);
step('node tests', node.code === 0);

// The upgrade tests load widgets pre-rendered on the server by the Node build above.
step('pre-render fixtures', (await run('node', ['scripts/prerender-fixtures.mjs'])).code === 0);

// The double-load test imports the CDN bundle next to the source modules: build it first.
step('cdn bundle', (await run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent'])).code === 0);
// The embed builder's tests (test/builder/) read the iframe page next to the bundle and the
// manifest at the root, where `npm run build` puts it (the analyzer's run above wrote it to the cache).
step('iframe embed', (await run('node', ['scripts/build-embed.mjs'])).code === 0);
if (existsSync('node_modules/.cache/kuril-cem/custom-elements.json')) copyFileSync('node_modules/.cache/kuril-cem/custom-elements.json', 'custom-elements.json');
rmSync(WTR_SUMMARY, { force: true });
const wtr = await run(bin('wtr'), process.argv.slice(2));
// web-test-runner.config.mjs writes the counts of every group (time zones included) to a file.
const summary = existsSync(WTR_SUMMARY) ? JSON.parse(readFileSync(WTR_SUMMARY, 'utf8')) : { passed: 0, failed: 1 };
passed += summary.passed;
failed += summary.failed;
for (const [name, b] of Object.entries(summary.browsers ?? {})) console.log(`browser tests, ${name}: ${b.files} files, ${b.passed} passed, ${b.failed} failed`);
step('browser tests', wtr.code === 0);

if (failures.length) console.error(`\nFailed: ${failures.join(', ')}`);
// A step that failed without a test count (type errors, lint) still counts as a failure.
if (failures.length && failed === 0) failed = failures.length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
