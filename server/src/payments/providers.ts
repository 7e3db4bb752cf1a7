import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { PayfipProvider } from './payfip.ts';
import type { OnlineProvider, PaymentProvider } from './provider.ts';
import { SandboxProvider } from './sandbox.ts';

export type Providers = {
  /** The one new payments go to (PAYMENT_PROVIDER). */
  active: PaymentProvider;
  /** Payments started before a change of PAYMENT_PROVIDER are still read from the bank they went to. */
  get(kind: OnlineProvider): PaymentProvider | undefined;
};

const cache = new WeakMap<MikroORM, Providers>();

/** The server's providers, built once per database from the configuration. */
export function providersFor(services: { config: Config; orm: MikroORM; log: Logger }): Providers {
  let providers = cache.get(services.orm);
  if (!providers) {
    providers = buildProviders(services);
    cache.set(services.orm, providers);
  }
  return providers;
}

export function buildProviders({ config, orm }: { config: Config; orm: MikroORM }): Providers {
  const sandbox = new SandboxProvider(orm, config.publicUrl);
  const payfip = config.payments.payfip ? new PayfipProvider(config.payments.payfip) : undefined;
  const active = config.payments.provider === 'payfip' ? payfip : sandbox;
  if (!active) throw new Error('PAYMENT_PROVIDER=payfip needs PAYFIP_NUMCLI');
  return { active, get: (kind) => (kind === 'payfip' ? payfip : sandbox) };
}
