import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { ConfigSchema, type SluiceConfig } from './config-schema.js';
import { describeZodError } from './describe-zod-issue.js';
import { formatPath, locate, parseYamlFile, readYamlFile } from './yaml-document.js';

export interface LoadedConfig {
  config: SluiceConfig;
  /** The file it came from, if any; relative paths in it resolve against its folder. */
  file?: string;
  baseDir: string;
  /**
   * Namespace and model entries that name an unset environment variable ("namespaces.wh" -> the message): such an entry
   * keeps the ${VAR} text and fails only where it is used, so one missing secret does not stop every command.
   */
  unsetVariables: Record<string, string>;
  /** file:line:col of a key in the file, for checks made after loading (a node or model the config names); else the file. */
  where?: (keyPath: PropertyKey[]) => string;
}

/**
 * Replaces ${VAR} (and ${VAR:-default}) in every string; an unset variable without default goes to onMissing, whose
 * return value stands in for it.
 */
function interpolate(value: unknown, env: NodeJS.ProcessEnv, keyPath: PropertyKey[], onMissing: (name: string, keyPath: PropertyKey[], text: string) => string): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (text, name: string, fallback: string | undefined) => {
      const found = env[name];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      return onMissing(name, keyPath, text);
    });
  }
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, env, [...keyPath, i], onMissing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env, [...keyPath, k], onMissing)]));
  }
  return value;
}

/** sluice.yml from --config, else the working directory's, else built-in defaults (the demo namespace). */
export function loadConfig(options: { configPath?: string; cwd: string; env?: NodeJS.ProcessEnv }): LoadedConfig {
  const env = options.env ?? process.env;
  const file = options.configPath ? path.resolve(options.cwd, options.configPath) : path.join(options.cwd, 'sluice.yml');
  if (!fs.existsSync(file)) {
    if (options.configPath) throw new UsageError(`config file not found: ${file}`);
    return { config: ConfigSchema.parse({}), baseDir: options.cwd, unsetVariables: {} };
  }
  const yaml = parseYamlFile(readYamlFile(file), file);
  const unsetVariables: Record<string, string> = {};
  const raw = interpolate(yaml.value ?? {}, env, [], (name, keyPath, text) => {
    const message = `${locate(yaml, keyPath)}: ${formatPath(keyPath)}: environment variable ${name} is not set; export ${name}=... before running sluice, or write \${${name}:-default} in the file`;
    const [section, entry] = keyPath;
    if ((section !== 'namespaces' && section !== 'models') || keyPath.length < 3) throw new UsageError(message);
    unsetVariables[formatPath([section, entry!])] ??= message;
    return text;
  });
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = describeZodError(parsed.error);
    throw new UsageError(`${locate(yaml, issue.path)}: ${formatPath(issue.path) || 'top level'}: ${issue.message}`);
  }
  const baseDir = path.dirname(file);
  const prompts = Object.fromEntries(Object.entries(parsed.data.prompts).map(([node, p]) => [node, path.resolve(baseDir, p)]));
  return { config: { ...parsed.data, prompts }, file, baseDir, unsetVariables, where: (keyPath) => locate(yaml, keyPath) };
}
