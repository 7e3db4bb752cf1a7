import { cellView, pruneDraft } from '@portail/shared/bookings/grid';
import { createEffect, createMemo, createSignal, Match, on, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { userMessage } from '../trpc/errors.ts';
import { ConfirmationStep } from './ConfirmationStep.tsx';
import { createServerNow } from './clock.ts';
import { submitReservation } from './data.ts';
import { createDraft } from './draft.ts';
import { PlanningStep } from './PlanningStep.tsx';
import { RecapStep } from './RecapStep.tsx';
import { recapOf } from './recap.ts';
import type { PlanningView, Submission } from './types.ts';
import { weeksOf } from './weeks.ts';

type Step = 'planning' | 'recap' | 'done';
const titles: Record<Step, string> = {
  planning: 'Nouvelle réservation',
  recap: 'Vérification de votre réservation',
  done: 'Réservation enregistrée',
};

type Props = { view: PlanningView & { receivedAt: number }; reload: () => void };

/** The three screens of one reservation; the draft outlives «Retour au planning». */
export function ReservationFlow(props: Props) {
  const ctx = () => props.view.context;
  const draft = createDraft({ childId: props.view.child.id, periodId: ctx().period.id });
  const [step, setStep] = createSignal<Step>('planning');
  const [error, setError] = createSignal('');
  const [sending, setSending] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Submission>();
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

  // A change whose deadline passed meanwhile (or that fresh data made pointless) leaves the draft.
  createEffect(() => {
    const before = draft.count();
    const at = now();
    draft.update((d) => pruneDraft(ctx(), d, at));
    const dropped = before - draft.count();
    if (dropped > 0)
      setError(`${dropped} date(s) retirée(s) de votre sélection : elles ne sont plus modifiables.`);
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
  const confirm = async () => {
    setSending(true);
    setError('');
    mutationId ??= crypto.randomUUID();
    try {
      const lines = recapOf(ctx(), draft.draft(), now()).map(({ date, unitId, action }) => ({
        date,
        unitId,
        action,
      }));
      const result = await submitReservation({
        clientMutationId: mutationId,
        childId: props.view.child.id,
        periodId: ctx().period.id,
        lines,
      });
      mutationId = undefined;
      draft.clear();
      setOutcome(result);
      setStep('done'); // the planning is read again only on the way back: the number stays on screen
    } catch (caught) {
      setError(userMessage(caught)); // same id on retry: the server applies it once
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
            onBack={back}
            onConfirm={() => void confirm()}
          />
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
