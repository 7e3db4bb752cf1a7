import { useLocation } from '@solidjs/router';
import { For, type JSX } from 'solid-js';
import { paths } from '../app/paths.ts';
import './staff.css';

const sections = [
  {
    href: paths.staff,
    label: 'Familles',
    owns: (p: string) => p === paths.staff || (p.startsWith('/agents/familles/') && p !== paths.newFamily),
  },
  { href: paths.newFamily, label: 'Nouvelle famille', owns: (p: string) => p === paths.newFamily },
  { href: paths.mails, label: 'Courriels envoyés', owns: (p: string) => p.startsWith(paths.mails) },
  { href: paths.requests, label: 'Demandes à traiter', owns: (p: string) => p.startsWith(paths.requests) },
  { href: paths.occupancy, label: 'Occupation', owns: (p: string) => p.startsWith(paths.occupancy) },
  { href: paths.dailyLists, label: 'Listes du jour', owns: (p: string) => p.startsWith(paths.dailyLists) },
  { href: paths.staffBilling, label: 'Facturation', owns: (p: string) => p.startsWith(paths.staffBilling) },
  { href: paths.staffPayments, label: 'Paiements', owns: (p: string) => p.startsWith(paths.staffPayments) },
  { href: paths.staffMenus, label: 'Menus', owns: (p: string) => p.startsWith(paths.staffMenus) },
  { href: paths.staffDocuments, label: 'Documents', owns: (p: string) => p.startsWith(paths.staffDocuments) },
  { href: paths.staffSetup, label: 'Paramétrage', owns: (p: string) => p.startsWith(paths.staffSetup) },
  { href: paths.staffTeam, label: 'Équipe', owns: (p: string) => p.startsWith(paths.staffTeam) },
];

/** The staff console's frame: its own navigation above each page, wrapping on a phone. */
export function StaffConsole(props: { children?: JSX.Element }) {
  const location = useLocation();
  return (
    <>
      <nav class="console-nav" aria-label="Console des agents">
        <div class="container">
          <ul class="console-nav__list">
            <For each={sections}>
              {(section) => (
                // A plain link (the router still handles it): a family's page belongs to «Familles».
                <li>
                  <a
                    href={section.href}
                    class="console-nav__link"
                    aria-current={section.owns(location.pathname) ? 'page' : undefined}
                  >
                    {section.label}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </div>
      </nav>
      {props.children}
    </>
  );
}
