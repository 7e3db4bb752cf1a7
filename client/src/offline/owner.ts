import type { Profile } from '../trpc/types.ts';
import { readOne, remove, write } from './db.ts';

/*
 * The guardian last signed in on this device, so that the app opens on their saved data while the session
 * cannot be checked (no network, server away): the session store's «offline» state. Only who they are, never a
 * token (the access token stays in memory, the refresh token in its httpOnly cookie). Kept with the saved reads,
 * under the guardian's e-mail, so it goes with them at sign-out (the device may be shared). Staff are not kept:
 * the console needs the server.
 */

const key = 'session.identity';

type IdentityRecord = { key: string; owner: string; kind: 'guardian'; firstName: string; lastName: string };

function identityOf(value: unknown): IdentityRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<IdentityRecord>;
  return record.kind === 'guardian' &&
    typeof record.owner === 'string' &&
    typeof record.firstName === 'string' &&
    typeof record.lastName === 'string'
    ? (record as IdentityRecord)
    : undefined;
}

/** The guardian remembered on this device, as the session shows a signed-in person. */
export async function rememberedIdentity(): Promise<Profile | undefined> {
  const record = await readOne('reads', key, identityOf);
  return (
    record && {
      kind: 'guardian',
      email: record.owner,
      firstName: record.firstName,
      lastName: record.lastName,
      role: undefined,
    }
  );
}

/** At each sign-in and refresh: the guardian, or nobody for staff. */
export async function rememberIdentity(profile: Profile): Promise<void> {
  if (profile.kind !== 'guardian') return forgetIdentity();
  const record: IdentityRecord = {
    key,
    owner: profile.email,
    kind: 'guardian',
    firstName: profile.firstName,
    lastName: profile.lastName,
  };
  await write('reads', record);
}

export const forgetIdentity = () => remove('reads', key);
