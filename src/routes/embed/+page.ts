import { curatedDataset } from '../../site/curated';
import type { PageLoad } from './$types';

export const load: PageLoad = () => curatedDataset();

// /embed/ with its slash: the address the snippets use, written to build/embed/index.html.
export const trailingSlash = 'always';
