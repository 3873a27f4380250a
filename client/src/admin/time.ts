/** Instants (ISO 8601, UTC) as the users read them: their local date and time, to the minute. */

/** `2026-05-22T01:30:00Z` → "2026/5/22 09:30" in Beijing (the browser's time zone), in `locale`. */
export function formatInstant(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}
