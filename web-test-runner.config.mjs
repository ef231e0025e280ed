import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_FLAGS, findBrowser } from './scripts/find-browser.mjs';

const executablePath = findBrowser();

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
      const acc = { passed: 0, failed: 0 };
      for (const session of sessions) {
        count(session.testResults, acc);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !(session.testResults?.tests?.length || session.testResults?.suites?.length)) acc.failed++;
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
  middleware: [testApi],
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
  ],
  // Lit's development build announces itself once per page; every other log is kept.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].includes('Lit is in dev mode')),
  testFramework: {
    config: { timeout: 10_000 },
  },
};
