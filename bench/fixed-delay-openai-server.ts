import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What each kind of structured request gets back, by its response_format name. */
const ANSWERS: Record<string, object> = {
  sql_answer: { sql: 'SELECT COUNT(*) AS customers FROM customers', explanation: 'counts the customers', tables_used: ['customers'] },
  sql_fix: { sql: 'SELECT COUNT(*) AS customers FROM customers', explanation: 'unchanged', tables_used: ['customers'] },
  reflection_decision: { strategy: 'success', reason: 'the result answers the question', unaddressed: [] },
  comparison_judgement: { matches: true, differences: [] },
};

export interface FixedDelayServer {
  /** Base URL with /v1. */
  url: string;
  /** Chat-completion requests answered so far. */
  calls(): number;
  close(): Promise<void>;
}

/**
 * A loopback OpenAI-protocol server that answers every chat completion after exactly `delayMs`,
 * with a valid answer for whichever sluice node asked.
 */
export async function startFixedDelayServer(delayMs: number): Promise<FixedDelayServer> {
  let calls = 0;
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    calls += 1;
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model?: string; response_format?: { json_schema?: { name?: string } } };
    const answer = ANSWERS[body.response_format?.json_schema?.name ?? ''] ?? ANSWERS.sql_answer!;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-${calls}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: body.model ?? 'fixed-delay',
        choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer) }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 500, completion_tokens: 30, total_tokens: 530 },
      }),
    );
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls: () => calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
