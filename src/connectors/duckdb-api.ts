import { createRequire } from 'node:module';

/**
 * @duckdb/node-api, required rather than imported: it is CommonJS, and an ESM import first scans its ~180 files for
 * their export names, which cost more start-up than loading them.
 */
export const duckdb: typeof import('@duckdb/node-api') = createRequire(import.meta.url)('@duckdb/node-api');
