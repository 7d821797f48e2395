import { z } from 'zod';
import { FiscalYearStartSchema } from '../dates/fiscal-year-start-schema.js';

export const NamespaceTypeSchema = z.enum(['demo', 'duckdb', 'postgres', 'mysql', 'sqlite', 'files']);
export type NamespaceType = z.infer<typeof NamespaceTypeSchema>;

/** Keys each namespace type accepts besides type, metrics, docs, examples, fiscal_year_start and the resource limits. */
const KEYS_BY_TYPE: Record<NamespaceType, readonly string[]> = {
  demo: ['memory_limit', 'threads'],
  duckdb: ['path', 'memory_limit', 'threads'],
  sqlite: ['path'],
  files: ['path', 'memory_limit', 'threads'],
  postgres: ['url', 'host', 'port', 'database', 'user', 'password', 'schemas', 'sslmode'],
  mysql: ['url', 'host', 'port', 'database', 'user', 'password', 'ssl'],
};

export const NamespaceConfigSchema = z
  .object({
    /**
     * demo: the embedded retail database, built on first use. duckdb / sqlite: a database file, opened read-only.
     * files: a folder or glob of CSV, TSV, Parquet and JSON files, one table each. postgres / mysql: a server.
     */
    type: NamespaceTypeSchema,
    /** duckdb and sqlite: the database file. files: a folder, or a glob such as data/*.parquet. */
    path: z.string().min(1).optional(),
    /** postgres / mysql: a connection URL; the separate keys below fill in or override its parts. */
    url: z.string().min(1).optional(),
    host: z.string().min(1).optional(),
    port: z.number().int().min(1).max(65_535).optional(),
    database: z.string().min(1).optional(),
    user: z.string().min(1).optional(),
    password: z.string().optional(),
    /** postgres: schemas whose tables sluice may see (default: every non-system schema). */
    schemas: z.array(z.string().min(1)).min(1).optional(),
    sslmode: z.enum(['disable', 'prefer', 'require', 'verify-ca', 'verify-full']).optional(),
    /** mysql: connect over TLS. */
    ssl: z.boolean().optional(),
    /** duckdb, demo and files: DuckDB's memory_limit for this namespace's queries (default 1GB). */
    memory_limit: z
      .string()
      .regex(/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'a size such as 512MB or 2GB')
      .optional(),
    /** duckdb, demo and files: threads DuckDB may use for one namespace (default 2). */
    threads: z.number().int().min(1).max(256).optional(),
    /** YAML file of business metric definitions. */
    metrics: z.string().min(1).optional(),
    /** Folder of markdown docs (glossary, definitions). */
    docs: z.string().min(1).optional(),
    /** YAML or JSONL file of confirmed question/SQL pairs the team keeps in git, used beside the user's own. */
    examples: z.string().min(1).optional(),
    /** First day of the fiscal year, a month number or MM-DD, for "FY25" and "last fiscal year" (default: January 1). */
    fiscal_year_start: FiscalYearStartSchema.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (['duckdb', 'sqlite', 'files'].includes(value.type) && !value.path) {
      ctx.addIssue({ code: 'custom', path: ['path'], message: `a ${value.type} namespace needs a path` });
    }
    if ((value.type === 'postgres' || value.type === 'mysql') && !value.url && !value.host) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `a ${value.type} namespace needs a url (or a host)` });
    }
    const allowed = new Set(['type', 'metrics', 'docs', 'examples', 'fiscal_year_start', ...KEYS_BY_TYPE[value.type]]);
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" does not apply to a ${value.type} namespace` });
      }
    }
  });
export type NamespaceConfig = z.infer<typeof NamespaceConfigSchema>;

export const ModelConfigSchema = z
  .object({
    /** offline: deterministic, no network. openai: any OpenAI-compatible chat-completions server. gold: replays a benchmark's gold SQL. */
    provider: z.enum(['offline', 'openai', 'gold']),
    model: z.string().min(1).optional(),
    base_url: z.string().min(1).optional(),
    api_key: z.string().optional(),
    temperature: z.number().min(0).max(2).default(0),
    max_output_tokens: z.number().int().positive().default(1024),
    context_window: z.number().int().positive().default(128_000),
    timeout_ms: z.number().int().positive().default(60_000),
    retries: z.number().int().min(0).max(10).default(3),
    /** A bigger answer fails as the server's fault instead of filling memory (default 4 MB). */
    max_response_bytes: z.number().int().min(1024).max(1024 ** 3).optional(),
    /** Use strict JSON-schema output; false falls back to JSON mode plus validation. */
    structured_output: z.enum(['auto', 'json_schema', 'json_object']).default('auto'),
  })
  .strict();
export type ModelConfig = z.infer<typeof ModelConfigSchema>;

export const PriceSchema = z
  .object({
    prompt_per_million: z.number().min(0),
    completion_per_million: z.number().min(0),
    cached_per_million: z.number().min(0).optional(),
  })
  .strict();

export const DefaultsSchema = z
  .object({
    namespace: z.string().min(1).default('demo'),
    plan: z.string().min(1).default('reflection'),
    model: z.string().min(1).default('offline'),
    max_iterations: z.number().int().min(0).max(20).default(3),
    query_timeout_ms: z.number().int().positive().default(30_000),
    max_rows: z.number().int().positive().default(1_000),
    /** Tokens of schema, values, metrics and docs a prompt may carry. */
    prompt_budget_tokens: z.number().int().positive().default(6_000),
    node_timeout_ms: z.number().int().positive().default(120_000),
    node_retries: z.number().int().min(0).max(10).default(0),
  })
  .strict();

export const ConfigSchema = z
  .object({
    namespaces: z.record(z.string(), NamespaceConfigSchema).default({}),
    models: z.record(z.string(), ModelConfigSchema).default({}),
    defaults: DefaultsSchema.default(DefaultsSchema.parse({})),
    /** Per-node settings, e.g. a cheap model for reflect. */
    nodes: z
      .record(z.string(), z.object({ model: z.string().min(1).optional() }).strict())
      .default({}),
    prices: z.record(z.string(), PriceSchema).default({}),
    /** Prompt template overrides: node name to a file path. */
    prompts: z.record(z.string(), z.string()).default({}),
    cache_dir: z.string().optional(),
    /** JavaScript modules that register custom nodes (each exports `nodes: NodeDefinition[]`). */
    plugins: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type SluiceConfig = z.infer<typeof ConfigSchema>;
