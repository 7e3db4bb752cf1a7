import type { Services } from '../trpc/context.ts';
import { type Providers, providersFor } from './providers.ts';

/** What payment services use: the server's services and the banks, passed in so tests can choose the bank. */
export type PaymentDeps = Pick<Services, 'orm' | 'log' | 'mailer' | 'config'> & { providers: Providers };

export const paymentDeps = (services: Pick<Services, 'orm' | 'log' | 'mailer' | 'config'>): PaymentDeps => ({
  orm: services.orm,
  log: services.log,
  mailer: services.mailer,
  config: services.config,
  providers: providersFor(services),
});
