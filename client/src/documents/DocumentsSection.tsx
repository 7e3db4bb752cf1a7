import {
  type DocumentCategory,
  documentCategories,
  documentCategoryLabels,
} from '@portail/shared/documents/labels';
import type { PublicDocument } from '@portail/shared/documents/schema';
import { A } from '@solidjs/router';
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { paths } from '../app/paths.ts';
import { useLiveRefresh } from '../live/refresh.ts';
import { savedDocumentIds } from '../offline/files.ts';
import { useOffline } from '../offline/OfflineProvider.tsx';
import { createCachedQuery } from '../offline/query.ts';
import { sources } from '../offline/sources.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { DocumentLink } from './DocumentLink.tsx';
import './documents.css';

type Group = { category: DocumentCategory; documents: PublicDocument[] };

/** In the guide's order (§1), with a category kept even when empty so parents know where to look later. */
function byCategory(documents: PublicDocument[]): Group[] {
  return documentCategories.map((category) => ({
    category,
    documents: documents.filter((d) => d.category === category),
  }));
}

/**
 * Guide §1 «Télécharger»: the documents anyone may read without signing in. The list is kept on the device, and
 * so is each document once opened (the service worker's cache): offline, the list says which ones open.
 */
export function DocumentsSection() {
  const documents = createCachedQuery(sources.documents);
  useLiveRefresh(['document.published'], documents.retry);
  const offline = useOffline();
  // Which documents are on the device, looked up again when the connection drops or the list changes.
  const [saved] = createResource(
    () => !offline.online() && documents.data(),
    () => savedDocumentIds(),
  );
  return (
    <section class="documents" aria-labelledby="documents-title" aria-busy={documents.loading()}>
      <h2 id="documents-title">Télécharger les documents</h2>
      <p class="documents__intro">
        Les documents d'inscriptions ALE / ALP, les dossiers de pré-inscriptions scolaires, les plannings
        d'activités du S.E.J. et les menus de restauration scolaire, sans avoir à vous connecter.
      </p>
      <Switch fallback={<Loading label="Chargement des documents…" />}>
        <Match when={documents.error()}>
          {(message) => (
            <ErrorNotice message={message()} onRetry={documents.retry} busy={documents.loading()} />
          )}
        </Match>
        <Match when={documents.data()?.length === 0}>
          <p class="notice">Aucun document n'est publié pour le moment. Revenez bientôt.</p>
        </Match>
        <Match when={documents.data()}>
          {(list) => (
            <div class="documents__groups">
              <For each={byCategory(list())}>
                {(group) => (
                  <section class="documents__group" aria-labelledby={`documents-${group.category}`}>
                    <h3 id={`documents-${group.category}`}>{documentCategoryLabels[group.category]}</h3>
                    <Show
                      when={group.documents.length > 0}
                      fallback={<p class="documents__none">Aucun document pour le moment.</p>}
                    >
                      <ul class="documents__list">
                        <For each={group.documents}>
                          {(document) => (
                            <li>
                              <DocumentLink
                                document={document}
                                unavailable={!offline.online() && saved()?.has(document.id) === false}
                              />
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                    <Show when={group.category === 'menu'}>
                      <p class="documents__more">
                        <A href={paths.menus}>Menus de la semaine, jour par jour, avec les allergènes</A>
                      </p>
                    </Show>
                  </section>
                )}
              </For>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}
