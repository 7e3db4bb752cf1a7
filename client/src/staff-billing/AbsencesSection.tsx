import { formatDateFr, formatMonthFr } from '@portail/shared/billing/format';
import { absenceLabels } from '@portail/shared/billing/labels';
import { createSignal, For, Match, Switch } from 'solid-js';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { AbsenceForm } from './AbsenceForm.tsx';
import { createAbsences, pastMonths, thisMonth } from './data.ts';

const months = [thisMonth(), ...pastMonths(12)].map((m) => ({ value: m, label: formatMonthFr(m) }));

/** Absences on booked days: a justified one is not billed. Marked here, listed by month. */
export function AbsencesSection() {
  const [month, setMonth] = createSignal(thisMonth());
  const absences = createAbsences(month);
  return (
    <section class="staff-billing__section" aria-labelledby="absences-title">
      <h2 id="absences-title">Absences</h2>
      <p>
        Un jour réservé où l'enfant est absent : justifiée, l'absence n'est pas facturée ; non justifiée, elle
        l'est.
      </p>
      <AbsenceForm
        onSaved={(date) => {
          if (date.slice(0, 7) === month()) absences.retry();
          else setMonth(date.slice(0, 7));
        }}
      />
      <h3 id="absences-list-title">Absences marquées</h3>
      <SelectField
        id="absences-month"
        label="Mois"
        options={months}
        value={month()}
        onChange={(event) => setMonth(event.currentTarget.value)}
      />
      <Switch fallback={<Loading label="Chargement des absences…" />}>
        <Match when={absences.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={absences.retry} busy={absences.loading()} />
          )}
        </Match>
        <Match when={absences.data()?.length === 0}>
          <p>Aucune absence marquée ce mois-ci.</p>
        </Match>
        <Match when={absences.data()}>
          {(list) => (
            <ul class="plain-list staff-billing__absences" aria-labelledby="absences-list-title">
              <For each={list()}>
                {(a) => (
                  <li>
                    <strong>{formatDateFr(a.date)}</strong> – {a.childName} ({a.familyReference}),{' '}
                    {a.unitName} : {absenceLabels[a.absence]}
                    {a.note ? ` – ${a.note}` : ''}
                    <span class="table__sub">Par {a.recordedBy}</span>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </section>
  );
}
