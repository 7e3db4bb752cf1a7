import type { EntityManager } from '@mikro-orm/postgresql';
import { GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import type { Principal } from './principal.ts';
import type { SessionOwner } from './sessions.ts';

/** A person who can sign in: a guardian of a family or a member of staff. */
export type Account =
  | { owner: SessionOwner & { kind: 'guardian' }; entity: GuardianEntity }
  | { owner: SessionOwner & { kind: 'staff' }; entity: StaffUserEntity };

/** Guardians and staff share the login form; an address belongs to at most one of them. */
export async function findAccountByEmail(em: EntityManager, email: string): Promise<Account | undefined> {
  const guardian = await em.findOne(GuardianEntity, { email }, { populate: ['passwordHash'] });
  if (guardian) return { owner: { kind: 'guardian', id: guardian.id }, entity: guardian };
  const staff = await em.findOne(StaffUserEntity, { email }, { populate: ['passwordHash'] });
  if (staff) return { owner: { kind: 'staff', id: staff.id }, entity: staff };
  return undefined;
}

export async function findAccount(em: EntityManager, owner: SessionOwner): Promise<Account | undefined> {
  if (owner.kind === 'guardian') {
    const entity = await em.findOne(GuardianEntity, { id: owner.id }, { populate: ['passwordHash'] });
    return entity ? { owner: { kind: 'guardian', id: entity.id }, entity } : undefined;
  }
  const entity = await em.findOne(StaffUserEntity, { id: owner.id }, { populate: ['passwordHash'] });
  return entity ? { owner: { kind: 'staff', id: entity.id }, entity } : undefined;
}

/** A staff account an admin disabled: it keeps its address and history, but nobody signs in with it. */
export const isDisabled = (account: Account) =>
  account.owner.kind === 'staff' && (account.entity as StaffUserEntity).disabledAt != null;

export function principalOf(account: Account, sessionId: string): Principal {
  return account.owner.kind === 'guardian'
    ? {
        kind: 'guardian',
        guardianId: account.owner.id,
        familyId: (account.entity as GuardianEntity).family.id,
        sessionId,
      }
    : { kind: 'staff', staffId: account.owner.id, role: (account.entity as StaffUserEntity).role, sessionId };
}

/** What the app shows of the signed-in person. */
export function profileOf(account: Account) {
  const e = account.entity;
  return {
    kind: account.owner.kind,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    role: account.owner.kind === 'staff' ? (e as StaffUserEntity).role : undefined,
  };
}
export type Profile = ReturnType<typeof profileOf>;
