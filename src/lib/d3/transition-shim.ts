/**
 * Stands in for d3-transition (wired by `resolve.alias` in the Vite configs). d3-zoom imports it only to
 * stop a running zoom animation when a new gesture starts (`interrupt`, `selection.interrupt()`), and
 * for its double-click animation, which we turn off (`zoom.duration(0)`). Our own animation of
 * programmatic zooms (animate.ts) registers here to be interrupted the same way. This keeps
 * d3-transition, d3-timer, d3-ease, d3-color and most of d3-interpolate out of the bundles.
 */
import { selection } from 'd3-selection';

const cancels = new WeakMap<Element, () => void>();

/** Asks the animation running on `node`, if any, to stop (what d3-zoom calls when a gesture starts). */
export function interrupt(node: Element): void {
  cancels.get(node)?.();
}

/**
 * Registers how to stop the animation now starting on `node`, after stopping the one before it.
 * Returns the unregistering function, for the animation to call when it ends.
 */
export function onInterrupt(node: Element, cancel: () => void): () => void {
  interrupt(node);
  cancels.set(node, cancel);
  return () => {
    if (cancels.get(node) === cancel) cancels.delete(node);
  };
}

// Only where d3-transition itself is absent: an app that bundles the real one (a Svelte site using the
// package) keeps its own `selection.interrupt`.
if (!selection.prototype.interrupt) {
  selection.prototype.interrupt = function (this: ReturnType<typeof selection>) {
    return this.each(function (this: Element) {
      interrupt(this);
    });
  };
}
