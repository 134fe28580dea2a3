/**
 * Every way a dataset can fail as a whole — nothing at all to show — in one place: each failure is data
 * (its kind, the file or URL, the place), worded by the interface's words in either language
 * (`failures` in i18n/en.ts and id.ts), and says whether trying again can help. A dataset that loads
 * with some bad records is not a failure: those are located issues beside the valid events.
 *
 * The web page (Shell.svelte), the authoring page and the CLI all word a failure through
 * `describeFailure` and the words of i18n/failures-en.ts or failures-id.ts, so a blogger reads the same
 * sentence wherever they meet it. Those words are a chunk fetched only when a dataset fails; a
 * `LoadError`'s own `message` is a terse summary for developers (`a.json: line 3, column 18: json`).
 */

/** What the JSON scanner expected where a text stops being JSON (see core/data/json.ts). */
export type JsonExpected =
  | 'value'
  | 'name'
  | 'colon'
  | 'after-value'
  | 'after-item'
  | 'closing-quote'
  | 'closing-quote-line'
  | 'hex'
  | 'escape'
  | 'end';

/** A place in a text, 1-based, as editors count. */
export interface Place {
  line: number;
  column: number;
}

export type Failure =
  /** The request failed: offline, a dropped connection, a host that does not answer. */
  | { kind: 'network'; name: string }
  /** A cross-origin request failed: most often the host does not send CORS headers for this page. */
  | { kind: 'cors'; name: string }
  | { kind: 'status'; name: string; status: number }
  /** A web page where data was expected: a wrong path on a host that answers with its home page. */
  | { kind: 'html'; name: string }
  /** NUL bytes or bytes that are not UTF-8: an image, a spreadsheet's .xlsx, a zip. */
  | { kind: 'binary'; name: string }
  /** A text in an encoding we do not read (UTF-32, or UTF-16 without a byte-order mark). */
  | { kind: 'encoding'; name: string; encoding: string }
  | { kind: 'too-large'; name: string; bytes?: number; limit: number }
  | ({ kind: 'too-deep'; name: string; limit: number } & Place)
  | { kind: 'empty'; name: string }
  | ({ kind: 'json'; name: string; expected: JsonExpected; found?: string | null } & Place)
  /** Not JSON, and its first line names none of the CSV columns: not a dataset at all. */
  | { kind: 'csv'; name: string; line: number; found: string }
  /** The element's `src` is not a URL. */
  | { kind: 'address'; name: string }
  /** Files on disk (the CLI). */
  | { kind: 'missing'; name: string }
  | { kind: 'folder'; name: string }
  | { kind: 'unreadable'; name: string }
  /** A fault of ours, not of the data: said as such, never as an engine's error name. */
  | { kind: 'unexpected'; name: string };

export type FailureKind = Failure['kind'];

/** The words for every failure, in one language: a function of the failure for each kind. */
export type FailureWords = {
  [K in FailureKind]: (failure: Extract<Failure, { kind: K }>) => string;
} & {
  /** What the JSON scanner expected (`end`, the end of the text, is also what it finds there). */
  expected: Record<JsonExpected, string>;
};

/**
 * Whether trying again can help: only when the fault may pass — the network, a server's own error
 * (5xx), a timeout or a rate limit (408, 429) — and for a cross-origin failure, which a browser does
 * not tell apart from a dropped connection. A missing file, a web page, bad bytes or bad JSON stay
 * what they are until someone changes the file, so a button there would only promise what it cannot do.
 *
 * canRetry({ kind: 'status', name: 'a.json', status: 503 }) → true
 */
export function canRetry(failure: Failure): boolean {
  if (failure.kind === 'network' || failure.kind === 'cors') return true;
  if (failure.kind !== 'status') return false;
  return failure.status >= 500 || failure.status === 408 || failure.status === 429;
}

/**
 * The failure as one sentence in the given words (failuresEn, failuresId; see `loadFailureWords`).
 *
 * describeFailure({ kind: 'empty', name: 'a.json' }, failuresEn) → 'a.json is empty: there is nothing to show. …'
 */
export function describeFailure(failure: Failure, words: FailureWords): string {
  return (words[failure.kind] as (failure: Failure) => string)(failure);
}

/**
 * A failure in a few words for developers and logs: the file, the place, the kind.
 *
 * summarize({ kind: 'json', name: 'a.json', line: 3, column: 18, expected: 'name' }) → 'a.json: line 3, column 18: json'
 */
export function summarize(failure: Failure): string {
  const line = 'line' in failure ? `: line ${failure.line}` : '';
  const column = 'column' in failure ? `, column ${failure.column}` : '';
  const status = failure.kind === 'status' ? ` ${failure.status}` : '';
  return `${failure.name}${line}${column}: ${failure.kind}${status}`;
}

/** Nothing to show: the dataset cannot be fetched, decoded or parsed. Its `failure` says why and where. */
export class LoadError extends Error {
  override name = 'LoadError';
  readonly kind: FailureKind;
  constructor(readonly failure: Failure) {
    super(summarize(failure));
    this.kind = failure.kind;
  }
}

/**
 * The failure an error stands for: a `LoadError`'s own, or `unexpected` for anything else (a fault of
 * ours), so that no engine's error name or stack ever reaches a reader.
 */
export function failureOf(error: unknown, name: string): Failure {
  return error instanceof LoadError ? error.failure : { kind: 'unexpected', name };
}
