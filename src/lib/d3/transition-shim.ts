/**
 * Stands in for d3-transition in the site's and the embed's bundles (wired by `resolve.alias` in
 * scripts/aliases.ts, as selection.ts is for d3-selection). Nothing else in src/lib imports it: a Svelte
 * site using the package resolves the real d3-transition.
 *
 * d3-zoom imports one thing from d3-transition, `interrupt(node)`, which it calls when a gesture starts to
 * stop the d3-transition transitions running on the node (and `selection.interrupt()`, which the
 * d3-selection stand-in provides as a no-op too). It starts such a transition only to animate a
 * double-click, which we turn off (`zoom.duration(0)`), so there is never one to stop. Our own animation
 * of programmatic zooms (animate.ts) is not a transition: the zoom behaviour's 'start' handler stops it
 * (`stopAnimation`), whichever d3-transition the bundle has.
 *
 * This keeps d3-transition, d3-timer, d3-ease, d3-color and most of d3-interpolate out of the bundles,
 * and changes nothing outside this module (no prototype is patched).
 */

/** Does nothing: no d3-transition transition ever runs on `node` (see above). */
export function interrupt(_node: Element): void {}
