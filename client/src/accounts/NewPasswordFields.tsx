import { checkPassword, describeMissing } from '@portail/shared/accounts/password';
import { createSignal } from 'solid-js';
import { TextField } from '../ui/TextField.tsx';
import { StrengthMeter } from './StrengthMeter.tsx';

export const passwordRules =
  '12 caractères au moins, avec une majuscule, une minuscule, un chiffre et un caractère spécial ; ou une phrase de 20 caractères et 4 mots au moins. Sans votre nom ni votre adresse e-mail.';

export type NewPasswordErrors = { password?: string | undefined; confirm?: string | undefined };

/** The client's verdict before sending; the server checks the same policy again. */
export function checkNewPassword(password: string, confirm: string, personal: string[]): NewPasswordErrors {
  const verdict = checkPassword(password, personal);
  const errors: NewPasswordErrors = {};
  if (!password) errors.password = 'Choisissez un mot de passe.';
  else if (!verdict.acceptable) errors.password = `Mot de passe trop faible. ${describeMissing(verdict)}`;
  if (!confirm) errors.confirm = 'Saisissez à nouveau le mot de passe.';
  else if (password && confirm !== password)
    errors.confirm = 'Les deux mots de passe ne sont pas identiques.';
  return errors;
}

type Props = {
  idPrefix: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  /** First name, last name, address: a password must not contain them. */
  personal: string[];
  errors: NewPasswordErrors;
};

/** «Nouveau mot de passe» with its strength meter, «Confirmez le mot de passe», and a way to see them. */
export function NewPasswordFields(props: Props) {
  const [visible, setVisible] = createSignal(false);
  const type = () => (visible() ? 'text' : 'password');
  const meterId = () => `${props.idPrefix}-strength`;
  return (
    <>
      <TextField
        id={`${props.idPrefix}-password`}
        name="new-password"
        label="Nouveau mot de passe"
        hint={passwordRules}
        type={type()}
        autocomplete="new-password"
        autocapitalize="off"
        spellcheck={false}
        value={props.password}
        onInput={(event) => props.onPassword(event.currentTarget.value)}
        describedBy={meterId()}
        error={props.errors.password}
      />
      <StrengthMeter id={meterId()} password={props.password} personal={props.personal} />
      <TextField
        id={`${props.idPrefix}-confirm`}
        name="confirm-password"
        label="Confirmez le mot de passe"
        type={type()}
        autocomplete="new-password"
        autocapitalize="off"
        spellcheck={false}
        value={props.confirm}
        onInput={(event) => props.onConfirm(event.currentTarget.value)}
        error={props.errors.confirm}
      />
      <div class="checkbox">
        <input
          id={`${props.idPrefix}-show`}
          type="checkbox"
          checked={visible()}
          onChange={(event) => setVisible(event.currentTarget.checked)}
        />
        <label for={`${props.idPrefix}-show`}>Afficher les mots de passe</label>
      </div>
    </>
  );
}
