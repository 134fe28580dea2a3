import { eventIds } from '../../../../../site/event-page';
import { shareImageResponse } from '../../../../../site/share-endpoint';
import type { EntryGenerator, RequestHandler } from './$types';

// Rendered at build time, once per event: the card a link preview shows for /id/event/<id>/ (in Indonesian).
export const prerender = true;
export const entries: EntryGenerator = () => eventIds();

export const GET: RequestHandler = ({ params }) => shareImageResponse(params.id, 'id');
