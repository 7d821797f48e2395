/** A connection URL with its password (and any password/secret query parameter) replaced, safe for messages and save dirs. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
  if (parsed.password) parsed.password = '***';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/pass|secret|token|key/i.test(key)) parsed.searchParams.set(key, '***');
  }
  return parsed.toString();
}

/** Removes every occurrence of the given secrets from a message (drivers sometimes echo connection strings). */
export function withoutSecrets(message: string, secrets: readonly (string | undefined)[]): string {
  let text = message;
  for (const secret of secrets) {
    if (secret && secret.length >= 3) text = text.split(secret).join('***');
  }
  return text;
}
