/**
 * Label widths measured with a canvas in the labels' own font, so that truncation happens where the
 * rendered text would actually run out of room.
 *
 * What is measured is a probe in the labels' font (an empty, hidden span of Timeline.svelte at the
 * labels' size, `--nt-label-text`): the timeline measures it with its own width, before any mark is
 * drawn; the timeline's root alone would not do, as labels have a size of their own. The padding around
 * the text is the geometry's `labelPad`, added by the layout (core/engine/model.ts), as the labels' CSS
 * takes it from the same number.
 */
import { estimateWidth, type Measure } from '../core/layout/measure.js';

/**
 * `exact` measures each string; `fast` adds up per-character widths measured once each, for datasets
 * too large to measure title by title (100,000 titles cost over a second with `exact`, a few
 * milliseconds with `fast`). `fast` ignores kerning, so it may be off by a pixel or two; CSS still cuts
 * the text at the width laid out, so an error shows as an earlier ellipsis, never as overlap.
 */
export interface Measurers {
  exact: Measure;
  fast: Measure;
}

export function canvasMeasure(probe: Element): Measurers {
  const style = getComputedStyle(probe);
  const px = (value: string) => parseFloat(value) || 0;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) {
    const estimate = (text: string) => estimateWidth(text, px(style.fontSize) || 13);
    return { exact: estimate, fast: estimate };
  }
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const characters = new Map<string, number>();
  return {
    // A pixel of slack per label absorbs sub-pixel differences between canvas and layout.
    exact: (text) => Math.ceil(context.measureText(text).width) + 1,
    fast: (text) => {
      let width = 0;
      for (const character of text) {
        let w = characters.get(character);
        if (w === undefined) {
          w = context.measureText(character).width;
          characters.set(character, w);
        }
        width += w;
      }
      return Math.ceil(width) + 2;
    }
  };
}
