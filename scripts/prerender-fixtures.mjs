// Renders the server-side fixtures of the upgrade tests (test/components/ssr-upgrade.test.ts):
// each widget × en/ja/ru × three attribute sets, through the compiled kuril-widgets/ssr.js (the
// Node build that `npm test` makes), into node_modules/.cache/kuril-ssr/fixtures.json.
import { mkdirSync, writeFileSync } from 'node:fs';

const { render } = await import('../node_modules/.cache/kuril-node-test/ssr.js');

export const ATTRIBUTE_SETS = {
  'kuril-timeline': ['limit="3"', 'from="2013" to="2019" highlight="singapore-meeting-2018" limit="2"', 'tags="treaty" order="desc" theme="dark" heading-level="3" limit="4"', ''],
  'kuril-claims': ['topics="military" limit="1"', 'topics="sovereignty" limit="1" layout="stacked" first="russia"', 'parties="both,other" topics="declaration-1956,peace-treaty" theme="dark" no-sources limit="1"'],
  'kuril-factbox': ['', 'island="shikotan" no-map', 'island="kunashir" units="imperial" compact theme="dark"'],
};

const fixtures = [];
for (const [tag, sets] of Object.entries(ATTRIBUTE_SETS)) {
  for (const lang of ['en', 'ja', 'ru']) {
    sets.forEach((attrs, i) => fixtures.push({ name: `${tag} ${lang} #${i + 1} ${attrs}`.trim(), tag, lang, source: `<${tag} lang="${lang}" ${attrs}></${tag}>` }));
  }
}
for (const f of fixtures) f.html = await render(f.source);
mkdirSync('node_modules/.cache/kuril-ssr', { recursive: true });
writeFileSync('node_modules/.cache/kuril-ssr/fixtures.json', JSON.stringify(fixtures));
console.log(`prerender-fixtures: ${fixtures.length} widgets rendered on the server`);
