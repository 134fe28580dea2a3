/**
 * Styles that arrive with a chunk: a constructed stylesheet added to the root a timeline lives in (the
 * page's document, or an embed's shadow root), once per root. Constructed stylesheets are not inline
 * styles to a Content-Security-Policy, so this works where `<style>` elements are refused.
 */
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

/** adoptStyles(timelineElement, css): the root `timelineElement` is in now has `css`. */
export function adoptStyles(node: Node, css: string): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const seen = adopted.get(root) ?? new Set<string>();
  if (seen.has(css)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  seen.add(css);
  adopted.set(root, seen);
}
