import { curatedDataset } from '../../site/curated';
import type { PageServerLoad } from './$types';

// Server-only: the iframe page receives the data the build validated, never the validator.
export const load: PageServerLoad = async () => ({ dataset: await curatedDataset() });

// /embed/ with its slash: the address the snippets use, written to build/embed/index.html.
export const trailingSlash = 'always';
