import {
  type DocumentCategory,
  documentCategoryLabels,
  documentDownloadPath,
  documentStatusLabels,
} from '@portail/shared/documents/schema';
import { createSignal, Show } from 'solid-js';
import { formatDate } from '../app/dates.ts';
import { fileSizeLabel, fileTypeLabel } from '../documents/format.ts';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { fieldErrorsOf, userMessage } from '../trpc/errors.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { createConfirmation } from '../ui/confirmation.ts';
import { FormAlert } from '../ui/FormFeedback.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { removeDocument, type StaffDocument, updateDocument } from './data.ts';
import { categoryOptions } from './UploadForm.tsx';

/** One document as staff manage it: what families see, when, and «Modifier» / «Supprimer». */
export function DocumentCard(props: { document: StaffDocument; onChanged: (message: string) => void }) {
  const offline = useOffline();
  const [editing, setEditing] = createSignal(false);
  const d = () => props.document;
  const titleId = () => `document-${d().id}`;
  const publication = () =>
    d().publishedUntil
      ? `du ${formatDate(d().publishedFrom)} au ${formatDate(d().publishedUntil ?? '')}`
      : `depuis le ${formatDate(d().publishedFrom)}, sans fin`;

  const removal = createConfirmation(async () => {
    await removeDocument(d().id);
    props.onChanged(`Le document « ${d().title} » est supprimé.`);
  });

  return (
    <li class="card staff-document" aria-labelledby={titleId()}>
      <h3 id={titleId()} class="staff-document__title">
        {d().title}
      </h3>
      <p class="staff-document__status" data-status={d().status}>
        {documentStatusLabels[d().status]}
      </p>
      <dl class="facts">
        <dt>Catégorie</dt>
        <dd>{documentCategoryLabels[d().category]}</dd>
        <dt>Publication</dt>
        <dd>{publication()}</dd>
        <dt>Fichier</dt>
        <dd>
          <Show when={d().status === 'published'} fallback={d().fileName}>
            <a href={documentDownloadPath(d().id)} download={d().fileName}>
              {d().fileName}
            </a>
          </Show>{' '}
          ({fileTypeLabel(d().mimeType, d().fileName)}, {fileSizeLabel(d().sizeBytes)})
        </dd>
      </dl>
      <Show
        when={editing()}
        fallback={
          <div class="staff-document__actions">
            <button
              type="button"
              class="button button--secondary button--small"
              disabled={!offline.connected()}
              onClick={() => setEditing(true)}
            >
              Modifier <span class="visually-hidden">« {d().title} »</span>
            </button>
            <button
              type="button"
              class="button button--secondary button--small"
              disabled={!offline.connected()}
              onClick={() => removal.ask(true)}
            >
              Supprimer <span class="visually-hidden">« {d().title} »</span>
            </button>
          </div>
        }
      >
        <EditForm
          document={d()}
          onCancel={() => setEditing(false)}
          onSaved={(title) => {
            setEditing(false);
            props.onChanged(`Le document « ${title} » est modifié.`);
          }}
        />
      </Show>
      <ConfirmDialog {...removal.dialog} title="Supprimer ce document ?" confirmLabel="Supprimer">
        <p>
          « {d().title} » ne sera plus proposé aux familles et son fichier sera effacé. Pour le remettre en
          ligne, il faudra le déposer à nouveau.
        </p>
      </ConfirmDialog>
    </li>
  );
}

function EditForm(props: {
  document: StaffDocument;
  onCancel: () => void;
  onSaved: (title: string) => void;
}) {
  const offline = useOffline();
  const id = (what: string) => `edition-${props.document.id}-${what}`;
  const [category, setCategory] = createSignal<string>(props.document.category);
  const [title, setTitle] = createSignal(props.document.title);
  const [from, setFrom] = createSignal(props.document.publishedFrom);
  const [until, setUntil] = createSignal(props.document.publishedUntil ?? '');
  const [busy, setBusy] = createSignal(false);
  const [alert, setAlert] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, string>>({});

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setAlert('');
    setErrors({});
    try {
      await updateDocument({
        id: props.document.id,
        category: category() as DocumentCategory,
        title: title(),
        publishedFrom: from(),
        publishedUntil: until() || null,
      });
      props.onSaved(title().trim());
    } catch (caught) {
      setErrors(fieldErrorsOf(caught));
      setAlert(userMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="staff-document__edit"
      aria-label={`Modifier « ${props.document.title} »`}
      aria-describedby={id('alert')}
      noValidate
      onSubmit={(event) => void save(event)}
    >
      <SelectField
        id={id('categorie')}
        label="Catégorie"
        value={category()}
        options={categoryOptions}
        error={errors().category}
        onChange={(event) => setCategory(event.currentTarget.value)}
      />
      <TextField
        id={id('titre')}
        label="Titre"
        value={title()}
        maxLength={200}
        error={errors().title}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <TextField
        id={id('debut')}
        label="Publié à partir du"
        type="date"
        value={from()}
        error={errors().publishedFrom}
        onInput={(event) => setFrom(event.currentTarget.value)}
      />
      <TextField
        id={id('fin')}
        label="Publié jusqu’au (facultatif)"
        type="date"
        value={until()}
        error={errors().publishedUntil}
        onInput={(event) => setUntil(event.currentTarget.value)}
      />
      <FormAlert id={id('alert')} message={alert()} />
      <div class="staff-document__actions">
        <button type="submit" class="button button--small" disabled={busy() || !offline.connected()}>
          Enregistrer
        </button>
        <button type="button" class="button button--secondary button--small" onClick={() => props.onCancel()}>
          Annuler
        </button>
      </div>
    </form>
  );
}
