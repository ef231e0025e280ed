import { css, unsafeCSS } from 'lit';
import { mapLabelStyles } from './map.js';

/** Dark defaults of the map colours (theme="dark", or theme="auto" in a dark scheme). */
const darkMap = unsafeCSS(`
  --_fb-land: var(--kuril-factbox-land-dark, #4a4f58);
  --_fb-faded: var(--kuril-factbox-faded-dark, #2c3038);
  --_fb-sea: var(--kuril-factbox-sea-dark, #17222e);
  --_fb-coast: var(--kuril-factbox-coast-dark, #9aa3ad);
  --_fb-highlight: var(--kuril-factbox-highlight-dark, #e0b23c);
`);

/** Styles of <kuril-factbox>, on top of the shared base styles. */
export const factboxStyles = css`
  .base {
    --_fb-land: var(--kuril-factbox-land, #e4ddcb);
    --_fb-faded: var(--kuril-factbox-faded, #eef0f2);
    --_fb-sea: var(--kuril-factbox-sea, #dbe9f4);
    --_fb-coast: var(--kuril-factbox-coast, #6b6557);
    --_fb-highlight: var(--kuril-factbox-highlight, #f0b429);
    --_fb-gap: calc(var(--_space) * 0.75);
  }
  .base.theme-dark {
    ${darkMap}
  }
  @media (prefers-color-scheme: dark) {
    .base.theme-auto {
      ${darkMap}
    }
  }
  p {
    margin: 0 0 0.5em;
  }
  .layout {
    display: grid;
    gap: var(--_fb-gap);
  }
  /*
   * Wide containers: the overview beside the locator and the islands in columns below; without the
   * overview, the locator beside the islands.
   */
  @container (min-width: 44rem) {
    .layout.has-locator {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .layout.has-locator.has-overview .islands,
    .layout.has-locator .brief {
      grid-column: 1 / -1;
    }
  }
  .overview p:last-of-type {
    margin-bottom: 0.25em;
  }
  .lead-in {
    font-weight: 700;
  }

  /* Island picker: toggle buttons (aria-pressed). */
  .picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.375rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .picker button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
    text-align: start;
    line-height: 1.2;
  }
  .picker button:hover {
    border-color: var(--_text);
  }
  .picker button[aria-pressed='true'] {
    background: var(--_fb-highlight);
    border-color: var(--_text);
    color: #1b1d21;
    font-weight: 700;
    box-shadow: inset 0 0 0 1px var(--_text);
  }
  /* A drawn check mark (font-independent), besides the fill: pressed is not shown by colour alone. */
  .picker button[aria-pressed='true']::before {
    content: '';
    display: inline-block;
    width: 0.35em;
    height: 0.7em;
    margin: 0 0.5em 0.15em 0.1em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
    vertical-align: middle;
  }

  /* The map: scales with its width, keeps its aspect ratio (no layout shift). */
  .map {
    margin: 0;
    max-width: 34rem;
  }
  .map svg {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 640 / 472;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    forced-color-adjust: none;
  }
  .sea {
    fill: var(--_fb-sea);
  }
  .land,
  .shape {
    fill: var(--_fb-land);
    stroke: var(--_fb-coast);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .faded {
    fill: var(--_fb-faded);
    stroke: var(--_fb-coast);
    stroke-width: 0.75;
    stroke-dasharray: 3 3;
    opacity: 0.8;
  }
  .island.pickable {
    cursor: pointer;
  }
  .ring {
    fill: transparent;
    stroke: none;
  }
  .island.on .shape {
    fill: var(--_fb-highlight);
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  .island.on .ring {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }
  .island.pickable:hover .shape {
    stroke: var(--_text);
    stroke-width: 2.5;
  }
  /* The labels: HTML over the drawing, in the widget's type scale (see map.ts). */
  .canvas {
    position: relative;
  }
  .labels {
    position: absolute;
    inset: 1px;
    font-size: 0.875em;
    line-height: 1.1;
    color: var(--_text);
    pointer-events: none;
    --_halo: var(--_fb-sea);
    text-shadow:
      0 0 2px var(--_halo),
      0 0 2px var(--_halo),
      1px 1px 1px var(--_halo),
      -1px -1px 1px var(--_halo),
      1px -1px 1px var(--_halo),
      -1px 1px 1px var(--_halo);
  }
  .labels > * {
    position: absolute;
    white-space: nowrap;
  }
  .labels .line {
    position: static;
    display: block;
  }
  .labels .start {
    transform: translate(0, -50%);
  }
  .labels .middle {
    transform: translate(-50%, -50%);
    text-align: center;
  }
  .labels .end {
    transform: translate(-100%, -50%);
    text-align: end;
  }
  .labels .pickable {
    pointer-events: auto;
    cursor: pointer;
  }
  .place {
    --_halo: var(--_fb-land);
  }
  .water {
    color: var(--_muted);
    letter-spacing: 0.04em;
  }
  .labels .label.on {
    text-decoration: underline 2px;
    text-underline-offset: 2px;
  }
  .scale {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  ${mapLabelStyles}
  .map figcaption {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    margin-top: 0.25rem;
    font-size: 0.875em;
  }
  .credit {
    color: var(--_muted);
    font-size: 1em;
  }

  /* The compact view: a button that shows every island's facts. */
  .toggle {
    margin-top: 0.25em;
  }
  /* Compact: the two folded summaries share a line; an open one takes the whole width. */
  .overview.folded {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1.25em;
  }
  .overview.folded > * {
    flex: 0 1 auto;
  }
  .overview.folded > p,
  .overview.folded > details[open] {
    flex-basis: 100%;
  }
  details.status-toggle > summary {
    color: inherit;
    font-size: 1em;
    font-weight: 700;
  }
  details.status-toggle > .status {
    margin-top: 0.25em;
  }
  details.all-islands[open] > summary {
    margin-bottom: var(--_fb-gap);
  }
  /* Islands: one section each, in a grid of cards when there is room. */
  .islands {
    display: grid;
    gap: var(--_fb-gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
  }
  .island-card {
    container-type: inline-size;
    min-width: 0;
  }
  .islands.many .island-card {
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  dl {
    margin: 0;
  }
  dl > div {
    padding: 0.25em 0;
    border-bottom: 1px solid var(--_border);
  }
  dl > div:last-child {
    border-bottom: 0;
  }
  dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  /*
   * Terms beside values unless the island's box is very narrow: one grid for the whole list (rows
   * are subgrids), so the columns align.
   */
  @container (min-width: 15rem) {
    dl {
      display: grid;
      grid-template-columns: fit-content(6.5em) minmax(0, 1fr);
      column-gap: 0.75em;
    }
    dl > div {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      align-items: baseline;
    }
    /* Long values (names, key facts) take the full width under their term. */
    [data-field='names'] > *,
    [data-field='facts'] > * {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 24rem) {
    dl {
      grid-template-columns: fit-content(10em) minmax(0, 1fr);
    }
    [data-field='names'] > dd,
    [data-field='facts'] > dd {
      grid-column: 2;
    }
    [data-field='names'] > dt,
    [data-field='facts'] > dt {
      grid-column: 1;
    }
  }
  /* An island's names: one per line when narrow, on one line with a dot between them when wide. */
  .name {
    display: block;
  }
  .dot {
    display: none;
  }
  @container (min-width: 30rem) {
    .name {
      display: inline;
    }
    .dot {
      display: inline;
    }
  }
  .facts-list {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .name-label {
    white-space: nowrap;
  }
  .name-note {
    color: var(--_muted);
  }
  details > summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 0.875em;
    min-height: 1.5rem;
    width: fit-content;
  }

  /* compact: denser type and spacing, a smaller map. */
  .compact {
    font-size: 0.9375em;
    --_fb-gap: calc(var(--_space) * 0.5);
  }
  .compact dl {
    column-gap: 0.5em;
  }
  .compact dl > div {
    padding: 0.125em 0;
  }
  .compact .map {
    max-width: 22rem;
  }
  .compact .picker button {
    min-height: 2.25rem;
    padding: 0.25rem 0.625rem;
  }

  @media (forced-colors: active) {
    .sea {
      fill: Canvas;
    }
    .land,
    .shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .faded {
      fill: Canvas;
      stroke: GrayText;
    }
    .island.on .shape {
      fill: Highlight;
      stroke: CanvasText;
    }
    .island.on .ring,
    .scale {
      stroke: CanvasText;
    }
    /* The label layer keeps its halo (no forced adjust), so every label takes the system colours. */
    .labels,
    .labels > * {
      forced-color-adjust: none;
      color: CanvasText;
      --_halo: Canvas;
    }
    .picker button {
      border-color: ButtonText;
    }
    .picker button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
  @media print {
    .picker {
      display: none;
    }
    /* Paper is white whatever the theme: print colours, set below the themed wrapper. */
    .layout {
      --_text: #000;
      --_muted: #444;
      --_border: #888;
      --_fb-sea: #fff;
      --_fb-land: #eee;
      --_fb-faded: #f6f6f6;
      --_fb-coast: #555;
      --_fb-highlight: #bbb;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    details > summary {
      display: none;
    }
    details.status-toggle > summary {
      display: block;
    }
  }
`;
