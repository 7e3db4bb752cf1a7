import { cellView, type Draft, pruneDraft } from '@portail/shared/bookings/grid';
import type { SubmitReservationInput } from '@portail/shared/bookings/planning';
import { createEffect, createMemo, createSignal, Match, on, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { classify } from '../offline/outboxStore.ts';
import { userMessage } from '../trpc/errors.ts';
import { ConfirmationStep } from './ConfirmationStep.tsx';
import { createServerNow } from './clock.ts';
import { submitReservation } from './data.ts';
import { createDraft, type DraftStorage } from './draft.ts';
import { PlanningStep } from './PlanningStep.tsx';
import { QueuedStep } from './QueuedStep.tsx';
import { RecapStep } from './RecapStep.tsx';
import { recapOf } from './recap.ts';
import type { PlanningView, Submission } from './types.ts';
import { weeksOf } from './weeks.ts';

type Step = 'planning' | 'recap' | 'done' | 'queued';
const titles: Record<Step, string> = {
  planning: 'Nouvelle réservation',
  recap: 'Vérification de votre réservation',
  done: 'Réservation enregistrée',
  queued: 'Réservation en attente d’envoi',
};

type Props = {
  view: PlanningView & { receivedAt: number };
  /** Where the draft is kept (offline/drafts.ts), and what it held when the page opened. */
  storage: DraftStorage;
  initialDraft: Draft | undefined;
  reload: () => void;
};

const dates = (n: number) => (n > 1 ? `${n} dates retirées` : '1 date retirée');

/** The screens of one reservation; the draft outlives «Retour au planning», a reload and a night offline. */
export function ReservationFlow(props: Props) {
  const ctx = () => props.view.context;
  const offline = useOffline();
  const draft = createDraft(
    { childId: props.view.child.id, periodId: ctx().period.id },
    props.storage,
    props.initialDraft,
  );
  const [step, setStep] = createSignal<Step>('planning');
  const [error, setError] = createSignal('');
  const [sending, setSending] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Submission>();
  /** The submission waiting in the outbox, confirmed without a connection. */
  const [queued, setQueued] = createSignal<SubmitReservationInput>();
  let mutationId: string | undefined;

  const now = createServerNow(() => props.view);

  const weeks = createMemo(() => weeksOf(ctx().period));
  const firstUseful = () => {
    const at = now();
    const index = weeks().findIndex((w) =>
      w.days.some((d) => ctx().units.some((u) => cellView(ctx(), d, u, draft.draft(), at).clickable)),
    );
    return Math.max(0, index);
  };
  const [weekIndex, setWeekIndex] = createSignal(firstUseful());

  // A saved change whose deadline passed meanwhile (the period closed, or fresh data made it pointless) leaves
  // the draft, and the parent is told: this runs when the saved draft is reopened, and on every new read.
  createEffect(() => {
    const before = draft.count();
    const at = now();
    draft.update((d) => pruneDraft(ctx(), d, at));
    const dropped = before - draft.count();
    if (dropped > 0)
      setError(
        `${dates(dropped)} de votre sélection : la période de réservation est close, le délai est passé ou la date a changé entre-temps.`,
      );
  });

  const lines = createMemo(() => recapOf(ctx(), draft.draft(), now()));

  let heading: HTMLHeadingElement | undefined;
  createEffect(on(step, () => heading?.focus(), { defer: true }));
  const title = () =>
    step() === 'done' && !outcome()?.reservation ? 'Réservation non enregistrée' : titles[step()];
  usePageTitle(title);

  const validate = () => {
    if (draft.count() === 0) {
      setError('Sélectionnez au moins une date en cliquant dans une case du planning.');
      return;
    }
    setError('');
    setStep('recap');
  };
  const back = () => {
    mutationId = undefined; // the parent may change the selection: a new submission then
    setError('');
    setStep('planning');
  };
  /** Offline, or sent without an answer: the outbox keeps it (same id) and sends it once the connection is back. */
  const keep = async (input: SubmitReservationInput) => {
    await offline.outbox.enqueue(input, {
      child: `${props.view.child.firstName} ${props.view.child.lastName}`,
      place: `${props.view.facility.name} / ${ctx().period.name}`,
    });
    mutationId = undefined;
    setQueued(input);
    setStep('queued'); // the draft stays until the server has answered
  };
  const confirm = async () => {
    setSending(true);
    setError('');
    mutationId ??= crypto.randomUUID();
    const input: SubmitReservationInput = {
      clientMutationId: mutationId,
      childId: props.view.child.id,
      periodId: ctx().period.id,
      lines: recapOf(ctx(), draft.draft(), now()).map(({ date, unitId, action }) => ({
        date,
        unitId,
        action,
      })),
    };
    try {
      if (!offline.canSend()) return await keep(input);
      const result = await submitReservation(input);
      mutationId = undefined;
      draft.clear();
      setOutcome(result);
      setStep('done'); // the planning is read again only on the way back: the number stays on screen
    } catch (caught) {
      const failure = classify(caught);
      if (failure !== 'network' && failure !== 'session') return setError(userMessage(caught));
      try {
        await keep(input);
      } catch {
        // The device refused to keep it: say so; the same id on «Confirmer» again is still harmless.
        setError(
          'Votre réservation n’a pas pu être envoyée ni gardée sur cet appareil. Réessayez dès le retour de la connexion.',
        );
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <h1 id="step-title" ref={heading} tabIndex={-1}>
        {title()}
      </h1>
      <p class="flow__context">
        <strong>
          {props.view.child.firstName} {props.view.child.lastName}
        </strong>{' '}
        · {props.view.facility.name} / {ctx().period.name}
      </p>
      <Switch>
        <Match when={step() === 'planning'}>
          <PlanningStep
            ctx={ctx()}
            weeks={weeks()}
            weekIndex={weekIndex()}
            onWeek={setWeekIndex}
            draft={draft}
            now={now}
            onValidate={validate}
            error={error()}
          />
        </Match>
        <Match when={step() === 'recap'}>
          <RecapStep
            view={props.view}
            lines={lines()}
            sending={sending()}
            error={error()}
            offline={!offline.canSend()}
            onBack={back}
            onConfirm={() => void confirm()}
          />
        </Match>
        <Match when={step() === 'queued' && queued()}>
          {(input) => (
            <QueuedStep
              input={input()}
              ctx={ctx()}
              onBackToPlanning={() => {
                props.reload();
                back();
              }}
            />
          )}
        </Match>
        <Match when={step() === 'done' && outcome()}>
          {(result) => (
            <ConfirmationStep
              outcome={result()}
              onBackToPlanning={() => {
                props.reload();
                back();
              }}
            />
          )}
        </Match>
      </Switch>
    </>
  );
}
