import type { NamespaceConfig } from '../config/config-schema.js';
import { redactUrl } from './redact-url.js';

/** The server a postgres/mysql namespace points at, for messages: never carries the password. */
export function serverLocation(config: NamespaceConfig): string {
  if (config.url) return redactUrl(config.url);
  const scheme = config.type === 'mysql' ? 'mysql' : 'postgres';
  const user = config.user ? `${encodeURIComponent(config.user)}@` : '';
  const port = config.port ? `:${config.port}` : '';
  const database = config.database ? `/${encodeURIComponent(config.database)}` : '';
  return `${scheme}://${user}${config.host ?? 'localhost'}${port}${database}`;
}
