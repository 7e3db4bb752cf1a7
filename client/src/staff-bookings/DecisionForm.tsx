import { createSignal, Show } from 'solid-js';
import { appCodeOf, userMessage } from '../trpc/errors.ts';
import { decide } from './data.ts';

type Props = {
  selected: number[];
  /** Just before sending: the page then knows these lines' leaving the list is this agent's doing. */
  onDeciding: (lineIds: number[]) => void;
  onDecided: (message: string) => void;
  /** The server's CONFLICT (a colleague decided first, or the day is full): the page says it and re-reads. */
  onConflict: (message: string) => void;
};

/**
 * «Accepter» / «Refuser» the selected lines. The reason is required to refuse (the family reads it);
 * «Dépasser la capacité» lets staff accept a booking on a full day.
 */
export function DecisionForm(props: Props) {
  const [reason, setReason] = createSignal('');
  const [override, setOverride] = createSignal(false);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let reasonField: HTMLTextAreaElement | undefined;

  const run = async (decision: 'accept' | 'refuse') => {
    if (busy()) return;
    setError('');
    if (props.selected.length === 0) return setError('Sélectionnez au moins une demande dans la liste.');
    if (decision === 'refuse' && !reason().trim()) {
      setError('Indiquez le motif du refus : la famille le lira.');
      return reasonField?.focus();
    }
    setBusy(true);
    const lineIds = [...props.selected];
    props.onDeciding(lineIds);
    try {
      const text = reason().trim();
      const { decided } = await decide({
        lineIds,
        decision,
        ...(text ? { reason: text } : {}),
        ...(override() ? { overrideCapacity: true } : {}),
      });
      const verb = decision === 'accept' ? 'acceptée' : 'refusée';
      setReason('');
      setOverride(false);
      props.onDecided(decided > 1 ? `${decided} demandes ${verb}s.` : `1 demande ${verb}.`);
    } catch (caught) {
      if (appCodeOf(caught) === 'CONFLICT') props.onConflict(userMessage(caught));
      else setError(userMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="decision card" aria-labelledby="decision-title" onSubmit={(event) => event.preventDefault()}>
      <h2 id="decision-title" class="decision__title">
        Décision ({props.selected.length} demande{props.selected.length > 1 ? 's' : ''} sélectionnée
        {props.selected.length > 1 ? 's' : ''})
      </h2>
      <div class="field">
        <label class="field__label" for="decision-reason">
          Motif
        </label>
        <p class="field__hint" id="decision-reason-hint">
          Obligatoire pour un refus : la famille le lira dans le détail de sa réservation.
        </p>
        <textarea
          ref={reasonField}
          id="decision-reason"
          class="field__input"
          rows="3"
          maxLength={500}
          aria-describedby="decision-reason-hint"
          value={reason()}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
      </div>
      <label class="choice">
        <input
          type="checkbox"
          checked={override()}
          onChange={(event) => setOverride(event.currentTarget.checked)}
        />
        Dépasser la capacité
      </label>
      <Show when={error()}>
        <p class="notice notice--error" role="alert">
          {error()}
        </p>
      </Show>
      <div class="actions">
        <button type="button" class="button" disabled={busy()} onClick={() => void run('accept')}>
          Accepter
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void run('refuse')}
        >
          Refuser
        </button>
      </div>
    </form>
  );
}
