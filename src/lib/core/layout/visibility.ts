/**
 * Which marks are on screen, found by binary search over a layout: the DOM holds only those, so it stays
 * small however many events there are.
 */
import { lowerBound } from '../bisect.js';
import { LAYOUT_DEFAULTS, markExtent, type LayoutOptions, type PlacedMark } from './lanes.js';

/**
 * The marks that reach into [left, right] (zoomed base pixels). `reach` is the farthest a mark's label
 * extends from it, either way.
 *
 * visibleMarks(marks, 0, 1280, 320) → the marks drawn in a 1280-pixel view
 */
export function visibleMarks(
  marks: readonly PlacedMark[],
  left: number,
  right: number,
  reach: number,
  options: Pick<LayoutOptions, 'dot' | 'gap'> = LAYOUT_DEFAULTS
): PlacedMark[] {
  // A label may run right of its mark or left of it: marks up to `reach` beyond either edge may show.
  const from = lowerBound(marks, left - reach, (m) => m.x);
  const to = lowerBound(marks, right + reach, (m) => m.x);
  const visible: PlacedMark[] = [];
  for (let i = from; i < to; i++) {
    const mark = marks[i]!;
    const extent = markExtent(mark, options);
    if (extent.right >= left && extent.left <= right) visible.push(mark);
  }
  return visible;
}

/**
 * The mark that shows item `index`: the event itself, or the cluster holding it.
 *
 * markOf(marks, 3) → { kind: 'cluster', first: 2, last: 5, … }
 */
export function markOf(marks: readonly PlacedMark[], index: number): PlacedMark | undefined {
  const at = lowerBound(marks, index + 1, (m) => m.first) - 1;
  const mark = marks[at];
  return mark && mark.first <= index && index <= mark.last ? mark : undefined;
}
