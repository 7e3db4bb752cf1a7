import { defineEntity, p } from '@mikro-orm/core';

export const numberSeries = ['family', 'reservation', 'invoice', 'payment'] as const;
export type NumberSeries = (typeof numberSeries)[number];

/**
 * The last number given in a series for a year. Taken in the transaction that uses it, a number is
 * released again if that transaction rolls back: invoice numbers stay gapless, as the public accountant requires.
 */
export const NumberSequenceSchema = defineEntity({
  name: 'NumberSequence',
  tableName: 'number_sequence',
  properties: {
    series: p.enum(numberSeries).primary(),
    year: p.integer().primary(),
    lastNumber: p.integer().check('last_number >= 0'),
  },
});
export class NumberSequenceEntity extends NumberSequenceSchema.class {}
NumberSequenceSchema.setClass(NumberSequenceEntity);
