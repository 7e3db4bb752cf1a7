import { defineEntity, p } from '@mikro-orm/core';

/** The one municipality this deployment serves; its S.E.J. contact is shown to parents. */
export const MunicipalitySchema = defineEntity({
  name: 'Municipality',
  tableName: 'municipality',
  properties: {
    id: p.integer().primary(),
    name: p.string(),
    serviceName: p.string(),
    address: p.string(),
    phone: p.string(),
    email: p.string(),
    openingHours: p.string(),
    website: p.string().nullable(),
  },
});
export class MunicipalityEntity extends MunicipalitySchema.class {}
MunicipalitySchema.setClass(MunicipalityEntity);
