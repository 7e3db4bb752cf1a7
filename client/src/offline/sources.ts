import { publicRead } from '../trpc/http.ts';
import { loadClient } from '../trpc/socket.ts';

/**
 * The reads the app keeps on the device for offline use, each under a stable name. `public` ones (menus,
 * documents) are kept for anyone; the others belong to the signed-in guardian. The pages read them through
 * `createCachedQuery`; the provider reads them ahead after sign-in and when a live event says they changed.
 */
export type Source<T> = { name: string; public?: boolean; fetch: () => Promise<T> };

/** The tRPC client's `read`, loaded with the client on the first read that needs a session. */
const withClient = async <T>(call: (client: Awaited<ReturnType<typeof loadClient>>) => Promise<T>) =>
  call(await loadClient());

export const sources = {
  children: {
    name: 'bookings.children',
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.bookings.children.query(undefined, options))),
  },
  reservations: {
    name: 'bookings.reservations',
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.bookings.reservations.query(undefined, options))),
  },
  choices: (childId: number) => ({
    name: `bookings.choices:${childId}`,
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.bookings.choices.query({ childId }, options))),
  }),
  /** With the moment it was received: the grid's clock is the server's, advanced by the time since. */
  planning: (childId: number, periodId: number) => ({
    name: `bookings.planning:${childId}:${periodId}`,
    fetch: async () => {
      const view = await withClient(({ read, trpc }) =>
        read((options) => trpc.bookings.planning.query({ childId, periodId }, options)),
      );
      return { ...view, receivedAt: Date.now() };
    },
  }),
  /** «Mon espace» (Vos enfants) and «Mon compte»: the guardian and the family as the S.E.J. recorded them. */
  account: {
    name: 'account.get',
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.account.get.query(undefined, options))),
  },
  /** «Mes Factures & Paiements» (guide §6). */
  invoices: {
    name: 'billing.invoices',
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.billing.invoices.query(undefined, options))),
  },
  payments: {
    name: 'billing.payments',
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.billing.payments.query(undefined, options))),
  },
  menus: {
    name: 'menus.current',
    public: true,
    fetch: () =>
      withClient(({ read, trpc }) => read((options) => trpc.menus.current.query({ weeks: 2 }, options))),
  },
  documents: {
    name: 'documents.listPublic',
    public: true,
    fetch: () => publicRead('documents.listPublic'),
  },
} satisfies Record<string, Source<unknown> | ((...args: never[]) => Source<unknown>)>;
