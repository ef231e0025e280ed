// What each size check measures, shared by the size report (scripts/size.mjs) and size-limit
// (.size-limit.mjs), so both count the same files: the CDN loader; each page (the loader plus the
// files it preloads for the widgets on it, read from the preload map the build writes at the top of
// the loader, and for a Japanese or Russian page that language's text chunks; a page with all three
// widgets loads their one bundle, dist/cdn/all/); every lazy chunk;
// and each npm entry point's bundle (written to dist/size/ by the size report).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CDN_DIR = 'dist/cdn';
const ALL = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'];

/** Where the size report writes an npm entry's bundle (`npm ./data.js` → dist/size/npm-data.js.js). */
export const npmBundleFile = (name) => `dist/size/npm-${name.replace(/^npm /, '').replace(/^\.\/?/, '').replace(/[^\w.-]+/g, '_') || 'index'}.js`;

/**
 * The preload map of the built loader: `{ deps: { tag: [files] }, text: { 'lang:section': file or
 * [files] }, all: { entry, deps, text } }` (the all-widgets bundle's).
 */
export function preloadMap(dir = CDN_DIR) {
  const loader = readFileSync(join(dir, 'kuril-widgets.js'), 'utf8');
  const json = /^const __KURIL_PRELOAD__=(\{.*?\});/.exec(loader)?.[1];
  if (!json) throw new Error(`${dir}/kuril-widgets.js has no preload map: run npm run build`);
  return JSON.parse(json);
}

/** The files of a map's text chunks in `langs` (the chunk, named by its key and hash, then what it imports), under `dir`. */
const textFiles = (text, langs, dir) =>
  Object.entries(text ?? {})
    .filter(([key]) => langs.some((lang) => key.startsWith(`${lang}:`)))
    .flatMap(([key, value]) => {
      const [hash, ...rest] = [value].flat();
      return [`${key.replace(':', '-')}-${hash}.js`, ...rest].map((file) => `${dir}${file}`);
    });

/** The CDN checks: `{ name, files }`, files relative to the project. */
export function cdnChecks(dir = CDN_DIR) {
  const preload = preloadMap(dir);
  const checks = [{ name: 'cdn loader', files: [join(dir, 'kuril-widgets.js')] }];
  const page = (name, tags, langs = []) => {
    const files = new Set(['kuril-widgets.js']);
    for (const tag of tags) {
      const deps = preload.deps[tag];
      if (!deps?.length) throw new Error(`the preload map has no files for <${tag}>`);
      // The map's paths are relative to chunks/.
      for (const file of deps) files.add(`chunks/${file}`);
    }
    for (const file of textFiles(preload.text, langs, 'chunks/')) files.add(file);
    checks.push({ name, files: [...files].map((f) => join(dir, f)) });
  };
  for (const tag of ALL) page(`cdn page: one ${tag}`, [tag]);
  // All three: the loader imports their one bundle and preloads what it imports (paths relative to all/chunks/).
  const allPage = (name, langs = []) => {
    const { all } = preload;
    if (!all?.entry) throw new Error('the preload map has no all-widgets bundle');
    const files = new Set(['kuril-widgets.js', `all/${all.entry}`, ...all.deps.map((f) => `all/chunks/${f}`), ...textFiles(all.text, langs, 'all/chunks/')]);
    checks.push({ name, files: [...files].map((f) => join(dir, f)) });
  };
  allPage('cdn page: all three widgets');
  allPage('cdn page: all three widgets, ja', ['ja']);
  allPage('cdn page: all three widgets, ru', ['ru']);
  for (const chunk of readdirSync(join(dir, 'chunks')).filter((f) => f.endsWith('.js')).sort()) {
    checks.push({ name: `cdn chunk ${chunk.replace(/-[A-Za-z0-9_-]{8}\.js$/, '')}`, files: [join(dir, 'chunks', chunk)] });
  }
  for (const check of checks) for (const file of check.files) if (!existsSync(file)) throw new Error(`${check.name}: ${file} is missing`);
  return checks;
}
