import { curatedDataset } from '../site/curated';
import type { PageServerLoad } from './$types';

// Server-only: the curated data is validated once, at build time, and reaches the page as data.
export const load: PageServerLoad = async () => ({ dataset: await curatedDataset() });
