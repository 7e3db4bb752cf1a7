/**
 * The guardian last signed in on this device, so that the app can open on their saved data while the session
 * cannot be checked (no network, server away). Only who they are: the token never leaves memory. Forgotten at
 * sign-out, with their saved reads (the device may be shared).
 */
export type RememberedOwner = { email: string; firstName: string; lastName: string };

const storageKey = 'portail-famille:hors-ligne';

export function rememberedOwner(): RememberedOwner | undefined {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const owner = value as Partial<RememberedOwner>;
    return typeof owner.email === 'string' &&
      typeof owner.firstName === 'string' &&
      typeof owner.lastName === 'string'
      ? { email: owner.email, firstName: owner.firstName, lastName: owner.lastName }
      : undefined;
  } catch {
    return undefined; // storage refused or corrupted: nothing remembered
  }
}

export function rememberOwner(owner: RememberedOwner | undefined) {
  try {
    if (owner) localStorage.setItem(storageKey, JSON.stringify(owner));
    else localStorage.removeItem(storageKey);
  } catch {
    // Private browsing may refuse storage: the app then simply does not open offline.
  }
}
