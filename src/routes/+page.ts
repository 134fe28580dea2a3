import type { PageLoad } from './$types';

export const load: PageLoad = () => ({ count: 0 });
