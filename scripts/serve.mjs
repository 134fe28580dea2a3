/**
 * Serves build/ exactly as a static host would: files as they are, `/a/` → a/index.html, `/a` → a.html,
 * with the headers of build/_headers (static/_headers: CORS and caching for the embed, as Netlify and
 * Cloudflare Pages send them). `npm run preview` and the browser tests use it, so what they see is what
 * gets deployed (the embed's files included, which `vite preview` would not serve).
 *
 *   node scripts/serve.mjs [--port 4173] [--host 127.0.0.1]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeaders } from './headers.mjs';

const root = fileURLToPath(new URL('../build/', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const port = Number(option('port', 4173));
const host = option('host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8'
};

function resolve(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = join(root, safe);
  if (!base.startsWith(root.slice(0, -1))) return null;
  const candidates = safe.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

if (!existsSync(root)) {
  console.error('serve: build/ does not exist; run npm run build first');
  process.exit(1);
}

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8'), headersFile) : [];

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // The host's own configuration, never a page: Netlify and Cloudflare do not publish it either.
  const path = pathname === '/_headers' ? null : resolve(pathname);
  if (!path) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...headersFor(rules, pathname)
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}).listen(port, host, () => console.log(`serving build/ at http://${host}:${port}/`));
