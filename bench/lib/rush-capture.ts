import pg from 'pg';

export type Statement = { text: string; values: unknown[] };

/**
 * The statements `work` sends to PostgreSQL, with their parameters, in order: recorded at the `pg` driver
 * (under MikroORM and Kysely), so that a baseline can send exactly the same SQL. Only meant for one call at
 * a time in the load generator's process, never in a server under test.
 */
export async function capturedStatements(work: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') statements.push({ text: first, values: (second as unknown[]) ?? [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { text: string; values?: unknown[] };
      statements.push({ text: q.text, values: q.values ?? (second as unknown[]) ?? [] });
    }
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return statements;
}
