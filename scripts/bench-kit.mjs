/**
 * What the benchmark scripts share: their command-line options and a copy of the built site served on a free
 * port by `scripts/serve.mjs` (the same server the e2e tests use).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** `--name value` from the command line, or `fallback`. */
export function option(name, fallback, args = process.argv.slice(2)) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** A port nobody listens on now. */
function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const p = probe.address().port;
      probe.close(() => done(p));
    });
  });
}

/** Serves `dir` until `stop()`; resolves once the server says it is serving. */
export async function serveSite(dir) {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((done, fail) => {
    server.stdout.on('data', (chunk) => chunk.toString().includes('Serving') && done());
    server.on('exit', (code) => fail(new Error(`serve.mjs exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}
