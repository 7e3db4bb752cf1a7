import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { formatDateTime } from '../app/dates.ts';
import { paths } from '../app/paths.ts';
import { type MailSummary, mailStatusLabel } from './labels.ts';

/**
 * The outbox, newest first; the subject opens the mail. On a phone the date and recipient columns fold under
 * the subject (the hidden copy is hidden from screen readers too, so nothing is read twice).
 */
export function MailTable(props: { mails: MailSummary[] }) {
  return (
    <div class="table-scroll">
      <table class="table">
        <caption class="visually-hidden">Courriels envoyés, du plus récent au plus ancien</caption>
        <thead>
          <tr>
            <th scope="col" class="mails__wide">
              Date
            </th>
            <th scope="col" class="mails__wide">
              Destinataire
            </th>
            <th scope="col">Objet</th>
            <th scope="col">État</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.mails}>
            {(mail) => (
              <tr>
                <td class="mails__wide table__nowrap">{formatDateTime(mail.createdAt)}</td>
                <td class="mails__wide table__break">{mail.to}</td>
                <td>
                  <A href={paths.mail(mail.id)}>{mail.subject}</A>
                  <span class="table__sub mails__narrow">
                    {mail.to}, le {formatDateTime(mail.createdAt)}
                  </span>
                </td>
                <td>
                  <span class={`badge badge--${mail.status}`}>{mailStatusLabel(mail.status)}</span>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
