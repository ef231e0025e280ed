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
];
