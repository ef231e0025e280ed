/**
 * Selecting and sorting a dataset's claims (the claims panel's query). Pure: no DOM, nothing at import, inputs never mutated.
 * A module of its own, so that only the widget that needs it carries it.
 */
import type { Claim, Dataset } from './schema.js';
import { compareKeys, dateInRange, sortKey } from './partial-date.js';
import { list } from './list.js';

/** Options of {@link selectClaims}. */
export interface ClaimQuery {
  /** Keep claims of these parties. Empty or missing: all parties. */
  parties?: readonly string[];
  /** Keep claims on these topics. Empty or missing: all topics. */
  topics?: readonly string[];
  from?: string;
  to?: string;
}

/**
 * The claims of a dataset that match `opts`, sorted by date, oldest first (ties keep the dataset's
 * order). Returns a new array of the dataset's own claim objects.
 */
export function selectClaims(ds: Dataset, opts: ClaimQuery = {}): Claim[] {
  const parties = opts.parties?.length ? new Set(opts.parties) : undefined;
  const topics = opts.topics?.length ? new Set(opts.topics) : undefined;
  return list(ds.claims)
    .filter(
      (claim) =>
        (!parties || parties.has(claim.party)) &&
        (!topics || topics.has(claim.topic)) &&
        dateInRange(claim.date, undefined, opts.from, opts.to),
    )
    .map((claim) => ({ claim, key: sortKey(claim.date) }))
    .sort((a, b) => compareKeys(a.key, b.key, a.claim.date, b.claim.date))
    .map((k) => k.claim);
}

