/**
 * The stand-ins for d3-selection and d3-transition (src/lib/d3/) offer every selection method d3-zoom
 * and d3-drag call, so an update of either that calls a new one fails here rather than in a reader's
 * browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { select, selection } from '../../src/lib/d3/selection.js';
import '../../src/lib/d3/transition-shim.js';

const require = createRequire(import.meta.url);
const source = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(pkg)), file), 'utf8');

/** The methods called on a selection in d3-zoom's and d3-drag's code (`.name(` after `select(…)` or a selection variable). */
function selectionMethods(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/\)\s*\.(\w+)\(|selection\s*\.(\w+)\(/g))
    names.add(match[1] ?? match[2]!);
  return names;
}

describe('the d3-selection stand-in', () => {
  const used = new Set([
    ...selectionMethods(source('d3-zoom', 'zoom.js')),
    ...selectionMethods(source('d3-drag', 'nodrag.js'))
  ]);
  // Methods of other objects that the pattern also meets: the zoom behaviour, transforms, dispatch,
  // transitions (never created: zoom.duration(0)) and arrays.
  const elsewhere = [
    'event',
    'start',
    'zoom',
    'end',
    'scale',
    'translate',
    'tween',
    'concat',
    'transition',
    'duration'
  ];

  it('has every method d3-zoom and d3-drag call on a selection', () => {
    const node = {} as Element;
    const proto = Object.getPrototypeOf(select(node)) as Record<string, unknown>;
    const missing = [...used].filter(
      (name) => !elsewhere.includes(name) && typeof proto[name] !== 'function'
    );
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(5);
  });

  it('shares its prototype with `selection`, where the d3-transition stand-in adds interrupt', () => {
    expect(selection.prototype).toBe(Object.getPrototypeOf(select({} as Element)));
    expect(typeof (selection.prototype as { interrupt?: unknown }).interrupt).toBe('function');
  });

  it('keeps and filters nodes as d3 does, and sets properties on them', () => {
    type Methods = { property(name: string, value: string): Methods; node(): unknown };
    const a = { __data__: 1 } as unknown as Element;
    const chosen = select(a).filter(() => true) as unknown as Methods;
    expect(chosen.property('__zoom', 'z').node()).toBe(a);
    expect((a as unknown as { __zoom: string }).__zoom).toBe('z');
    expect((select(a).filter(() => false) as unknown as Methods).node()).toBeNull();
  });
});
