import { formatDayFr } from '@portail/shared/bookings/labels';
import { useNavigate } from '@solidjs/router';
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { createChoices } from './data.ts';
import { SejContact } from './SejContact.tsx';
import type { BookingChild, BookingChoice } from './types.ts';

/** Guide §4: « Cliquez l'établissement de votre choix », « une période disponible », « Continuer ». */
export function ChoicesStep(props: { child: BookingChild }) {
  const choices = createChoices(props.child.id);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section class="step" aria-labelledby="choices-title" aria-busy={choices.loading()}>
      <h2 id="choices-title" ref={heading} tabIndex={-1}>
        Inscription de {props.child.firstName}
      </h2>
      <Switch fallback={<Loading label="Recherche des périodes ouvertes…" />}>
        <Match when={choices.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={choices.retry} busy={choices.loading()} />}
        </Match>
        <Match when={choices.data()?.length === 0}>
          <div class="notice notice--info">
            <p>
              Aucune période d'inscription n'est ouverte pour {props.child.firstName} : rapprochez-vous du
              secrétariat du Service Enfance Jeunesse.
            </p>
            <SejContact />
          </div>
        </Match>
        <Match when={choices.data()}>{(list) => <ChoicesForm child={props.child} choices={list()} />}</Match>
      </Switch>
    </section>
  );
}

function ChoicesForm(props: { child: BookingChild; choices: BookingChoice[] }) {
  const navigate = useNavigate();
  const only = props.choices.length === 1 ? props.choices[0]?.facility.id : undefined;
  const [facilityId, setFacilityId] = createSignal<number | undefined>(only);
  const [periodId, setPeriodId] = createSignal<number>();
  const [error, setError] = createSignal('');
  const facility = () => props.choices.find((c) => c.facility.id === facilityId());

  const chooseFacility = (id: number) => {
    setFacilityId(id);
    const periods = props.choices.find((c) => c.facility.id === id)?.periods ?? [];
    setPeriodId(periods.length === 1 ? periods[0]?.id : undefined);
    setError('');
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const period = periodId();
    if (!facilityId() || !period) {
      setError(facilityId() ? 'Choisissez une période.' : 'Choisissez un établissement.');
      document
        .querySelector<HTMLInputElement>(facilityId() ? 'input[name="period"]' : 'input[name="facility"]')
        ?.focus();
      return;
    }
    navigate(paths.planning(props.child.id, period));
  };

  return (
    <form
      class="choices-form"
      onSubmit={submit}
      noValidate
      aria-describedby={error() ? 'choices-error' : undefined}
    >
      <fieldset class="choices">
        <legend class="choices__legend">Établissement</legend>
        <For each={props.choices}>
          {(choice) => (
            <label class="choice choice--card">
              <input
                type="radio"
                name="facility"
                value={choice.facility.id}
                checked={facilityId() === choice.facility.id}
                onChange={() => chooseFacility(choice.facility.id)}
              />
              {choice.facility.name}
            </label>
          )}
        </For>
      </fieldset>
      <Show when={facility()}>
        {(chosen) => (
          <fieldset class="choices">
            <legend class="choices__legend">Période disponible à la réservation</legend>
            <For each={chosen().periods}>
              {(period) => (
                <label class="choice choice--card">
                  <input
                    type="radio"
                    name="period"
                    value={period.id}
                    checked={periodId() === period.id}
                    onChange={() => {
                      setPeriodId(period.id);
                      setError('');
                    }}
                  />
                  <span>
                    {period.name}
                    <span class="choice__hint">
                      Du {formatDayFr(period.startDate)} au {formatDayFr(period.endDate)}
                    </span>
                  </span>
                </label>
              )}
            </For>
          </fieldset>
        )}
      </Show>
      <p id="choices-error" role="alert" class="field__error">
        {error()}
      </p>
      <button type="submit" class="button">
        Continuer
      </button>
    </form>
  );
}
