import { A } from '@solidjs/router';
import { createSignal, For, Match, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { NeedsNetwork } from '../offline/NeedsNetwork.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { FormStatus } from '../ui/FormFeedback.tsx';
import { Loading } from '../ui/Loading.tsx';
import { DocumentCard } from './DocumentCard.tsx';
import { createAllDocuments } from './data.ts';
import { UploadForm } from './UploadForm.tsx';
import './staff-documents.css';

/**
 * /agents/documents — the downloads of guide §1 (inscription forms, pre-registration files, activity plannings,
 * menus): staff deposit them with their publication dates, correct them, and remove them.
 */
export function StaffDocumentsPage() {
  usePageTitle(() => 'Documents des familles');
  const documents = createAllDocuments();
  const [status, setStatus] = createSignal('');
  const changed = (message: string) => {
    setStatus(message);
    documents.retry();
  };
  return (
    <div class="container page staff-documents">
      <div class="page-head">
        <h1>Documents des familles</h1>
        <A href={`${paths.home}#documents-title`}>Voir la page d’accueil des familles</A>
      </div>
      <p class="lead">
        Les documents publiés s’affichent sur la page d’accueil du portail, sans connexion, pendant leurs
        dates de publication.
      </p>
      <div class="staff-documents__layout">
        <UploadForm onUploaded={() => documents.retry()} />
        <section aria-labelledby="documents-list-title" aria-busy={documents.loading()}>
          <h2 id="documents-list-title">Documents déposés</h2>
          <FormStatus message={status()} />
          <NeedsNetwork id="documents-hors-ligne" what="les modifications seront possibles" />
          <Switch fallback={<Loading label="Chargement des documents…" />}>
            <Match when={documents.error()}>
              {(message) => (
                <ErrorNotice message={message()} onRetry={documents.retry} busy={documents.loading()} />
              )}
            </Match>
            <Match when={documents.data()?.length === 0}>
              <p class="notice">Aucun document déposé pour le moment.</p>
            </Match>
            <Match when={documents.data()}>
              {(list) => (
                <ul class="staff-documents__list">
                  <For each={list()}>
                    {(document) => <DocumentCard document={document} onChanged={changed} />}
                  </For>
                </ul>
              )}
            </Match>
          </Switch>
        </section>
      </div>
    </div>
  );
}
