/**
 * The weight budgets, in bytes gzipped (level 9), written once: scripts/size.mjs checks them against the
 * embed build's manifest, tests/e2e/budget.test.ts against what a browser fetches before each documented
 * snippet's first events. Data (timeline.json, sources/) is not code and is not counted.
 *
 * A documented snippet shows its first events within 40 KB, in either language, with or without an
 * event open; the same in a column under 600 px waits for the narrow layout too, within 43 KB; a dataset
 * of one's own (`src`, the authoring page's snippet) waits for the reader and the validator too, within
 * 50 KB. The guard on everything went from 56 to 74 KB with issues 11, 12 and 14: the narrow layout,
 * episodes and the drawer (3.8 KB), sentence-level citations and record sources (3.5 KB), the words for
 * why a dataset cannot be shown and the total converters (4.2 KB); and since then it counts the chunks
 * other chunks load too (the reader's converters and JSON locator). Issue 13 took it from 71.6 to 73.9 KB
 * (the archived texts' own chunk, Copy link in the panel, the first quote brought into view, the reset
 * of inherited styles, the hosting link), so it is 76 KB from there. Issue 16 took it from 73.9 to 76.8 KB
 * (TimelineJS's spreadsheet as a format of its own, 1.5 KB in the converters' chunk; display dates,
 * groups and media in the schema and the validator; the list of groups, a chunk of its own), and its
 * deep time and media to 80.9 KB (deep years' words, a chunk the validator installs; the media panel,
 * in the details chunk; the overview strip, now a chunk that follows the first events), so it is 83 KB
 * from there.
 */
export const KB = 1024;
export const BUDGETS = {
  element: 40 * KB,
  narrow: 43 * KB,
  ownData: 50 * KB,
  iframe: 60 * KB,
  everything: 83 * KB
};
