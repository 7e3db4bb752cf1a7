import type { Profile } from '../trpc/types.ts';
import { readLocal, removeLocal, writeLocal } from './localStore.ts';

/*
 * The guardian last signed in on this device, so that the app opens on their saved data while the session
 * cannot be checked (no network, server away): the session store's «offline» state. Only who they are, never a
 * token (the access token stays in memory, the refresh token in its httpOnly cookie). Forgotten at sign-out with
 * the guardian's saved reads (the device may be shared). Staff are not kept: the console needs the server.
 *
 * In localStorage, not IndexedDB: it is read synchronously when the app starts, so an app opened offline knows
 * whose pages to show before its first render, while IndexedDB's first opening takes 100–150 ms of a cold start
 * (bench/client-offline-start.ts). The pages' own data comes from IndexedDB meanwhile.
 */

const key = 'portail-famille:identity';

type IdentityRecord = { owner: string; kind: 'guardian'; firstName: string; lastName: string };

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
export function rememberedIdentity(): Profile | undefined {
  const record = readLocal(key, identityOf);
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
export function rememberIdentity(profile: Profile): void {
  if (profile.kind !== 'guardian') {
    forgetIdentity();
    return;
  }
  const record: IdentityRecord = {
    owner: profile.email,
    kind: 'guardian',
    firstName: profile.firstName,
    lastName: profile.lastName,
  };
  writeLocal(key, record); // refused (private browsing): this device cannot open the family's pages offline
}

export const forgetIdentity = () => removeLocal(key);
