import { ChildEntity, FamilyEntity, GuardianEntity, StaffUserEntity } from '../accounts/entities.ts';
import { AuditEventEntity } from '../audit/entities.ts';
import {
  LoginThrottleEntity,
  OneTimeTokenEntity,
  RefreshTokenEntity,
  SigningKeyEntity,
} from '../auth/entities.ts';
import { AbsenceEntity, InvoiceEntity, InvoiceLineEntity, TariffEntity } from '../billing/entities.ts';
import {
  BookingEntity,
  ClosureEntity,
  DeadlineEmbeddable,
  FacilityEntity,
  PeriodEntity,
  ReservationEntity,
  ReservationLineEntity,
  UnitEntity,
} from '../bookings/entities.ts';
import { DocumentEntity } from '../documents/entities.ts';
import { LiveEventEntity } from '../live/entities.ts';
import { MailMessageEntity } from '../mail/entities.ts';
import { MenuDayEntity } from '../menus/entities.ts';
import { MunicipalityEntity } from '../municipality/entities.ts';
import { NumberSequenceEntity } from '../numbering/entities.ts';
import { PaymentAllocationEntity, PaymentEntity, SandboxOperationEntity } from '../payments/entities.ts';
import { ClientMutationEntity } from '../sync/entities.ts';

/** Every entity the ORM knows. A feature adds its entities here. */
export const entities = [
  MunicipalityEntity,
  DocumentEntity,
  FamilyEntity,
  GuardianEntity,
  ChildEntity,
  StaffUserEntity,
  FacilityEntity,
  DeadlineEmbeddable,
  UnitEntity,
  PeriodEntity,
  ClosureEntity,
  ReservationEntity,
  ReservationLineEntity,
  BookingEntity,
  TariffEntity,
  InvoiceEntity,
  InvoiceLineEntity,
  AbsenceEntity,
  PaymentEntity,
  PaymentAllocationEntity,
  SandboxOperationEntity,
  MenuDayEntity,
  NumberSequenceEntity,
  SigningKeyEntity,
  RefreshTokenEntity,
  OneTimeTokenEntity,
  LoginThrottleEntity,
  AuditEventEntity,
  MailMessageEntity,
  ClientMutationEntity,
  LiveEventEntity,
];
