import { useLocation, useParams } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { read, trpc } from '../trpc/client.ts';
import { createSourcedQuery } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { FamilyForm } from './FamilyForm.tsx';
import { formOf } from './form.ts';
import { GuardianStatus } from './ResendActivation.tsx';

/** /agents/familles/:id: the family's file, edited in place; guardians' accounts and their activation. */
export function FamilyPage() {
  const params = useParams<{ id: string }>();
  const location = useLocation<{ created?: boolean }>();
  const familyId = () => Number(params.id);
  const family = createSourcedQuery(familyId, (id) =>
    read((options) => trpc.families.get.query({ familyId: id }, options)),
  );
  usePageTitle(() => (family.data() ? `Famille ${family.data()?.reference}` : 'Famille'));

  return (
    <div class="container page">
      <Switch fallback={<Loading label="Chargement de la famille…" />}>
        <Match when={family.error()}>
          {(message) => (
            <>
              <h1>Famille</h1>
              <ErrorNotice message={message()} onRetry={family.retry} busy={family.loading()} />
            </>
          )}
        </Match>
        <Match when={family.data()?.id === familyId() && family.data()}>
          {(detail) => (
            <>
              <h1>Famille {detail().reference}</h1>
              <Show when={location.state?.created}>
                <p class="notice notice--success">
                  La famille {detail().reference} est créée. Un lien d'activation a été envoyé à chaque
                  responsable.
                </p>
              </Show>
              <FamilyForm
                initial={formOf(detail())}
                submitLabel="Enregistrer les modifications"
                guardianStatus={(row) => <GuardianStatus row={row} />}
                onSubmit={async (input) => {
                  const added = input.guardians.filter((g) => !g.id).map((g) => g.email);
                  const saved = await trpc.families.update.mutate({ familyId: familyId(), ...input });
                  const mailed =
                    added.length > 0 ? ` Un lien d'activation a été envoyé à ${added.join(', ')}.` : '';
                  return { saved: formOf(saved), message: `Les modifications sont enregistrées.${mailed}` };
                }}
              />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
