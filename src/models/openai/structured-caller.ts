import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import type { ModelConfig, SluiceConfig } from '../../config/config-schema.js';
import type { Usage } from '../../context/context-schema.js';
import type { ModelCallOptions } from '../sql-model.js';
import { isJsonSchemaUnsupported } from './classify-model-error.js';
import { ModelError } from './model-error.js';
import type { OpenAiEndpoint } from './openai-endpoint.js';
import { ResponseCache } from './response-cache.js';
import { withRetries, type RetryPolicy } from './retry-policy.js';
import { parseAnswer, type ParsedAnswer } from './parse-answer.js';
import { sendChatRequest, type ChatAnswer, type ChatRequestBody } from './send-chat-request.js';
import { callUsage, estimatedUsage, noUsage, sumUsage } from './usage-cost.js';

export interface StructuredRequest<T> {
  messages: ChatCompletionMessageParam[];
  schema: z.ZodType<T>;
  /** response_format name; stable per node. */
  schemaName: string;
  jsonSchema: Record<string, unknown>;
}

export interface StructuredResult<T> {
  value: T;
  raw: string;
  usage: Usage;
  cached: boolean;
}

export interface StructuredCallerOptions {
  endpoint: OpenAiEndpoint;
  config: ModelConfig;
  /** Made on first use. */
  client: () => OpenAI;
  prices: SluiceConfig['prices'];
  retry: RetryPolicy;
  /** Undefined when the cache is off (--no-cache) or not wanted. */
  cache?: ResponseCache;
}

type OutputMode = 'json_schema' | 'json_object';

/** Tokens paid for so far in one structured call, repair and retries included. */
interface UsageMeter {
  total: Usage;
}

/**
 * Asks for a zod-described answer: strict JSON-schema output where the server has it, else JSON mode; an answer
 * that does not validate gets one repair request, then fails as invalid_output with its text in the trace.
 */
export class StructuredCaller {
  /** Set once the server has refused json_schema, so later calls go straight to JSON mode. */
  private jsonSchemaRefused = false;

  constructor(private readonly options: StructuredCallerOptions) {}

  async call<T>(request: StructuredRequest<T>, call: ModelCallOptions): Promise<StructuredResult<T>> {
    const { config, endpoint } = this.options;
    const cache = config.temperature === 0 ? this.options.cache : undefined;
    // Hashing the whole request (~0.3 ms of a batch question's main thread per call) is only for the cache.
    const key = cache
      ? ResponseCache.key({
          base_url: endpoint.baseUrl,
          model: endpoint.model,
          messages: request.messages,
          schema_name: request.schemaName,
          schema: request.jsonSchema,
          temperature: config.temperature,
          max_output_tokens: config.max_output_tokens,
        })
      : '';
    const hit = cache ? await cache.read(key) : undefined;
    if (hit) {
      const parsed = request.schema.safeParse(hit.value);
      if (parsed.success) {
        call.progress?.(`cache hit for ${endpoint.model}`, { cache: 'hit', key });
        call.trace?.({ type: 'llm_cache_hit', model: endpoint.name, key, raw: hit.raw, parsed: parsed.data, original_usage: hit.usage });
        return { value: parsed.data, raw: hit.raw, usage: { ...noUsage }, cached: true };
      }
    }

    const meter: UsageMeter = { total: { ...noUsage } };
    try {
      return await this.ask(request, call, meter, cache, key);
    } catch (error) {
      throw error instanceof ModelError && error.usage === undefined ? error.withUsage(meter.total) : error;
    }
  }

  private async ask<T>(
    request: StructuredRequest<T>,
    call: ModelCallOptions,
    meter: UsageMeter,
    cache: ResponseCache | undefined,
    key: string,
  ): Promise<StructuredResult<T>> {
    const { endpoint } = this.options;
    const messages = [...request.messages];
    let answer = await this.send(request, messages, call, meter);
    let outcome = parseAnswer(answer.text, request.schema);
    this.traceAnswer(call, answer, outcome, 'answer');
    if (!outcome.ok) {
      this.cutShortCheck(answer);
      call.progress?.(`the answer did not validate (${outcome.issues}); asking once more`, { repair: true });
      messages.push(
        { role: 'assistant', content: answer.text },
        {
          role: 'user',
          content:
            `That answer is not valid: ${outcome.issues}. ` +
            'Reply with only the corrected JSON object, matching the schema given in the instructions.',
        },
      );
      answer = await this.send(request, messages, call, meter);
      outcome = parseAnswer(answer.text, request.schema);
      this.traceAnswer(call, answer, outcome, 'repair');
      if (!outcome.ok) {
        this.cutShortCheck(answer);
        throw new ModelError(
          'invalid_output',
          `models.${endpoint.name} (${endpoint.model}) gave an answer that does not match the ${request.schemaName} schema, even after one repair request: ${outcome.issues}`,
          { raw: answer.text },
        );
      }
    }
    const usage = meter.total;
    if (cache) {
      await cache
        .write({ key, model: endpoint.model, created_at: new Date().toISOString(), raw: answer.text, value: outcome.value, usage })
        .catch((error: Error) => call.progress?.(`could not write the response cache: ${error.message}`));
    }
    return { value: outcome.value, raw: answer.text, usage, cached: false };
  }

  /** Sends with retries; falls back from json_schema to JSON mode when the server refuses the former. */
  private async send<T>(
    request: StructuredRequest<T>,
    messages: ChatCompletionMessageParam[],
    call: ModelCallOptions,
    meter: UsageMeter,
  ): Promise<ChatAnswer> {
    const mode = this.mode();
    try {
      return await this.sendWithRetries(this.body(request, messages, mode), call, meter);
    } catch (error) {
      if (mode === 'json_schema' && this.options.config.structured_output === 'auto' && error instanceof ModelError && isJsonSchemaUnsupported(error)) {
        this.jsonSchemaRefused = true;
        call.progress?.(`${this.options.endpoint.baseUrl} does not take json_schema output; using JSON mode with validation`, {
          structured_output: 'json_object',
        });
        return this.sendWithRetries(this.body(request, messages, 'json_object'), call, meter);
      }
      throw error;
    }
  }

  private async sendWithRetries(body: ChatRequestBody, call: ModelCallOptions, meter: UsageMeter): Promise<ChatAnswer> {
    const { config, endpoint, prices, retry } = this.options;
    let attempt = 1;
    return withRetries(
      async () => {
        try {
          const answer = await sendChatRequest(this.options.client(), endpoint, body, {
            signal: call.signal,
            timeoutMs: config.timeout_ms,
            stream: call.parameters?.stream === true,
          });
          const reported = answer.usage ?? estimatedUsage(body, answer.text);
          meter.total = sumUsage(meter.total, callUsage(reported, prices, [endpoint.model, endpoint.name]));
          call.trace?.({
            type: 'llm_request',
            model: endpoint.name,
            attempt,
            request: body,
            response: { raw: answer.text, finish_reason: answer.finish_reason },
            usage: reported,
            usage_estimated: answer.usage === undefined,
            latency_ms: answer.latency_ms,
          });
          return answer;
        } catch (error) {
          call.trace?.({
            type: 'llm_request',
            model: endpoint.name,
            attempt,
            request: body,
            error: error instanceof Error ? error.message : String(error),
            error_kind: error instanceof ModelError ? error.kind : 'aborted',
          });
          throw error;
        } finally {
          attempt++;
        }
      },
      retry,
      call.signal,
      ({ attempt: retryNumber, delay_ms, error }) =>
        call.progress?.(`retry ${retryNumber}/${retry.retries} in ${delay_ms} ms: ${error.message}`, {
          retry: { attempt: retryNumber, delay_ms, error: error.message, kind: error.kind },
        }),
    );
  }

  private mode(): OutputMode {
    const configured = this.options.config.structured_output;
    if (configured === 'auto') return this.jsonSchemaRefused ? 'json_object' : 'json_schema';
    return configured;
  }

  private body<T>(request: StructuredRequest<T>, messages: ChatCompletionMessageParam[], mode: OutputMode): ChatRequestBody {
    const { config, endpoint } = this.options;
    return {
      model: endpoint.model,
      messages: [...messages],
      temperature: config.temperature,
      [endpoint.tokenLimitParameter]: config.max_output_tokens,
      response_format:
        mode === 'json_schema'
          ? { type: 'json_schema', json_schema: { name: request.schemaName, schema: request.jsonSchema, strict: true } }
          : { type: 'json_object' },
    };
  }

  private traceAnswer(call: ModelCallOptions, answer: ChatAnswer, outcome: ParsedAnswer<unknown>, step: 'answer' | 'repair'): void {
    call.trace?.({
      type: 'llm_result',
      model: this.options.endpoint.name,
      step,
      raw: answer.text,
      ...(outcome.ok ? { parsed: outcome.value } : { validation_error: outcome.issues }),
    });
  }

  /** An answer cut at the output limit cannot be repaired by asking again: say which setting to raise. */
  private cutShortCheck(answer: ChatAnswer): void {
    if (answer.finish_reason !== 'length') return;
    const { endpoint, config } = this.options;
    throw new ModelError(
      'invalid_output',
      `the answer of models.${endpoint.name} was cut at max_output_tokens (${config.max_output_tokens}); raise models.${endpoint.name}.max_output_tokens in sluice.yml`,
      { raw: answer.text },
    );
  }
}
