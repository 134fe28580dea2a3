// d3-selection's source files, reached through the `d3-selection-src` alias (see selection.ts). They are
// plain JavaScript; selection.ts gives them the only types they need.
declare module 'd3-selection-src/*' {
  const method: (...args: never[]) => unknown;
  export default method;
}
