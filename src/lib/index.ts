// The package's public face: `import { Timeline } from 'news-timeline'`. Only re-exports live here,
// and the Indonesian words, so that `locale="id"` works with nothing more to import.
import './core/locale-id.js';
export { default as Timeline } from './components/Timeline.svelte';
export { default as EventList } from './components/EventList.svelte';
export { validateDataset, formatIssue } from './core/validate.js';
export type { Issue, ValidationResult, ValidDataset } from './core/validate.js';
export { parseDate, formatDate, formatEventDate } from './core/dates.js';
export type { Locale, Precision } from './core/dates.js';
export { loadDataset, LoadError } from './data/load.js';
export type { Citation, Dataset, Note, Place, Source, TimelineEvent } from './core/schema.js';
