/**
 * How wide a label is. The browser measures with a canvas in the label's own font (state/measure.ts);
 * before it can, and in tests and on the server, an estimate stands in.
 */

export type Measure = (text: string) => number;

/**
 * Roughly the width of proportional text at `fontSize` pixels.
 *
 * estimateWidth('Hanoi') → 33.8
 */
export function estimateWidth(text: string, fontSize = 14): number {
  return text.length * fontSize * 0.52;
}
