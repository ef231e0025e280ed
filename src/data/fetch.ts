/**
 * Fetching a publisher's JSON dataset: widgets that ask for the same URL at the same time share
 * one request, with a timeout and a size limit. Small and free of the validator, so the base
 * element can start the fetch while the validator chunk loads. Nothing is kept once a request
 * settles: the validated result is cached (bounded) by load.ts, never the raw JSON, and a failure
 * is not cached at all, so the next attempt fetches again.
 */

/** Why a publisher's dataset could not be used as a whole. */
export type LoadFailureReason = 'network' | 'http' | 'timeout' | 'size' | 'json' | 'shape';

/** How long a `src` fetch may take before the widget gives up on it. */
export const FETCH_TIMEOUT_MS = 10_000;

/** The largest `src` response accepted, in bytes (by `Content-Length` and by the bytes received). */
export const MAX_SRC_BYTES = 5 * 1024 * 1024;

/** Requests in flight, by absolute URL. */
const fetches = new Map<string, Promise<unknown>>();

/** Reads a response's body as text, failing once more than `max` bytes have arrived. */
async function readText(response: Response, key: string, max: number, abort: () => void): Promise<string> {
  const tooLarge = (size: string) =>
    new LoadError('size', `${key} is larger than the limit of ${max / 1024 / 1024} MB (${size})`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    abort();
    throw tooLarge(`Content-Length ${declared} bytes`);
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      await reader.cancel().catch(() => undefined);
      abort();
      throw tooLarge(`more than ${received} bytes received`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

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

/**
 * Fetches and parses a JSON dataset; widgets asking for the same URL while it loads share the
 * request. Rejects with a {@link LoadError} (network, HTTP status, timeout, size, JSON).
 */
export function fetchJson(url: string, timeoutMs = FETCH_TIMEOUT_MS, base?: string, maxBytes = MAX_SRC_BYTES): Promise<unknown> {
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
          text = await readText(response, key, maxBytes, () => controller.abort());
        } catch (error) {
          if (error instanceof LoadError) throw error;
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
        fetches.delete(key);
      }
    })();
    fetches.set(key, pending);
  }
  return pending;
}

