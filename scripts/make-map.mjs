// Generates src/components/factbox/map-data.ts: the SVG path data of <kuril-factbox>'s locator map
// (Hokkaido, the four disputed islands, the rest of the Kuril chain and southern Sakhalin), from
// Natural Earth 1:10m geometry as redistributed by the `world-atlas` package (TopoJSON).
//
//   node scripts/make-map.mjs          writes the module
//   node scripts/make-map.mjs --check  exits 1 when the module in the repo is out of date
//
// Why two files of world-atlas: `countries-10m.json` holds Russia's and Japan's multipolygons, but
// at 1:10m its admin-0 layer keeps only the largest Habomai islet; `land-10m.json` (same Natural
// Earth 4.1.0 coastlines) also has four of the smaller islets. So the shapes come from land-10m, and
// each land polygon is assigned by where its centroid lies: inside one of the four island boxes
// below → that island; inside Japan's country polygon → Japanese land (drawn normally); anything
// else (Urup and the rest of the Kuril chain, Sakhalin) → drawn faded. Polygons whose centroid is
// in Hokkaido's box count as Japanese land too (the Notsuke spit's centroid lies in water).
//
// The projection is an equal-area conic fitted to the window, so the islands' sizes on the map
// compare truthfully. Rings are clipped to the window, simplified (Douglas–Peucker), rounded to
// whole units and written as relative path commands to keep the bundle small.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoCentroid, geoConicEqualArea, geoContains, geoDistance, geoPath } from 'd3-geo';

const OUT = fileURLToPath(new URL('../src/components/factbox/map-data.ts', import.meta.url));
const atlas = (name) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../node_modules/world-atlas/${name}.json`, import.meta.url)), 'utf8'));

/** The window shown, in degrees: Hokkaido's east, the four islands, the chain's start. */
const WINDOW = { west: 140.5, east: 149.5, south: 41.3, north: 46.2 };
/** Width of the SVG viewBox, in user units; the height follows from the projection. */
const WIDTH = 640;
/** Douglas–Peucker tolerance, in user units, for ordinary land and for the disputed islands. */
const TOLERANCE = { land: 0.9, island: 0.45 };
/** Land rings smaller than this (square user units) are dropped, except the disputed islands'. */
const MIN_AREA = 4;

/** Boxes (lon/lat) that hold each disputed island's polygons, by centroid. */
const ISLAND_BOXES = {
  iturup: [146.8, 44.3, 149.0, 45.7],
  kunashir: [145.3, 43.9, 146.7, 44.6],
  shikotan: [146.5, 43.65, 147.0, 43.95],
  habomai: [145.45, 43.3, 146.45, 43.7],
};
/** Hokkaido and its offshore islets (lon/lat), south of Sakhalin and west of the disputed islands. */
const HOKKAIDO_BOX = [139.0, 41.3, 145.5, 45.7];
/**
 * Where each island's label goes, relative to the island's projected centroid (user units), and
 * its anchor. Placement is editorial; shapes are not.
 */
const LABELS = {
  iturup: { dx: -40, dy: -30, anchor: 'end' },
  kunashir: { dx: -34, dy: -34, anchor: 'end' },
  shikotan: { dx: 6, dy: 28, anchor: 'start' },
  habomai: { dx: 6, dy: 40, anchor: 'middle' },
};
/** Other labels, at a lon/lat. */
const PLACES = {
  hokkaido: [142.6, 43.6],
  okhotsk: [142.6, 46.03],
  pacific: [146.9, 42.45],
};

const countries = atlas('countries-10m');
const land = atlas('land-10m');
const japan = feature(countries, countries.objects.countries).features.find((f) => f.properties.name === 'Japan');
if (!japan) throw new Error('make-map: Japan is missing from countries-10m.json');

const { west, east, south, north } = WINDOW;
const frame = {
  type: 'Polygon',
  coordinates: [
    [
      ...Array.from({ length: 19 }, (_, i) => [west + ((east - west) * i) / 18, south]),
      ...Array.from({ length: 19 }, (_, i) => [east - ((east - west) * i) / 18, north]),
      [west, south],
    ],
  ],
};
const projection = geoConicEqualArea()
  .parallels([42.5, 45.5])
  .rotate([-(west + east) / 2, 0])
  .center([0, (south + north) / 2])
  .precision(0.1)
  .fitWidth(WIDTH, { type: 'MultiPoint', coordinates: frame.coordinates[0] });
const [[, y0], [, y1]] = geoPath(projection).bounds({ type: 'MultiPoint', coordinates: frame.coordinates[0] });
const HEIGHT = Math.round(y1 - y0);
projection.translate([projection.translate()[0], projection.translate()[1] - y0]).clipExtent([
  [0, 0],
  [WIDTH, HEIGHT],
]);

/** Projected, clipped rings of a GeoJSON geometry. */
function rings(geometry) {
  const out = [];
  let ring;
  const context = {
    moveTo(x, y) {
      ring = [[x, y]];
      out.push(ring);
    },
    lineTo(x, y) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  geoPath(projection, context)(geometry);
  return out;
}

function area(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  return Math.abs(sum / 2);
}

/** Douglas–Peucker on an open list of points. */
function simplify(points, tolerance) {
  if (points.length <= 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let max = 0;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (max > tolerance && index > 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Path data of rings: `M x y` then relative `l` steps in whole units, `z`. */
function pathData(list, tolerance, keepSmall) {
  let d = '';
  for (const raw of list) {
    if (!keepSmall && area(raw) < MIN_AREA) continue;
    // Simplify as a closed ring: split at the point farthest from the first.
    const first = raw[0];
    let far = 0;
    raw.forEach((p, i) => {
      if (Math.hypot(p[0] - first[0], p[1] - first[1]) > Math.hypot(raw[far][0] - first[0], raw[far][1] - first[1])) far = i;
    });
    const simplified = [...simplify(raw.slice(0, far + 1), tolerance), ...simplify(raw.slice(far), tolerance).slice(1)];
    const points = simplified.map(([x, y]) => [Math.round(x), Math.round(y)]);
    const unique = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
    while (unique.length > 1 && unique.at(-1)[0] === unique[0][0] && unique.at(-1)[1] === unique[0][1]) unique.pop();
    if (unique.length < 3) {
      if (!keepSmall) continue;
      // A tiny islet: keep a visible triangle rather than nothing.
      const [x, y] = unique[0];
      d += `M${x} ${y}l1 0 0 1z`;
      continue;
    }
    d += `M${unique[0][0]} ${unique[0][1]}l`;
    const steps = [];
    for (let i = 1; i < unique.length; i++) steps.push(`${unique[i][0] - unique[i - 1][0]} ${unique[i][1] - unique[i - 1][1]}`);
    d += `${steps.join(' ')}z`.replace(/ -/g, '-');
  }
  return d;
}

const inBox = ([lon, lat], [w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n;

const groups = { japan: [], other: [], iturup: [], kunashir: [], shikotan: [], habomai: [] };
const landFeature = feature(land, land.objects.land);
const polygons = (landFeature.features ?? [landFeature]).flatMap((f) =>
  f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates],
);
const centre = [(west + east) / 2, (south + north) / 2];
for (const coordinates of polygons) {
  const polygon = { type: 'Polygon', coordinates };
  const centroid = geoCentroid(polygon);
  // Far-off polygons (Eurasia's huge one would wrap around the planar clip and fill the window) are
  // skipped; 20° still keeps Honshu, whose northern tip is in the window.
  if (geoDistance(centroid, centre) > (20 * Math.PI) / 180) continue;
  const projected = rings(polygon);
  if (projected.length === 0) continue;
  const island = Object.keys(ISLAND_BOXES).find((id) => inBox(centroid, ISLAND_BOXES[id]));
  if (island) groups[island].push(polygon);
  // Hokkaido's spits and islets whose centroid falls in water (the Notsuke spit) count as Japan's.
  else if (geoContains(japan, centroid) || inBox(centroid, HOKKAIDO_BOX)) groups.japan.push(polygon);
  else groups.other.push(polygon);
}
for (const id of Object.keys(ISLAND_BOXES)) {
  if (groups[id].length === 0) throw new Error(`make-map: no polygon found for ${id}`);
}

const round1 = (n) => Math.round(n * 10) / 10;
const project = (lonLat) => projection(lonLat).map(Math.round);
const islands = {};
for (const id of Object.keys(ISLAND_BOXES)) {
  const geometry = { type: 'MultiPolygon', coordinates: groups[id].map((p) => p.coordinates) };
  const all = groups[id].flatMap((p) => rings(p));
  const xs = all.flat().map((p) => p[0]);
  const ys = all.flat().map((p) => p[1]);
  const box = [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys)), Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))];
  const [cx, cy] = project(geoCentroid(geometry));
  const label = LABELS[id];
  islands[id] = {
    d: pathData(all, TOLERANCE.island, true),
    box,
    label: [cx + label.dx, cy + label.dy],
    anchor: label.anchor,
    polygons: groups[id].length,
  };
}
const japanRings = groups.japan.flatMap((p) => rings(p));
const otherRings = groups.other.flatMap((p) => rings(p));

// User units per kilometre at the window's centre, east–west and north–south averaged.
const mid = centre;
const R = 6371.0088;
const step = 0.5;
const ew = [mid[0] + step, mid[1]];
const ns = [mid[0], mid[1] + step];
const perKm = (a, b) => Math.hypot(...projection(a).map((v, i) => v - projection(b)[i])) / (geoDistance(a, b) * R);
const unitsPerKm = round1(((perKm(mid, ew) + perKm(mid, ns)) / 2) * 1000) / 1000;

const world = JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/world-atlas/package.json', import.meta.url)), 'utf8'));
const lines = [
  '// Generated by scripts/make-map.mjs — do not edit by hand; run `node scripts/make-map.mjs`.',
  `// Map data: Natural Earth 1:10m land and admin-0 countries (public domain), version 4.1.0, from`,
  `// the npm package world-atlas ${world.version}. Equal-area conic projection fitted to`,
  `// lon ${west}–${east}°E, lat ${south}–${north}°N; coordinates in SVG user units.`,
  `// At 1:10m Natural Earth has ${islands.habomai.polygons} of the Habomai islets (the largest ones).`,
  '',
  '/** Width and height of the map\'s viewBox. */',
  `export const MAP_WIDTH = ${WIDTH};`,
  `export const MAP_HEIGHT = ${HEIGHT};`,
  '/** SVG user units per kilometre at the map\'s centre (for the scale bar). */',
  `export const UNITS_PER_KM = ${unitsPerKm};`,
  '/** Japanese land outside the dispute: Hokkaido (and the tip of Honshu). */',
  `export const JAPAN_PATH = '${pathData(japanRings, TOLERANCE.land, false)}';`,
  '/** Other land, drawn faded: Urup and the Kuril chain beyond, southern Sakhalin. */',
  `export const OTHER_PATH = '${pathData(otherRings, TOLERANCE.land, false)}';`,
  '',
  '/** One disputed island (or island group): outline, bounding box, label position and anchor. */',
  'export interface MapIsland {',
  '  d: string;',
  '  box: readonly [number, number, number, number];',
  '  label: readonly [number, number];',
  "  anchor: 'start' | 'middle' | 'end';",
  '}',
  '',
  '/** The four disputed islands, in the order of ISLAND_IDS. */',
  'export const MAP_ISLANDS = {',
  ...Object.entries(islands).map(
    ([id, i]) =>
      `  ${id}: { d: '${i.d}', box: [${i.box.join(', ')}], label: [${i.label.join(', ')}], anchor: '${i.anchor}' },`,
  ),
  '} as const satisfies Record<string, MapIsland>;',
  '',
  '/** Label positions of places that are not disputed. */',
  'export const MAP_PLACES = {',
  ...Object.entries(PLACES).map(([id, lonLat]) => `  ${id}: [${project(lonLat).join(', ')}],`),
  '} as const;',
  '',
];
const text = lines.join('\n');

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing: out of date
  }
  if (current !== text) {
    console.error('make-map: src/components/factbox/map-data.ts is out of date; run node scripts/make-map.mjs');
    process.exit(1);
  }
  console.log('make-map: map-data.ts is up to date');
} else {
  writeFileSync(OUT, text);
  const sizes = Object.fromEntries(Object.entries(islands).map(([id, i]) => [id, `${i.polygons} polygon(s), ${i.d.length} B`]));
  console.log(`make-map: wrote ${OUT} (${text.length} bytes, ${WIDTH}×${HEIGHT}, ${unitsPerKm} units/km)`, sizes);
}
