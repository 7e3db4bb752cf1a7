import type { StaffRole } from '@portail/shared/accounts/schema';

/** Who is calling, as proven by a valid access token. */
export type Principal =
  | { kind: 'guardian'; guardianId: number; familyId: number; sessionId: string }
  | { kind: 'staff'; staffId: number; role: StaffRole; sessionId: string };
