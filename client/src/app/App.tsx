import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { lazy } from 'solid-js';
import { GuardianOnly, StaffOnly } from '../auth/guards.tsx';
import { SessionProvider } from '../auth/SessionProvider.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { LiveProvider } from '../live/LiveProvider.tsx';
import { MunicipalityProvider } from '../municipality/MunicipalityProvider.tsx';
import { OfflineProvider } from '../offline/OfflineProvider.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { paths } from './paths.ts';

// Only the home page ships in the first download; the other pages load when first visited.
const ForgottenCredentialsPage = lazy(() =>
  import('../accounts/ForgottenCredentialsPage.tsx').then((m) => ({ default: m.ForgottenCredentialsPage })),
);
const ActivationPage = lazy(() =>
  import('../accounts/ChoosePasswordPage.tsx').then((m) => ({ default: m.ActivationPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../accounts/ChoosePasswordPage.tsx').then((m) => ({ default: m.ResetPasswordPage })),
);
const ConfirmEmailPage = lazy(() =>
  import('../accounts/ConfirmEmailPage.tsx').then((m) => ({ default: m.ConfirmEmailPage })),
);
const SpacePage = lazy(() => import('../accounts/SpacePage.tsx').then((m) => ({ default: m.SpacePage })));
const AccountPage = lazy(() =>
  import('../accounts/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
const StaffConsole = lazy(() =>
  import('../staff/StaffConsole.tsx').then((m) => ({ default: m.StaffConsole })),
);
const FamiliesPage = lazy(() =>
  import('../families/FamiliesPage.tsx').then((m) => ({ default: m.FamiliesPage })),
);
const NewFamilyPage = lazy(() =>
  import('../families/NewFamilyPage.tsx').then((m) => ({ default: m.NewFamilyPage })),
);
const FamilyPage = lazy(() => import('../families/FamilyPage.tsx').then((m) => ({ default: m.FamilyPage })));
const MailListPage = lazy(() =>
  import('../mail/MailListPage.tsx').then((m) => ({ default: m.MailListPage })),
);
const MailPage = lazy(() => import('../mail/MailPage.tsx').then((m) => ({ default: m.MailPage })));
const NewReservationPage = lazy(() =>
  import('../bookings/NewReservationPage.tsx').then((m) => ({ default: m.NewReservationPage })),
);
const PlanningPage = lazy(() =>
  import('../bookings/PlanningPage.tsx').then((m) => ({ default: m.PlanningPage })),
);
const ReservationsPage = lazy(() =>
  import('../bookings/ReservationsPage.tsx').then((m) => ({ default: m.ReservationsPage })),
);
const ReservationPage = lazy(() =>
  import('../bookings/ReservationPage.tsx').then((m) => ({ default: m.ReservationPage })),
);
const RequestsPage = lazy(() =>
  import('../staff-bookings/RequestsPage.tsx').then((m) => ({ default: m.RequestsPage })),
);
const OccupancyPage = lazy(() =>
  import('../staff-board/OccupancyPage.tsx').then((m) => ({ default: m.OccupancyPage })),
);
const DailyListsPage = lazy(() =>
  import('../staff-board/DailyListsPage.tsx').then((m) => ({ default: m.DailyListsPage })),
);
const InvoicesPage = lazy(() =>
  import('../billing/InvoicesPage.tsx').then((m) => ({ default: m.InvoicesPage })),
);
const StaffBillingPage = lazy(() =>
  import('../staff-billing/BillingPage.tsx').then((m) => ({ default: m.BillingPage })),
);
const PaymentsMonitorPage = lazy(() =>
  import('../staff-billing/PaymentsPage.tsx').then((m) => ({ default: m.PaymentsPage })),
);
const MenusPage = lazy(() => import('../menus/MenusPage.tsx').then((m) => ({ default: m.MenusPage })));
const StaffMenusPage = lazy(() =>
  import('../staff-menus/StaffMenusPage.tsx').then((m) => ({ default: m.StaffMenusPage })),
);
const StaffDocumentsPage = lazy(() =>
  import('../staff-documents/StaffDocumentsPage.tsx').then((m) => ({ default: m.StaffDocumentsPage })),
);
const TeamPage = lazy(() => import('../staff-team/TeamPage.tsx').then((m) => ({ default: m.TeamPage })));
const StaffSetupPage = lazy(() =>
  import('../staff-setup/SetupPage.tsx').then((m) => ({ default: m.SetupPage })),
);

/** The frame, within the tab's live stream (it needs the session; the header and the pages use it). */
const LiveLayout = (props: RouteSectionProps) => (
  <LiveProvider>
    <OfflineProvider>
      <Layout {...props} />
    </OfflineProvider>
  </LiveProvider>
);

/** The console's code is fetched only once the visitor is known to be staff. */
const StaffArea = (props: RouteSectionProps) => (
  <StaffOnly>
    <StaffConsole>{props.children}</StaffConsole>
  </StaffOnly>
);

/** Every page of the portal. A feature adds its routes here, with its path in `paths.ts`. */
export function App() {
  return (
    <MunicipalityProvider>
      <SessionProvider>
        <Router root={LiveLayout}>
          <Route path={paths.home} component={HomePage} />
          <Route path={paths.forgottenCredentials} component={ForgottenCredentialsPage} />
          <Route path={paths.activation} component={ActivationPage} />
          <Route path={paths.resetPassword} component={ResetPasswordPage} />
          <Route path={paths.confirmEmail} component={ConfirmEmailPage} />
          <Route path={paths.menus} component={MenusPage} />
          <Route component={GuardianOnly}>
            <Route path={paths.space} component={SpacePage} />
            <Route path={paths.account} component={AccountPage} />
            <Route path={paths.reservations} component={ReservationsPage} />
            <Route path={paths.newReservation} component={NewReservationPage} />
            <Route
              path={`${paths.newReservation}/:childId/:periodId`}
              component={PlanningPage}
              matchFilters={{ childId: /^\d+$/, periodId: /^\d+$/ }}
            />
            <Route
              path={`${paths.reservations}/:id`}
              component={ReservationPage}
              matchFilters={{ id: /^\d+$/ }}
            />
            <Route path={paths.invoices} component={InvoicesPage} />
          </Route>
          <Route path={paths.staff} component={StaffArea}>
            <Route path="/" component={FamiliesPage} />
            <Route path="/familles/nouvelle" component={NewFamilyPage} />
            <Route path="/familles/:id" component={FamilyPage} matchFilters={{ id: /^\d+$/ }} />
            <Route path="/courriels" component={MailListPage} />
            <Route path="/courriels/:id" component={MailPage} matchFilters={{ id: /^\d+$/ }} />
            <Route path="/demandes" component={RequestsPage} />
            <Route path="/occupation" component={OccupancyPage} />
            <Route path="/listes" component={DailyListsPage} />
            <Route path="/facturation" component={StaffBillingPage} />
            <Route path="/paiements" component={PaymentsMonitorPage} />
            <Route path="/menus" component={StaffMenusPage} />
            <Route path="/documents" component={StaffDocumentsPage} />
            <Route path="/parametrage" component={StaffSetupPage} />
            <Route path="/equipe" component={TeamPage} />
          </Route>
          <Route path="*404" component={NotFoundPage} />
        </Router>
      </SessionProvider>
    </MunicipalityProvider>
  );
}
