import {
  type DocumentCategory,
  documentCategories,
  documentCategoryLabels,
  type PublicDocument,
} from '@portail/shared/documents/schema';
import { For, Match, Show, Switch } from 'solid-js';
import { read, trpc } from '../trpc/client.ts';
import { createQuery } from '../trpc/query.ts';
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

/** Guide §1 «Télécharger»: the documents anyone may read without signing in. */
export function DocumentsSection() {
  const documents = createQuery(() => read((options) => trpc.documents.listPublic.query(undefined, options)));
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
                              <DocumentLink document={document} />
                            </li>
                          )}
                        </For>
                      </ul>
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
