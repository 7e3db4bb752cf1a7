import type { RouterOutputs } from '../trpc/types.ts';

export type MailSummary = RouterOutputs['mail']['list'][number];

/** The state of a mail in words (never a colour alone). «Conservé»: no mail server configured, kept here. */
const labels: Record<string, string> = {
  kept: 'Conservé',
  sent: 'Envoyé',
  queued: 'En attente',
  failed: 'Échec',
};

export const mailStatusLabel = (status: string): string => labels[status] ?? status;
