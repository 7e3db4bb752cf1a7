import { type APIRequestContext, type Browser, expect, type TestInfo } from '@playwright/test';

/** The demo's staff sign-in (public, like the whole demo). Never the demo parent: tests create their own. */
export const agent = { email: 'agent@demo.fr', password: 'Demo-agent-2026', name: 'Nadia Benali' };

/** A strong password under the CNIL policy, free of the test guardians' names. */
export const strongPassword = 'Soleil-Levant-2026!';

/** An address nobody else uses: the e2e server is shared by both projects and every spec file. */
export const uniqueEmail = (what: string, info: TestInfo) =>
  `${what}-${info.project.name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@exemple.fr`;

type Call = { token?: string; input?: unknown };

/** A tRPC call over HTTP, as the page's own cookie procedures go. */
export async function trpc<T>(
  request: APIRequestContext,
  path: string,
  kind: 'query' | 'mutation',
  call: Call = {},
) {
  const headers = call.token ? { authorization: `Bearer ${call.token}` } : undefined;
  const response =
    kind === 'query'
      ? await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(call.input ?? null))}`, {
          headers,
        })
      : await request.post(`/trpc/${path}`, { headers, data: call.input ?? null });
  const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
  expect(response.ok(), `${path} : ${body.error?.message}`).toBe(true);
  return (body.result as { data: T }).data;
}

export async function signIn(request: APIRequestContext, email: string, password: string) {
  const signedIn = await trpc<{ accessToken: string }>(request, 'auth.login', 'mutation', {
    input: { email, password },
  });
  return signedIn.accessToken;
}

export type Guardian = { email: string; firstName: string; lastName: string; familyId: number };

/** A family with one guardian and one child, created by the agent; the activation mail is in the outbox. */
export async function createFamily(
  request: APIRequestContext,
  staff: string,
  email: string,
): Promise<Guardian> {
  const guardian = { firstName: 'Maëlys', lastName: 'Essai', email, phone: null, address: null };
  const family = await trpc<{ id: number }>(request, 'families.create', 'mutation', {
    token: staff,
    input: {
      quotientFamilial: 620,
      addressLine1: '3 place de la Mairie',
      addressLine2: null,
      postalCode: '34540',
      city: 'Valbourg',
      guardians: [guardian],
      children: [
        {
          firstName: 'Noé',
          lastName: 'Essai',
          birthDate: '2018-09-02',
          schoolLevel: 'elementaire',
          className: 'CE1',
        },
      ],
    },
  });
  return { ...guardian, familyId: family.id };
}

/** The link of the latest mail to `to` whose subject matches, as a path with its fragment. */
export async function linkFromOutbox(request: APIRequestContext, staff: string, to: string, subject: RegExp) {
  const list = await trpc<{ id: number; subject: string }[]>(request, 'mail.list', 'query', {
    token: staff,
    input: { to },
  });
  const summary = list.find((m) => subject.test(m.subject));
  expect(summary, `courriel « ${subject} » pour ${to}`).toBeDefined();
  const mail = await trpc<{ text: string }>(request, 'mail.get', 'query', {
    token: staff,
    input: { id: summary?.id },
  });
  const url = /https?:\/\/\S+#[\w-]+/.exec(mail.text)?.[0];
  expect(url, 'lien dans le courriel').toBeDefined();
  const { pathname, hash } = new URL(url ?? '');
  return `${pathname}${hash}`;
}

/** A guardian whose account is activated (through the API), ready to sign in. */
export async function activatedGuardian(request: APIRequestContext, email: string) {
  const staff = await signIn(request, agent.email, agent.password);
  const guardian = await createFamily(request, staff, email);
  const link = await linkFromOutbox(request, staff, email, /Activez votre compte/);
  await trpc(request, 'auth.activate', 'mutation', {
    input: { token: link.split('#')[1], password: strongPassword },
  });
  return { ...guardian, password: strongPassword, staff };
}

/** A second person on another device: a new browser context with the project's screen and language. */
export async function newVisitor(browser: Browser, info: TestInfo) {
  const { baseURL, locale, timezoneId, viewport, isMobile, hasTouch, userAgent, deviceScaleFactor } =
    info.project.use;
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId,
    viewport,
    isMobile,
    hasTouch,
    userAgent,
    deviceScaleFactor,
  });
  return { context, page: await context.newPage() };
}
