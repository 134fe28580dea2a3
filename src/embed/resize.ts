/**
 * resize.js: include it once on a page with news-timeline iframes, and each frame takes the height of
 * its content. It trusts a message only when it comes from the window of one of those iframes, from
 * that iframe's own origin, and has the expected shape.
 */

interface HeightMessage {
  type: 'news-timeline:height';
  height: number;
}

function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === 'news-timeline:height' &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height >= 0 &&
    message.height <= 20_000
  );
}

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let origin: string;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
    return;
  }
});
