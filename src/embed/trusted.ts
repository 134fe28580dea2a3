/**
 * The fingerprint of the curated dataset the embed's build validated and shipped beside the script
 * (vite.embed.config.ts defines it); undefined in other builds, which then validate every dataset.
 */
declare const __NEWS_TIMELINE_TRUSTED__: string | undefined;

export const TRUSTED_DATASET: string | undefined =
  typeof __NEWS_TIMELINE_TRUSTED__ === 'string' ? __NEWS_TIMELINE_TRUSTED__ : undefined;
