import { readOne, remove, write } from '../offline/db.ts';

/*
 * Where the tab's live stream is up to, kept on the device: an app reopened later resumes from there (the server
 * replays what it missed, or tells it to reload its data when too far behind). One record for the device,
 * tagged with the identity it belongs to: another person signing in here starts afresh, and sign-out removes it.
 * Kept with the saved reads (it says how far they are up to date), under the identity's e-mail.
 */

const key = 'live.position';
type PositionRecord = { key: string; owner: string; identity: string; lastEventId: string };

function positionOf(value: unknown): PositionRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<PositionRecord>;
  return typeof record.identity === 'string' &&
    typeof record.owner === 'string' &&
    typeof record.lastEventId === 'string' &&
    /^\d+$/.test(record.lastEventId)
    ? (record as PositionRecord)
    : undefined;
}

/** `kind:email`, as the live provider names a signed-in identity. */
const emailOf = (identity: string) => identity.slice(identity.indexOf(':') + 1);

/** The last event this identity's stream received on this device, if any. */
export async function loadPosition(identity: string): Promise<string | null> {
  const record = await readOne('reads', key, positionOf);
  return record?.identity === identity ? record.lastEventId : null;
}

/**
 * Remembers the last event received. One small write per event: a guardian gets a few a day, and writes to one
 * store land in the order made, so the last one wins (and a sign-out's removal comes after them).
 */
export function savePosition(identity: string, lastEventId: string): void {
  void write('reads', { key, owner: emailOf(identity), identity, lastEventId } satisfies PositionRecord);
}

/** At sign-out: the next person on this device does not resume someone else's stream. */
export const forgetPosition = () => remove('reads', key);
