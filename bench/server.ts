/**
 * The benchmark's one static server, on 127.0.0.1 only, with node:http and nothing else.
 *
 *   /                         build/ (the SvelteKit site, and the embed at /embed/news-timeline.js)
 *   /pages/<file>             bench/pages/ (one page per contender)
 *   /peers/vis-timeline/…     node_modules/vis-timeline/
 *   /peers/timelinejs/…       node_modules/@knight-lab/timelinejs/dist/
 *   /data/<size>.json         our format          (bench/datasets.ts)
 *   /data/vis/<size>.json     vis-timeline items
 *   /data/timelinejs/<size>.json  TimelineJS JSON
 *   /profile/<size>/…         build/embed/ as if the build had shipped and validated the synthetic dataset
 *                             of that size (bench/profile.ts): timeline.json is it, news-timeline.js trusts
 *                             its fingerprint; data.json is the same bytes under a name nothing trusts;
 *                             curated.html and own.html are the pages that load one or the other
 *
 * Text responses (HTML, JS, CSS, JSON, SVG) are gzipped when the browser accepts it, as any production host
 * would, so the page's Resource Timing reports compressed sizes. Every file is read and compressed once and
 * kept in memory: the first request of a run costs what the others cost.
 *
 *   tsx bench/server.ts [port]    serves until Ctrl-C and prints the address (for looking at the pages).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { trustedPrints } from '../src/lib/core/data/fingerprint.js';
import { datasetFiles, type DatasetFiles } from './datasets.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

function mounts(buildDir: string): [prefix: string, dir: string][] {
  return [
    ['/pages/', path.join(ROOT, 'bench/pages')],
    ['/peers/vis-timeline/', path.join(ROOT, 'node_modules/vis-timeline')],
    ['/peers/timelinejs/', path.join(ROOT, 'node_modules/@knight-lab/timelinejs/dist')],
    ['/', buildDir]
  ];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject'
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
/** The largest dataset the server will make on request (the benchmark prepares its sizes up front). */
const MAX_SIZE = 1_000_000;

interface Body {
  type: string;
  raw: Buffer;
  gzip?: Buffer;
}

export interface BenchServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Makes (or reuses) the datasets of these sizes, so that no request waits for one to be generated. */
  prepare(sizes: readonly number[]): Map<number, DatasetFiles['summary']>;
  /** Every request answered, for the results: how many, and which were not found. */
  log: { requests: number; notFound: string[] };
  close(): Promise<void>;
}

function body(type: string, raw: Buffer): Body {
  return { type, raw, ...(COMPRESSIBLE.test(type) ? { gzip: gzipSync(raw) } : {}) };
}

/** The file under `dir` that `rest` names, or undefined if it would leave `dir` or is not a file. */
function resolveFile(dir: string, rest: string): string | undefined {
  let file = path.resolve(dir, `.${path.posix.normalize(`/${rest}`)}`);
  if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * `buildDir` is build/ unless the caller serves a copy (bench/run.ts does, so that a rebuild by someone else
 * during a long run cannot swap files under it).
 */
export async function startServer(port = 0, buildDir = path.join(ROOT, 'build')): Promise<BenchServer> {
  const MOUNTS = mounts(buildDir);
  const files = new Map<string, Body>();
  const served = new Map<string, Body>();
  const datasets = new Map<number, Map<string, Body>>();
  const log = { requests: 0, notFound: [] as string[] };

  const dataset = (size: number) => {
    let bodies = datasets.get(size);
    if (!bodies) {
      const made = datasetFiles(size);
      const json = TYPES['.json']!;
      bodies = new Map([
        ['ours', body(json, Buffer.from(made.ours))],
        ['vis', body(json, Buffer.from(made.vis))],
        ['timelinejs', body(json, Buffer.from(made.timelinejs))]
      ]);
      summaries.set(size, made.summary);
      datasets.set(size, bodies);
    }
    return bodies;
  };
  const summaries = new Map<number, DatasetFiles['summary']>();

  /** The embed's fingerprints of the curated dataset, as the build wrote them into its entry. */
  const TRUSTED_IN_ENTRY = /\{data:[`"']([0-9a-f]+)[`"'],whole:[`"']([0-9a-f]+)[`"']\}/;
  const profiled = new Map<string, Body>();
  const profile = (size: number, rest: string): Body | undefined => {
    const key = `${size}/${rest}`;
    const known = profiled.get(key);
    if (known) return known;
    let made: Body | undefined;
    if (rest === 'curated.html' || rest === 'own.html') {
      made = body(TYPES['.html']!, readFileSync(path.join(ROOT, `bench/pages/profile-${rest}`)));
    } else if (rest === 'timeline.json' || rest === 'data.json') {
      made = dataset(size).get('ours');
    } else if (rest === 'news-timeline.js') {
      const entry = readFileSync(path.join(buildDir, 'embed/news-timeline.js'), 'utf8');
      const shipped = TRUSTED_IN_ENTRY.exec(entry);
      if (!shipped)
        throw new Error('build/embed/news-timeline.js carries no fingerprint of a curated dataset');
      const text = dataset(size).get('ours')!.raw.toString('utf8');
      // The synthetic events name no archived text, so both fingerprints are of the file alone. Same
      // length as the shipped ones, so a source map of the entry still fits.
      const prints = trustedPrints(text, [], {});
      const patched = entry.replaceAll(shipped[1]!, prints.data).replaceAll(shipped[2]!, prints.whole);
      made = body(TYPES['.js']!, Buffer.from(patched));
    } else {
      const file = resolveFile(path.join(buildDir, 'embed'), rest);
      if (file) made = body(TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
    }
    if (made) profiled.set(key, made);
    return made;
  };

  const find = (pathname: string): Body | undefined => {
    const profiling = /^\/profile\/(\d+)\/(.+)$/.exec(pathname);
    if (profiling) {
      const size = Number(profiling[1]);
      return size >= 1 && size <= MAX_SIZE ? profile(size, profiling[2]!) : undefined;
    }
    const data = /^\/data\/(?:(vis|timelinejs)\/)?(\d+)\.json$/.exec(pathname);
    if (data) {
      const size = Number(data[2]);
      return size >= 1 && size <= MAX_SIZE ? dataset(size).get(data[1] ?? 'ours') : undefined;
    }
    for (const [prefix, dir] of MOUNTS) {
      if (!pathname.startsWith(prefix)) continue;
      // Served before: from memory, even if the file has gone since.
      const known = served.get(pathname);
      if (known) return known;
      const file = resolveFile(dir, pathname.slice(prefix.length));
      if (!file) return undefined;
      let cached = files.get(file);
      if (!cached) {
        cached = body(TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
        files.set(file, cached);
      }
      served.set(pathname, cached);
      return cached;
    }
    return undefined;
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    log.requests++;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const found = request.method === 'GET' || request.method === 'HEAD' ? find(pathname) : undefined;
    if (!found) {
      log.notFound.push(pathname);
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end(`not found: ${pathname}\n`);
      return;
    }
    const gzip = found.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const payload = gzip ? found.gzip! : found.raw;
    response.writeHead(200, {
      'content-type': found.type,
      'content-length': payload.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {})
    });
    response.end(request.method === 'HEAD' ? undefined : payload);
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    log,
    prepare(sizes) {
      for (const size of sizes) dataset(size);
      return new Map(sizes.map((size) => [size, summaries.get(size)!]));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer(Number(process.argv[2] ?? 4180));
  console.log(`serving on ${server.origin}`);
  console.log(`  ours (embed): ${server.origin}/pages/ours-embed.html?size=1000`);
  console.log(`  ours (site):  ${server.origin}/?src=/data/1000.json`);
  console.log(`  vis-timeline: ${server.origin}/pages/vis-timeline.html?size=1000`);
  console.log(`  TimelineJS:   ${server.origin}/pages/timelinejs.html?size=1000`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}
