import { A } from '@solidjs/router';
import { paths } from '../app/paths.ts';
import './menus.css';

/** In the guardian's space: the way to «Menus de la semaine». Only a link: the page loads when opened. */
export function MenusBlock() {
  return (
    <section class="card menus-link" aria-labelledby="menus-block-title">
      <h2 id="menus-block-title">Restauration scolaire</h2>
      <p>Les menus de cette semaine et de la semaine prochaine, avec les allergènes, lisibles hors ligne.</p>
      <A href={paths.menus} class="button button--secondary">
        Menus de la semaine
      </A>
    </section>
  );
}
