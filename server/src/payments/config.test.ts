import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/config.ts';
import { buildProviders } from './providers.ts';

describe('payment configuration', () => {
  it('uses the demo bank by default', () => {
    expect(loadConfig({}).payments).toEqual({
      provider: 'sandbox',
      payfip: null,
      sandboxValidationDelayMs: 5000,
    });
  });

  it('reads the PayFiP settings, with PayFiP’s public addresses by default', () => {
    const config = loadConfig({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '012345', PAYFIP_SAISIE: 'W' });
    expect(config.payments.payfip).toEqual({
      numcli: '012345',
      saisie: 'W',
      serviceUrl: 'https://www.payfip.gouv.fr/tpa/services/securite',
      paymentUrl: 'https://www.payfip.gouv.fr/tpa/paiementws.web',
      timeoutMs: 15_000,
    });
    expect(buildProviders({ config, orm: {} as never }).active.kind).toBe('payfip');
  });

  it('stops at start-up, naming the variable, on a missing or wrong PayFiP setting', () => {
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'payfip' })).toThrow(/PAYFIP_NUMCLI/);
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'payfip', PAYFIP_NUMCLI: '12345' })).toThrow(ConfigError);
    expect(() => loadConfig({ PAYFIP_SAISIE: 'P' })).toThrow(/PAYFIP_SAISIE/);
    expect(() => loadConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(/PAYMENT_PROVIDER/);
  });
});
