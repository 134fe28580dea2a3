/**
 * Links from data are untrusted: only http(s) URLs become links; `javascript:`, `data:` and anything
 * else render as no link at all.
 */

/**
 * safeUrl('https://example.org/a') → 'https://example.org/a'; safeUrl('javascript:alert(1)') → undefined
 */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
