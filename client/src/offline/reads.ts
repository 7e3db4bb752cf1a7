import { readOne, write } from './db.ts';

/** Whose data a read is: a guardian's e-mail, or `publicOwner` for what anyone may read (menus, documents). */
export const publicOwner = 'public';

/**
 * The app's build: a copy saved by another build is ignored, since the server's answers may have changed shape
 * since (the page would break on it); the next read online replaces it.
 */
const build = __BUILD_ID__;

type ReadRecord = { key: string; owner: string; name: string; build: string; savedAt: string; data: unknown };

export type Saved<T> = { data: T; savedAt: string };

const recordKey = (owner: string, name: string) => `${owner}|${name}`;

function readRecordOf(value: unknown): ReadRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<ReadRecord>;
  const fine =
    typeof record.owner === 'string' &&
    typeof record.build === 'string' &&
    typeof record.savedAt === 'string' &&
    !Number.isNaN(Date.parse(record.savedAt)) &&
    record.data !== undefined;
  return fine ? (record as ReadRecord) : undefined;
}

/** Keeps the answer of a read for offline use. */
export function saveRead(owner: string, name: string, data: unknown): Promise<boolean> {
  const record: ReadRecord = {
    key: recordKey(owner, name),
    owner,
    name,
    build,
    savedAt: new Date().toISOString(),
    data,
  };
  return write('reads', record);
}

/** The last answer kept for this read by this build of the app, and when it was read. */
export async function loadRead<T>(owner: string, name: string): Promise<Saved<T> | undefined> {
  const record = await readOne('reads', recordKey(owner, name), readRecordOf);
  if (!record || record.build !== build) return undefined;
  return { data: record.data as T, savedAt: record.savedAt };
}
