import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../audit/record.ts';
import { type Account, findAccount } from '../auth/accounts.ts';
import { RefreshTokenEntity } from '../auth/entities.ts';
import { verifyPassword } from '../auth/passwords.ts';
import type { Principal } from '../auth/principal.ts';
import { setPassword } from '../auth/service.ts';
import { getFamily } from '../families/service.ts';
import { AppError } from '../trpc/errors.ts';
import type { AuthorizedFamilyId } from '../trpc/procedures.ts';
import { GuardianEntity } from './entities.ts';

type GuardianPrincipal = Extract<Principal, { kind: 'guardian' }>;

async function guardianAccount(
  em: EntityManager,
  principal: GuardianPrincipal,
): Promise<Account & { entity: GuardianEntity }> {
  const account = await findAccount(em, { kind: 'guardian', id: principal.guardianId });
  if (!account || !(account.entity instanceof GuardianEntity)) throw new AppError('UNAUTHENTICATED');
  return account as Account & { entity: GuardianEntity };
}

/** «Mon compte»: the signed-in guardian and the whole family, as every guardian of it sees it. */
export async function myAccount(
  em: EntityManager,
  principal: GuardianPrincipal,
  familyId: AuthorizedFamilyId,
) {
  const me = await guardianAccount(em, principal);
  const family = await getFamily(em, familyId);
  return {
    me: {
      id: me.entity.id,
      firstName: me.entity.firstName,
      lastName: me.entity.lastName,
      email: me.entity.email,
      phone: me.entity.phone ?? null,
    },
    family: {
      reference: family.reference,
      address: [family.addressLine1, family.addressLine2, `${family.postalCode} ${family.city}`]
        .filter(Boolean)
        .join(', '),
      quotientFamilial: family.quotientFamilial,
      guardians: family.guardians.map((g) => ({
        id: g.id,
        firstName: g.firstName,
        lastName: g.lastName,
        email: g.email,
      })),
      children: family.children,
    },
  };
}

async function assertCurrentPassword(account: Account, password: string) {
  if (!(await verifyPassword(account.entity.passwordHash, password))) {
    throw new AppError('INVALID_CREDENTIALS', { userMessage: 'Le mot de passe actuel est incorrect.' });
  }
}

/** Asks the current password; other devices are signed out, this one stays signed in. */
export async function changePassword(
  em: EntityManager,
  principal: GuardianPrincipal,
  input: { currentPassword: string; newPassword: string },
  ip: string,
  now: Date,
) {
  const account = await guardianAccount(em, principal);
  await assertCurrentPassword(account, input.currentPassword);
  await setPassword(account, input.newPassword);
  await em.nativeUpdate(
    RefreshTokenEntity,
    {
      principalKind: 'guardian',
      principalId: account.owner.id,
      chainId: { $ne: principal.sessionId },
      revokedAt: null,
    },
    { revokedAt: now },
  );
  audit(em, 'password_changed', { actor: account.owner, subject: account.owner, ip });
  await em.flush();
}

export async function verifiedGuardian(em: EntityManager, principal: GuardianPrincipal, password: string) {
  const account = await guardianAccount(em, principal);
  await assertCurrentPassword(account, password);
  return account;
}

export async function changePhone(
  em: EntityManager,
  principal: GuardianPrincipal,
  phone: string | null,
  ip: string,
) {
  const account = await guardianAccount(em, principal);
  account.entity.phone = phone;
  audit(em, 'phone_changed', { actor: account.owner, subject: account.owner, ip });
  await em.flush();
}
