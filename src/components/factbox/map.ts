/**
 * The locator map of <kuril-factbox>: an inline SVG drawn from the generated Natural Earth path
 * data in `map-data.ts` (see `scripts/make-map.mjs`). No tiles, no network.
 *
 * The map is an image with a text alternative (`role="img"` with `aria-label`: Lit's server renderer cannot bind text inside an SVG `<title>`). Its island
 * shapes and labels are clickable for pointer users, but they are not separate tab stops: the
 * fact box's button list is the keyboard and screen-reader control, and the map mirrors it.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
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

function label(x: number, y: number, anchor: string, text: string, cls: string): SVGTemplateResult {
  // Two names ("Iturup / Etorofu") go on two lines, centred on the label's position.
  const lines = text.split(' / ');
  const first = -((lines.length - 1) * 1.1) / 2;
  return svg`<text class=${cls} x=${x} y=${y} text-anchor=${anchor}>${lines.map(
    (line, i) => svg`<tspan x=${x} dy=${i === 0 ? `${first + 0.35}em` : '1.1em'}>${line}</tspan>`,
  )}</text>`;
}

function scaleBar(lang: Language, units: Units): SVGTemplateResult {
  const value = SCALE[units];
  const km = units === 'metric' ? value : value / MI_PER_KM;
  const length = Math.round(km * UNITS_PER_KM);
  const x1 = MAP_WIDTH - 20;
  const x0 = x1 - length;
  const y = MAP_HEIGHT - 20;
  return svg`<g class="scale">
    <path d="M${x0} ${y - 6}v6h${length}v-6" />
    <text class="scale-label" x=${x1} y=${y - 12} text-anchor="end">${formatScale(value, lang, units)}</text>
  </g>`;
}

/** Renders the locator map as a `<figure part="map">`. */
/**
 * Text with data spans marked by first-strong isolate … pop directional isolate (U+2068 … U+2069),
 * rendered with each span in a `<bdi>` instead: the same visible text, isolated from the sentence.
 */
function isolatedText(text: string): (string | TemplateResult)[] {
  return text.split(/\u2068([^\u2069]*)\u2069/).map((part, i) => (i % 2 ? html`<bdi>${part}</bdi>` : part));
}

export function renderMap(options: MapOptions): TemplateResult {
  const { lang, msg, names, highlighted, units, onPick } = options;
  const islands = ISLAND_IDS.map((id) => {
    const shape = MAP_ISLANDS[id];
    const on = highlighted.includes(id);
    const name = names[id];
    const [x0, y0, x1, y1] = shape.box;
    const small = x1 - x0 < SMALL && y1 - y0 < SMALL;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const r = Math.max(x1 - x0, y1 - y0) / 2 + 9;
    const pick = name ? () => onPick(id) : undefined;
    return svg`<g class="island${on ? ' on' : ''}${name ? ' pickable' : ''}" data-island=${id} @click=${pick ?? nothing}>
      ${small ? svg`<circle class="ring" cx=${cx} cy=${cy} r=${r} />` : nothing}
      <path class="shape" d=${shape.d} />
      ${name ? label(shape.label[0], shape.label[1], shape.anchor, name, 'label') : nothing}
    </g>`;
  });
  return html`<figure class="map" part="map">
    <svg
      viewBox=${`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="img"
      aria-label=${options.label}
      preserveAspectRatio="xMidYMid meet"
    >
      <rect class="sea" width=${MAP_WIDTH} height=${MAP_HEIGHT} />
      <path class="faded" d=${OTHER_PATH} />
      <path class="land" d=${JAPAN_PATH} />
      ${label(MAP_PLACES.hokkaido[0], MAP_PLACES.hokkaido[1], 'middle', msg.places.hokkaido, 'place')}
      ${label(MAP_PLACES.okhotsk[0], MAP_PLACES.okhotsk[1], 'middle', msg.places.okhotsk, 'water')}
      ${label(MAP_PLACES.pacific[0], MAP_PLACES.pacific[1], 'middle', msg.places.pacific, 'water')}
      ${islands} ${scaleBar(lang, units)}
    </svg>
    <figcaption>
      ${options.note ? html`<span class="note">${isolatedText(options.note)}</span>` : nothing}
      <small class="credit">${msg.mapCredit}</small>
    </figcaption>
  </figure>`;
}
