// Runs a command, streaming its output, and resolves with its exit code and captured output.
import { spawn } from 'node:child_process';

export function run(cmd, args, { capture = false, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => {
      if (capture) out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      if (capture) out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

export const bin = (name) => `node_modules/.bin/${name}`;
