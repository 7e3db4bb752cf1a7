import { A, useParams } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import { paths } from '../app/paths.ts';
import { usePageTitle } from '../app/title.ts';
import { read, trpc } from '../trpc/client.ts';
import { createSourcedQuery } from '../trpc/query.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { LinkifiedText } from './LinkifiedText.tsx';
import { mailStatusLabel } from './labels.ts';
import './mail.css';

/** /agents/courriels/:id: one mail as the person received (or will receive) it. */
export function MailPage() {
  const params = useParams<{ id: string }>();
  const mail = createSourcedQuery(
    () => Number(params.id),
    (id) => read((options) => trpc.mail.get.query({ id }, options)),
  );
  usePageTitle(() => mail.data()?.subject ?? 'Courriel');
  return (
    <div class="container page">
      <p>
        <A href={paths.mails}>Retour aux courriels envoyés</A>
      </p>
      <Switch fallback={<Loading label="Chargement du courriel…" />}>
        <Match when={mail.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={mail.retry} busy={mail.loading()} />}
        </Match>
        <Match when={mail.data()}>
          {(m) => (
            <article class="mail" aria-labelledby="mail-subject">
              <h1 id="mail-subject" class="mail__subject">
                {m().subject}
              </h1>
              <dl class="facts">
                <dt>Destinataire</dt>
                <dd>{m().to}</dd>
                <dt>Date</dt>
                <dd>{formatDateTime(m().createdAt)}</dd>
                <dt>État</dt>
                <dd>{mailStatusLabel(m().status)}</dd>
              </dl>
              <div class="card mail__body">
                <LinkifiedText text={m().text} />
              </div>
            </article>
          )}
        </Match>
      </Switch>
    </div>
  );
}
