/**
 * The palette (src/lib/theme.css) reads in both themes: text at WCAG AA contrast (4.5:1) on the surfaces
 * it is set on, and the marks, the focus ring, the overview's window and the selection at 3:1 against
 * theirs; and what the reader chose or is looking at is never drawn in the warning colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/lib/theme.css', import.meta.url), 'utf8');

/** Every `--nt-x: light-dark(#light, #dark)` of the theme. */
const palette = new Map(
  [...css.matchAll(/--nt-([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [
    m[1]!,
    { light: m[2]!, dark: m[3]! }
  ])
);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['link', 'bg'],
  ['link', 'surface'],
  ['on-selected', 'selected'],
  ['on-accent', 'accent'],
  ['headline-text', 'surface'],
  ['episode-text', 'episode'],
  ['episode-text', 'surface'],
  ['cluster-text', 'surface'],
  ['warning', 'bg']
];
const GRAPHICS: [string, string][] = [
  ['mark', 'surface'],
  ['headline', 'surface'],
  ['cluster', 'surface'],
  ['focus', 'surface'],
  ['window', 'bg'],
  ['selected', 'surface'],
  ['axis', 'surface']
];

describe('the palette', () => {
  it('holds every colour the checks name', () => {
    for (const [a, b] of [...TEXT, ...GRAPHICS]) {
      expect(palette.has(a), a).toBe(true);
      expect(palette.has(b), b).toBe(true);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`sets text at 4.5:1 or more in the ${theme} theme`, () => {
      const low = TEXT.map(
        ([a, b]) => [a, b, contrast(palette.get(a)![theme], palette.get(b)![theme])] as const
      )
        .filter(([, , ratio]) => ratio < 4.5)
        .map(([a, b, ratio]) => `${a} on ${b}: ${ratio.toFixed(2)}`);
      expect(low).toEqual([]);
    });

    it(`draws marks, focus, the window and the selection at 3:1 or more in the ${theme} theme`, () => {
      const low = GRAPHICS.map(
        ([a, b]) => [a, b, contrast(palette.get(a)![theme], palette.get(b)![theme])] as const
      )
        .filter(([, , ratio]) => ratio < 3)
        .map(([a, b, ratio]) => `${a} on ${b}: ${ratio.toFixed(2)}`);
      expect(low).toEqual([]);
    });

    it(`keeps the selection and the overview's window apart from the warning colour in the ${theme} theme`, () => {
      const warning = palette.get('warning')![theme];
      for (const name of ['selected', 'window', 'accent']) {
        expect(palette.get(name)![theme], name).not.toBe(warning);
        // Apart in hue, not only in lightness: a blue, not an orange or a red.
        const hex = palette.get(name)![theme];
        const [r, , b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        expect(b!, `${name} is a blue`).toBeGreaterThan(r!);
      }
    });
  }
});
