/**
 * Checks a dataset and says what is wrong, one line per problem, naming file, record and field.
 *
 *   npm run validate                 the curated data (data/events.json with data/sources.json)
 *   npm run validate -- path/to.json any dataset file: the project's JSON, CSV, or TimelineJS JSON
 *
 * Exits 1 when anything is invalid or the file cannot be read, 0 with a one-line summary when all is
 * well. The work is `main` in cli.ts; this file only connects it to the process.
 */
import { main } from './cli.js';

const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);

try {
  process.exitCode = await main(process.argv.slice(2), {
    out: write(process.stdout),
    err: write(process.stderr)
  });
} catch {
  // main answers every failure itself; this is the last guard, and it names no error either.
  process.stderr.write('The validator failed unexpectedly: please report it.\n');
  process.exitCode = 1;
}
