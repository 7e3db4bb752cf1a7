import { A } from '@solidjs/router';
import { paths } from './paths.ts';
import { usePageTitle } from './title.ts';

/** Any address the portal does not know: the server answers it with the app, which says so here. */
export function NotFoundPage() {
  usePageTitle(() => 'Page introuvable');
  return (
    <div class="container page">
      <h1>Page introuvable</h1>
      <p class="lead">
        La page que vous cherchez n'existe pas ou a été déplacée. Vérifiez l'adresse saisie, ou revenez à
        l'accueil du portail.
      </p>
      <p>
        <A href={paths.home} class="button">
          Retour à l'accueil du Portail Famille
        </A>
      </p>
    </div>
  );
}
