import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { eventAnchorId } from '../../data/query.js';
import { EVENT_TAGS, ISLAND_IDS } from '../../data/schema.js';
import { KurilExpandEvent } from '../../events.js';
import { count, idList, isUnset, keyword, keywordList, listEntries, partialDate, property } from '../base/attributes.js';
import { earlierHas, HashController, prefersReducedMotion } from '../base/controllers.js';
import { KurilElement } from '../base/kuril-element.js';
import { WIDGET_SECTIONS } from '../../widget-sections.js';
import { isFirstTier, loadFull, type WidgetBundle } from '../base/resolve-data.js';
import { eraSpans, eventCount, firstData, firstDates } from './data-first.js';
import { primeDates } from '../../data/partial-date.js';
import { timelineText, type TimelineMessages } from './messages.js';
import { ui } from '../../i18n/ui-text.js';
import { baseText } from '../../i18n/messages.js';
import { timelineStyles } from './timeline.styles.js';
import { DENSITIES, ORDERS, timelineView, type Density, type Order, type TimelineItem, type TimelineOptions, type TimelineView } from './view.js';

/** The events of the first tier (the key ones). */
const firstIds = new Set(firstData.events.map((e) => e.id));

// The dates of the first tier, formatted ahead (with Intl, at build time): its compact view sets up no Intl.
primeDates(firstDates);

export { DENSITIES, ORDERS, type Density, type Order } from './view.js';

/** Events rendered in the first pass of a long list, at most (the work budget below decides). */
const STEP = 25;
/**
 * The work a pass of a long list may do, in units of about one DOM node's worth: the first pass
 * (about 25 ordinary events) and each later one. Bounded by work, not by the number of events, so
 * 200 events of 100 citations each render in many short tasks, not one long one.
 */
const FIRST_WORK = 250;
const PASS_WORK = 2000;
/** An event's work: its date, title and summary, plus two units per citation (a list item, link and label). */
const workOf = (item: TimelineItem): number => 6 + 2 * item.event.citations.length;
/** How many items, from `start` on, fit in `budget` (at least one more, so every pass makes progress). */
function fitting(items: readonly TimelineItem[], start: number, budget: number): number {
  let end = Math.max(0, start);
  for (let used = 0; end < items.length; end++) {
    used += workOf(items[end]!);
    if (used > budget && end > start) break;
  }
  return end;
}

/** Timelines on the page: a deep link is handled by the first one that shows the event. */
const live = new Set<KurilTimeline>();

const from = partialDate();
const to = partialDate();
const tags = keywordList(EVENT_TAGS);
const islands = keywordList(ISLAND_IDS);
const order = keyword(ORDERS, 'asc');
const limit = count();
const highlight = idList();
const density = keyword(DENSITIES, 'comfortable');

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
  /**
   * The timeline's own data: first the key events (what the compact default view shows), then
   * every event, loaded when the view needs it (and when the reader points at or focuses the widget).
   */
  static override bundle: WidgetBundle = {
    data: firstData,
    // Every event, and what renders their sources (the compact view shows none).
    full: () =>
      Promise.all([import('./data-full.js'), import('../base/citations.js')]).then(([data, { renderCitations }]) => {
        KurilTimeline.citations = renderCitations;
        return data.fullData;
      }),
    sections: WIDGET_SECTIONS['kuril-timeline'],
    ui: [baseText, timelineText],
  };

  private view?: TimelineView;
  /** The event a deep link asks for, until it is revealed. */
  private pendingHash = '';
  /** The next pass of a long list, while one is scheduled. */
  private pass?: Promise<void>;
  /** Events a pass leaves as they are (it only adds events after them). */
  private kept = 0;
  /** True once the events have been shown (not only rendered hidden while the first data loads). */
  private shown = false;
  /** True once a deep link asked for an event the first tier does not hold. */
  private wantsFull = false;
  /** True once the reader (or a deep link) showed the events beyond `limit`. */
  @state() private showAll = false;
  /** The count of events the first pass (or the pass after a toggle) starts from, until it is sized by its work. */
  private refit?: number = 0;

  /** How many events are rendered: a long list renders in passes, so the first events show at once. */
  @state() private rendered = STEP;

  /** Earliest date shown: a year (`1945`) or an ISO date (`1945-08`, `1945-08-15`). */
  @property({ attribute: 'from', parse: from }) from = '';
  /** Latest date shown (inclusive): a year or an ISO date. */
  @property({ attribute: 'to', parse: to }) to = '';
  /** Comma-separated event tags; events with any of them are shown. */
  @property({ attribute: 'tags', parse: tags }) tags = '';
  /** Comma-separated islands (`iturup`, `kunashir`, `shikotan`, `habomai`); events concerning any of them are shown. */
  @property({ attribute: 'islands', parse: islands }) islands = '';
  /** `asc` (oldest first) or `desc` (newest first). */
  @property({ attribute: 'order', parse: order }) order: Order | string = 'asc';
  /**
   * Shows the first N events (and any highlighted one) with a "Show all" button; `0` shows all.
   * Absent: the compact default view (the key events).
   */
  @property({ attribute: 'limit', parse: limit }) limit: number | string | undefined;
  /** Ids of events to emphasise, comma- or space-separated. */
  @property({ attribute: 'highlight', parse: highlight }) highlight = '';
  /** Spacing: `comfortable` or `compact`. */
  @property({ attribute: 'density', parse: density }) density: Density | string = 'comfortable';

  constructor() {
    super();
    new HashController(this, (fragment) => {
      const prefix = eventAnchorId('');
      this.pendingHash = fragment.startsWith(prefix) ? fragment.slice(prefix.length) : '';
      if (this.pendingHash) this.requestUpdate();
    });
    // A pre-rendered list is replaced in one go: passes would shift what the server drew.
    if (this.prerendered) this.rendered = Infinity;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
  }

  /**
   * The compact default view: no attribute selects or limits the events, and the publisher did not
   * ask for everything (`expanded`). Read from the raw values, so it also runs before `willUpdate`.
   */
  private isBrief(): boolean {
    // `limit="0"` asks for every event ("no limit"), like `expanded`.
    return !this.expanded && [this.from, this.to, this.tags, this.islands, this.limit].every(isUnset);
  }

  /**
   * Every event is needed unless the compact view shows only the key ones. On the server it always
   * is: the HTML holds every event for readers without script (and the same key events first).
   */
  protected override needsFullData(): boolean {
    return !this.scripted || !this.isBrief() || this.showAll || this.printing || this.wantsFull || this.highlightsBeyondFirst();
  }

  /** True when `highlight` names an event the first tier lacks (the compact view shows it too). */
  private highlightsBeyondFirst(): boolean {
    return listEntries(this.highlight).some((id) => !firstIds.has(id));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const map = changed as Map<PropertyKey, unknown>;
    this.kept = changed.size === 1 && map.has('rendered') ? ((map.get('rendered') as number) ?? 0) : 0;
    // While every event loads for a change that needs them (a `tags` or `from` set after the compact
    // view rendered), the timeline keeps what it showed until they arrive: the first tier holds
    // only the key events, without their tags or islands, so it would match nothing.
    if (this.loadingMore && this.view && !this.printing) return;
    this.view = this.viewNow();
    // Size the first pass (and the pass after a toggle) by its work.
    const items = this.refit !== undefined && !this.busy && Number.isFinite(this.rendered) ? this.view.groups.flatMap((g) => g.items) : [];
    if (items.length && this.refit !== undefined) {
      const start = this.refit;
      this.rendered = Math.max(start === 0 ? 0 : this.rendered, Math.min(start + STEP, fitting(items, start, FIRST_WORK)));
      this.refit = undefined;
    }
    if (!this.busy && this.view.unknownHighlights.length) {
      const using = this.value(highlight).filter((id) => !this.view?.unknownHighlights.includes(id));
      this.warnOnce('highlight', this.view.unknownHighlights.join(', '), 'ids of events in the dataset', using.join(', ') || 'none');
    }
  }

  /** The view model of the data and options now; `ahead` from `prepare` (see `memoView`). */
  private viewNow(ahead = false): TimelineView {
    // The bundled first tier (also while a publisher's dataset loads, keeping its space).
    const firstTier = isFirstTier(this.data) && this.isBrief();
    const options: TimelineOptions = {
      lang: this.language,
      naming: this.resolvedNaming,
      ...this.dateRange(this.value(from), this.value(to)),
      tags: this.value(tags),
      islands: this.value(islands),
      order: this.value(order),
      limit: this.value(limit),
      highlight: this.value(highlight),
      // Printed before every event has loaded (nothing asked for them yet), the timeline prints
      // what the first tier has as the compact view shows it: the key events by date and title.
      expanded: !firstTier && (this.showAll || this.printing || this.expandedAll),
      brief: this.isBrief(),
      // The first tier holds only the key events: say how many there are in all.
      total: firstTier ? eventCount : undefined,
      eraSpans: firstTier ? eraSpans : undefined,
    };
    return this.memoView(timelineView, options, ahead);
  }

  protected override prepare(): void {
    this.viewNow(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.shown ||= !this.busy;
    const visible = this.view?.groups.reduce((n, g) => n + g.items.length, 0) ?? 0;
    if (this.shown && !this.pass && this.rendered < visible) {
      // The next pass runs in a later task, so the browser can paint and handle input in between.
      this.pass = new Promise((resolve) =>
        setTimeout(() => {
          this.pass = undefined;
          this.rendered = fitting(this.view?.groups.flatMap((g) => g.items) ?? [], this.rendered, PASS_WORK);
          resolve();
        }),
      );
    }
    if (this.pendingHash && !this.busy) {
      const id = this.pendingHash;
      this.pendingHash = '';
      void super.getUpdateComplete().then(() => this.reveal(id));
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

  /** The ids of the events the list shows now. */
  private shownIds(): string[] {
    return this.view?.groups.flatMap((g) => g.items.map((i) => i.event.id)) ?? [];
  }

  private async onToggle(): Promise<void> {
    const expanded = !this.showAll;
    // The compact view holds only the key events: every event arrives first (usually already, as
    // pointing at or focusing the widget loads them), and the event names what was revealed once
    // it is rendered.
    const condensed = expanded && Boolean(this.view?.condensed);
    if (condensed) await loadFull((this.constructor as typeof KurilTimeline).bundle).catch(() => undefined);
    const before = new Set(this.shownIds());
    const known = expanded ? (condensed ? undefined : [...(this.view?.extraIds ?? [])]) : [];
    this.showAll = expanded;
    // The pass after the toggle renders the revealed events up to a pass's work (see willUpdate).
    this.rendered = Math.max(this.rendered, before.size);
    this.refit = before.size;
    if (known) this.dispatchEvent(new KurilExpandEvent({ ids: known, expanded }));
    await this.updateComplete;
    const ids = known ?? this.shownIds().filter((id) => !before.has(id));
    if (!known) this.dispatchEvent(new KurilExpandEvent({ ids, expanded }));
    // Expanding: continue reading at the first revealed event. Collapsing: stay on the button.
    (expanded ? this.item(ids[0]) : this.renderRoot.querySelector<HTMLElement>('.toggle'))?.focus();
  }

  private item(id = ''): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(eventAnchorId(id));
  }

  /** Reveals, scrolls to and focuses the event a deep link names. */
  private async reveal(id: string): Promise<void> {
    const view = this.view;
    if (!view) return;
    const has = (t: KurilTimeline) => Boolean(t.view && (t.shownIds().includes(id) || t.view.extraIds.includes(id)));
    if (!has(this)) {
      // The first tier lacks the event: load every event, then look again (once).
      if (!this.wantsFull && view.condensed) {
        this.wantsFull = true;
        this.pendingHash = id;
        this.requestUpdate();
      }
      return;
    }
    if (earlierHas(live, this, has)) return;
    if (view.extraIds.includes(id)) this.showAll = true;
    this.rendered = Infinity;
    await super.getUpdateComplete();
    const el = this.item(id);
    if (!el) return;
    el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }

  private renderDate(item: TimelineItem): TemplateResult {
    const { event: e, date } = item;
    if (!e.endDate || date.end === undefined) return html`<time datetime=${e.date}>${date.start}</time>`;
    return html`<time datetime=${e.date}>${date.start}</time>${date.dash}<time datetime=${e.endDate}>${date.end}</time>`;
  }

  /** One event; its title is a heading `depth` levels below the widget's (1 when no group heading stands between). */
  private renderItem(item: TimelineItem, msg: TimelineMessages, depth: number): TemplateResult {
    const { event: e, marked } = item;
    const textLang = item.textLang ?? nothing;
    const title = html`${marked ? html`<span class="badge">${msg.highlighted}</span> ` : nothing}<bdi
        lang=${textLang}
        >${e.title}</bdi
      >`;
    if (this.view?.condensed) {
      // The compact default view: the key events by date and title; "Show all" shows them in full.
      return html`<li part="item" class="item brief${marked ? ' marked' : ''}" id=${eventAnchorId(e.id)} tabindex="-1">
        <p part="date" class="date">${this.renderDate(item)}</p>
        <div class="body">${this.renderHeading(title, depth, 'title')}</div>
      </li>`;
    }
    return html`<li part="item" class="item${marked ? ' marked' : ''}" id=${eventAnchorId(e.id)} tabindex="-1">
      <p part="date" class="date">${this.renderDate(item)}</p>
      <div class="body">
        ${this.renderHeading(title, depth, 'title')}
        <p part="summary" class="summary" lang=${textLang}>${e.summary}</p>
        ${item.islands
          ? html`<p part="islands" class="islands"><span class="label">${msg.islands}</span><bdi>${item.islands}</bdi></p>`
          : nothing}
        ${this.renderSources(e.id, e.citations)}
      </div>
    </li>`;
  }

  private renderGroups(groups: TimelineView['groups'], msg: TimelineMessages, max: number, kept: number): TemplateResult[] {
    const compact = this.value(density) === 'compact';
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    const list = `list${compact ? ' compact' : ''}${total > 100 ? ' long' : ''}`;
    let index = 0;
    const out: TemplateResult[] = [];
    for (const g of groups) {
      if (index >= max) break;
      const items = g.items.slice(0, Math.max(0, max - index));
      out.push(html`<section part="group" class="group">
        ${g.heading ? this.renderHeading(g.heading, 1, 'group-heading') : nothing}
        <ol part="list" class=${list}>
          ${items.map((item) => (index++ < kept ? noChange : this.renderItem(item, msg, g.heading ? 2 : 1)))}
        </ol>
      </section>`);
    }
    return out;
  }

  protected override renderContent(): TemplateResult {
    const msg = ui(timelineText, this.language);
    const view = this.view;
    // While the first data loads (a translation, a publisher's dataset), what the panel has (the
    // bundled key events, or the first tier) renders hidden under the visible loading line, so the
    // panel holds about the space its content will take.
    if (!view) return this.renderHeading(msg.title);
    const max = this.printing || !this.scripted ? Infinity : this.rendered;
    const toggleLabel = this.showAll ? msg.showFewer : msg.showAll(view.total);
    let toggle: TemplateResult | typeof nothing = nothing;
    if (view.limited && this.scripted) {
      toggle = html`<button part="toggle" class="toggle" type="button" aria-expanded=${String(this.showAll)} @click=${this.onToggle}>
        ${toggleLabel}
      </button>`;
    } else if (view.limited) {
      // Without script (pre-rendered HTML read with scripts off), the rest of the events sit in a
      // native disclosure that looks like the button it becomes.
      toggle = html`<details class="more"><summary part="toggle" class="toggle">${toggleLabel}</summary>${this.renderGroups(
          view.extraGroups,
          msg,
          Infinity,
          0,
        )}</details>`;
    }
    return html`${this.renderHeading(view.title)}
      ${view.total
        ? this.renderGroups(view.groups, msg, max, this.kept)
        : html`<p part="empty" class="empty" role="status">${msg.empty}</p>`}
      ${toggle}`;
  }
}
