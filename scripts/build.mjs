// npm run build: unbundled ES modules + .d.ts + source maps (tsc), the CDN bundle (rollup),
// the iframe embed (dist/cdn/embed.html, embed-resizer.js), custom-elements.json (CEM analyzer),
// the dataset's JSON Schema, the framework entry points generated from the manifest
// (scripts/build-frameworks.mjs) and the pre-rendered demo.
import { rmSync, existsSync } from 'node:fs';
import { bin, run } from './run.mjs';

const steps = [
  ['tsc', [bin('tsc'), '-p', 'tsconfig.json']],
  ['rollup', [bin('rollup'), '-c', 'rollup.config.mjs', '--silent']],
  ['iframe embed', ['node', 'scripts/build-embed.mjs']],
  ['manifest', [bin('cem'), 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']],
];
if (existsSync('scripts/build-schema.mjs')) steps.push(['schema', ['node', 'scripts/build-schema.mjs']]);
// kuril-widgets/react.js and the JSX, Vue and Svelte types, generated from the manifest above.
steps.push(['framework entry points', ['node', 'scripts/build-frameworks.mjs']]);
steps.push(['cli', ['chmod', '+x', 'dist/cli.js']]);
steps.push(['pre-rendered demo', ['node', 'scripts/prerender-demo.mjs']]);

rmSync('dist', { recursive: true, force: true });
for (const [name, [cmd, ...args]] of steps) {
  const started = Date.now();
  const { code } = await run(cmd, args);
  if (code !== 0) {
    console.error(`build: ${name} failed (exit ${code})`);
    process.exit(code);
  }
  console.log(`build: ${name} done in ${Date.now() - started} ms`);
}
