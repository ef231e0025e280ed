// npm start: build, then serve the demo on 127.0.0.1 (only) and print its URL.
// demo/index.html loads the CDN bundle with one tag; demo/npm.html loads the npm package's
// unbundled modules, with an import map for the bare specifiers ('lit'); demo/prerendered.html
// is the article pre-rendered by `kuril-widgets render` during the build; demo/builder.html is the
// editors' embed builder.
import { startStaticServer } from './static-server.mjs';
import { run } from './run.mjs';

if (!process.argv.includes('--no-build')) {
  const { code } = await run('node', ['scripts/build.mjs']);
  if (code !== 0) process.exit(code);
}

const server = await startStaticServer(process.cwd(), { port: Number(process.env.PORT ?? 8000) });
console.log(`\nkuril-widgets demo article (CDN bundle): ${server.url}/demo/`);
console.log(`same article through the npm modules:    ${server.url}/demo/npm.html`);
console.log(`same article pre-rendered (works without JavaScript): ${server.url}/demo/prerendered.html`);
console.log(`embed builder for editors (snippets for an article): ${server.url}/demo/builder.html`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
