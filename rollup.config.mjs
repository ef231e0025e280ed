// The CDN build: one <script type="module" src=".../dist/cdn/kuril-widgets.js"> is a small loader
// (src/loader.ts) that imports the chunk of each widget on the page. A widget's chunk holds its
// code and its English data (dates are formatted with Intl); Lit and the base class are a shared
// chunk; the Japanese and Russian text (per section) and the publisher-dataset validator are
// separate chunks that load only when a widget needs them. A page with all three widgets gets one
// bundle of all three instead (src/cdn-all.ts, a build of its own in dist/cdn/all/).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { build as esbuildBuild } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Minifies the CSS inside Lit's css`` literals and unsafeCSS(`…`) template literals (comments and
 * runs of white space), which terser leaves alone. Conservative: it only removes comments,
 * collapses white space to one space and drops spaces next to braces, semicolons and commas, and
 * after a declaration's colon; `${…}` interpolations are kept as they are.
 */
function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/css`|unsafeCSS\(`/.test(code)) return null;
      const out = code.replace(/(css`|unsafeCSS\(`)([^`]*)`/g, (_, opening, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim()
          // The space after a declaration's colon (`{color: red` → `{color:red`): only where a
          // property name follows `{`, `;` or the start, so selectors (`a :hover`) are untouched.
          .replace(/(^|[{;])(--[\w-]+|-?[a-z][\w-]*):\s+/gi, '$1$2:');
        return `${opening}${min}\``;
      });
      return { code: out, map: null };
    },
  };
}

/**
 * The Japanese or Russian text a module holds, by language and part: a section of the dataset's
 * text (`src/data/translations/ja/events.ts` → `ja`, `events`) or interface strings
 * (`src/i18n/ja/timeline.ts` → `ja`, `ui-timeline`); `undefined` for any other module. It names
 * both the chunk (`ja-ui-timeline-….js`) and the loader's preload key (`ja:ui-timeline`).
 */
function textPart(id) {
  const section = /\/src\/data\/translations\/(\w+)\/(\w+)\.ts$/.exec(id);
  if (section) return { lang: section[1], name: section[2] };
  const ui = /\/src\/i18n\/(\w+)\/(\w+)\.ts$/.exec(id);
  if (ui) return { lang: ui[1], name: `ui-${ui[2]}` };
  return undefined;
}

/**
 * Replaces each widget's `data-first.ts` (the data its compact default view shows, computed from
 * the dataset's sections) with its value, computed here at build time: the widget's chunk then
 * carries only that data, not the sections it was picked from (those load with `data-full.ts`).
 */
function prebuiltData() {
  /** The exports of a module, bundled and evaluated here. */
  const evaluate = async (id) => {
    const built = await esbuildBuild({ entryPoints: [id], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    return import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  };
  const metaId = fileURLToPath(new URL('./src/data/bundled/meta.ts', import.meta.url));
  /** The bundled meta, evaluated once for every tier that names it. */
  let bundledMeta;
  return {
    name: 'kuril-prebuilt-data',
    async load(id) {
      if (!/[\\/]src[\\/]components[\\/]\w+[\\/]data-first\.ts$/.test(id)) return null;
      const module = await evaluate(id);
      const { meta } = await (bundledMeta ??= evaluate(metaId));
      const lines = [`import { meta } from ${JSON.stringify(metaId)};`];
      for (const [name, value] of Object.entries(module)) {
        // A function export (computed on first use in the npm build) becomes a function returning
        // its precomputed result.
        if (typeof value === 'function') {
          lines.push(`export const ${name} = () => JSON.parse(${JSON.stringify(JSON.stringify(value()))});`);
        } else if (value && typeof value === 'object' && 'meta' in value) {
          // A tier's meta is the bundled one, which the shared chunk has: the same object, not a
          // copy in every widget's chunk (kept in its place among the keys).
          if (JSON.stringify(value.meta) !== JSON.stringify(meta)) this.error(`${id}: ${name}.meta is not the bundled meta`);
          lines.push(`export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify({ ...value, meta: 0 }))});`, `${name}.meta = meta;`);
        } else {
          lines.push(`export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`);
        }
      }
      return { code: lines.join('\n'), map: { mappings: '' } };
    },
  };
}

/** A widget's CDN chunk (src/cdn-timeline.ts, which the loader imports): its name (`timeline`), else undefined. */
const widgetOf = (chunk) => /\/src\/cdn-(timeline|claims|factbox)\.ts$/.exec((chunk.facadeModuleId ?? '').replaceAll('\\', '/'))?.[1];

/** True for the shared chunk: Lit and the base class, which every widget's chunk imports. */
const isSharedChunk = (chunk) => chunk.moduleIds.some((m) => m.replaceAll('\\', '/').endsWith('/src/components/base/kuril-element.ts'));

/** The files the loader preloads for the all-widgets bundle, filled by its build (which runs first). */
const allBundle = { entry: '', deps: [], text: {} };

/** The chunks of a build by file name, and the files a chunk imports, itself included (transitively). */
function imports(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const dep of byName.get(file)?.imports ?? []) closure(dep, seen);
    return seen;
  };
  // The Japanese and Russian text chunks, by `lang:part`: each chunk, and what it imports (the
  // Russian interface text imports the plural rules).
  const text = {};
  for (const chunk of chunks) {
    const part = textPart((chunk.facadeModuleId ?? '').replaceAll('\\', '/'));
    // (Not the build's entry, which has loaded by then.)
    if (part) text[`${part.lang}:${part.name}`] = [...closure(chunk.fileName)].filter((file) => !byName.get(file).isEntry);
  }
  // The code that applies a translation (data/localize.ts) is not in the shared chunk, since an
  // English page never runs it: every widget imports it with its Japanese or Russian text, so it
  // comes with the interface text every widget loads (`ui-base`), preloaded alike.
  const localize = chunks.find((c) => (c.facadeModuleId ?? '').replaceAll('\\', '/').endsWith('/src/data/localize.ts'));
  if (localize) {
    // (Not the shared chunk it imports from, which every widget has loaded.)
    const shared = (f) => byName.get(f).isEntry || isSharedChunk(byName.get(f));
    const files = [...closure(localize.fileName)].filter((f) => !shared(f));
    for (const key of Object.keys(text)) if (key.endsWith(':ui-base')) text[key].push(...files.filter((f) => !text[key].includes(f)));
  }
  return { chunks, closure, text };
}

/** Paths relative to chunks/ (the loader adds it back), to keep the loader small. */
const rel = (file) => file.replace(/^chunks\//, '');
/**
 * A text chunk's files, for the loader's map: the chunk by its hash alone (its name is
 * `<lang>-<part>-<hash>.js`, which the loader puts back together from the key), and after it the
 * files it imports (relative to chunks/), if any.
 */
function relText(key, files, error) {
  const [chunk, ...rest] = files.map(rel);
  const hash = new RegExp(`^${key.replace(':', '-')}-([\\w-]{8})\\.js$`).exec(chunk)?.[1];
  if (!hash) error(`preload map: text chunk ${chunk} is not named after ${key}`);
  return rest.length ? [hash, ...rest] : hash;
}

/** Records what the all-widgets bundle imports, for the loader's preload map. */
function allBundleMap() {
  return {
    name: 'kuril-all-bundle-map',
    buildStart() {
      // Nothing left from an earlier build (watch mode): the loader's build checks it was filled.
      Object.assign(allBundle, { entry: '', deps: [], text: {} });
    },
    generateBundle(_options, bundle) {
      const { chunks, closure, text } = imports(bundle);
      const entry = chunks.find((c) => c.isEntry);
      allBundle.entry = entry.fileName;
      allBundle.deps = [...closure(entry.fileName)].filter((file) => file !== entry.fileName).map(rel);
      allBundle.text = Object.fromEntries(Object.entries(text).map(([key, files]) => [key, relText(key, files, (m) => this.error(m))]));
    },
  };
}

/**
 * Tells the loader what to preload: for each widget, its chunk and every chunk that chunk imports
 * (transitively), and the file of each Japanese and Russian text section; the same for the
 * all-widgets bundle. Declared as a constant at the top of the loader, so all of a widget's files
 * start downloading at once.
 */
function preloadMap() {
  return {
    name: 'kuril-preload-map',
    generateBundle(_options, bundle) {
      const { chunks, closure, text } = imports(bundle);
      const deps = {};
      for (const chunk of chunks) {
        const widget = widgetOf(chunk);
        if (widget) deps[`kuril-${widget}`] = [...closure(chunk.fileName)];
      }
      const loader = chunks.find((c) => c.isEntry);
      for (const tag of Object.keys(deps)) deps[tag] = deps[tag].filter((file) => file !== loader.fileName).map(rel);
      if (Object.keys(deps).length !== 3) this.error(`preload map: expected 3 widget chunks, found ${Object.keys(deps).join(', ')}`);
      if (!allBundle.entry) this.error('preload map: the all-widgets bundle was not built first');
      for (const key of Object.keys(text)) text[key] = relText(key, text[key], (m) => this.error(m));
      const keys = (o) => Object.keys(o).sort().join(' ');
      if (keys(text) !== keys(allBundle.text)) this.error(`preload map: the two builds' text chunks differ: ${keys(text)} / ${keys(allBundle.text)}`);
      loader.code = `const __KURIL_PRELOAD__=${JSON.stringify({ deps, text, all: allBundle })};${loader.code}`;
    },
  };
}

/**
 * Marks the chunks whose code runs as a widget first renders (the shared chunk of Lit and the base
 * class, each widget's chunk, the bundle of all three) with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chrome 136 on): V8 then compiles all their functions as the file
 * streams in, on a background thread, instead of each on the main thread the first time it runs.
 * Other engines read a comment. Not the loader, which is small, nor the chunks that load later.
 */
function compileHints() {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  // (The bundle of all three is its build's entry.)
  const runsAtLoad = (chunk) => isSharedChunk(chunk) || Boolean(widgetOf(chunk)) || chunk.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/cdn-all.ts');
  return {
    name: 'kuril-compile-hints',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !runsAtLoad(chunk)) continue;
        chunk.code = HINT + chunk.code;
        // The source map's lines move down by one (the map is an asset of its own by now).
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type !== 'asset') this.error(`compile hints: no source map for ${chunk.fileName}`);
        const json = JSON.parse(String(map.source));
        map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
      }
    },
  };
}

/** A CDN build: chunks named by what they hold, the data of first tiers computed at build time. */
function cdnBuild(input, dir, mapPlugin, entryFileNames = '[name].js') {
  return {
    input,
    // Let rollup merge shared modules into the entry itself instead of a facade + chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir,
      format: 'es',
      entryFileNames,
      // Chunks are named by what they hold: `ja`/`ru` (dataset text), `load` (the publisher-dataset validator).
      chunkFileNames: (chunk) => {
        // Text chunks by language and part (`ja-events`, `ja-ui-timeline`), the rest by what they hold.
        const part = textPart((chunk.facadeModuleId ?? '').replaceAll('\\', '/'));
        if (part) return `chunks/${part.lang}-${part.name}-[hash].js`;
        // The shared chunk (Lit and the base class) by what it is, whichever module rollup names it after.
        if (isSharedChunk(chunk)) return 'chunks/kuril-element-[hash].js';
        // A widget's chunk by its tag.
        const widget = widgetOf(chunk);
        if (widget) return `chunks/kuril-${widget}-[hash].js`;
        return 'chunks/[name]-[hash].js';
      },
      sourcemap: true,
    },
    plugins: [
      prebuiltData(),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyCssLiterals(),
      esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
      mapPlugin,
      compileHints(),
      terser({
        ecma: 2021,
        module: true,
        compress: { passes: 2 },
        format: { comments: false },
      }),
    ],
  };
}

// The all-widgets bundle first (the loader's preload map lists its files), then the loader with
// the per-widget chunks.
export default [
  // Its entry's name is hashed like a chunk's (only the loader's map names it).
  cdnBuild({ 'kuril-widgets-all': 'src/cdn-all.ts' }, 'dist/cdn/all', allBundleMap(), '[name]-[hash].js'),
  cdnBuild({ 'kuril-widgets': 'src/loader.ts' }, 'dist/cdn', preloadMap()),
];
