// npm start: build, then serve the demo on 127.0.0.1 and print its URL.
// The CDN page needs only static files; the npm page (demo/npm.html) imports bare specifiers
// ('lit', 'date-fns/...'), which the dev server resolves from node_modules as a bundler would.
import { startDevServer } from '@web/dev-server';
import { run } from './run.mjs';

const skipBuild = process.argv.includes('--no-build');
if (!skipBuild) {
  const { code } = await run('node', ['scripts/build.mjs']);
  if (code !== 0) process.exit(code);
}

const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port, nodeResolve: true, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
console.log(`\nkuril-widgets demo article (CDN bundle): ${url}/demo/`);
console.log(`same article through the npm modules:    ${url}/demo/npm.html`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}
