import { parisDate } from '@portail/shared/bookings/calendar';
import { documentCategories, documentCategoryLabels } from '@portail/shared/documents/schema';
import { createSignal, Show } from 'solid-js';
import { NeedsNetwork } from '../offline/NeedsNetwork.tsx';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { uploadDocument } from './upload.ts';

export const categoryOptions = documentCategories.map((c) => ({
  value: c,
  label: documentCategoryLabels[c],
}));

/** «Déposer un document» (guide §1's downloads): what it is, when families see it, and the file. */
export function UploadForm(props: { onUploaded: () => void }) {
  const offline = useOffline();
  const [category, setCategory] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [from, setFrom] = createSignal(parisDate(new Date()));
  const [until, setUntil] = createSignal('');
  const [progress, setProgress] = createSignal<number>();
  const [alert, setAlert] = createSignal('');
  const [status, setStatus] = createSignal('');
  let file: HTMLInputElement | undefined;
  let form: HTMLFormElement | undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setAlert('');
    setStatus('');
    const chosen = file?.files?.[0];
    // The server checks everything again; these only spare a useless upload.
    if (!category()) return setAlert('Choisissez une catégorie.');
    if (!title().trim()) return setAlert('Indiquez un titre.');
    if (!chosen) return setAlert('Choisissez un fichier à envoyer.');
    const body = new FormData();
    body.set('category', category());
    body.set('title', title().trim());
    body.set('publishedFrom', from());
    body.set('publishedUntil', until());
    body.set('file', chosen, chosen.name);
    setProgress(0);
    const outcome = await uploadDocument(body, setProgress);
    setProgress(undefined);
    if (!outcome.ok) return setAlert(outcome.message);
    setStatus(`Le document « ${title().trim()} » est déposé.`);
    setTitle('');
    setUntil('');
    form?.reset();
    props.onUploaded();
  };

  const percent = () => Math.round((progress() ?? 0) * 100);
  const blocked = () => progress() !== undefined || !offline.connected();

  return (
    <form
      ref={form}
      class="card upload-form"
      aria-labelledby="upload-title"
      aria-describedby="upload-alert"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="upload-title">Déposer un document</h2>
      <SelectField
        id="document-categorie"
        label="Catégorie"
        placeholder="Choisir une catégorie…"
        value={category()}
        options={categoryOptions}
        required
        onChange={(event) => setCategory(event.currentTarget.value)}
      />
      <TextField
        id="document-titre"
        label="Titre"
        hint="Tel que les familles le liront, par exemple « Menus de restauration scolaire de mars »."
        value={title()}
        maxLength={200}
        required
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <div class="upload-form__dates">
        <TextField
          id="document-debut"
          label="Publié à partir du"
          type="date"
          value={from()}
          required
          onInput={(event) => setFrom(event.currentTarget.value)}
        />
        <TextField
          id="document-fin"
          label="Publié jusqu’au (facultatif)"
          hint="Laissez vide pour une publication sans fin."
          type="date"
          value={until()}
          onInput={(event) => setUntil(event.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label class="field__label" for="document-fichier">
          Fichier
        </label>
        <p class="field__hint" id="document-fichier-hint">
          PDF ou image (PNG, JPEG, WebP).
        </p>
        <input
          ref={file}
          id="document-fichier"
          class="field__input"
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp,.pdf"
          aria-describedby="document-fichier-hint"
          required
        />
      </div>
      <Show when={progress() !== undefined}>
        <div class="upload-form__progress">
          <label for="upload-progress">Envoi du fichier : {percent()} %</label>
          <progress id="upload-progress" max="100" value={percent()} />
        </div>
      </Show>
      <FormAlert id="upload-alert" message={alert()} />
      <FormStatus message={status()} />
      <NeedsNetwork id="upload-hors-ligne" what="le dépôt sera possible" />
      <button
        type="submit"
        class="button"
        disabled={blocked()}
        aria-describedby={offline.connected() ? undefined : 'upload-hors-ligne'}
      >
        Déposer le document
      </button>
    </form>
  );
}
