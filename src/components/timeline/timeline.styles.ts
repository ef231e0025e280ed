import { css } from 'lit';

/** Styles of <kuril-timeline>: a vertical rail at every width; a date column when the widget is wide. */
export const timelineStyles = css`
  .base {
    --_rail: var(--kuril-timeline-rail, var(--_border));
    --_rail-w: var(--kuril-timeline-rail-width, 2px);
    --_marker: var(--kuril-timeline-marker, var(--_accent));
    --_dw: var(--kuril-timeline-date-width, 9.5rem);
  }
  .group {
    margin-block-end: var(--_space);
  }
  .h1 {
    font-size: 1em;
    margin-block-start: 0.75em;
  }
  .list {
    --_x: 0.5rem;
    --_gap: 1.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .compact {
    --_gap: 0.5rem;
    line-height: 1.4;
  }
  .item {
    position: relative;
    padding: 0 0.375rem var(--_gap) calc(var(--_x) + 1.25rem);
    scroll-margin-block-start: var(--kuril-timeline-scroll-margin, 1rem);
  }
  /* The compact default view: date and title only, closer together. */
  .item.brief {
    padding-bottom: calc(var(--_gap) / 3);
  }
  .item.brief .date {
    line-height: 1.3;
  }
  .item.brief .h2 {
    margin: 0;
    line-height: 1.25;
  }
  .group:has(.brief) {
    margin-block-end: calc(var(--_space) / 2);
  }
  .group:has(.brief) .h1 {
    margin-block: 0.375em 0.25em;
    line-height: 1.3;
  }
  /* In a long list, off-screen events skip style, layout and paint until they near the viewport. */
  .long > .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  /* The rail, and a ring marker (a filled diamond for a highlighted event). */
  .item::before,
  .item::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_x) - var(--_rail-w) / 2);
    inset-block: 0;
    border-inline-start: var(--_rail-w) solid var(--_rail);
  }
  .item::after {
    inset: 0.3em auto auto calc(var(--_x) - 0.4375rem);
    width: 0.875rem;
    height: 0.875rem;
    border: 2px solid var(--_marker);
    border-radius: 50%;
    background: var(--_bg);
  }
  .marked::after {
    border-radius: 1px;
    transform: rotate(45deg);
    background: var(--_marker);
  }
  .marked .body {
    padding: 0.25rem 0.75rem 0.5rem;
    background: var(--kuril-timeline-highlight, var(--_highlight));
    border-inline-start: 4px solid var(--_marker);
    border-radius: var(--_radius);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
    vertical-align: 0.15em;
  }
  .date {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .h2 {
    font-size: 1em;
    margin: 0.125rem 0 0.25rem;
  }
  .summary,
  .islands {
    margin: 0;
  }
  .islands {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
  }
  .label {
    color: var(--_muted);
  }
  .toggle {
    min-height: 2.75rem;
    padding: 0.5em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle:hover {
    border-color: var(--_text);
  }
  .empty {
    margin: 0;
    padding: 0.75em 1em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @container (min-width: 34rem) {
    .list {
      --_x: calc(var(--_dw) + 1.25rem);
    }
    .item {
      display: grid;
      grid-template-columns: var(--_dw) minmax(0, 1fr);
      column-gap: 2.5rem;
      padding-inline-start: 0;
    }
    .date {
      text-align: end;
      padding-block-start: 0.125em;
    }
  }
  @media (forced-colors: active) {
    .item::before,
    .item::after,
    .marked .body {
      border-color: CanvasText;
    }
    .item::after {
      background: Canvas;
    }
    .marked::after {
      background: CanvasText;
    }
    .marked .body {
      border-style: solid;
      border-width: 1px 1px 1px 4px;
    }
    .toggle {
      border-color: ButtonText;
    }
  }
  @media print {
    .item {
      break-inside: avoid;
    }
    .marked .body {
      background: none;
    }
  }
`;
