/**
 * What an event's words rest on, checked: each claim cites quotes of its own event or a record source,
 * never both and never nothing; a plain summary is valid and said to be not sentence-cited; a record
 * note names a record source. Part of validate.ts, which runs these after the schema.
 */
import type { Issue } from './issue.js';
import type { Note, Source, TimelineEvent } from './schema.js';

/** Why `id` cannot be what a record claim or a record note rests on, or null when it can. */
function notRecordSource(id: string, sources: Map<string, Source>): string | null {
  const source = sources.get(id);
  if (!source) return `names ${JSON.stringify(id)}, which is not a known source`;
  if (source.kind !== 'record')
    return `names ${JSON.stringify(id)}, which is an article, not a record source (kind "record")`;
  return null;
}

/** Notes name known sources, and a record note names the record source it rests on. */
export function noteProblems(
  file: string,
  record: string,
  notes: readonly Note[] | undefined,
  sources: Map<string, Source>
): Issue[] {
  const problems: Issue[] = [];
  notes?.forEach((note, index) => {
    const field = `notes[${index}].source`;
    if (note.kind === 'record') {
      const problem =
        note.source === undefined
          ? 'is missing: a record note cites a record source (kind "record")'
          : notRecordSource(note.source, sources);
      if (problem) problems.push({ file, record, field, message: problem });
    } else if (note.source !== undefined && !sources.has(note.source)) {
      problems.push({
        file,
        record,
        field,
        message: `names ${JSON.stringify(note.source)}, which is not a known source`
      });
    }
  });
  return problems;
}

/** The summary is claims, each resting on quotes of this event or on a record source; or a plain summary. */
export function claimProblems(
  file: string,
  record: string,
  event: TimelineEvent,
  sources: Map<string, Source>,
  notices: Issue[]
): Issue[] {
  const problems: Issue[] = [];
  const { claims, summary } = event;
  if (claims === undefined) {
    if (summary === undefined) {
      problems.push({
        file,
        record,
        field: 'claims',
        message: 'is missing: give the summary as claims (or as a plain summary)'
      });
    } else {
      notices.push({
        file,
        record,
        field: 'summary',
        message: 'is not sentence-cited: give it as claims, each citing the quotes it rests on'
      });
    }
    return problems;
  }
  if (summary !== undefined) {
    problems.push({
      file,
      record,
      field: 'summary',
      message: 'is given beside claims: the summary shown is the claims joined, so remove it'
    });
  }
  const quotes = event.sources.length;
  claims.forEach((claim, index) => {
    const field = `claims[${index}]`;
    if (claim.cites === undefined && claim.record === undefined) {
      problems.push({
        file,
        record,
        field,
        message: 'cites nothing: give "cites" (the quotes it rests on) or "record" (a record source)'
      });
    } else if (claim.cites !== undefined && claim.record !== undefined) {
      problems.push({
        file,
        record,
        field,
        message: 'has both "cites" and "record": a claim rests either on quotes or on a record source'
      });
    }
    claim.cites?.forEach((cited, at) => {
      if (cited < quotes) return;
      const range = quotes === 1 ? 'sources[0]' : `sources[0] to sources[${quotes - 1}]`;
      problems.push({
        file,
        record,
        field: `${field}.cites[${at}]`,
        message: `cites sources[${cited}], which does not exist: the event has ${quotes} quote${
          quotes === 1 ? '' : 's'
        }, ${range}`
      });
    });
    if (claim.record !== undefined) {
      const problem = notRecordSource(claim.record, sources);
      if (problem) problems.push({ file, record, field: `${field}.record`, message: problem });
    }
  });
  return problems;
}
