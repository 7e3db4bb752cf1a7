import { type JSX, Match, Switch } from 'solid-js';
import type { createSetup, Setup } from '../staff-bookings/data.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import type { BoardFacility } from './facilities.ts';

type Props = {
  setup: ReturnType<typeof createSetup>;
  /** The facility chosen in the address, else the first one. */
  facility: BoardFacility | undefined;
  /** Accessors, so that the page follows a change of facility without being rebuilt. */
  children: (facility: () => BoardFacility, setup: () => Setup) => JSX.Element;
};

/** What a board page shows until it has a facility to show: loading, the error, or that none exists yet. */
export function FacilityGate(props: Props) {
  return (
    <Switch fallback={<Loading label="Chargement des établissements…" />}>
      <Match when={props.setup.error()}>
        {(message) => (
          <ErrorNotice message={message()} onRetry={props.setup.retry} busy={props.setup.loading()} />
        )}
      </Match>
      <Match when={props.setup.data() && !props.facility}>
        <p class="notice notice--info">Aucun établissement n'est encore configuré.</p>
      </Match>
      <Match when={props.setup.data() && props.facility}>
        {(facility) => props.children(facility, () => props.setup.data() as Setup)}
      </Match>
    </Switch>
  );
}
