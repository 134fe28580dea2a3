/**
 * Scrolling an opened card's first quote into view, in whatever scrolls it: the embed's own box inside
 * a blog post, or the page on a phone. Only that one scroller moves (never the blog around an embed),
 * and no further than keeps the card's title in view below the sticky episode heading.
 */

/** The nearest ancestor that scrolls vertically, crossing out of a shadow root; null for the page. */
function scroller(node: Element): HTMLElement | null {
  for (let at: Element | null = node.parentElement ?? hostOf(node); at; at = at.parentElement ?? hostOf(at)) {
    const { overflowY } = getComputedStyle(at);
    if ((overflowY === 'auto' || overflowY === 'scroll') && at.scrollHeight > at.clientHeight) {
      return at as HTMLElement;
    }
  }
  return null;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * scrollBy that many pixels, at most: enough for the bottom of the card's first quote to be in view, no
 * more than leaves the card's top just below whatever sticks to the scroller's top.
 */
export function revealQuote(card: HTMLElement): void {
  const quote = card.querySelector('.nt-citation');
  if (!quote) return;
  const box = scroller(card);
  const view = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  // The sticky episode heading covers the top of the view: the card's title must stay below it.
  const heading = card.closest('.nt-group')?.querySelector('.nt-heading')?.getBoundingClientRect();
  const top = Math.max(view.top, heading ? heading.bottom : view.top);
  const { bottom } = quote.getBoundingClientRect();
  const needed = bottom - view.bottom + 8;
  if (needed <= 0) return;
  const by = Math.min(needed, card.getBoundingClientRect().top - top - 4);
  if (by <= 0) return;
  if (box) box.scrollTop += by;
  else window.scrollBy(0, by);
}
