/**
 * The timeline's view model: dataset + options in, what to render out. Pure (no DOM, no Lit), so
 * it runs the same on the server and in the browser and is tested in Node.
 */
import { getIsland, selectEvents } from '../../data/select-events.js';
import { formatDateRange, formatPartialDate, type FormattedRange } from '../../data/partial-date.js';
import type { Dataset, Event as KurilEvent, EventTag, IslandId, Language } from '../../data/schema.js';
import { baseMessagesOf } from '../../i18n/messages.js';
import { islandName, type Naming } from '../../i18n/names.js';
import { timelineText, type Era } from './messages.js';
import { ui } from '../../i18n/ui-text.js';

/** Orders of events: oldest first or newest first. */
export const ORDERS = ['asc', 'desc'] as const;
export type Order = (typeof ORDERS)[number];

/** Spacing of the list. */
export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

/** The parsed options of a timeline. */
export interface TimelineOptions {
  lang: Language;
  naming: Naming;
  from?: string | undefined;
  to?: string | undefined;
  /** Tags and islands that select (empty: all). */
  tags: readonly EventTag[];
  islands: readonly IslandId[];
  order: Order;
  /** Events shown before the toggle; `0` shows all. */
  limit: number;
  highlight: readonly string[];
  /** True when every event is shown (the reader expanded, or the page prints). */
  expanded: boolean;
  /**
   * The compact default view (no selecting attribute and no `limit`): the key events (and any
   * highlighted ones), each as its date and title, with "Show all N events".
   */
  brief: boolean;
  /** How many events the whole selection has, when `data` holds only the first tier (the key events). */
  total?: number | undefined;
  /** The first and last year of each era over every event, when `data` holds only the first tier. */
  eraSpans?: EraSpans | undefined;
}

export interface TimelineItem {
  event: KurilEvent;
  marked: boolean;
  date: FormattedRange;
  /** The islands the event concerns, named in the display language and convention; `''` for none. */
  islands: string;
  /** The language of the event's text when it is not the display language (an untranslated item). */
  textLang?: Language;
  /** True when the item is hidden until the reader expands the list. */
  extra: boolean;
}

export interface TimelineGroup {
  key: string;
  /** The group's heading, or `''` when the selection falls within one year. */
  heading: string;
  items: TimelineItem[];
}

export interface TimelineView {
  title: string;
  /** True in the compact default view while collapsed: items show their date and title only. */
  condensed: boolean;
  /** Groups of the events shown collapsed (or of every event, expanded). */
  groups: TimelineGroup[];
  /**
   * Groups of what the toggle reveals, for HTML that must work without script: the events behind
   * it, or (in the compact view, whose items are condensed) every event in full.
   */
  extraGroups: TimelineGroup[];
  total: number;
  /** True when `limit` hides events (a toggle is shown). */
  limited: boolean;
  /** Highlight ids that name no event of the dataset. */
  unknownHighlights: string[];
  /** Ids of the events behind the toggle. */
  extraIds: string[];
}

/** The year each era after the first starts in. */
const ERA_STARTS: [number, Era][] = [
  [2020, 'suspended'],
  [2013, 'summits'],
  [1956, 'declarations'],
  [1941, 'war'],
];
export const eraOf = (year: number): Era => ERA_STARTS.find(([start]) => year >= start)?.[1] ?? 'treaties';
const yearOf = (e: KurilEvent): number => Number.parseInt(e.date, 10);

/** The first and last year of each era's events, by era. */
export type EraSpans = Partial<Record<Era, [number, number]>>;

/** The first and last year of each era in a list of events (the era headings name them). */
export function eraSpansOf(events: readonly KurilEvent[]): EraSpans {
  const spans: EraSpans = {};
  for (const e of events) {
    const y = yearOf(e);
    const era = eraOf(y);
    const [a, b] = spans[era] ?? [Infinity, -Infinity];
    spans[era] = [Math.min(a, y), Math.max(b, y)];
  }
  return spans;
}

/** Builds what the timeline renders. */
export function timelineView(data: Dataset, o: TimelineOptions): TimelineView {
  const msg = ui(timelineText, o.lang);
  const events = selectEvents(data, {
    from: o.from,
    to: o.to,
    tags: o.tags.length ? [...o.tags] : undefined,
    islands: o.islands.length ? [...o.islands] : undefined,
    order: o.order,
  });
  const known = new Set(data.events.map((e) => e.id));
  const marked = new Set(o.highlight.filter((id) => known.has(id)));
  const unknownHighlights = o.highlight.filter((id) => !known.has(id));
  const keyed = o.brief ? events.filter((e) => e.key === true || marked.has(e.id)) : [];
  // A dataset that marks no key event (a publisher's own) shows every event, as with `expanded`.
  const collapsed = o.brief && keyed.some((e) => e.key === true)
    ? keyed
    : o.limit
      ? events.filter((e, i) => i < o.limit || marked.has(e.id))
      : events;
  const total = o.total ?? events.length;
  const limited = collapsed.length < total;
  const inCollapsed = new Set(collapsed);
  const extra = events.filter((e) => !inCollapsed.has(e));

  const count = (key: (e: KurilEvent) => unknown) => new Set(events.map(key)).size;
  const grouping = count((e) => eraOf(yearOf(e))) > 1 ? 'era' : count(yearOf) > 1 ? 'year' : '';
  const years = grouping === 'era' ? (o.eraSpans ?? eraSpansOf(data.events)) : undefined;
  const heading = (key: string): string => {
    if (grouping === 'year') return formatPartialDate(key, 'year', o.lang);
    if (grouping !== 'era') return '';
    const era = key as Era;
    const [a = 0, b] = years?.[era] ?? [];
    return msg.era(msg.years(a, era === 'suspended' ? undefined : b), msg.eras[era]);
  };
  const item = (e: KurilEvent): TimelineItem => ({
    event: e,
    marked: marked.has(e.id),
    date: formatDateRange(e.date, e.endDate, o.lang),
    islands: e.islands
      .map((id) => {
        const island = getIsland(data, id);
        return island ? islandName(island, o.lang, o.naming) : id;
      })
      .join(baseMessagesOf(o.lang).listSeparator),
    ...(e.textLang && e.textLang !== o.lang ? { textLang: e.textLang } : {}),
    extra: !inCollapsed.has(e),
  });
  const group = (list: readonly KurilEvent[]): TimelineGroup[] => {
    const groups: TimelineGroup[] = [];
    for (const e of list) {
      const year = yearOf(e);
      const key = grouping === 'era' ? eraOf(year) : grouping === 'year' ? String(year) : '';
      const last = groups[groups.length - 1];
      if (last?.key === key) last.items.push(item(e));
      else groups.push({ key, heading: heading(key), items: [item(e)] });
    }
    return groups;
  };
  const condensed = o.brief && !o.expanded && limited;
  return {
    title: msg.title,
    condensed,
    groups: group(o.expanded ? events : collapsed),
    extraGroups: limited && !o.expanded ? group(condensed ? events : extra) : [],
    total,
    limited,
    unknownHighlights,
    extraIds: extra.map((e) => e.id),
  };
}
