/** A connection URL without its password, and the password it held (decoded), if any. */
export function splitPassword(url: string): { url: string; password?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.password) return { url };
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), password };
}

/** The environment variable a namespace's password is read from: SLUICE_<NAME>_PASSWORD. */
export function passwordVariable(namespace: string): string {
  return `SLUICE_${namespace.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_PASSWORD`;
}
