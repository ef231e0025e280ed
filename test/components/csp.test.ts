// The one-tag CDN embed under a strict Content-Security-Policy (README, "Content-Security-Policy"):
// each page is served with the policy as a header (web-test-runner.config.mjs, `/test-csp/page`)
// and opened in an iframe; a probe script from 'self' records every `securitypolicyviolation`,
// uncaught error and console warning or error of the page. npm test builds dist/cdn first.
import { aTimeout, expect } from '../helpers.js';
import { TAGS, openPage, rendered, type Probe } from './pages.js';

/** The policy the README asks for, at its strictest (no 'unsafe-inline', Trusted Types enforced). */
const STRICT =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const LANGS = ['en', 'ja', 'ru'] as const;
const CDN = '/dist/cdn/kuril-widgets.js';
const SRC = '/test/fixtures/publisher-valid.json';


const widgets = (attrs: (tag: string, lang: string) => string, tags: readonly string[] = TAGS) =>
  tags.flatMap((tag) => LANGS.map((lang) => `<${tag} lang="${lang}" ${attrs(tag, lang)}></${tag}>`)).join('');

/** The text of a widget's shadow root, without its style sheets. */
const textOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=base]')!.textContent!.replace(/\s+/g, ' ');
const SCRIPT: Record<string, RegExp> = { en: /^[^\u0400-\u04ff\u3040-\u30ff]*$/, ja: /[\u3040-\u30ff]/, ru: /[\u0400-\u04ff]/ };

describe('the CDN embed under a strict Content-Security-Policy', () => {
  it('renders every widget in every language with src, styled, with no violation', async () => {
    const { doc, probe } = await openPage(STRICT, [CDN], widgets((tag, lang) => `src="${SRC}?csp=${tag}-${lang}"`));
    const els = await rendered(doc, TAGS.length * LANGS.length);
    for (const el of els) {
      const lang = el.getAttribute('lang')!;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      const where = `<${el.localName} lang=${lang}>`;
      expect(base.getAttribute('lang'), where).to.equal(lang);
      expect(el.shadowRoot!.querySelector('[part=notice]'), `${where} shows no notice`).to.equal(null);
      const heading = base.querySelector('[part=heading]')!.textContent!;
      expect(heading, `${where} heading in its language`).to.match(SCRIPT[lang]);
      // Lit's styles are constructable style sheets, which style-src 'self' does not block.
      expect(el.shadowRoot!.adoptedStyleSheets.length, `${where} has its style sheets`).to.be.above(0);
      expect(getComputedStyle(base).display, `${where} is styled`).to.equal('block');
      if (el.localName === 'kuril-timeline') expect(textOf(el), `${where} shows the src dataset`).to.contain('Publisher: the Joint Declaration is signed');
    }
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.console).to.deep.equal([]);
  });

  it('records what a policy blocks: a loader outside script-src is a violation, and nothing renders', async () => {
    // Only the probe is allowed: the check of the test above sees a blocked script.
    const { doc, probe } = await openPage(`script-src ${location.origin}/test-csp/probe.js; style-src 'self'`, [CDN], widgets(() => ''));
    for (let i = 0; i < 100 && !probe.violations.length; i++) await aTimeout(20);
    expect(probe.violations).to.have.length(1);
    expect(probe.violations[0]).to.match(/^script-src(-elem)? .*\/dist\/cdn\/kuril-widgets\.js/);
    expect(doc.querySelector('kuril-timeline')!.shadowRoot).to.equal(null);
  });

});

/** A chunk's file name, without its directory (`chunks/`, `all/chunks/`). */
const fileName = (path: string) => path.replace(/^.*\//, '');

/**
 * STRICT, with script-src listing every file of dist/cdn (the per-widget chunks and the all-widgets
 * bundle's) but the chunks whose name matches `blocked`.
 */
async function blocking(blocked: RegExp): Promise<string> {
  const chunks = (await (await fetch('/test-csp/chunks')).json()) as string[];
  const allowed = chunks.filter((f) => !blocked.test(fileName(f))).map((f) => `${location.origin}/dist/cdn/${f}`);
  expect(allowed.length, 'some chunks are blocked').to.be.below(chunks.length);
  return STRICT.replace("script-src 'self'", `script-src ${location.origin}/test-csp/probe.js ${location.origin}${CDN} ${allowed.join(' ')}`);
}

const noticeOf = (el: HTMLElement) => String(el.shadowRoot!.querySelector('[part=notice]')?.textContent ?? '(no notice)');
const NOTICE = {
  part: { en: /^Part of this panel could not be loaded\. /, ja: /^このパネルの一部を読み込めませんでした。/, ru: /^Часть этой панели не удалось загрузить\. / },
  data: { en: /The publisher's data could not be loaded\. /, ja: /提供されたデータを読み込めませんでした。/, ru: /Не удалось загрузить данные издателя\. / },
} as const;

/** Every violation is a blocked chunk of `blocked`, every console line one of the library's errors. */
function onlyBlocked(probe: Probe, blocked: RegExp, alsoLogged?: RegExp) {
  expect(probe.violations.length, 'the policy blocked something').to.be.above(0);
  for (const v of probe.violations) {
    const file = /\/dist\/cdn\/(?:all\/)?chunks\/([^ ]+)/.exec(v)?.[1] ?? v;
    expect(file, v).to.match(blocked);
  }
  expect(probe.errors).to.deep.equal([]);
  const library = /^error: (kuril-widgets: could not load the|<kuril-(timeline|claims|factbox)>: could not load the dataset validator)/;
  for (const line of probe.console) expect(alsoLogged?.test(line) || library.test(line), line).to.equal(true);
}

/**
 * A page of all three widgets loads their one bundle (dist/cdn/all/); a page of two, each widget's
 * own chunk (dist/cdn/chunks/): the blocked chunks are tested on both.
 */
const PAGES = [
  ['all three widgets (their bundle)', TAGS],
  ['two widgets (their own chunks)', ['kuril-timeline', 'kuril-claims']],
] as const;

for (const [kind, tags] of PAGES)
describe(`a chunk blocked by the policy, on a page of ${kind}`, () => {
  /**
   * A page of the widgets in every language with `blocked` chunks blocked: the English ones have no
   * notice, the others the notice that part of the panel is missing in their language, and `check`
   * gets each of those with its heading and the English widget's of its kind.
   */
  async function partMissing(blocked: RegExp, check: (el: HTMLElement, where: string, lang: 'ja' | 'ru', heading: string, english: string) => void) {
    const { doc, probe } = await openPage(await blocking(blocked), [CDN], widgets(() => '', tags));
    const els = await rendered(doc, tags.length * LANGS.length);
    const heading = (el: HTMLElement) => el.shadowRoot!.querySelector('[part=heading]')!.textContent!.trim();
    const titles: Record<string, string> = {};
    for (const el of els) if (el.getAttribute('lang') === 'en') titles[el.localName] = heading(el);
    for (const el of els) {
      const lang = el.getAttribute('lang') as (typeof LANGS)[number];
      const where = `<${el.localName} lang=${lang}>`;
      if (lang === 'en') {
        expect(noticeOf(el), where).to.equal('(no notice)');
        continue;
      }
      expect(noticeOf(el), where).to.match(NOTICE.part[lang]);
      check(el, where, lang, heading(el), titles[el.localName]!);
    }
    onlyBlocked(probe, blocked);
  }

  it('the Japanese and Russian interface text alone: English labels, the notice in the widget\'s language, the data text translated', async () => {
    await partMissing(/^(ja|ru)-ui-/, (el, where, lang, heading, english) => {
      expect(heading, where).to.equal(english);
      // The dataset's text is in its own chunks, which loaded: it is in the widget's language.
      expect(textOf(el), where).to.match(lang === 'ja' ? /[\u3040-\u30ff\u4e00-\u9fff]/ : /[а-яё]{4}/i);
    });
  });

  it('the code that applies a translation alone: the notice in the widget\'s language, its labels translated, the data text in English, marked', async () => {
    await partMissing(/^localize-/, (el, where, _lang, heading, english) => {
      // The interface text loaded: the heading is in the widget's language.
      expect(heading, where).to.not.equal(english);
      // The dataset's text could not be applied: English, marked as such for screen readers.
      expect(el.shadowRoot!.querySelector('.content [lang="en"]'), where).to.exist;
    });
  });

  it('the Japanese and Russian text: a notice in the widget\'s language, English text, src data still used', async () => {
    const blocked = /^(ja|ru)-/;
    const body = widgets((tag, lang) => `src="${SRC}?text=${tag}-${lang}-${tags.length}"`, tags) + widgets(() => '', tags);
    const { doc, probe } = await openPage(await blocking(blocked), [CDN], body);
    const els = await rendered(doc, tags.length * LANGS.length * 2);
    for (const el of els) {
      const lang = el.getAttribute('lang') as (typeof LANGS)[number];
      const where = `<${el.localName} lang=${lang}${el.hasAttribute('src') ? ' src' : ''}>`;
      if (lang === 'en') expect(noticeOf(el), where).to.equal('(no notice)');
      else expect(noticeOf(el), where).to.match(NOTICE.part[lang]);
      expect(el.shadowRoot!.querySelector('[part=heading]'), where).to.exist;
      if (el.localName === 'kuril-timeline' && el.hasAttribute('src')) expect(textOf(el), where).to.contain('Publisher: the Joint Declaration is signed');
    }
    onlyBlocked(probe, blocked);
  });

  // Its page holds two timelines, whatever the kind (the per-widget build): it runs once.
  if (tags === TAGS) it('the rest of the bundled data: a notice on the timeline that needs it', async () => {
    const blocked = /^data-full-/;
    const { doc, probe } = await openPage(await blocking(blocked), [CDN], `<kuril-timeline src="${SRC}?full" lang="ru"></kuril-timeline><kuril-timeline expanded></kuril-timeline>`);
    const els = await rendered(doc, 2);
    expect(noticeOf(els[0])).to.match(NOTICE.part.ru);
    expect(noticeOf(els[1])).to.match(NOTICE.part.en);
    // The src event that cites a source of the missing part is skipped, as an unknown source.
    onlyBlocked(probe, blocked, /^warn: kuril-widgets dataset: events\[1\]\.citations\[0\]\.source: "new-indian-express-2018-11-15" is not a known source/);
  });

  it('the dataset validator: src and inline widgets show the notice and the bundled data', async () => {
    const blocked = /^load-/;
    const inline = '<script type="application/json">{"meta":{"version":"inline-1"}}</script>';
    const body = widgets((tag, lang) => `src="${SRC}?validator=${tag}-${lang}-${tags.length}"`, tags) + tags.flatMap((tag) => LANGS.map((lang) => `<${tag} lang="${lang}">${inline}</${tag}>`)).join('');
    const { doc, probe } = await openPage(await blocking(blocked), [CDN], body);
    const els = await rendered(doc, tags.length * LANGS.length * 2);
    for (const el of els) {
      const lang = el.getAttribute('lang') as (typeof LANGS)[number];
      expect(noticeOf(el), `<${el.localName} lang=${lang}>`).to.match(NOTICE.data[lang]);
      // The reason is for the developer: in the console, not in the reader's notice.
      expect(noticeOf(el)).not.to.contain('could not load the dataset validator');
    }
    expect(probe.console.some((line) => line.includes('could not load the dataset validator'))).to.equal(true);
    onlyBlocked(probe, blocked);
  });
});

describe('loading the library twice under a strict policy', () => {
  const NPM = '/src/index.ts';
  const later = `/test-csp/after-defined.js?module=${NPM}`;
  const WITHOUT_DUPLICATES = STRICT.replace(" 'allow-duplicates'", '');

  async function works(doc: Document, probe: Probe, count: number, violations: string[] = []): Promise<void> {
    await rendered(doc, count);
    // Widgets added afterwards render too, with either copy's definition.
    const added = doc.createElement('kuril-factbox');
    added.setAttribute('lang', 'ja');
    doc.body.append(added);
    await rendered(doc, count + 1);
    expect(probe.violations.map((v) => v.replace(/ at .*/, ''))).to.deep.equal(violations);
    expect(probe.errors).to.deep.equal([]);
  }

  it("the npm modules after the CDN embed: with 'allow-duplicates', the second copy loads and warns once", async () => {
    const { doc, probe } = await openPage(STRICT, [CDN, later], widgets(() => ''));
    await works(doc, probe, 9);
    for (let i = 0; i < 200 && !(probe as Probe & { later?: string }).later; i++) await aTimeout(20);
    expect((probe as Probe & { later?: string }).later).to.equal('loaded');
    expect(probe.console).to.have.length(1);
    expect(probe.console[0]).to.match(/^warn: kuril-widgets: <kuril-\w+> is already defined, so kuril-widgets is loaded twice/);
  });

  it("the CDN embed and the npm modules at once, with 'allow-duplicates': whichever defines first wins, no error", async () => {
    const { doc, probe } = await openPage(STRICT, [CDN, NPM], widgets(() => ''));
    await works(doc, probe, 9);
    expect(probe.console.length, probe.console.join('\n')).to.be.below(2);
    for (const line of probe.console) expect(line).to.match(/^warn: kuril-widgets: <kuril-\w+> is already defined, so kuril-widgets is loaded twice/);
  });

  for (const [name, csp] of [
    ['with', STRICT],
    ['without', WITHOUT_DUPLICATES],
  ] as const) {
    it(`the CDN embed after the npm modules, ${name} 'allow-duplicates': the loader loads nothing, no error`, async () => {
      const { doc, probe } = await openPage(csp, [NPM, CDN], widgets(() => ''));
      await works(doc, probe, 9);
      expect(probe.console).to.deep.equal([]);
    });
  }

  it("without 'allow-duplicates', a second copy of Lit is refused its policy (why the README asks for it)", async () => {
    const { frame, doc, probe } = await openPage(WITHOUT_DUPLICATES, [CDN, later], widgets(() => ''));
    for (let i = 0; i < 200 && !(probe as Probe & { later?: string }).later; i++) await aTimeout(20);
    const enforced = 'trustedTypes' in frame.contentWindow!;
    await works(doc, probe, 9, enforced ? ['trusted-types trusted-types-policy'] : []);
    // The npm copy's Lit throws when it creates its policy: the copy does not load at all.
    expect((probe as Probe & { later?: string }).later).to.match(enforced ? /^failed: .*lit-html/ : /^loaded$/);
  });
});

describe('pre-rendered widgets under a strict policy', () => {
  /** The `'sha256-…'` sources of the distinct `<style>` blocks of the pre-rendered fixtures. */
  async function styleHashes(): Promise<string[]> {
    const fixtures = (await (await fetch('/node_modules/.cache/kuril-ssr/fixtures.json')).json()) as { name: string; html: string }[];
    const styles = new Set(fixtures.filter((f) => / #1( |$)/.test(f.name)).flatMap((f) => [...f.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])));
    const hashes: string[] = [];
    for (const css of styles) {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      hashes.push(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
    }
    return hashes;
  }
  const styledWidgets = (doc: Document) => {
    const els = [...doc.querySelectorAll<HTMLElement>(TAGS.join(','))];
    expect(els).to.have.length(TAGS.length * LANGS.length);
    for (const el of els) {
      const base = el.shadowRoot?.querySelector<HTMLElement>('[part=base]');
      expect(base, `<${el.localName} lang=${el.getAttribute('lang')}> has its declarative shadow root`).to.exist;
      expect(getComputedStyle(base!).display, `<${el.localName} lang=${el.getAttribute('lang')}> is styled`).to.equal('block');
    }
  };

  it("without script, styled when style-src lists the hashes of the widgets' <style> blocks", async () => {
    const hashes = await styleHashes();
    expect(hashes.length, 'one style block per widget').to.equal(TAGS.length);
    const { doc, probe } = await openPage(STRICT.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`), [], '', true);
    styledWidgets(doc);
    expect(probe.violations).to.deep.equal([]);
  });

  it("under style-src 'self' alone, the inline styles are blocked until the CDN embed upgrades the widgets", async () => {
    const { doc, probe } = await openPage(STRICT, [CDN], '', true);
    await rendered(doc, TAGS.length * LANGS.length);
    const upgraded = () => [...doc.querySelectorAll(TAGS.join(','))].every((el) => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated);
    for (let i = 0; i < 250 && !upgraded(); i++) await aTimeout(20);
    expect(upgraded(), 'every widget upgraded').to.equal(true);
    // After the upgrade, Lit's constructable style sheets style them.
    styledWidgets(doc);
    expect(probe.violations.length).to.be.above(0);
    for (const v of probe.violations) expect(v).to.match(/^style-src(-elem)? inline/);
    expect(probe.errors).to.deep.equal([]);
    expect(probe.console).to.deep.equal([]);
  });
});
