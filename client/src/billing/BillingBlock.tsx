import { A } from '@solidjs/router';
import { paths } from '../app/paths.ts';
import './block.css';

/**
 * Guide §6 on the guardian's home: the block « Mes Factures & Paiements ». Only links, so that /espace does
 * not load the billing pages' code.
 */
export function BillingBlock() {
  return (
    <section class="card" aria-labelledby="billing-block-title">
      <h2 id="billing-block-title">Mes Factures & Paiements</h2>
      <p>Consultez vos factures et vos paiements, accédez au détail de chaque facture et payez en ligne.</p>
      <div class="billing-block__actions">
        <A href={paths.invoices} class="button">
          Voir mes factures
        </A>
        <A href={`${paths.invoices}?payer`} class="button button--secondary">
          Payer en ligne
        </A>
      </div>
    </section>
  );
}
