/** What a socket error code says about the server, for a user who must start it or correct its address. */
const MEANING: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening at that address',
  ENOTFOUND: 'that host name is not known',
  EAI_AGAIN: 'that host name could not be looked up',
  ETIMEDOUT: 'the server did not answer in time',
  EHOSTUNREACH: 'that host cannot be reached',
  ENETUNREACH: 'that network cannot be reached',
};

/**
 * "nothing is listening at that address: is the server up, and is that its address? …" when the connection failed before any
 * server answered; undefined when a server answered (a refused login or a missing database says so itself).
 */
export function serverUnreachableHint(error: unknown, namespace: string): string | undefined {
  const meaning = socketCodes(error).map((code) => MEANING[code]).find(Boolean);
  if (!meaning) return undefined;
  return `${meaning}: is the database server up, and is that its address? Start it, or correct the url (or host and port) of namespace "${namespace}" in sluice.yml`;
}

/** Node reports a name with several addresses as an AggregateError whose inner errors carry the codes. */
function socketCodes(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const own = (error as { code?: unknown }).code;
  const inner = error instanceof AggregateError ? error.errors.flatMap(socketCodes) : [];
  return [...(typeof own === 'string' ? [own] : []), ...inner];
}
