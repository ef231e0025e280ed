import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { datasetMeta } from '../../data/query.js';
import { emptyDataset } from '../../data/tiers.js';
import { datesLabelled, firstDay, formatPartialDate, lastDay, prepareDateFormat } from '../../data/partial-date.js';
import type { Citation, Dataset, Language } from '../../data/schema.js';
import { KurilSourceClickEvent } from '../../events.js';
import { matchLanguage } from '../../i18n/lang.js';
import { baseMessagesOf, baseText, type BaseMessages } from '../../i18n/messages.js';
import { NAMINGS, type Naming } from '../../i18n/names.js';
import { uiReady } from '../../i18n/ui-text.js';
import { flag, integerIn, keyword, parsersOf, property, trimmed, type Parser } from './attributes.js';
import { baseStyles } from './base.styles.js';
import type { CitationContext } from './citations.js';
import { DataController, DeferController, InlineDataController, IntentController, LangController, PrintController } from './controllers.js';
import { bundledSync, loadFull, uiOf, type DataInput, type ResolvedData, type WidgetBundle } from './resolve-data.js';
import { meta as bundledMeta } from '../../data/bundled/meta.js';

/** Resolves in a new task (so the browser may paint and handle input before what follows). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
/**
 * Resolves in a task after the browser's next frame, when the page is laid out: reading a widget's
 * position then costs no layout of its own. (On a hidden page, where no frame comes, in a task.)
 */
const afterFrame = (): Promise<void> =>
  new Promise((resolve) => (document.hidden ? setTimeout : requestAnimationFrame)(() => setTimeout(resolve)));
/**
 * True during a task that evaluates this module or defines a widget (upgrading the tags already on
 * the page): their first render then waits for tasks of its own (see `scheduleUpdate`).
 */
let evaluating = false;
/** Marks the current task as one that evaluates or defines widgets (see `evaluating`). */
const markEvaluating = (): void => {
  if (isServer || evaluating) return;
  evaluating = true;
  // This task runs before the first render of the tags upgraded meanwhile (theirs wait for a later one).
  setTimeout(() => (evaluating = false));
};
markEvaluating();

export { listEntries } from './attributes.js';

/** Colour themes: `auto` follows the reader's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Heading levels a widget's headings may start at. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

const DUPLICATE_WARNED = Symbol.for('kuril-widgets.duplicate-definition-warned');

/** The `naming` attribute's parser (a widget reads the raw value with it before `willUpdate`). */
export const naming = keyword(NAMINGS, 'neutral');
const theme = keyword(THEMES, 'auto');
const headingLevel = integerIn(HEADING_LEVELS, 2);
const noSources = flag();
const src = trimmed();
const correctionsUrl = trimmed();
const expandedAll = flag();

/**
 * The display language from the element's `lang` property (which the attribute sets) and the
 * `lang` inherited from its ancestors: the property wins; regional tags map (`ja-JP` → `ja`);
 * anything else is English, with `problem` set to the value to warn about.
 */
export function resolveLanguage(own: unknown, inherited: string): { lang: Language; problem?: string } {
  const tag = typeof own === 'string' ? own.trim() : own === null || own === undefined ? '' : undefined;
  if (tag === undefined) return { lang: matchLanguage(inherited) ?? 'en', problem: String(own) };
  const used = tag || inherited.trim();
  const lang = matchLanguage(used);
  return lang ? { lang } : { lang: 'en', ...(used ? { problem: used } : {}) };
}

/**
 * The base class of every kuril-widgets element. It owns what all widgets share: language
 * inheritance, place naming, theme, heading level, citations, loading a publisher's dataset, the
 * notice and loading states, attribute validation and safe registration.
 *
 * @csspart base - The widget's wrapper.
 * @csspart notice - A notice shown when the publisher's dataset could not be used.
 * @csspart loading - The line shown while a translation or the publisher's dataset loads.
 * @csspart sources - A list of citations.
 * @csspart source - One citation.
 * @csspart source-link - The link of a citation whose source has a URL.
 * @csspart footer - The footer: the date the data was checked, the corrections link, the machine-translation note.
 * @csspart corrections - The link where readers report an error (when the dataset or `corrections-url` names one).
 *
 * @cssprop [--kuril-font=inherit] - Font family; the article's font by default.
 * @cssprop [--kuril-font-size=1rem] - Base font size.
 * @cssprop [--kuril-line-height=1.5] - Line height.
 * @cssprop [--kuril-color-bg=#ffffff] - Background (`--kuril-color-bg-dark` in the dark theme; likewise for every colour token).
 * @cssprop [--kuril-color-surface=#f5f6f8] - Background of raised surfaces.
 * @cssprop [--kuril-color-text=#1b1d21] - Text colour.
 * @cssprop [--kuril-color-muted=#545b66] - Secondary text (dates, citations).
 * @cssprop [--kuril-color-border=#c9ced6] - Borders and rules.
 * @cssprop [--kuril-color-link=#0b57d0] - Links.
 * @cssprop [--kuril-color-accent=#0b57d0] - Accents (highlight rules, notice bar).
 * @cssprop [--kuril-color-focus=#0b57d0] - Focus ring.
 * @cssprop [--kuril-color-japan=#a3213a] - Accent of Japan's positions.
 * @cssprop [--kuril-color-russia=#1f4fa3] - Accent of Russia's positions.
 * @cssprop [--kuril-color-both=#17704a] - Accent of what both sides agreed.
 * @cssprop [--kuril-color-other=#5b3da8] - Accent of outside analysts.
 * @cssprop [--kuril-color-highlight=#fff4cc] - Background of highlighted items.
 * @cssprop [--kuril-color-notice-bg=#fff4cc] - Background of notices.
 * @cssprop [--kuril-radius=0.375rem] - Corner radius.
 * @cssprop [--kuril-space=1rem] - Base spacing.
 */
export abstract class KurilElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * The bundled data the widget renders: its own sections, and the translated sections to load
   * with them. Each widget sets its own; the base class has none.
   */
  static bundle: WidgetBundle = { data: emptyDataset(bundledMeta), sections: [], ui: [baseText] };

  /**
   * What renders an item's citations (`renderCitations` of citations.ts), set by each widget that
   * shows them: the timeline's once its full tier has loaded (its compact view shows no source), so
   * a page with one timeline does not load it for nothing. Without it, no citations render.
   */
  static citations?: (citations: readonly Citation[], ctx: CitationContext) => TemplateResult;

  /** The tag each widget registers under by default. */
  static readonly defaultTag: string = '';

  /**
   * Registers the element under `tag` in `registry`. When the tag is already taken (the library is
   * loaded twice on a page, say from the CDN bundle and from npm), it keeps the first definition and
   * warns once per page; it never throws.
   */
  static define(tag?: string, registry: CustomElementRegistry = customElements): void {
    const name = tag ?? this.defaultTag;
    const existing = registry.get(name);
    if (existing) {
      const flags = globalThis as unknown as Record<symbol, boolean>;
      const ours = existing === (this as unknown) || existing.prototype instanceof this;
      if (!ours && !flags[DUPLICATE_WARNED]) {
        flags[DUPLICATE_WARNED] = true;
        console.warn(
          `kuril-widgets: <${name}> is already defined, so kuril-widgets is loaded twice on this page ` +
            `(for example the CDN bundle and the npm modules). The first definition is kept; load one copy only.`,
        );
      }
      return;
    }
    const ctor = this as unknown as CustomElementConstructor;
    markEvaluating();
    try {
      registry.define(name, ctor);
    } catch {
      // A class can be defined under one tag only: a further tag gets a subclass.
      try {
        registry.define(name, class extends ctor {});
      } catch (error) {
        console.warn(`kuril-widgets: could not define <${name}>: ${String(error)}`);
      }
    }
  }

  private warned = new Set<string>();
  private parsed = new Map<Parser<unknown>, unknown>();
  /** True when the element upgraded over a server-rendered (declarative) shadow root. */
  protected prerendered = false;

  private dataCtl = new DataController(
    this,
    () => this.dataInput(),
    () => (this.constructor as typeof KurilElement).bundle,
    (result, more) => this.applyData(result, more),
  );
  private deferCtl = new DeferController(this);
  /**
   * The widget's full data loads when the reader points at, touches or focuses it (an action of
   * theirs may need it: "Show all", a topic, an island), never just because the page is idle; so
   * does the date formatting of what that action shows.
   */
  private intentCtl = new IntentController(this, () => {
    const bundle = (this.constructor as typeof KurilElement).bundle;
    if (bundle.full && this.scripted) void loadFull(bundle).catch(() => this.intentCtl.reset());
    // The dates of what the action reveals, unless the bundled ones in this language came formatted
    // (Japanese, Russian; a publisher's dataset sets it up as it loads): the date formatter (and ICU)
    // in a task of its own.
    const lang = this.displayLanguage;
    if (!datesLabelled(lang)) setTimeout(() => prepareDateFormat(lang));
  });

  /** The dataset being shown, with its text in the display language. */
  @state() protected data: Dataset = bundledSync((this.constructor as typeof KurilElement).bundle, 'en')!;
  /** A notice shown above the content (e.g. the publisher's dataset failed). */
  @state() protected notice = '';
  /** True while a translation or a publisher's dataset loads; the content keeps its space hidden. */
  @state() protected busy = false;
  /** The `lang` of the closest ancestor that has one (set by a controller, or by the server renderer). */
  @state() protected inheritedLang = '';
  /** The text of the inline `<script type="application/json">` child, if any. */
  @state() protected inlineJson: string | undefined;
  /**
   * True while more of the same data loads (the full tier of the bundled data), with what is shown
   * kept: a widget may keep its view as it is until the rest arrives.
   */
  protected loadingMore = false;
  /** True while the page prints: each widget then renders everything (its compact view too). */
  @state() protected printing = false;

  /** Display language: `en`, `ja` or `ru` (regional tags map to these). Inherited from the closest `[lang]` ancestor when absent. */
  @property({ attribute: 'lang' }) override lang = '';
  /** How places are named: `neutral` (both names), `japanese` or `russian`. */
  @property({ attribute: 'naming', parse: naming }) naming: Naming | string = 'neutral';
  /** Colour theme: `auto` follows the reader's system setting, `light` or `dark`. */
  @property({ attribute: 'theme', parse: theme }) theme: Theme | string = 'auto';
  /** The level (2–6) of the widget's top heading; inner headings go one level deeper. */
  @property({ attribute: 'heading-level', parse: headingLevel }) headingLevel: number | string = 2;
  /** Hides citations (they are shown by default). */
  @property({ type: Boolean, attribute: 'no-sources', parse: noSources }) noSources = false;
  /** URL of a publisher's JSON dataset whose sections replace the bundled ones. */
  @property({ attribute: 'src', parse: src }) src = '';
  /** Shows everything at once (every event, every claim, every island's facts) instead of the compact default view. */
  @property({ type: Boolean, attribute: 'expanded', parse: expandedAll }) expanded = false;
  /** Where readers report an error (an `http(s)` or `mailto:` URL); overrides the dataset's `meta.correctionsUrl`. */
  @property({ attribute: 'corrections-url', parse: correctionsUrl }) correctionsUrl = '';

  /** The resolved display language: the widget's `lang`, and that of its loading line. */
  protected displayLanguage: Language = 'en';
  /**
   * The language the content is written in: the display language, except while a first load of its
   * text in that language is under way, when the (hidden) content that keeps its space is the
   * English it has; its dates are then formatted in English too, without Intl (see `primeDates`).
   */
  protected language: Language = 'en';

  constructor() {
    super();
    new LangController(this, (tag) => (this.inheritedLang = tag));
    new InlineDataController(this, (json) => (this.inlineJson = json));
    new PrintController(this, (printing) => {
      // Print everything, also what the compact view or `limit` hides: render synchronously before the page prints.
      this.printing = printing;
      if (this.isUpdatePending) this.performUpdate();
    });
    this.prerendered = !isServer && Boolean(this.shadowRoot?.childNodes.length);
  }

  /** The resolved naming convention. */
  protected get resolvedNaming(): Naming {
    return this.value(naming);
  }
  /** The resolved theme. */
  protected get resolvedTheme(): Theme {
    return this.value(theme);
  }
  /** True when the publisher asked for everything at once (`expanded`). */
  protected get expandedAll(): boolean {
    return this.value(expandedAll);
  }
  /** The resolved top heading level. */
  protected get level(): HeadingLevel {
    return this.value(headingLevel);
  }

  /** False on the server: what only works with script (buttons) is rendered as HTML that works without. */
  protected get scripted(): boolean {
    return !isServer;
  }

  /** The parsed value of the attribute declared with `parser`. */
  protected value<T>(parser: Parser<T>): T {
    if (!this.parsed.has(parser)) this.parseOptions(undefined);
    return this.parsed.get(parser) as T;
  }

  /** Parses the changed attributes (all of them the first time) and warns about invalid values. */
  private parseOptions(changed: PropertyValues | undefined): void {
    const ctor = this.constructor as typeof LitElement;
    const first = this.parsed.size === 0;
    for (const [name, parse] of parsersOf(ctor)) {
      if (!first && changed && !changed.has(name)) continue;
      const result = parse((this as unknown as Record<string, unknown>)[name]);
      this.parsed.set(parse, result.value);
      if (result.problem) {
        const attribute = ctor.getPropertyOptions(name).attribute;
        const shownName = typeof attribute === 'string' ? attribute : name;
        this.warnOnce(shownName, result.problem.shown, result.problem.allowed, result.problem.using);
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.parseOptions(changed);
    this.applyLanguage(changed.has('lang') || (changed as Map<PropertyKey, unknown>).has('inheritedLang') || !this.hasUpdated);
  }

  /** Sets the display language (resolved anew when `resolve`) and the language the content shows in. */
  private applyLanguage(resolve: boolean): void {
    if (resolve) {
      const { lang, problem } = resolveLanguage(this.lang, this.inheritedLang);
      if (problem) this.warnOnce('lang', problem, 'en, ja, ru (or regional tags such as ja-JP)');
      this.displayLanguage = lang;
    }
    // (All of its interface text: the shared strings and the widget's own, and what loads with them.)
    const ui = uiOf((this.constructor as typeof KurilElement).bundle);
    this.language = this.busy && !ui.every((table) => uiReady(table, this.displayLanguage)) ? 'en' : this.displayLanguage;
  }

  /**
   * Computes ahead, in a task before the first render of a tag that was on the page, what that
   * render needs (a widget's view model, memoized on its inputs), so that the two are shorter tasks
   * than their sum. `language` and the data are set by then; nothing is rendered.
   */
  protected prepare(): void {}

  /** The view model `prepare` computed, with what it was computed from, until the render takes it. */
  private prepared?: { data: Dataset; view: unknown; key: string };

  /**
   * `view(this.data, options)`. From `prepare` (`ahead`), it is kept for the update that follows,
   * which takes it if its data and options are the same (a view model is pure); any other update
   * computes its own, as before.
   */
  protected memoView<O, V>(view: (data: Dataset, options: O) => V, options: O, ahead = false): V {
    const key = JSON.stringify(options);
    const kept = this.prepared;
    this.prepared = undefined;
    if (!ahead && kept?.data === this.data && kept.key === key) return kept.view as V;
    const computed = view(this.data, options);
    if (ahead) this.prepared = { data: this.data, view: computed, key };
    return computed;
  }

  /**
   * What the data controller (and the server renderer) loads for: the language, `src`, the inline
   * dataset, and whether the view needs more than the widget's first tier of bundled data.
   */
  protected dataInput(): DataInput {
    return {
      lang: resolveLanguage(this.lang, this.inheritedLang).lang,
      src: src(this.src).value,
      inline: this.inlineJson,
      full: this.needsFullData(),
    };
  }

  /**
   * True when the view needs more than the first tier of the widget's bundled data (what its
   * compact default shows). Computed from the raw property values (it runs before `willUpdate`).
   */
  protected needsFullData(): boolean {
    return false;
  }

  /** Applies loaded data; `undefined` while it loads. Loading more of the same data keeps what is shown. */
  private applyData(result: ResolvedData | undefined, more = false): void {
    this.loadingMore = !result && more;
    if (!result) {
      if (!more) this.busy = true;
      return;
    }
    this.data = result.data;
    this.notice = result.notice;
    this.busy = false;
  }

  /**
   * Before each update (in the browser): starts loading the data its inputs need. The first update
   * of a widget far below the fold waits until it nears the viewport; the first update of a
   * pre-rendered widget waits until its data is ready, so the server's HTML stays in place until
   * the same content replaces it in one task: no flash, no shift.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (isServer) return super.scheduleUpdate();
    if (this.hasUpdated) {
      this.dataCtl.sync();
      return super.scheduleUpdate();
    }
    // A tag upgraded while the widget's module was evaluated or its class defined (it was on the
    // page) waits for a task of its own, so the task that upgraded it does not also lay out the
    // article to find where the widget is, and its view model and first render are tasks of their
    // own: the page sees several shorter tasks instead of one long one. A pre-rendered widget waits
    // for the browser's next frame, so the server's HTML is painted before anything replaces it;
    // a bare tag has nothing to paint yet and renders as soon as it can.
    const early = evaluating;
    const near = early ? undefined : this.deferCtl.whenNear();
    if (!near && !this.prerendered && !early) {
      this.dataCtl.sync();
      return super.scheduleUpdate();
    }
    return (async () => {
      if (early) await (this.prerendered ? afterFrame() : nextTask());
      await (near ?? this.deferCtl.whenNear());
      const pending = this.dataCtl.sync();
      // A pre-rendered widget renders once its data (and text) arrived, perhaps with other widgets'.
      if (this.prerendered) await pending;
      if (early || this.prerendered) {
        // Its data (above), its view model and its first render in tasks of their own.
        await nextTask();
        this.applyLanguage(true);
        try {
          this.prepare();
        } catch {
          // The update that follows computes the same and meets the same problem.
        }
        await nextTask();
      }
      return super.scheduleUpdate();
    })();
  }

  /**
   * An update run at once (printing) bypasses `scheduleUpdate`: the data it needs is applied first
   * when it is loaded (every item, for print).
   */
  protected override performUpdate(): void {
    if (!isServer && this.hasUpdated) this.dataCtl.sync();
    super.performUpdate();
  }

  /** A pre-rendered widget's first client render replaces the server's HTML (same content). */
  protected override update(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && this.prerendered) {
      // LitElement renders before the root's first child as it found it (the server's <style>).
      this.renderOptions.renderBefore = null;
      this.renderRoot.replaceChildren();
    }
    super.update(changed);
  }

  /** Messages shared by all widgets, in the display language. */
  protected get baseMsg(): BaseMessages {
    return baseMessagesOf(this.language);
  }

  /** Warns once per element, attribute and value about an invalid attribute value. */
  protected warnOnce(attribute: string, value: string, allowed: string, fallback = 'en'): void {
    const key = `${attribute}=${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(
      `<${this.localName}> ${attribute}="${value}" is not valid; allowed: ${allowed}. Using "${fallback}".`,
    );
  }

  /** Warns once per element about a problem that is not a single invalid value (`key` dedupes). */
  protected warnOnceAbout(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}> ${message}`);
  }

  /**
   * A `from`–`to` range in the order it covers: bounds given the wrong way round (`from="2019"
   * to="2013"`) are swapped, with one warning, rather than selecting nothing.
   */
  protected dateRange(from: string | undefined, to: string | undefined): { from: string | undefined; to: string | undefined } {
    if (from === undefined || to === undefined || (firstDay(from) ?? 0) <= (lastDay(to) ?? 0)) return { from, to };
    this.warnOnceAbout(
      `range=${from}..${to}`,
      `from="${from}" is after to="${to}"; the two are swapped (showing ${to} to ${from}).`,
    );
    return { from: to, to: from };
  }

  /** Renders the widget's own content from `this.data`. */
  protected abstract renderContent(): TemplateResult;

  /** Renders a heading at the widget's level plus `depth` (capped at 6). */
  protected renderHeading(content: unknown, depth = 0, part = 'heading', id?: string): TemplateResult {
    const level = Math.min(6, this.level + depth);
    const cls = depth === 0 ? 'title' : `h${depth}`;
    switch (level) {
      case 2:
        return html`<h2 part=${part} class=${cls} id=${id ?? nothing}>${content}</h2>`;
      case 3:
        return html`<h3 part=${part} class=${cls} id=${id ?? nothing}>${content}</h3>`;
      case 4:
        return html`<h4 part=${part} class=${cls} id=${id ?? nothing}>${content}</h4>`;
      case 5:
        return html`<h5 part=${part} class=${cls} id=${id ?? nothing}>${content}</h5>`;
      default:
        return html`<h6 part=${part} class=${cls} id=${id ?? nothing}>${content}</h6>`;
    }
  }

  /** Renders an item's citations, unless `no-sources` is set. */
  protected renderSources(itemId: string, citations: readonly Citation[], brief = false): TemplateResult | typeof nothing {
    const render = (this.constructor as typeof KurilElement).citations;
    if (this.noSources || citations.length === 0 || !render) return nothing;
    return render(citations, {
      data: this.data,
      lang: this.language,
      itemId,
      brief,
      onSourceClick: (sourceId, id, url) =>
        this.dispatchEvent(new KurilSourceClickEvent({ sourceId, itemId: id, url })),
    });
  }

  override render(): TemplateResult {
    let content: TemplateResult;
    try {
      content = this.renderContent();
    } catch (error) {
      console.error(`<${this.localName}>: could not render: ${String(error)}`);
      content = html`<p class="notice" part="notice" role="alert">${this.baseMsg.renderFailed}</p>`;
    }
    return html`<div
      part="base"
      class="base theme-${this.resolvedTheme}${this.busy ? ' busy' : ''}"
      lang=${this.displayLanguage}
      aria-busy=${this.busy ? 'true' : nothing}
    >
      ${this.notice ? html`<p part="notice" class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.busy ? html`<p part="loading" class="loading" role="status">${baseMessagesOf(this.displayLanguage).loading}</p>` : nothing}
      <div class="content">${content}</div>
      ${this.renderFooter()}
    </div>`;
  }

  /** The footer: the date through which the data was checked, the corrections link, and a note when the text is machine-translated. */
  protected renderFooter(): TemplateResult {
    const msg = this.baseMsg;
    const info = datasetMeta(this.data, this.value(correctionsUrl));
    const machine = this.language !== 'en' && this.data.meta?.translationStatus?.[this.language] === 'machine';
    const date = info.asOf ? formatPartialDate(info.asOf, undefined, this.language) : '';
    return html`<div part="footer" class="footer">
      ${date ? html`<span class="asof">${msg.asOf[0]}<time datetime=${info.asOf}>${date}</time>${msg.asOf[1]}</span>` : nothing}
      ${info.correctionsUrl
        ? html`<a part="corrections" class="corrections" href=${info.correctionsUrl} target="_blank" rel="noopener noreferrer"
            >${msg.reportError}<span class="visually-hidden"> (${msg.opensInNewTab})</span></a
          >`
        : nothing}
      ${machine && msg.machineNote ? html`<span class="machine">${msg.machineNote}</span>` : nothing}
    </div>`;
  }
}
