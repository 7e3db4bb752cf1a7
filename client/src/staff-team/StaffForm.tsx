import { StaffAccountInput, type StaffRole } from '@portail/shared/accounts/schema';
import { createStore } from 'solid-js/store';
import { check } from '../staff-setup/form.ts';
import { SetupForm } from '../staff-setup/SetupForm.tsx';
import { trpc } from '../trpc/client.ts';
import { SelectField } from '../ui/SelectField.tsx';
import { TextField } from '../ui/TextField.tsx';
import { roleLabels } from './roles.ts';

const roleOptions = (Object.entries(roleLabels) as [StaffRole, string][]).map(([value, label]) => ({
  value,
  label,
}));

type Props = { onSaved: (email: string) => void; onCancel: () => void };

/** An admin adds a colleague; the account is activated by the person, through the link mailed to them. */
export function StaffForm(props: Props) {
  const [form, setForm] = createStore({ email: '', firstName: '', lastName: '', role: 'agent' as StaffRole });
  const fid = (path: string) => `staff-new-${path}`;
  return (
    <SetupForm
      id="staff-new"
      level={2}
      title="Nouveau compte agent"
      submitLabel="Créer le compte"
      check={() => check(StaffAccountInput, form)}
      save={(input) => trpc.staffAccounts.create.mutate(input)}
      onSaved={() => props.onSaved(form.email.trim().toLowerCase())}
      onCancel={props.onCancel}
    >
      {(errors) => (
        <>
          <div class="setup-grid">
            <TextField
              id={fid('firstName')}
              label="Prénom"
              autocomplete="off"
              value={form.firstName}
              onInput={(e) => setForm('firstName', e.currentTarget.value)}
              error={errors().firstName}
            />
            <TextField
              id={fid('lastName')}
              label="Nom"
              autocomplete="off"
              value={form.lastName}
              onInput={(e) => setForm('lastName', e.currentTarget.value)}
              error={errors().lastName}
            />
          </div>
          <TextField
            id={fid('email')}
            label="Adresse électronique"
            hint="Son identifiant ; le lien d’activation y est envoyé."
            type="email"
            autocomplete="off"
            value={form.email}
            onInput={(e) => setForm('email', e.currentTarget.value)}
            error={errors().email}
          />
          <SelectField
            id={fid('role')}
            label="Rôle"
            options={roleOptions}
            value={form.role}
            onChange={(e) => setForm('role', e.currentTarget.value as StaffRole)}
            error={errors().role}
          />
        </>
      )}
    </SetupForm>
  );
}
