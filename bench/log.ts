/** The harness's own messages: progress on stdout, and the one way it stops with exit code 1. */

export function log(message: string) {
  console.log(`[bench] ${message}`);
}

export function fail(message: string): never {
  console.error(`\n[bench] ERROR: ${message}`);
  process.exit(1);
}
