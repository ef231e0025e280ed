import { css } from 'lit';

/** Styles of <kuril-claims>, on top of the shared base styles. */
export const claimsStyles = css`
  .claims {
    --_gap: var(--kuril-claims-gap, var(--_space));
  }
  .claims :is(h2, h3, h4, h5, h6) {
    text-wrap: balance;
    word-break: auto-phrase;
  }
  .lede {
    margin: 0 0 var(--_gap);
    font-size: 0.875em;
  }
  /* Until the browser is idle after the first render, off-screen topics skip layout and paint. */
  .defer .topic {
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  .topic + .topic {
    margin-top: calc(var(--_gap) * 1.5);
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  .topic > .h1 {
    font-size: 1em;
  }
  .sides {
    display: grid;
    gap: var(--_gap);
    align-items: start;
  }
  .layout-columns .sides.pair {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  @container (min-width: 36rem) {
    .layout-auto .sides.pair {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .side {
    min-width: 0;
  }
  .sides + .side,
  .side + .side {
    margin-top: var(--_gap);
  }
  .sides > .side {
    margin: 0;
  }
  .side > :is(h2, h3, h4, h5, h6) {
    display: flex;
    align-items: baseline;
    font-size: 1em;
    padding-bottom: 0.25em;
    border-bottom: 3px solid var(--_party);
  }
  .party-japan {
    --_party: var(--kuril-claims-japan, var(--_japan));
  }
  .party-russia {
    --_party: var(--kuril-claims-russia, var(--_russia));
  }
  .party-both {
    --_party: var(--kuril-claims-both, var(--_both));
  }
  .party-other {
    --_party: var(--kuril-claims-other, var(--_other));
  }
  /* The party's shape: circle (Japan), square (Russia), diamond (both), triangle (analysts). */
  .marker {
    display: inline-block;
    flex: none;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.4em;
    background: var(--_party);
    print-color-adjust: exact;
  }
  .party-japan .marker {
    border-radius: 50%;
  }
  .party-both .marker {
    transform: rotate(45deg) scale(0.8);
  }
  .party-other .marker {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .list {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .side:not(.open) .extra {
    display: none;
  }
  .claim {
    padding: 0.625em 0.75em;
    background: var(--kuril-claims-card-bg, var(--_surface));
    border-inline-start: 4px solid var(--_party);
    border-radius: var(--_radius);
  }
  .claim:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .claim p,
  .none {
    margin: 0.375em 0 0;
  }
  .claim .meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-size: 0.875em;
  }
  time,
  .role,
  .links,
  figcaption {
    color: var(--_muted);
  }
  .links,
  figcaption {
    font-size: 0.875em;
  }
  .quote {
    margin: 0.5em 0 0;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 2px solid var(--_border);
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  .claim blockquote p {
    margin: 0;
  }
  .quote-translation .label {
    color: var(--_muted);
  }
  figcaption {
    margin-top: 0.25em;
  }
  cite {
    font-style: normal;
  }
  .toggle {
    margin-top: 0.5em;
  }
  /* The compact view: each topic's heading is a button (a native summary without script). */
  .brief .topic + .topic {
    margin-top: 0;
    padding-top: 0;
  }
  .brief-topic {
    border-bottom: 1px solid var(--_border);
  }
  .brief-topic:first-of-type {
    border-top: 1px solid var(--_border);
  }
  .brief-topic > .h1 {
    margin: 0;
    font-size: 1em;
  }
  .brief-topic .h1 {
    text-wrap: wrap;
  }
  .topic-toggle,
  .topic-summary {
    display: flex;
    align-items: baseline;
    gap: 0 0.5em;
    width: 100%;
    padding: 0.4em 0.25em;
    line-height: 1.3;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .topic-summary {
    list-style: none;
    font-size: 1em;
    font-weight: bold;
  }
  .topic-summary::-webkit-details-marker {
    display: none;
  }
  .topic-summary > .h1 {
    margin: 0;
    font-size: inherit;
  }
  .topic-toggle::before,
  .topic-summary::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.15em) rotate(-45deg);
    transition: transform 0.15s;
  }
  .topic-toggle[aria-expanded='true']::before,
  details[open] > .topic-summary::before {
    transform: translateY(-0.3em) rotate(45deg);
  }
  .topic-toggle:hover .topic-name,
  .topic-summary:hover .topic-name {
    text-decoration: underline;
  }
  .topic-toggle:focus-visible,
  .topic-summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .topic-label {
    min-width: 0;
  }
  .count {
    margin-inline-start: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
    white-space: nowrap;
  }
  /* The key positions of the compact view: the same cards, a little tighter. */
  .brief .claim {
    padding: 0.5em 0.625em;
  }
  .brief .claim p {
    margin-top: 0.25em;
  }
  .brief .claim .meta {
    margin: 0;
  }
  .brief .toggle {
    margin-top: 0.375em;
  }
  .topic-body {
    padding-bottom: calc(var(--_gap) * 0.75);
  }
  .topic-body[hidden] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .topic-toggle::before,
    .topic-summary::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .marker {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .claim {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media print {
    .side .extra {
      display: block !important;
    }
    /* Pre-rendered without script: every topic prints open. */
    details.brief-topic::details-content {
      content-visibility: visible;
      display: contents;
    }
    .topic-summary::before {
      display: none;
    }
    .topic {
      content-visibility: visible;
    }
    .claim {
      background: none;
      break-inside: avoid;
    }
  }
`;
