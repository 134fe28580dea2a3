/** What a run needs from the machine and records about it: a fresh build, Chromium, versions, the commit. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EMBED_FILE } from './contenders.js';
import { fail, log } from './log.js';
import type { BuildMode } from './options.js';
import { ROOT } from './server.js';

/** The newest modification time of the files under these paths. */
function newest(paths: string[]): number {
  let latest = 0;
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(ROOT, p));
  return latest;
}

/** Runs `npm run build` when asked or when build/ is missing or stale; says which build is measured. */
export function ensureBuild(mode: BuildMode) {
  const index = path.join(ROOT, 'build/index.html');
  if (mode === 'never') {
    if (!existsSync(index)) fail('build/ does not exist: run `npm run build` (or drop --no-build)');
    return 'existing build/ (--no-build)';
  }
  let reason = mode === 'always' ? '--build' : '';
  if (!reason && !existsSync(index)) reason = 'build/ does not exist';
  if (!reason) {
    const built = Math.min(
      statSync(index).mtimeMs,
      existsSync(EMBED_FILE) ? statSync(EMBED_FILE).mtimeMs : Infinity
    );
    const sources = newest(['src', 'data', 'svelte.config.js', 'vite.config.ts', 'vite.embed.config.ts']);
    if (sources > built) reason = 'src/ or data/ changed since the last build';
  }
  if (!reason) return 'existing build/ (up to date with src/ and data/)';
  log(`running npm run build (${reason})`);
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`npm run build failed (exit ${result.status ?? result.signal})`);
  return `fresh npm run build (${reason}; ${((performance.now() - started) / 1000).toFixed(1)} s)`;
}

/** CHROMIUM_PATH (set by `npm run bench` through scripts/ensure-chromium.mjs), else ask that script. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const result = spawnSync('node', [path.join(ROOT, 'scripts/ensure-chromium.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const found = result.stdout.trim().split('\n').at(-1);
  if (result.status !== 0 || !found) fail('no usable Chromium (see scripts/ensure-chromium.mjs)');
  return found;
}

export function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'not installed';
  }
}

export function git(args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim();
  } catch {
    return '';
  }
}
