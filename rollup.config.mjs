// The self-contained CDN bundle: one <script type="module" src=".../dist/cdn/kuril-widgets.js">
// registers all three elements. Lit, date-fns and the English data are inside; the Japanese and
// Russian text (with their date-fns locales) and the publisher-dataset validator are separate
// chunks that load only when a widget needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export default {
  input: { 'kuril-widgets': 'src/index.ts' },
  // Let rollup merge shared modules into the entry itself instead of a facade + chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
