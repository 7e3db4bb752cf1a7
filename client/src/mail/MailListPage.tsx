import { useSearchParams } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { read, trpc } from '../trpc/client.ts';
import { userMessage } from '../trpc/errors.ts';
import { createSourcedQuery } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { FormAlert } from '../ui/FormFeedback.tsx';
import { Loading } from '../ui/Loading.tsx';
import { TextField } from '../ui/TextField.tsx';
import type { MailSummary } from './labels.ts';
import { MailTable } from './MailTable.tsx';
import './mail.css';

const PAGE = 50;

/** /agents/courriels «Courriels envoyés»: what the portal sent, or kept when no mail server is configured. */
export function MailListPage() {
  usePageTitle(() => 'Courriels envoyés');
  const [params, setParams] = useSearchParams<{ a?: string }>();
  const to = () => params.a?.trim() || undefined;
  const [older, setOlder] = createSignal<MailSummary[]>([]);
  const [more, setMore] = createSignal(true);
  const [alert, setAlert] = createSignal('');
  const first = createSourcedQuery(
    () => ({ to: to() }),
    async (input) => {
      setOlder([]);
      const page = await read((options) => trpc.mail.list.query(input, options));
      setMore(page.length === PAGE);
      return page;
    },
  );
  const mails = () => [...(first.data() ?? []), ...older()];

  const loadOlder = async () => {
    const last = mails().at(-1);
    if (!last) return;
    setAlert('');
    try {
      const page = await read((options) => trpc.mail.list.query({ to: to(), before: last.id }, options));
      setOlder((list) => [...list, ...page]);
      setMore(page.length === PAGE);
    } catch (error) {
      setAlert(userMessage(error));
    }
  };

  return (
    <div class="container page">
      <h1>Courriels envoyés</h1>
      <p class="lead">
        Les courriels du portail : activation des comptes, mot de passe oublié, changement d'adresse. Sans
        serveur de messagerie configuré, ils sont conservés ici sans être envoyés.
      </p>
      <form
        class="search"
        onSubmit={(event) => {
          event.preventDefault();
          const value = new FormData(event.currentTarget).get('a');
          setParams({ a: String(value ?? '').trim() || undefined }, { replace: true, scroll: false });
        }}
      >
        <TextField
          id="mails-to"
          name="a"
          label="Destinataire"
          hint="Tout ou partie de l'adresse e-mail."
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={params.a ?? ''}
        />
        <button type="submit" class="button">
          Filtrer
        </button>
      </form>
      <Switch fallback={<Loading label="Chargement des courriels…" />}>
        <Match when={first.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={first.retry} busy={first.loading()} />}
        </Match>
        <Match when={first.data()?.length === 0}>
          <p role="status" class="notice">
            Aucun courriel{to() ? ` pour « ${to()} »` : ''}.
          </p>
        </Match>
        <Match when={first.data()}>
          <MailTable mails={mails()} />
          <FormAlert id="mails-alert" message={alert()} />
          <Show when={more()}>
            <button type="button" class="button button--secondary mails__more" onClick={loadOlder}>
              Afficher les courriels plus anciens
            </button>
          </Show>
        </Match>
      </Switch>
    </div>
  );
}
