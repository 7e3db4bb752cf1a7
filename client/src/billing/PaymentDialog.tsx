import { isPayable } from '@portail/shared/billing/status';
import { createEffect, Match, on, Show, Switch } from 'solid-js';
import { Dialog } from '../ui/Dialog.tsx';
import { Loading } from '../ui/Loading.tsx';
import type { Invoice } from './data.ts';
import { PaymentChoices } from './PaymentChoices.tsx';
import { PaymentRecap } from './PaymentRecap.tsx';
import { createPaymentFlow } from './paymentFlow.ts';

type Props = {
  open: boolean;
  /** Undefined while the list is still loading. */
  invoices: Invoice[] | undefined;
  /** Invoices a payment of which waits for the bank: not offered again meanwhile. */
  beingPaid: ReadonlySet<number>;
  onClose: () => void;
  /** The server refused: what the page shows may be out of date. */
  onStale: () => void;
};

const formId = 'payment-choices';
const focusFirstChoice = () => document.querySelector<HTMLInputElement>(`#${formId} input`)?.focus();

/**
 * The « Paiement » window (guide §6): tick the invoices, « Payer en ligne », read the recap and the amount the
 * server computed, « Continuer » to the bank's secure page.
 */
export function PaymentDialog(props: Props) {
  const payable = () => (props.invoices ?? []).filter((i) => isPayable(i) && !props.beingPaid.has(i.id));
  const flow = createPaymentFlow({
    chosen: () =>
      payable()
        .filter((i) => flow.selected().has(i.id))
        .map((i) => i.id),
    onStale: () => props.onStale(),
  });
  let recapTitle: HTMLHeadingElement | undefined;
  createEffect(
    on(
      () => props.open,
      (open) => open && flow.reset(),
    ),
  );

  const toRecap = async () => {
    if (await flow.toRecap()) recapTitle?.focus();
    else if (flow.choiceError()) focusFirstChoice();
  };
  const back = () => {
    flow.back();
    focusFirstChoice();
  };

  const actions = (
    <Switch>
      <Match when={flow.recap()}>
        <button type="button" class="button button--secondary" disabled={flow.busy() !== ''} onClick={back}>
          Modifier ma sélection
        </button>
        <button type="button" class="button" disabled={flow.busy() !== ''} onClick={() => void flow.toBank()}>
          Continuer
        </button>
      </Match>
      <Match when={payable().length > 0}>
        <button type="button" class="button button--secondary" onClick={() => props.onClose()}>
          Annuler
        </button>
        <button type="submit" form={formId} class="button" disabled={flow.busy() !== ''}>
          Payer en ligne
        </button>
      </Match>
      <Match when={true}>
        <button type="button" class="button button--secondary" onClick={() => props.onClose()}>
          Fermer
        </button>
      </Match>
    </Switch>
  );

  return (
    <Dialog open={props.open} title="Paiement" onClose={props.onClose} actions={actions}>
      <Show
        when={flow.recap()}
        fallback={
          <Show
            when={payable().length > 0}
            fallback={
              props.invoices ? (
                <p class="notice notice--info">Aucune facture à payer pour le moment.</p>
              ) : (
                <Loading label="Chargement de vos factures…" />
              )
            }
          >
            <PaymentChoices
              formId={formId}
              payable={payable()}
              selected={flow.selected()}
              onToggle={flow.toggle}
              onSubmit={() => void toRecap()}
              error={flow.choiceError()}
            />
          </Show>
        }
      >
        {(r) => <PaymentRecap recap={r()} headingRef={(el) => (recapTitle = el)} />}
      </Show>
      <Show when={props.beingPaid.size > 0 && !flow.recap()}>
        <p class="pay-note">
          Une facture dont le paiement attend la réponse de la banque n'est pas proposée : elle le sera de
          nouveau si la banque refuse le paiement.
        </p>
      </Show>
      <Show when={flow.busy()}>
        <Loading
          label={
            flow.busy() === 'recap' ? 'Calcul du montant…' : 'Connexion à la page sécurisée de la banque…'
          }
        />
      </Show>
      <div role="alert" class="form__alert">
        <Show when={flow.error()}>
          <p class="notice notice--error">{flow.error()}</p>
        </Show>
      </div>
    </Dialog>
  );
}
