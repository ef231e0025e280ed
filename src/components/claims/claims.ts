import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { sourceById } from '../../data/query.js';
import { formatPartialDate, primeDates } from '../../data/partial-date.js';
import { CLAIM_TOPICS, PARTIES, type Claim, type ClaimTopic, type Island, type Language, type Party } from '../../data/schema.js';
import { KurilExpandEvent } from '../../events.js';
import { baseMessagesOf, baseText } from '../../i18n/messages.js';
import type { Naming } from '../../i18n/names.js';
import { count, isUnset, keyword, keywordList, partialDate, property } from '../base/attributes.js';
import { earlierHas, HashController, prefersReducedMotion } from '../base/controllers.js';
import { KurilElement, naming } from '../base/kuril-element.js';
import { WIDGET_SECTIONS } from '../../widget-sections.js';
import { fullTierLoaded, isFirstTier, loadFull, type WidgetBundle } from '../base/resolve-data.js';
import { firstData, firstDates, topicTotals } from './data-first.js';
import { renderCitations, renderSourceLabel } from '../base/citations.js';
import { claimsStyles } from './claims.styles.js';
import { claimsText } from './messages.js';
import { ui } from '../../i18n/ui-text.js';
import { CLAIMS_FIRST, CLAIMS_LAYOUTS, claimsView, type ClaimsFirst, type ClaimsLayout, type ClaimsSection, type ClaimsView } from './view.js';

// The dates of the first tier, formatted ahead (with Intl, at build time): its compact view sets up no Intl.
primeDates(firstDates);

export { CLAIMS_FIRST, CLAIMS_LAYOUTS, keyClaim, neutralSideOrder, type ClaimsFirst, type ClaimsLayout } from './view.js';

const parties = keywordList(PARTIES);
const topics = keywordList(CLAIM_TOPICS);
const from = partialDate();
const to = partialDate();
const layout = keyword(CLAIMS_LAYOUTS, 'auto');
const limit = count();
const first = keyword(CLAIMS_FIRST, 'alphabetical');

/** The fragment of a claim's anchor: `#claim-<id>` (the "Responds to" links, a deep link). */
const CLAIM_PREFIX = 'claim-';
/** Claims panels on the page: a deep link is handled by the first one that shows the claim. */
const live = new Set<KurilClaims>();

/**
 * The work the first pass of a long panel may do, and each later pass, in units of about one DOM
 * node's worth: bounded by work, not by the number of claims, so that 2,000 claims of 100 links
 * each render in many short tasks. A claim costs its text plus its links and citations.
 */
const FIRST_WORK = 600;
const PASS_WORK = 2000;
const workOf = (c: Claim, answeredBy = 0): number => 6 + (c.respondsTo?.length ?? 0) + answeredBy + 2 * c.citations.length;

/**
 * Each side's position in its own words, side by side, with sources.
 *
 * Claims are grouped by topic. Within a topic, Japan's and Russia's positions stand side by side
 * when the widget is wide (container query, 36rem) and stacked when it is narrow, followed by what
 * both sides agreed and by outside views (analysts, the press). The two sides appear in the alphabetical order of
 * their names in the display language unless `first` says otherwise.
 *
 * With no attribute that selects or limits the claims, the panel starts compact: the first topic
 * shows each side's key position (the claim the dataset marks `key`, else its latest standing
 * position, else its latest) with "Show N more", and every other topic is a closed heading that
 * opens in full. `expanded` shows every topic in full at once, and so does printing.
 *
 * Deep links: a page URL ending in `#claim-<id>` reveals (behind "Show more" if need be), scrolls to
 * and focuses that claim, on load and on every change of the fragment.
 *
 * @summary Each side's position in its own words, side by side, with sources.
 * @tag kuril-claims
 *
 * @csspart base - The widget's wrapper.
 * @csspart topic - A topic's section.
 * @csspart topic-heading - A topic's heading.
 * @csspart side - The group of one party's claims within a topic (also `side-japan`, `side-russia`, `side-both`, `side-other`).
 * @csspart side-heading - The heading of a party's group.
 * @csspart claim - One claim (an `<article>`).
 * @csspart party - The party of a claim: a shape marker and its name.
 * @csspart speaker - Who made the claim, and their role.
 * @csspart date - When the claim was made (`<time>`).
 * @csspart statement - The claim in the dataset's neutral words.
 * @csspart quote - The speaker's words (`<figure>` with `<blockquote>` and attribution).
 * @csspart sources - A claim's numbered citations.
 * @csspart toggle - The button that shows a party's further claims in a topic (in the compact view, a topic's further claims).
 * @csspart topic-toggle - In the compact view, the button in a topic's heading that opens or closes the topic.
 * @csspart responds-to - The links to the claims a claim answers.
 * @csspart answered-by - The links to the claims that answer a claim.
 * @csspart empty - The message shown when nothing matches.
 *
 * @cssprop [--kuril-claims-japan=var(--kuril-color-japan)] - Accent (marker, rules) of Japan's positions.
 * @cssprop [--kuril-claims-russia=var(--kuril-color-russia)] - Accent of Russia's positions.
 * @cssprop [--kuril-claims-both=var(--kuril-color-both)] - Accent of what both sides agreed.
 * @cssprop [--kuril-claims-other=var(--kuril-color-other)] - Accent of outside views (analysts, the press).
 * @cssprop [--kuril-claims-card-bg=var(--kuril-color-surface)] - Background of a claim.
 * @cssprop [--kuril-claims-gap=var(--kuril-space)] - Space between the two columns and between claims.
 *
 * @fires {KurilExpandEvent} kuril-expand - The reader showed or hid a party's further claims in a topic; `detail: { ids, expanded, group: 'topic/party' }` (in the compact view, `group` is the topic, and opening or closing a topic fires it too).
 * @fires {KurilSourceClickEvent} kuril-source-click - The reader followed a source link.
 */
export class KurilClaims extends KurilElement {
  static override readonly defaultTag = 'kuril-claims';
  /** The claims and the sources: the panel's own data. */
  static override bundle: WidgetBundle = {
    data: firstData,
    // Every claim, and what names the islands in their text under a `naming` other than neutral.
    full: () =>
      Promise.all([import('./data-full.js'), import('./island-names.js')]).then(([data, names]) => {
        KurilClaims.nameIslands = (text, lang, naming, islands) =>
          names.nameIslandsIn(text, islands.length ? islands : names.ISLAND_NAMES, lang, naming);
        return data.fullData;
      }),
    sections: WIDGET_SECTIONS['kuril-claims'],
    ui: [baseText, claimsText],
  };
  static override styles = [...KurilElement.styles, claimsStyles];
  static override citations = renderCitations;
  /**
   * Names the islands in a text under a `naming` convention (island-names.ts), once the full tier
   * has loaded with it: a panel whose `naming` is not neutral needs it (see `needsFullData`), and
   * the compact view of a neutral one does not carry it.
   */
  private static nameIslands?: (text: string, lang: Language, naming: Naming, islands: readonly Island[]) => string;

  private view?: ClaimsView;
  private idle = 0;
  /** The claim a deep link (`#claim-<id>`) asks for, until it is revealed. */
  private pendingHash = '';
  /** True once a deep link has named a claim. */
  private linked = false;
  /** The work the render in progress has left (see FIRST_WORK); below zero, claims were left for a later pass. */
  private left = 0;
  /** The next pass of a long panel, while one is scheduled. */
  private pass?: Promise<void>;

  /** How much work the panel renders: a long panel renders in passes, so the first claims show at once. */
  @state() private work = FIRST_WORK;

  /** Groups (`topic/party`) whose further claims the reader has shown. */
  @state() private openGroups: ReadonlySet<string> = new Set();
  /** The compact view's open topics; until the reader opens or closes one, only the first. */
  @state() private openTopics?: ReadonlySet<ClaimTopic>;
  /** Topics the compact view shows in full: the first once the reader asked for more. */
  @state() private fullTopics: ReadonlySet<ClaimTopic> = new Set();
  /**
   * True until the browser is idle after the first render with data: meanwhile off-screen topics
   * skip layout (`content-visibility: auto`), so a long panel does not delay the article's first
   * paint; afterwards every topic is laid out for real (exact sizes for anchors, print, screenshots).
   */
  @state() private deferLayout = true;

  /** Parties to show, comma-separated: `japan`, `russia`, `both`, `other`. All when absent. */
  @property({ attribute: 'parties', parse: parties }) parties = '';
  /** Topics to show, comma-separated, from `sovereignty`, `declaration-1956`, `peace-treaty`, `military`, `economy-residents`. All when absent. */
  @property({ attribute: 'topics', parse: topics }) topics = '';
  /** Earliest date shown: a year (`2013`) or an ISO date (`2013-04`, `2013-04-29`). */
  @property({ attribute: 'from', parse: from }) from = '';
  /** Latest date shown: a year (`2019`) or an ISO date; a year includes the whole year. */
  @property({ attribute: 'to', parse: to }) to = '';
  /** `auto` (side by side when wide enough, stacked when narrow), `columns` or `stacked`. */
  @property({ attribute: 'layout', parse: layout }) layout: ClaimsLayout | string = 'auto';
  /**
   * Claims shown per party per topic before a "Show more" button; `0` shows all. Absent: the
   * compact default view (each side's key position on the first topic, the other topics closed).
   */
  @property({ attribute: 'limit', parse: limit }) limit: number | string | undefined;
  /** Which side comes first: `japan` or `russia`; absent (or `alphabetical`) sorts the sides by name in the display language. */
  @property({ attribute: 'first', parse: first }) first: ClaimsFirst | string = '';

  constructor() {
    super();
    new HashController(this, (fragment) => {
      this.pendingHash = fragment.startsWith(CLAIM_PREFIX) ? fragment.slice(CLAIM_PREFIX.length) : '';
      if (this.pendingHash) {
        this.linked = true;
        this.requestUpdate();
      }
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this);
    // Back in the page before its deferred layout ended: schedule the end again (see `updated`).
    if (this.hasUpdated && this.deferLayout) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    // A removed panel is not kept alive by its pending idle callback (it is scheduled again on return).
    if (this.idle) {
      const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
      cancel(this.idle);
      this.idle = 0;
    }
  }

  /**
   * The compact default view: no attribute selects or limits the claims, and the publisher did not
   * ask for everything (`expanded`).
   */
  private isBrief(): boolean {
    return !this.expandedAll && !this.printing && [this.parties, this.topics, this.from, this.to, this.limit].every(isUnset);
  }

  /**
   * Every claim is needed unless the compact view shows only its first topic's key positions (once
   * a deep link names a claim, they all are: the first tier may not hold it), and so is the code
   * that names the islands under a `naming` other than neutral, which loads with them.
   */
  protected override needsFullData(): boolean {
    return (
      !this.scripted ||
      !this.isBrief() ||
      this.openTopics !== undefined ||
      this.fullTopics.size > 0 ||
      this.linked ||
      naming(this.naming).value !== 'neutral'
    );
  }

  /**
   * Loads every claim (once per page) before the reader's action reveals more than the first tier.
   * Synchronous once they are loaded (usually: they load when the reader points at or focuses the
   * panel, see the base's intent controller), so the action's update is the one that follows it.
   */
  private loadAll(): Promise<void> | undefined {
    const bundle = (this.constructor as typeof KurilClaims).bundle;
    if (fullTierLoaded(bundle)) return undefined;
    return loadFull(bundle).then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * True while the panel's data is the bundled first tier (not every claim, nor a publisher's):
   * also while a publisher's dataset loads, the first tier keeping its space.
   */
  private onFirstTier(): boolean {
    return isFirstTier(this.data);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A later pass renders more of the same view.
    if (this.view && changed.size === 1 && (changed as Map<PropertyKey, unknown>).has('work')) return;
    // A pre-rendered panel is replaced in one go (passes would shift what the server drew).
    if (this.prerendered || !this.scripted) this.work = Infinity;
    this.view = this.viewNow();
  }

  /** The view model of the data and options now; `ahead` from `prepare` (see `memoView`). */
  private viewNow(ahead = false): ClaimsView {
    return this.memoView(claimsView, {
      // While every claim loads (the reader printed or opened a topic), the first tier shows as the
      // compact view it was made for, not as a partial list.
      brief: this.isBrief() || this.onFirstTier(),
      // The first tier holds each side's key positions: say how many claims each topic has.
      totals: this.onFirstTier() ? topicTotals : undefined,
      lang: this.language,
      parties: this.value(parties),
      topics: this.value(topics),
      ...this.dateRange(this.value(from), this.value(to)),
      first: this.value(first),
    }, ahead);
  }

  protected override prepare(): void {
    this.viewNow(true);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.left < 0 && !this.pass && !this.busy) {
      // The next pass runs in a later task, so the browser can paint and handle input in between.
      this.pass = new Promise((resolve) =>
        setTimeout(() => {
          this.pass = undefined;
          this.work += PASS_WORK;
          resolve();
        }),
      );
    }
    if (this.deferLayout && !this.busy && !this.idle) {
      const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
      this.idle = idle(() => (this.deferLayout = false), { timeout: 1000 });
    }
    // A deep link waits for every claim (see `needsFullData`) unless the first tier shows its claim.
    if (this.pendingHash && !this.busy && (!this.onFirstTier() || this.view?.shown.has(this.pendingHash))) {
      const id = this.pendingHash;
      this.pendingHash = '';
      const shows = (panel: KurilClaims) => Boolean(panel.view?.shown.has(id));
      if (shows(this) && !earlierHas(live, this, shows)) void this.reveal(id, 'start');
    }
  }

  /** `updateComplete` resolves once every pass of a long panel has rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pass) {
      await this.pass;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private onToggle(event: Event): void {
    const button = event.currentTarget as HTMLElement;
    const group = button.closest<HTMLElement>('.side')?.dataset.group ?? '';
    const ids = (button.dataset.ids ?? '').split(' ').filter(Boolean);
    const next = new Set(this.openGroups);
    const expanded = !next.has(group);
    if (expanded) next.add(group);
    else next.delete(group);
    this.openGroups = next;
    this.dispatchEvent(new KurilExpandEvent({ ids, expanded, group }));
  }

  /** The ids of a topic's claims as the view now shows it (the two sides, then both and outside views). */
  private topicIds(topic: ClaimTopic): string[] {
    const section = this.view?.sections.find((s) => s.topic === topic);
    return section ? [...section.sides, ...section.rest].flatMap((g) => g.claims.map((c) => c.id)) : [];
  }

  /** The compact view's open topics. */
  private topicsOpen(): ReadonlySet<ClaimTopic> {
    const first = this.view?.sections[0]?.topic;
    return this.openTopics ?? new Set(first ? [first] : []);
  }

  /** Opens or closes a topic of the compact view. */
  private async onTopic(topic: ClaimTopic): Promise<void> {
    const loading = this.loadAll();
    if (loading) await loading;
    const next = new Set(this.topicsOpen());
    const expanded = !next.has(topic);
    if (expanded) next.add(topic);
    else next.delete(topic);
    this.openTopics = next;
    // The topic's claims as the update (with every claim loaded) shows them.
    await this.updateComplete;
    this.dispatchEvent(new KurilExpandEvent({ ids: this.topicIds(topic), expanded, group: topic }));
  }

  /** Shows the whole of the previewed topic, then moves focus to its first further claim. */
  private async onMore(section: ClaimsSection): Promise<void> {
    const key = new Set(section.key.map((c) => c.id));
    const loading = this.loadAll();
    if (loading) await loading;
    this.fullTopics = new Set(this.fullTopics).add(section.topic);
    await this.updateComplete;
    // The topic as it is now (every claim loaded).
    const ids = this.topicIds(section.topic).filter((id) => !key.has(id));
    this.dispatchEvent(new KurilExpandEvent({ ids, expanded: true, group: section.topic }));
    (this.renderRoot as ShadowRoot).getElementById(`claim-${ids[0] ?? ''}`)?.focus();
  }

  /** Moves focus to the claim a "Responds to" / "Answered by" link names, revealing it if needed. */
  private onLink(event: Event): void {
    event.preventDefault();
    void this.reveal((event.currentTarget as HTMLElement).dataset.claim ?? '', 'nearest');
  }

  /** Reveals (opening its topic in the compact view, or behind "Show more"), scrolls to and focuses a claim. */
  private async reveal(claim: string, block: ScrollLogicalPosition): Promise<void> {
    await this.updateComplete;
    const id = `${CLAIM_PREFIX}${claim}`;
    const root = this.renderRoot as ShadowRoot;
    const topic = this.view?.brief ? this.view.topicOf.get(claim) : undefined;
    if (topic && !root.getElementById(id)) {
      // The compact view: open the claim's topic in full.
      await this.loadAll();
      this.openTopics = new Set(this.topicsOpen()).add(topic);
      this.fullTopics = new Set(this.fullTopics).add(topic);
      await this.updateComplete;
    }
    let target = root.getElementById(id);
    if (!target) {
      // Not rendered yet (a later pass of a long panel).
      await this.updateComplete;
      target = root.getElementById(id);
    }
    const group = target?.closest('li.extra') && target.closest<HTMLElement>('.side')?.dataset.group;
    if (group && !this.openGroups.has(group)) {
      this.openGroups = new Set(this.openGroups).add(group);
      await this.updateComplete;
      target = root.getElementById(id);
    }
    target?.scrollIntoView({ block, behavior: block === 'start' && !prefersReducedMotion() ? 'smooth' : 'auto' });
    target?.focus({ preventScroll: true });
  }

  protected override renderContent(): TemplateResult {
    const msg = ui(claimsText, this.language);
    const view = this.view;
    if (!view) return this.renderHeading(msg.title);
    this.left = this.work;
    const { single, shown, answers } = view;
    const depth = single ? 1 : 2;
    const renderGroups = (topic: ClaimTopic, groups: ClaimsView['sections'][number]['sides'], anySide: boolean) =>
      groups.map(({ party, claims: items }) =>
        items.length
          ? this.renderGroup(topic, party, items, depth, single, shown, answers)
          : (party === 'japan' || party === 'russia') && anySide
            ? html`<div part="side side-${party}" class="side party-${party}"
                >${this.renderHeading(this.groupHeading(party), depth, 'side-heading')}<p class="muted none">
                  ${msg.noPosition[party]}
                </p></div
              >`
            : nothing,
      );
    const body = (section: ClaimsSection) =>
      html`${section.anySide
        ? html`<div class="sides${section.sides.length === 2 ? ' pair' : ''}">${renderGroups(section.topic, section.sides, true)}</div>`
        : nothing}${renderGroups(section.topic, section.rest, section.anySide)}`;
    const sections = view.brief
      ? this.renderBrief(view, body)
      : view.sections.map(
          (section) =>
            html`<section part="topic" class="topic"
              >${single ? nothing : this.renderHeading(msg.topics[section.topic], 1, 'topic-heading')}${body(section)}</section
            >`,
        );
    const defer = this.deferLayout && this.scripted && !this.prerendered && !view.brief;
    return html`<div class="claims layout-${this.value(layout)}${defer ? ' defer' : ''}${view.brief ? ' brief' : ''}"
      >${this.renderHeading(view.title)}<p class="lede muted">
        ${msg.lede}
      </p
      >${view.count ? sections : html`<p part="empty" class="empty">${msg.empty}</p>`}</div
    >`;
  }

  /**
   * The compact view: every topic is a heading that opens it (a native disclosure without script).
   * The first topic starts open with each side's key position and "Show N more"; the others open
   * in full, so every claim is one action away.
   */
  private renderBrief(view: ClaimsView, body: (section: ClaimsSection) => TemplateResult): TemplateResult[] {
    const msg = ui(claimsText, this.language);
    const preview = view.sections[0]?.topic;
    const open = this.topicsOpen();
    return view.sections.map((section) => {
      const full = section.topic !== preview || this.fullTopics.has(section.topic);
      const label = html`<span class="topic-label"
        ><span class="topic-name">${msg.topics[section.topic]}</span> <span class="count">${msg.positions(section.total)}</span></span
      >`;
      const content = full ? body(section) : this.renderPreview(section, body);
      if (!this.scripted) {
        return html`<details part="topic" class="topic brief-topic" ?open=${section.topic === preview}
          ><summary class="topic-summary">${this.renderHeading(label, 1, 'topic-heading')}</summary
          ><div class="topic-body">${content}</div></details
        >`;
      }
      const isOpen = open.has(section.topic);
      const panel = `topic-${section.topic}`;
      return html`<section part="topic" class="topic brief-topic${isOpen ? ' open' : ''}"
        >${this.renderHeading(
          html`<button
            part="topic-toggle"
            class="topic-toggle"
            type="button"
            aria-expanded=${isOpen ? 'true' : 'false'}
            aria-controls=${panel}
            @click=${() => this.onTopic(section.topic)}
          >
            ${label}
          </button>`,
          1,
          'topic-heading',
        )}<div class="topic-body" id=${panel} ?hidden=${!isOpen}>${isOpen ? content : nothing}</div></section
      >`;
    });
  }

  /** A topic's key positions, one per side, then "Show N more" for the rest of the topic. */
  private renderPreview(section: ClaimsSection, body: (section: ClaimsSection) => TemplateResult): TemplateResult {
    const msg = ui(claimsText, this.language);
    const view = this.view!;
    const key = new Set(section.key.map((c) => c.id));
    const more = section.total - key.size;
    const label = html`${msg.showMore(more)}<span class="visually-hidden">${this.baseMsg.listSeparator}${msg.topics[section.topic]}</span>`;
    const cards = html`<div class="sides${section.key.length === 2 ? ' pair' : ''}">
      ${section.key.map((c) => html`<div class="side party-${c.party}">${this.renderClaim(c, view.shown, view.answers.get(c.id), true)}</div>`)}
    </div>`;
    if (!more) return cards;
    if (this.scripted) {
      return html`${cards}<button part="toggle" class="toggle" type="button" aria-expanded="false" @click=${() => this.onMore(section)}>
          ${label}
        </button>`;
    }
    // Without script: the rest of the topic in a native disclosure that looks like the button.
    const sides = section.sides.map((g) => ({ ...g, claims: g.claims.filter((c) => !key.has(c.id)) }));
    const rest: ClaimsSection = { ...section, sides, anySide: sides.some((g) => g.claims.length > 0) };
    return html`${cards}<details class="more"><summary part="toggle" class="toggle">${label}</summary>${body(rest)}</details>`;
  }

  private groupHeading(party: Party): TemplateResult {
    return html`<span class="marker" aria-hidden="true"></span>${ui(claimsText, this.language).groups[party]}`;
  }

  private renderGroup(
    topic: ClaimTopic,
    party: Party,
    items: readonly Claim[],
    depth: number,
    single: boolean,
    shown: ReadonlySet<string>,
    answers: ReadonlyMap<string, Claim[]>,
  ): TemplateResult {
    const msg = ui(claimsText, this.language);
    const sep = this.baseMsg.listSeparator;
    const group = `${topic}/${party}`;
    const listId = `list-${topic}-${party}`;
    const max = this.value(limit);
    const hidden = max && items.length > max ? items.slice(max) : [];
    const open = this.openGroups.has(group);
    const label = html`${open ? msg.showFewer : msg.showMore(hidden.length)}<span class="visually-hidden"
        >${sep}${msg.groups[party]}${single ? '' : `${sep}${msg.topics[topic]}`}</span
      >`;
    // Without script (pre-rendered HTML read with scripts off), the further claims sit in a native
    // disclosure that looks like the button it becomes.
    const listed = this.scripted ? items : items.slice(0, items.length - hidden.length);
    return html`<div part="side side-${party}" class="side party-${party}${open ? ' open' : ''}" data-group=${group}
      >${this.renderHeading(this.groupHeading(party), depth, 'side-heading')}<ul class="list" id=${listId}>
        ${listed.map((c, i) => {
          // Claims beyond this pass's work wait for a later pass; those already rendered are kept as they are.
          if (this.left < 0) return nothing;
          const answeredBy = answers.get(c.id);
          this.left -= workOf(c, answeredBy?.length);
          return html`<li class=${max && i >= max ? 'extra' : ''}>${guard([c, this.view, this.data, this.language], () =>
            this.renderClaim(c, shown, answeredBy),
          )}</li>`;
        })}
      </ul
      >${hidden.length && this.scripted
        ? html`<button
            part="toggle"
            class="toggle"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${listId}
            data-ids=${hidden.map((c) => c.id).join(' ')}
            @click=${this.onToggle}
          >
            ${label}
          </button>`
        : hidden.length
          ? html`<details class="more"
              ><summary part="toggle" class="toggle">${label}</summary
              ><ul class="list">
                ${hidden.map((c) => html`<li>${this.renderClaim(c, shown, answers.get(c.id))}</li>`)}
              </ul></details
            >`
          : nothing}</div
    >`;
  }

  /** Neutral text with the islands it names under the `naming` convention (quotes stay verbatim). */
  private named(text: string, lang: Language): string {
    const name = KurilClaims.nameIslands;
    const convention = this.resolvedNaming;
    // (Without it, when the full tier could not load: the neutral text, which gives both names.)
    return name && convention !== 'neutral' ? name(text, lang, convention, this.data.islands) : text;
  }

  /** "Vladimir Putin, 12 September 2018" (the name bidi-isolated). */
  private claimLabel(c: Claim): TemplateResult {
    const when = c.standing ? ui(claimsText, this.language).standing : formatPartialDate(c.date, c.precision, this.language);
    return html`<bdi>${c.speaker.name}</bdi>${this.baseMsg.listSeparator}${when}`;
  }

  /** Links (or, for claims not shown, plain names) to other claims. */
  private renderLinks(
    part: string,
    label: string,
    targets: readonly Claim[],
    shown: ReadonlySet<string>,
  ): TemplateResult | typeof nothing {
    if (!targets.length) return nothing;
    return html`<p part=${part} class="links">
      ${label}
      ${targets.map(
        (t, i) =>
          html`${i ? '; ' : ''}${shown.has(t.id)
            ? html`<a href="#claim-${t.id}" data-claim=${t.id} @click=${this.onLink}>${this.claimLabel(t)}</a>`
            : this.claimLabel(t)}`,
      )}
    </p>`;
  }

  private renderQuote(c: Claim, quote: string, textLang: string | typeof nothing): TemplateResult {
    const msg = ui(claimsText, this.language);
    const lang = this.language;
    // The citation that prints the quote: one whose passage contains it, else the first.
    const citation = c.citations.find((x) => x.quote?.includes(quote)) ?? c.citations[0];
    const source = citation && sourceById(this.data, citation.source);
    const machine = this.data.meta?.translationStatus?.[lang] === 'machine';
    return html`<figure part="quote" class="quote"
      ><blockquote lang=${c.quoteLang ?? source?.language ?? 'en'}><p>${quote}</p></blockquote
      >${lang !== 'en' && c.quoteTranslation
        ? html`<p class="quote-translation">
            <span class="label">${msg.quoteTranslation(machine)}</span><bdi>${c.quoteTranslation}</bdi>
          </p>`
        : nothing}<figcaption>
        — <bdi lang=${textLang}>${c.speaker.name}</bdi>${source
          ? html`${msg.quotedIn[0]}<cite>${renderSourceLabel(source, lang)}</cite>${msg.quotedIn[1]}`
          : nothing}${c.quoteTranslated ? html` <span class="translated">${msg.quoteTranslated}</span>` : nothing}
      </figcaption></figure
    >`;
  }

  /**
   * One claim. `brief` (the compact view's key positions) leaves out the links to other claims and
   * shortens the sources to numbered outlets; the topic in full shows them.
   */
  private renderClaim(c: Claim, shown: ReadonlySet<string>, answeredBy: readonly Claim[] = [], brief = false): TemplateResult {
    const msg = ui(claimsText, this.language);
    const base = this.baseMsg;
    const lang = this.language;
    const textLang = c.textLang && c.textLang !== lang ? c.textLang : nothing;
    const date = c.standing ? msg.standing : formatPartialDate(c.date, c.precision, lang);
    const party = base[c.party];
    const targets = (c.respondsTo ?? [])
      .map((id) => this.view?.byId.get(id))
      .filter((x): x is Claim => Boolean(x));
    return html`<article
      part="claim"
      class="claim party-${c.party}"
      id="claim-${c.id}"
      tabindex="-1"
      aria-label="${party}${lang === 'ja' ? '：' : ': '}${c.speaker.name}${base.listSeparator}${date}"
      ><p class="meta">
        <span part="party" class="party"><span class="marker" aria-hidden="true"></span>${party}</span>
        ${c.standing
          ? html`<span part="date" class="standing">${date}</span>`
          : html`<time part="date" datetime=${c.date}>${date}</time>`}
      </p
      ><p part="speaker" class="speaker" lang=${textLang}>
        <strong><bdi>${c.speaker.name}</bdi></strong>${baseMessagesOf(c.textLang ?? lang).listSeparator}<bdi class="role"
          >${c.speaker.role}</bdi
        >
      </p
      ><p part="statement" class="statement" lang=${textLang}>${this.named(c.statement, c.textLang ?? lang)}</p
      >${c.quote ? this.renderQuote(c, c.quote, textLang) : nothing}${brief
        ? nothing
        : this.renderLinks('responds-to', msg.respondsTo, targets, shown)}${brief
        ? nothing
        : this.renderLinks('answered-by', msg.answeredBy, answeredBy, shown)}${this.renderSources(c.id, c.citations, brief)}</article
    >`;
  }
}
