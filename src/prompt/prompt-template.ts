import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { PromptNode } from './answer-schemas.js';
import { PROMPT_SECTIONS } from './render-prompt-sections.js';
import { ownEntry } from '../own-entry.js';

export interface PromptTemplate {
  node: PromptNode;
  /** The file the template was read from. */
  source: string;
  system: string;
  user: string;
}

export interface PromptMessages {
  system: string;
  user: string;
}

export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
  'output_schema',
  ...PROMPT_SECTIONS,
  'current_date',
  'iteration',
  'max_iterations',
];

const SYSTEM_MARK = '<!-- system -->';
const USER_MARK = '<!-- user -->';
const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
const cache = new Map<string, PromptTemplate>();

/** The `prompts/` folder shipped at the package root. */
export function defaultPromptsDir(): string {
  return join(packageRoot(), 'prompts');
}

/**
 * The template for `node`: the user's file from `prompts.<node>` in sluice.yml when set (relative paths against
 * `baseDir`), else the shipped default. A template is markdown with `<!-- system -->` and `<!-- user -->` parts
 * and `{{placeholder}}` slots; other HTML comments are notes for the reader and are not sent.
 */
export function loadPromptTemplate(node: PromptNode, overrides: Record<string, string> = {}, baseDir = process.cwd()): PromptTemplate {
  const override = ownEntry(overrides, node);
  const source = override
    ? isAbsolute(override)
      ? override
      : resolve(baseDir, override)
    : join(defaultPromptsDir(), `${node}.md`);
  const cached = cache.get(source);
  if (cached && cached.node === node) return cached;
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the ${node} prompt template ${source}${override ? ` (prompts.${node} in sluice.yml)` : ''}: ${(error as Error).message}`);
  }
  const template = parseTemplate(node, source, text);
  cache.set(source, template);
  return template;
}

export function fillPromptTemplate(template: PromptTemplate, values: Record<string, string>): PromptMessages {
  const fill = (text: string) =>
    text
      .replace(PLACEHOLDER, (_match, name: string) => ownEntry(values, name) ?? '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return { system: fill(template.system), user: fill(template.user) };
}

function parseTemplate(node: PromptNode, source: string, text: string): PromptTemplate {
  const normalized = text.replace(/\r\n/g, '\n');
  const systemAt = normalized.indexOf(SYSTEM_MARK);
  const userAt = normalized.indexOf(USER_MARK);
  let system = '';
  let user = normalized;
  if (userAt >= 0) {
    user = normalized.slice(userAt + USER_MARK.length);
    system = systemAt >= 0 && systemAt < userAt ? normalized.slice(systemAt + SYSTEM_MARK.length, userAt) : '';
  }
  const template = { node, source, system: stripComments(system), user: stripComments(user) };
  const unknown = [...`${template.system}\n${template.user}`.matchAll(PLACEHOLDER)]
    .map((match) => match[1]!)
    .filter((name) => !TEMPLATE_PLACEHOLDERS.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `the ${node} prompt template ${source} uses unknown placeholder(s) ${[...new Set(unknown)].map((name) => `{{${name}}}`).join(', ')}; ` +
        `known: ${TEMPLATE_PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')}`,
    );
  }
  if (!/\{\{\s*question\s*\}\}/.test(`${template.system}\n${template.user}`)) {
    throw new Error(`the ${node} prompt template ${source} must use {{question}}`);
  }
  return template;
}

function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}
