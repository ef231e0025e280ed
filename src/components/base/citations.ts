import { html, nothing, type TemplateResult } from 'lit';
import { sourceById, sourceKindLabel } from '../../data/query.js';
import type { Citation, Dataset, Language, Source } from '../../data/schema.js';
import { formatPartialDate } from '../../data/partial-date.js';
import { baseMessagesOf } from '../../i18n/messages.js';

/** Returns the URL when it is an absolute `http:` or `https:` URL, else `undefined`. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "CNBC, 12 September 2018" — the outlet and, where known, the publication date. */
export function sourceLabel(source: Source, lang: Language): string {
  const date = source.published
    ? formatPartialDate(source.published, undefined, lang)
    : '';
  const wire = source.wire ? ` (${source.wire})` : '';
  return date ? `${source.outlet}${wire}, ${date}` : `${source.outlet}${wire}`;
}

/**
 * The same label as markup, the outlet (and wire) bidi-isolated: text from the data can never
 * reorder the date or the punctuation around it (a right-to-left override in an outlet's name).
 */
export function renderSourceLabel(source: Source, lang: Language): TemplateResult {
  const date = source.published ? formatPartialDate(source.published, undefined, lang) : '';
  const wire = source.wire ? html` (<bdi>${source.wire}</bdi>)` : nothing;
  return html`<bdi>${source.outlet}</bdi>${wire}${date ? `, ${date}` : ''}`;
}

export interface CitationContext {
  data: Dataset;
  lang: Language;
  /** Id of the item the citations belong to, passed on in `kuril-source-click`. */
  itemId: string;
  /** Called when the reader follows a source link (a click, or a middle click that opens it in a new tab). */
  onSourceClick: (sourceId: string, itemId: string, url: string) => void;
  /** Only the numbered outlets and dates, on one line (a compact view; the full list is one action away). */
  brief?: boolean;
}

/**
 * Numbered citations of an item: outlet and date, the kind of source, headline, a link when the
 * source has an `http(s)` URL (opened in a new tab with `rel="noopener noreferrer"`), the quoted
 * passage, and where a copy was seen (never instead of the original).
 * All text is rendered as text, and every string from the data is bidi-isolated (`<bdi>`, or a
 * `<q>` with `unicode-bidi: isolate`).
 */
export function renderCitations(citations: readonly Citation[], ctx: CitationContext): TemplateResult {
  const msg = baseMessagesOf(ctx.lang);
  return html`<ol class=${ctx.brief ? 'citations brief' : 'citations'} part="sources" aria-label=${msg.sources}>
    ${citations.map((citation, index) => {
      const source = sourceById(ctx.data, citation.source);
      const url = safeUrl(source?.url);
      const label = source ? renderSourceLabel(source, ctx.lang) : html`<bdi>${citation.source}</bdi>`;
      const headline = source?.headline
        ? html` — <bdi class="headline" lang=${source.language}>${source.headline}</bdi>`
        : nothing;
      const body = url
        ? html`<a
            part="source-link"
            href=${url}
            target="_blank"
            rel="noopener noreferrer"
            @click=${() => ctx.onSourceClick(citation.source, ctx.itemId, url)}
            @auxclick=${(e: MouseEvent) => e.button === 1 && ctx.onSourceClick(citation.source, ctx.itemId, url)}
            >${label}<span class="visually-hidden"> (${msg.opensInNewTab})</span></a
          >`
        : html`<cite>${label}</cite>`;
      if (ctx.brief) return html`<li part="source"><span class="n">[${index + 1}]</span> ${body}</li>`;
      const kind = source?.kind ? html` <span class="kind">(${sourceKindLabel(source.kind, msg.kinds)})</span>` : nothing;
      const copy = source?.seenAt;
      const copyUrl = safeUrl(copy?.url);
      const seenAt = copy
        ? html`<span class="seen-at"
            >${msg.listSeparator}${msg.seenAt}
            ${copyUrl
              ? html`<a href=${copyUrl} target="_blank" rel="noopener noreferrer"
                  ><bdi>${copy.outlet}</bdi><span class="visually-hidden"> (${msg.opensInNewTab})</span></a
                >`
              : html`<bdi>${copy.outlet}</bdi>`}</span
          >`
        : nothing;
      return html`<li part="source">
        <span class="n">[${index + 1}]</span> ${body}${kind}${headline}${citation.quote
          ? html`: <q lang=${source?.language ?? 'en'}>${citation.quote}</q>`
          : nothing}${seenAt}
      </li>`;
    })}
  </ol>`;
}
