import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/record.ts';
import type { Account } from '../auth/accounts.ts';
import { findAccount, findAccountByEmail, isDisabled } from '../auth/accounts.ts';
import { OneTimeTokenEntity } from '../auth/entities.ts';
import { consumeLink, findUsableLink, issueLink } from '../auth/one-time.ts';
import { type Caller, type SignedIn, setPassword, signIn } from '../auth/service.ts';
import { revokeChains } from '../auth/sessions.ts';
import { clearFailures } from '../auth/throttle.ts';
import { loadMunicipality } from '../municipality/service.ts';
import type { Services } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';
import { GuardianEntity } from './entities.ts';
import {
  accountLinks,
  activationMail,
  emailChangedNotice,
  emailChangeMail,
  passwordResetMail,
} from './mails.ts';

type Deps = Pick<Services, 'config' | 'mailer' | 'tokens'>;

const RESETS_PER_HOUR = 3;

/**
 * Queues the activation mail of an account (a guardian's creation, «Renvoyer le lien d'activation», or a staff
 * account made with `npm run setup`) and returns its link.
 */
export async function sendActivationLink(
  em: EntityManager,
  deps: Pick<Deps, 'config' | 'mailer'>,
  account: Account,
  now: Date,
  actor?: Account['owner'],
): Promise<string> {
  const token = await issueLink(em, 'activation', account.owner, now);
  const link = accountLinks.activation(deps.config.publicUrl, token);
  const mail = activationMail(await loadMunicipality(em), account.entity, link);
  deps.mailer.queue(em, 'activation', account.entity.email, mail);
  audit(em, 'activation_link_sent', { actor, subject: account.owner });
  return link;
}

/** What the link page shows before the person types anything: whether the link still works, and for whom. */
export async function describeLink(
  em: EntityManager,
  purpose: OneTimeTokenEntity['purpose'],
  token: string,
  now: Date,
) {
  const link = await findUsableLink(em, purpose, token, now);
  const account = link && (await findAccount(em, { kind: link.principalKind, id: link.principalId }));
  if (!link || !account || isDisabled(account)) return { valid: false as const };
  return {
    valid: true as const,
    firstName: account.entity.firstName,
    email: link.newEmail ?? account.entity.email,
  };
}

/** Activation and reset both end the same way: a new password, then signed in at once. */
export async function choosePassword(
  em: EntityManager,
  deps: Deps,
  purpose: 'activation' | 'password_reset',
  input: { token: string; password: string },
  caller: Caller,
  now: Date,
): Promise<SignedIn> {
  return em.transactional(async (tx) => {
    const link = await consumeLink(tx, purpose, input.token, now);
    const account = await findAccount(tx, { kind: link.principalKind, id: link.principalId });
    if (!account || isDisabled(account)) throw new AppError('LINK_INVALID');
    await setPassword(account, input.password);
    const guardian = account.entity instanceof GuardianEntity ? account.entity : undefined;
    if (guardian) guardian.activatedAt ??= now;
    if (purpose === 'activation') {
      audit(tx, 'account_activated', { actor: account.owner, subject: account.owner, ip: caller.ip });
    } else {
      // Whoever knew the old password is signed out everywhere, and the person is no longer slowed down.
      await revokeChains(tx, { owner: account.owner }, now);
      await clearFailures(tx, [{ kind: 'account', value: account.entity.email }]);
      audit(tx, 'password_reset', { actor: account.owner, subject: account.owner, ip: caller.ip });
    }
    return signIn(tx, deps.tokens, account, caller, now);
  });
}

/**
 * «Identifiant ou Mot de passe oublié ?»: mails a reset link and a reminder of the identifier. The caller
 * answers the same thing whether or not the address has an account.
 */
export async function requestPasswordReset(
  em: EntityManager,
  deps: Deps,
  email: string,
  caller: Caller,
  now: Date,
) {
  await em.transactional(async (tx) => {
    const account = await findAccountByEmail(tx, email);
    audit(tx, 'password_reset_requested', { subject: account?.owner, identifier: email, ip: caller.ip });
    if (!account || isDisabled(account)) return;
    const recent = await tx.count(OneTimeTokenEntity, {
      purpose: 'password_reset',
      principalKind: account.owner.kind,
      principalId: account.owner.id,
      createdAt: { $gt: new Date(now.getTime() - 3600_000) },
    });
    if (recent >= RESETS_PER_HOUR) return; // nobody's mailbox gets flooded through this form
    const token = await issueLink(tx, 'password_reset', account.owner, now);
    const link = accountLinks.passwordReset(deps.config.publicUrl, token);
    deps.mailer.queue(
      tx,
      'password_reset',
      account.entity.email,
      passwordResetMail(await loadMunicipality(tx), account.entity, link),
    );
  });
  void deps.mailer.deliver();
}

/** Sends the confirmation link to the new address; the identifier changes only when it is clicked. */
export async function requestEmailChange(
  em: EntityManager,
  deps: Deps,
  account: Account,
  newEmail: string,
  now: Date,
) {
  if (await findAccountByEmail(em, newEmail)) {
    throw new AppError('CONFLICT', { userMessage: 'Cette adresse est déjà utilisée par un autre compte.' });
  }
  const token = await issueLink(em, 'email_change', account.owner, now, newEmail);
  const link = accountLinks.emailChange(deps.config.publicUrl, token);
  deps.mailer.queue(
    em,
    'email_change',
    newEmail,
    emailChangeMail(await loadMunicipality(em), account.entity, newEmail, link),
  );
  audit(em, 'email_change_requested', { actor: account.owner, subject: account.owner, detail: { newEmail } });
}

export async function confirmEmailChange(
  em: EntityManager,
  deps: Deps,
  token: string,
  caller: Caller,
  now: Date,
) {
  await em.transactional(async (tx) => {
    const link = await consumeLink(tx, 'email_change', token, now);
    const account = await findAccount(tx, { kind: link.principalKind, id: link.principalId });
    const newEmail = link.newEmail;
    if (!account || !newEmail) throw new AppError('LINK_INVALID');
    if (await findAccountByEmail(tx, newEmail)) {
      throw new AppError('CONFLICT', { userMessage: 'Cette adresse est déjà utilisée par un autre compte.' });
    }
    const oldEmail = account.entity.email;
    account.entity.email = newEmail;
    // The old address is told, so that a hijack does not go unnoticed.
    deps.mailer.queue(
      tx,
      'email_changed',
      oldEmail,
      emailChangedNotice(await loadMunicipality(tx), account.entity, newEmail),
    );
    audit(tx, 'email_changed', {
      actor: account.owner,
      subject: account.owner,
      ip: caller.ip,
      detail: { oldEmail, newEmail },
    });
  });
  void deps.mailer.deliver();
}
