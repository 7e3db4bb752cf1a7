import { defineEntity, p } from '@mikro-orm/core';
import { GuardianEntity } from '../accounts/entities.ts';

/**
 * The outcome of a mutation the PWA sent with its client mutation id. The id is taken in the same transaction
 * as the change: a resent request (lost reply, offline outbox) gets the stored outcome back instead of being
 * applied twice, even when both copies arrive at once.
 */
export const ClientMutationSchema = defineEntity({
  name: 'ClientMutation',
  tableName: 'client_mutation',
  properties: {
    guardian: () => p.manyToOne(GuardianEntity).ref().primary(),
    id: p.uuid().primary(),
    kind: p.string(),
    outcome: p.json<unknown>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class ClientMutationEntity extends ClientMutationSchema.class {}
ClientMutationSchema.setClass(ClientMutationEntity);
