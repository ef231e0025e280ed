import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteerCore from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser, findFirefox, findWebKitDriver } from './scripts/find-browser.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const executablePath = findBrowser();

/**
 * The browsers besides Chromium, and the test files each runs (README, "Browser support").
 * `KURIL_BROWSERS` (default `chromium,firefox,webkit`) picks the browsers; a browser asked for
 * but not installed stops the run with how to install it.
 */
const BROWSERS = (process.env.KURIL_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim()).filter(Boolean);
// Chromium only: emulateMedia (colour scheme, print, reduced motion) needs CDP or Playwright
// (puppeteer over BiDi answers "CDP support is required"), the `layout-shift` entries of PerformanceObserver exist only in Chromium, and the
// builder's tests measure layout shift and run the CLI through a server command. The hardening
// tests print with emulateMedia; the leak tests measure the heap with CDP (`kuril-heap`).
const CHROMIUM_ONLY = [
  'test/builder/builder.test.ts',
  'test/components/hardening.test.ts',
  'test/components/leaks.test.ts',
  'test/components/base.test.ts',
  'test/components/claims.test.ts',
  'test/components/factbox-a11y.test.ts',
  'test/components/timeline.test.ts',
  'test/components/ssr-upgrade.test.ts',
];
const FIREFOX_FILES = ['test/**/*.test.ts', ...CHROMIUM_ONLY.map((f) => `!${f}`)];
// WebKit also skips what its WebDriver launcher cannot do: setViewport (claims-bundled) and
// holding a key down (Shift+Tab in factbox); @web/test-runner-commands offers neither over WebDriver.
const WEBKIT_FILES = [...FIREFOX_FILES, '!test/components/claims-bundled.test.ts', '!test/components/factbox.test.ts', '!test/components/compact.test.ts'];

function otherBrowserGroups() {
  const groups = [];
  if (BROWSERS.includes('firefox')) {
    const firefox = findFirefox();
    if (!firefox) throw new Error('KURIL_BROWSERS asks for firefox, but no Firefox was found. Install it (Debian: `apt-get install firefox-esr`), set FIREFOX_PATH, or run with KURIL_BROWSERS=chromium,webkit.');
    groups.push({
      name: 'firefox',
      files: FIREFOX_FILES,
      // puppeteer-core speaks WebDriver BiDi to Firefox: no geckodriver.
      browsers: [chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } })],
    });
  }
  if (BROWSERS.includes('webkit')) {
    const driverPath = findWebKitDriver();
    if (!driverPath) throw new Error('KURIL_BROWSERS asks for webkit, but WebKitWebDriver (or Xvfb) was not found. Install them (Debian: `apt-get install webkit2gtk-driver xvfb`), set WEBKIT_WEBDRIVER_PATH, or run with KURIL_BROWSERS=chromium,firefox.');
    groups.push({ name: 'webkit', files: WEBKIT_FILES, browsers: [webkitLauncher({ driverPath })] });
  }
  return groups;
}

/**
 * Test endpoints for the `src` loading tests (test/data/load.test.ts): `/test-api/404` answers
 * 404, `/test-api/slow` never answers (until the client gives up), `/test-api/stall-body` sends
 * headers and then stalls the body, `/test-api/count?key=…` serves a valid dataset and counts the
 * requests per key, `/test-api/hits?key=…` reports that count, `/test-api/big` sends a JSON array
 * larger than the `src` size limit, `/test-api/flaky?key=…` fails once per key and then succeeds.
 */
const hits = new Map();
async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const key = String(ctx.query.key ?? '');
  const hold = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      ctx.req.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  switch (ctx.path) {
    case '/test-api/404':
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    case '/test-api/slow':
      await hold(30_000);
      ctx.status = 204;
      return;
    case '/test-api/stall-body':
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      ctx.res.write('{"events": [');
      await hold(30_000);
      ctx.res.end();
      return;
    case '/test-api/count':
      hits.set(key, (hits.get(key) ?? 0) + 1);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ meta: { version: `count-${key}` } });
      return;
    case '/test-api/big': {
      // A valid JSON array larger than the 5 MB `src` limit; `?length=no` leaves out Content-Length
      // (the body is streamed), so the limit must hold on the bytes received.
      const chunk = `${JSON.stringify({ id: 'x'.repeat(1000) })},`;
      const count = 6_000;
      const total = 1 + chunk.length * count + 2;
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', ...(ctx.query.length === 'no' ? {} : { 'content-length': String(total) }) });
      ctx.res.write('[');
      let i = 0;
      const more = () => {
        while (i < count) {
          i++;
          if (!ctx.res.write(chunk)) return void ctx.res.once('drain', more);
        }
        ctx.res.end('0]');
      };
      ctx.req.on('close', () => (i = count));
      more();
      return;
    }
    case '/test-api/flaky':
      // Fails the first time per key, then serves a valid dataset: a failed `src` is tried again.
      hits.set(`flaky:${key}`, (hits.get(`flaky:${key}`) ?? 0) + 1);
      if (hits.get(`flaky:${key}`) === 1) {
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ meta: { version: `flaky-${key}` } });
      return;
    case '/test-api/hits':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits: hits.get(key) ?? 0 });
      return;
    default:
      return next();
  }
}

/**
 * Pages under a Content-Security-Policy header, for test/components/csp.test.ts (in an iframe):
 * `/test-csp/page?csp=…&script=…&body=…` answers an HTML page with that policy, the probe script
 * `/test-csp/probe.js` (a classic script from 'self', so no inline script is needed) and then each
 * `script` (same-origin paths only; a module, but `/test-csp/…` ones classic), then `body` (after
 * the pre-rendered fixtures with `prerendered=1`). `/test-csp/chunks` lists the files of
 * dist/cdn/chunks/ and dist/cdn/all/ (relative to dist/cdn), so a test can write a policy that
 * allows all of them but some.
 */
const PROBE = `// Records what the page's policy blocked and what went wrong, for the test to read.
window.kurilProbe = { violations: [], errors: [], console: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  kurilProbe.violations.push(e.effectiveDirective + ' ' + e.blockedURI + (e.sourceFile ? ' at ' + e.sourceFile + ':' + e.lineNumber : ''));
});
addEventListener('error', (e) => kurilProbe.errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => kurilProbe.errors.push('unhandled rejection: ' + String(e.reason)));
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    const text = args.map(String).join(' ');
    if (!/Lit is in dev mode|Multiple versions of Lit loaded/.test(text)) kurilProbe.console.push(level + ': ' + text);
    original(...args);
  };
}
`;
function cspPages(ctx, next) {
  if (!ctx.path.startsWith('/test-csp/')) return next();
  if (ctx.path === '/test-csp/probe.js') {
    ctx.type = 'text/javascript';
    ctx.body = PROBE;
    return undefined;
  }
  if (ctx.path === '/test-csp/after-defined.js') {
    // Imports a second copy of the library once the first has defined the widgets; the outcome
    // goes to the probe (`later`), so an exception in that copy is seen even though it is caught.
    const module = String(ctx.query.module ?? '');
    if (!/^\/[\w./-]+$/.test(module)) {
      ctx.status = 400;
      return undefined;
    }
    ctx.type = 'text/javascript';
    ctx.body = `Promise.all(['kuril-timeline', 'kuril-claims', 'kuril-factbox'].map((t) => customElements.whenDefined(t)))
  .then(() => import(${JSON.stringify(module)}))
  .then(() => (kurilProbe.later = 'loaded'), (e) => (kurilProbe.later = 'failed: ' + String(e)));
`;
    return undefined;
  }
  if (ctx.path === '/test-csp/chunks') {
    ctx.type = 'application/json';
    // Relative to dist/cdn: the per-widget chunks, and the all-widgets bundle with its chunks.
    const js = (dir) => readdirSync(`dist/cdn/${dir}`).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`);
    ctx.body = JSON.stringify([...js('chunks'), ...js('all'), ...js('all/chunks')]);
    return undefined;
  }
  if (ctx.path !== '/test-csp/page') return next();
  const scripts = [ctx.query.script ?? []].flat().map(String);
  if (!scripts.every((s) => /^\/[\w./-]+(\?module=\/[\w./-]+)?$/.test(s))) {
    ctx.status = 400;
    return undefined;
  }
  // `prerendered=1`: the first pre-rendered fixture of each widget and language (too long for a URL).
  const prerendered = ctx.query.prerendered
    ? JSON.parse(readFileSync('node_modules/.cache/kuril-ssr/fixtures.json', 'utf8')).filter((f) => / #1( |$)/.test(f.name)).map((f) => f.html).join('')
    : '';
  ctx.set('Content-Security-Policy', String(ctx.query.csp ?? ''));
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP test page</title>
<script src="/test-csp/probe.js"></script>
${scripts.map((s) => `<script ${s.startsWith('/test-csp/') ? '' : 'type="module" '}src="${s}"></script>`).join('\n')}
</head><body>${prerendered}${String(ctx.query.body ?? '')}</body></html>`;
  return undefined;
}

/**
 * `executeServerCommand('kuril-render', { args, stdin })` runs the pre-rendering CLI the way the
 * embed builder's snippet tells an editor to (`npx kuril-widgets render <<'HTML' … HTML`), for
 * test/builder/: the compiled CLI of `npm test`'s Node build (else dist/cli.js), with `args` (only
 * `render` and its options) and `stdin`, resolving with its exit code, standard output and error.
 */
function renderCommand() {
  const ALLOWED = /^(render|-|--lang|--base-url|--root|-o|--output|[a-z]{2}(-[A-Za-z]+)?)$/;
  return {
    name: 'kuril-render',
    executeCommand({ command, payload }) {
      if (command !== 'kuril-render') return undefined;
      const args = payload?.args ?? [];
      if (!args.every((a) => typeof a === 'string' && ALLOWED.test(a))) throw new Error(`kuril-render: arguments not allowed: ${args.join(' ')}`);
      const built = 'node_modules/.cache/kuril-node-test/cli.js';
      const cli = existsSync(built) ? built : 'dist/cli.js';
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end(String(payload?.stdin ?? ''));
      });
    },
  };
}

/**
 * `executeServerCommand('kuril-heap')` measures the test page through the DevTools protocol, for
 * the leak tests (test/components/leaks.test.ts): it collects garbage (three times, so that
 * finalizers and weak maps settle) and answers `{ usedSize, totalSize }` (the JS heap, bytes,
 * `Runtime.getHeapUsage`) and `{ documents, nodes, jsEventListeners }` (`Memory.getDOMCounters`).
 * Answers `null` in a browser that is not driven by puppeteer.
 */
function heapCommand() {
  return {
    name: 'kuril-heap',
    async executeCommand({ command, session }) {
      if (command !== 'kuril-heap') return undefined;
      if (session.browser.type !== 'puppeteer') return null;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        return { usedSize, totalSize, documents, nodes, jsEventListeners };
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * A Chromium whose test pages run in another time zone, for the date tests (`*.tz.test.ts`): they
 * run in the default group (the machine's zone) and again in each zone below.
 */
const inTimeZone = (timezoneId) =>
  chromeLauncher({
    launchOptions: { executablePath, headless: true, args: CHROME_FLAGS },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timezoneId);
      return page;
    },
  });

/** Counts passed and failed tests over every session (all groups) for `npm test`'s closing line. */
function summaryReporter() {
  const count = (suite, acc) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) continue;
      if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite?.suites ?? []) count(s, acc);
    return acc;
  };
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, browsers: {} };
      for (const session of sessions) {
        const before = { passed: acc.passed, failed: acc.failed };
        count(session.testResults, acc);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !(session.testResults?.tests?.length || session.testResults?.suites?.length)) acc.failed++;
        const name = session.group.name === 'default' || session.group.name.startsWith('tz-') ? `${session.browser.name} (${session.group.name})` : session.browser.name;
        const b = (acc.browsers[name] ??= { files: 0, passed: 0, failed: 0 });
        b.files++;
        b.passed += acc.passed - before.passed;
        b.failed += acc.failed - before.failed;
      }
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync('node_modules/.cache/kuril-wtr-summary.json', JSON.stringify(acc));
    },
  };
}

export default {
  reporters: [defaultReporter(), summaryReporter()],
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testApi, cspPages],
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  plugins: [renderCommand(), heapCommand(), esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_FLAGS },
    }),
  ],
  groups: [
    { name: 'tz-new-york', files: ['test/**/*.tz.test.ts'], browsers: [inTimeZone('America/New_York')] },
    { name: 'tz-tokyo', files: ['test/**/*.tz.test.ts'], browsers: [inTimeZone('Asia/Tokyo')] },
    ...otherBrowserGroups(),
  ],
  // Lit's development build announces itself once per page; every other log is kept.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
  testFramework: {
    config: { timeout: 10_000 },
  },
};
