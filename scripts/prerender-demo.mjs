// npm run build (last step): renders the demo article with the CLI (`kuril-widgets render`), once
// per language, into demo/prerendered.html, demo/prerendered.ja.html and demo/prerendered.ru.html,
// which `npm start` serves. The source is demo/index.html: the same article, with its reservations
// removed (a pre-rendered widget needs none) and language links instead of the reloading selects.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LANGS = { en: 'English', ja: '日本語', ru: 'Русский' };
const file = (lang) => (lang === 'en' ? 'prerendered.html' : `prerendered.${lang}.html`);
const source = readFileSync('demo/index.html', 'utf8');

for (const lang of Object.keys(LANGS)) {
  const nav = `<nav class="demo-controls" aria-label="Demo settings">
      <strong>kuril-widgets demo, pre-rendered</strong>
      ${Object.entries(LANGS)
        .map(([l, name]) => (l === lang ? `<span aria-current="page" lang="${l}">${name}</span>` : `<a href="./${file(l)}" lang="${l}" hreflang="${l}">${name}</a>`))
        .join('\n      ')}
      <a href="./">The same page with bare tags</a>
    </nav>`;
  const page = source
    // The panels' language, not the page's: the article around them stays English.
    .replace(/<(kuril-(?:timeline|claims|factbox))\b/g, `<$1 lang="${lang}"`)
    .replace(/<title>([^<]*)<\/title>/, '<title>$1 (pre-rendered)</title>')
    .replace(/<form class="demo-controls"[\s\S]*?<\/form>/, nav)
    .replace(/\s*<script src="\.\/demo-controls\.js"><\/script>/, '')
    // Pre-rendered widgets have their size before any script runs: no space to reserve.
    .replace(/ style="--reserve: [^"]*"/g, '')
    .replace('</head>', '  <style>kuril-timeline, kuril-claims, kuril-factbox { min-height: 0 !important; }</style>\n  </head>');
  const cli = spawnSync('node', ['dist/cli.js', 'render', '-', '--root', 'demo'], { input: page, encoding: 'utf8' });
  if (cli.status !== 0) {
    console.error(`prerender-demo: kuril-widgets render failed for ${lang}: ${cli.stderr}`);
    process.exit(1);
  }
  if (cli.stderr.trim()) process.stderr.write(cli.stderr);
  writeFileSync(`demo/${file(lang)}`, cli.stdout);
}
console.log(`prerender-demo: demo/${Object.keys(LANGS).map(file).join(', demo/')}`);
