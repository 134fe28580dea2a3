/**
 * A piecewise-linear map between two increasing lists of stops, and its inverse: time in UTC ms to
 * pixels, across an axis's segments and breaks. It does what a polylinear d3 continuous scale does for
 * numbers; d3-scale's UTC scale would also bring d3-time-format, d3-interpolate and d3-color into the
 * embed for nothing this map needs.
 */
import { lowerBound } from '../bisect.js';

export interface Piecewise {
  (value: number): number;
  invert(output: number): number;
  readonly domain: readonly number[];
  readonly range: readonly number[];
}

function interpolate(from: readonly number[], to: readonly number[], value: number): number {
  const last = from.length - 1;
  if (last < 1) return to[0] ?? 0;
  // The segment holding value; beyond the ends the first or last segment extends, as in d3.
  const i =
    Math.min(
      last,
      Math.max(
        1,
        lowerBound(from, value, (v) => v)
      )
    ) - 1;
  const a = from[i]!;
  const b = from[i + 1]!;
  const t = b === a ? 0 : (value - a) / (b - a);
  return to[i]! + t * (to[i + 1]! - to[i]!);
}

/**
 * piecewise([0, 10, 20, 30], [0, 100, 110, 210])(25) → 160; .invert(160) → 25
 */
export function piecewise(domain: readonly number[], range: readonly number[]): Piecewise {
  if (domain.length !== range.length) throw new Error('piecewise: domain and range need as many stops');
  const map = ((value: number) => interpolate(domain, range, value)) as Piecewise;
  map.invert = (output: number) => interpolate(range, domain, output);
  Object.defineProperty(map, 'domain', { value: domain });
  Object.defineProperty(map, 'range', { value: range });
  return map;
}
