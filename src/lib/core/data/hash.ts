/**
 * The hash a dataset's fingerprint is made of (cyrb53, 53 bits, as 14 hex digits): a module of its own,
 * so that the embed's first script carries only this and not the rest of fingerprint.ts, which only
 * the later chunks use (the bundler places a module shared with them, whole, in the first script).
 *
 * fingerprint(['{"events":[]}']) → 'a1b2c3d4e5f60' (14 hex digits)
 */
export function fingerprint(parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const part of parts) {
    // Each part is closed by a character no dataset text holds, so ['ab', 'c'] and ['a', 'bc'] differ.
    const text = `${part}\u0000`;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
