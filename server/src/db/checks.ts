/** SQL CHECK fragments shared by several tables, so that every table states a format the same way. */

/** A time of day 'HH:MM', which sorts and compares correctly as text. */
export const timeOfDayCheck = (column: string) => `${column} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/** A non-empty set of ISO weekdays, 1 Monday … 7 Sunday. */
export const weekdaysCheck = (column: string) =>
  `cardinality(${column}) > 0 and ${column} <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]`;

/**
 * A unit's `${action}AcceptUntil` / `${action}RequestUntil` deadlines: well-formed, and the request deadline
 * never before the accept one (equal deadlines mean « no requests, straight to locked »).
 */
export function deadlineChecks(table: string, action: 'book' | 'cancel') {
  const accept = `${action}_accept_until`;
  const request = `${action}_request_until`;
  return [
    ...[accept, request].map((d) => ({
      name: `${table}_${d}_check`,
      expression: `${d}_days_before >= 0 and ${timeOfDayCheck(`${d}_time`)}`,
    })),
    {
      name: `${table}_${action}_deadlines_order_check`,
      expression:
        `${accept}_days_before > ${request}_days_before or ` +
        `(${accept}_days_before = ${request}_days_before and ${accept}_time <= ${request}_time)`,
    },
  ];
}
