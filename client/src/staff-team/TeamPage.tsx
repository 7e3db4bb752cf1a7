import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { useSession } from '../auth/SessionProvider.tsx';
import { read, trpc } from '../trpc/client.ts';
import { userMessage } from '../trpc/errors.ts';
import { createQuery } from '../trpc/query.ts';
import type { RouterOutputs } from '../trpc/types.ts';
import { AddInPlace } from '../ui/AddInPlace.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { createConfirmation } from '../ui/confirmation.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { FormAlert, FormStatus } from '../ui/FormFeedback.tsx';
import { Loading } from '../ui/Loading.tsx';
import { roleLabels } from './roles.ts';
import { StaffForm } from './StaffForm.tsx';

type Member = RouterOutputs['staffAccounts']['list'][number];
const fullName = (m: Member) => `${m.firstName} ${m.lastName}`;

/** /agents/equipe: the S.E.J.'s staff accounts; admins add a colleague, disable an account or enable it again. */
export function TeamPage() {
  usePageTitle(() => 'Équipe du service');
  const session = useSession();
  const isAdmin = () => session.profile()?.role === 'admin';
  const query = createQuery(() => read((options) => trpc.staffAccounts.list.query(undefined, options)));
  const [status, setStatus] = createSignal('');
  const [failure, setFailure] = createSignal('');
  const said = (message: string) => {
    setFailure('');
    setStatus(message);
  };
  const disabling = createConfirmation(async (member: Member) => {
    await trpc.staffAccounts.setDisabled.mutate({ id: member.id, disabled: true });
    said(`Le compte de ${fullName(member)} est désactivé.`);
    query.retry();
  });
  const enable = async (member: Member) => {
    try {
      await trpc.staffAccounts.setDisabled.mutate({ id: member.id, disabled: false });
      said(`Le compte de ${fullName(member)} est réactivé.`);
      query.retry();
    } catch (error) {
      setStatus('');
      setFailure(userMessage(error));
    }
  };
  const roleChange = createConfirmation(async (member: Member) => {
    const role = member.role === 'admin' ? 'agent' : 'admin';
    await trpc.staffAccounts.setRole.mutate({ id: member.id, role });
    said(`${fullName(member)} est désormais ${role === 'admin' ? 'administrateur' : 'agent'}.`);
    query.retry();
  });
  const target = disabling.subject;
  const promoted = roleChange.subject;
  return (
    <div class="container page">
      <h1>Équipe du service</h1>
      <p class="lead">
        Les comptes des agents du service. Chacun choisit son mot de passe avec le lien reçu par courriel ; un
        compte désactivé ne peut plus se connecter, mais son nom reste dans l’historique.
      </p>
      <Switch fallback={<Loading label="Chargement de l’équipe…" />}>
        <Match when={query.data()}>
          {(members) => (
            <div class="table-scroll">
              <table class="table">
                <caption class="visually-hidden">Comptes des agents</caption>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Identifiant</th>
                    <th scope="col">Rôle</th>
                    <th scope="col">État</th>
                    <Show when={isAdmin()}>
                      <th scope="col">
                        <span class="visually-hidden">Actions</span>
                      </th>
                    </Show>
                  </tr>
                </thead>
                <tbody>
                  <For each={members()}>
                    {(member) => (
                      <tr>
                        <th scope="row">{fullName(member)}</th>
                        <td>{member.email}</td>
                        <td>{roleLabels[member.role]}</td>
                        <td>{member.disabled ? 'Désactivé' : 'Actif'}</td>
                        <Show when={isAdmin()}>
                          <td>
                            {/* Nobody changes their own account's state or role: another admin does. */}
                            <Show when={member.email !== session.profile()?.email}>
                              <div class="team-actions">
                                <button
                                  type="button"
                                  class="button button--secondary button--small"
                                  onClick={() => (member.disabled ? enable(member) : disabling.ask(member))}
                                >
                                  {member.disabled ? 'Réactiver' : 'Désactiver'}{' '}
                                  <span class="visually-hidden">le compte de {fullName(member)}</span>
                                </button>
                                <Show when={!member.disabled}>
                                  <button
                                    type="button"
                                    class="button button--secondary button--small"
                                    onClick={() => roleChange.ask(member)}
                                  >
                                    {member.role === 'admin' ? 'Repasser agent' : 'Nommer administrateur'}{' '}
                                    <span class="visually-hidden">{fullName(member)}</span>
                                  </button>
                                </Show>
                              </div>
                            </Show>
                          </td>
                        </Show>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </Match>
        <Match when={query.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={query.retry} busy={query.loading()} />}
        </Match>
      </Switch>
      <FormStatus message={status()} />
      <FormAlert id="team-alert" message={failure()} />
      <Show when={isAdmin()}>
        <AddInPlace label="Ajouter un agent" primary onOpen={() => said('')}>
          {(close) => (
            <StaffForm
              onSaved={(email) => {
                said(
                  `Compte créé : ${email} reçoit un lien pour choisir son mot de passe, valable 48 heures. Sans serveur d’envoi configuré, le courriel est dans « Courriels envoyés ».`,
                );
                query.retry();
                close();
              }}
              onCancel={close}
            />
          )}
        </AddInPlace>
      </Show>
      <ConfirmDialog {...roleChange.dialog} title="Changer le rôle ?" confirmLabel="Changer le rôle">
        <p>
          {promoted()?.role === 'agent'
            ? `${promoted() ? fullName(promoted() as Member) : ''} deviendra administrateur : aussi la facturation, le paramétrage et l’équipe.`
            : `${promoted() ? fullName(promoted() as Member) : ''} redeviendra agent : plus de facturation, de paramétrage ni d’équipe.`}{' '}
          Le changement vaut dès sa prochaine connexion, au plus tard dans les minutes qui suivent.
        </p>
      </ConfirmDialog>
      <ConfirmDialog {...disabling.dialog} title="Désactiver ce compte ?" confirmLabel="Désactiver">
        <p>
          {target() ? fullName(target() as Member) : ''} ne pourra plus se connecter, et une session déjà
          ouverte s’arrête d’elle-même dans les minutes qui suivent. Son nom reste dans l’historique ; vous
          pourrez réactiver le compte.
        </p>
      </ConfirmDialog>
    </div>
  );
}
