const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const shortDayTime = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});

/** «12 mars 2019» for a calendar date «2019-03-12» (no time zone: a birthday is the same day everywhere). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return day.format(new Date(y, m - 1, d));
}

/** «12/03/2026 14:05», in the municipality's time. */
export const formatDateTime = (iso: string): string => shortDayTime.format(new Date(iso));

/** «12 mars 2026», the day of an instant in the municipality's time. */
export const formatDayOf = (iso: string): string =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));
