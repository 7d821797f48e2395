import type { Context } from '../context/context-schema.js';
import { answerJsonSchema, answerJsonSchemaText, type PromptNode } from './answer-schemas.js';
import { buildPromptMaterial } from './build-prompt-material.js';
import { countTokens, tokensAtMost } from './count-tokens.js';
import { fitToBudget, materialText } from './fit-to-budget.js';
import type { PromptMaterial } from './prompt-material.js';
import { fillPromptTemplate, loadPromptTemplate, type PromptMessages, type PromptTemplate } from './prompt-template.js';
import { PROMPT_SECTIONS, renderPromptPieces, sectionText, type PromptPieces } from './render-prompt-sections.js';

export interface BuildPromptOptions {
  node: PromptNode;
  dialect: string;
  parameters?: Record<string, unknown>;
  /** `prompts:` from sluice.yml: node name to a template file. */
  templates?: Record<string, string>;
  /** Where relative template paths are resolved; the working directory when unset. */
  templateBaseDir?: string;
  /** Tokens the material (schema, values, metrics, dates, docs, attempts, question) may take. */
  budgetTokens: number;
  /** The model's context window minus the tokens reserved for its answer: the whole prompt must fit in it. */
  windowTokens?: number;
}

export interface PromptSizeReport {
  node: PromptNode;
  /** Tokens of the whole prompt (both messages) before and after fitting. */
  tokens_before: number;
  tokens_after: number;
  /** What the material was allowed after the fixed instructions and schema were counted. */
  budget_tokens: number;
  window_tokens?: number;
  fits: boolean;
  dropped: string[];
}

export interface BuiltPrompt {
  messages: PromptMessages;
  template: PromptTemplate;
  material: PromptMaterial;
  output_schema: Record<string, unknown>;
  report: PromptSizeReport;
}

/** Per-message framing tokens of the chat format (role markers), as OpenAI counts them. */
const MESSAGE_OVERHEAD = 4;
const REPLY_PRIMING = 3;

/** Turns the context into the node's chat messages: template first, material fitted to the budget, question last. */
export function buildPrompt(context: Context, options: BuildPromptOptions): BuiltPrompt {
  const template = loadPromptTemplate(options.node, options.templates, options.templateBaseDir);
  const material = buildPromptMaterial(context, options);
  const schemaText = answerJsonSchemaText(options.node);
  const render = (candidate: PromptMaterial, pieces = renderPromptPieces(candidate)) => fillPromptTemplate(template, templateValues(candidate, pieces, schemaText));
  const built = (messages: PromptMessages, fittedMaterial: PromptMaterial, report: PromptSizeReport): BuiltPrompt =>
    withOutputSchema({ messages, template, material: fittedMaterial, report }, options.node);

  const fixed = fixedPrompt(template, material, schemaText, render);
  // Rendered once: the prompt, the byte bound and the budget all read the same pieces.
  const pieces = renderPromptPieces(material);
  const whole = render(material, pieces);
  const text = materialText(pieces);
  const roomy = withinByBytes(fixed, whole, text, options);
  if (roomy) return built(whole, material, roomy);

  const fixedTokens = promptTokens(fixed);
  const budget = Math.max(
    0,
    Math.min(options.budgetTokens, options.windowTokens === undefined ? Infinity : options.windowTokens - fixedTokens),
  );
  const fitted = fitToBudget(material, budget, text);
  if (fitted.report.dropped.length === 0) {
    const kept = withinWindow(whole, options, budget, fitted.report.fits);
    if (kept) return built(whole, material, kept);
  }
  const tokensBefore = promptTokens(whole);
  const messages = render(fitted.material);
  const tokensAfter = promptTokens(messages);
  return built(messages, fitted.material, {
    node: options.node,
    tokens_before: tokensBefore,
    tokens_after: tokensAfter,
    budget_tokens: budget,
    window_tokens: options.windowTokens,
    fits: fitted.report.fits && (options.windowTokens === undefined || tokensAfter <= options.windowTokens),
    dropped: fitted.report.dropped,
  });
}

/**
 * `output_schema` is the caller's own copy of the node's JSON schema (answerJsonSchema), made when first read: the
 * model's request sends the shared one (sharedAnswerJsonSchema) and never reads this.
 */
function withOutputSchema(prompt: Omit<BuiltPrompt, 'output_schema'>, node: PromptNode): BuiltPrompt {
  let own: Record<string, unknown> | undefined;
  return Object.defineProperty(prompt, 'output_schema', {
    get: () => (own ??= answerJsonSchema(node)),
    set: (value: Record<string, unknown>) => {
      own = value;
    },
    enumerable: true,
    configurable: true,
  }) as BuiltPrompt;
}

/**
 * The prompt with no material (the template, the dialect's notes and the answer schema alone), what the budget is
 * measured against. It reads nothing of the question, so it is kept per template, dialect, date and round: every
 * prompt of a batch for the same node asks for the same one.
 */
function fixedPrompt(
  template: PromptTemplate,
  material: PromptMaterial,
  schemaText: string,
  render: (candidate: PromptMaterial) => PromptMessages,
): PromptMessages {
  let byValues = fixedPrompts.get(template);
  if (!byValues) fixedPrompts.set(template, (byValues = new Map()));
  const key = `${material.node}\u0000${material.dialect}\u0000${material.current_date}\u0000${material.iteration}\u0000${material.max_iterations}\u0000${schemaText}`;
  let fixed = byValues.get(key);
  if (!fixed) {
    fixed = render({
      ...material,
      tables: [],
      matched_values: [],
      metrics: [],
      date_ranges: [],
      doc_passages: [],
      examples: [],
      attempts: [],
      feedback: [],
      reference: undefined,
      question: '',
    });
    if (byValues.size >= MAX_FIXED_PROMPTS) byValues.clear();
    byValues.set(key, fixed);
  }
  return fixed;
}

const fixedPrompts = new WeakMap<PromptTemplate, Map<string, PromptMessages>>();
const MAX_FIXED_PROMPTS = 256;

/**
 * Every o200k token is at least one UTF-8 byte, so byte lengths bound token counts from above, and lines counted
 * before count exactly (tokensAtMost). When the bounds already show the material within its budget and the prompt
 * within the window, nothing is fitted and the exact count (the tokenizer, the costliest part of a prompt) is only
 * taken if the report's counts are read: in a batch, the schema lines are counted for the first prompt and each
 * later prompt's new lines (its question, its values) go uncounted.
 */
function withinByBytes(fixed: PromptMessages, whole: PromptMessages, materialText: string, options: BuildPromptOptions): PromptSizeReport | undefined {
  const window = options.windowTokens ?? Infinity;
  // Bytes first: most prompts fit by them, and tokensAtMost reads every line.
  if (promptBytes(fixed) + options.budgetTokens > window && promptAtMost(fixed) + options.budgetTokens > window) return undefined;
  if (Buffer.byteLength(materialText) > options.budgetTokens && tokensAtMost(materialText) > options.budgetTokens) return undefined;
  if (promptBytes(whole) > window && promptAtMost(whole) > window) return undefined;
  return wholePromptReport(whole, options, options.budgetTokens, true);
}

/** The report for a prompt sent whole: its count before and after is the same, taken only if the report's counts are read. */
function wholePromptReport(whole: PromptMessages, options: BuildPromptOptions, budget: number, fits: boolean): PromptSizeReport {
  let tokens: number | undefined;
  const exact = () => (tokens ??= promptTokens(whole));
  return {
    node: options.node,
    get tokens_before() {
      return exact();
    },
    get tokens_after() {
      return exact();
    },
    budget_tokens: budget,
    window_tokens: options.windowTokens,
    fits,
    dropped: [],
  };
}

/**
 * The report for a prompt whose material needed nothing dropped, when its bytes show it within the window: the
 * prompt is the whole one, so its count before and after is the same, and taken only if the report's counts are read.
 */
function withinWindow(whole: PromptMessages, options: BuildPromptOptions, budget: number, fits: boolean): PromptSizeReport | undefined {
  if (promptBytes(whole) > (options.windowTokens ?? Infinity)) return undefined;
  return wholePromptReport(whole, options, budget, fits);
}

/** promptTokens or more, without the tokenizer (tokensAtMost). */
function promptAtMost(messages: PromptMessages): number {
  return tokensAtMost(messages.system) + tokensAtMost(messages.user) + 2 * MESSAGE_OVERHEAD + REPLY_PRIMING;
}

function promptBytes(messages: PromptMessages): number {
  return Buffer.byteLength(messages.system) + Buffer.byteLength(messages.user) + 2 * MESSAGE_OVERHEAD + REPLY_PRIMING;
}

/** Prompt size before and after the budget, for reports and docs; builds the prompt without sending it. */
export function promptSizeReport(context: Context, options: BuildPromptOptions): PromptSizeReport {
  return buildPrompt(context, options).report;
}

export function promptTokens(messages: PromptMessages): number {
  return countTokens(messages.system) + countTokens(messages.user) + 2 * MESSAGE_OVERHEAD + REPLY_PRIMING;
}

function templateValues(material: PromptMaterial, pieces: PromptPieces, outputSchemaText: string): Record<string, string> {
  const values: Record<string, string> = {
    output_schema: outputSchemaText,
    current_date: material.current_date,
    iteration: String(material.iteration),
    max_iterations: String(material.max_iterations),
  };
  for (const name of PROMPT_SECTIONS) values[name] = sectionText(pieces[name]);
  return values;
}
