import type OpenAI from 'openai';
import type { z } from 'zod';
import type { Context } from '../../context/context-schema.js';
import { answerSchemaNames, answerSchemas, sharedAnswerJsonSchema, type PromptNode } from '../../prompt/answer-schemas.js';
import { buildPrompt } from '../../prompt/build-prompt.js';
import { compareReference } from '../../prompt/build-prompt-material.js';
import type { ModelProviderContext } from '../model-providers.js';
import type { GeneratedSql, ModelCallOptions, SqlModel } from '../sql-model.js';
import { ModelError } from './model-error.js';
import { ownEntry } from '../../own-entry.js';
import { createOpenAiClient, resolveOpenAiEndpoint } from './openai-endpoint.js';
import { ResponseCache } from './response-cache.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { sendChatRequest } from './send-chat-request.js';
import { StructuredCaller, type StructuredResult } from './structured-caller.js';
import { noUsage } from './usage-cost.js';

export interface OpenAiModelOverrides {
  /** Backoff timing (tests shorten it); retries come from the model's config. */
  retry?: Partial<Omit<RetryPolicy, 'retries'>>;
  env?: NodeJS.ProcessEnv;
}

/** An SqlModel backed by any OpenAI-compatible chat-completions server. */
export function createOpenAiModel(ctx: ModelProviderContext, overrides: OpenAiModelOverrides = {}): SqlModel {
  const { config, settings, sluiceConfig } = ctx;
  let caller: StructuredCaller | undefined;

  // Resolved on first use, so a model that is configured but not used never fails a run.
  const structuredCaller = (): StructuredCaller => {
    if (!caller) {
      const endpoint = resolveOpenAiEndpoint(ctx.name, config, overrides.env, Boolean(ownEntry(sluiceConfig.models, ctx.name)));
      let client: OpenAI | undefined;
      caller = new StructuredCaller({
        endpoint,
        config,
        client: () => (client ??= createOpenAiClient(endpoint, config.timeout_ms, config.max_response_bytes)),
        prices: sluiceConfig.prices,
        retry: { ...defaultRetryPolicy, ...overrides.retry, retries: config.retries },
        cache: settings.noCache ? undefined : new ResponseCache(settings.cacheDir),
      });
    }
    return caller;
  };

  const ask = async <N extends PromptNode>(
    node: N,
    context: Context,
    callOptions: ModelCallOptions,
  ): Promise<StructuredResult<z.infer<(typeof answerSchemas)[N]>>> => {
    const structured = structuredCaller();
    // Request and response records are large: they are only made for --debug.
    const options = settings.debug ? callOptions : { ...callOptions, trace: undefined };
    const windowTokens = config.context_window - config.max_output_tokens;
    const prompt = buildPrompt(context, {
      node,
      dialect: options.dialect,
      parameters: options.parameters,
      templates: sluiceConfig.prompts,
      budgetTokens: settings.promptBudgetTokens,
      windowTokens,
    });
    const { report } = prompt;
    if (report.dropped.length > 0) {
      options.progress?.(`prompt fitted to the budget: ${report.tokens_before} -> ${report.tokens_after} tokens`, { prompt: report });
    }
    options.trace?.({ type: 'llm_prompt', model: ctx.name, template: prompt.template.source, prompt: report });
    // `fits` is false whenever the prompt is over the window; checking it first spares the exact count.
    if (!report.fits && report.tokens_after > windowTokens) {
      throw new ModelError(
        'bad_request',
        `the ${node} prompt needs ${report.tokens_after} tokens, more than models.${ctx.name} allows (context_window ${config.context_window} minus max_output_tokens ${config.max_output_tokens}), ` +
          `even with the material cut to the question: raise context_window if the model has a larger one, or shorten the prompt template`,
      );
    }
    // The node's schema as every request sends it, shared (prompt.output_schema would be a copy of the same).
    const jsonSchema = sharedAnswerJsonSchema(node) as Record<string, unknown>;
    const narrowed = node === 'reflect' ? withStrategies(jsonSchema, prompt.messages.user, options.strategies) : undefined;
    const messages = [
      ...(prompt.messages.system ? [{ role: 'system' as const, content: prompt.messages.system }] : []),
      { role: 'user' as const, content: narrowed?.user ?? prompt.messages.user },
    ];
    const result = await structured.call(
      { messages, schema: answerSchemas[node] as z.ZodType<unknown>, schemaName: answerSchemaNames[node], jsonSchema: narrowed?.jsonSchema ?? jsonSchema },
      options,
    );
    return result as StructuredResult<z.infer<(typeof answerSchemas)[N]>>;
  };

  const sqlAnswer = async (node: 'generate_sql' | 'fix', context: Context, options: ModelCallOptions): Promise<GeneratedSql> => {
    const { value, usage } = await ask(node, context, options);
    const declined = value.unanswerable?.trim();
    return { sql: cleanSql(value.sql), explanation: value.explanation, tables_used: value.tables_used, ...(declined ? { unanswerable: declined } : {}), usage };
  };

  return {
    name: ctx.name,
    judgesAnswerability: true,
    generateSql: (context, options) => sqlAnswer('generate_sql', context, options),
    fix: (context, options) => sqlAnswer('fix', context, options),
    async reflect(context, options) {
      const { value, usage } = await ask('reflect', context, options);
      return { strategy: value.strategy, reason: value.reason, unaddressed: value.unaddressed, usage };
    },
    async compare(context, options) {
      const reference = compareReference(context, options.parameters);
      if (!reference || context.sql_attempts.length === 0) {
        options.progress?.('nothing to compare: no reference SQL (parameters.expected_sql) and no earlier attempt that ran');
        return { against: 'nothing', matches: true, differences: [], usage: { ...noUsage } };
      }
      const { value, usage } = await ask('compare', context, options);
      return { against: reference.label, matches: value.matches, differences: value.differences, usage };
    },
  };
}

/** Answers sometimes wrap the SQL in a fence or end it with a semicolon; the executor wants one bare statement. */
export function cleanSql(sql: string): string {
  return sql
    .trim()
    .replace(/^```(?:sql)?\s*\n?/i, '')
    .replace(/\n?```$/, '')
    .trim()
    .replace(/;+\s*$/, '')
    .trim();
}

/** One tiny request: does this configured model answer? Returns the latency in milliseconds. */
export async function pingOpenAiModel(ctx: ModelProviderContext, signal: AbortSignal, overrides: OpenAiModelOverrides = {}): Promise<number> {
  const endpoint = resolveOpenAiEndpoint(ctx.name, ctx.config, overrides.env, Boolean(ownEntry(ctx.sluiceConfig.models, ctx.name)));
  const answer = await sendChatRequest(
    createOpenAiClient(endpoint, ctx.config.timeout_ms),
    endpoint,
    { model: endpoint.model, messages: [{ role: 'user', content: 'Reply with: ok' }], [endpoint.tokenLimitParameter]: 1 },
    { signal, timeoutMs: ctx.config.timeout_ms, stream: false },
  );
  return answer.latency_ms;
}

/**
 * Reflect may only choose what the namespace supports (no doc_search without docs): the answer schema's enum
 * says so to servers with strict output, and one line in the question says so to the others.
 */
function withStrategies(
  jsonSchema: Record<string, unknown>,
  user: string,
  strategies: readonly string[] | undefined,
): { jsonSchema: Record<string, unknown>; user: string } | undefined {
  const properties = jsonSchema.properties as Record<string, { enum?: string[] }> | undefined;
  const all = properties?.strategy?.enum;
  if (!strategies || !all) return undefined;
  const missing = all.filter((strategy) => !strategies.includes(strategy));
  if (missing.length === 0) return undefined;
  const narrowed = structuredClone(jsonSchema) as { properties: Record<string, { enum?: string[] }> };
  narrowed.properties.strategy!.enum = all.filter((strategy) => strategies.includes(strategy));
  return { jsonSchema: narrowed, user: `${user}\n\nNot available in this namespace: ${missing.join(', ')}.` };
}
