import { useNavigate } from '@solidjs/router';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { trpc } from '../trpc/client.ts';
import { FamilyForm } from './FamilyForm.tsx';
import { emptyFamily } from './form.ts';

/** /agents/familles/nouvelle: a family's file; each guardian then receives the activation mail. */
export function NewFamilyPage() {
  usePageTitle(() => 'Nouvelle famille');
  const navigate = useNavigate();
  return (
    <div class="container page">
      <h1>Nouvelle famille</h1>
      <p class="lead">
        À l'enregistrement, chaque responsable reçoit un courriel pour activer son compte et choisir lui-même
        son mot de passe.
      </p>
      <FamilyForm
        initial={emptyFamily()}
        submitLabel="Créer la famille"
        onSubmit={async (input) => {
          const family = await trpc.families.create.mutate(input);
          navigate(paths.family(family.id), { state: { created: true } });
          return undefined;
        }}
      />
    </div>
  );
}
