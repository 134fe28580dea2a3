// The package's public face: `import { Timeline } from 'news-timeline'`. Only re-exports live here: no
// import has a side effect of its own but `id`'s: importing it hands dayjs's `id` locale (its month
// names) to the dates, and registers that locale with dayjs without making it dayjs's default.
export { default as Timeline } from './components/Timeline.svelte';
export { default as EventList } from './components/EventList.svelte';
export { en, type Messages } from './core/i18n/en.js';
export { id } from './core/i18n/id.js';
export { enDetails, type DetailMessages } from './core/i18n/en-details.js';
export { idDetails } from './core/i18n/id-details.js';
export { validateDataset } from './core/data/validate.js';
export { countNotices, formatIssue, type Issue } from './core/data/issue.js';
export { eventSummary } from './core/data/event-text.js';
export type { ValidationResult, ValidDataset } from './core/data/validate.js';
export { parseDate, formatDate, formatEventDate } from './core/time/dates.js';
export type { Locale, Precision } from './core/time/dates.js';
export { installDeepTime } from './core/time/deep-words.js';
export { loadDataset } from './data/load.js';
export { readDataset, LoadError, type LoadedDataset } from './data/read.js';
export { canRetry, describeFailure, type Failure, type FailureKind } from './data/failure.js';
export { failuresEn } from './core/i18n/failures-en.js';
export { failuresId } from './core/i18n/failures-id.js';
export type {
  Citation,
  Claim,
  Dataset,
  Episode,
  Note,
  Place,
  Source,
  TimelineEvent
} from './core/data/schema.js';
