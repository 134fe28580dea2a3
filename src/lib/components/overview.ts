/**
 * The overview strip, a chunk of its own with its styles: the first events do not need it, so it comes
 * with the gestures, right after them (or at the first sign of intent), and its room is kept until then.
 */
export { default as TimelineOverview } from './Timeline.Overview.svelte';
export { default as css } from './overview.css?inline';
