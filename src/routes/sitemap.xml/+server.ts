import { sitemapXml } from '$lib/core/sitemap';
import { eventIds, SITE_ROOT } from '../../site/event-page';
import type { RequestHandler } from './$types';

// Written at build time to build/sitemap.xml, with the addresses SITE_URL gives.
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(
    sitemapXml(
      SITE_ROOT,
      eventIds().map(({ id }) => id)
    ),
    { headers: { 'content-type': 'application/xml' } }
  );
