import { curatedDataset } from '$lib/data/curated';
import type { PageLoad } from './$types';

export const load: PageLoad = () => curatedDataset();
