import { curatedDataset } from '../site/curated';
import type { PageLoad } from './$types';

export const load: PageLoad = () => curatedDataset();
