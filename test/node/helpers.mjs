// Shared by the Node tests (test/node/*.test.mjs).
/** Captures console.error/warn during `fn`. */
export async function quietly(fn) {
  const logged = [];
  const { error, warn } = console;
  console.error = (...a) => logged.push(a.join(' '));
  console.warn = (...a) => logged.push(a.join(' '));
  try {
    return { result: await fn(), logged };
  } finally {
    Object.assign(console, { error, warn });
  }
}
