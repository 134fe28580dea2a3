/**
 * d3-zoom on the timeline's viewport, as an attachment: drag pans, pinch and ctrl/⌘+wheel zoom about the
 * pointer (d3-zoom's own handling), sideways wheel and shift+wheel pan, a plain vertical wheel and a
 * vertical swipe are left to the page (policy.ts). Programmatic moves come back through here
 * (`attachMover`), animated one `zoom.transform` per frame, so d3-zoom's state and ours stay one.
 */
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { animateZoom, stopAnimation } from '../d3/animate.js';
import { ANIMATION_MS, type TimelineState } from '../state/timeline.svelte.js';
import { TouchLock, wheelPan, wheelZooms } from './policy.js';

/** <div {@attach zoomGestures(timeline)}> */
export function zoomGestures(timeline: TimelineState): Attachment<HTMLElement> {
  return (node) => {
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
        if (event.sourceEvent) stopAnimation(node);
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        timeline.transform = { k: event.transform.k, x: event.transform.x };
      });
    const selection = select(node).call(behavior);
    // d3-zoom sets touch-action: none inline; vertical swipes must still scroll the page.
    node.style.touchAction = 'pan-y';

    $effect(() => {
      behavior
        .scaleExtent([1, timeline.model.maxK])
        .extent([
          [0, 0],
          [timeline.viewWidth, 100]
        ])
        .translateExtent([
          [0, 0],
          [timeline.model.axis.width, 100]
        ]);
    });

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

    const unregister = timeline.attachMover((target, animate) => {
      animateZoom(
        selection,
        behavior,
        timeline.transform,
        target,
        timeline.viewWidth,
        animate ? ANIMATION_MS : 0
      );
    });

    return () => {
      unregister();
      stopAnimation(node);
      selection.on('.zoom', null);
      node.removeEventListener('wheel', onWheel);
      node.removeEventListener('touchstart', onTouchStart, { capture: true });
      node.removeEventListener('touchmove', onTouchMove, { capture: true });
    };
  };
}
