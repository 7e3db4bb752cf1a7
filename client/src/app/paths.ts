/** The portal's page addresses, in French since parents read them in the address bar. */
export const paths = {
  home: '/',
  /** The home page's «Connexion à votre espace» block. */
  login: '/#connexion',
  forgottenCredentials: '/identifiant-oublie',
  /** Mailed links; their secret follows in the fragment (#…). */
  activation: '/activation',
  resetPassword: '/mot-de-passe',
  confirmEmail: '/confirmation-courriel',
  space: '/espace',
  account: '/mon-compte',
  staff: '/agents',
  newFamily: '/agents/familles/nouvelle',
  family: (id: number) => `/agents/familles/${id}`,
  mails: '/agents/courriels',
  mail: (id: number) => `/agents/courriels/${id}`,
  /** Bookings (guide §4, §5): the parents' reservations, and staff's «Demandes à traiter». */
  reservations: '/reservations',
  reservation: (id: number) => `/reservations/${id}`,
  newReservation: '/reservations/nouvelle',
  planning: (childId: number, periodId: number) => `/reservations/nouvelle/${childId}/${periodId}`,
  requests: '/agents/demandes',
  /** Staff's occupancy board and daily lists (présence, restauration). */
  occupancy: '/agents/occupation',
  dailyLists: '/agents/listes',
  /** Billing (guide §6): the parents' « Mes Factures & Paiements », and staff's invoicing and payments. */
  invoices: '/factures',
  staffBilling: '/agents/facturation',
  staffPayments: '/agents/paiements',
  /** «Menus de la semaine» (public), and staff's menus and documents (guide §1). */
  menus: '/menus',
  staffMenus: '/agents/menus',
  staffDocuments: '/agents/documents',
  /** Staff's «Paramétrage»: facilities, units, periods and closures (admins edit them). */
  staffSetup: '/agents/parametrage',
  /** «Équipe du service»: the staff accounts (admins add and disable them). */
  staffTeam: '/agents/equipe',
} as const;

/** Where a person lands after signing in, unless a guard sent them to the login from another page. */
export const landingOf = (kind: 'guardian' | 'staff') => (kind === 'staff' ? paths.staff : paths.space);

/** Only a page of the same person's area: the `from` state must not send anyone elsewhere. */
export function isPageOf(kind: 'guardian' | 'staff', path: unknown): path is string {
  if (typeof path !== 'string') return false;
  return kind === 'staff'
    ? path === paths.staff || path.startsWith(`${paths.staff}/`)
    : path === paths.space ||
        path === paths.account ||
        path.startsWith(paths.reservations) ||
        path === paths.invoices;
}
