import { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { paths } from '../app/paths.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { userMessage } from '../trpc/errors.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

/** «Se déconnecter de tous les appareils»: a lost phone, a shared computer. Asks first. */
export function LogoutEverywhere() {
  const session = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const confirm = async () => {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      await session.logoutEverywhere();
      navigate(paths.login);
    } catch (failure) {
      setError(userMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">Appareils connectés</h2>
      <p>
        Vous vous êtes connecté sur un ordinateur partagé, ou vous avez perdu votre téléphone ? Fermez toutes
        vos sessions d'un coup.
      </p>
      <button type="button" class="button button--secondary" onClick={() => setOpen(true)}>
        Se déconnecter de tous les appareils
      </button>
      <ConfirmDialog
        open={open()}
        title="Se déconnecter de tous les appareils ?"
        confirmLabel="Oui, me déconnecter partout"
        onConfirm={confirm}
        onClose={() => {
          setOpen(false);
          setError(undefined);
        }}
        busy={busy()}
        error={error()}
      >
        <p>
          Toutes vos sessions du Portail Famille seront fermées, y compris celle-ci. Vous devrez vous
          reconnecter avec votre mot de passe.
        </p>
      </ConfirmDialog>
    </section>
  );
}
