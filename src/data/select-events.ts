/**
 * Selecting and sorting a dataset's events (the timeline's query). Pure: no DOM, nothing at import, inputs never mutated.
 * A module of its own, so that only the widget that needs it carries it.
 */
import type { Dataset, Event, Island } from './schema.js';
import { compareKeys, dateInRange, sortKey } from './partial-date.js';
import { list } from './list.js';

/** Options of {@link selectEvents}. */
export interface EventQuery {
  /** Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), inclusive of its whole precision. */
  from?: string;
  /** Latest date, inclusive of its whole precision. */
  to?: string;
  /** Keep events with at least one of these tags. Empty or missing: no tag filter. */
  tags?: readonly string[];
  /**
   * Keep events concerning at least one of these islands. Empty or missing: no island filter.
   * An event whose `islands` is empty concerns the dispute as a whole and does NOT match an island
   * filter: a reader asking about Shikotan gets the events that name Shikotan.
   */
  islands?: readonly string[];
  /** Chronological (`asc`, the default) or latest first (`desc`). */
  order?: 'asc' | 'desc';
  /** At most this many events, taken after sorting (so `desc` + `limit` gives the latest). */
  limit?: number;
}

/**
 * The events of a dataset that match `opts`, sorted by date (ties keep the dataset's order).
 * Returns a new array of the dataset's own event objects.
 */
export function selectEvents(ds: Dataset, opts: EventQuery = {}): Event[] {
  const tags = opts.tags?.length ? new Set(opts.tags) : undefined;
  const islands = opts.islands?.length ? new Set(opts.islands) : undefined;
  const selected = list(ds.events).filter(
    (event) =>
      dateInRange(event.date, event.endDate, opts.from, opts.to) &&
      (!tags || list(event.tags).some((tag) => tags.has(tag))) &&
      (!islands || list(event.islands).some((island) => islands.has(island))),
  );
  const direction = opts.order === 'desc' ? -1 : 1;
  const keyed = selected.map((event) => {
    const end = event.endDate ?? event.date;
    return { event, start: sortKey(event.date), end: sortKey(end), endDate: end };
  });
  keyed.sort(
    (a, b) =>
      direction *
      (compareKeys(a.start, b.start, a.event.date, b.event.date) || compareKeys(a.end, b.end, a.endDate, b.endDate)),
  );
  const sorted = keyed.map((k) => k.event);
  const { limit } = opts;
  if (typeof limit === 'number' && Number.isFinite(limit) && limit >= 0) {
    return sorted.slice(0, Math.floor(limit));
  }
  return sorted;
}

/** One island by id, or `undefined`. */
export function getIsland(ds: Dataset, id: string): Island | undefined {
  return list(ds.islands).find((island) => island.id === id);
}
