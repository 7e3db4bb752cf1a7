import { allergens, type PublishedMenuDay } from '@portail/shared/menus/schema';
import { For, Show } from 'solid-js';
import { allergenMarks, dayTitle, labelMarks } from './format.ts';

/** One day's meal: the courses in serving order, then its allergens and labels, each written out in full. */
export function MenuDay(props: { day: PublishedMenuDay; today: boolean }) {
  return (
    <article
      class="menu-day"
      classList={{ 'menu-day--today': props.today }}
      aria-current={props.today ? 'date' : undefined}
    >
      <h4 class="menu-day__title">
        {dayTitle(props.day.date)}
        <Show when={props.today}>
          <span class="menu-day__today"> (aujourd’hui)</span>
        </Show>
      </h4>
      <dl class="menu-day__courses">
        <For each={props.day.courses}>
          {(course) => (
            <div class="menu-day__course">
              <dt>{course.label}</dt>
              <dd>{course.dish}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.day.labels.length > 0}>
        <ul class="menu-tags" aria-label="Labels">
          <For each={props.day.labels}>
            {(label) => (
              <li class={`menu-tag menu-tag--${label.code}`}>
                <span class="menu-tag__mark" aria-hidden="true">
                  {labelMarks[label.code]}
                </span>
                {label.label}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="menu-day__allergens-title">
        {props.day.allergens.length > 0 ? 'Allergènes :' : 'Aucun allergène réglementaire signalé.'}
      </p>
      <Show when={props.day.allergens.length > 0}>
        <ul class="menu-tags" aria-label="Allergènes">
          <For
            each={[...props.day.allergens].sort(
              (a, b) => allergens.indexOf(a.code) - allergens.indexOf(b.code),
            )}
          >
            {(allergen) => (
              <li class="menu-tag menu-tag--allergen">
                <span class="menu-tag__mark" aria-hidden="true">
                  {allergenMarks[allergen.code]}
                </span>
                {allergen.label}
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  );
}
