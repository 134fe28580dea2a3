/**
 * Validation of a dataset: the schema, then what a schema cannot say. Pure: it takes parsed JSON and the
 * archived texts and returns the valid part of the dataset plus one issue per problem, so the CLI, the
 * build and the page share one set of rules and one wording.
 *
 * A bad event never takes the good ones down with it: it is left out of `dataset.events` and reported.
 */
import * as v from 'valibot';
import { dateProblem, parseDate } from '../time/dates.js';
import { installDeepTime } from '../time/deep-words.js';
import {
  DatasetSchema,
  EventSchema,
  SourceSchema,
  SourcesFileSchema,
  type Episode,
  type Source,
  type Text,
  type TimelineEvent
} from './schema.js';
import type { Issue } from './issue.js';
import { closestPassage, foldWhitespace } from './quote.js';
import { validateEpisodes } from './episodes.js';
import { claimProblems, noteProblems } from './validate-claims.js';
import { mediaProblems } from './validate-media.js';
import { own } from '../own.js';
import { acceptsEvent, acceptsSource } from './accepts.js';
import { recordName, schemaIssues, unknownKeys } from './schema-issues.js';

export { formatIssue, type Issue } from './issue.js';
export { closestPassage, foldWhitespace } from './quote.js';
export { installDeepTime } from '../time/deep-words.js';

export interface ValidDataset {
  title?: Text;
  description?: Text;
  episodes?: Episode[];
  sources: Source[];
  events: TimelineEvent[];
}

export interface ValidationResult {
  dataset: ValidDataset;
  /** Problems: the records they touch are left out of `dataset`. */
  issues: Issue[];
  /** Things not checked, and why (a source without archived text), said rather than passed over. */
  notices: Issue[];
}

export interface DatasetInput {
  /** The name used in messages, e.g. `events.json`. */
  file: string;
  /** The parsed JSON of the dataset file. */
  data: unknown;
  /** A separate sources file, used when the dataset has no `sources` of its own. */
  sourcesFile?: { file: string; data: unknown };
  /** The archived texts by file name; `undefined` means the file named by a source could not be read. */
  texts: Record<string, string | undefined>;
  /**
   * No archived texts came with the data at all (a pasted dataset): a source naming one is kept, and
   * its quotes are reported as not checked instead of the source as unreadable.
   */
  textsAbsent?: boolean;
}

function validateSources(
  file: string,
  rawSources: unknown[],
  { texts, textsAbsent }: DatasetInput,
  issues: Issue[],
  notices: Issue[]
): { sources: Source[]; folded: Map<string, string> } {
  const sources: Source[] = [];
  const folded = new Map<string, string>();
  const seen = new Set<string>();
  rawSources.forEach((raw, index) => {
    const record = recordName('source', raw, index);
    // Each issue keeps the source's place in the file, for a converter to point at its line.
    const at = (found: Issue[]) => found.map((issue) => ({ ...issue, source: index }));
    const parsed = acceptsSource(raw) ? undefined : v.safeParse(SourceSchema, raw);
    if (parsed && !parsed.success) {
      issues.push(...at(schemaIssues(file, record, parsed.issues)));
      return;
    }
    const source = parsed ? parsed.output : (raw as Source);
    const problems: Issue[] = [];
    if (seen.has(source.id)) {
      problems.push({ file, record, field: 'id', message: `repeats an id used by an earlier source` });
    }
    const dateIssue = source.published ? dateProblem(source.published.date) : null;
    if (dateIssue)
      problems.push({ file, record, field: 'published.date', message: `is not valid: ${dateIssue}` });
    if (source.kind === 'record' && source.file !== undefined) {
      problems.push({
        file,
        record,
        field: 'file',
        message: 'is given, but a record source has no archived text'
      });
    } else if (source.file !== undefined) {
      const text = own(texts, source.file);
      if (text === undefined && textsAbsent) {
        notices.push({
          file,
          record,
          field: 'file',
          message: `was not given: ${JSON.stringify(source.file)} did not come with the dataset, so the quotes citing it were not checked`,
          source: index
        });
      } else if (text === undefined) {
        problems.push({
          file,
          record,
          field: 'file',
          message: `names an archived text that could not be read: ${JSON.stringify(source.file)}`
        });
      } else {
        folded.set(source.id, foldWhitespace(text));
      }
    }
    if (problems.length > 0) {
      issues.push(...at(problems));
      return;
    }
    seen.add(source.id);
    sources.push(source);
  });
  // A source's own record notes rest on record sources, which may come after it in the file.
  const byId = new Map(sources.map((source) => [source.id, source]));
  const kept = sources.filter((source, index) => {
    const problems = noteProblems(file, recordName('source', source, index), source.notes, byId);
    issues.push(...problems);
    return problems.length === 0;
  });
  return { sources: kept, folded };
}

function checkEvent(
  file: string,
  record: string,
  event: TimelineEvent,
  sources: Map<string, Source>,
  folded: Map<string, string>,
  texts: DatasetInput['texts'],
  notices: Issue[],
  unchecked: Map<string, string>
): Issue[] {
  const problems: Issue[] = [];
  const startProblem = dateProblem(event.start);
  if (startProblem) problems.push({ file, record, field: 'start', message: `is not valid: ${startProblem}` });
  if (event.end !== undefined) {
    const endProblem = dateProblem(event.end);
    if (endProblem) problems.push({ file, record, field: 'end', message: `is not valid: ${endProblem}` });
    else if (!startProblem && parseDate(event.end).start < parseDate(event.start).start) {
      problems.push({
        file,
        record,
        field: 'end',
        message: `"${event.end}" is before start "${event.start}"`
      });
    }
  }
  event.sources.forEach((citation, index) => {
    const field = `sources[${index}]`;
    const source = sources.get(citation.source);
    if (!source) {
      const known = [...sources.keys()].join(', ') || 'none';
      problems.push({
        file,
        record,
        field: `${field}.source`,
        message: `cites ${JSON.stringify(citation.source)}, which is not a known source (known: ${known})`
      });
      return;
    }
    if (source.kind === 'record') {
      problems.push({
        file,
        record,
        field: `${field}.source`,
        message: `cites ${JSON.stringify(citation.source)}, a record source, which has no words to quote: cite it from a claim's "record" or a record note`
      });
      return;
    }
    const article = folded.get(source.id);
    if (article === undefined) {
      // One string for all: a dataset without archived texts has this notice on every quote.
      const message =
        unchecked.get(source.id) ??
        `was not checked: source ${JSON.stringify(source.id)} has no archived text`;
      unchecked.set(source.id, message);
      notices.push({ file, record, field: index === 0 ? 'sources[0].quote' : `${field}.quote`, message });
      return;
    }
    if (!article.includes(foldWhitespace(citation.quote))) {
      const original = own(texts, source.file!) ?? '';
      problems.push({
        file,
        record,
        field: `${field}.quote`,
        message: `is not found in source ${JSON.stringify(source.id)}; the closest passage is ${JSON.stringify(
          closestPassage(citation.quote, original)
        )}`
      });
    }
  });
  problems.push(...claimProblems(file, record, event, sources, notices));
  problems.push(...noteProblems(file, record, event.notes, sources));
  problems.push(...mediaProblems(file, record, event));
  return problems;
}

// The envelopes, loosely: the records inside are checked one by one, so one bad record costs only itself.
const Envelope = v.object({
  ...DatasetSchema.entries,
  events: v.array(v.unknown()),
  sources: v.optional(v.array(v.unknown())),
  episodes: v.optional(v.array(v.unknown()))
});
const SourcesEnvelope = v.object({ ...SourcesFileSchema.entries, sources: v.array(v.unknown()) });

/**
 * Validates a dataset and returns what is valid plus every problem, each naming its place.
 *
 * validateDataset({ file: 'events.json', data: { events: [] }, texts: {} })
 *   → { dataset: { sources: [], events: [] }, issues: [], notices: [] }
 */
export function validateDataset(input: DatasetInput): ValidationResult {
  // A dataset may hold deep years: from here on they read as people read them (deep-words.ts).
  installDeepTime();
  const { file, data, texts } = input;
  const issues: Issue[] = [];
  const notices: Issue[] = [];
  const empty: ValidationResult = { dataset: { sources: [], events: [] }, issues, notices };
  const envelope = v.safeParse(Envelope, data);
  if (!envelope.success) {
    issues.push(...schemaIssues(file, undefined, envelope.issues));
    return empty;
  }
  issues.push(...unknownKeys(file, data, DatasetSchema.entries));

  let rawSources: unknown[] = envelope.output.sources ?? [];
  let sourcesFile = file;
  if (envelope.output.sources === undefined && input.sourcesFile) {
    sourcesFile = input.sourcesFile.file;
    const parsed = v.safeParse(SourcesEnvelope, input.sourcesFile.data);
    if (!parsed.success) issues.push(...schemaIssues(sourcesFile, undefined, parsed.issues));
    else {
      issues.push(...unknownKeys(sourcesFile, input.sourcesFile.data, SourcesFileSchema.entries));
      rawSources = parsed.output.sources;
    }
  }
  const { sources, folded } = validateSources(sourcesFile, rawSources, input, issues, notices);
  const byId = new Map(sources.map((source) => [source.id, source]));

  const events: TimelineEvent[] = [];
  const seen = new Map<string, number>();
  const unchecked = new Map<string, string>();
  envelope.output.events.forEach((raw, index) => {
    const record = recordName('event', raw, index);
    // Each issue keeps the event's place in the file, for a converter to point at its line.
    const at = (found: Issue[]) => found.map((issue) => ({ ...issue, event: index }));
    // Valibot only for an event the quick check cannot pass: it finds and words the issues.
    const parsed = acceptsEvent(raw) ? undefined : v.safeParse(EventSchema, raw);
    if (parsed && !parsed.success) {
      issues.push(...at(schemaIssues(file, record, parsed.issues)));
      return;
    }
    const event = parsed ? parsed.output : (raw as TimelineEvent);
    const eventNotices: Issue[] = [];
    const problems = checkEvent(file, record, event, byId, folded, texts, eventNotices, unchecked);
    // Placed in the file as they are: made for this event just now, they need no copies.
    for (const notice of eventNotices) notices.push(Object.assign(notice, { event: index }));
    const first = seen.get(event.id);
    if (first !== undefined) {
      problems.unshift({ file, record, field: 'id', message: `repeats the id of event #${first + 1}` });
    }
    if (problems.length > 0) {
      issues.push(...at(problems));
      return;
    }
    seen.set(event.id, index);
    events.push(event);
  });

  const { title, description } = envelope.output;
  const episodes =
    envelope.output.episodes && validateEpisodes(file, envelope.output.episodes, events, issues);
  return {
    dataset: {
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
      ...(episodes ? { episodes } : {}),
      sources,
      events
    },
    issues,
    notices
  };
}
