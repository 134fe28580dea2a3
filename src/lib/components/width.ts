/**
 * `{@attach clientWidth((w) => (width = w))}`: keeps a number in step with an element's `clientWidth`,
 * as `bind:clientWidth` does, without the size-binding runtime that binding brings into the embed.
 */
import type { Attachment } from 'svelte/attachments';

export function clientWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (node) => {
    set(node.clientWidth);
    const observer = new ResizeObserver(() => set(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  };
}
