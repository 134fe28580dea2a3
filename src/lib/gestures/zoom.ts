/**
 * d3-zoom on the timeline's viewport: drag pans, pinch and ctrl/⌘+wheel zoom about the pointer (d3-zoom's
 * own handling), sideways wheel and shift+wheel pan, a plain vertical wheel and a vertical swipe are left
 * to the page (policy.ts). Programmatic moves come back through here (`attachMover`), animated one
 * `zoom.transform` per frame, so d3-zoom's state and ours stay one.
 *
 * Plain TypeScript, no Svelte: the timeline loads it as a chunk of its own after its first events are
 * drawn (Timeline.svelte), and keeps the bounds up to date through `bound`.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { ZoomTransform } from '../core/time/axis.js';
import { animateZoom, stopAnimation } from '../d3/animate.js';
import { TouchLock, wheelPan, wheelZooms } from './policy.js';

/** What the gestures need of a timeline: its transform, its width, and a way to hear of moves. */
export interface Zoomable {
  transform: ZoomTransform;
  readonly viewWidth: number;
  attachMover(moveTo: (transform: ZoomTransform, duration: number) => void): () => void;
  /** Told when a gesture of the reader's starts. */
  readerMoved(): void;
}

export interface ZoomGestures {
  /** The zoom's bounds: the deepest zoom, the view's width, the axis's base width. */
  bound(maxK: number, viewWidth: number, axisWidth: number): void;
  destroy(): void;
}

/**
 * const gestures = attachZoom(viewport, timeline); gestures.bound(40, 1280, 1280); … gestures.destroy()
 */
export function attachZoom(node: HTMLElement, timeline: Zoomable): ZoomGestures {
  const behavior = zoom<HTMLElement, unknown>()
    // Double-click zooms at once: d3-zoom's own animation would need all of d3-transition.
    .duration(0)
    .filter((event: Event) => {
      if (event.type === 'wheel') return wheelZooms(event as WheelEvent);
      if (event.type === 'dblclick') return !(event.target as Element).closest('button');
      const mouse = event as MouseEvent;
      return !mouse.ctrlKey && !mouse.button;
    })
    // A gesture stops a running animation.
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) {
        stopAnimation(node);
        timeline.readerMoved();
      }
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      timeline.transform = { k: event.transform.k, x: event.transform.x };
    });
  const selection = select(node).call(behavior);
  // d3-zoom sets touch-action: none inline; vertical swipes must still scroll the page.
  node.style.touchAction = 'pan-y';

  const bound = (maxK: number, viewWidth: number, axisWidth: number) => {
    behavior
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [viewWidth, 100]
      ])
      .translateExtent([
        [0, 0],
        [axisWidth, 100]
      ]);
  };

  const onWheel = (event: WheelEvent) => {
    const dx = wheelPan(event, timeline.viewWidth);
    if (dx === null) return;
    event.preventDefault();
    behavior.translateBy(selection, -dx / timeline.transform.k, 0);
  };
  node.addEventListener('wheel', onWheel, { passive: false });

  // d3-zoom prevents the default of every touchmove it sees, which would stop a vertical swipe from
  // scrolling the page: it does not see one until the swipe shows it is sideways.
  const lock = new TouchLock();
  const points = (event: TouchEvent) => Array.from(event.touches, (t) => ({ x: t.clientX, y: t.clientY }));
  const onTouchStart = (event: TouchEvent) => lock.start(points(event));
  const onTouchMove = (event: TouchEvent) => {
    if (lock.move(points(event)) === 'page') event.stopImmediatePropagation();
  };
  node.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  node.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });

  const unregister = timeline.attachMover((target, duration) => {
    animateZoom(selection, behavior, timeline.transform, target, timeline.viewWidth, duration);
  });

  return {
    bound(maxK, viewWidth, axisWidth) {
      bound(maxK, viewWidth, axisWidth);
      // The view may have moved before the gestures arrived (a key, a button, a deep link), or the
      // bounds changed: d3-zoom starts from where the view is.
      const { k, x } = timeline.transform;
      behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
    },
    destroy() {
      unregister();
      stopAnimation(node);
      selection.on('.zoom', null);
      node.removeEventListener('wheel', onWheel);
      node.removeEventListener('touchstart', onTouchStart, { capture: true });
      node.removeEventListener('touchmove', onTouchMove, { capture: true });
    }
  };
}
