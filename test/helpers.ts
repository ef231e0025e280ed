/**
 * Shared test helpers. Importing this module installs a console guard: any console.warn or
 * console.error during a test fails that test unless the test takes it with `takeConsole()` and
 * asserts on it.
 */
import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';

export { aTimeout, expect, fixture, html, nextFrame };

type Level = 'warn' | 'error';
const IGNORED = [/Lit is in dev mode/, /Multiple versions of Lit loaded/];
const recorded: Record<Level, string[]> = { warn: [], error: [] };
const original = { warn: console.warn.bind(console), error: console.error.bind(console) };

for (const level of ['warn', 'error'] as const) {
  console[level] = (...args: unknown[]) => {
    const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
    if (IGNORED.some((re) => re.test(text))) return;
    recorded[level].push(text);
    original[level](...args);
  };
}

/** Returns the warnings and errors logged since the last call (or the test's start), and clears them. */
export function takeConsole(): { warn: string[]; error: string[] } {
  const taken = { warn: [...recorded.warn], error: [...recorded.error] };
  recorded.warn.length = 0;
  recorded.error.length = 0;
  return taken;
}

beforeEach(() => {
  takeConsole();
});

/** A value as a failure report shows it: an element as its start tag, anything else as text. */
const shownAs = (value: unknown): string =>
  value instanceof Element ? `${value.outerHTML.slice(0, value.outerHTML.indexOf('>') + 1)}…` : String(value);

/**
 * Makes a failed assertion's `actual` and `expected` cloneable. The runner sends a failed test's
 * error to Node with structuredClone, which throws on an element or a function: the run then hangs
 * until its timeout with no report (modernweb-dev/web#2967).
 */
function reportable(error: unknown): void {
  if (!error || typeof error !== 'object') return;
  const values = error as Record<string, unknown>;
  for (const key of ['actual', 'expected']) {
    if (!(key in values)) continue;
    try {
      structuredClone(values[key]);
    } catch {
      values[key] = shownAs(values[key]);
    }
  }
}

afterEach(function () {
  reportable((this.currentTest as { err?: unknown } | undefined)?.err);
  const left = takeConsole();
  const unexpected = [...left.warn.map((m) => `warn: ${m}`), ...left.error.map((m) => `error: ${m}`)];
  if (unexpected.length && this.currentTest?.state !== 'failed') {
    throw new Error(`Unexpected console output in "${this.currentTest?.fullTitle()}":\n${unexpected.join('\n')}`);
  }
});

/** Waits until `el.updateComplete` settles and the element is no longer loading data. */
export async function settled(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const base = el.shadowRoot?.querySelector('[part="base"]');
    if (base && base.getAttribute('aria-busy') !== 'true') return;
    await aTimeout(10);
  }
  throw new Error(`<${el.localName}> did not finish loading`);
}

/** Sets the emulated colour scheme for `prefers-color-scheme` tests (Chromium only). */
export { emulateMedia } from '@web/test-runner-commands';

/** A publisher's source for the datasets tests write (a news report with a URL and a date). */
export const TEST_SOURCE = {
  id: 'test-news',
  outlet: 'Test Times',
  headline: 'Leaders meet',
  published: '2018-09-12',
  url: 'https://example.com/news',
  language: 'en',
  kind: 'article',
};
