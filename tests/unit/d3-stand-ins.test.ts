// @vitest-environment happy-dom
/**
 * Our stand-ins for d3-selection and d3-transition (src/lib/d3/selection.ts and transition-shim.ts) run
 * the real d3-zoom: here d3-zoom and d3-drag resolve them through vite.config.ts's aliases, as the site
 * and the embed do, and gestures dispatched on a happy-dom element must move the view as d3-zoom's
 * documentation says. Then each selection method on its own, and animate.ts's programmatic zoom.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aliased from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { animateZoom, stopAnimation } from '../../src/lib/d3/animate.js';
import { pointer, select, Selection } from '../../src/lib/d3/selection.js';
import * as transitionShim from '../../src/lib/d3/transition-shim.js';

/** This file's folder (happy-dom's URL is not Node's, so no `new URL(…, import.meta.url)` here). */
const here = dirname(fileURLToPath(import.meta.url));

type Zoom = ZoomBehavior<HTMLElement, unknown>;
type ZoomEvent = D3ZoomEvent<HTMLElement, unknown>;

/** Errors thrown inside listeners: happy-dom reports them on the window rather than to the test. */
let errors: unknown[] = [];
const onError = (event: ErrorEvent) => errors.push(event.error);
beforeEach(() => {
  errors = [];
  window.addEventListener('error', onError);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  expect(errors).toEqual([]);
});

/**
 * A 400 × 100 element whose border box starts at (100, 20) in the window, inside a 2 px left and 3 px top
 * border, so that a pointer that ignores the box or the border lands somewhere else.
 */
function viewport(): HTMLElement {
  const node = document.createElement('div');
  document.body.append(node);
  vi.spyOn(node, 'getBoundingClientRect').mockReturnValue(new DOMRect(100, 20, 404, 106));
  Object.defineProperties(node, {
    clientLeft: { value: 2 },
    clientTop: { value: 3 },
    clientWidth: { value: 400 },
    clientHeight: { value: 100 }
  });
  return node;
}

/** The point 50 px right of and 10 px below the viewport's content box's top-left corner. */
const AT = { clientX: 100 + 2 + 50, clientY: 20 + 3 + 10 };

function mouse(type: string, init: MouseEventInit = {}): MouseEvent {
  return new MouseEvent(type, { bubbles: true, cancelable: true, view: window, ...AT, ...init });
}

/**
 * A wheel event in pixels. happy-dom's WheelEvent is a UIEvent, without a MouseEvent's ctrlKey and
 * clientX, so this is a MouseEvent of type wheel given a WheelEvent's deltas.
 */
function wheel({ deltaY, ...init }: MouseEventInit & { deltaY: number }): WheelEvent {
  const event = mouse('wheel', init);
  return Object.assign(event, { deltaX: 0, deltaY, deltaZ: 0, deltaMode: 0 }) as WheelEvent;
}

/** d3-zoom as the timeline sets it up: no animated double-click (the stand-ins have no transitions). */
function zoomed(node: HTMLElement, maxK = 8) {
  const starts: ZoomEvent[] = [];
  const zooms: ZoomEvent[] = [];
  const behavior: Zoom = zoom<HTMLElement, unknown>()
    .duration(0)
    .scaleExtent([1, maxK])
    .on('start', (event: ZoomEvent) => void starts.push(event))
    .on('zoom', (event: ZoomEvent) => void zooms.push(event));
  const selection = aliased.select(node).call(behavior);
  return { behavior, selection, starts, zooms };
}

describe('d3-zoom on the stand-ins', () => {
  it('gets our d3-selection and our d3-transition through the aliases, as the bundles do', () => {
    // What this test file imports as `d3-selection` is our module.
    expect(aliased.select).toBe(select);
    // What d3-zoom itself selects with (`select(this).call(zoom.transform, …)` on a double-click) is one
    // of our selections.
    const node = viewport();
    const { behavior } = zoomed(node);
    const given: unknown[] = [];
    const transform = behavior.transform;
    behavior.transform = function (this: Zoom, ...args: Parameters<Zoom['transform']>) {
      given.push(args[0]);
      return transform.apply(this, args);
    };
    // The real d3-transition's `interrupt` reads `node.__transition`; ours never does.
    let transitionsRead = 0;
    Object.defineProperty(node, '__transition', { get: () => void transitionsRead++ });
    node.dispatchEvent(mouse('dblclick'));
    node.dispatchEvent(wheel({ deltaY: -100, ctrlKey: true }));
    node.dispatchEvent(mouse('mousedown'));
    window.dispatchEvent(mouse('mouseup'));
    expect(given).toHaveLength(1);
    expect(given[0]).toBeInstanceOf(Selection);
    expect(Object.getPrototypeOf(given[0])).toBe(Selection.prototype);
    expect(transitionsRead).toBe(0);
  });

  it("zooms a ctrl+wheel by 2 ^ (-deltaY × 0.002 × 10) about the pointer, d3-zoom's default wheelDelta", () => {
    const node = viewport();
    const listen = vi.spyOn(node, 'addEventListener');
    const { starts, zooms } = zoomed(node);
    // Listened to with { passive: false }, so that d3-zoom may keep the page from scrolling.
    expect(listen).toHaveBeenCalledWith('wheel', expect.any(Function), { passive: false });
    const event = wheel({ deltaY: -50, ctrlKey: true });
    node.dispatchEvent(event);
    const k = 2 ** (50 * 0.002 * 10);
    const t = zoomTransform(node);
    expect(t.k).toBeCloseTo(k, 12);
    // The point under the pointer stays there: x = 50 − k · 50.
    expect(t.x).toBeCloseTo(50 - k * 50, 9);
    expect(t.y).toBeCloseTo(10 - k * 10, 9);
    expect(zooms.at(-1)!.transform).toBe(t);
    expect(event.defaultPrevented).toBe(true);
    expect(starts).toHaveLength(1);
    expect(starts[0]!.sourceEvent).toBe(event);
  });

  it('clamps a ctrl+wheel zoom to the scale extent', () => {
    const node = viewport();
    zoomed(node, 3);
    node.dispatchEvent(wheel({ deltaY: -10_000, ctrlKey: true }));
    expect(zoomTransform(node).k).toBe(3);
  });

  it('pans a mousedown, mousemove, mouseup drag by the distance dragged', () => {
    const node = viewport();
    const { starts } = zoomed(node);
    const listen = vi.spyOn(window, 'addEventListener');
    const down = mouse('mousedown');
    node.dispatchEvent(down);
    // The moves and the release are heard on the window, in the capture phase.
    expect(listen).toHaveBeenCalledWith('mousemove', expect.any(Function), true);
    expect(listen).toHaveBeenCalledWith('mouseup', expect.any(Function), true);
    document.body.dispatchEvent(mouse('mousemove', { clientX: AT.clientX + 30, clientY: AT.clientY - 4 }));
    document.body.dispatchEvent(mouse('mousemove', { clientX: AT.clientX + 70, clientY: AT.clientY + 6 }));
    document.body.dispatchEvent(mouse('mouseup', { clientX: AT.clientX + 70, clientY: AT.clientY + 6 }));
    expect(zoomTransform(node)).toMatchObject({ k: 1, x: 70, y: 6 });
    expect(starts).toHaveLength(1);
    expect(starts[0]!.sourceEvent).toBe(down);
    // Released: a later move pans no more.
    document.body.dispatchEvent(mouse('mousemove', { clientX: AT.clientX + 200 }));
    expect(zoomTransform(node)).toMatchObject({ k: 1, x: 70, y: 6 });
  });

  it('zooms a double-click in by 2 about the pointer, and shift+double-click out', () => {
    const node = viewport();
    const { starts } = zoomed(node);
    const event = mouse('dblclick');
    node.dispatchEvent(event);
    expect(zoomTransform(node)).toMatchObject({ k: 2, x: 50 - 2 * 50, y: 10 - 2 * 10 });
    expect(starts.at(-1)!.sourceEvent).toBe(event);
    node.dispatchEvent(mouse('dblclick', { shiftKey: true }));
    expect(zoomTransform(node)).toMatchObject({ k: 1, x: 0, y: 0 });
  });

  it("removes every listener named zoom with selection.on('.zoom', null): a later gesture changes nothing", () => {
    const node = viewport();
    const { selection, zooms } = zoomed(node);
    let others = 0;
    selection.on('wheel.other', () => void others++);
    expect(selection.on('wheel.zoom')).toBeTypeOf('function');
    selection.on('.zoom', null);
    expect(selection.on('wheel.zoom')).toBeUndefined();
    expect(selection.on('mousedown.zoom')).toBeUndefined();
    expect(selection.on('dblclick.zoom')).toBeUndefined();
    node.dispatchEvent(wheel({ deltaY: -50, ctrlKey: true }));
    node.dispatchEvent(mouse('dblclick'));
    node.dispatchEvent(mouse('mousedown'));
    document.body.dispatchEvent(mouse('mousemove', { clientX: AT.clientX + 30 }));
    document.body.dispatchEvent(mouse('mouseup'));
    expect(zooms).toEqual([]);
    expect(zoomTransform(node)).toBe(zoomIdentity);
    // Only that name: another listener of the same type stays.
    expect(others).toBe(1);
  });

  it("sets the transform with zoom.transform(selection, t) and fires 'zoom', with no source event", () => {
    const node = viewport();
    const { behavior, selection, starts, zooms } = zoomed(node);
    const t = zoomIdentity.translate(-120, 0).scale(4);
    behavior.transform(selection, t);
    expect(zoomTransform(node)).toBe(t);
    expect(zooms).toHaveLength(1);
    expect(zooms[0]!.transform).toBe(t);
    expect(starts).toHaveLength(1);
    expect(starts[0]!.sourceEvent).toBeNull();
  });
});

describe('select', () => {
  it('selects one node, or the window, or nothing for null', () => {
    const node = document.createElement('p');
    expect(select(node).node()).toBe(node);
    expect(select(window).node()).toBe(window);
    expect(select(null).node()).toBeNull();
  });

  it('refuses a selector string, which it does not support', () => {
    expect(() => select('p' as unknown as Element)).toThrow(TypeError);
  });
});

describe('a selection', () => {
  it('keeps the nodes a filter function accepts, called with this the node and (datum, index, nodes)', () => {
    const node = document.createElement('p');
    Object.assign(node, { __data__: 'd' });
    const calls: unknown[][] = [];
    const kept = select(node).filter(function (this: unknown, ...args: unknown[]) {
      calls.push([this, ...args]);
      return true;
    });
    expect(kept).toBeInstanceOf(Selection);
    expect(kept.node()).toBe(node);
    expect(calls).toEqual([[node, 'd', 0, [node]]]);
    expect(
      select(node)
        .filter(() => false)
        .node()
    ).toBeNull();
  });

  it('sets a property to a value or to what a function returns, deletes it on null, and reads it', () => {
    const node = document.createElement('p') as unknown as HTMLElement & Record<string, unknown>;
    node.__data__ = 7;
    const selection = select(node);
    expect(selection.property('answer', 42)).toBe(selection);
    expect(node.answer).toBe(42);
    selection.property('answer', function (this: unknown, datum: unknown) {
      return [this === node, datum];
    });
    expect(node.answer).toEqual([true, 7]);
    expect(selection.property('answer')).toEqual([true, 7]);
    selection.property('answer', null);
    expect('answer' in node).toBe(false);
    // d3-zoom keeps a node's transform when it has one.
    selection.property('kept', function (this: HTMLElement & Record<string, unknown>) {
      return this.kept ?? 'first';
    });
    selection.property('kept', function (this: HTMLElement & Record<string, unknown>) {
      return this.kept ?? 'second';
    });
    expect(node.kept).toBe('first');
  });

  it('sets an inline style, with its priority, and removes it on null', () => {
    const node = document.createElement('p');
    const selection = select(node);
    expect(selection.style('touch-action', 'none')).toBe(selection);
    expect(node.style.getPropertyValue('touch-action')).toBe('none');
    expect(node.style.getPropertyPriority('touch-action')).toBe('');
    selection.style('color', 'red', 'important');
    expect(node.style.getPropertyValue('color')).toBe('red');
    expect(node.style.getPropertyPriority('color')).toBe('important');
    selection.style('touch-action', null);
    expect(node.style.getPropertyValue('touch-action')).toBe('');
  });

  it("reads and sets the nodes' datum, kept as d3 keeps it", () => {
    const node = document.createElement('p');
    expect(select(node).datum()).toBeUndefined();
    select(node).datum({ id: 1 });
    expect(select(node).datum()).toEqual({ id: 1 });
    expect((node as unknown as { __data__: unknown }).__data__).toEqual({ id: 1 });
  });

  it('calls each with this the node and (datum, index, nodes), and call with the selection and the arguments', () => {
    const node = document.createElement('p');
    select(node).datum('d');
    const seen: unknown[][] = [];
    const selection = select(node);
    expect(
      selection.each(function (this: unknown, ...args: unknown[]) {
        seen.push([this, ...args]);
      })
    ).toBe(selection);
    expect(seen).toEqual([[node, 'd', 0, [node]]]);
    const called: unknown[][] = [];
    expect(selection.call((...args: unknown[]) => void called.push(args), 1, 'two')).toBe(selection);
    expect(called).toEqual([[selection, 1, 'two']]);
  });

  it('is its own selection, and interrupting it does nothing but return it', () => {
    const selection = select(document.createElement('p'));
    expect(selection.selection()).toBe(selection);
    expect(selection.interrupt()).toBe(selection);
  });
});

describe('selection.on', () => {
  it('calls a listener with this the node and (event, datum)', () => {
    const node = document.createElement('p');
    select(node).datum('d');
    const calls: unknown[][] = [];
    select(node).on('click.test', function (this: unknown, ...args: unknown[]) {
      calls.push([this, ...args]);
    });
    const event = new MouseEvent('click');
    node.dispatchEvent(event);
    expect(calls).toEqual([[node, event, 'd']]);
  });

  it('adds a listener for each of several space-separated typenames', () => {
    const node = document.createElement('p');
    const heard: string[] = [];
    select(node).on(' touchend.zoom  touchcancel.zoom ', (event: Event) => void heard.push(event.type));
    node.dispatchEvent(new Event('touchend'));
    node.dispatchEvent(new Event('touchcancel'));
    expect(heard).toEqual(['touchend', 'touchcancel']);
  });

  it('replaces the listener of the same type and name, and keeps those of other names', () => {
    const node = document.createElement('p');
    const heard: string[] = [];
    const first = () => void heard.push('first');
    const second = () => void heard.push('second');
    const plain = () => void heard.push('plain');
    select(node).on('click.a', first).on('click.a', second).on('click', plain);
    node.dispatchEvent(new Event('click'));
    expect(heard).toEqual(['second', 'plain']);
    expect(select(node).on('click.a')).toBe(second);
    expect(select(node).on('click')).toBe(plain);
    expect(select(node).on('click.b')).toBeUndefined();
  });

  it('removes one listener with null, or every listener of a name whatever its type', () => {
    const node = document.createElement('p');
    const heard: string[] = [];
    select(node)
      .on('click.zoom', () => void heard.push('click.zoom'))
      .on('keydown.zoom', () => void heard.push('keydown.zoom'))
      .on('wheel.zoom', () => void heard.push('wheel.zoom'))
      .on('click.drag', () => void heard.push('click.drag'));
    select(node).on('wheel.zoom', null);
    node.dispatchEvent(new Event('wheel'));
    node.dispatchEvent(new Event('click'));
    expect(heard).toEqual(['click.zoom', 'click.drag']);
    select(node).on('.zoom', null);
    node.dispatchEvent(new Event('click'));
    node.dispatchEvent(new Event('keydown'));
    expect(heard).toEqual(['click.zoom', 'click.drag', 'click.drag']);
  });

  it('passes its options to addEventListener and removeEventListener: passive, capture', () => {
    const node = document.createElement('p');
    const add = vi.spyOn(node, 'addEventListener');
    const remove = vi.spyOn(node, 'removeEventListener');
    select(node).on('wheel.zoom', (event: Event) => event.preventDefault(), { passive: true });
    expect(add).toHaveBeenCalledWith('wheel', expect.any(Function), { passive: true });
    // A passive listener cannot prevent the default.
    const event = new Event('wheel', { cancelable: true });
    node.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    select(node).on('wheel.zoom', null);
    expect(remove).toHaveBeenCalledWith('wheel', add.mock.calls[0]![1], { passive: true });

    // A capturing listener on a parent hears an event before the child's own listener does.
    const child = node.appendChild(document.createElement('span'));
    const order: string[] = [];
    child.addEventListener('click', () => order.push('child'));
    select(node).on('click.capture', () => void order.push('parent'), true);
    child.dispatchEvent(new Event('click', { bubbles: true }));
    expect(order).toEqual(['parent', 'child']);
  });

  it('listens on the window', () => {
    let heard = 0;
    select(window).on('mousemove.test', () => void heard++, true);
    window.dispatchEvent(new Event('mousemove'));
    select(window).on('mousemove.test', null);
    window.dispatchEvent(new Event('mousemove'));
    expect(heard).toBe(1);
  });
});

describe('pointer', () => {
  it("gives an HTML element's coordinates from its box's top-left corner, inside the border", () => {
    const node = viewport();
    expect(pointer({ ...AT, pageX: 0, pageY: 0 }, node)).toEqual([50, 10]);
  });

  it("uses the event's currentTarget when given no target, and unwraps sourceEvent", () => {
    const node = viewport();
    let seen: [number, number] | null = null;
    node.addEventListener('mousedown', (event) => (seen = pointer({ sourceEvent: event } as never)));
    node.dispatchEvent(mouse('mousedown'));
    expect(seen).toEqual([50, 10]);
  });

  it("maps an SVG element's point through the inverse of its screen CTM", () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const g = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'g'));
    document.body.append(svg);
    // Scaled by 2 and moved by (10, 20): the client point (30, 60) is (10, 20) in the group.
    vi.spyOn(g, 'getScreenCTM').mockReturnValue(new DOMMatrix([2, 0, 0, 2, 10, 20]));
    expect(pointer({ clientX: 30, clientY: 60, pageX: 0, pageY: 0 }, g)).toEqual([10, 20]);
  });

  it('gives the page coordinates with no target', () => {
    expect(pointer({ clientX: 1, clientY: 2, pageX: 3, pageY: 4 }, null)).toEqual([3, 4]);
    expect(pointer({ clientX: 1, clientY: 2, pageX: 3, pageY: 4 }, window)).toEqual([3, 4]);
  });
});

describe('the d3-transition stand-in', () => {
  it('offers only interrupt, which does nothing', () => {
    expect(Object.keys(transitionShim)).toEqual(['interrupt']);
    expect(transitionShim.interrupt(document.createElement('p'))).toBeUndefined();
  });

  it('patches no prototype: the real d3-selection keeps its own, without interrupt', async () => {
    const real = join(here, '../../node_modules/d3-selection/src/index.js');
    const d3 = (await import(/* @vite-ignore */ real)) as { selection: { prototype: object } };
    expect(d3.selection.prototype).not.toHaveProperty('interrupt');
    expect(d3.selection.prototype).not.toBe(Selection.prototype);
  });
});

describe('the stand-ins in the library', () => {
  it('are imported by nothing in src/: only the aliases reach them, so the package uses the real d3', () => {
    const src = join(here, '../../src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) =>
      /\.(ts|js|svelte)$/.test(f)
    );
    const importers = files.filter(
      (f) =>
        !/^lib[\\/]d3[\\/](selection|transition-shim)\.ts$/.test(f) &&
        /from\s+['"][^'"]*\/(selection|transition-shim)(\.js)?['"]/.test(readFileSync(join(src, f), 'utf8'))
    );
    expect(files.length).toBeGreaterThan(20);
    expect(importers).toEqual([]);
  });
});

describe('animateZoom and stopAnimation', () => {
  /** Animation frames run by hand: `frame(t)` runs the callbacks waiting, at `t` ms after the start. */
  function frames() {
    let waiting = new Map<number, FrameRequestCallback>();
    let id = 0;
    vi.spyOn(performance, 'now').mockReturnValue(1000);
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      waiting.set(++id, callback);
      return id;
    });
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => waiting.delete(handle));
    return {
      frame(t: number) {
        const now = waiting;
        waiting = new Map();
        for (const callback of now.values()) callback(1000 + t);
      },
      get pending() {
        return waiting.size;
      }
    };
  }

  function setUp() {
    const node = viewport();
    const { behavior, selection, starts } = zoomed(node);
    behavior.scaleExtent([1, 64]);
    const animate = (to: { k: number; x: number }, duration = 300) =>
      animateZoom(
        selection,
        behavior,
        { k: zoomTransform(node).k, x: zoomTransform(node).x },
        to,
        400,
        duration
      );
    return { node, behavior, selection, starts, animate };
  }

  it('moves the view to its target in frames', () => {
    const raf = frames();
    const { node, animate } = setUp();
    animate({ k: 4, x: -600 });
    raf.frame(150);
    expect(zoomTransform(node).k).toBeGreaterThan(1);
    expect(zoomTransform(node).k).toBeLessThan(4);
    raf.frame(300);
    expect(zoomTransform(node)).toMatchObject({ k: 4, x: -600 });
    expect(raf.pending).toBe(0);
  });

  it('stops where it is on stopAnimation: no later frame moves the view', () => {
    const raf = frames();
    const { node, animate } = setUp();
    animate({ k: 4, x: -600 });
    raf.frame(100);
    const midway = zoomTransform(node);
    expect(midway.k).toBeGreaterThan(1);
    stopAnimation(node);
    expect(raf.pending).toBe(0);
    raf.frame(300);
    expect(zoomTransform(node)).toBe(midway);
  });

  it("stops when a gesture starts, through the zoom behaviour's 'start' handler as Timeline.svelte wires it", () => {
    const raf = frames();
    const { node, behavior, animate } = setUp();
    behavior.on('start.timeline', (event: ZoomEvent) => {
      if (event.sourceEvent) stopAnimation(node);
    });
    animate({ k: 4, x: -600 });
    raf.frame(100);
    const midway = zoomTransform(node);
    // A mousedown starts a drag without moving the view yet.
    node.dispatchEvent(mouse('mousedown'));
    expect(raf.pending).toBe(0);
    raf.frame(300);
    expect(zoomTransform(node)).toBe(midway);
    document.body.dispatchEvent(mouse('mouseup'));
  });

  it('stops when something else moves the view between two frames', () => {
    const raf = frames();
    const { node, behavior, selection, animate } = setUp();
    animate({ k: 4, x: -600 });
    raf.frame(100);
    behavior.translateBy(selection, 25, 0);
    const panned = zoomTransform(node);
    raf.frame(300);
    expect(zoomTransform(node)).toBe(panned);
    expect(raf.pending).toBe(0);
  });

  it('gives way to the next animation on the same node, and a jump stops it too', () => {
    const raf = frames();
    const { node, animate } = setUp();
    animate({ k: 4, x: -600 });
    raf.frame(100);
    animate({ k: 2, x: -100 });
    expect(raf.pending).toBe(1);
    raf.frame(400);
    raf.frame(500);
    expect(zoomTransform(node)).toMatchObject({ k: 2, x: -100 });
    animate({ k: 8, x: -1000 });
    raf.frame(100);
    expect(zoomTransform(node).k).toBeGreaterThan(2);
    animate({ k: 1, x: 0 }, 0);
    expect(zoomTransform(node)).toMatchObject({ k: 1, x: 0 });
    raf.frame(800);
    expect(zoomTransform(node)).toMatchObject({ k: 1, x: 0 });
  });
});
