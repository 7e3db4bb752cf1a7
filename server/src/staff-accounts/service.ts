import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffAccountInput } from '@portail/shared/accounts/schema';
import { StaffUserEntity } from '../accounts/entities.ts';
import { sendActivationLink } from '../accounts/links.ts';
import { audit } from '../audit/record.ts';
import { findAccountByEmail } from '../auth/accounts.ts';
import { hashPassword } from '../auth/passwords.ts';
import { revokeChains } from '../auth/sessions.ts';
import { MunicipalityEntity } from '../municipality/entities.ts';
import type { Services } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';

type Actor = { kind: 'staff'; id: number };

/** «Équipe du service»: every staff account, the disabled ones too (their names stay in the history). */
export async function listStaff(em: EntityManager) {
  const staff = await em.find(StaffUserEntity, {}, { orderBy: { lastName: 'asc', firstName: 'asc' } });
  return staff.map((s) => ({
    id: s.id,
    email: s.email,
    firstName: s.firstName,
    lastName: s.lastName,
    role: s.role,
    disabled: s.disabledAt !== null,
  }));
}

/**
 * A staff account whose owner chooses the password through the activation link (48 h), as a family's
 * guardian does; the link is mailed and returned, so that the first admin, made with `npm run setup` before
 * any mail can be sent, can be given it by hand. Until then the account has a password nobody knows.
 */
export async function createStaffAccount(
  em: EntityManager,
  deps: Pick<Services, 'config' | 'mailer'>,
  input: StaffAccountInput,
  now: Date,
  actor?: Actor,
): Promise<{ id: number; link: string }> {
  // The activation mail is signed with the S.E.J.'s name and contact.
  if ((await em.count(MunicipalityEntity, {})) === 0) {
    throw new AppError('UNAVAILABLE', {
      userMessage:
        'Renseignez d’abord la commune et son service : npm run setup -- municipality (voir npm run setup -- --help).',
    });
  }
  // One login form for guardians and staff: an address belongs to one account of either kind.
  const existing = await findAccountByEmail(em, input.email);
  if (existing) {
    throw new AppError('CONFLICT', {
      userMessage:
        existing.owner.kind === 'staff'
          ? `Un compte agent existe déjà pour ${input.email}. Pour retrouver l’accès, utilisez « Identifiant ou Mot de passe oublié ? » sur la page d’accueil.`
          : `L’adresse ${input.email} est celle d’un parent sur le portail : choisissez-en une autre pour le compte agent.`,
    });
  }
  const entity = em.create(StaffUserEntity, {
    ...input,
    passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
    disabledAt: null,
  });
  await em.flush();
  const owner = { kind: 'staff' as const, id: entity.id };
  audit(em, 'staff_created', { actor, subject: owner, detail: { role: input.role } });
  const link = await sendActivationLink(em, deps, { owner, entity }, now, actor);
  return { id: entity.id, link };
}

/** Nobody changes their own account's role or state: another admin does, so the service always keeps one. */
function refuseOwn(actor: Actor, id: number, what: string) {
  if (id === actor.id) {
    throw new AppError('FORBIDDEN', {
      userMessage: `Vous ne pouvez pas ${what} votre propre compte : demandez-le à un autre administrateur.`,
    });
  }
}

async function staffMember(em: EntityManager, id: number) {
  const staff = await em.findOne(StaffUserEntity, { id });
  if (!staff) throw new AppError('NOT_FOUND');
  return staff;
}

/** The new role counts from the person's next access token (at most `ACCESS_TOKEN_TTL_SECONDS` later). */
export async function setStaffRole(
  em: EntityManager,
  actor: Actor,
  input: { id: number; role: StaffAccountInput['role'] },
): Promise<void> {
  refuseOwn(actor, input.id, 'changer le rôle de');
  await em.transactional(async (tx) => {
    const staff = await staffMember(tx, input.id);
    if (staff.role === input.role) return;
    const from = staff.role;
    staff.role = input.role;
    audit(tx, 'staff_role_changed', {
      actor,
      subject: { kind: 'staff', id: staff.id },
      detail: { from, to: input.role },
    });
  });
}

/** Disabling signs the person out everywhere (their refresh tokens); an access token left runs out by itself. */
export async function setStaffDisabled(
  em: EntityManager,
  actor: Actor,
  input: { id: number; disabled: boolean },
  now: Date,
): Promise<void> {
  refuseOwn(actor, input.id, 'désactiver');
  await em.transactional(async (tx) => {
    const staff = await staffMember(tx, input.id);
    if (input.disabled === (staff.disabledAt !== null)) return;
    const subject = { kind: 'staff' as const, id: staff.id };
    staff.disabledAt = input.disabled ? now : null;
    if (input.disabled) await revokeChains(tx, { owner: subject }, now);
    audit(tx, input.disabled ? 'staff_disabled' : 'staff_enabled', { actor, subject });
  });
}
