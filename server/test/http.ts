import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import type { AppRouter } from '../src/router.ts';

export type HttpResult = {
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data: { code: string; appCode?: string } } };
  cookie: string | undefined;
  setCookie: string | undefined;
};

/** Calls a tRPC mutation over HTTP as the browser does for cookie-bearing procedures. */
export async function mutate(
  url: string,
  path: string,
  input: unknown,
  options: { cookie?: string; token?: string } = {},
): Promise<HttpResult> {
  const res = await fetch(`${url}/trpc/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: input === undefined ? undefined : JSON.stringify(input),
  });
  const setCookie = res.headers.get('set-cookie') ?? undefined;
  return {
    status: res.status,
    body: (await res.json()) as HttpResult['body'],
    setCookie,
    cookie: setCookie?.split(';')[0],
  };
}

/** Signs in through the real endpoint: the access token and the refresh cookie as a browser would hold them. */
export async function login(url: string, email: string, password: string) {
  const res = await mutate(url, 'auth.login', { email, password });
  if (res.status !== 200) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
  const data = res.body.result?.data as { accessToken: string };
  return { token: data.accessToken, cookie: res.cookie as string };
}

/** A tRPC client over the WebSocket, as the PWA connects, with the access token in connectionParams. */
export function wsClient(url: string, token?: string) {
  const client = createWSClient({
    url: `${url.replace('http', 'ws')}/trpc`,
    connectionParams: token ? { token } : undefined,
  });
  return {
    trpc: createTRPCClient<AppRouter>({ links: [wsLink({ client })] }),
    raw: client,
    close: () => client.close(),
  };
}
