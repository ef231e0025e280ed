// Installs the packed tarball into each app in examples/ the way a user would, builds it with its
// own type-check, and checks it in headless Chromium: the three widgets render, a property set by
// the framework works (the timeline shows `limit` = 3 events, the fact box shows the island it was
// given), and the widgets' events reach the framework's handlers (each app writes what its
// handlers received into <output id="log">).
//
// Each example is copied to a temporary folder first, so nothing resolves from this repository's
// node_modules, then: `npm ci` (its own lockfile), `npm install <tarball>`, `npm run build` (where
// it has one), serve, check. Prints one `PASS example NAME` or `FAIL example NAME: why` line each.
//   node scripts/check-examples.mjs kuril-widgets-0.1.0.tgz [name …]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findBrowser } from './find-browser.mjs';
import { startStaticServer } from './static-server.mjs';

const [tarballArg, ...only] = process.argv.slice(2);
if (!tarballArg || !existsSync(tarballArg)) {
  console.error('usage: node scripts/check-examples.mjs <package.tgz> [example …]');
  process.exit(2);
}
const tarball = resolve(tarballArg);

/**
 * serve: 'none' only builds (type-checks); 'static' serves `root` of the built app; 'command' starts `node server.mjs` and reads the URL it
 * prints (`listening on http://…`).
 */
const EXAMPLES = [
  { name: 'html', serve: 'static', root: '.', path: '/' },
  { name: 'node-ssr', serve: 'command', path: '/', prerendered: true },
  { name: 'react', serve: 'static', root: 'dist', path: '/' },
  { name: 'vue', serve: 'static', root: 'dist', path: '/' },
  // Types only: the tags in Preact and Solid JSX and Svelte's element types, checked with tsc.
  { name: 'typed-tags', serve: 'none' },
].filter((e) => only.length === 0 || only.includes(e.name));

const npmEnv = { npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

async function step(what, cmd, args, cwd) {
  const started = Date.now();
  const { code, out } = await runIn(cmd, args, cwd);
  if (code !== 0) throw new Error(`${what} failed (exit ${code}):\n${out.split('\n').slice(-25).join('\n')}`);
  return Math.round((Date.now() - started) / 100) / 10;
}
function runIn(cmd, args, cwd) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...npmEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code: code ?? 1, out }));
  });
}

/** Starts `npm start` in `cwd` and resolves with the URL it prints and a way to stop it. */
function startServer(cwd) {
  return new Promise((done, fail) => {
    const child = spawn('node', ['server.mjs'], { cwd, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start within 15 s:\n${out}`)), 15000);
    const onData = (d) => {
      out += d;
      const m = /listening on (http:\/\/[^\s/]+)\/?\r?\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        done({ url: m[1], close: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('close', r), child.kill()))) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}):\n${out}`));
    });
  });
}

/** The checks in the page; throws with what went wrong. */
async function checkPage(browser, url, example) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && errors.push(`console.${m.type()}: ${m.text()}`));
  try {
    if (example.prerendered) {
      // The server's HTML itself carries each widget's declarative shadow root.
      const html = await (await fetch(url)).text();
      for (const tag of ['kuril-timeline', 'kuril-claims', 'kuril-factbox']) {
        if (!new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`).test(html)) throw new Error(`the server's HTML has no declarative shadow root for <${tag}>`);
      }
    }
    await tab.goto(url, { waitUntil: 'load' });
    const state = await tab.evaluate(async () => {
      const tags = ['kuril-timeline', 'kuril-claims', 'kuril-factbox'];
      const wait = (ms) => new Promise((r) => setTimeout(r, ms));
      await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), wait(10000)]);
      // Frameworks mount after load: wait until each element is in the page and has rendered.
      for (let i = 0; i < 100 && !tags.every((t) => document.querySelector(t)?.shadowRoot?.textContent?.trim()); i++) await wait(100);
      const els = tags.map((t) => document.querySelector(t));
      // A widget that needs more of its data (the timeline with `limit`) is busy while it loads.
      for (let i = 0; i < 100 && els.some((el) => el?.shadowRoot?.querySelector('[aria-busy="true"]')); i++) await wait(50);
      await Promise.all(els.map((el) => el?.updateComplete));
      const timeline = els[0];
      return {
        rendered: tags.map((t, i) => [t, Boolean(customElements.get(t)), els[i]?.shadowRoot?.textContent?.trim().length ?? 0]),
        items: timeline?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0,
        limit: timeline?.limit,
        pressed: document.querySelector('kuril-factbox')?.shadowRoot?.querySelector('[part~="picker-button"][aria-pressed="true"]')?.dataset.island,
      };
    });
    for (const [tag, defined, text] of state.rendered) {
      if (!defined || text === 0) throw new Error(`<${tag}> ${defined ? 'rendered nothing' : 'is not defined'}`);
    }
    if (state.items !== 3 || Number(state.limit) !== 3) throw new Error(`the timeline's limit property is ${state.limit} and it shows ${state.items} events; expected 3`);
    if (state.pressed !== 'shikotan') throw new Error(`the fact box shows ${state.pressed ?? 'no island'} as chosen; expected shikotan (its island property)`);

    // User actions; the framework's handlers write what they received into #log.
    const actions = [
      ['kuril-timeline', '[part~="toggle"]', /kuril-timeline expanded [1-9]\d*/],
      ['kuril-claims', 'button[part~="toggle"]', /kuril-claims expanded [1-9]\d*/],
      ['kuril-factbox', '[part~="picker-button"][data-island="iturup"]', /kuril-factbox selected iturup/],
    ];
    for (const [tag, selector, expected] of actions) {
      const clicked = await tab.evaluate((t, s) => {
        const target = document.querySelector(t)?.shadowRoot?.querySelector(s);
        target?.click();
        return Boolean(target);
      }, tag, selector);
      if (!clicked) throw new Error(`no ${selector} in <${tag}> to click`);
      let log = '';
      for (let i = 0; i < 50 && !expected.test(log); i++) {
        log = await tab.evaluate(() => document.querySelector('#log')?.textContent ?? '');
        if (!expected.test(log)) await new Promise((r) => setTimeout(r, 100));
      }
      if (!expected.test(log)) throw new Error(`after clicking ${selector} in <${tag}>, #log reads ${JSON.stringify(log)}; expected ${expected}`);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await tab.close();
  }
}

const browser = await puppeteer.launch({ executablePath: findBrowser(), args: CHROME_FLAGS, headless: true });
let passed = 0;
let failed = 0;
try {
  for (const example of EXAMPLES) {
    const dir = mkdtempSync(join(tmpdir(), `kuril-example-${example.name}-`));
    const times = [];
    let server;
    try {
      cpSync(join('examples', example.name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) });
      times.push(`npm ci ${await step('npm ci', 'npm', ['ci', '--loglevel=error'], dir)} s`);
      times.push(`install tarball ${await step('npm install <tarball>', 'npm', ['install', '--loglevel=error', tarball], dir)} s`);
      if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.build) {
        times.push(`build ${await step('npm run build', 'npm', ['run', 'build'], dir)} s`);
      }
      if (example.serve !== 'none') {
        server = example.serve === 'static' ? await startStaticServer(resolve(dir, example.root)) : await startServer(dir);
        const started = Date.now();
        await checkPage(browser, `${server.url}${example.path}`, example);
        times.push(`browser ${Math.round((Date.now() - started) / 100) / 10} s`);
      }
      console.log(`PASS example ${example.name} (${times.join(', ')})`);
      passed++;
    } catch (error) {
      console.log(`FAIL example ${example.name}: ${error.message}`);
      failed++;
    } finally {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
