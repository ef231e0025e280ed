// A @web/test-runner browser launcher for WebKit (WebKitGTK's MiniBrowser), driven by Debian's
// WebKitWebDriver over plain W3C WebDriver HTTP. No client library: webdriverio (and so
// @web/test-runner-webdriver) depends on @wdio/utils, which pulls in the geckodriver, edgedriver
// and @puppeteer/browsers downloaders, and nothing here may download a binary.
//
// WebKitGTK needs an X display even when nothing is shown: without $DISPLAY the launcher starts
// its own Xvfb (`-displayfd` picks a free display) and stops it afterwards. WebKitWebDriver listens
// on a free port chosen by the system. Type 'webdriver' with a `sendKeys(sessionId, keys)` method
// is what @web/test-runner-commands' sendKeys expects of a WebDriver launcher; setViewport and
// emulateMedia have no WebDriver form and are not offered.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** W3C WebDriver key codes for the keys the tests press (sendKeys' `press` names). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
  });
}

async function waitForDriver(base, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${base}`);
}

export function webkitLauncher({ driverPath = 'WebKitWebDriver', browserBinary, browserArgs = [] } = {}) {
  let driver;
  let xvfb;
  let base;
  let webdriverSession;
  let starting;
  const urls = new Map();

  async function call(method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      // WebKitWebDriver waits forever for a browser that cannot start (an X display that is set
      // but unreachable): give up with a message instead.
      signal: AbortSignal.timeout(120_000),
    }).catch((error) => {
      throw new Error(`WebKitWebDriver ${method} ${path}: ${error.name === 'TimeoutError' ? 'no answer in 120 s (is $DISPLAY reachable?)' : error.message}`);
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${res.status} ${json?.value?.message ?? ''}`);
    return json.value;
  }

  async function ensureSession() {
    starting ??= (async () => {
      const env = { ...process.env };
      if (!env.DISPLAY) {
        xvfb = await startXvfb();
        env.DISPLAY = xvfb.display;
      }
      const port = await freePort();
      driver = spawn(driverPath, [`--port=${port}`, '--host=local'], { stdio: ['ignore', 'ignore', 'pipe'], env });
      let driverErr = '';
      driver.stderr.on('data', (d) => (driverErr = (driverErr + d).slice(-2000)));
      base = `http://127.0.0.1:${port}`;
      try {
        await waitForDriver(base, driver);
      } catch (error) {
        throw new Error(`${error.message}\n${driverErr}`);
      }
      const options = browserBinary ? { binary: browserBinary, args: ['--automation', ...browserArgs] } : undefined;
      const created = await call('POST', '/session', {
        capabilities: { alwaysMatch: options ? { 'webkitgtk:browserOptions': options } : {} },
      });
      webdriverSession = created.sessionId;
      await call('POST', `/session/${webdriverSession}/window/rect`, { width: 800, height: 600 }).catch(() => undefined);
    })();
    return starting;
  }

  return {
    name: 'WebKit',
    type: 'webdriver',
    // One page: WebDriver drives one window, so sessions run one after another.
    concurrency: 1,
    async startSession(sessionId, url) {
      await ensureSession();
      urls.set(sessionId, url);
      await call('POST', `/session/${webdriverSession}/url`, { url });
    },
    isActive(sessionId) {
      return urls.has(sessionId);
    },
    getBrowserUrl(sessionId) {
      return urls.get(sessionId);
    },
    async stopSession(sessionId) {
      urls.delete(sessionId);
      // Leave the test page, stopping its timers.
      await call('POST', `/session/${webdriverSession}/url`, { url: 'about:blank' }).catch(() => undefined);
      return {};
    },
    startDebugSession() {
      throw new Error('The WebKit launcher has no debug mode: run the test in Chromium with --manual.');
    },
    /** For @web/test-runner-commands' sendKeys: presses each key in turn on the focused element. */
    async sendKeys(_sessionId, keys) {
      const actions = keys.flatMap((key) => {
        const value = KEYS[key] ?? key;
        return [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ];
      });
      await call('POST', `/session/${webdriverSession}/actions`, { actions: [{ type: 'key', id: 'keyboard', actions }] });
      await call('DELETE', `/session/${webdriverSession}/actions`).catch(() => undefined);
    },
    async stop() {
      if (webdriverSession) await call('DELETE', `/session/${webdriverSession}`).catch(() => undefined);
      driver?.kill();
      xvfb?.child.kill();
    },
  };
}
