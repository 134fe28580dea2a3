/**
 * Libraries are used as published: every import from a package is one the package exports, nothing in
 * `src/` writes to a library's prototype or to dayjs's private `$`-fields, and only the bundler's aliases
 * (scripts/aliases.ts) reach the d3 stand-ins.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const files = sources(join(root, 'src')).map((path) => ({
  path: relative(root, path),
  code: readFileSync(path, 'utf8')
}));

/** Bare specifiers: `import … from 'pkg/sub'`, `import 'pkg'`, `import('pkg')`. */
function packageImports(code: string): string[] {
  const pattern =
    /^\s*import\s[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...code.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((name) => !/^[./$]/.test(name));
}

describe('the libraries, used as published', () => {
  it('are imported only through the entry points they export', async () => {
    const specifiers = new Set(files.flatMap((file) => packageImports(file.code)));
    expect(specifiers.size).toBeGreaterThan(5);
    const refused: string[] = [];
    for (const specifier of specifiers) {
      if (specifier.startsWith('@sveltejs/kit') || specifier.startsWith('$')) continue;
      try {
        // Node applies each package's "exports" map: an unexported path is refused here.
        import.meta.resolve(specifier);
      } catch (error) {
        refused.push(`${specifier}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('are never patched: no write to a prototype, no dayjs private field', () => {
    const patches = files.flatMap(({ path, code }) =>
      [
        ...code.matchAll(
          /\.prototype(\.\w+|\[[^\]]+\])?\s*=(?!=)|\.\$[a-zA-Z]\b\s*=(?!=)|\bObject\.assign\([^)]*prototype/g
        )
      ].map((m) => `${path}: ${m[0]}`)
    );
    expect(patches).toEqual([]);
  });

  it('reach the d3 stand-ins only through the aliases', () => {
    const direct = files
      .filter(({ path }) => !path.startsWith('src/lib/d3/'))
      .filter(({ code }) => /from ['"][./]*[^'"]*d3\/(selection|transition-shim)(\.js)?['"]/.test(code))
      .map(({ path }) => path);
    expect(direct).toEqual([]);
  });
});
