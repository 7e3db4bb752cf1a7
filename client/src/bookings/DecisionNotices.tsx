import { paths } from '../app/paths.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { useLive } from '../live/LiveProvider.tsx';

/**
 * For a parent, on any page: a notice when staff decide one of the family's requests. Staff receive the same
 * events for every family; their pages show the change instead. Renders nothing itself.
 */
export function DecisionNotices() {
  const session = useSession();
  const live = useLive();
  live.onLiveEvent('reservation.decided', (event) => {
    if (session.profile()?.kind !== 'guardian' || event.lines.length === 0) return;
    // The wording (dates, states) is fetched with the first decision: a visitor of the home page never needs it.
    void import('./decisionNotice.ts').then(({ decisionNotice }) =>
      live.notify(decisionNotice(event, paths.reservation(event.reservationId))),
    );
  });
  return null;
}
