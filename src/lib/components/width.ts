/**
 * `{@attach clientWidth((w) => (width = w))}`: keeps a number in step with an element's `clientWidth`,
 * as `bind:clientWidth` does, without the size-binding runtime that binding brings into the embed.
 */
import type { Attachment } from 'svelte/attachments';
import { canvasMeasure, type Measurers } from '../state/measure.js';

export function clientWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    set(node.clientWidth);
    const observer = new ResizeObserver(() => set(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  };
}

/**
 * `{@attach measured(timeline)}` on the timeline's root: the labels' font (its `.measure-probe`) and the
 * view's width, measured together as the root is attached and before anything is drawn (the content
 * waits for a width), so that the engine lays the events out once. Drawn at once, the marks were laid
 * out on a guessed width, then on the real one with estimated label widths, then again when the font
 * was measured: three models and three drawings at start. The font is measured again when a web font
 * of the host page arrives.
 */
export function measured(timeline: { measurers: Measurers; width: number }): Attachment<HTMLElement> {
  return (node) => {
    const measure = () => {
      const probe = node.querySelector('.measure-probe');
      if (probe) timeline.measurers = canvasMeasure(probe);
    };
    measure();
    document.fonts?.addEventListener('loadingdone', measure);
    const stopWidth = clientWidth((w) => (timeline.width = w))(node);
    return () => {
      document.fonts?.removeEventListener('loadingdone', measure);
      stopWidth?.();
    };
  };
}
