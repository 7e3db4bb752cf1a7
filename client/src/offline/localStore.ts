/*
 * Small values kept in localStorage, for what must be there synchronously at start (the S.E.J.'s card, who is
 * signed in on this device). Storage may be refused (private browsing) or hold anything: a value that cannot be
 * read is simply not there, one that cannot be kept is simply not kept.
 */

/** The value under `key` that passes `check`, or undefined. */
export function readLocal<T>(key: string, check: (value: unknown) => T | undefined): T | undefined {
  try {
    return check(JSON.parse(localStorage.getItem(key) ?? 'null'));
  } catch {
    return undefined;
  }
}

export function writeLocal(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Refused: the value is only missing at the next start.
  }
}

export function removeLocal(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing could be stored either.
  }
}
