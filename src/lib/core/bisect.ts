/**
 * Binary search over sorted arrays: how the axis finds a segment and the layout finds the marks in view,
 * in logarithmic time however many events there are.
 */

/**
 * Index of the first element of a sorted array whose key is at least `value`.
 *
 * lowerBound([1, 3, 5], 4, (n) => n) → 2
 */
export function lowerBound<T>(sorted: ArrayLike<T>, value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
