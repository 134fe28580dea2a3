/**
 * Datasets larger than this are refused before parsing, wherever they come from (a URL, a file on disk,
 * a paste): a typo'd URL must not hang a reader's tab, and the benchmark's 100,000 events (25 MB) fit.
 */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

/**
 * JSON nested deeper than this is refused before parsing (a dataset needs five levels; TimelineJS four).
 * Input sets the depth, so every scan of it is iterative, but the limit keeps any code we or a library
 * add later from meeting 100,000 levels: a file cut short inside deep brackets is told as "too deep",
 * never a stack overflow.
 */
export const MAX_DEPTH = 512;
