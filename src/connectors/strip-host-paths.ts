import os from 'node:os';
import path from 'node:path';

/**
 * A message without the host's layout, for text a model sees: each known path (the database file) becomes its
 * file name, and home folders become ~.
 */
export function stripHostPaths(message: string, knownPaths: readonly string[] = []): string {
  let text = message;
  for (const known of [...knownPaths].sort((a, b) => b.length - a.length)) {
    if (known.length > 1 && path.isAbsolute(known)) text = text.replaceAll(known, path.basename(known));
  }
  const home = os.homedir();
  if (home.length > 1) text = text.replaceAll(home, '~');
  return text.replace(/(?<![\w.~-])\/(?:root|home\/[^/\s'"]+|Users\/[^/\s'"]+)(?=\/|\b)/g, '~');
}
