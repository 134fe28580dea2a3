/**
 * The start profile's arithmetic (bench/profile.ts measures, this module adds up): the network waterfall as
 * text, which request waited for which, where the main thread's time went by category, and source maps.
 * Pure functions, no I/O.
 */

/** One request of the page, in ms since navigation start (Resource Timing; the document's is navigation). */
export interface Request {
  url: string;
  initiator: string;
  start: number;
  /** When the first byte of the response arrived. */
  firstByte: number;
  end: number;
  /** Compressed bytes on the wire. */
  bytes: number;
}

/**
 * The request that most plausibly made this one wait: the latest earlier request that had ended when this
 * one started (within 5 ms: the script that requests it runs after its own arrival). None when this one
 * started before any other ended (it was discovered at once, in parallel).
 */
export function waitedFor(request: Request, all: readonly Request[]): Request | undefined {
  let best: Request | undefined;
  for (const other of all) {
    if (other === request || other.end > request.start + 5 || other.start >= request.start) continue;
    if (!best || other.end > best.end) best = other;
  }
  return best;
}

/** The path and query of a URL, shortened for a table. */
export const shortUrl = (url: string) => {
  try {
    const parsed = new URL(url);
    return (parsed.pathname + parsed.search).replace(/^\/profile\/\d+\//, '');
  } catch {
    return url;
  }
};

/**
 * The waterfall as text: one line per request, its start, first byte and end (ms), its compressed size, a
 * bar on a scale of `width` characters up to `until` (the first events), and what it waited for.
 */
export function waterfallText(requests: readonly Request[], until: number, width = 40): string[] {
  const scale = width / Math.max(until, ...requests.map((r) => r.end));
  const lines = requests.map((r) => {
    const from = Math.round(r.start * scale);
    const to = Math.max(from + 1, Math.round(r.end * scale));
    const bar = `${' '.repeat(from)}${'█'.repeat(to - from)}`.padEnd(width + 1);
    const after = waitedFor(r, requests);
    const waits = after ? `after ${shortUrl(after.url)}` : 'at once';
    const kb = `${(r.bytes / 1024).toFixed(1)} KB`;
    return `${bar} ${shortUrl(r.url)} (${r.initiator}) ${r.start.toFixed(0)}→${r.firstByte.toFixed(0)}→${r.end.toFixed(0)} ms, ${kb}, ${waits}`;
  });
  const mark = Math.min(width, Math.round(until * scale));
  lines.push(`${' '.repeat(mark)}▲ first events ${until.toFixed(0)} ms`);
  return lines;
}

/** What a piece of the main thread's time was spent on, from the source file its code came from. */
export function categorize(source: string): string {
  if (/valibot|core\/data\/(validate|schema|schema-issues|issue)/.test(source)) return 'validation';
  if (/core\/data\/hash/.test(source)) return 'fingerprint (hash of the file)';
  if (/lib\/data\/|core\/data\//.test(source)) return 'reading (load, decode, sniff, read)';
  // Labels are fitted to their room by measured text widths; clientWidth makes the browser lay out at once.
  if (/measure|layout\/labels/.test(source)) return 'measuring (label widths, fitting)';
  if (/components\/width/.test(source)) return 'measuring (clientWidth: forced style and layout)';
  if (/core\/(layout|engine)\//.test(source)) return 'layout (lanes, positions, frame)';
  if (/dayjs|core\/time\//.test(source)) return 'dates';
  if (/node_modules\/svelte\//.test(source)) return 'Svelte runtime (effects, DOM)';
  if (/\.svelte(\.ts)?$|components\/|embed\//.test(source)) return 'components';
  if (/d3-/.test(source)) return 'd3';
  if (/lib\/state\//.test(source)) return 'state';
  if (/\/chunks\/validate-/.test(source)) return 'validation';
  if (/\/chunks\/(read|json|sniff)-/.test(source)) return 'reading (load, decode, sniff, read)';
  if (/news-timeline\.js|\/chunks\//.test(source)) return 'element code (no source map)';
  return 'page and probe';
}

/** A CPU profile node as V8 reports it (trace ProfileChunk or CDP Profiler). */
export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/**
 * One sample's category: V8's own buckets by name, JSON.parse and TextDecoder on their own, and every other
 * native frame charged to the nearest JavaScript frame above it (its source from `locate`).
 */
export function sampleCategory(
  leaf: ProfileNode,
  nodes: ReadonlyMap<number, ProfileNode>,
  locate: (url: string, line: number, column: number) => string
): string {
  const name = leaf.callFrame.functionName;
  if (name === '(idle)') return 'idle (waiting for the network)';
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)') return 'browser (HTML, style, layout, paint, compile)';
  if (name === '(root)') return 'browser (HTML, style, layout, paint, compile)';
  if (!leaf.callFrame.url && name === 'parse') return 'JSON.parse';
  if (!leaf.callFrame.url && name === 'decode') return 'reading (load, decode, sniff, read)';
  for (let node: ProfileNode | undefined = leaf; node; node = nodes.get(node.parent ?? -1)) {
    const frame = node.callFrame;
    if (frame.url) return categorize(locate(frame.url, frame.lineNumber, frame.columnNumber));
  }
  return 'other native code';
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * A source map's `mappings`, decoded: for each generated line, its segments [column, source index] in
 * column order (what `sourceAt` needs; names and original positions are not).
 */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = VLQ.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      if (fields.length > 1) segments.push([column, source]);
    }
    lines.push(segments);
  }
  return lines;
}

/** The source file a generated position (0-based line and column) came from; undefined when unmapped. */
export function sourceAt(
  decoded: [number, number][][],
  sources: readonly string[],
  line: number,
  column: number
): string | undefined {
  const segments = decoded[line];
  if (!segments || segments.length === 0) return undefined;
  let lo = 0;
  let hi = segments.length - 1;
  if (segments[0]![0] > column) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]![0] <= column) lo = mid;
    else hi = mid - 1;
  }
  return sources[segments[lo]![1]];
}

/** Milliseconds by category, largest first, as "validation 123 ms (45%)" lines. */
export function breakdownText(totals: Record<string, number>): string[] {
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  return Object.entries(totals)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name}: ${ms.toFixed(0)} ms (${sum > 0 ? ((100 * ms) / sum).toFixed(0) : 0}%)`);
}
