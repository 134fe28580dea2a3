/**
 * The record types of a timeline dataset, defined once. Valibot schemas give both the TypeScript types
 * (`v.InferOutput`) and, through `@valibot/to-json-schema`, the committed `data/events.schema.json`.
 *
 * Valibot rather than Zod or TypeBox: it is modular, so the embed carries only the few validators it uses
 * (a few KB, not tens), and it never builds code with `eval`/`new Function`, so validating untrusted data
 * in a blog post works under a strict Content-Security-Policy.
 *
 * The schema checks shapes; what a shape cannot say (real calendar dates, `end` after `start`, unique ids,
 * cited sources that exist, quotes found verbatim) is checked in `validate.ts`.
 */
import * as v from 'valibot';
import { DATE_PATTERN } from '../time/dates.js';

/** Kebab-case, stable: ids are the keys of deep links (`#event=<id>`) and embeds. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CATEGORIES = [
  'summit',
  'travel',
  'statement',
  'report',
  'military',
  'preparation',
  'background'
] as const;

export const NOTE_KINDS = ['error', 'contradiction', 'ambiguity', 'record'] as const;

/**
 * How much an event matters to the story: headline events are always named on the timeline, major ones
 * where there is room, minor ones last (a dot when there is none). Without it, an event is major.
 */
export const IMPORTANCE = ['headline', 'major', 'minor'] as const;
/** An archived article (quoted, with its text in `sources/`), or a record source (cited, never quoted). */
export const SOURCE_KINDS = ['article', 'record'] as const;

// A pattern rather than trim(): a transformation would make the input and output types differ and has
// no JSON Schema equivalent.
const nonEmpty = (what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.regex(/\S/, `${what} must not be empty`));

/** Unknown keys are errors, not silently dropped: a misspelt "titel" must be reported. */
const strict = <const TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? `${issue.received} is not a known field`
      : `an object is expected, not ${issue.received}`
  );

/** A field's documentation, carried into the JSON Schema so editors show it. */
const doc = <const TSchema extends v.GenericSchema>(schema: TSchema, text: string) =>
  v.pipe(schema, v.description(text));

const Id = v.pipe(
  v.string('an id must be a string'),
  v.regex(ID_PATTERN, 'an id must be kebab-case: lowercase letters and digits joined by hyphens')
);

const IsoDate = v.pipe(
  v.string('a date must be a string such as "2019", "2019-04" or "2019-04-25"'),
  v.regex(
    DATE_PATTERN,
    'a date must have the shape YYYY, YYYY-MM or YYYY-MM-DD, or be a year alone of up to 12 digits such as -13800000000'
  )
);

/**
 * Text in English, with an Indonesian version where one has been written; the Indonesian interface
 * shows the English where it has none. (The curated dataset has both everywhere: its tests say so.)
 */
export const TextSchema = strict({
  en: nonEmpty('the English text'),
  id: v.optional(nonEmpty('the Indonesian text'))
});

export const PlaceSchema = strict({
  name: nonEmpty('the place name'),
  country: v.optional(nonEmpty('the country')),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180)))
});

export const CitationSchema = strict({
  source: doc(Id, 'The `id` of an archived source.'),
  quote: doc(nonEmpty('the quote'), 'Copied verbatim from the archived article; only whitespace may differ.'),
  translation: doc(nonEmpty('the translation'), 'An English translation of the quote.')
});

export const NoteSchema = strict({
  kind: v.picklist(NOTE_KINDS, `a note kind must be one of ${NOTE_KINDS.join(', ')}`),
  source: v.optional(
    doc(Id, 'The article the note is about; for a `record` note, the record source it rests on.')
  ),
  text: TextSchema
});

/**
 * One sentence of an event's summary, in both languages, with what it rests on: `cites`, the quotes on
 * the same event that support it (indices into `sources`, from 0), or `record`, the id of a record
 * source. Exactly one of the two; validate.ts says which is wrong.
 */
export const ClaimSchema = strict({
  en: nonEmpty('the English sentence'),
  id: v.optional(nonEmpty('the Indonesian sentence')),
  cites: v.optional(
    doc(
      v.pipe(
        v.array(
          v.pipe(
            v.number('a cited quote must be a number'),
            v.integer('a cited quote must be a whole number'),
            v.minValue(0, 'a cited quote must be 0 or more')
          )
        ),
        v.minLength(1, 'a claim must cite at least one quote')
      ),
      "Indices into this event's `sources` (from 0) of the quotes that say it."
    )
  ),
  record: v.optional(doc(Id, 'The id of the record source it rests on instead.'))
});

export const EventSchema = strict({
  id: Id,
  start: doc(IsoDate, 'The shape is the precision: "2002" is a year, "2019-02" a month, "2019-04-25" a day.'),
  end: v.optional(
    doc(IsoDate, 'The last year, month or day the event covers (inclusive), when it spans more than `start`.')
  ),
  approximate: v.optional(
    doc(v.boolean(), 'True when the date was inferred and may be off, e.g. from "pekan lalu" (last week).')
  ),
  dateDerivation: v.optional(
    doc(
      TextSchema,
      'How the date was worked out when an article gives it relatively ("Kamis (25/4)", "Selasa pekan lalu").'
    )
  ),
  status: v.optional(
    doc(
      v.picklist(['reported', 'expected']),
      '"expected" when the articles report the event ahead of time, as planned or predicted.'
    )
  ),
  title: TextSchema,
  claims: v.optional(
    doc(
      v.pipe(v.array(ClaimSchema), v.minLength(1, 'an event needs at least one claim')),
      'The summary as sentences, each citing its quotes or a record source.'
    )
  ),
  summary: v.optional(doc(TextSchema, 'A plain summary, for data that is not sentence-cited.')),
  category: v.picklist(CATEGORIES, `a category must be one of ${CATEGORIES.join(', ')}`),
  importance: v.optional(
    doc(
      v.picklist(IMPORTANCE, `an importance must be one of ${IMPORTANCE.join(', ')}`),
      'headline: always named on the timeline; major (the default): named where there is room; minor: named last.'
    )
  ),
  place: v.optional(PlaceSchema),
  people: v.optional(v.array(nonEmpty('a person'))),
  sources: v.pipe(v.array(CitationSchema), v.minLength(1, 'an event needs at least one source quote')),
  notes: v.optional(v.array(NoteSchema)),
  displayDate: v.optional(
    doc(
      TextSchema,
      'The date as a reader sees it ("Spring 1969", "c. 500 BC"), shown instead of the formatted `start`–`end`, which still place the event.'
    )
  ),
  group: v.optional(
    doc(
      TextSchema,
      "The group the event belongs to (a TimelineJS sheet's `Group`), named beside it and in the timeline's list of groups."
    )
  ),
  media: v.optional(
    strict({
      url: v.optional(v.pipe(v.string(), v.url('the media url must be an absolute URL'))),
      credit: v.optional(nonEmpty('the media credit')),
      caption: v.optional(nonEmpty('the media caption')),
      alt: v.optional(nonEmpty('the media alt text'))
    })
  )
});

export const PublishedSchema = strict({
  date: IsoDate,
  approximate: v.optional(v.boolean()),
  derivation: doc(nonEmpty('the derivation'), 'How the date was worked out from the text.')
});

export const SourceSchema = strict({
  id: Id,
  kind: v.optional(
    doc(
      v.picklist(SOURCE_KINDS, `a source kind must be one of ${SOURCE_KINDS.join(', ')}`),
      '"article" (the default) is quoted; "record" (a wire report, statement or reference work) is cited by claims and record notes, never quoted.'
    )
  ),
  outlet: nonEmpty('the outlet'),
  title: doc(nonEmpty('the title'), 'The headline as the text (or the page read) gives it.'),
  author: v.optional(nonEmpty('the author')),
  authorRole: v.optional(
    doc(
      v.picklist(['author', 'editor', 'credit']),
      'What the text calls that person: the writer, the editor, or a credit line.'
    )
  ),
  /** When the article appeared; a dataset of links may not know. */
  published: v.optional(PublishedSchema),
  language: doc(nonEmpty('the language'), "BCP 47 tag of the article's language."),
  url: v.optional(
    doc(
      v.pipe(v.string(), v.url('the url must be an absolute URL')),
      "An article's only where its text gives one; a record source's, the page read. Never invented."
    )
  ),
  file: v.optional(
    doc(
      v.pipe(
        v.string(),
        v.regex(/^(?![.])[^/\\]+$/, 'the file must be a plain file name in sources/, without folders')
      ),
      'The archived text beside the dataset (`sources/<file>`); without it quotes cannot be checked.'
    )
  ),
  notes: v.optional(v.array(NoteSchema))
});

/**
 * A chapter of the story: a named span of time, shown as a band over the axis that zooms to it. Every
 * episode must hold at least one event (one whose start falls within it).
 */
export const EpisodeSchema = strict({
  id: Id,
  title: doc(TextSchema, 'A short name for the chapter, e.g. "The Hanoi summit, February 2019".'),
  start: doc(IsoDate, 'The first year, month or day of the chapter.'),
  end: doc(IsoDate, 'The last year, month or day of the chapter (inclusive).')
});

/** A whole dataset: its events and the sources they cite (inline, or from `sources.json` beside it). */
export const DatasetSchema = strict({
  $schema: v.optional(v.string()),
  title: v.optional(TextSchema),
  description: v.optional(
    doc(TextSchema, "What the timeline is about, in a sentence or two (a TimelineJS title slide's text).")
  ),
  episodes: v.optional(
    doc(
      v.array(EpisodeSchema),
      "The story's chapters, in time order. Without them, the timeline names the stretches between its breaks."
    )
  ),
  sources: v.optional(v.array(SourceSchema)),
  events: v.array(EventSchema)
});

export const SourcesFileSchema = strict({
  $schema: v.optional(v.string()),
  sources: v.array(SourceSchema)
});

export type Category = (typeof CATEGORIES)[number];
export type Importance = (typeof IMPORTANCE)[number];
export type Episode = v.InferOutput<typeof EpisodeSchema>;
export type NoteKind = (typeof NOTE_KINDS)[number];
export type Text = v.InferOutput<typeof TextSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Note = v.InferOutput<typeof NoteSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
