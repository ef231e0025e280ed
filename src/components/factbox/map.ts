/**
 * The locator map of <kuril-factbox>: an inline SVG drawn from the generated Natural Earth path
 * data in `map-data.ts` (see `scripts/make-map.mjs`). No tiles, no network.
 *
 * The map is an image with a text alternative (`role="img"` with `aria-label`: Lit's server renderer cannot bind text inside an SVG `<title>`). Its island
 * shapes and labels are clickable for pointer users, but they are not separate tab stops: the
 * fact box's button list is the keyboard and screen-reader control, and the map mirrors it.
 */
import { html, nothing, svg, unsafeCSS, type CSSResult, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ISLAND_IDS, type IslandId, type Language } from '../../data/schema.js';
import { formatScale, MI_PER_KM, SCALE, type Units } from './format.js';
import { JAPAN_PATH, MAP_HEIGHT, MAP_ISLANDS, MAP_PLACES, MAP_WIDTH, OTHER_PATH, UNITS_PER_KM } from './map-data.js';
import type { FactboxMessages } from './messages.js';

export interface MapOptions {
  lang: Language;
  msg: FactboxMessages;
  /** The islands' display names; islands without one (not in the dataset) are drawn, not labelled. */
  names: Partial<Record<IslandId, string>>;
  /** The islands highlighted. */
  highlighted: readonly IslandId[];
  units: Units;
  /** The map's text alternative. */
  label: string;
  /** A line under the map (distances), or empty. */
  note: string;
  /** Called when the reader clicks an island's shape or label. */
  onPick: (island: IslandId) => void;
}

/** Islands smaller than this (user units, either side) get a ring so they can be found and hit. */
const SMALL = 40;

/** The scale bar's distance from the map's bottom-right corner (user units). */
const SCALE_INSET = 20;

const percent = (value: number, of: number) => `${+((value / of) * 100).toFixed(3)}%`;

/**
 * Where the labels go: one `.at-<key>` rule per island and place, in percentages of the map, from
 * `map-data.ts`. Static CSS in the widget's stylesheet, so no `style` attribute (a strict CSP's
 * `style-src` would block it in pre-rendered HTML).
 */
export const mapLabelStyles: CSSResult = unsafeCSS(
  [
    ...ISLAND_IDS.map((id) => [id, MAP_ISLANDS[id].label] as const),
    ...Object.entries(MAP_PLACES),
  ]
    .map(([key, [x, y]]) => `.at-${key}{left:${percent(x, MAP_WIDTH)};top:${percent(y, MAP_HEIGHT)}}`)
    .join('') +
    `.scale-label{right:${percent(SCALE_INSET, MAP_WIDTH)};bottom:${percent(SCALE_INSET + 10, MAP_HEIGHT)}}`,
);

/**
 * A map label: HTML over the SVG, not SVG `<text>`, so it is set in the widget's own type scale
 * (a scaled SVG font is one more font strike in the page's first layout, for each label style, at
 * a size that changes with the map's width). Its position (`at-<key>`) is in the stylesheet, from
 * `map-data.ts`. Two names ("Iturup / Etorofu") go on two lines, centred on the label's position.
 */
function label(key: string, anchor: string, text: string, cls: string, island?: IslandId, pick?: () => void): TemplateResult {
  return html`<span class="${cls} at-${key} ${anchor}" data-island=${island ?? nothing} @click=${pick ?? nothing}>${text
    .split(' / ')
    .map((line) => html`<span class="line">${line}</span>`)}</span>`;
}

function scaleBar(units: Units): SVGTemplateResult {
  const value = SCALE[units];
  const km = units === 'metric' ? value : value / MI_PER_KM;
  const length = Math.round(km * UNITS_PER_KM);
  const x1 = MAP_WIDTH - SCALE_INSET;
  const x0 = x1 - length;
  const y = MAP_HEIGHT - SCALE_INSET;
  return svg`<path class="scale" d="M${x0} ${y - 6}v6h${length}v-6" />`;
}

/**
 * Text with data spans marked by first-strong isolate … pop directional isolate (U+2068 … U+2069),
 * rendered with each span in a `<bdi>` instead: the same visible text, isolated from the sentence.
 */
function isolatedText(text: string): (string | TemplateResult)[] {
  return text.split(/\u2068([^\u2069]*)\u2069/).map((part, i) => (i % 2 ? html`<bdi>${part}</bdi>` : part));
}

/** Renders the locator map as a `<figure part="map">`: the SVG drawing, its labels over it. */
export function renderMap(options: MapOptions): TemplateResult {
  const { lang, msg, names, highlighted, units, onPick } = options;
  // Each island once: drawn always, labelled (and pickable, shape and label) when it has a name.
  const shown = ISLAND_IDS.map((id) => {
    const name = names[id];
    return { id, name, on: highlighted.includes(id), pick: name ? () => onPick(id) : undefined };
  });
  const islands = shown.map(({ id, name, on, pick }) => {
    const shape = MAP_ISLANDS[id];
    const [x0, y0, x1, y1] = shape.box;
    const small = x1 - x0 < SMALL && y1 - y0 < SMALL;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const r = Math.max(x1 - x0, y1 - y0) / 2 + 9;
    return svg`<g class="island${on ? ' on' : ''}${name ? ' pickable' : ''}" data-island=${id} @click=${pick ?? nothing}>
      ${small ? svg`<circle class="ring" cx=${cx} cy=${cy} r=${r} />` : nothing}
      <path class="shape" d=${shape.d} />
    </g>`;
  });
  const labels = shown.map(({ id, name, on, pick }) =>
    name ? label(id, MAP_ISLANDS[id].anchor, name, `label pickable${on ? ' on' : ''}`, id, pick) : nothing,
  );
  return html`<figure class="map" part="map">
    <div class="canvas">
      <svg
        viewBox=${`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-label=${options.label}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect class="sea" width=${MAP_WIDTH} height=${MAP_HEIGHT} />
        <path class="faded" d=${OTHER_PATH} />
        <path class="land" d=${JAPAN_PATH} />
        ${islands} ${scaleBar(units)}
      </svg>
      <div class="labels" aria-hidden="true">
        ${label('hokkaido', 'middle', msg.places.hokkaido, 'place')}
        ${label('okhotsk', 'middle', msg.places.okhotsk, 'water')}
        ${label('pacific', 'middle', msg.places.pacific, 'water')} ${labels}
        <span class="scale-label">${formatScale(SCALE[units], lang, units)}</span>
      </div>
    </div>
    <figcaption>
      ${options.note ? html`<span class="note">${isolatedText(options.note)}</span>` : nothing}
      <small class="credit">${msg.mapCredit}</small>
    </figcaption>
  </figure>`;
}
