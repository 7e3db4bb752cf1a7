import { type JSX, Show } from 'solid-js';
import { createInPlace, EditButton } from '../ui/inPlace.tsx';

type Props = {
  title: JSX.Element;
  /** The `<dt>`/`<dd>` pairs read while not editing. */
  facts: JSX.Element;
  /** Completes «Modifier» for screen readers: «la période Vacances d'hiver». */
  editLabel: string;
  canEdit: boolean;
  /** The form shown in place of the card; `done` closes it (saved or cancelled). */
  form: (done: () => void) => JSX.Element;
};

/** A setting shown as facts; an admin edits it in place, and focus comes back to «Modifier» afterwards. */
export function EditableCard(props: Props) {
  const editing = createInPlace();
  return (
    <li class="setup-card">
      <Show
        when={editing.open()}
        fallback={
          <>
            <h4 class="setup-card__title">{props.title}</h4>
            <dl class="setup-facts">{props.facts}</dl>
            <Show when={props.canEdit}>
              <EditButton label={props.editLabel} ref={editing.ref} onClick={editing.show} />
            </Show>
          </>
        }
      >
        {props.form(editing.close)}
      </Show>
    </li>
  );
}
