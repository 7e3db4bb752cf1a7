import { createSignal, For, Show } from 'solid-js';
import { formatDate } from '../app/dates.ts';
import { trpc } from '../trpc/client.ts';
import { AddInPlace } from '../ui/AddInPlace.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { createConfirmation } from '../ui/confirmation.ts';
import { FormStatus } from '../ui/FormFeedback.tsx';
import { ClosureForm } from './ClosureForm.tsx';
import type { Closure, Facility } from './format.ts';

type Props = { closures: Closure[]; facilities: Facility[]; canEdit: boolean; onSaved: () => void };

const days = (c: Closure) =>
  c.startDate === c.endDate
    ? `le ${formatDate(c.startDate)}`
    : `du ${formatDate(c.startDate)} au ${formatDate(c.endDate)}`;

/** «Jours de fermeture»: added and removed by an admin, a removal confirmed first. */
export function ClosuresSection(props: Props) {
  const [status, setStatus] = createSignal('');
  const facilityName = (id: number | null) =>
    id === null ? 'Tous les établissements' : (props.facilities.find((f) => f.id === id)?.name ?? '');
  const removal = createConfirmation(async (closure: Closure) => {
    await trpc.setup.deleteClosure.mutate({ id: closure.id });
    setStatus(`La fermeture « ${closure.reason} » est supprimée.`);
    props.onSaved();
  });
  const removing = removal.subject;
  return (
    <section class="setup-closures" aria-labelledby="closures-title">
      <h2 id="closures-title">Jours de fermeture</h2>
      <p>Les jours fériés sont fermés d’office ; ils ne figurent pas ici.</p>
      <Show when={props.closures.length > 0} fallback={<p>Aucune fermeture.</p>}>
        <ul class="setup-cards">
          <For each={props.closures}>
            {(closure) => (
              <li class="setup-card setup-closure">
                <div>
                  <p class="setup-card__title">{closure.reason}</p>
                  <p>
                    {facilityName(closure.facilityId)}, {days(closure)}
                  </p>
                </div>
                <Show when={props.canEdit}>
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => removal.ask(closure)}
                  >
                    Supprimer <span class="visually-hidden">la fermeture « {closure.reason} »</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <FormStatus message={status()} />
      <Show when={props.canEdit}>
        <AddInPlace class="setup-card" label="Ajouter une fermeture" primary onOpen={() => setStatus('')}>
          {(close) => (
            <ClosureForm
              facilities={props.facilities}
              onSaved={() => {
                props.onSaved();
                close();
              }}
              onCancel={close}
            />
          )}
        </AddInPlace>
      </Show>
      <ConfirmDialog {...removal.dialog} title="Supprimer la fermeture ?" confirmLabel="Supprimer">
        <p>
          « {removing()?.reason} » ({removing() ? days(removing() as Closure) : ''}) ne sera plus un jour de
          fermeture : les familles pourront à nouveau réserver ces jours-là.
        </p>
      </ConfirmDialog>
    </section>
  );
}
