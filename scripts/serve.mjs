#!/usr/bin/env node
/**
 * Serves the built site (`dist/`) as a static host would, at http://localhost:4321 by default.
 * Usage: node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /guide/]
 * The base defaults to $BASE (or `/`); the 404 page answers unknown paths with status 404.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { BadRequest, normaliseBase, servedFile } from './site-files.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(opt('dir', process.env.OUT_DIR ?? 'dist'));
const port = Number(opt('port', process.env.PORT ?? '4321'));
const host = opt('host', 'localhost');
const base = normaliseBase(opt('base', process.env.BASE ?? '/'));

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** The file that serves a request path, or null (site-files.mjs). */
const fileFor = (pathname) => servedFile(dir, base, pathname);

const badRequest = (res) => res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');

const server = createServer((req, res) => {
  try {
    respond(req, res);
  } catch (error) {
    // One bad request must never stop the server: the e2e tests and `npm start` depend on it staying up.
    if (error instanceof BadRequest) badRequest(res);
    else {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end('Server error');
    }
  }
});

/** Answers one request: a file under `dir`, a redirect for a directory without its slash, or the 404 page. */
function respond(req, res) {
  let pathname;
  try {
    pathname = new URL(req.url ?? '/', 'http://x').pathname;
  } catch {
    badRequest(res);
    return;
  }
  if (pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  // Directory without a trailing slash: redirect, as static hosts do.
  const dirLike = fileFor(pathname);
  if (dirLike && !pathname.endsWith('/') && dirLike.endsWith('index.html') && !pathname.endsWith('index.html')) {
    res.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const file = dirLike;
  const status = file ? 200 : 404;
  const body = file ?? join(dir, '404.html');
  res.writeHead(status, {
    'content-type': TYPES[extname(body)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // As public/_headers tells production hosts: hashed build assets never change, so browsers keep them and a
    // repeat visit requests no font, script or stylesheet; pages themselves are revalidated.
    'cache-control': file && pathname.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  // A file that vanishes mid-read (a rebuild) ends this response, not the server.
  createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}

server.listen(port, host, () => {
  console.log(`Serving ${dir} at http://${host}:${port}${base}`);
});
