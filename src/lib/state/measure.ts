/**
 * Label widths measured with a canvas in the labels' own font, so that truncation happens where the
 * rendered text would actually run out of room.
 *
 * What is measured is a probe that is itself a label (an empty, hidden `.label` the marks always
 * render): the timeline measures at mount, before any mark is drawn (its width is not known yet), and
 * an element that only looks like a label — the timeline's root — can differ from one in font and
 * always lacks its padding. Measuring the timeline's root left a one-character title's box 8 pixels
 * short, and the title cut to an ellipsis.
 */
import { estimateWidth, type Measure } from '../core/layout/measure.js';

/** Measuring functions, and the room a label takes around its text (padding and border). */
export interface Measurers {
  exact: Measure;
  fast: Measure;
  pad: number;
}

export function canvasMeasure(probe: Element): Measurers {
  const style = getComputedStyle(probe);
  const px = (value: string) => parseFloat(value) || 0;
  const pad =
    px(style.paddingLeft) + px(style.paddingRight) + px(style.borderLeftWidth) + px(style.borderRightWidth);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) {
    const estimate = (text: string) => estimateWidth(text, px(style.fontSize) || 13);
    return { exact: estimate, fast: estimate, pad };
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
    },
    pad
  };
}
