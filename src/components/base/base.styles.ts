import { css, unsafeCSS } from 'lit';

/** Dark-theme token values, applied for `theme="dark"` and for `theme="auto"` in a dark scheme. */
const dark = unsafeCSS(`
  --_bg: var(--kuril-color-bg-dark, #17191e);
  --_surface: var(--kuril-color-surface-dark, #22252b);
  --_text: var(--kuril-color-text-dark, #e9eaec);
  --_muted: var(--kuril-color-muted-dark, #b0b6bf);
  --_border: var(--kuril-color-border-dark, #474c55);
  --_link: var(--kuril-color-link-dark, #93b8ff);
  --_accent: var(--kuril-color-accent-dark, #93b8ff);
  --_focus: var(--kuril-color-focus-dark, #ffd166);
  --_japan: var(--kuril-color-japan-dark, #ff8fa3);
  --_russia: var(--kuril-color-russia-dark, #8fb3ff);
  --_both: var(--kuril-color-both-dark, #7fd4a8);
  --_other: var(--kuril-color-other-dark, #c9b3ff);
  --_highlight: var(--kuril-color-highlight-dark, #3a3320);
  --_notice-bg: var(--kuril-color-notice-bg-dark, #3a3320);
  color-scheme: dark;
`);

/**
 * Styles shared by every widget: design tokens, themes, focus, forced colours, reduced motion and
 * print. Public tokens are `--kuril-*` custom properties; the `--_*` ones are internal.
 *
 * Type scale: the panel title (1.25em bold), headings (1em bold), body (1em, the article's own
 * size) and small text (0.875em, regular: a label in small text is muted or has a colon, not bold).
 * Keep to these. Each other size or weight is one
 * more font "strike" the browser must look up (and, for Japanese, find a fallback font for) in its
 * first layout of the page: traced at 1-3 ms each, about 10 ms each with CJK text, on Linux.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--kuril-font, inherit);
    font-size: var(--kuril-font-size, 1rem);
    line-height: var(--kuril-line-height, 1.5);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_bg: var(--kuril-color-bg, #ffffff);
    --_surface: var(--kuril-color-surface, #f5f6f8);
    --_text: var(--kuril-color-text, #1b1d21);
    --_muted: var(--kuril-color-muted, #545b66);
    --_border: var(--kuril-color-border, #c9ced6);
    --_link: var(--kuril-color-link, #0b57d0);
    --_accent: var(--kuril-color-accent, #0b57d0);
    --_focus: var(--kuril-color-focus, #0b57d0);
    --_japan: var(--kuril-color-japan, #a3213a);
    --_russia: var(--kuril-color-russia, #1f4fa3);
    --_both: var(--kuril-color-both, #17704a);
    --_other: var(--kuril-color-other, #5b3da8);
    --_highlight: var(--kuril-color-highlight, #fff4cc);
    --_notice-bg: var(--kuril-color-notice-bg, #fff4cc);
    --_radius: var(--kuril-radius, 0.375rem);
    --_space: var(--kuril-space, 1rem);
    color-scheme: light;
    box-sizing: border-box;
    container-type: inline-size;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .base.theme-dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .base.theme-auto {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  .title {
    font-size: 1.25em;
  }
  a {
    color: var(--_link);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin-top: var(--_space, 1rem);
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.4;
  }
  .kind,
  .seen-at {
    color: var(--_muted);
  }
  /* A toggle ("Show N more", "Show all"): an outlined button; widgets set its place and may restyle it. */
  .toggle {
    padding: 0.375em 0.75em;
    min-height: 2.25em;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle:hover {
    border-color: currentColor;
  }
  @media print {
    .toggle {
      display: none;
    }
  }
  /* Without script (pre-rendered HTML), a toggle is a native disclosure: its summary has the box of
     the button it becomes (buttons are border-box and centre their label), so the upgrade shifts nothing. */
  details.more > summary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    list-style: none;
    font: inherit;
    color: inherit;
    text-align: center;
  }
  details.more > summary::-webkit-details-marker {
    display: none;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* While data loads, the content keeps its space (hidden) and a visible line says so, over it. */
  .busy {
    position: relative;
  }
  .busy .content,
  .busy .footer {
    visibility: hidden;
    min-height: 4em;
  }
  .loading {
    position: absolute;
    inset-inline: var(--_space);
    margin: 0;
    color: var(--_muted);
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: 0.5em 0.75em;
    background: var(--_notice-bg);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .citations {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .citations li {
    margin: 0.125em 0;
  }
  .citations.brief li {
    display: inline;
    margin: 0 0.75em 0 0;
  }
  .citations .n {
    font-variant-numeric: tabular-nums;
  }
  .citations q {
    font-style: italic;
  }
  /* Text from the data never reorders the widget's own text around it (bidi spoofing). */
  q,
  cite,
  bdi {
    unicode-bidi: isolate;
  }
  /* Quote marks follow the quoted passage's language, not the page's. */
  q:lang(en) {
    quotes: '“' '”' '‘' '’';
  }
  q:lang(ru) {
    quotes: '«' '»' '„' '“';
  }
  q:lang(ja) {
    quotes: '「' '」' '『' '』';
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .notice {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    /* Paper is white whatever the theme: every token takes its light value, text is black and
       secondary text dark grey (more than 7:1 on white), so a dark theme prints readably. */
    .base,
    .base.theme-light,
    .base.theme-dark,
    .base.theme-auto {
      --_bg: #ffffff;
      --_surface: #ffffff;
      --_text: #000000;
      --_muted: #333333;
      --_border: #888888;
      --_link: #0b57d0;
      --_accent: #0b57d0;
      --_focus: #0b57d0;
      --_japan: #a3213a;
      --_russia: #1f4fa3;
      --_both: #17704a;
      --_other: #5b3da8;
      --_highlight: #fff4cc;
      --_notice-bg: #fff4cc;
      color-scheme: light;
      background: none;
      color: #000;
      border-color: #888;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.875em;
      word-break: break-all;
    }
    /* Pre-rendered without script: print what the disclosures hold, without their summaries. */
    details.more > summary {
      display: none;
    }
    details.more::details-content {
      content-visibility: visible;
      display: contents;
    }
  }
`;
