import { A, type RouteSectionProps, useLocation, useNavigate, usePreloadRoute } from '@solidjs/router';
import { type JSX, Match, onMount, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { Loading } from '../ui/Loading.tsx';
import { useSession } from './SessionProvider.tsx';

/** Sends a signed-out visitor to the home page's login block, remembering the page asked for. */
function ToLogin() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  onMount(() => {
    if (!session.notice()) session.setNotice('Connectez-vous pour accéder à votre espace.');
    navigate(paths.login, { replace: true, state: { from: location.pathname } });
  });
  return null;
}

function Checking() {
  // The page's code loads while the session is checked, not after: an app opened offline shows its page sooner.
  usePreloadRoute()(useLocation().pathname, { preloadData: false });
  return (
    <div class="container page">
      <Loading label="Vérification de votre session…" />
    </div>
  );
}

function Reserved(props: { title: string; children: JSX.Element }) {
  usePageTitle(() => props.title);
  return (
    <div class="container page">
      <h1>{props.title}</h1>
      {props.children}
    </div>
  );
}

/**
 * Pages of a family's guardian: «Mon espace», «Mon compte»… Offline too (session status `offline`), on the
 * data the device kept for the guardian last signed in here.
 */
export function GuardianOnly(props: RouteSectionProps) {
  const session = useSession();
  return (
    <Switch fallback={<Checking />}>
      <Match when={session.status() === 'signed-out'}>
        <ToLogin />
      </Match>
      <Match when={session.profile()?.kind === 'staff'}>
        <Reserved title="Espace réservé aux familles">
          <p class="lead">Cette page est celle des familles. Votre compte est un compte d'agent.</p>
          <p>
            <A href={paths.staff} class="button">
              Aller à la console des agents
            </A>
          </p>
        </Reserved>
      </Match>
      <Match when={session.profile()?.kind === 'guardian'}>{props.children}</Match>
    </Switch>
  );
}

/** The staff console: agents and admins only. */
export function StaffOnly(props: { children: JSX.Element }) {
  const session = useSession();
  return (
    <Switch fallback={<Checking />}>
      <Match when={session.status() === 'signed-out'}>
        <ToLogin />
      </Match>
      <Match when={session.profile()?.kind === 'guardian'}>
        <Reserved title="Accès réservé aux agents du service">
          <p class="lead">
            Ces pages servent au Service Enfance Jeunesse à tenir les dossiers des familles. Votre espace
            personnel est ailleurs.
          </p>
          <p>
            <A href={paths.space} class="button">
              Aller à mon espace
            </A>
          </p>
        </Reserved>
      </Match>
      <Match when={session.profile()?.kind === 'staff'}>{props.children}</Match>
    </Switch>
  );
}
