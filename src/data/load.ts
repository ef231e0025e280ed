/**
 * Loading a publisher's dataset (`src` URL or inline JSON), validated and merged over the bundled
 * one. This module and `validate.ts` (with valibot) form the lazy chunk that the base element
 * imports only when a widget has `src` or an inline `<script type="application/json">` child.
 */
import type { Dataset } from './schema.js';
import { DatasetError, validateDatasetAsync } from './validate.js';
import { FETCH_TIMEOUT_MS, LoadError, MAX_SRC_BYTES, absoluteUrl, fetchJson, type LoadFailureReason } from './fetch.js';

export { FETCH_TIMEOUT_MS, MAX_SRC_BYTES, fetchJson, type LoadFailureReason };

export interface LoadResult {
  /** The dataset to render: the publisher's sections over the bundled ones, or the bundled data. */
  dataset: Dataset;
  /** Set when the publisher's dataset failed as a whole and the bundled data is used instead. */
  failure?: { reason: LoadFailureReason; message: string };
  /**
   * Problems with single items (skipped), URLs or references (dropped), each naming its JSON path.
   * Already logged once per page with `console.warn`; shown here for tests and tools.
   */
  warnings: string[];
}

export interface ResolveOptions {
  /** URL of a JSON dataset, resolved against the document's base URL. */
  src?: string;
  /** The text of an inline `<script type="application/json">` dataset (used when `src` is empty). */
  inline?: string;
  /** How long the fetch may take; {@link FETCH_TIMEOUT_MS} by default. */
  timeoutMs?: number;
  /** The URL a relative `src` is resolved against; the document's base URL by default. */
  baseUrl?: string;
  /** Reads `src` instead of fetching it (a server reading local files); gets `src` as given. */
  read?: (src: string) => Promise<unknown>;
  /**
   * The bundled data the publisher's sections replace (and whose sources they may cite): a
   * widget's own sections. The whole bundled dataset by default.
   */
  bundled?: Dataset;
}

/** Prefix of every warning this module logs. */
export const WARNING_PREFIX = 'kuril-widgets dataset:';

/** Warnings logged per dataset; the rest are counted in one more line. */
const MAX_LOGGED_WARNINGS = 20;

/** How many validated datasets are kept per bundle (the most recently used). */
export const RESULT_CACHE_SIZE = 8;

/**
 * Validated results, per bundle and absolute URL (`src:…`) or inline text (`inline:…`, by a hash of
 * the text, so the raw JSON is not kept): a small LRU, so a page that mounts many widgets with
 * unique datasets does not grow. A failure is dropped once it settles, so the next connect or
 * attribute change tries again.
 */
const results = new WeakMap<Dataset, Map<string, Promise<LoadResult>>>();

/** A 64-bit FNV-1a hash of a text (two 32-bit halves) with its length: the inline dataset's key. */
function textKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

function logWarnings(warnings: readonly string[], where: string): void {
  for (const warning of warnings.slice(0, MAX_LOGGED_WARNINGS)) {
    console.warn(`${WARNING_PREFIX} ${warning} [${where}]`);
  }
  if (warnings.length > MAX_LOGGED_WARNINGS) {
    console.warn(`${WARNING_PREFIX} ${warnings.length - MAX_LOGGED_WARNINGS} more problems not shown [${where}]`);
  }
}

/** Fetches or parses, validates and merges one dataset; logs its warnings. Never rejects. */
async function load(where: string, read: () => Promise<unknown>, bundled: Dataset): Promise<LoadResult> {
  try {
    const raw = await read();
    let validated;
    try {
      validated = await validateDatasetAsync(raw, bundled);
    } catch (error) {
      if (error instanceof DatasetError) {
        logWarnings(error.warnings, where);
        throw new LoadError('shape', `${where}: ${error.message}`);
      }
      throw error;
    }
    logWarnings(validated.warnings, where);
    return { dataset: validated.dataset, warnings: validated.warnings };
  } catch (error) {
    const e = error instanceof LoadError ? error : new LoadError('shape', `${where}: ${String(error)}`);
    return { dataset: bundled, failure: { reason: e.reason, message: e.message }, warnings: [] };
  }
}

/**
 * Resolves the dataset a widget renders from its `src` URL or inline JSON text. Never rejects: a
 * dataset that fails as a whole yields the bundled data and a `failure` to show and log. A valid
 * result (and its logged warnings) is shared per URL, or per inline text, by the widgets of the
 * page (the {@link RESULT_CACHE_SIZE} most recently used); a failure is tried again next time.
 */
export async function resolveDataset(options: ResolveOptions): Promise<LoadResult> {
  // The whole bundled dataset only when no widget's own sections are given (tools, tests).
  const bundled = options.bundled ?? (await import('./dataset.js')).dataset;
  return resolveWith(options, bundled);
}

function resolveWith(options: ResolveOptions, bundled: Dataset): Promise<LoadResult> {
  const { src, inline, timeoutMs = FETCH_TIMEOUT_MS, baseUrl, read: readSrc } = options;
  let key: string;
  let where: string;
  let read: () => Promise<unknown>;
  if (src && readSrc) {
    key = `read:${baseUrl ?? ''}:${src}`;
    where = src;
    read = () => readSrc(src);
  } else if (src) {
    try {
      where = absoluteUrl(src, baseUrl ?? globalThis.document?.baseURI);
    } catch (error) {
      const { reason, message } = error as LoadError;
      return Promise.resolve({ dataset: bundled, failure: { reason, message }, warnings: [] });
    }
    key = `src:${where}`;
    read = () => fetchJson(where, timeoutMs);
  } else if (inline !== undefined) {
    key = `inline:${textKey(inline)}`;
    where = 'inline dataset';
    read = async () => {
      try {
        return JSON.parse(inline) as unknown;
      } catch (error) {
        throw new LoadError('json', `the inline dataset is not valid JSON: ${(error as Error).message}`);
      }
    };
  } else {
    return Promise.resolve({ dataset: bundled, warnings: [] });
  }
  let perBundle = results.get(bundled);
  if (!perBundle) results.set(bundled, (perBundle = new Map()));
  let pending = perBundle.get(key);
  if (pending) {
    // Most recently used last.
    perBundle.delete(key);
  } else {
    pending = load(where, read, bundled);
    const cache = perBundle;
    void pending.then((result) => {
      if (result.failure && cache.get(key) === pending) cache.delete(key);
    });
  }
  perBundle.set(key, pending);
  while (perBundle.size > RESULT_CACHE_SIZE) perBundle.delete(perBundle.keys().next().value as string);
  return pending;
}
