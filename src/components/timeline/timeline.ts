import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { eventAnchorId, getIsland, selectEvents } from '../../data/query.js';
import { EVENT_TAGS, ISLAND_IDS, type Event as KurilEvent, type EventTag, type IslandId } from '../../data/schema.js';
import { KurilExpandEvent } from '../../events.js';
import { formatPartialDate, precisionOf } from '../../i18n/dates.js';
import { islandName } from '../../i18n/names.js';
import { KurilElement, listEntries } from '../base/kuril-element.js';
import { messages, type Era, type TimelineMessages } from './messages.js';
import { timelineStyles } from './timeline.styles.js';

/** Orders of events: oldest first or newest first. */
export const ORDERS = ['asc', 'desc'] as const;
export type Order = (typeof ORDERS)[number];

/** Spacing of the list. */
export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

/** The year each era after the first starts in. */
const ERA_STARTS: [number, Era][] = [
  [2020, 'suspended'],
  [2013, 'summits'],
  [1956, 'declarations'],
  [1941, 'war'],
];
const eraOf = (year: number): Era => ERA_STARTS.find(([start]) => year >= start)?.[1] ?? 'treaties';
const yearOf = (e: KurilEvent): number => Number.parseInt(e.date, 10);

/** Events rendered in the first pass, and added in each later pass, of a long list. */
const STEP = 25;

/** Timelines on the page: a deep link is handled by the first one that shows the event. */
const live = new Set<KurilTimeline>();

/**
 * The history of the dispute from the 1855 Treaty of Shimoda to the suspension of talks in 2022,
 * each event with its date, the islands it concerns and numbered sources.
 *
 * Children are not slotted: they are a no-JavaScript fallback (a paragraph, a link) shown until the
 * element upgrades or when scripts fail, or an inline dataset (`<script type="application/json">`).
 * Deep links: a page URL ending in `#kuril-event-<id>` reveals, scrolls to and focuses that event.
 *
 * @summary The history of the dispute from 1855 to today, sourced.
 * @tag kuril-timeline
 *
 * @csspart base - The widget's wrapper.
 * @csspart heading - The widget's title.
 * @csspart group - A group of events (an era, or a year when the events span one era).
 * @csspart group-heading - The heading of a group.
 * @csspart list - The ordered list of a group's events.
 * @csspart item - One event.
 * @csspart date - The event's date (one `<time>`, or two for a range).
 * @csspart title - The event's title.
 * @csspart summary - The event's summary.
 * @csspart islands - The islands the event concerns.
 * @csspart sources - The event's numbered citations.
 * @csspart toggle - The "Show all N events" / "Show fewer" button.
 * @csspart empty - The message shown when no event matches.
 *
 * @cssprop [--kuril-timeline-rail=var(--kuril-color-border)] - Colour of the vertical rail.
 * @cssprop [--kuril-timeline-rail-width=2px] - Width of the rail.
 * @cssprop [--kuril-timeline-marker=var(--kuril-color-accent)] - Colour of the event markers.
 * @cssprop [--kuril-timeline-date-width=9.5rem] - Width of the date column in the wide layout.
 * @cssprop [--kuril-timeline-highlight=var(--kuril-color-highlight)] - Background of highlighted events.
 * @cssprop [--kuril-timeline-scroll-margin=1rem] - Space kept above an event a deep link scrolls to (e.g. for a sticky header).
 *
 * @fires {KurilExpandEvent} kuril-expand - The reader pressed the toggle; `detail.ids` lists the events revealed, `detail.expanded` the new state.
 * @fires {KurilSourceClickEvent} kuril-source-click - The reader followed a source link.
 */
export class KurilTimeline extends KurilElement {
  static override styles = [...KurilElement.styles, timelineStyles];
  static override readonly defaultTag = 'kuril-timeline';

  /** The selected events, filtered and ordered (before the limit). */
  private events: KurilEvent[] = [];
  private query: {
    from?: string;
    to?: string;
    tags?: EventTag[];
    islands?: IslandId[];
    order: Order;
  } = { order: 'asc' };
  private grouping: 'era' | 'year' | '' = '';
  private eraYears = new Map<Era, [number, number]>();
  private max = 0;
  private marked = new Set<string>();
  private compact = false;
  private pendingHash = true;
  private print = matchMedia('print');
  /** The next pass of a long list, while one is scheduled. */
  private pass?: Promise<void>;
  /** Events a pass leaves as they are (it only adds events after them). */
  private kept = 0;
  /** True once the events have been shown (not only rendered hidden while the first data loads). */
  private shown = false;

  /** True once the reader (or a deep link) showed the events beyond `limit`. */
  @state() private expanded = false;
  /** True while the page prints: every event is rendered. */
  @state() private printing = false;
  /** How many events are rendered: a long list renders in passes, so the first events show at once. */
  @state() private rendered = STEP;

  /** Earliest date shown: a year (`1945`) or an ISO date (`1945-08`, `1945-08-15`). */
  @property({ attribute: 'from' }) from = '';
  /** Latest date shown (inclusive): a year or an ISO date. */
  @property({ attribute: 'to' }) to = '';
  /** Comma-separated event tags; events with any of them are shown. */
  @property({ attribute: 'tags' }) tags = '';
  /** Comma-separated islands (`iturup`, `kunashir`, `shikotan`, `habomai`); events concerning any of them are shown. */
  @property({ attribute: 'islands' }) islands = '';
  /** `asc` (oldest first) or `desc` (newest first). */
  @property({ attribute: 'order' }) order: Order = 'asc';
  /** Shows the first N events (and any highlighted one) with a "Show all" button; `0` shows all. */
  @property({ attribute: 'limit' }) limit: number | string = 0;
  /** Ids of events to emphasise, comma- or space-separated. */
  @property({ attribute: 'highlight' }) highlight = '';
  /** Spacing: `comfortable` or `compact`. */
  @property({ attribute: 'density' }) density: Density = 'comfortable';

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    addEventListener('hashchange', this.onHash);
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    this.print.addEventListener('change', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    removeEventListener('hashchange', this.onHash);
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.print.removeEventListener('change', this.onPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    this.kept = changed.size === 1 && has('rendered') ? (changed as Map<PropertyKey, number>).get('rendered') ?? 0 : 0;
    const q = this.query;
    let select = has('data');
    for (const key of ['from', 'to'] as const) {
      if (!has(key)) continue;
      q[key] = this.dateValue(key, this[key]);
      select = true;
    }
    if (has('tags')) {
      q.tags = this.listValue('tags', this.tags, EVENT_TAGS);
      select = true;
    }
    if (has('islands')) {
      q.islands = this.listValue('islands', this.islands, ISLAND_IDS);
      select = true;
    }
    if (has('order')) {
      q.order = this.enumValue('order', this.order, ORDERS, 'asc');
      select = true;
    }
    if (has('limit')) {
      const value = String(this.limit ?? '').trim();
      const valid = /^\d*$/.test(value);
      if (!valid) this.warnOnce('limit', value, 'a whole number (0 for all events)', '0');
      this.max = valid ? Number(value) : 0;
    }
    if (has('density')) this.compact = this.enumValue('density', this.density, DENSITIES, 'comfortable') === 'compact';
    if (select) {
      this.events = selectEvents(this.data, q);
      if (has('data')) {
        this.eraYears.clear();
        for (const e of this.data.events) {
          const era = eraOf(yearOf(e));
          const [a, b] = this.eraYears.get(era) ?? [Infinity, -Infinity];
          this.eraYears.set(era, [Math.min(a, yearOf(e)), Math.max(b, yearOf(e))]);
        }
      }
      const count = (key: (e: KurilEvent) => unknown) => new Set(this.events.map(key)).size;
      this.grouping = count((e) => eraOf(yearOf(e))) > 1 ? 'era' : count(yearOf) > 1 ? 'year' : '';
    }
    if ((has('highlight') || has('data') || has('busy')) && !this.busy) {
      this.marked = new Set(listEntries(this.highlight));
      const unknown = [...this.marked].filter((id) => !this.data.events.some((e) => e.id === id));
      if (unknown.length) {
        unknown.forEach((id) => this.marked.delete(id));
        this.warnOnce('highlight', unknown.join(', '), 'ids of events in the dataset', [...this.marked].join(', ') || 'none');
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.shown ||= !this.busy;
    if (this.shown && !this.pass && this.rendered < this.visible().length) {
      // The next pass runs in a later task, so the browser can paint and handle input in between.
      this.pass = new Promise((resolve) =>
        setTimeout(() => {
          this.pass = undefined;
          this.rendered += STEP * 8;
          resolve();
        }),
      );
    }
    if (this.pendingHash && !this.busy) {
      this.pendingHash = false;
      void super.getUpdateComplete().then(() => this.reveal());
    }
  }

  /** `updateComplete` resolves once every pass of a long list has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pass) {
      await this.pass;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The events the list shows: all, or (collapsed) the first `limit` and any highlighted ones. */
  private visible(expanded = this.expanded || this.printing): KurilEvent[] {
    const all = this.events;
    return this.max && !expanded ? all.filter((e, i) => i < this.max || this.marked.has(e.id)) : all;
  }

  /** Splits a comma list, keeping the allowed entries and warning once about the others. */
  private listValue<T extends string>(attribute: string, value: string, allowed: readonly T[]): T[] | undefined {
    const list = listEntries(value, true);
    const ok = list.filter((v): v is T => allowed.includes(v as T));
    const bad = list.filter((v) => !ok.includes(v as T));
    if (bad.length) this.warnOnce(attribute, bad.join(', '), allowed.join(', '), ok.join(', ') || 'all');
    return ok.length ? ok : undefined;
  }

  private onHash = (): void => {
    this.pendingHash = true;
    this.requestUpdate();
  };

  private onPrint = (e: Event): void => {
    // Print every event, also those hidden by `limit`: render synchronously before the page prints.
    this.printing = e.type === 'beforeprint' || (e as MediaQueryListEvent).matches === true;
    if (this.isUpdatePending) this.performUpdate();
  };

  private async onToggle(): Promise<void> {
    const expanded = !this.expanded;
    const collapsed = new Set(this.visible(false));
    const ids = expanded ? this.events.filter((e) => !collapsed.has(e)).map((e) => e.id) : [];
    this.expanded = expanded;
    this.rendered = Math.max(this.rendered, collapsed.size + STEP);
    this.dispatchEvent(new KurilExpandEvent({ ids, expanded }));
    await this.updateComplete;
    // Expanding: continue reading at the first revealed event. Collapsing: stay on the button.
    (expanded ? this.item(ids[0]) : this.renderRoot.querySelector<HTMLElement>('.toggle'))?.focus();
  }

  private item(id = ''): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(eventAnchorId(id));
  }

  /** Reveals, scrolls to and focuses the event the page's URL fragment names. */
  private async reveal(): Promise<void> {
    const prefix = `#${eventAnchorId('')}`;
    const id = location.hash.startsWith(prefix) ? location.hash.slice(prefix.length) : '';
    const event = this.events.find((e) => e.id === id);
    if (!event) return;
    for (const other of live) {
      const before = other.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (other !== this && before && other.events.some((e) => e.id === id)) return;
    }
    if (!this.visible().includes(event)) this.expanded = true;
    this.rendered = Math.max(this.rendered, this.visible().indexOf(event) + STEP);
    await super.getUpdateComplete();
    const el = this.item(id);
    if (!el) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    el.focus({ preventScroll: true });
  }

  private renderDate(e: KurilEvent): TemplateResult {
    const lang = this.language;
    let start = formatPartialDate(e.date, e.precision, lang);
    if (!e.endDate) return html`<time datetime=${e.date}>${start}</time>`;
    let end = formatPartialDate(e.endDate, precisionOf(e.endDate), lang);
    let dash = ' – ';
    const year = e.date.slice(0, 4);
    // "28 August – 5 September 1945", "15–16 December 2016", "2016年12月15日～16日".
    if (e.endDate.startsWith(year) && e.precision === 'day' && e.endDate.length === 10) {
      const sameMonth = e.endDate.slice(0, 7) === e.date.slice(0, 7);
      if (lang === 'ja') {
        end = end.replace(sameMonth ? /^.*月/ : /^.*年/, '');
        dash = '～';
      } else {
        start = sameMonth ? start.split(' ')[0] ?? start : start.replace(new RegExp(` ${year}.*`), '');
        if (sameMonth) dash = '–';
      }
    }
    return html`<time datetime=${e.date}>${start}</time>${dash}<time datetime=${e.endDate}>${end}</time>`;
  }

  private renderItem(e: KurilEvent, msg: TimelineMessages): TemplateResult {
    const marked = this.marked.has(e.id);
    const textLang = e.textLang && e.textLang !== this.language ? e.textLang : nothing;
    const islands = e.islands
      .map((id) => {
        const island = getIsland(this.data, id);
        return island ? islandName(island, this.language, this.resolvedNaming) : id;
      })
      .join(this.baseMsg.listSeparator);
    const title = html`${marked ? html`<span class="badge">${msg.highlighted}</span> ` : nothing}<span
        lang=${textLang}
        >${e.title}</span
      >`;
    return html`<li part="item" class="item${marked ? ' marked' : ''}" id=${eventAnchorId(e.id)} tabindex="-1">
      <p part="date" class="date">${this.renderDate(e)}</p>
      <div class="body">
        ${this.renderHeading(title, 2, 'title')}
        <p part="summary" class="summary" lang=${textLang}>${e.summary}</p>
        ${islands
          ? html`<p part="islands" class="islands"><span class="label">${msg.islands}</span>${islands}</p>`
          : nothing}
        ${this.renderSources(e.id, e.citations)}
      </div>
    </li>`;
  }

  private groupHeading(key: string, msg: TimelineMessages): string {
    if (this.grouping === 'year') return formatPartialDate(key, 'year', this.language);
    const era = key as Era;
    const [a = 0, b] = this.eraYears.get(era) ?? [];
    return msg.era(msg.years(a, era === 'suspended' ? undefined : b), msg.eras[era]);
  }

  protected override renderContent(): TemplateResult {
    const msg = messages[this.language];
    // While the first data loads (a translation, a publisher's dataset), the list would be hidden.
    if (this.busy && !this.shown) return this.renderHeading(msg.title);
    const all = this.events;
    const limited = this.visible(false).length < all.length;
    const visible = this.visible();
    const shown = this.printing ? visible : visible.slice(0, this.rendered);
    const groups: { key: string; items: KurilEvent[] }[] = [];
    for (const e of shown) {
      const year = yearOf(e);
      const key = this.grouping === 'era' ? eraOf(year) : this.grouping === 'year' ? String(year) : '';
      const last = groups[groups.length - 1];
      if (last?.key === key) last.items.push(e);
      else groups.push({ key, items: [e] });
    }
    const list = `list${this.compact ? ' compact' : ''}${visible.length > 100 ? ' long' : ''}`;
    let index = 0;
    return html`${this.renderHeading(msg.title)}
      ${all.length
        ? groups.map(
            (g) => html`<section part="group" class="group">
              ${g.key ? this.renderHeading(this.groupHeading(g.key, msg), 1, 'group-heading') : nothing}
              <ol part="list" class=${list}>
                ${g.items.map((e) => (index++ < this.kept ? noChange : this.renderItem(e, msg)))}
              </ol>
            </section>`,
          )
        : html`<p part="empty" class="empty" role="status">${msg.empty}</p>`}
      ${limited
        ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${String(this.expanded)} @click=${this.onToggle}>
            ${this.expanded ? msg.showFewer : msg.showAll(all.length)}
          </button>`
        : nothing}`;
  }
}
