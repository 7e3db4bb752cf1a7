import { Show } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { AbsencesSection } from './AbsencesSection.tsx';
import { MonthInvoicing } from './MonthInvoicing.tsx';
import '../billing/billing.css';
import './staff-billing.css';

/** /agents/facturation: the monthly run and its corrections (admins), and absences on booked days (staff). */
export function BillingPage() {
  usePageTitle(() => 'Facturation');
  const session = useSession();
  const admin = () => session.profile()?.role === 'admin';
  return (
    <div class="container page staff-billing">
      <h1>Facturation</h1>
      <Show
        when={admin()}
        fallback={
          <p class="notice notice--info">
            L'émission des factures du mois, leur annulation et leur réédition sont réservées aux
            administrateurs du service.
          </p>
        }
      >
        <MonthInvoicing />
      </Show>
      <AbsencesSection />
    </div>
  );
}
