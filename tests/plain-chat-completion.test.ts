import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatCompletionSchema } from '../src/models/openai/chat-completion-schema.js';
import { isPlainCompletion } from '../src/models/openai/send-chat-request.js';

/** Values of every JSON kind, and the ones a server gets wrong most: absent, null, a number for a text, a negative count. */
const loose = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 3 }), fc.constantFrom(0, 3, -1, 1.5, Number.POSITIVE_INFINITY), fc.boolean(), fc.constant([]), fc.constant({}));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, loose);
const usage = fc.record(
  { prompt_tokens: maybe(fc.nat()), completion_tokens: maybe(fc.nat()), prompt_tokens_details: maybe(fc.record({ cached_tokens: maybe(fc.nat()) }, { requiredKeys: [] })) },
  { requiredKeys: [] },
);
const choice = fc.record(
  { message: maybe(fc.record({ content: maybe(fc.string()), refusal: maybe(fc.string()), role: fc.constant('assistant') }, { requiredKeys: [] })), finish_reason: maybe(fc.string()), index: fc.nat() },
  { requiredKeys: [] },
);
const completion = fc.record({ id: fc.string(), choices: maybe(fc.array(maybe(choice), { maxLength: 3 })), usage: maybe(usage) }, { requiredKeys: [] });

describe('isPlainCompletion, the check that spares zod a well-formed chat completion', () => {
  it('says yes only to what the schema accepts, and to the usual answer', () => {
    let plain = 0;
    fc.assert(
      fc.property(maybe(completion), (body) => {
        if (isPlainCompletion(body)) {
          plain++;
          expect(ChatCompletionSchema.safeParse(body).success).toBe(true);
        }
      }),
      { numRuns: 20_000 },
    );
    expect(plain).toBeGreaterThan(100);
    const usual = { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: '{}' }, finish_reason: 'stop' }], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } };
    expect(isPlainCompletion(usual)).toBe(true);
    expect(isPlainCompletion({ ...usual, usage: { prompt_tokens: -1 } })).toBe(false);
    expect(isPlainCompletion({ choices: [{ message: { content: 42 } }] })).toBe(false);
  });
});
