/**
 * Datasets larger than this are refused before parsing, wherever they come from (a URL, a file on disk,
 * a paste): a typo'd URL must not hang a reader's tab, and the benchmark's 100,000 events (25 MB) fit.
 */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;
