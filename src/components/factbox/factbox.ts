import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ISLAND_IDS, type Citation, type Island, type IslandId } from '../../data/schema.js';
import { KurilSelectEvent } from '../../events.js';
import { islandName } from '../../i18n/names.js';
import { flag, isUnset, keyword, orderedList, property } from '../base/attributes.js';
import { KurilElement } from '../base/kuril-element.js';
import { renderCitations } from '../base/citations.js';
import { WIDGET_SECTIONS } from '../../widget-sections.js';
import { fullTierLoaded, isFirstTier, loadFull, type WidgetBundle } from '../base/resolve-data.js';
import { firstData, firstDates, firstFormats } from './data-first.js';
import { primeFormats } from '../../i18n/ahead.js';
import { primeDates } from '../../data/partial-date.js';
import { factboxStyles } from './factbox.styles.js';
import { formatArea, formatDistance, formatPopulation, UNITS, type Units } from './format.js';
import { renderMap } from './map.js';
import { factboxText, type FactboxMessages } from './messages.js';
import { ui } from '../../i18n/ui-text.js';
import { baseText } from '../../i18n/messages.js';
import { FACTBOX_FIELDS, FACTBOX_ISLANDS, factboxView, formatList, mapNames, type FactboxField, type FactboxIsland, type FactboxView } from './view.js';

// The dates of the first tier, formatted ahead (with Intl, at build time): its compact view sets up no Intl.
primeDates(firstDates);
primeFormats(firstFormats);

export { UNITS, type Units } from './format.js';
export { FACTBOX_FIELDS, FACTBOX_ISLANDS, type FactboxField, type FactboxIsland } from './view.js';

const island = keyword(FACTBOX_ISLANDS, 'all');
const fields = orderedList(FACTBOX_FIELDS);
const units = keyword(UNITS, 'metric');
const noMap = flag();
const compact = flag();

/**
 * The four disputed islands at a glance: what is disputed and the state of talks, then each
 * island's names, area, population, who administers and who claims it, its distance from
 * Hokkaido and key facts, with sources, beside a locator map drawn from Natural Earth data.
 *
 * @summary The four disputed islands at a glance: facts with sources and a locator map.
 * @tag kuril-factbox
 *
 * @slot - Not rendered. An optional `<script type="application/json">` child holds a publisher's dataset.
 *
 * @csspart base - The widget's wrapper.
 * @csspart heading - The fact box's title.
 * @csspart overview - What is disputed and the state of talks (the "as of" date is in the footer).
 * @csspart picker - The group of buttons that picks an island.
 * @csspart picker-button - One button of the picker.
 * @csspart map - The locator map (a `<figure>` with the SVG and its caption).
 * @csspart island - One island's section.
 * @csspart island-heading - An island's heading.
 * @csspart facts - An island's `<dl>` of facts.
 * @csspart term - A fact's term (`<dt>`).
 * @csspart value - A fact's value (`<dd>`).
 * @csspart no-fields - The line shown instead of the facts when none of the `fields` has data for an island.
 * @csspart sources - A list of citations.
 * @csspart source - One citation.
 * @csspart source-link - The link of a citation whose source has a URL.
 * @csspart notice - A notice shown when the publisher's dataset could not be used.
 *
 * @cssprop [--kuril-factbox-land=#e4ddcb] - Land on the map (`--kuril-factbox-land-dark` in the dark theme; likewise below).
 * @cssprop [--kuril-factbox-faded=#eef0f2] - Land outside the dispute other than Hokkaido (faded).
 * @cssprop [--kuril-factbox-sea=#dbe9f4] - Sea on the map.
 * @cssprop [--kuril-factbox-coast=#6b6557] - Coastlines.
 * @cssprop [--kuril-factbox-highlight=#f0b429] - Fill of the highlighted island(s) and the pressed picker button.
 *
 * @fires {KurilSelectEvent} kuril-select - The reader picked an island (or all four) in the picker or on the map; `detail.island`.
 * @fires {KurilSourceClickEvent} kuril-source-click - The reader followed a source link.
 */
export class KurilFactbox extends KurilElement {
  static override styles = [...KurilElement.styles, factboxStyles];
  static override citations = renderCitations;

  static override readonly defaultTag = 'kuril-factbox';
  /**
   * The fact box's own data: first the overview and the islands without their key facts and
   * sources (what the compact default view shows), then every island's facts with their sources,
   * loaded when the view needs them.
   */
  static override bundle: WidgetBundle = {
    data: firstData,
    full: () => import('./data-full.js').then((m) => m.fullData),
    sections: WIDGET_SECTIONS['kuril-factbox'],
    ui: [baseText, factboxText],
  };

  private view?: FactboxView;
  /** The reader's action that waits for every island's facts to load, while it does (see `withFull`). */
  private action?: Promise<void>;

  /** The island the reader picked (starts as, and resets to, `island`). */
  @state() private selected: FactboxIsland = 'all';

  /**
   * Which island to show: `iturup`, `kunashir`, `shikotan`, `habomai` or `all`. Absent: the compact
   * default view (the overview with the state of talks folded, the map and picker, and every
   * island's facts one button away).
   */
  @property({ attribute: 'island', parse: island }) island: FactboxIsland | string | undefined;
  /** Comma-separated facts to show, in order: `overview`, `names`, `area`, `population`, `administration`, `distance`, `facts`, `sources`. Empty: all (without `overview` for a single island). */
  @property({ attribute: 'fields', parse: fields }) fields = '';
  /** Units of areas and distances: `metric` or `imperial` (square miles and miles, with the metric figure in brackets). */
  @property({ attribute: 'units', parse: units }) units: Units | string = 'metric';
  /** Hides the locator map and the island picker. */
  @property({ type: Boolean, attribute: 'no-map', parse: noMap }) noMap = false;
  /** A denser layout: smaller type, tighter spacing and a smaller map. */
  @property({ type: Boolean, attribute: 'compact', parse: compact }) compact = false;

  /** True once the reader asked for every island's facts in the compact view. */
  @state() private showAll = false;
  /**
   * True once the reader opened a disclosure whose content the first tier does not hold: the state
   * of talks, a list of sources (see `renderOverview`, `renderSourcesToggle`).
   */
  @state() private unfolded = false;
  /** The compact default view: no attribute picks an island or the facts, and not `expanded`. */
  private isBrief(): boolean {
    return !this.expandedAll && !this.printing && !this.showAll && [this.island, this.fields].every(isUnset);
  }

  /**
   * Every island's facts are needed unless the compact view shows only the overview and the map,
   * with all four islands picked, and neither the state of talks nor the overview's sources were
   * opened. On the server they always are: the HTML holds every island's facts for readers without
   * script, one disclosure away. Read from the raw values (it runs before `willUpdate`).
   */
  protected override needsFullData(): boolean {
    return !this.scripted || !this.isBrief() || this.selected !== 'all' || this.unfolded;
  }

  /**
   * Runs a reader's action that shows more than the compact view once every island's facts are
   * loaded (once per page), so its update shows them complete, never a card without its facts;
   * at once when they are loaded. Until it has run, `updateComplete` waits for it.
   */
  private withFull(action: () => void | Promise<void>): void {
    const bundle = (this.constructor as typeof KurilFactbox).bundle;
    if (fullTierLoaded(bundle)) {
      void action();
      return;
    }
    const run: Promise<void> = loadFull(bundle)
      // A tier that does not load: the data controller shows what the fact box has, with a notice.
      .catch(() => undefined)
      .then(() => action())
      .finally(() => {
        if (this.action === run) this.action = undefined;
      });
    this.action = run;
  }

  /** `updateComplete` resolves once a reader's action waiting for the full tier has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.action) await this.action;
    return super.getUpdateComplete();
  }

  /** The update in progress, without waiting for a reader's action (which may be what awaits it). */
  private ownUpdate(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  private onShowAll(): void {
    this.withFull(async () => {
      this.showAll = !this.showAll;
      await this.ownUpdate();
      this.renderRoot.querySelector<HTMLElement>('.show-all')?.focus();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new `island` from the publisher replaces the reader's pick (without an event).
    if (changed.has('island') || !this.hasUpdated) this.selected = this.value(island);
    // While every island's facts load for a change that shows them (an attribute set after the
    // compact view rendered), the fact box shows what it showed until they arrive: never a card
    // without its facts. Printing shows at once what it has.
    if (this.loadingMore && this.view && !this.printing) return;
    this.view = this.viewNow();
  }

  /** The view model of the data and options now; `ahead` from `prepare` (see `memoView`). */
  private viewNow(ahead = false): FactboxView {
    return this.memoView(factboxView, {
      brief: this.isBrief(),
      lang: this.language,
      naming: this.resolvedNaming,
      selected: this.selected,
      fields: this.value(fields),
      map: !this.value(noMap),
    }, ahead);
  }

  protected override prepare(): void {
    this.selected = this.value(island);
    this.viewNow(true);
  }

  private pick(id: FactboxIsland): void {
    if (id === this.selected) return;
    this.withFull(() => {
      // Picked again while the facts loaded: nothing changes, nothing fires.
      if (id === this.selected) return;
      this.selected = id;
      this.dispatchEvent(new KurilSelectEvent({ island: id }));
    });
  }

  private name(item: Island): string {
    return islandName(item, this.language, this.resolvedNaming);
  }

  /** Text in the dataset's language for an item: a `lang` when it differs from the display language. */
  private textLang(item: { textLang?: Island['textLang'] }): NonNullable<Island['textLang']> | typeof nothing {
    return item.textLang && item.textLang !== this.language ? item.textLang : nothing;
  }

  /**
   * Citations collapsed behind a summary (they are long; the facts come first). The first tier
   * has no sources: opening the list loads them (usually they have, as the reader pointed at or
   * focused the fact box), and meanwhile it says they are loading.
   */
  private renderSourcesToggle(itemId: string, citations: readonly Citation[], summary: string): TemplateResult | typeof nothing {
    if (this.noSources || citations.length === 0) return nothing;
    const waiting = this.awaitingFull();
    // Printed before they have loaded: no sources, as for the islands (not a "Loading" line on paper).
    if (waiting && this.printing) return nothing;
    const list = waiting ? html`<p class="muted" role="status">${this.baseMsg.loading}</p>` : this.renderSources(itemId, citations);
    if (list === nothing) return nothing;
    return html`<details class="sources-toggle" @toggle=${waiting ? this.onUnfold : nothing}>
      <summary>${summary}</summary>
      ${list}
    </details>`;
  }

  /**
   * True while the first tier shows and the reader has not opened one of its closed disclosures:
   * opening one loads what they hold (until then, or once it could not load, it is not waited for).
   */
  private awaitingFull(): boolean {
    return isFirstTier(this.data) && !this.unfolded;
  }

  /**
   * A disclosure the first tier lacks the content of, opened: every island's facts, the state of
   * talks and every source first (it renders them once they are in; meanwhile it says they load).
   */
  private onUnfold(event: Event): void {
    if (!(event.currentTarget as HTMLDetailsElement).open) return;
    this.withFull(() => {
      this.unfolded = true;
    });
  }

  /**
   * The overview: its summary, the state of talks (folded in the compact view) and its sources.
   */
  private renderOverview(msg: FactboxMessages): TemplateResult {
    const { overview } = this.data;
    const brief = this.view?.brief;
    return html`<div class=${brief ? 'overview folded' : 'overview'} part="overview">
      <p class="summary" lang=${this.textLang(overview)}>${overview.summary}</p>
      ${this.renderStatus(msg, brief)}
      ${this.renderSourcesToggle('overview', overview.citations, msg.sourcesCount(overview.citations.length))}
    </div>`;
  }

  /**
   * The state of talks: a line, or in the compact view a closed disclosure. The first tier has none
   * in English: opening the disclosure loads it (as for the sources), saying so meanwhile, in the
   * same open disclosure. Without one (a page printed before it loads, or it could not load),
   * nothing: never an empty line.
   */
  private renderStatus(msg: FactboxMessages, brief: boolean | undefined): TemplateResult | typeof nothing {
    const { overview } = this.data;
    const { status } = overview;
    const lang = this.textLang(overview);
    const waiting = !status && this.awaitingFull();
    if (!brief) {
      return status
        ? html`<p class="status">
            <span class="lead-in">${msg.status}</span><bdi lang=${lang}>${status}</bdi>
          </p>`
        : nothing;
    }
    if (!status && !waiting) return nothing;
    return html`<details class="status-toggle" @toggle=${waiting ? this.onUnfold : nothing}
      ><summary>${msg.statusHeading}</summary>
      ${waiting
        ? html`<p class="muted" role="status">${this.baseMsg.loading}</p>`
        : html`<p class="status" lang=${lang}>${status}</p>`}</details
    >`;
  }

  private renderPicker(msg: FactboxMessages, islands: readonly Island[], selected: FactboxIsland): TemplateResult {
    const button = (id: FactboxIsland, label: string) =>
      html`<button
        type="button"
        part="picker-button"
        data-island=${id}
        aria-pressed=${selected === id ? 'true' : 'false'}
        ?disabled=${!this.scripted}
        @click=${() => this.pick(id)}
      >
        ${label}
      </button>`;
    return html`<div class="picker" part="picker" role="group" aria-label=${msg.picker}>
      ${button('all', msg.all)} ${islands.map((island) => button(island.id, this.name(island)))}
    </div>`;
  }

  private renderLocator(msg: FactboxMessages, all: readonly Island[], selected: FactboxIsland): TemplateResult {
    const names: Partial<Record<IslandId, string>> = {};
    for (const island of all) names[island.id] = this.name(island);
    const highlighted = selected === 'all' ? ISLAND_IDS : [selected];
    const shown = all.filter((island) => highlighted.includes(island.id));
    const distances = shown
      .filter((island) => island.distanceFromHokkaidoKm !== undefined)
      .sort((a, b) => (a.distanceFromHokkaidoKm ?? 0) - (b.distanceFromHokkaidoKm ?? 0))
      .map((island) =>
        msg.distancePart(
          // In a sentence of the widget's own text: first-strong isolate … pop directional isolate.
          `\u2068${this.name(island)}\u2069`,
          formatDistance(island.distanceFromHokkaidoKm ?? 0, this.language, this.value(units)),
        ),
      );
    const allNames = formatList(mapNames(all, this.language, this.resolvedNaming), this.language);
    const highlightedText =
      selected === 'all' ? msg.allHighlighted : (names[selected] ?? selected);
    return html`<div class="locator">
      ${renderMap({
        lang: this.language,
        msg,
        names,
        highlighted,
        units: this.value(units),
        label: msg.mapLabel(allNames, highlightedText),
        note: distances.length ? msg.distanceNote(distances) : '',
        onPick: (id) => this.pick(id),
      })}
      ${this.renderPicker(msg, all, selected)}
    </div>`;
  }

  private renderNames(msg: FactboxMessages, island: Island): TemplateResult {
    const conventions = [
      ['japanese', 'ja'],
      ['russian', 'ru'],
    ] as const;
    return html`${conventions.map(([convention, lang], i) => {
      const native = island.names[lang][convention];
      const local = island.names[this.language][convention];
      return html`${i > 0 ? html`<span class="dot" aria-hidden="true">${msg.dot}</span>` : nothing}<span class="name"
          ><span class="name-label">${msg.nameIn[convention]}${msg.colon}</span><bdi lang=${lang}>${native}</bdi>${local !== native
            ? html`<span class="name-note">${msg.parens[0]}<bdi>${local}</bdi>${msg.parens[1]}</span>`
            : nothing}</span
        >`;
    })}`;
  }

  private row(term: string, value: unknown, field: string): TemplateResult {
    return html`<div class="row" data-field=${field}>
      <dt part="term">${term}</dt>
      <dd part="value">${value}</dd>
    </div>`;
  }

  private renderFacts(msg: FactboxMessages, island: Island, fields: readonly FactboxField[]): TemplateResult {
    const lang = this.language;
    const unitSystem = this.value(units);
    const rows = fields.map((field) => {
      switch (field) {
        case 'names':
          return this.row(msg.terms.names, this.renderNames(msg, island), field);
        case 'area':
          return this.row(msg.terms.area, formatArea(island.areaKm2, lang, unitSystem), field);
        case 'population': {
          const { population } = island;
          const value =
            population.value === 0 ? msg.noCivilians(population.year) : formatPopulation(population, lang);
          return this.row(msg.terms.population, value, field);
        }
        case 'administration':
          return html`${this.row(msg.terms.administeredBy, this.baseMsg[island.administeredBy], 'administered-by')}
          ${this.row(
            msg.terms.claimedBy,
            formatList(
              island.claimedBy.map((country) => this.baseMsg[country]),
              lang,
            ),
            'claimed-by',
          )}`;
        case 'distance':
          return island.distanceFromHokkaidoKm === undefined
            ? nothing
            : this.row(msg.terms.distance, formatDistance(island.distanceFromHokkaidoKm, lang, unitSystem), field);
        case 'facts': {
          if (island.keyFacts.length === 0) return nothing;
          const factLang = this.textLang(island);
          const value =
            island.keyFacts.length === 1
              ? html`<bdi lang=${factLang}>${island.keyFacts[0]}</bdi>`
              : html`<ul class="facts-list" lang=${factLang}>
                  ${island.keyFacts.map((fact) => html`<li>${fact}</li>`)}
                </ul>`;
          return this.row(msg.terms.facts, value, field);
        }
        case 'sources': {
          const toggle = this.renderSourcesToggle(island.id, island.citations, msg.showSources(island.citations.length));
          return toggle === nothing ? nothing : this.row(msg.sources, toggle, field);
        }
        default:
          return nothing;
      }
    });
    // Fields with nothing to show for this island (no distance known, no key facts) leave no rows:
    // say so rather than leave a heading over an empty list.
    if (rows.every((row) => row === nothing)) return html`<p part="no-fields" class="muted no-fields">${msg.noFields}</p>`;
    return html`<dl part="facts">${rows}</dl>`;
  }

  /** One island's section; `depth` < 0 renders no heading (the title names the island). */
  private renderIsland(msg: FactboxMessages, island: Island, depth: number): TemplateResult {
    const fields = (this.view?.fields ?? []).filter((f) => f !== 'overview');
    return html`<section class="island-card" part="island" data-island=${island.id}>
      ${depth >= 0 ? this.renderHeading(this.name(island), depth, 'island-heading') : nothing}
      ${fields.length ? this.renderFacts(msg, island, fields) : nothing}
    </section>`;
  }

  protected override renderContent(): TemplateResult {
    const msg = ui(factboxText, this.language);
    const view = this.view;
    if (!view) return this.renderHeading(msg.title);
    const { all, shown, selected, showLocator, showOverview, islandTitle } = view;
    const many = shown.length > 1;
    const classes = [
      'layout',
      showLocator ? 'has-locator' : '',
      showOverview ? 'has-overview' : '',
      this.value(compact) ? 'compact' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`${islandTitle && shown[0]
        ? this.renderHeading(this.name(shown[0]), 0, 'heading island-heading')
        : this.renderHeading(msg.title)}
      <div class=${classes}>
        ${showOverview ? this.renderOverview(msg) : nothing}
        ${showLocator ? this.renderLocator(msg, all, selected) : nothing}
        ${view.brief
          ? this.renderBrief(msg, shown)
          : html`<div class="islands${many ? ' many' : ''}">
              ${shown.length
                ? shown.map((island) => this.renderIsland(msg, island, islandTitle ? -1 : 1))
                : html`<p class="muted">${msg.noData}</p>`}
            </div>`}${this.showAll && !view.brief && selected === 'all' && this.scripted
          ? html`<button type="button" part="toggle" class="toggle show-all" aria-expanded="true" @click=${this.onShowAll}>
              ${msg.showFewerIslands}
            </button>`
          : nothing}
      </div>`;
  }

  /**
   * The compact view of all four islands: every island's facts are one button away (a native
   * disclosure without script); the picker above shows one island in full.
   */
  private renderBrief(msg: FactboxMessages, shown: readonly Island[]): TemplateResult {
    if (this.scripted) {
      return html`<div class="brief">
        <button type="button" part="toggle" class="toggle show-all" aria-expanded="false" @click=${this.onShowAll}>
          ${msg.showAllIslands}
        </button>
      </div>`;
    }
    return html`<div class="brief">
      <details class="more all-islands"
        ><summary part="toggle" class="toggle show-all">${msg.showAllIslands}</summary>
        <div class="islands many">${shown.map((island) => this.renderIsland(msg, island, 1))}</div></details
      >
    </div>`;
  }
}
