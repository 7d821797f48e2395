import type { ConnectionOptions } from 'node:tls';
import type { ClientConfig } from 'pg';
import type { NamespaceConfig } from '../../config/config-schema.js';
import { ConnectorError } from '../connector-error.js';
import { serverLocation } from '../server-location.js';

export type SslMode = NonNullable<NamespaceConfig['sslmode']>;

/** Where and as whom to connect: the url's parts, each overridden by the namespace's separate key. */
export function postgresConnectionOptions(config: NamespaceConfig): ClientConfig {
  const fromUrl = config.url ? parsePostgresUrl(config.url, serverLocation(config)) : {};
  const sslmode = config.sslmode ?? fromUrl.sslmode;
  return {
    host: config.host ?? fromUrl.host,
    port: config.port ?? fromUrl.port,
    database: config.database ?? fromUrl.database,
    user: config.user ?? fromUrl.user,
    password: config.password ?? fromUrl.password,
    ...(sslmode ? { ssl: sslOption(sslmode) } : {}),
    application_name: 'sluice',
    // ISO dates whatever the server's default, and a read-only default even outside sluice's own transactions.
    options: '-c DateStyle=ISO,MDY -c IntervalStyle=postgres -c default_transaction_read_only=on',
    connectionTimeoutMillis: 10_000,
  };
}

/** pg's `ssl` option for a libpq sslmode; `prefer` starts with TLS and the connector falls back to plain when refused. */
function sslOption(mode: SslMode): false | ConnectionOptions {
  switch (mode) {
    case 'disable':
      return false;
    case 'prefer':
    case 'require':
      return { rejectUnauthorized: false };
    case 'verify-ca':
      return { rejectUnauthorized: true, checkServerIdentity: () => undefined };
    case 'verify-full':
      return { rejectUnauthorized: true };
  }
}

interface UrlParts {
  host?: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
  sslmode?: SslMode;
}

const SSL_MODES: readonly string[] = ['disable', 'prefer', 'require', 'verify-ca', 'verify-full'];

function parsePostgresUrl(url: string, location: string): UrlParts {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConnectorError(`not a valid connection url: ${location}`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConnectorError(`a postgres url starts with postgres:// or postgresql:// (got ${location})`);
  }
  const decode = (text: string) => (text ? decodeURIComponent(text) : undefined);
  const sslmode = parsed.searchParams.get('sslmode') ?? undefined;
  if (sslmode !== undefined && !SSL_MODES.includes(sslmode)) {
    throw new ConnectorError(`unknown sslmode "${sslmode}" in ${location}; use one of ${SSL_MODES.join(', ')}`);
  }
  return {
    host: parsed.searchParams.get('host') ?? (decode(parsed.hostname.replace(/^\[|\]$/g, '')) || undefined),
    port: parsed.port ? Number(parsed.port) : undefined,
    database: decode(parsed.pathname.slice(1)),
    user: decode(parsed.username) ?? parsed.searchParams.get('user') ?? undefined,
    password: decode(parsed.password),
    sslmode: sslmode as SslMode | undefined,
  };
}
