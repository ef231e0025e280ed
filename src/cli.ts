#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx kuril-widgets render article.html > out.html`: pre-renders every kuril-widgets element of
 * an HTML file (or of standard input) with its declarative shadow root, as a static-site build step.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LoadError, fetchJson } from './data/fetch.js';

const HELP = `Usage: kuril-widgets render [FILE] [options]

Pre-renders every <kuril-timeline>, <kuril-claims> and <kuril-factbox> in FILE (an HTML page or
fragment; standard input when FILE is absent or "-") and writes the result to standard output.
Each widget gets a declarative shadow root (<template shadowrootmode="open">) rendered from the
same templates as in the browser; everything else in the file is kept byte for byte.

Options:
  -o, --output FILE   write to FILE instead of standard output
  --root DIR          where a relative or root-relative src="…" dataset is read from
                      (default: the input file's folder, or the current folder for stdin)
  --base-url URL      fetch relative src="…" datasets from URL instead of reading files
  --lang TAG          the page's language when the input has no <html lang> (e.g. a fragment)
  -h, --help          show this help

Problems with a widget's data (a missing or invalid dataset) are reported on standard error and the
widget falls back to the bundled dataset, as in the browser. Exit status: 0 on success, 1 when the
input cannot be read or rendered, 2 for a usage error.

Example:
  npx kuril-widgets render article.html > article.prerendered.html`;

class UsageError extends Error {}

interface Args {
  input: string | undefined;
  output: string | undefined;
  root: string | undefined;
  baseUrl: string | undefined;
  lang: string | undefined;
}

function parseArgs(argv: string[]): Args | 'help' {
  if (!argv.length || argv[0] === '-h' || argv[0] === '--help') return 'help';
  const [command, ...rest] = argv;
  if (command !== 'render') throw new UsageError(`unknown command "${command}" (try: kuril-widgets render FILE)`);
  const args: Args = { input: undefined, output: undefined, root: undefined, baseUrl: undefined, lang: undefined };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '-o' || arg === '--output') args.output = value();
    else if (arg === '--root') args.root = value();
    else if (arg === '--base-url') {
      args.baseUrl = value();
      try {
        new URL(args.baseUrl);
      } catch {
        throw new UsageError(`--base-url "${args.baseUrl}" is not an absolute URL`);
      }
    } else if (arg === '--lang') args.lang = value();
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (args.input === undefined) args.input = arg;
    else throw new UsageError(`only one input file can be given (got "${args.input}" and "${arg}")`);
  }
  return args;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`kuril-widgets: ${(error as Error).message}\n`);
    return 2;
  }
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const fromStdin = args.input === undefined || args.input === '-';
  let html: string;
  try {
    html = fromStdin ? await readStdin() : await readFile(args.input!, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    process.stderr.write(`kuril-widgets: cannot read ${fromStdin ? 'standard input' : `"${args.input}"`}: ${why}\n`);
    return 1;
  }
  const root = resolve(args.root ?? (fromStdin ? '.' : dirname(args.input!)));
  const baseUrl = args.baseUrl;
  const readSrc = async (src: string): Promise<unknown> => {
    if (/^https?:\/\//i.test(src) || baseUrl) return fetchJson(src, undefined, baseUrl);
    const path = resolve(root, src.replace(/^\/+/, '').replace(/[?#].*$/, ''));
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new LoadError('network', `could not read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new LoadError('json', `${path} is not valid JSON: ${(error as Error).message}`);
    }
  };
  let out: string;
  try {
    const { render } = await import('./ssr.js');
    out = await render(html, { readSrc, ...(args.lang ? { lang: args.lang } : {}) });
  } catch (error) {
    process.stderr.write(`kuril-widgets: could not render: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  if (args.output) {
    const { writeFile } = await import('node:fs/promises');
    try {
      await writeFile(args.output, out);
    } catch (error) {
      process.stderr.write(`kuril-widgets: cannot write "${args.output}": ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return 1;
    }
  } else {
    process.stdout.write(out);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kuril-widgets: ${String(error).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
