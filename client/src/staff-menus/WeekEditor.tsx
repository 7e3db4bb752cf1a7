import {
  allergenLabels,
  allergens,
  type MenuWeek,
  menuCourseLabels,
  menuCourses,
  menuLabelLabels,
  menuLabels,
} from '@portail/shared/menus/schema';
import { createSignal, For, Index, Show } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { dayTitle } from '../menus/format.ts';
import { NeedsNetwork } from '../offline/NeedsNetwork.tsx';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { TextField } from '../ui/TextField.tsx';
import { publishMenuWeek, saveMenuDay } from './data.ts';
import { type DayForm, formOf, saveInputOf, toggled } from './form.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** A kitchen's Monday-to-Friday, one fieldset per day; «Enregistrer» keeps drafts, «Publier» shows them. */
export function WeekEditor(props: { week: MenuWeek; kitchenName: string }) {
  const offline = useOffline();
  const [days, setDays] = createStore<DayForm[]>(formOf(props.week));
  const [busy, setBusy] = createSignal(false);
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const facilityId = props.week.facilityId;

  const change = (index: number, apply: (day: DayForm) => void) => {
    setDays(
      index,
      produce((day) => {
        apply(day);
        day.dirty = true;
      }),
    );
    setStatus('');
  };

  /** Saves the days changed since the last save, in order; stops at the first refusal, naming the day. */
  async function saveChanged(): Promise<number | undefined> {
    let saved = 0;
    for (const [index, day] of days.entries()) {
      if (!day.dirty) continue;
      try {
        const result = await saveMenuDay(saveInputOf(facilityId, day));
        setDays(index, { dirty: false, exists: result !== null, published: result?.published ?? false });
        saved++;
      } catch (error) {
        const fields = fieldErrorsOf(error);
        setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${day.date}.${k}`, v])));
        setAlert(`${dayTitle(day.date)} : ${userMessage(error)}`);
        return undefined;
      }
    }
    return saved;
  }

  const run = async (publish: boolean) => {
    setBusy(true);
    setAlert('');
    setStatus('');
    setErrors({});
    try {
      const saved = await saveChanged();
      if (saved === undefined) return;
      if (!publish) {
        setStatus(
          saved === 0
            ? 'Aucune modification à enregistrer.'
            : `${plural(saved, 'jour enregistré', 'jours enregistrés')}. Pensez à publier la semaine pour la montrer aux familles.`,
        );
        return;
      }
      const result = await publishMenuWeek({ facilityId, weekOf: props.week.weekOf });
      setDays(
        produce((list) => {
          for (const day of list) if (day.exists) day.published = true;
        }),
      );
      setStatus(
        `Semaine publiée : ${plural(result.published, 'jour', 'jours')} de menus visibles par les familles.`,
      );
    } catch (error) {
      setAlert(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const stateOf = (day: DayForm) =>
    day.dirty ? 'Modifié, non enregistré' : day.published ? 'Publié' : day.exists ? 'Brouillon' : 'Non saisi';

  return (
    <form
      class="week-editor"
      aria-describedby="menus-alert"
      onSubmit={(event) => {
        event.preventDefault();
        void run(false);
      }}
    >
      <h2 class="week-editor__title">{props.kitchenName}</h2>
      <Index each={days}>
        {(day, index) => {
          const id = (what: string) => `menu-${day().date}-${what}`;
          return (
            <fieldset class="menu-editor" aria-describedby={id('etat')}>
              <legend class="menu-editor__legend">{dayTitle(day().date)}</legend>
              <p id={id('etat')} class="menu-editor__state">
                {stateOf(day())}
                <Show when={day().holiday}> · jour férié</Show>
              </p>
              <div class="menu-editor__courses">
                <For each={menuCourses}>
                  {(course) => (
                    <TextField
                      id={id(course)}
                      label={menuCourseLabels[course]}
                      value={day().courses[course]}
                      maxLength={120}
                      autocomplete="off"
                      error={errors()[`${day().date}.${course}`]}
                      onInput={(event) => {
                        const value = event.currentTarget.value;
                        change(index, (d) => {
                          d.courses[course] = value;
                        });
                      }}
                    />
                  )}
                </For>
              </div>
              <fieldset class="menu-editor__boxes">
                <legend>Allergènes</legend>
                <div class="menu-editor__grid">
                  <For each={allergens}>
                    {(allergen) => (
                      <label class="checkbox menu-editor__box">
                        <input
                          type="checkbox"
                          checked={day().allergens.includes(allergen)}
                          onChange={(event) => {
                            const on = event.currentTarget.checked;
                            change(index, (d) => {
                              d.allergens = toggled(d.allergens, allergen, on);
                            });
                          }}
                        />
                        {allergenLabels[allergen]}
                      </label>
                    )}
                  </For>
                </div>
              </fieldset>
              <fieldset class="menu-editor__boxes">
                <legend>Labels</legend>
                <div class="menu-editor__grid">
                  <For each={menuLabels}>
                    {(label) => (
                      <label class="checkbox menu-editor__box">
                        <input
                          type="checkbox"
                          checked={day().labels.includes(label)}
                          onChange={(event) => {
                            const on = event.currentTarget.checked;
                            change(index, (d) => {
                              d.labels = toggled(d.labels, label, on);
                            });
                          }}
                        />
                        {menuLabelLabels[label]}
                      </label>
                    )}
                  </For>
                </div>
              </fieldset>
            </fieldset>
          );
        }}
      </Index>
      <FormAlert id="menus-alert" message={alert()} />
      <FormStatus message={status()} />
      <NeedsNetwork id="menus-hors-ligne" what="l’enregistrement et la publication seront possibles" />
      <div class="actions week-editor__actions">
        <button
          type="submit"
          class="button button--secondary"
          disabled={busy() || !offline.connected()}
          aria-describedby={offline.connected() ? undefined : 'menus-hors-ligne'}
        >
          Enregistrer la semaine
        </button>
        <button
          type="button"
          class="button"
          disabled={busy() || !offline.connected()}
          aria-describedby={offline.connected() ? undefined : 'menus-hors-ligne'}
          onClick={() => void run(true)}
        >
          Publier la semaine
        </button>
      </div>
    </form>
  );
}
