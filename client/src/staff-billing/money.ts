/** « 45,60 », « 45.6 » or « 45 » (euros) → 4560 cents; undefined when it is not an amount. */
export function parseEuros(text: string): number | undefined {
  const match = /^(\d{1,6})(?:[,.](\d{1,2}))?$/.exec(text.trim().replace(/\s|€/g, ''));
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? cents : undefined;
}
