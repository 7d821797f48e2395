import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNodeRegistry } from '../operators/index.js';
import { loadConfig } from './config/load-config.js';
import { loadWorkflows } from './config/load-workflows.js';
import { unknownNodeMessage } from './engine/unknown-node-message.js';
import type { ModelConfig } from './config/config-schema.js';
import { configuredModels, createRuntime } from './engine/create-runtime.js';
import { formatPath } from './config/yaml-document.js';
import { unknownModelMessage } from './models/unknown-model-message.js';
import { ownEntry } from './own-entry.js';
import type { NodeDefinition } from './engine/node-definition.js';
import { checkNodeDefinitions } from './engine/check-node-definitions.js';
import type { Sluice } from './engine/sluice.js';
import { UsageError } from './errors.js';
import { pluginLoadProblem } from './engine/plugin-load-problem.js';
import { registerBuiltinModelProviders } from './models/register-builtin-providers.js';
import { resolveEnvModel } from './models/resolve-env-model.js';

export interface OpenSluiceOptions {
  cwd?: string;
  configPath?: string;
  workflowPath?: string;
  /** --model */
  model?: string;
  debug?: boolean;
  noCache?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Custom nodes registered in code, which workflow.yml may name. */
  nodes?: NodeDefinition[];
  extraModels?: Record<string, ModelConfig>;
  /**
   * False for commands that run no workflow (sql, check, models): sluice.yml's plugins are not loaded, so its
   * JavaScript does not run, and no workflow.yml is read.
   */
  runsWorkflows?: boolean;
  /** DuckDB threads of a namespace whose config names none (see RuntimeOptions). */
  duckDbThreads?: number;
}

async function loadPlugins(files: string[], baseDir: string): Promise<{ nodes: NodeDefinition[]; loaded: string[] }> {
  const nodes: NodeDefinition[] = [];
  const targets: string[] = [];
  for (const file of files) {
    const target = path.resolve(baseDir, file);
    let loaded: { nodes?: NodeDefinition[]; default?: NodeDefinition[] | { nodes?: NodeDefinition[] } };
    try {
      loaded = await import(pathToFileURL(target).href);
    } catch (error) {
      throw new UsageError(pluginLoadProblem(target, error));
    }
    const found = loaded.nodes ?? (Array.isArray(loaded.default) ? loaded.default : loaded.default?.nodes);
    if (!Array.isArray(found)) throw new UsageError(`plugin ${target} must export "nodes": an array of node definitions`);
    nodes.push(...checkNodeDefinitions(found, `plugin ${target}`));
    targets.push(target);
  }
  return { nodes, loaded: targets };
}

/** Config, nodes, plans and runtime, ready for runs: what the CLI, the batch runner and the bench share. */
export async function openSluice(options: OpenSluiceOptions = {}): Promise<Sluice & { configFile?: string }> {
  const runsWorkflows = options.runsWorkflows ?? true;
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  registerBuiltinModelProviders();
  const { config, file, baseDir, unsetVariables, where } = loadConfig({ configPath: options.configPath, cwd, env });
  // Plugin paths resolve against the folder of the sluice.yml that names them.
  const plugins = runsWorkflows ? await loadPlugins(config.plugins, baseDir) : { nodes: [], loaded: [] };
  const registry = createNodeRegistry([...plugins.nodes, ...checkNodeDefinitions(options.nodes ?? [], 'openSluice({ nodes })')]);
  const envModel = Object.keys(config.models).length === 0 ? resolveEnvModel(env) : undefined;
  const extraModels = { ...(envModel ? { [envModel.name]: envModel.config } : {}), ...options.extraModels };
  const models = configuredModels(config, extraModels);
  const unknownModel = (name: string) => (ownEntry(models, name) ? undefined : unknownModelMessage(name, Object.keys(models)));
  // A model or node that sluice.yml's nodes: names must exist: found out before a run starts (exit 2), not mid-run.
  for (const [node, settings] of Object.entries(config.nodes)) {
    const at = (keyPath: PropertyKey[]) => `${where?.(keyPath) ?? file}: ${formatPath(keyPath)}`;
    if (runsWorkflows && !registry.has(node)) {
      throw new UsageError(`${at(['nodes', node])}: ${unknownNodeMessage(node, registry.names())}`);
    }
    const problem = settings.model === undefined ? undefined : unknownModel(settings.model);
    if (problem) throw new UsageError(`${at(['nodes', node, 'model'])}: ${problem}`);
  }
  const workflows = !runsWorkflows ? {} : loadWorkflows({
    workflowPath: options.workflowPath,
    cwd,
    knownNodes: registry.names(),
    parametersOf: (name) => registry.get(name)?.parameters,
    unknownModel,
  });
  const runtime = createRuntime({
    config,
    baseDir,
    extraModels,
    model: options.model,
    debug: options.debug,
    noCache: options.noCache,
    env,
    duckDbThreads: options.duckDbThreads,
    unsetVariables,
  });
  return { runtime, registry, workflows, configFile: file, plugins: plugins.loaded };
}
