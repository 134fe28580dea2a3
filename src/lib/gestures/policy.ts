/**
 * What a wheel or a swipe means on the timeline, decided before d3-zoom sees it: pure rules, so they
 * can be read and tested apart from the DOM.
 *
 * - ctrl/⌘ + wheel (and a trackpad's pinch, which browsers send as ctrl + wheel): d3-zoom zooms.
 * - A sideways wheel, or shift + wheel: we pan.
 * - A plain vertical wheel: the page scrolls; the timeline never traps it.
 * - One finger: nothing until the swipe shows its direction; a vertical one scrolls the page, for good.
 */

export interface WheelLike {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Whether d3-zoom should take this wheel event (it zooms about the pointer). */
export function wheelZooms(event: WheelLike): boolean {
  return event.ctrlKey || event.metaKey;
}

/**
 * How many pixels a wheel event pans the view by, or null when it is not a pan (the page may scroll).
 * Lines and pages are converted to pixels as browsers do.
 *
 * wheelPan({ deltaX: 30, deltaY: 2, deltaMode: 0, … }, 1280) → 30; wheelPan({ deltaY: 30, … }, 1280) → null
 */
export function wheelPan(event: WheelLike, viewWidth: number): number | null {
  if (wheelZooms(event)) return null;
  const sideways = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
  if (sideways === 0 || (!event.shiftKey && Math.abs(event.deltaX) < Math.abs(event.deltaY))) return null;
  return sideways * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? viewWidth : 1);
}

/** Pixels a finger must travel before its direction counts. */
export const TOUCH_SLOP = 8;

/**
 * The direction of a one-finger swipe, once it shows: d3-zoom sees the touch only if it is sideways (or
 * has two fingers, a pinch), so a vertical swipe always scrolls the page.
 *
 * const lock = new TouchLock(); lock.start([{ x: 0, y: 0 }]); lock.move([{ x: 1, y: 12 }]) → 'page'
 */
export class TouchLock {
  #start: { x: number; y: number } | null = null;
  #direction: 'x' | 'y' | null = null;

  start(touches: readonly { x: number; y: number }[]): void {
    this.#start = touches.length === 1 ? touches[0]! : null;
    this.#direction = touches.length === 1 ? null : 'x';
  }

  /** Who this move belongs to: the timeline (d3-zoom), or the page (a vertical scroll, or too soon to tell). */
  move(touches: readonly { x: number; y: number }[]): 'timeline' | 'page' {
    if (touches.length !== 1 || !this.#start || this.#direction === 'x') return 'timeline';
    if (this.#direction === null) {
      const dx = Math.abs(touches[0]!.x - this.#start.x);
      const dy = Math.abs(touches[0]!.y - this.#start.y);
      if (dx + dy >= TOUCH_SLOP) this.#direction = dy > dx ? 'y' : 'x';
      if (this.#direction === 'x') return 'timeline';
    }
    return 'page';
  }
}
