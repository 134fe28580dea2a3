/**
 * The share images' endpoint, for both languages' routes: one PNG per event, written to the build
 * beside the event's page (`event/<id>/share.png`).
 */
import type { Locale } from '../lib/core/time/dates.js';
import { curatedDataset } from './curated.js';
import { eventImageText, findEvent } from './event-page.js';
import { renderShareImage } from './share-image.js';

export async function shareImageResponse(id: string, locale: Locale): Promise<Response> {
  const dataset = await curatedDataset();
  const png = await renderShareImage(eventImageText(dataset, findEvent(dataset, id), locale));
  return new Response(png, { headers: { 'content-type': 'image/png' } });
}
