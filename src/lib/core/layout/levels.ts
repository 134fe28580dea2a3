/**
 * Zoom levels: a layout is computed once per level (four per doubling) and served to every zoom between
 * that level and the next. Spreading a layout (zooming above its level) only widens the room between
 * marks, so a layout stays free of overlaps at every zoom it serves, and a pan never lays out again.
 */
import { layoutMarks, type LayoutItem, type LayoutOptions, type PlacedMark } from './lanes.js';

/** Zoom levels per doubling at which a layout is computed. */
export const LEVELS_PER_DOUBLING = 4;
/** From one level to the next. */
export const LEVEL_STEP = 2 ** (1 / LEVELS_PER_DOUBLING);

/**
 * The zoom level whose layout serves zoom `k`: the nearest level at or below it.
 *
 * zoomLevel(1.3) → 1.189… (2^(1/4)); zoomLevel(2) → 2
 */
export function zoomLevel(k: number): number {
  return 2 ** (Math.floor(Math.log2(Math.max(k, 1)) * LEVELS_PER_DOUBLING + 1e-9) / LEVELS_PER_DOUBLING);
}

/** How close to a bound of the zoom counts as at it: animations and float arithmetic land near, not on. */
const TOLERANCE = 1e-3;

/** Whether zoom `k` is as deep as `maxK` allows. atMaxZoom(39.97, 40) → true */
export function atMaxZoom(k: number, maxK: number): boolean {
  return k >= maxK * (1 - TOLERANCE);
}

/** Whether zoom `k` shows the whole axis. atMinZoom(1.0004) → true */
export function atMinZoom(k: number): boolean {
  return k <= 1 + TOLERANCE;
}

/**
 * Layouts by zoom level, each computed once: a pan never lays out again, a zoom only on crossing a level.
 *
 * const layouts = new LayoutCache(baseX, widths, { lanes: 5 }); layouts.at(2, true) → PlacedMark[]
 */
export class LayoutCache {
  readonly #levels = new Map<string, PlacedMark[]>();
  readonly #baseX: ArrayLike<number>;
  readonly #labelWidths: ArrayLike<number>;
  readonly #priorities: ArrayLike<number> | undefined;
  readonly #options: Partial<LayoutOptions>;

  /** `options.limit` is in base pixels (zoom 1) here: each level scales it. */
  constructor(
    baseX: ArrayLike<number>,
    labelWidths: ArrayLike<number>,
    options: Partial<LayoutOptions> = {},
    priorities?: ArrayLike<number>
  ) {
    this.#baseX = baseX;
    this.#labelWidths = labelWidths;
    this.#priorities = priorities;
    this.#options = options;
  }

  at(level: number, cluster: boolean): PlacedMark[] {
    const key = `${level}:${cluster}`;
    let marks = this.#levels.get(key);
    if (!marks) {
      const items = new Array<LayoutItem>(this.#baseX.length);
      for (let i = 0; i < items.length; i++) {
        items[i] = {
          x: this.#baseX[i]! * level,
          labelWidth: this.#labelWidths[i]!,
          priority: this.#priorities?.[i]
        };
      }
      const limit = (this.#options.limit ?? Infinity) * level;
      marks = layoutMarks(items, { ...this.#options, limit, cluster });
      this.#levels.set(key, marks);
    }
    return marks;
  }
}
