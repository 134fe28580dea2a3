/**
 * An id from a title: kebab-case, as the schema wants ids, for converters whose records have none.
 *
 * slug('Kim & Putin meet!') → 'kim-putin-meet'
 */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'event'
  );
}
