import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dataset as bundledDataset } from '../../data/dataset.js';
import { isValidPartialDate, localizeDataset, restrictTranslation } from '../../data/query.js';
import type { Citation, Dataset, Language } from '../../data/schema.js';
import { fetchJson } from '../../data/fetch.js';
import { loadTranslation } from '../../data/translations/index.js';
import { KurilSourceClickEvent } from '../../events.js';
import { loadDateLocale } from '../../i18n/dates.js';
import { inheritedLangTag, matchLanguage } from '../../i18n/lang.js';
import { baseMessages, type BaseMessages } from '../../i18n/messages.js';
import { NAMINGS, type Naming } from '../../i18n/names.js';
import { baseStyles } from './base.styles.js';
import { renderCitations } from './citations.js';

/** Colour themes: `auto` follows the reader's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Heading levels a widget's headings may start at. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

const DUPLICATE_WARNED = Symbol.for('kuril-widgets.duplicate-definition-warned');

/**
 * The entries of a comma- or space-separated attribute value, each once, in the order given;
 * lower-cased for case-insensitive keywords (not for ids).
 */
export function listEntries(value: unknown, lowercase = false): string[] {
  const text = String(value ?? '');
  return [...new Set((lowercase ? text.toLowerCase() : text).split(/[\s,]+/).filter(Boolean))];
}

/** True when the element starts more than 1.5 screens below the top of the viewport. */
function farBelowFold(el: Element): boolean {
  if (typeof IntersectionObserver === 'undefined' || location.hash.startsWith('#kuril-')) return false;
  if (matchMedia('print').matches) return false;
  return el.getBoundingClientRect().top > innerHeight * 1.5;
}

/** Resolves when the element nears the viewport, the browser is idle, or the page is printed. */
function whenNear(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      removeEventListener('beforeprint', done);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), {
      rootMargin: '100% 0px',
    });
    observer.observe(el);
    addEventListener('beforeprint', done);
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
      .requestIdleCallback;
    if (idle) idle(done, { timeout: 2000 });
    else setTimeout(done, 300);
  });
}

let englishData: Dataset | undefined;
/** The bundled dataset with English text, localized once per page. */
function bundledEnglish(): Dataset {
  englishData ??= localizeDataset(bundledDataset);
  return englishData;
}

/**
 * The base class of every kuril-widgets element. It owns what all widgets share: language
 * inheritance, place naming, theme, heading level, citations, loading a publisher's dataset, the
 * notice and loading states, attribute validation and safe registration.
 *
 * @csspart base - The widget's wrapper.
 * @csspart notice - A notice shown when the publisher's dataset could not be used.
 * @csspart sources - A list of citations.
 * @csspart source - One citation.
 * @csspart source-link - The link of a citation whose source has a URL.
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
  private loadToken = 0;
  private inlineJson: string | undefined;

  /** The dataset being shown, with its text in the display language. */
  @state() protected data: Dataset = bundledEnglish();
  /** A notice shown above the content (e.g. the publisher's dataset failed). */
  @state() protected notice = '';
  /** True while a translation or a publisher's dataset loads; the content keeps its space hidden. */
  @state() protected busy = false;

  /** Display language: `en`, `ja` or `ru` (regional tags map to these). Inherited from the closest `[lang]` ancestor when absent. */
  @property({ reflect: false }) override lang = '';
  /** How places are named: `neutral` (both names), `japanese` or `russian`. */
  @property() naming: Naming = 'neutral';
  /** Colour theme: `auto` follows the reader's system setting, `light` or `dark`. */
  @property() theme: Theme = 'auto';
  /** The level (2–6) of the widget's top heading; inner headings go one level deeper. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;
  /** Hides citations (they are shown by default). */
  @property({ type: Boolean, attribute: 'no-sources' }) noSources = false;
  /** URL of a publisher's JSON dataset whose sections replace the bundled ones. */
  @property() src = '';

  /** The resolved display language. */
  protected language: Language = 'en';
  /** The resolved naming convention. */
  protected resolvedNaming: Naming = 'neutral';
  /** The resolved theme. */
  protected resolvedTheme: Theme = 'auto';
  /** The resolved top heading level. */
  protected level: HeadingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    const script = this.querySelector(':scope > script[type="application/json"]');
    const inline = script?.textContent ?? undefined;
    if (inline !== this.inlineJson) {
      this.inlineJson = inline;
      this.requestUpdate('src');
    }
    // The inherited language may differ where the element was moved to.
    this.requestUpdate('lang');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      // The property wins (it is also what the attribute sets); else the closest [lang].
      const tag = this.lang?.trim() || inheritedLangTag(this);
      const lang = matchLanguage(tag);
      if (!lang && tag) this.warnOnce('lang', tag, 'en, ja, ru (or regional tags such as ja-JP)');
      this.language = lang ?? 'en';
    }
    if (changed.has('naming')) this.resolvedNaming = this.enumValue('naming', this.naming, NAMINGS, 'neutral');
    if (changed.has('theme')) this.resolvedTheme = this.enumValue('theme', this.theme, THEMES, 'auto');
    if (changed.has('headingLevel')) {
      const n = Number(this.headingLevel);
      this.level = this.enumValue('heading-level', n, HEADING_LEVELS, 2, String(this.headingLevel));
    }
    if (changed.has('lang') || changed.has('src')) void this.refreshData();
  }

  /** Messages shared by all widgets, in the display language. */
  protected get baseMsg(): BaseMessages {
    return baseMessages[this.language];
  }

  /**
   * Returns `value` when it is one of `allowed`, else `fallback`, warning once per element and value:
   * `<kuril-timeline> order="up" is not valid; allowed: asc, desc. Using "asc".`
   */
  protected enumValue<T>(
    attribute: string,
    value: unknown,
    allowed: readonly T[],
    fallback: T,
    shown: string = String(value),
  ): T {
    if (allowed.includes(value as T)) return value as T;
    if (value === null || value === undefined || value === '') return fallback;
    this.warnOnce(attribute, shown, allowed.join(', '), String(fallback));
    return fallback;
  }

  /**
   * A `from`/`to` bound: a year or an ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) that exists in the
   * calendar, else `undefined` (no bound) with one warning.
   */
  protected dateValue(attribute: string, value: unknown): string | undefined {
    const raw = String(value ?? '').trim();
    if (!raw) return undefined;
    if (isValidPartialDate(raw)) return raw;
    this.warnOnce(attribute, raw, 'a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', 'none');
    return undefined;
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

  private async refreshData(): Promise<void> {
    const token = ++this.loadToken;
    const lang = this.language;
    const src = this.src.trim();
    const inline = this.inlineJson;
    const custom = Boolean(src) || inline !== undefined;
    if (!custom && lang === 'en') {
      this.data = bundledEnglish();
      this.notice = '';
      this.busy = false;
      return;
    }
    this.busy = true;
    let notice = '';
    let data: Dataset | undefined;
    try {
      let base = bundledDataset;
      if (custom) {
        // Start the fetch now, while the validator chunk loads; load.js reuses this request.
        if (src) fetchJson(src).catch(() => undefined);
        const { resolveDataset } = await import('../../data/load.js');
        const result = await resolveDataset({ src, inline: src ? undefined : inline });
        base = result.dataset;
        if (result.failure) {
          console.error(`<${this.localName}>: ${result.failure.message}. Falling back to the bundled dataset.`);
          notice = this.baseMsg.dataFailed(result.failure.message);
        }
      }
      const [translation] = await Promise.all([loadTranslation(lang), loadDateLocale(lang)]);
      data = localizeDataset(base, restrictTranslation(base, bundledDataset, translation));
    } catch (error) {
      console.error(`<${this.localName}>: could not load data: ${String(error)}`);
      data = bundledEnglish();
    }
    if (token !== this.loadToken) return;
    this.data = data;
    this.notice = notice;
    this.busy = false;
  }

  /**
   * A widget that starts far below the fold (more than one and a half screens down) renders its
   * first view when it comes near the viewport, when the browser is idle, or before printing,
   * whichever comes first. The widgets the reader sees first then do not wait for the others, and
   * no single long task renders them all. A deep link (`#kuril-…`) renders everything at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !farBelowFold(this)) return super.scheduleUpdate();
    return whenNear(this).then(() => super.scheduleUpdate());
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
  protected renderSources(itemId: string, citations: readonly Citation[]): TemplateResult | typeof nothing {
    if (this.noSources || citations.length === 0) return nothing;
    return renderCitations(citations, {
      data: this.data,
      lang: this.language,
      itemId,
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
      lang=${this.language}
      aria-busy=${this.busy ? 'true' : nothing}
    >
      ${this.notice ? html`<p part="notice" class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.busy ? html`<p class="visually-hidden" role="status">${this.baseMsg.loading}</p>` : nothing}
      <div class="content">${content}</div>
    </div>`;
  }
}
