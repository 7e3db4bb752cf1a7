import { formatEuros } from '@portail/shared/billing/format';
import { sandboxTestCards } from '@portail/shared/payments/labels';
import type { SandboxOperationEntity } from './entities.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Plain HTML and a form POST: the portal's CSP allows no script, and this page needs none. */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#111827;background:#f3f4f6}
.demo{margin:0;padding:12px 16px;background:#fef3c7;color:#78350f;border-bottom:2px solid #b45309;text-align:center;font-weight:700}
main{max-width:32rem;margin:24px auto;padding:24px;background:#fff;border-radius:8px;border:1px solid #d1d5db}
h1{font-size:1.5rem;margin:0 0 16px}
h2{font-size:1.1rem;margin:24px 0 8px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0 0 16px}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.amount{font-size:1.5rem;font-weight:700}
label{display:block;font-weight:600;margin:16px 0 4px}
input{width:100%;font-size:1.1rem;padding:10px 12px;border:2px solid #4b5563;border-radius:6px;font-variant-numeric:tabular-nums}
input[aria-invalid="true"]{border-color:#b91c1c}
.help{margin:4px 0 0;color:#374151;font-size:.95rem}
.error{margin:8px 0 0;color:#b91c1c;font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:12px;margin-top:20px}
button,.button{font:inherit;font-weight:600;padding:12px 20px;border-radius:6px;cursor:pointer;text-decoration:none;display:inline-block}
.primary{background:#1d4ed8;color:#fff;border:2px solid #1d4ed8}
.secondary{background:#fff;color:#1d4ed8;border:2px solid #1d4ed8}
button:focus-visible,.button:focus-visible,input:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
ul{padding-left:20px;margin:0}
code{font-size:1rem}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} — Banque de démonstration</title>
<style>${STYLE}</style>
</head>
<body>
<header><p class="demo">Banque de démonstration — aucun paiement réel</p></header>
<main>
${body}
</main>
</body>
</html>`;
}

const summary = (op: SandboxOperationEntity, payee: string) => `<dl>
<dt>Bénéficiaire</dt><dd>${escapeHtml(payee)}</dd>
<dt>Référence</dt><dd>${escapeHtml(op.reference)}</dd>
<dt>Objet</dt><dd>${escapeHtml(op.label)}</dd>
<dt>Montant</dt><dd class="amount">${escapeHtml(formatEuros(op.amountCents))}</dd>
</dl>`;

/** The card form: a test card number chooses the outcome; «Annuler» abandons. */
export function paymentPage(
  op: SandboxOperationEntity,
  payee: string,
  options: { error?: string; card?: string } = {},
): string {
  const invalid = options.error !== undefined;
  const cards = sandboxTestCards
    .map((c) => `<li><code>${c.number}</code> : ${escapeHtml(c.label)}</li>`)
    .join('\n');
  return page(
    'Paiement par carte',
    `<h1>Paiement par carte</h1>
${summary(op, payee)}
<form method="post" action="/banque/paiement" novalidate>
<input type="hidden" name="idop" value="${escapeHtml(op.id)}">
<label for="carte">Numéro de carte</label>
<input id="carte" name="carte" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
 maxlength="23" value="${escapeHtml(options.card ?? '')}" aria-describedby="carte-aide${invalid ? ' carte-erreur' : ''}"${invalid ? ' aria-invalid="true" autofocus' : ''}>
<p class="help" id="carte-aide">16 chiffres, espaces permis. Utilisez une carte de test ci-dessous.</p>
${invalid ? `<p class="error" id="carte-erreur">${escapeHtml(options.error ?? '')}</p>` : ''}
<div class="actions">
<button type="submit" name="action" value="payer" class="primary">Payer ${escapeHtml(formatEuros(op.amountCents))}</button>
<button type="submit" name="action" value="annuler" class="secondary">Annuler et revenir au portail</button>
</div>
</form>
<h2>Cartes de test</h2>
<ul>
${cards}
</ul>`,
  );
}

/** An operation already decided or lapsed: nothing to pay here any more. */
export function finishedPage(op: SandboxOperationEntity, payee: string, returnUrl: string): string {
  return page(
    'Opération terminée',
    `<h1>Opération terminée</h1>
<p>Cette opération de paiement est terminée ou a expiré : elle ne peut plus être utilisée.</p>
${summary(op, payee)}
<p><a class="button primary" href="${escapeHtml(returnUrl)}">Revenir au portail</a></p>`,
  );
}

export function unknownOperationPage(): string {
  return page(
    'Opération inconnue',
    `<h1>Opération inconnue</h1>
<p>Cette opération de paiement n'existe pas ou a expiré. Revenez au portail pour relancer le paiement.</p>
<p><a class="button primary" href="/factures">Revenir au portail</a></p>`,
  );
}
