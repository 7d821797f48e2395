import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { z } from 'zod';
import { ChatCompletionChunkSchema, ChatCompletionSchema } from './chat-completion-schema.js';
import { classifyModelError, timeoutError } from './classify-model-error.js';
import { postChatCompletion, REDIRECTED } from './direct-chat-post.js';
import { ModelError } from './model-error.js';
import type { OpenAiEndpoint } from './openai-endpoint.js';
import { abortError } from './retry-policy.js';
import type { ReportedUsage } from './usage-cost.js';

export type ChatRequestBody = Omit<ChatCompletionCreateParamsNonStreaming, 'stream' | 'messages'> & {
  messages: ChatCompletionMessageParam[];
};

export interface ChatAnswer {
  text: string;
  finish_reason?: string;
  /** Absent when the server sends no usage. */
  usage?: ReportedUsage;
  latency_ms: number;
}

export interface ChatRequestOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** Ask for server-sent events, with a final usage chunk. */
  stream: boolean;
}

/**
 * One HTTP exchange. The timer covers the whole answer, body and stream included (the client's own timeout stops
 * at the headers); cancelling `signal` aborts the request in flight.
 */
export async function sendChatRequest(
  client: OpenAI,
  endpoint: OpenAiEndpoint,
  body: ChatRequestBody,
  options: ChatRequestOptions,
): Promise<ChatAnswer> {
  if (options.signal.aborted) throw abortError(options.signal);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const cancel = () => controller.abort(options.signal.reason);
  options.signal.addEventListener('abort', cancel, { once: true });
  const started = performance.now();
  try {
    const answer = options.stream
      ? await streamed(client, endpoint, body, controller.signal)
      : await whole(client, endpoint, body, controller.signal);
    // The client ends an aborted stream quietly, as if it were complete.
    if (options.signal.aborted) throw abortError(options.signal);
    if (timedOut) throw timeoutError(endpoint, options.timeoutMs);
    return { ...answer, latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    if (options.signal.aborted) throw abortError(options.signal);
    if (error instanceof ModelError) throw error;
    if (timedOut) throw timeoutError(endpoint, options.timeoutMs, error);
    if (error instanceof SyntaxError) throw badResponse(endpoint, `its body is not JSON (${error.message})`);
    throw classifyModelError(error, endpoint, options.timeoutMs);
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', cancel);
  }
}

async function whole(
  client: OpenAI,
  endpoint: OpenAiEndpoint,
  body: ChatRequestBody,
  signal: AbortSignal,
): Promise<Omit<ChatAnswer, 'latency_ms'>> {
  const request = { ...body, stream: false as const };
  const direct = postChatCompletion(client, request, signal);
  const answer = direct ? await direct : undefined;
  if (direct && answer !== REDIRECTED) return readChatCompletion(endpoint, answer);
  return readChatCompletion(endpoint, await client.chat.completions.create(request, { signal }));
}

/** The answer in a chat-completion body, or the server's fault (wrong shape, no choice) or the model's refusal. */
export function readChatCompletion(endpoint: OpenAiEndpoint, body: unknown): Omit<ChatAnswer, 'latency_ms'> {
  const completion = isPlainCompletion(body) ? body : checked(endpoint, ChatCompletionSchema, body);
  const choice = completion.choices[0];
  if (!choice) throw new ModelError('bad_response', `${serverName(endpoint)} answered without any choice`, { raw: shortJson(completion) });
  if (choice.message.refusal) {
    throw new ModelError('invalid_output', `the model refused to answer: ${choice.message.refusal}`, { raw: choice.message.refusal });
  }
  return { text: choice.message.content ?? '', finish_reason: choice.finish_reason ?? undefined, usage: completion.usage ?? undefined };
}

async function streamed(
  client: OpenAI,
  endpoint: OpenAiEndpoint,
  body: ChatRequestBody,
  signal: AbortSignal,
): Promise<Omit<ChatAnswer, 'latency_ms'>> {
  const stream = await client.chat.completions.create(
    { ...body, stream: true, stream_options: { include_usage: true } },
    { signal },
  );
  let text = '';
  let finish: string | undefined;
  let usage: ReportedUsage | undefined;
  for await (const raw of stream) {
    const chunk = checked(endpoint, ChatCompletionChunkSchema, raw);
    const choice = chunk.choices?.[0];
    if (choice?.delta?.content) text += choice.delta.content;
    if (choice?.delta?.refusal) throw new ModelError('invalid_output', `the model refused to answer: ${choice.delta.refusal}`);
    if (choice?.finish_reason) finish = choice.finish_reason;
    if (chunk.usage) usage = chunk.usage;
  }
  return { text, finish_reason: finish, usage };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
const optionalCount = (value: unknown): boolean => value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= 0);

/**
 * A chat completion every part of which ChatCompletionSchema would accept as it is, checked by hand: what nearly every
 * answer is, without zod's copy of it (two per question in a batch). Anything else goes through the schema, which
 * says what is wrong.
 */
export function isPlainCompletion(body: unknown): body is z.infer<typeof ChatCompletionSchema> {
  if (!isRecord(body) || !Array.isArray(body.choices)) return false;
  for (const choice of body.choices as unknown[]) {
    if (!isRecord(choice) || !isRecord(choice.message) || !optionalText(choice.message.content) || !optionalText(choice.message.refusal)) return false;
    if (!optionalText(choice.finish_reason)) return false;
  }
  const usage = body.usage;
  if (usage === undefined || usage === null) return true;
  if (!isRecord(usage) || !optionalCount(usage.prompt_tokens) || !optionalCount(usage.completion_tokens)) return false;
  const details = usage.prompt_tokens_details;
  return details === undefined || details === null || (isRecord(details) && optionalCount(details.cached_tokens));
}

/** The answer in the shape sluice reads, or the model's fault in one line. */
function checked<S extends z.ZodType>(endpoint: OpenAiEndpoint, schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the body';
  throw badResponse(endpoint, `${where}: ${issue.message}`, shortJson(value));
}

/** A server that answered, but not with a chat completion: its fault, so not retried. */
export function badResponse(endpoint: OpenAiEndpoint, detail: string, raw?: string): ModelError {
  return new ModelError('bad_response', `${serverName(endpoint)} did not answer with a chat completion (${detail}); check ${endpoint.baseUrlSource}`, {
    raw,
  });
}

function serverName(endpoint: OpenAiEndpoint): string {
  return `${endpoint.baseUrl} (models.${endpoint.name})`;
}

function shortJson(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}
