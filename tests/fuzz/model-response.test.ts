import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badResponse, readChatCompletion } from '../../src/models/openai/send-chat-request.js';
import { ModelError } from '../../src/models/openai/model-error.js';
import { parseAnswer } from '../../src/models/openai/parse-answer.js';
import { SqlAnswerSchema } from '../../src/prompt/answer-schemas.js';

const endpoint = { name: 'fuzz', baseUrl: 'http://127.0.0.1:9/v1', model: 'm', apiKey: 'k', tokenLimitParameter: 'max_tokens' as const };

/** The model-response parsers: any body is a chat completion or one line of the server's fault; any answer text parses or names its issues. */
describe('model response parsing (property)', () => {
  const oneLineFault = (error: unknown) => {
    expect(error).toBeInstanceOf(ModelError);
    const fault = error as ModelError;
    expect(fault.kind).toBe('bad_response');
    expect(fault.retryable).toBe(false);
    expect(fault.message).not.toContain('\n');
    expect(fault.message.length).toBeLessThan(800);
  };

  const readOrFault = (value: unknown) => {
    try {
      const answer = readChatCompletion(endpoint, value);
      expect(typeof answer.text).toBe('string');
    } catch (error) {
      if (error instanceof ModelError && error.kind === 'invalid_output') return;
      oneLineFault(error);
    }
  };

  it('arbitrary JSON bodies', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), readOrFault), { numRuns: 300 });
  });

  it('bodies shaped almost like a chat completion', () => {
    const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    const message = fc.record({ role: anything, content: fc.oneof(fc.string(), anything), refusal: fc.oneof(fc.constant(null), anything) }, { requiredKeys: [] });
    const choice = fc.record({ index: anything, message: fc.oneof(message, anything), finish_reason: fc.oneof(fc.constantFrom('stop', 'length'), anything) }, { requiredKeys: [] });
    const body = fc.record({ choices: fc.oneof(fc.array(choice, { maxLength: 3 }), anything), usage: fc.oneof(fc.record({ prompt_tokens: anything, completion_tokens: anything }), anything) }, { requiredKeys: [] });
    fc.assert(fc.property(body, readOrFault), { numRuns: 300 });
  });

  it('badResponse is one line however long the detail', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (detail) => {
        const error = badResponse(endpoint, detail.replace(/\n/g, ' '));
        expect(error.message).not.toContain('\n');
      }),
      { numRuns: 50 },
    );
  });

  it('answer texts parse to the schema or name their issues, never throw', () => {
    const sqlish = fc.record({ sql: fc.oneof(fc.string(), fc.integer()), explanation: fc.string(), tables_used: fc.oneof(fc.array(fc.string()), fc.string()) }, { requiredKeys: [] });
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      sqlish.map((value) => JSON.stringify(value)),
      sqlish.map((value) => `\`\`\`json\n${JSON.stringify(value)}\n\`\`\``),
      fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
    );
    fc.assert(
      fc.property(text, (answer) => {
        const parsed = parseAnswer(answer, SqlAnswerSchema);
        if (parsed.ok) expect(typeof parsed.value.sql).toBe('string');
        else expect(parsed.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
