import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffUserEntity } from '../accounts/entities.ts';
import { sendActivationLink } from '../accounts/links.ts';
import { hashPassword } from '../auth/passwords.ts';
import { MunicipalityEntity } from '../municipality/entities.ts';
import type { Services } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';
import type { MunicipalitySetup, StaffSetup } from './inputs.ts';

/** The deployment's one municipality row: created the first time, replaced afterwards. */
export async function setMunicipality(
  em: EntityManager,
  card: MunicipalitySetup,
): Promise<'created' | 'updated'> {
  const current = await em.findOne(MunicipalityEntity, { id: { $gt: 0 } }, { orderBy: { id: 'asc' } });
  if (current) {
    em.assign(current, card);
    return 'updated';
  }
  em.create(MunicipalityEntity, card);
  return 'created';
}

/**
 * A staff account whose owner chooses the password through the activation link (48 h), as a family's
 * guardian does; the link is mailed and returned, so that the first admin can be given it by hand when no
 * mail can be sent yet. Until then the account has a password nobody knows.
 */
export async function createStaffAccount(
  em: EntityManager,
  deps: Pick<Services, 'config' | 'mailer'>,
  input: StaffSetup,
  now: Date,
): Promise<{ link: string }> {
  // The activation mail is signed with the S.E.J.'s name and contact.
  if ((await em.count(MunicipalityEntity, {})) === 0) {
    throw new AppError('UNAVAILABLE', {
      userMessage:
        'Renseignez d’abord la commune et son service : npm run setup -- municipality (voir npm run setup -- --help).',
    });
  }
  if ((await em.count(StaffUserEntity, { email: input.email })) > 0) {
    throw new AppError('CONFLICT', {
      userMessage: `Un compte agent existe déjà pour ${input.email}. Pour retrouver l’accès, utilisez « Identifiant ou Mot de passe oublié ? » sur la page d’accueil.`,
    });
  }
  const entity = em.create(StaffUserEntity, {
    ...input,
    passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
  });
  await em.flush();
  const link = await sendActivationLink(em, deps, { owner: { kind: 'staff', id: entity.id }, entity }, now);
  return { link };
}
