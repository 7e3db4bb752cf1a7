import type { RunningServer } from '../src/server.ts';
import { wsClient } from './http.ts';

/** The last mail sent to `to`, read as staff read it in «Courriels envoyés», with the secret of its link. */
export async function lastMailTo(server: RunningServer, staffToken: string, to: string) {
  const client = wsClient(server.url, staffToken);
  try {
    const [summary] = await client.trpc.mail.list.query({ to });
    if (!summary) throw new Error(`no mail to ${to}`);
    const mail = await client.trpc.mail.get.query({ id: summary.id });
    return { ...mail, linkToken: mail.text.match(/#([\w-]{43})/)?.[1] };
  } finally {
    client.close();
  }
}
