/** The pages the benchmark measures, and which of them a run measures as "ours". */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fail } from './log.js';
import type { Options } from './options.js';
import { ROOT } from './server.js';
import type { Contender, ContenderId } from './types.js';

export const EMBED_FILE = path.join(ROOT, 'build/embed/news-timeline.js');

export const CONTENDERS: Record<ContenderId, Contender> = {
  ours: {
    id: 'ours',
    label: 'ours (embed)',
    kind: 'embed',
    page: (size) => `/pages/ours-embed.html?size=${size}`,
    data: (size) => `/data/${size}.json`
  },
  'ours-site': {
    id: 'ours-site',
    label: 'ours (site)',
    kind: 'site',
    page: (size) => `/?src=/data/${size}.json`,
    data: (size) => `/data/${size}.json`
  },
  // No library: one SVG, a circle and a label per event (bench/pages/floor.html), reading our own file.
  floor: {
    id: 'floor',
    label: 'floor',
    kind: 'floor',
    page: (size) => `/pages/floor.html?size=${size}`,
    data: (size) => `/data/${size}.json`
  },
  'vis-timeline': {
    id: 'vis-timeline',
    label: 'vis-timeline',
    kind: 'vis',
    page: (size) => `/pages/vis-timeline.html?size=${size}`,
    data: (size) => `/data/vis/${size}.json`
  },
  timelinejs: {
    id: 'timelinejs',
    label: 'TimelineJS',
    kind: 'timelinejs',
    page: (size) => `/pages/timelinejs.html?size=${size}`,
    data: (size) => `/data/timelinejs/${size}.json`
  }
};

/**
 * The contenders of this run, ours first (the reference of the peers' ratios) and the floor next when it
 * runs (the reference of every figure's second ratio), with how ours was chosen.
 */
export function chooseContenders(
  options: Pick<Options, 'ours' | 'contenders'>,
  embedExists = existsSync(EMBED_FILE)
): { list: Contender[]; oursNote: string } {
  let ours: Contender[];
  let oursNote: string;
  if (options.ours === 'embed' || (options.ours === 'auto' && embedExists)) {
    if (!embedExists) fail('--ours embed: build/embed/news-timeline.js does not exist (run npm run build)');
    ours = [{ ...CONTENDERS.ours }];
    oursNote =
      'the <news-timeline> custom element (build/embed/news-timeline.js) in bench/pages/ours-embed.html';
  } else if (options.ours === 'both') {
    if (!embedExists) fail('--ours both: build/embed/news-timeline.js does not exist (run npm run build)');
    ours = [{ ...CONTENDERS.ours }, { ...CONTENDERS['ours-site'] }];
    oursNote =
      'both: the <news-timeline> custom element (the reference of the ratios) and the site page /?src=';
  } else {
    // The site page is the reference then: call it "ours" so the ratios read the same.
    ours = [{ ...CONTENDERS['ours-site'], id: 'ours' }];
    oursNote = embedExists
      ? 'the site page /?src=/data/<size>.json (chosen with --ours site)'
      : 'the site page /?src=/data/<size>.json: build/embed/news-timeline.js does not exist yet';
  }
  const others = options.contenders.filter((c) => c !== 'ours').map((c) => CONTENDERS[c as ContenderId]);
  const floor = others.filter((c) => c.id === 'floor');
  const peers = others.filter((c) => c.id !== 'floor');
  return { list: [...ours, ...floor, ...peers], oursNote };
}
