// The self-contained CDN bundle: one <script type="module" src=".../dist/cdn/kuril-widgets.js">
// registers all three elements. Lit and the English data are inside (dates are formatted with
// Intl); the Japanese and Russian text and the publisher-dataset validator are separate chunks that
// load only when a widget needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Minifies the CSS inside Lit's css`` literals (comments and runs of white space), which terser
 * leaves alone. Conservative: it only removes comments, collapses white space to one space and
 * drops spaces next to braces, semicolons and commas; `${…}` interpolations are kept as they are.
 */
function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
      return { code: out, map: null };
    },
  };
}

export default {
  input: { 'kuril-widgets': 'src/index.ts' },
  // Let rollup merge shared modules into the entry itself instead of a facade + chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Chunks are named by what they hold: `ja`/`ru` (dataset text), `load` (the publisher-dataset validator).
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyCssLiterals(),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
