/**
 * The `_headers` file of Netlify and Cloudflare Pages (static/_headers, copied into build/), read the way
 * those hosts read it, so that scripts/serve.mjs — and through it `npm run preview` and the browser
 * tests — sends what a deployed site sends.
 *
 * A rule is a path on a line of its own (`*` matches the rest of a path, `:name` one segment), then its
 * headers indented below it, `Name: value`. Lines starting with `#` are comments.
 */

/**
 * parseHeaders('/embed/*\n  Access-Control-Allow-Origin: *\n')
 *   → [{ path: '/embed/*', pattern: /^\/embed\/.*$/, headers: { 'access-control-allow-origin': '*' } }]
 *
 * @param {string} text
 * @param {string} [file] the file's name, for errors
 */
export function parseHeaders(text, file = '_headers') {
  /** @type {{ path: string; pattern: RegExp; headers: Record<string, string> }[]} */
  const rules = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) =>
          part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        )
        .join('');
      rules.push({ path: line.trim(), pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const [, name, value] = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line) ?? [];
    const rule = rules.at(-1);
    if (name === undefined || value === undefined || !rule) {
      throw new Error(`${file}: line ${index + 1}: expected "Name: value" under a path`);
    }
    rule.headers[name.toLowerCase()] = value.trim();
  }
  return rules;
}

/**
 * The headers a host sends for a path: those of every rule that matches it.
 *
 * @param {ReturnType<typeof parseHeaders>} rules
 * @param {string} pathname
 */
export function headersFor(rules, pathname) {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((r) => r.headers));
}
