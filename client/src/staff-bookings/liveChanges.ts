import type { RequestLine } from './data.ts';

const time = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Paris',
});
const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * What a live re-read changed in the list, for the agent (read politely): «À 10:42 : 1 nouvelle demande ;
 * 2 demandes traitées par un collègue.» Lines this agent decided are not news. Undefined when nothing changed.
 */
export function liveChangeMessage(
  before: readonly RequestLine[],
  after: readonly RequestLine[],
  mine: ReadonlySet<number>,
  now = new Date(),
): string | undefined {
  const had = new Set(before.map((l) => l.lineId));
  const has = new Set(after.map((l) => l.lineId));
  const added = after.filter((l) => !had.has(l.lineId)).length;
  const gone = before.filter((l) => !has.has(l.lineId) && !mine.has(l.lineId)).length;
  const parts = [
    added > 0 && count(added, 'nouvelle demande', 'nouvelles demandes'),
    gone > 0 && count(gone, 'demande traitée par un collègue', 'demandes traitées par un collègue'),
  ].filter(Boolean);
  return parts.length > 0 ? `À ${time.format(now)} : ${parts.join(' ; ')}.` : undefined;
}
