import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { loadWorkflowFile, loadWorkflows } from '../src/config/load-workflows.js';

const knownNodes = ['schema_linking', 'generate_sql', 'execute_sql', 'reflect', 'output', 'search_metrics', 'date_parser', 'compare', 'doc_search', 'fix', 'validation'];

function tempFile(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-config-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('workflow.yml', () => {
  it('ships the spec templates exactly, plus its two custom examples', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-cwd-'));
    const plans = loadWorkflows({ cwd, knownNodes });
    expect(plans.reflection).toEqual(['schema_linking', 'generate_sql', 'execute_sql', 'reflect', 'output']);
    expect(plans.fixed).toEqual(['schema_linking', 'generate_sql', 'execute_sql', 'output']);
    expect(plans.metric_to_sql).toEqual(['schema_linking', 'search_metrics', 'date_parser', 'generate_sql', 'execute_sql', 'output']);
    expect(plans.custom_analytics).toEqual(['schema_linking', 'search_metrics', 'generate_sql', 'execute_sql', 'compare', 'output']);
    expect(plans.data_exploration).toEqual(['schema_linking', 'doc_search', 'generate_sql', 'execute_sql', 'reflect', 'output']);
  });

  it("adds and overrides plans from the working directory's workflow.yml, with options and parallel groups", () => {
    const file = tempFile(
      'workflow.yml',
      'workflow:\n  fixed:\n    - schema_linking\n    - generate_sql: {timeout_ms: 5000, retries: 2, model: offline, parameters: {style: terse}}\n    - execute_sql\n    - output\n  fast_metrics:\n    - schema_linking\n    - parallel: [search_metrics, date_parser]\n    - generate_sql\n    - execute_sql\n    - output\n',
    );
    const plans = loadWorkflows({ cwd: path.dirname(file), knownNodes });
    expect(plans.fixed![1]).toEqual({ node: 'generate_sql', options: { timeout_ms: 5000, retries: 2, model: 'offline', parameters: { style: 'terse' } } });
    expect(plans.fast_metrics![1]).toEqual({ parallel: ['search_metrics', 'date_parser'] });
    expect(plans.reflection).toBeDefined();
  });

  const refusals: Array<[string, string, RegExp]> = [
    ['a YAML syntax error', 'workflow:\n  fixed:\n    - schema_linking\n   - generate_sql: [\n', /workflow\.yml:\d+:\d+: invalid YAML/],
    ['an unknown node', 'workflow:\n  fixed:\n    - schema_linking\n    - generate_sqll\n', /workflow\.yml:4:7: workflow\.fixed\[1\]: unknown node "generate_sqll"; known nodes: schema_linking, generate_sql, .*; did you mean "generate_sql"\?$/],
    ['an empty template', 'workflow:\n  fixed: []\n', /workflow\.yml:2:3: workflow\.fixed: a plan needs at least one step/],
    ['a template that is not a list', 'workflow:\n  fixed: schema_linking\n', /workflow\.yml:2:3: workflow\.fixed: a plan is a list of steps/],
    ['a wrong option type', 'workflow:\n  fixed:\n    - generate_sql: {timeout_ms: soon}\n', /workflow\.yml:3:\d+: workflow\.fixed\[0\]\.generate_sql\.timeout_ms: .*number/i],
    ['an unknown option', 'workflow:\n  fixed:\n    - generate_sql: {colour: red}\n', /workflow\.yml:3:\d+: workflow\.fixed\[0\]\.generate_sql: unknown key "colour"/],
    ['an unknown top-level key', 'workflows:\n  fixed: [output]\n', /workflow\.yml:1:1: top level: unknown key "workflows"/],
    ['an unknown node in a parallel group', 'workflow:\n  p:\n    - parallel: [search_metrics, dates]\n', /workflow\.yml:3:\d+: workflow\.p\[0\]\.parallel\[1\]: unknown node "dates"; known nodes: [^;]*date_parser[^;]*$/],
  ];
  for (const [what, content, message] of refusals) {
    it(`refuses ${what} with the file, line and key`, () => {
      const file = tempFile('workflow.yml', content);
      expect(() => loadWorkflowFile(file, knownNodes)).toThrow(message);
    });
  }
});

describe('sluice.yml', () => {
  it('defaults to the demo namespace and the offline model with no file', () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-cwd-'));
    const { config } = loadConfig({ cwd });
    expect(config.defaults).toMatchObject({ namespace: 'demo', plan: 'reflection', model: 'offline', max_iterations: 3 });
  });

  it('interpolates ${ENV_VAR} and ${ENV_VAR:-default}', () => {
    const file = tempFile('sluice.yml', 'models:\n  gpt:\n    provider: openai\n    model: ${SLUICE_TEST_MODEL:-gpt-4o-mini}\n    api_key: ${SLUICE_TEST_KEY}\n');
    const { config } = loadConfig({ cwd: path.dirname(file), env: { SLUICE_TEST_KEY: 'sk-test' } });
    expect(config.models.gpt).toMatchObject({ model: 'gpt-4o-mini', api_key: 'sk-test' });
  });

  it('names the key of a missing environment variable: for the entry that names it, or at once outside namespaces and models', () => {
    const file = tempFile('sluice.yml', 'models:\n  gpt:\n    provider: openai\n    api_key: ${SLUICE_UNSET_KEY}\n');
    const { unsetVariables } = loadConfig({ cwd: path.dirname(file), env: {} });
    expect(Object.keys(unsetVariables)).toEqual(['models.gpt']);
    expect(unsetVariables['models.gpt']).toMatch(/sluice\.yml:4:\d+: models\.gpt\.api_key: environment variable SLUICE_UNSET_KEY is not set/);
    const everywhere = tempFile('sluice.yml', 'cache_dir: ${SLUICE_UNSET_CACHE}\n');
    expect(() => loadConfig({ cwd: path.dirname(everywhere), env: {} })).toThrow(/sluice\.yml:1:\d+: cache_dir: environment variable SLUICE_UNSET_CACHE is not set/);
  });

  it('names the file, line and key of a validation error', () => {
    const file = tempFile('sluice.yml', 'namespaces:\n  shop:\n    type: oracle\n');
    expect(() => loadConfig({ cwd: path.dirname(file) })).toThrow(/sluice\.yml:3:\d+: namespaces\.shop\.type:/);
    const bad = tempFile('sluice.yml', 'defaults:\n  max_iterations: many\n');
    expect(() => loadConfig({ cwd: path.dirname(bad) })).toThrow(/sluice\.yml:2:\d+: defaults\.max_iterations:/);
    const yaml = tempFile('sluice.yml', 'defaults: {namespace: demo\n');
    expect(() => loadConfig({ cwd: path.dirname(yaml) })).toThrow(/sluice\.yml:\d+:\d+: invalid YAML/);
  });
});
