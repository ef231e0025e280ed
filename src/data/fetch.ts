/**
 * Fetching a publisher's JSON dataset: once per URL per page, with a timeout. Small and free of
 * the validator, so the base element can start the fetch while the validator chunk loads.
 */

/** Why a publisher's dataset could not be used as a whole. */
export type LoadFailureReason = 'network' | 'http' | 'timeout' | 'json' | 'shape';

/** How long a `src` fetch may take before the widget gives up on it. */
export const FETCH_TIMEOUT_MS = 10_000;

const fetches = new Map<string, Promise<unknown>>();

export class LoadError extends Error {
  constructor(
    readonly reason: LoadFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Resolves a URL against `base`, by default the document's base URL (none on a server). */
export function absoluteUrl(url: string, base: string | undefined = globalThis.document?.baseURI): string {
  try {
    return new URL(url, base).href;
  } catch {
    throw new LoadError('network', `${JSON.stringify(url)} is not a valid URL`);
  }
}

/** Fetches and parses a JSON dataset, once per URL per page however many widgets ask for it. */
export function fetchJson(url: string, timeoutMs = FETCH_TIMEOUT_MS, base?: string): Promise<unknown> {
  let key: string;
  try {
    key = base ? absoluteUrl(url, base) : absoluteUrl(url);
  } catch (error) {
    return Promise.reject(error);
  }
  let pending = fetches.get(key);
  if (!pending) {
    pending = (async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        let response: Response;
        try {
          response = await fetch(key, { signal: controller.signal, credentials: 'same-origin' });
        } catch (error) {
          throw controller.signal.aborted
            ? new LoadError('timeout', `no answer from ${key} within ${timeoutMs / 1000} s`)
            : new LoadError('network', `could not fetch ${key}: ${String(error)}`);
        }
        if (!response.ok) throw new LoadError('http', `${key} answered HTTP ${response.status}`);
        let text: string;
        try {
          // The timeout covers the body too: a server may send headers and then stall.
          text = await response.text();
        } catch (error) {
          throw controller.signal.aborted
            ? new LoadError('timeout', `no complete answer from ${key} within ${timeoutMs / 1000} s`)
            : new LoadError('network', `could not read ${key}: ${String(error)}`);
        }
        try {
          return JSON.parse(text) as unknown;
        } catch (error) {
          throw new LoadError('json', `${key} is not valid JSON: ${(error as Error).message}`);
        }
      } finally {
        clearTimeout(timer);
      }
    })();
    fetches.set(key, pending);
  }
  return pending;
}

