/**
 * What readers download, gzipped at level 9, data excluded (timeline.json and sources/ are not code),
 * checked against budgets:
 *
 * - the element, for each snippet the README and the Embed dialog hand out, to its first events: the
 *   script and what it imports statically, plus the chunks that snippet waits for before drawing (the
 *   Indonesian words for `lang="id"`). The details panel and the gestures are fetched after the first
 *   events are drawn (tests/e2e/embed.test.ts holds them back and sees the events), so no snippet waits
 *   for them;
 * - the iframe page's JavaScript, as its HTML asks for it;
 * - everything the element can ever load, against a guard, so that any growth is a decision;
 * - requests in series: the first script imports no chunk statically, and the chunks the reader and the
 *   validator import are among those it asks for as the element connects (preloadReader).
 *
 * Chunks and their imports come from the embed build's manifest (build/embed-manifest.json), not from
 * reading the minified code. Fails when any budget is passed.
 *
 *   npm run size      (after npm run build)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, KB } from './budgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const embed = join(root, 'build/embed');
const manifestPath = join(root, 'build/embed-manifest.json');

if (!existsSync(manifestPath)) {
  console.error('size: build/embed-manifest.json does not exist; run npm run build first');
  process.exit(1);
}
/** @type {Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** A module's chunk and every chunk it imports statically, followed through. */
function closure(...keys) {
  const seen = new Set();
  const queue = [...keys];
  while (queue.length > 0) {
    const key = queue.shift();
    if (seen.has(key)) continue;
    if (!manifest[key]) throw new Error(`size: ${key} is not in the embed's manifest`);
    seen.add(key);
    queue.push(...(manifest[key].imports ?? []));
  }
  return seen;
}
const bytes = (keys) => [...keys].reduce((sum, key) => sum + gz(join(embed, manifest[key].file)), 0);

const ENTRY = 'src/embed/element.svelte.ts';
/** When each chunk the element loads on demand is fetched. */
const ON_DEMAND = {
  'src/lib/core/i18n/id.ts': 'embeds shown in Indonesian, before their first events',
  'src/lib/gestures/zoom.ts': 'after the first events are drawn, or at the first pointer, touch or focus',
  'src/lib/components/overview.ts': 'the overview strip, with the gestures',
  'src/lib/components/story.ts':
    'timelines narrower than 600 px (a phone, a sidebar), before their first events',
  'src/lib/components/details.ts':
    'after the first events are drawn when an event is open, else at the first pointer, touch or focus',
  'src/lib/core/i18n/en-details.ts': "an open event's words in English, with the details",
  'src/lib/core/i18n/id-details.ts': "an open event's words in Indonesian, with the details",
  'src/lib/data/texts.ts':
    "the archived texts: when an event opens or at intent (with a dataset of one's own, beside it)",
  'src/lib/data/read.ts': 'datasets other than the one shipped beside the script (the reader)',
  'src/lib/core/data/validate.ts': 'datasets other than the one shipped beside the script (the validator)',
  'src/lib/core/data/json.ts': 'a dataset file that is not valid JSON',
  'src/lib/core/data/formats.ts': 'CSV and TimelineJS files',
  'src/lib/core/i18n/failures-en.ts': 'a dataset that cannot be shown (why, in English)',
  'src/lib/core/i18n/failures-id.ts': 'a dataset that cannot be shown (why, in Indonesian)',
  'src/lib/components/IssueList.svelte': 'a dataset with problems (their list)',
  'src/lib/components/groups.ts': 'data whose events have groups (their names), beside the first events'
};
/** Every chunk a module can ever load: its static imports and its dynamic ones, followed through. */
function reachable(key) {
  const seen = new Set();
  const queue = [key];
  while (queue.length > 0) {
    const next = queue.shift();
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(manifest[next].imports ?? []), ...(manifest[next].dynamicImports ?? []));
  }
  return seen;
}
// Every chunk loaded on demand, by the entry or by another such chunk (the reader loads the converters).
const dynamic = [...new Set([...reachable(ENTRY)].flatMap((key) => manifest[key].dynamicImports ?? []))];
const unexplained = dynamic.filter((key) => !(key in ON_DEMAND));
if (unexplained.length > 0) {
  console.error(
    `size: say when these chunks load (ON_DEMAND in scripts/size.mjs): ${unexplained.join(', ')}`
  );
  process.exit(1);
}

const start = closure(ENTRY);
console.log('The element (build/embed/), gzipped:');
console.log(
  `  ${'news-timeline.js and its static imports'.padEnd(44)} ${kb(bytes(start)).padStart(8)}  at start`
);
for (const key of dynamic) {
  const extra = [...closure(key)].filter((k) => !start.has(k));
  console.log(`  ${manifest[key].file.padEnd(44)} ${kb(bytes(extra)).padStart(8)}  ${ON_DEMAND[key]}`);
}

/** Each documented snippet, with the chunks it waits for before its first events. */
const SNIPPETS = [
  { name: '<news-timeline> (English)', waits: [] },
  { name: '<news-timeline lang="id">', waits: ['src/lib/core/i18n/id.ts'] },
  { name: '<news-timeline event="…">', waits: [] },
  { name: '<news-timeline lang="id" event="…">', waits: ['src/lib/core/i18n/id.ts'] },
  // The same snippets in a narrow column wait for the narrow layout too.
  { name: '… in a column under 600 px', waits: ['src/lib/components/story.ts'], budget: BUDGETS.narrow },
  {
    name: '… lang="id", in a column under 600 px',
    waits: ['src/lib/core/i18n/id.ts', 'src/lib/components/story.ts'],
    budget: BUDGETS.narrow
  }
];
const results = [];
console.log('\nTo the first events, per snippet (budget 40 KB each; 43 KB in a narrow column):');
for (const snippet of SNIPPETS) {
  const size = bytes(closure(ENTRY, ...snippet.waits));
  results.push({ what: snippet.name, size, budget: snippet.budget ?? BUDGETS.element });
  console.log(`  ${snippet.name.padEnd(44)} ${kb(size).padStart(8)}`);
}

// Requests in series: each chunk the first script imports statically is learnt of only once the script
// has arrived, a round trip before any of the element's code runs; and the reader's and the validator's
// imports must be among the chunks the script asks for as the element connects (preloadReader).
const entryCode = readFileSync(join(embed, manifest[ENTRY].file), 'utf8');
const serial = (manifest[ENTRY].imports ?? []).map((key) => manifest[key].file);
results.push({
  what: `the first script's static imports (${serial.join(', ')})`,
  size: serial.length,
  budget: 0
});
console.log(`\nChunks the first script imports statically (each a request in series): ${serial.length}`);
const readers = ['src/lib/data/read.ts', 'src/lib/core/data/validate.ts'];
const unpreloaded = readers
  .flatMap((key) => [key, ...(manifest[key].imports ?? [])])
  .filter((key) => key !== ENTRY && !entryCode.includes(`"./${manifest[key].file}"`))
  .map((key) => manifest[key].file);
results.push({
  what: `chunks the reader waits for, not preloaded (${unpreloaded.join(', ')})`,
  size: unpreloaded.length,
  budget: 0
});
console.log(`Chunks the reader and the validator import that are not preloaded: ${unpreloaded.length}`);

const everything = bytes(reachable(ENTRY));
results.push({ what: 'everything the element can load', size: everything, budget: BUDGETS.everything });
console.log(`\nEverything the element can load: ${kb(everything)} (guard ${kb(BUDGETS.everything)})`);

// The iframe page: the scripts its prerendered HTML preloads and imports.
const page = readFileSync(join(embed, 'index.html'), 'utf8');
const scripts = new Set(
  [...page.matchAll(/(?:modulepreload" href="|href="([^"]+)" rel="modulepreload|import\(")([^"]*)"/g)]
    .map((match) => match[1] ?? match[2])
    .filter(Boolean)
);
let iframe = 0;
for (const src of scripts) iframe += gz(join(embed, src));
const validator = [...scripts].some((src) =>
  readFileSync(join(embed, src), 'utf8').includes('is not a known field')
);
results.push({ what: 'the iframe page (/embed/)', size: iframe, budget: BUDGETS.iframe });
console.log(
  `The iframe page's JavaScript: ${kb(iframe)} in ${scripts.size} files (budget ${kb(BUDGETS.iframe)})`
);
if (validator) results.push({ what: 'the iframe page downloads the validator', size: 1, budget: 0 });
else console.log('The iframe page does not download the validator: the build validated its data.');

console.log('\nPeers, as measured by bench/ (script + style, gzipped): see bench/RESULTS.md');
const failures = results.filter((r) => r.size > r.budget);
for (const f of failures) console.error(`size: ${f.what} is over budget: ${kb(f.size)} > ${kb(f.budget)}`);
console.log(`size: ${results.length - failures.length} passed, ${failures.length} failed`);
if (failures.length > 0) process.exit(1);
