/**
 * The timeline's keys, for the events group (one Tab stop with a roving focus): ←/→ the previous and
 * next event in time, Home/End the first and the last, +/− zoom around the focused event. Enter and
 * Space are the buttons' own.
 */
import type { TimelineState } from './timeline.svelte.js';

/** Does what `event`'s key means, and says whether it meant anything (then the key is consumed). */
export function pressKey(timeline: TimelineState, event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const focus = timeline.focusIndex;
  const zoom = (factor: number) => timeline.zoomBy(factor, timeline.screenX(focus));
  const step = timeline.geometry.zoomStep;
  const actions: Record<string, () => void> = {
    ArrowRight: () => timeline.focusEvent(focus + 1),
    ArrowLeft: () => timeline.focusEvent(focus - 1),
    Home: () => timeline.focusEvent(0),
    End: () => timeline.focusEvent(timeline.events.length - 1),
    '+': () => zoom(step),
    '=': () => zoom(step),
    '-': () => zoom(1 / step),
    _: () => zoom(1 / step)
  };
  // Own keys only: a synthetic event's key may be any string, `constructor` among them.
  const action = Object.hasOwn(actions, event.key) ? actions[event.key] : undefined;
  if (!action) return false;
  timeline.readerMoved();
  action();
  return true;
}
