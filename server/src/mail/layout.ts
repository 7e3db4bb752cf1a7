import type { Municipality } from '@portail/shared/municipality/schema';

export type MailContent = {
  title: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  afterAction?: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The one layout of every mail: French, plain text and HTML with the same words, signed with the
 * municipality's name and the service's contact so a parent can check the mail is genuine and answer it.
 */
export function renderMail(municipality: Municipality, subject: string, content: MailContent): RenderedMail {
  const signature = [
    `${municipality.serviceName} — ${municipality.name}`,
    municipality.address,
    `Tél. ${municipality.phone} · ${municipality.email}`,
    municipality.openingHours,
  ];
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label} : ${content.action.url}`, ''] : []),
    ...(content.afterAction ?? []).flatMap((p) => [p, '']),
    '—',
    ...signature,
  ].join('\n');

  const paragraph = (p: string) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`;
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#374151">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br>${escapeHtml(content.action.url)}</p>`
    : '';
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#111827;line-height:1.5;margin:0;padding:24px;background:#f3f4f6">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<p style="margin:0 0 8px;font-size:13px;color:#374151">${escapeHtml(municipality.name)} · Portail Famille</p>
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.title)}</h1>
${paragraph(content.greeting)}${content.paragraphs.map(paragraph).join('')}${button}${(content.afterAction ?? []).map(paragraph).join('')}
<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0">
<p style="margin:0;font-size:13px;color:#374151">${signature.map(escapeHtml).join('<br>')}</p>
</div></body></html>`;
  return { subject, text, html };
}
