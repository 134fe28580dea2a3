/**
 * d3-selection, cut to what d3-zoom and d3-drag call: `select`, `pointer`, and a Selection with on,
 * property, style, each, call, node, datum and filter. Stands in for the package through
 * `resolve.alias` in the Vite configs, as transition-shim.ts does for d3-transition.
 *
 * Why: d3-selection hangs all of its thirty-odd methods on one prototype, so importing only `select`
 * keeps every one of them in a bundle — about 4 KB gzipped, a tenth of the embed's budget. The methods
 * here are d3-selection's own files (reached through the `d3-selection-src` alias, since the package
 * exports only its index); only `select`, `filter` and the class are restated, because d3's versions
 * import that index. A Svelte site using the package gets the real d3-selection.
 */
import pointer from 'd3-selection-src/pointer.js';
import selection_call from 'd3-selection-src/selection/call.js';
import selection_datum from 'd3-selection-src/selection/datum.js';
import selection_each from 'd3-selection-src/selection/each.js';
import selection_node from 'd3-selection-src/selection/node.js';
import selection_on from 'd3-selection-src/selection/on.js';
import selection_property from 'd3-selection-src/selection/property.js';
import selection_style from 'd3-selection-src/selection/style.js';

type Group = (Element | null)[] & { parentNode?: Element | null };

class Selection {
  constructor(
    readonly _groups: Group[],
    readonly _parents: (Element | null)[]
  ) {}

  /** As d3's, for a function only (d3-zoom passes one). */
  filter(match: (this: Element, datum: unknown, index: number, group: Group) => boolean): Selection {
    const groups = this._groups.map((group) =>
      group.filter(
        (node, i): node is Element =>
          !!node && match.call(node, (node as { __data__?: unknown }).__data__, i, group)
      )
    );
    return new Selection(groups, this._parents);
  }

  selection(): Selection {
    return this;
  }
}

Object.assign(Selection.prototype, {
  call: selection_call,
  datum: selection_datum,
  each: selection_each,
  node: selection_node,
  on: selection_on,
  property: selection_property,
  style: selection_style
});

const root = [null];

/** A selection of one node (d3's `select`, without the selector-string form, which nothing here uses). */
export function select(node: Element | Window): Selection {
  if (typeof node === 'string') throw new TypeError('select() takes a node here, not a selector');
  return new Selection([[node as Element]], root);
}

/** The prototype, for d3-transition's stand-in to add `interrupt` to (as the real one does). */
export function selection(): Selection {
  return new Selection([[document.documentElement]], root);
}
selection.prototype = Selection.prototype;

export { pointer };
