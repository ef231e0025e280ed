// Finds a Chromium-family browser for tests, the benchmark and screenshots: $CHROME_PATH, else
// /usr/bin/chromium, else `chromium` or `google-chrome` on the PATH. No browser is ever downloaded.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found =
    (existsSync('/usr/bin/chromium') && '/usr/bin/chromium') ||
    onPath('chromium') ||
    onPath('google-chrome') ||
    onPath('google-chrome-stable');
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`; ' +
      'macOS: install Google Chrome) or set CHROME_PATH to its executable. kuril-widgets never downloads a browser.',
  );
}

/** Flags that let Chromium run headless as root and in containers without reaching the network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // New headless Chromium (156) builds its omnibox popup as a WebUI page for every new browser
  // context: 50–200 ms of module evaluation in another renderer (chrome://omnibox-popup.top-chrome),
  // traced, which on a 2-core machine lands in the middle of the page being measured.
  '--disable-features=WebUIOmniboxPopup',
];

/**
 * The other browsers of `npm test`: Firefox ($FIREFOX_PATH, else firefox-esr or firefox on the
 * PATH), driven by puppeteer over WebDriver BiDi, and WebKit through WebKitWebDriver
 * ($WEBKIT_WEBDRIVER_PATH, else WebKitWebDriver on the PATH; Debian's webkit2gtk-driver) with Xvfb
 * when there is no $DISPLAY. Each returns undefined when it is not installed.
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  return onPath('firefox-esr') || onPath('firefox');
}

export function findWebKitDriver() {
  const fromEnv = process.env.WEBKIT_WEBDRIVER_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`WEBKIT_WEBDRIVER_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const driver = onPath('WebKitWebDriver');
  if (!driver) return undefined;
  // WebKitGTK needs an X server; without a display of our own, Xvfb provides one.
  return process.env.DISPLAY || onPath('Xvfb') ? driver : undefined;
}
