/**
 * Our own small module standing in for d3-selection in the site's and the embed's bundles (wired by
 * `resolve.alias` in scripts/aliases.ts, as transition-shim.ts is for d3-transition). Nothing else in
 * src/lib imports it: a Svelte site using the package resolves the real d3-selection.
 *
 * Why: d3-selection hangs all of its thirty-odd methods on one prototype, so importing only `select`
 * keeps every one of them in a bundle — about 4 KB gzipped, a tenth of the embed's budget.
 *
 * What: exactly what d3-zoom 3.0.0 and d3-drag 3.0.0 call, with d3-selection 3's semantics, and nothing
 * more (the types the app sees are still @types/d3-selection's, so a method missing here is found only
 * at run time; tests/unit/d3-stand-ins.test.ts runs the real d3-zoom on it):
 *
 * - `select(node)`: a node or the window; no selector strings.
 * - `pointer(event, target)`: the event's position relative to `target` (default: its currentTarget).
 * - a Selection with `on`, `property`, `style`, `each`, `call`, `node`, `datum`, `filter` (a function
 *   only), `selection` and `interrupt` (a no-op: we never run d3-transition transitions, see
 *   transition-shim.ts).
 *
 * Unlike d3, a selection here is one flat list of nodes (d3's groups only matter to selectAll and data
 * joins), and listeners are kept in a WeakMap rather than on the node.
 */

/** What a selection holds: elements, or the window (d3-zoom and d3-drag listen on `event.view`). */
type Target = (Element | Window) & { __data__?: unknown };

/** The callback form of `each`, `filter` and `property`: d3's `(datum, index, group)` with `this` the node. */
type Callback<T> = (this: Target, datum: unknown, index: number, group: readonly Target[]) => T;

/** A node's properties, to read and set by name. */
function fields(node: Target): Record<string, unknown> {
  return node as unknown as Record<string, unknown>;
}

/** A listener as given to `on`: called with `this` the node, the event and the node's datum. */
type Listener = (this: Target, event: Event, datum: unknown) => void;

/** One registered listener: what `on` needs to find it again by type and name, and to remove it. */
interface Entry {
  type: string;
  name: string;
  value: Listener;
  listener: EventListener;
  options: AddEventListenerOptions | boolean | undefined;
}

/** Every node's listeners added through `on`, in order. */
const registry = new WeakMap<Target, Entry[]>();

/**
 * `'wheel.zoom mousedown'` → `[{ type: 'wheel', name: 'zoom' }, { type: 'mousedown', name: '' }]`; a
 * typename with no type (`'.zoom'`) stands for every type of that name, when removing.
 */
function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/\s+/)
    .map((typename) => {
      const dot = typename.indexOf('.');
      return dot < 0
        ? { type: typename, name: '' }
        : { type: typename.slice(0, dot), name: typename.slice(dot + 1) };
    });
}

/** Some nodes, and the methods d3-zoom and d3-drag call on them (see above). */
export class Selection {
  constructor(private readonly nodes: readonly Target[]) {}

  /** Calls `callback` on each node, with `this` the node and `(datum, index, nodes)`. */
  each(callback: Callback<void>): this {
    this.nodes.forEach((node, i) => callback.call(node, node.__data__, i, this.nodes));
    return this;
  }

  /** Calls `f(this, ...args)` once and returns this selection: `select(node).call(zoomBehaviour)`. */
  call<A extends unknown[]>(f: (selection: this, ...args: A) => void, ...args: A): this {
    f(this, ...args);
    return this;
  }

  /** The first node, or null when the selection is empty. */
  node(): Target | null {
    return this.nodes[0] ?? null;
  }

  /** The nodes for which `match` (called as in `each`) returns something truthy, as a new selection. */
  filter(match: Callback<unknown>): Selection {
    return new Selection(this.nodes.filter((node, i) => match.call(node, node.__data__, i, this.nodes)));
  }

  /**
   * Reads the first node's property `name`, or sets it on each node: a value, or a callback's result
   * (called as in `each`); null or undefined deletes it.
   */
  property(name: string): unknown;
  property(name: string, value: unknown): this;
  property(name: string, value?: unknown): unknown {
    if (arguments.length < 2) {
      const node = this.node();
      return node ? fields(node)[name] : undefined;
    }
    return this.each(function (datum, i, nodes) {
      const v =
        typeof value === 'function' ? (value as Callback<unknown>).call(this, datum, i, nodes) : value;
      if (v == null) delete fields(this)[name];
      else fields(this)[name] = v;
    });
  }

  /** Sets the inline style property `name` (a CSS name, as `touch-action`) on each element, or removes it on null. */
  style(name: string, value: string | null, priority?: 'important' | '' | null): this {
    return this.each(function () {
      const style = (this as HTMLElement).style;
      if (value == null) style.removeProperty(name);
      else style.setProperty(name, value, priority ?? '');
    });
  }

  /** The first node's datum (its `__data__`, as d3 keeps it), or sets every node's. */
  datum(): unknown;
  datum(value: unknown): this;
  datum(value?: unknown): unknown {
    return arguments.length ? this.property('__data__', value) : this.node()?.__data__;
  }

  /**
   * Adds, replaces or removes event listeners, as d3's `selection.on`:
   *
   * - `on('wheel.zoom', listener, { passive: false })` adds `listener` for `wheel` events under the name
   *   `zoom`, replacing the one already there under that type and name; the options go to
   *   addEventListener. The listener is called with `this` the node and `(event, datum)`.
   * - Several space-separated typenames are each handled in turn: `on('touchend.zoom touchcancel.zoom', f)`.
   * - `on('mousemove.zoom', null)` removes that listener; `on('.zoom', null)` removes every listener named
   *   `zoom`, whatever its type.
   * - `on('dblclick.zoom')` returns the first node's listener of that type and name (d3-zoom reads it to
   *   turn a double tap into a double-click).
   */
  on(typenames: string): Listener | undefined;
  on(typenames: string, value: Listener | null, options?: AddEventListenerOptions | boolean): this;
  on(
    typenames: string,
    value?: Listener | null,
    options?: AddEventListenerOptions | boolean
  ): this | Listener | undefined {
    const parsed = parseTypenames(typenames);
    if (arguments.length < 2) {
      const node = this.node();
      const entries = node ? registry.get(node) : undefined;
      return entries?.find((o) => parsed.some((t) => t.type === o.type && t.name === o.name))?.value;
    }
    for (const { type, name } of parsed) {
      this.each(function () {
        const entries = registry.get(this) ?? [];
        if (!value) {
          // Removal: every listener of this name and type (or of any type when the typename has none).
          const kept = entries.filter((o) => {
            const match = (!type || o.type === type) && o.name === name;
            if (match) this.removeEventListener(o.type, o.listener, o.options);
            return !match;
          });
          if (kept.length) registry.set(this, kept);
          else registry.delete(this);
          return;
        }
        const listener = function (this: Target, event: Event) {
          value.call(this, event, this.__data__);
        };
        const entry = entries.find((o) => o.type === type && o.name === name);
        if (entry) {
          this.removeEventListener(entry.type, entry.listener, entry.options);
          Object.assign(entry, { value, listener, options });
        } else {
          entries.push({ type, name, value, listener, options });
          registry.set(this, entries);
        }
        this.addEventListener(type, listener, options);
      });
    }
    return this;
  }

  /** This selection: d3-zoom asks any selection or transition it is given for its selection. */
  selection(): this {
    return this;
  }

  /**
   * Does nothing and returns this selection. d3-zoom calls it (`zoom.transform`) to stop the
   * d3-transition transitions on these nodes; there are none: see transition-shim.ts.
   */
  interrupt(): this {
    return this;
  }
}

/** A selection of one node, or the window; an empty one for null. `select('#id')` is not supported. */
export function select(node: Target | null | undefined): Selection {
  if (typeof node === 'string') throw new TypeError('select() takes a node here, not a selector');
  return new Selection(node ? [node] : []);
}

/** What `pointer` reads: a mouse or pointer event, a Touch, or an event wrapping one (`sourceEvent`). */
interface PointerSource {
  clientX: number;
  clientY: number;
  pageX: number;
  pageY: number;
  currentTarget?: EventTarget | null;
  sourceEvent?: PointerSource | null;
}

/**
 * Where `event` happened relative to `target` (by default the event's currentTarget), as `[x, y]`,
 * exactly as d3-selection's `pointer`:
 *
 * - an event that wraps another (`sourceEvent`, as d3-zoom's events do) is unwrapped first;
 * - in an SVG element, in its user coordinates, through the inverse of its screen CTM;
 * - in an HTML element, from its border-box's top-left corner, inside the border
 *   (`clientX - rect.left - clientLeft`);
 * - with no target, or one that is neither (the window), the page coordinates.
 *
 * @example pointer({ clientX: 120, clientY: 40, pageX: 120, pageY: 40 }, element) // [20, 30] when
 *   element's box starts at (100, 10) and it has no border
 */
export function pointer(event: PointerSource, target?: EventTarget | null): [number, number] {
  while (event.sourceEvent) event = event.sourceEvent;
  const node = (target === undefined ? event.currentTarget : target) as
    (Element & Partial<SVGGraphicsElement>) | null | undefined;
  if (node) {
    const svg = node.ownerSVGElement ?? node;
    if ('createSVGPoint' in svg) {
      // The point (clientX, clientY) through the inverse of the element's screen CTM.
      const m = node.getScreenCTM!()!.inverse();
      const { clientX: x, clientY: y } = event;
      return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
    }
    if (node.getBoundingClientRect) {
      const rect = node.getBoundingClientRect();
      return [event.clientX - rect.left - node.clientLeft, event.clientY - rect.top - node.clientTop];
    }
  }
  return [event.pageX, event.pageY];
}
