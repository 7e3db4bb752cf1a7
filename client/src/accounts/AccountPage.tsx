import { For, Match, Show, Switch } from 'solid-js';
import { usePageTitle } from '../app/title.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Loading } from '../ui/Loading.tsx';
import { ChangeEmailForm } from './ChangeEmailForm.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { ChangePhoneForm } from './ChangePhoneForm.tsx';
import { ChildrenList } from './ChildrenList.tsx';
import { createMyAccount, type MyAccount } from './data.ts';
import { LogoutEverywhere } from './LogoutEverywhere.tsx';
import './accounts.css';

function Family(props: { account: MyAccount }) {
  const others = () => props.account.family.guardians.filter((g) => g.id !== props.account.me.id);
  return (
    <section class="card account__family" aria-labelledby="family-title">
      <h2 id="family-title">Ma famille</h2>
      <dl class="facts">
        <dt>Référence du dossier</dt>
        <dd>{props.account.family.reference}</dd>
        <dt>Adresse</dt>
        <dd>{props.account.family.address}</dd>
        <Show when={props.account.family.quotientFamilial !== null}>
          <dt>Quotient familial</dt>
          <dd>{props.account.family.quotientFamilial}</dd>
        </Show>
      </dl>
      <h3>Autres responsables</h3>
      <Show when={others().length > 0} fallback={<p>Vous êtes le seul responsable enregistré.</p>}>
        <ul class="plain-list">
          <For each={others()}>
            {(g) => (
              <li>
                {g.firstName} {g.lastName} ({g.email})
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>Enfants</h3>
      <ChildrenList children={props.account.family.children} />
      <p class="account__note">Une information à corriger ? Contactez le Service Enfance Jeunesse.</p>
    </section>
  );
}

/** /mon-compte «Mon compte»: who I am, my family, and what I can change myself. */
export function AccountPage() {
  usePageTitle(() => 'Mon compte');
  const account = createMyAccount();
  return (
    <div class="container page">
      <h1>Mon compte</h1>
      <Switch fallback={<Loading label="Chargement de votre compte…" />}>
        <Match when={account.error()}>
          {(message) => <ErrorNotice message={message()} onRetry={account.retry} busy={account.loading()} />}
        </Match>
        <Match when={account.data()}>
          {(data) => (
            <div class="account">
              <section class="card" aria-labelledby="me-title">
                <h2 id="me-title">Mes informations</h2>
                <dl class="facts">
                  <dt>Nom</dt>
                  <dd>
                    {data().me.firstName} {data().me.lastName}
                  </dd>
                  <dt>Identifiant</dt>
                  <dd>{data().me.email}</dd>
                  <dt>Téléphone</dt>
                  <dd>{data().me.phone ?? 'non renseigné'}</dd>
                </dl>
              </section>
              <Family account={data()} />
              <ChangePhoneForm phone={data().me.phone} onSaved={account.retry} />
              <ChangeEmailForm email={data().me.email} />
              <ChangePasswordForm
                personal={[data().me.firstName, data().me.lastName, data().me.email.split('@')[0] ?? '']}
              />
              <LogoutEverywhere />
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
