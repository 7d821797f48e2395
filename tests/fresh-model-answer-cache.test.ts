import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeOpenAiServer } from './helpers/fake-openai-server.js';
import { TEST_CACHE_DIR } from './helpers/run-cli.js';
import { setup } from './setup/fresh-model-answer-cache.js';

/**
 * Every `vitest` process runs the global setup, and helpers run several at once over the one shared test cache: a
 * setup that wiped the cached model answers between a test's first and second run made tests/llm-cli's
 * response-cache case miss the answer it had just cached (seen as a flake under load, where runs overlap most).
 */
describe('the shared cache of model answers across test processes', () => {
  it("another process's setup keeps an answer cached moments ago and drops only day-old ones", () => {
    const dir = path.join(TEST_CACHE_DIR, 'llm');
    fs.mkdirSync(dir, { recursive: true });
    const fresh = path.join(dir, `probe-${randomUUID()}.json`);
    const old = path.join(dir, `probe-${randomUUID()}.json`);
    fs.writeFileSync(fresh, '{}');
    fs.writeFileSync(old, '{}');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    try {
      setup();
      expect(fs.existsSync(fresh)).toBe(true);
      expect(fs.existsSync(old)).toBe(false);
    } finally {
      fs.rmSync(fresh, { force: true });
      fs.rmSync(old, { force: true });
    }
  });

  it('no two fake model servers share a base URL, so a port handed out again cannot serve a stale answer', async () => {
    const first = await startFakeOpenAiServer({ models: ['m'] });
    const second = await startFakeOpenAiServer({ models: ['m'] });
    try {
      expect(first.url).not.toBe(second.url);
      const listed = await fetch(`${first.url}/models`).then((response) => response.json());
      expect(listed.data[0].id).toBe('m');
      expect(first.requests[0]!.path).toBe('/v1/models');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
