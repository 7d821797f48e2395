import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

/** User-given names are looked up as own keys: "toString" is an unknown name, not Object.prototype.toString. */
describe('plan, namespace and model names that are Object.prototype members', () => {
  it.each([
    [['--plan', 'toString'], /^sluice: unknown plan "toString"; known plans: .*reflection/],
    [['--plan', 'constructor'], /^sluice: unknown plan "constructor"; known plans: /],
    [['--namespace', 'constructor'], /^sluice: unknown namespace "constructor"; configured namespaces: demo/],
    [['--namespace', '__proto__'], /^sluice: unknown namespace "__proto__"; configured namespaces: demo/],
    [['--model', 'toString'], /^sluice: unknown model "toString"; configured models: offline/],
    [['--model', 'hasOwnProperty'], /^sluice: unknown model "hasOwnProperty"; configured models: offline/],
  ])('%j exits 2 with the valid names', async (flags, message) => {
    const result = await runCli(['run', '--task', 'how many customers are there', '--save_dir', 'save', ...flags]);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.code).toBe(2);
  });
});
