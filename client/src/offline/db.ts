import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import { createSignal } from 'solid-js';

/*
 * The device's copy of the family's work and data (DOMAIN.md «Live and offline»), in IndexedDB:
 *  - drafts: the planning grid's unsent changes, one record per owner × child × period;
 *  - outbox: submissions waiting for the network, and the server's answers until the parent has read them;
 *  - reads: the last answer of each read the app keeps for offline use.
 * Everything read back is checked (records.ts): storage can be corrupted, or written by an older app.
 */

const NAME = 'portail-famille';
/** Bump with a new `if (oldVersion < n)` step in `upgrade`: never edit a step a device may have run. */
const VERSION = 1;

export type StoreName = 'drafts' | 'outbox' | 'reads';
const keyPaths: Record<StoreName, string> = { drafts: 'key', outbox: 'id', reads: 'key' };

interface PortailDB extends DBSchema {
  drafts: { key: string; value: unknown; indexes: { owner: string } };
  outbox: { key: string; value: unknown; indexes: { owner: string } };
  reads: { key: string; value: unknown; indexes: { owner: string } };
}

function upgrade(db: IDBPDatabase<PortailDB>, oldVersion: number) {
  if (oldVersion < 1) {
    for (const name of ['drafts', 'outbox', 'reads'] as const) {
      db.createObjectStore(name, { keyPath: keyPaths[name] }).createIndex('owner', 'owner');
    }
  }
  // if (oldVersion < 2) { … } — the next schema change goes here, and reads what version 1 left.
}

/** What the parent is told when stored data had to be thrown away; each at most once per tab. */
export type StorageProblem = StoreName | 'database' | 'write';
export const storageProblemMessages: Record<StorageProblem, string> = {
  database:
    'Les données enregistrées sur cet appareil étaient illisibles et ont été effacées. Vos réservations déjà envoyées ne sont pas concernées : vérifiez « Les réservations ».',
  drafts:
    'Une sélection de dates non envoyée n’a pas pu être relue sur cet appareil et a été effacée. Refaites-la dans le planning.',
  outbox:
    'Des réservations en attente d’envoi n’ont pas pu être relues sur cet appareil. Vérifiez « Les réservations » et refaites-les si besoin.',
  reads:
    'Les informations gardées pour une consultation hors ligne étaient illisibles : elles seront relues dès le retour de la connexion.',
  write:
    'Cet appareil refuse d’enregistrer des données (stockage plein ou navigation privée) : votre sélection ne sera pas gardée si vous fermez l’application.',
};

const [problems, setProblems] = createSignal<StorageProblem[]>([]);
/** Problems the parent has not dismissed yet (see OfflineNotices). */
export const storageProblems = problems;
const told = new Set<StorageProblem>();

function tell(problem: StorageProblem, error?: unknown) {
  console.warn(`stockage local : ${problem}`, error);
  if (told.has(problem)) return;
  told.add(problem);
  setProblems((list) => [...list, problem]);
}

export const dismissStorageProblem = (problem: StorageProblem) =>
  setProblems((list) => list.filter((p) => p !== problem));

/** In memory, when the browser offers no IndexedDB or it cannot be opened even after a reset. */
const memory: Record<StoreName, Map<string, unknown>> = {
  drafts: new Map(),
  outbox: new Map(),
  reads: new Map(),
};

let opening: Promise<IDBPDatabase<PortailDB> | undefined> | undefined;

function open(): Promise<IDBPDatabase<PortailDB>> {
  return openDB<PortailDB>(NAME, VERSION, {
    upgrade,
    // Another tab runs a newer app and must upgrade: let it, and reopen on the next use.
    blocking: (_current, _blocked, event) => {
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
    terminated: () => {
      opening = undefined;
    },
  });
}

/** The database, reset once if it cannot be opened (corrupted, or left by a newer app); else memory only. */
function database(): Promise<IDBPDatabase<PortailDB> | undefined> {
  opening ??= (async () => {
    if (typeof indexedDB === 'undefined') return undefined;
    try {
      return await open();
    } catch (error) {
      tell('database', error);
      try {
        await deleteDB(NAME);
        return await open();
      } catch (again) {
        console.warn('stockage local indisponible : données gardées en mémoire', again);
        return undefined;
      }
    }
  })();
  return opening;
}

/** Empties one store whose content could not be read, and tells the parent once. */
export async function resetStore(store: StoreName, error: unknown): Promise<void> {
  tell(store, error);
  memory[store].clear();
  try {
    await (await database())?.clear(store);
  } catch (clearing) {
    console.warn(`stockage local : ${store} n’a pas pu être vidé`, clearing);
  }
}

const keyOf = (store: StoreName, value: unknown) =>
  String((value as Record<string, unknown>)[keyPaths[store]]);

/**
 * Every record of `owner` in `store`, each passed through `check`. A record that fails the check, or a store
 * that cannot be read, resets the store (and the parent is told): never a crash, never a half-read list.
 */
export async function readAll<T>(
  store: StoreName,
  owner: string,
  check: (value: unknown) => T | undefined,
): Promise<T[]> {
  try {
    const db = await database();
    const values = db
      ? await db.getAllFromIndex(store, 'owner', owner)
      : [...memory[store].values()].filter((v) => (v as { owner?: unknown }).owner === owner);
    const checked = values.map(check);
    if (checked.some((v) => v === undefined)) throw new Error(`enregistrement illisible dans ${store}`);
    return checked as T[];
  } catch (error) {
    await resetStore(store, error);
    return [];
  }
}

/** One record, checked as in `readAll`; undefined when absent or unreadable. */
export async function readOne<T>(
  store: StoreName,
  key: string,
  check: (value: unknown) => T | undefined,
): Promise<T | undefined> {
  try {
    const db = await database();
    const value = db ? await db.get(store, key) : memory[store].get(key);
    if (value === undefined) return undefined;
    const checked = check(value);
    if (checked === undefined) throw new Error(`enregistrement illisible dans ${store}`);
    return checked;
  } catch (error) {
    await resetStore(store, error);
    return undefined;
  }
}

/** Writes a record; false when the device refused (quota, private browsing), which is told once. */
export async function write(store: StoreName, value: unknown): Promise<boolean> {
  try {
    const db = await database();
    if (db) await db.put(store, value);
    else memory[store].set(keyOf(store, value), value);
    return true;
  } catch (error) {
    tell('write', error);
    return false;
  }
}

export async function remove(store: StoreName, key: string): Promise<void> {
  memory[store].delete(key);
  try {
    await (await database())?.delete(store, key);
  } catch (error) {
    console.warn(`stockage local : suppression dans ${store}`, error);
  }
}

/** Forgets what a person left on this device (at sign-out: the device may be shared). */
export async function removeOwner(store: StoreName, owner: string): Promise<void> {
  for (const [key, value] of memory[store]) {
    if ((value as { owner?: unknown }).owner === owner) memory[store].delete(key);
  }
  try {
    const db = await database();
    if (!db) return;
    const tx = db.transaction(store, 'readwrite');
    let cursor = await tx.store.index('owner').openCursor(owner);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  } catch (error) {
    console.warn(`stockage local : effacement dans ${store}`, error);
  }
}
