import type { NamespaceConfig } from '../config/config-schema.js';

export interface ServerConnectionOptions {
  host: string;
  port?: number;
  database?: string;
  user?: string;
  password?: string;
}

/** A postgres/mysql namespace's url with its separate keys (host, port, database, user, password) filling in or overriding the parts. */
export function serverConnectionOptions(config: NamespaceConfig): ServerConnectionOptions {
  const fromUrl: Partial<ServerConnectionOptions> = {};
  if (config.url) {
    const url = new URL(config.url);
    if (url.hostname) fromUrl.host = decodeURIComponent(url.hostname).replace(/^\[|\]$/g, '');
    if (url.port) fromUrl.port = Number(url.port);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (database) fromUrl.database = database;
    if (url.username) fromUrl.user = decodeURIComponent(url.username);
    if (url.password) fromUrl.password = decodeURIComponent(url.password);
  }
  return {
    host: config.host ?? fromUrl.host ?? 'localhost',
    ...((config.port ?? fromUrl.port) !== undefined ? { port: config.port ?? fromUrl.port } : {}),
    ...((config.database ?? fromUrl.database) !== undefined ? { database: config.database ?? fromUrl.database } : {}),
    ...((config.user ?? fromUrl.user) !== undefined ? { user: config.user ?? fromUrl.user } : {}),
    ...((config.password ?? fromUrl.password) !== undefined ? { password: config.password ?? fromUrl.password } : {}),
  };
}
