import { useNavigate } from '@solidjs/router';
import { paths } from '../app/paths.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { createConfirmation } from '../ui/confirmation.ts';

/** «Se déconnecter de tous les appareils»: a lost phone, a shared computer. Asks first. */
export function LogoutEverywhere() {
  const session = useSession();
  const navigate = useNavigate();
  const confirmation = createConfirmation(async () => {
    await session.logoutEverywhere();
    navigate(paths.login);
  });

  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">Appareils connectés</h2>
      <p>
        Vous vous êtes connecté sur un ordinateur partagé, ou vous avez perdu votre téléphone ? Fermez toutes
        vos sessions d'un coup.
      </p>
      <button type="button" class="button button--secondary" onClick={() => confirmation.ask(true)}>
        Se déconnecter de tous les appareils
      </button>
      <ConfirmDialog
        {...confirmation.dialog}
        title="Se déconnecter de tous les appareils ?"
        confirmLabel="Oui, me déconnecter partout"
      >
        <p>
          Toutes vos sessions du Portail Famille seront fermées, y compris celle-ci. Vous devrez vous
          reconnecter avec votre mot de passe.
        </p>
      </ConfirmDialog>
    </section>
  );
}
