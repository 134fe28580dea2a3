/** The shapes the benchmark's modules pass around and write to the results JSON. Types only. */

export type ContenderId = 'ours' | 'ours-site' | 'floor' | 'vis-timeline' | 'timelinejs';
export type ProbeKind = 'embed' | 'site' | 'floor' | 'vis' | 'timelinejs';

export interface Contender {
  id: ContenderId;
  label: string;
  kind: ProbeKind;
  /** The page to open, relative to the server's origin. */
  page(size: number): string;
  /** The dataset URL the page loads. */
  data(size: number): string;
}

/** A file the page loaded, as the probe reports it from Resource Timing. */
export interface Resource {
  url: string;
  entryType: string;
  initiatorType: string;
  contentType: string;
  transferSize: number;
  encodedBodySize: number;
  decodedBodySize: number;
}

export type Category = 'script' | 'style' | 'document' | 'data' | 'font' | 'other';

export interface Gesture {
  /** Frame times (ms) between consecutive animation frames during the gesture. */
  p50: number;
  p95: number;
  max: number;
  frames: number;
  /** Whether the visible events moved (the view changed) at the gesture's midpoint. */
  responded: boolean;
  durationMs: number;
  /** Set when only part of the gesture was measured. */
  partial?: string;
}

export interface GestureFailure {
  /** "timeout after 45 s", "not measured: …", "skipped: …" or an error's message. */
  error: string;
  timedOut?: boolean;
}

export type GestureResult = Gesture | GestureFailure;

/** Frame times (ms) of one gesture, with what the view did. */
export interface Frames {
  deltas: number[];
  responded: boolean;
  durationMs: number;
}

export interface Run {
  size: number;
  contender: ContenderId;
  round: number;
  warmup: boolean;
  status: 'ok' | 'timeout' | 'error' | 'skipped';
  /** "timeout after 60 s", "error: …", "skipped: …": what the table shows when there is no figure. */
  message?: string;
  /** The step that failed, when one did. */
  failedStep?: string;
  renderMs?: number;
  /** From page.goto() to the harness seeing the events, for comparison with renderMs (polling adds up to 50 ms). */
  harnessRenderMs?: number;
  heapUsedBytes?: number;
  /** performance.memory.usedJSHeapSize, for reference (Chromium rounds it unless precise memory info is on). */
  perfMemoryUsedBytes?: number;
  domElements?: number;
  bytes?: Record<Category, number>;
  resources?: { url: string; category: Category; encodedBodySize: number; transferSize: number }[];
  pan?: GestureResult;
  zoom?: GestureResult;
  otherOriginRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
  wallMs: number;
  /** Wall time of each step of the run (ms), to see where a slow run spent it. */
  steps: Record<string, number>;
  /** The machine's 1-minute load average when the run started: other work on the machine makes figures noisy. */
  load1?: number;
}

/** One figure of one contender at one size, over the measured runs. */
export interface Cell {
  /** Median over the measured runs that produced the figure. */
  median?: number;
  min?: number;
  max?: number;
  /** Runs that produced the figure, of the measured runs. */
  n: number;
  of: number;
  /** Shown instead of a figure (a failure, or a gesture the contender does not respond to). */
  note?: string;
}

/** The results table, as text cells: written to RESULTS.md, printed, and saved in the results JSON. */
export interface Table {
  header: string[];
  rows: string[][];
}
