/**
 * Text widths for label layout, measured with a canvas in the label's own font so that truncation
 * happens where the rendered text would actually run out of room.
 */

/** Roughly the width of proportional text at 13px, for before the page can measure (and for SSR). */
export function estimateWidth(text: string, fontSize = 13): number {
  return text.length * fontSize * 0.52;
}

/** A measuring function for the computed font of `element`'s labels. */
export function canvasMeasure(element: Element, selector = '.label'): (text: string) => number {
  const probe = element.querySelector(selector) ?? element;
  const style = getComputedStyle(probe);
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => estimateWidth(text, parseFloat(style.fontSize) || 13);
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // A pixel of slack per label absorbs sub-pixel differences between canvas and layout.
  return (text) => Math.ceil(context.measureText(text).width) + 1;
}
