/**
 * Animates a programmatic zoom (a button, a key, a cluster, a deep link) through d3-zoom, one
 * `zoom.transform` per frame, so d3-zoom's state and ours stay one. Any gesture interrupts it.
 */
import type { Selection } from 'd3-selection';
import { zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { ZoomTransform } from '../core/time/axis.js';
import { onInterrupt } from './transition-shim.js';

/** Cubic ease in and out: quick to start, gentle to land. */
function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * Moves `selection`'s zoom from `from` to `to` over `duration` ms; 0 jumps. Scale is interpolated in log
 * space and the point under the view's centre moves linearly, so a zoom neither lurches nor overshoots.
 */
export function animateZoom(
  selection: Selection<HTMLElement, unknown, null, undefined>,
  behavior: ZoomBehavior<HTMLElement, unknown>,
  from: ZoomTransform,
  to: ZoomTransform,
  viewWidth: number,
  duration: number
): void {
  const node = selection.node();
  const apply = (t: ZoomTransform) =>
    behavior.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
  if (!node || duration <= 0) {
    if (node) onInterrupt(node, () => {});
    apply(to);
    return;
  }
  const centre = viewWidth / 2;
  const c0 = (centre - from.x) / from.k;
  const c1 = (centre - to.x) / to.k;
  const start = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const p = ease(Math.min(1, (now - start) / duration));
    const k = from.k * (to.k / from.k) ** p;
    const c = c0 + (c1 - c0) * p;
    apply({ k, x: centre - k * c });
    if (p < 1) frame = requestAnimationFrame(step);
  };
  onInterrupt(node, () => cancelAnimationFrame(frame));
  frame = requestAnimationFrame(step);
}
