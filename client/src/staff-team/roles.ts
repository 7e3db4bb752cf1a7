import type { StaffRole } from '@portail/shared/accounts/schema';

/** What each role may do, in the words of the S.E.J. */
export const roleLabels: Record<StaffRole, string> = {
  agent: 'Agent (familles, demandes, paiements)',
  admin: 'Administrateur (aussi la facturation, le paramétrage et l’équipe)',
};
