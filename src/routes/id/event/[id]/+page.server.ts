import { curatedDataset } from '../../../../site/curated';
import { eventIds, eventMeta, findEvent } from '../../../../site/event-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per event, prerendered for sharing; the English one is /event/<id>/.
export const entries: EntryGenerator = () => eventIds();

// /id/event/<id>/ with its slash, written to build/id/event/<id>/index.html, its image beside it.
export const trailingSlash = 'always';

export const load: PageServerLoad = async ({ params }) => {
  const dataset = await curatedDataset();
  const event = findEvent(dataset, params.id);
  return { dataset, id: event.id, locale: 'id' as const, meta: eventMeta(event, 'id') };
};
