import type { EntityManager } from '@mikro-orm/postgresql';
import type { FamilyInput } from '@portail/shared/families/schema';
import { ChildEntity, FamilyEntity, GuardianEntity } from '../accounts/entities.ts';
import { sendActivationLink } from '../accounts/links.ts';
import { audit } from '../audit/record.ts';
import { findAccountByEmail } from '../auth/accounts.ts';
import type { SessionOwner } from '../auth/sessions.ts';
import { nextNumber } from '../numbering/service.ts';
import type { Services } from '../trpc/context.ts';
import { AppError } from '../trpc/errors.ts';

type Deps = Pick<Services, 'config' | 'mailer' | 'tokens'>;
type Staff = SessionOwner & { kind: 'staff' };

/** Families whose reference, guardians or children match the words typed, most recent first. */
export async function searchFamilies(em: EntityManager, query: string) {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const families = await em.find(
    FamilyEntity,
    query
      ? {
          $or: [
            { reference: { $ilike: like } },
            {
              guardians: {
                $or: [
                  { lastName: { $ilike: like } },
                  { firstName: { $ilike: like } },
                  { email: { $ilike: like } },
                ],
              },
            },
            { children: { $or: [{ lastName: { $ilike: like } }, { firstName: { $ilike: like } }] } },
          ],
        }
      : {},
    { populate: ['guardians', 'children'], orderBy: { createdAt: 'desc' }, limit: 50 },
  );
  return families.map((f) => ({
    id: f.id,
    reference: f.reference,
    city: f.city,
    guardians: f.guardians.getItems().map((g) => ({
      name: `${g.firstName} ${g.lastName}`,
      email: g.email,
      activated: g.activatedAt !== null && g.activatedAt !== undefined,
    })),
    children: f.children.getItems().map((c) => `${c.firstName} ${c.lastName}`),
  }));
}

export async function getFamily(em: EntityManager, familyId: number) {
  const f = await em.findOne(FamilyEntity, { id: familyId }, { populate: ['guardians', 'children'] });
  if (!f) throw new AppError('NOT_FOUND');
  return {
    id: f.id,
    reference: f.reference,
    quotientFamilial: f.quotientFamilial ?? null,
    addressLine1: f.addressLine1,
    addressLine2: f.addressLine2 ?? null,
    postalCode: f.postalCode,
    city: f.city,
    guardians: f.guardians.getItems().map((g) => ({
      id: g.id,
      firstName: g.firstName,
      lastName: g.lastName,
      email: g.email,
      phone: g.phone ?? null,
      address: g.address ?? null,
      activatedAt: g.activatedAt?.toISOString() ?? null,
    })),
    children: f.children.getItems().map((c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      birthDate: c.birthDate,
      schoolLevel: c.schoolLevel,
      className: c.className ?? null,
    })),
  };
}
export type FamilyDetail = Awaited<ReturnType<typeof getFamily>>;

/** An address is one person's identifier: refuse it when another account has it already. */
async function assertEmailFree(em: EntityManager, email: string, guardianId?: number) {
  const existing = await findAccountByEmail(em, email);
  if (existing && !(existing.owner.kind === 'guardian' && existing.owner.id === guardianId)) {
    throw new AppError('CONFLICT', { userMessage: `L'adresse ${email} est déjà celle d'un autre compte.` });
  }
}

/**
 * Writes the family's fields, guardians and children from the form. Guardians and children are added or
 * updated, never deleted here: their reservations and invoices refer to them. Each new guardian gets the
 * activation mail; staff never see nor set a password.
 */
async function applyFamily(
  em: EntityManager,
  deps: Deps,
  family: FamilyEntity,
  input: FamilyInput,
  actor: Staff,
  now: Date,
) {
  em.assign(family, {
    quotientFamilial: input.quotientFamilial,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    postalCode: input.postalCode,
    city: input.city,
  });
  const emails = input.guardians.map((g) => g.email);
  if (new Set(emails).size !== emails.length) {
    throw new AppError('BAD_INPUT', {
      userMessage: 'Deux responsables ne peuvent pas avoir la même adresse électronique.',
    });
  }
  for (const g of input.guardians) {
    await assertEmailFree(em, g.email, g.id);
    const fields = {
      firstName: g.firstName,
      lastName: g.lastName,
      email: g.email,
      phone: g.phone,
      address: g.address,
    };
    if (g.id) {
      const guardian = await em.findOne(GuardianEntity, { id: g.id, family });
      if (!guardian) throw new AppError('NOT_FOUND');
      em.assign(guardian, fields);
    } else {
      const guardian = em.create(GuardianEntity, {
        ...fields,
        family,
        passwordHash: null,
        activatedAt: null,
      });
      await em.flush();
      const account = { owner: { kind: 'guardian' as const, id: guardian.id }, entity: guardian };
      audit(em, 'guardian_created', { actor, subject: account.owner });
      await sendActivationLink(em, deps, account, now, actor);
    }
  }
  for (const c of input.children) {
    const fields = {
      firstName: c.firstName,
      lastName: c.lastName,
      birthDate: c.birthDate,
      schoolLevel: c.schoolLevel,
      className: c.className,
    };
    if (c.id) {
      const child = await em.findOne(ChildEntity, { id: c.id, family });
      if (!child) throw new AppError('NOT_FOUND');
      em.assign(child, fields);
    } else {
      em.create(ChildEntity, { ...fields, family });
    }
  }
}

export async function createFamily(
  em: EntityManager,
  deps: Deps,
  input: FamilyInput,
  actor: Staff,
  now: Date,
) {
  const id = await em.transactional(async (tx) => {
    const reference = await nextNumber(tx, 'family', now.getFullYear());
    const family = tx.create(FamilyEntity, { reference, addressLine1: '', postalCode: '', city: '' });
    await applyFamily(tx, deps, family, input, actor, now);
    await tx.flush();
    audit(tx, 'family_created', { actor, detail: { familyId: family.id, reference } });
    return family.id;
  });
  void deps.mailer.deliver();
  return getFamily(em, id);
}

export async function updateFamily(
  em: EntityManager,
  deps: Deps,
  familyId: number,
  input: FamilyInput,
  actor: Staff,
  now: Date,
) {
  await em.transactional(async (tx) => {
    const family = await tx.findOne(FamilyEntity, { id: familyId });
    if (!family) throw new AppError('NOT_FOUND');
    await applyFamily(tx, deps, family, input, actor, now);
    audit(tx, 'family_updated', { actor, detail: { familyId } });
  });
  void deps.mailer.deliver();
  return getFamily(em.fork(), familyId);
}

/** «Renvoyer le lien d'activation»: a new link; the previous one stops working. */
export async function resendActivation(
  em: EntityManager,
  deps: Deps,
  guardianId: number,
  actor: Staff,
  now: Date,
) {
  await em.transactional(async (tx) => {
    const guardian = await tx.findOne(GuardianEntity, { id: guardianId });
    if (!guardian) throw new AppError('NOT_FOUND');
    if (guardian.activatedAt) {
      throw new AppError('CONFLICT', {
        userMessage:
          'Ce compte est déjà activé : le responsable peut utiliser « Identifiant ou Mot de passe oublié ? ».',
      });
    }
    await sendActivationLink(
      tx,
      deps,
      { owner: { kind: 'guardian', id: guardian.id }, entity: guardian },
      now,
      actor,
    );
  });
  void deps.mailer.deliver();
}
