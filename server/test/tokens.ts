import type { RunningServer } from '../src/server.ts';

/** A guardian's access token, as after sign-in: signed with the server's key, without the password's hashing. */
export async function guardianToken(
  server: Pick<RunningServer, 'tokens'>,
  of: { guardian: { id: number }; family: { id: number } },
): Promise<string> {
  const signed = await server.tokens.sign({
    kind: 'guardian',
    guardianId: of.guardian.id,
    familyId: of.family.id,
    sessionId: crypto.randomUUID(),
  });
  return signed.token;
}
