/**
 * The embed's weight as readers pay it: every script of build/embed/ (the styles are inlined in
 * news-timeline.js), gzipped at level 9, the data (timeline.json, sources/) excluded.
 *
 * The budget (40 KB) is what a blog post loads to show the timeline: news-timeline.js and what it imports
 * statically. Everything else is a chunk fetched only by the embeds that need it, each named below with
 * when; the figures for a reader who opens an event, in English and in Indonesian, and for everything
 * the embed can load are printed beside it, and a guard on the last keeps any growth a decision.
 * Fails when the start passes the budget or everything passes the guard.
 *
 *   npm run size      (after npm run build)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'build/embed');
/** What a blog post may load to show the timeline (issue 4). */
const BUDGET = 40 * 1024;
/** Everything the embed can load: the measured size plus a little room, so any growth is a decision. */
const GUARD = 53 * 1024;

/** When each on-demand chunk is fetched, by the name Rolldown gives it. */
const WHEN = {
  DetailPanel: 'at the first pointer, touch or focus on the timeline',
  'locale-id': 'embeds shown in Indonesian',
  validate: 'datasets other than the one shipped beside the script',
  json: 'a dataset file that is not valid JSON',
  formats: 'CSV and TimelineJS files'
};

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'sources' ? [] : files(path);
    return /\.(js|css)$/.test(name) ? [path] : [];
  });
}

let list;
try {
  list = files(dir);
} catch {
  console.error('size: build/embed does not exist; run npm run build first');
  process.exit(1);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The chunks a module imports statically (loaded with it), followed through. */
function staticClosure(entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.shift();
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g
    )) {
      const next = join(path, '..', match[1]);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const entry = join(dir, 'news-timeline.js');
const initial = staticClosure(entry);
const sizes = {};
let atStart = 0;
let everything = 0;
for (const path of list.sort()) {
  const bytes = gz(path);
  const name = relative(dir, path);
  const chunk = /^chunks\/(.+)-[\w-]{8}\.js$/.exec(name)?.[1];
  if (chunk) sizes[chunk] = bytes;
  const when =
    name === 'resize.js'
      ? 'pages with iframes only'
      : initial.has(path)
        ? 'loaded at start'
        : (WHEN[chunk] ?? 'on demand');
  console.log(`${name.padEnd(36)} ${kb(bytes).padStart(9)} gzipped  (${when})`);
  if (name === 'resize.js') continue;
  everything += bytes;
  if (initial.has(path)) atStart += bytes;
}
const opened = atStart + (sizes.DetailPanel ?? 0);
const verdict =
  atStart <= BUDGET ? 'within the 40 KB budget' : `over the 40 KB budget by ${kb(atStart - BUDGET)}`;
console.log(`what a blog post loads to show the timeline: ${kb(atStart)} gzipped, ${verdict}`);
console.log(
  `a reader who opens an event: ${kb(opened)} in English, ${kb(opened + (sizes['locale-id'] ?? 0))} in Indonesian`
);
console.log(`everything the embed can load: ${kb(everything)} gzipped; guard ${kb(GUARD)}`);
console.log('peers, as measured by bench/ (script + style, gzipped): see bench/RESULTS.md');
const failures = [];
if (atStart > BUDGET) failures.push(`the embed's start is over budget (${kb(atStart)} > ${kb(BUDGET)})`);
if (everything > GUARD) failures.push(`the embed grew past the guard (${kb(everything)} > ${kb(GUARD)})`);
for (const failure of failures) console.error(`size: ${failure}`);
console.log(`size: ${failures.length === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed'}`);
if (failures.length > 0) process.exit(1);
