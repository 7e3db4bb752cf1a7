const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** «PDF», or the file's extension when the type is not one a parent would recognise by name. */
export function fileTypeLabel(mimeType: string, fileName: string): string {
  const known = typeLabels[mimeType];
  if (known) return known;
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1];
  return extension ? extension.toUpperCase() : 'Fichier';
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** «12 Ko», «1,4 Mo»: French units, as service-public.fr writes them. */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
  return `${decimal.format(bytes / (1024 * 1024))} Mo`;
}
