import { paths } from '../app/paths.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { useLive } from '../live/LiveProvider.tsx';
import { decisionNotice } from './decisionNotice.ts';

/**
 * For a parent, on any page: a notice when staff decide one of the family's requests. Staff receive the same
 * events for every family; their pages show the change instead. Renders nothing itself.
 */
export function DecisionNotices() {
  const session = useSession();
  const live = useLive();
  live.onLiveEvent('reservation.decided', (event) => {
    if (session.profile()?.kind !== 'guardian' || event.lines.length === 0) return;
    live.notify(decisionNotice(event, paths.reservation(event.reservationId)));
  });
  return null;
}
