import type { Municipality } from '@portail/shared/municipality/schema';
import { type RenderedMail, renderMail } from '../mail/layout.ts';

type Person = { firstName: string; lastName: string; email: string };

/**
 * Mailed links carry their secret in the fragment (#…): browsers never send it to the server, so it stays
 * out of access logs and Referer headers.
 */
export const accountLinks = {
  activation: (publicUrl: string, token: string) => `${publicUrl}/activation#${token}`,
  passwordReset: (publicUrl: string, token: string) => `${publicUrl}/mot-de-passe#${token}`,
  emailChange: (publicUrl: string, token: string) => `${publicUrl}/confirmation-courriel#${token}`,
};

export function activationMail(m: Municipality, to: Person, link: string): RenderedMail {
  return renderMail(m, `Activez votre compte Portail Famille — ${m.name}`, {
    title: 'Votre espace Portail Famille est prêt',
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      `Le ${m.serviceName} a créé votre compte personnel sur le Portail Famille.`,
      `Votre identifiant : ${to.email}`,
      'Pour activer votre compte, choisissez votre mot de passe avec le lien ci-dessous. Il est personnel : personne d’autre, pas même le service, ne le connaîtra.',
    ],
    action: { label: 'Activer mon compte', url: link },
    afterAction: ['Ce lien ne sert qu’une fois et reste valable 48 heures.'],
  });
}

export function passwordResetMail(m: Municipality, to: Person, link: string): RenderedMail {
  return renderMail(m, `Identifiant et mot de passe — Portail Famille ${m.name}`, {
    title: 'Identifiant ou mot de passe oublié',
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      'Vous avez demandé à retrouver l’accès à votre espace Portail Famille.',
      `Rappel de votre identifiant : ${to.email}`,
      'Pour choisir un nouveau mot de passe, utilisez le lien ci-dessous.',
    ],
    action: { label: 'Choisir un nouveau mot de passe', url: link },
    afterAction: [
      'Ce lien ne sert qu’une fois et reste valable 1 heure.',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel : votre mot de passe reste inchangé.',
    ],
  });
}

export function emailChangeMail(m: Municipality, to: Person, newEmail: string, link: string): RenderedMail {
  return renderMail(m, `Confirmez votre nouvelle adresse — Portail Famille ${m.name}`, {
    title: 'Confirmez votre nouvelle adresse électronique',
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      `Vous avez demandé à utiliser l’adresse ${newEmail} pour votre espace Portail Famille.`,
      'Elle deviendra votre identifiant dès que vous l’aurez confirmée avec le lien ci-dessous.',
    ],
    action: { label: 'Confirmer cette adresse', url: link },
    afterAction: ['Ce lien ne sert qu’une fois et reste valable 48 heures.'],
  });
}

export function emailChangedNotice(m: Municipality, to: Person, newEmail: string): RenderedMail {
  return renderMail(m, `Votre identifiant a changé — Portail Famille ${m.name}`, {
    title: 'Votre adresse électronique a été modifiée',
    greeting: `Bonjour ${to.firstName} ${to.lastName},`,
    paragraphs: [
      `Votre identifiant Portail Famille est désormais ${newEmail}.`,
      `Si vous n’êtes pas à l’origine de ce changement, contactez sans attendre le ${m.serviceName} au ${m.phone}.`,
    ],
  });
}
