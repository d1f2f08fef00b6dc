/**
 * `scripts/serve.mjs` serves the built site for `npm start` and the e2e tests. One bad request must never take it
 * down: a malformed percent-encoding answers 400, and the next request is served as usual.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
let dir = '';
let server: ChildProcess | undefined;
let port = 0;

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Sends a raw request path (fetch would normalise or refuse a malformed one) and resolves with the status, or
 * rejects when the connection fails, as it does once the server has exited.
 */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fg-serve-'));
  mkdirSync(join(dir, 'learn'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title><p>home page');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>404</title><p>not found');
  writeFileSync(join(dir, 'learn', 'index.html'), '<!doctype html><title>learn</title><p>learn page');
  port = await freePort();
  const child = spawn(
    process.execPath,
    [join(root, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server = child;
  // Wait for the line it prints once it listens (a state, not a fixed time).
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited early with code ${String(code)}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('serves pages and answers unknown paths with the 404 page', async () => {
    expect(await get('/')).toMatchObject({ status: 200, body: expect.stringContaining('home page') });
    expect(await get('/learn/')).toMatchObject({ status: 200, body: expect.stringContaining('learn page') });
    expect(await get('/nope/')).toMatchObject({ status: 404, body: expect.stringContaining('not found') });
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/learn/%', '/%C0%AF/', '/%ZZ']) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.body, path).toMatch(/bad request/i);
    }
    expect(server?.exitCode).toBeNull();
    expect((await get('/learn/')).status).toBe(200);
  });
});
