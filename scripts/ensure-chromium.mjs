#!/usr/bin/env node
// Finds a Chromium the browser tests can drive, installing one if the machine has none.
//
//   node scripts/ensure-chromium.mjs
//       Prints the browser's path as the last line on stdout and exits 0, or explains on stderr what to do
//       and exits 1. Everything else it says (apt-get's output included) goes to stderr.
//   node scripts/ensure-chromium.mjs --run <command> [args…]
//       The same, then runs <command> (looked up in node_modules/.bin first) with CHROMIUM_PATH set to that
//       browser, and exits with the command's exit code. `npm run test:e2e -- <args>` ends up here.
//
// Why a script: Playwright cannot download its own browsers on these machines (only the npm registry and
// Debian's packages are reachable), and CI starts from a fresh machine where nothing installed by hand exists.
// Plain Node with no dependencies, so it works before anything else is built.
//
// Where it looks, in order:
//   1. CHROMIUM_PATH, if set: used as is, and an error if it is not a runnable browser (no silent fallback).
//   2. The system's browser: /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.
//   3. A browser Playwright itself installed (`npx playwright install chromium` on a machine with internet).
//   4. As root on Debian/Ubuntu: apt-get update && apt-get install -y chromium.
//   5. Otherwise: `playwright install chromium` (needs internet), then fail with instructions.

import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const INSTALL_TIMEOUT_MS = 15 * 60 * 1000;

/**
 * Progress and diagnostics: stderr only, so stdout carries nothing but the path.
 * @param {string} message
 */
function log(message) {
  process.stderr.write(`[ensure-chromium] ${message}\n`);
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`\n[ensure-chromium] ERROR: ${message}\n`);
  process.exit(1);
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `<file> --version`: a browser that cannot start (missing libraries, a broken snap shim, a stale path)
 * is caught here with its own error text rather than as a launch timeout in every test.
 * @param {string} file
 * @returns {{ ok: true, version: string } | { ok: false, reason: string }}
 */
function probe(file) {
  if (!existsSync(file)) return { ok: false, reason: 'no such file' };
  if (!isExecutable(file)) return { ok: false, reason: 'not executable' };
  const result = spawnSync(file, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000
  });
  if (result.error) return { ok: false, reason: result.error.message };
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim().split('\n').slice(-5).join('\n');
    return { ok: false, reason: `\`--version\` exited with ${result.status ?? result.signal}: ${output}` };
  }
  return { ok: true, version: result.stdout.trim() };
}

/**
 * @param {string} file
 * @param {string} source where the path came from, for the log
 * @returns {string | undefined} the path if it runs, after saying so.
 */
function accept(file, source) {
  const result = probe(file);
  if (result.ok) {
    log(`using ${file} (${result.version}) from ${source}`);
    return file;
  }
  log(`skipping ${file} from ${source}: ${result.reason}`);
  return undefined;
}

/** The path of the Chromium that Playwright downloads for itself, if the package is installed (it may be absent). */
async function playwrightsOwnChromium() {
  const require = createRequire(path.join(root, 'package.json'));
  for (const name of ['playwright-core', '@playwright/test']) {
    let resolved;
    try {
      resolved = require.resolve(name);
    } catch {
      continue;
    }
    try {
      const module = await import(resolved);
      const chromium = module.chromium ?? module.default?.chromium;
      const file = chromium?.executablePath();
      if (file) return file;
    } catch (error) {
      log(`could not ask ${name} for its browser: ${error instanceof Error ? error.message : error}`);
    }
  }
  return undefined;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

/** @param {string} command */
function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return undefined;
}

/**
 * Runs a command with its output on stderr (stdout is reserved for the path) and no stdin (CI has none).
 * @param {string} command
 * @param {string[]} args
 * @returns {boolean} whether it exited 0.
 */
function runVisibly(command, args, env = process.env) {
  log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env,
    timeout: INSTALL_TIMEOUT_MS
  });
  if (result.error) log(`${command} failed to run: ${result.error.message}`);
  else if (result.status !== 0) log(`${command} exited with ${result.status ?? result.signal}`);
  return !result.error && result.status === 0;
}

function installWithApt() {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for a lock held by another apt run (a parallel test run, unattended upgrades) instead of failing.
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  // An update that partly fails (one unreachable mirror) can still leave a usable list: try the install anyway.
  runVisibly('apt-get', [...lock, 'update'], env);
  return runVisibly('apt-get', [...lock, 'install', '-y', 'chromium'], env);
}

function installWithPlaywright() {
  const cli = path.join(binDir, 'playwright');
  if (!isExecutable(cli)) {
    log('Playwright is not installed (run `npm ci` first), so it cannot download a browser either');
    return false;
  }
  return runVisibly(cli, ['install', 'chromium']);
}

async function resolveChromium() {
  // 1. An explicit choice wins, and a wrong one is an error: falling back would hide the typo.
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    const result = probe(fromEnv);
    if (!result.ok) {
      fail(
        `CHROMIUM_PATH is set to ${fromEnv}, which is not a runnable browser (${result.reason}).\n` +
          'Point it at a Chromium or Chrome binary, or unset it to let this script find or install one.'
      );
    }
    log(`using ${fromEnv} (${result.version}) from CHROMIUM_PATH`);
    return fromEnv;
  }

  // 2. The system's browser.
  for (const file of SYSTEM_PATHS) {
    if (existsSync(file)) {
      const found = accept(file, 'the system');
      if (found) return found;
    }
  }

  // 3. A browser Playwright downloaded earlier, on a machine that could.
  const own = await playwrightsOwnChromium();
  if (own && existsSync(own)) {
    const found = accept(own, "Playwright's own browsers");
    if (found) return found;
  }

  // 4. Install Debian's Chromium: the one route that works on these machines, CI's included (it runs as root).
  if (isRoot() && isDebianLike() && findOnPath('apt-get')) {
    log('no Chromium found: installing Debian’s package with apt-get (this takes a minute or two)');
    if (installWithApt()) {
      for (const file of SYSTEM_PATHS) {
        if (existsSync(file)) {
          const found = accept(file, 'apt-get install chromium');
          if (found) return found;
        }
      }
      log('apt-get succeeded but left no runnable browser in ' + SYSTEM_PATHS.join(', '));
    }
  } else {
    // 5. Not root (or not Debian): Playwright's own download, which needs internet access.
    log('no Chromium found, and apt-get is not usable here (needs root on Debian/Ubuntu)');
    log('trying `playwright install chromium` (needs internet access)');
    if (installWithPlaywright()) {
      const downloaded = await playwrightsOwnChromium();
      if (downloaded && existsSync(downloaded)) {
        const found = accept(downloaded, 'playwright install chromium');
        if (found) return found;
      }
    }
  }

  fail(
    'no usable Chromium, and none could be installed.\n' +
      'Do one of these, then run the tests again:\n' +
      '  - install it as root:   apt-get update && apt-get install -y chromium\n' +
      '  - point at a browser:   CHROMIUM_PATH=/path/to/chromium npm run test:e2e\n' +
      '  - with internet access: npx playwright install chromium'
  );
}

/**
 * Runs the command after --run with the browser in CHROMIUM_PATH, passing signals through and its exit code out.
 * @param {string} chromium
 * @param {string} command
 * @param {string[]} args
 */
function runWithBrowser(chromium, command, args) {
  const env = {
    ...process.env,
    CHROMIUM_PATH: chromium,
    // Local binaries first, so `--run playwright test` works outside npm scripts too.
    PATH: [binDir, process.env.PATH ?? ''].join(path.delimiter)
  };
  const child = spawn(command, args, { stdio: 'inherit', env });
  // Ctrl-C reaches the child directly (same process group): stay alive to report its exit code, and do not
  // send it a second SIGINT, which Playwright takes as "stop now, skip the cleanup".
  process.on('SIGINT', () => {});
  // A SIGTERM or SIGHUP sent to this process alone is passed on, so the test run never outlives it.
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('error', (error) => fail(`could not start ${command}: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (signal) {
      log(`${command} was ended by ${signal}`);
      process.exit(1);
    }
    process.exit(code ?? 1);
  });
}

const argv = process.argv.slice(2);
const runIndex = argv.indexOf('--run');
if (runIndex > 0 || (runIndex === -1 && argv.length > 0)) {
  fail(
    `unexpected arguments: ${argv.join(' ')}\nUsage: node scripts/ensure-chromium.mjs [--run <command> [args…]]`
  );
}
const chromium = await resolveChromium();

if (runIndex === 0) {
  const [command, ...args] = argv.slice(1);
  if (!command) fail('--run needs a command, e.g. --run playwright test');
  runWithBrowser(chromium, command, args);
} else {
  process.stdout.write(`${chromium}\n`);
}
