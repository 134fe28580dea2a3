/**
 * A module of its own, not a part of sniff.ts: the embed's first events need this check (load.ts), and
 * the bundler places a module shared with later chunks, whole, in the script that loads first.
 */
/**
 * Whether a response's content type says it is a web page: what a host answers a wrong path with.
 *
 * servedAsHtml('text/html; charset=utf-8') → true; servedAsHtml('application/json') → false
 */
export const servedAsHtml = (contentType: string | null): boolean =>
  /^\s*text\/html\b/i.test(contentType ?? '');
