/**
 * A blogger's site for the browser tests, on an origin of its own: a real HTTP server on `localhost` (the
 * site under test is served on `127.0.0.1`, so the two are different origins, as a blog and the site that
 * hosts the timeline are). Real, not a `page.route`: Chromium treats a page it did not fetch from an
 * address as public, and refuses it the loopback site under test (Private Network Access).
 *
 * `plain: true` makes a static host that sends no headers but the content type — no CORS — serving the
 * built site's files: what the README calls a plain static host.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from './fixtures';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
};

export interface BlogServer {
  /** `http://localhost:<port>` */
  origin: string;
  /** Serves `body` at `path` from now on (a post, a dataset the blogger uploaded beside it). */
  put(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

export async function startBlog({ plain = false } = {}): Promise<BlogServer> {
  const files = new Map<string, { body: string | Buffer; type: string }>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const put = files.get(path);
    const built = plain ? join(BUILD, path.endsWith('/') ? `${path}index.html` : path) : '';
    if (put) {
      response.writeHead(200, { 'content-type': put.type });
      response.end(put.body);
    } else if (built.startsWith(BUILD) && existsSync(built) && statSync(built).isFile()) {
      response.writeHead(200, { 'content-type': TYPES[extname(built)] ?? 'application/octet-stream' });
      response.end(readFileSync(built));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    put: (path, body, type = 'text/html; charset=utf-8') => files.set(path, { body, type }),
    close: () => new Promise((resolve) => server.close(() => resolve()))
  };
}

/** A blank post with a pasted snippet in its body, as a blogger's editor would save it. */
export const post = (snippet: string, { head = '', lang = 'en' } = {}) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">` +
  `<title>A blog post</title>${head}</head><body><h1>A blog post</h1><p>Before the timeline.</p>\n${snippet}\n<p>After it.</p></body></html>`;

/**
 * A blog for each test of the file (or describe block) that calls it: started before each test, closed
 * after, its host allowed by the fixtures' rule on other origins.
 *
 *     const blog = blogPerTest();   …   blog().put('/post.html', post(snippet));
 */
export function blogPerTest(options: { plain?: boolean } = {}): () => BlogServer {
  let blog: BlogServer | undefined;
  test.use({ otherHosts: ['localhost'] });
  test.beforeEach(async () => {
    blog = await startBlog(options);
  });
  test.afterEach(async () => {
    await blog?.close();
  });
  return () => blog!;
}
