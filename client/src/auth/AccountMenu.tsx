import { A, useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { landingOf, paths } from '../app/paths.ts';
import { useSession } from './SessionProvider.tsx';

/** In the header once signed in (or offline, on what the device kept): who, their area, and «Se déconnecter». */
export function AccountMenu() {
  const session = useSession();
  const navigate = useNavigate();
  const logout = async () => {
    await session.logout();
    navigate(paths.login);
  };
  return (
    <Show when={session.profile()}>
      {(profile) => (
        <nav class="account-menu" aria-label="Mon compte">
          <span class="account-menu__name">
            <span class="visually-hidden">Connecté : </span>
            {profile().firstName} {profile().lastName}
          </span>
          <A href={landingOf(profile().kind)} class="account-menu__link" end>
            {profile().kind === 'staff' ? 'Console des agents' : 'Mon espace'}
          </A>
          <button type="button" class="button button--secondary button--small" onClick={logout}>
            Se déconnecter
          </button>
        </nav>
      )}
    </Show>
  );
}
