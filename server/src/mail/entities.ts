import { defineEntity, p } from '@mikro-orm/core';

export const mailStatuses = ['queued', 'kept', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/**
 * Every mail the portal sends, written in the transaction of the change that causes it (an outbox), then
 * delivered after commit. Without SMTP it stays here as `kept`, for staff to read in «Courriels envoyés».
 */
export const MailMessageSchema = defineEntity({
  name: 'MailMessage',
  tableName: 'mail_message',
  properties: {
    id: p.bigint().primary().autoincrement(),
    kind: p.string(),
    to: p.string(),
    subject: p.string(),
    text: p.text(),
    html: p.text(),
    status: p.enum(mailStatuses).default('queued'),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['status', 'createdAt'] }, { properties: ['createdAt'] }],
});
export class MailMessageEntity extends MailMessageSchema.class {}
MailMessageSchema.setClass(MailMessageEntity);
