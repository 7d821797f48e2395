import { countTokens } from './count-tokens.js';
import type { PromptMaterial } from './prompt-material.js';
import { PROMPT_SECTIONS, renderPromptPieces, sectionText, type PromptPieces } from './render-prompt-sections.js';

export interface BudgetReport {
  budget_tokens: number;
  tokens_before: number;
  tokens_after: number;
  /** False when even the smallest material is over budget; the caller decides whether that is fatal. */
  fits: boolean;
  /** What was left out, in the order it was left out. */
  dropped: string[];
}

export interface FittedMaterial {
  material: PromptMaterial;
  report: BudgetReport;
}

type Shrink = (material: PromptMaterial) => string | undefined;

/** Sample rows shown per table as the budget tightens. */
const SAMPLE_ROW_STEPS = [1, 0];
const RESULT_ROW_STEPS = [3, 0];

/**
 * The order in which material is given up, least relevant first. Each step removes whole items (a sample row,
 * an attempt's result, a passage, columns, a table) and the earliest step that still applies is always taken.
 * Columns go in two rounds: every table first loses its weaker half (lowest-ranked tables first), then whole
 * tables go from the bottom, and only then do the tables left lose more.
 */
const shrinkSteps: Shrink[] = [
  fewerSampleRows,
  summariseOlderAttempt,
  fewerResultRows,
  dropDocPassage,
  dropMetric,
  dropExample,
  (material) => dropLowRankedColumns(material, true),
  dropLowRankedTable,
  (material) => dropLowRankedColumns(material, false),
  dropOlderAttempt,
];

/** The material as one text, sections in prompt order; what the budget is measured on. */
export function renderMaterialText(material: PromptMaterial): string {
  return materialText(renderPromptPieces(material));
}

/** renderMaterialText of material already rendered into pieces. */
export function materialText(pieces: PromptPieces): string {
  return PROMPT_SECTIONS.map((name) => sectionText(pieces[name]))
    .filter((text) => text.length > 0)
    .join('\n\n');
}

export function materialTokens(material: PromptMaterial): number {
  return countTokens(renderMaterialText(material));
}

/**
 * Shrinks the material until it fits `budgetTokens`, dropping whole items in order of relevance and saying what went.
 * `text` is the material's renderMaterialText, when the caller has it already.
 */
export function fitToBudget(material: PromptMaterial, budgetTokens: number, text = renderMaterialText(material)): FittedMaterial {
  const memo = new Map<string, number>();
  const estimate = (candidate: PromptMaterial): number => {
    const pieces = renderPromptPieces(candidate);
    let total = 0;
    for (const name of PROMPT_SECTIONS) {
      for (const piece of pieces[name]) {
        let tokens = memo.get(piece);
        if (tokens === undefined) memo.set(piece, (tokens = countTokens(piece)));
        total += tokens;
      }
    }
    return total;
  };

  const tokensBefore = countTokens(text);
  // Within budget already (most prompts whose bytes alone could not show it): the material as it is, not a copy.
  if (tokensBefore <= budgetTokens) {
    return { material, report: { budget_tokens: budgetTokens, tokens_before: tokensBefore, tokens_after: tokensBefore, fits: true, dropped: [] } };
  }
  const fitted = structuredClone(material);
  const dropped: string[] = [];
  let tokens = tokensBefore;
  while (tokens > budgetTokens) {
    // Cheap per-piece sums steer the loop; the exact count of the whole text decides when to stop.
    while (estimate(fitted) > budgetTokens) {
      const note = shrinkOnce(fitted);
      if (note === undefined) break;
      dropped.push(note);
    }
    tokens = materialTokens(fitted);
    if (tokens <= budgetTokens) break;
    const note = shrinkOnce(fitted);
    if (note === undefined) break;
    dropped.push(note);
    tokens = materialTokens(fitted);
  }
  return {
    material: fitted,
    report: { budget_tokens: budgetTokens, tokens_before: tokensBefore, tokens_after: tokens, fits: tokens <= budgetTokens, dropped },
  };
}

function shrinkOnce(material: PromptMaterial): string | undefined {
  for (const step of shrinkSteps) {
    const note = step(material);
    if (note !== undefined) return note;
  }
  return undefined;
}

function fewerSampleRows(material: PromptMaterial): string | undefined {
  const next = SAMPLE_ROW_STEPS.find((rows) => rows < material.sample_rows);
  if (next === undefined || !material.tables.some((table) => table.sample_rows.length > next)) return undefined;
  const note = `sample rows per table: ${material.sample_rows} -> ${next}`;
  material.sample_rows = next;
  return note;
}

function summariseOlderAttempt(material: PromptMaterial): string | undefined {
  const attempt = material.attempts.slice(0, -1).find((candidate) => !candidate.summarised);
  if (!attempt) return undefined;
  attempt.summarised = true;
  return `attempt ${attempt.number} summarised to its SQL and error`;
}

function fewerResultRows(material: PromptMaterial): string | undefined {
  const next = RESULT_ROW_STEPS.find((rows) => rows < material.result_rows);
  const latest = material.attempts.at(-1);
  if (next === undefined || !latest || latest.summarised || latest.rows.length <= next) return undefined;
  const note = `result rows of attempt ${latest.number}: ${material.result_rows} -> ${next}`;
  material.result_rows = next;
  return note;
}

function dropDocPassage(material: PromptMaterial): string | undefined {
  const passage = material.doc_passages.pop();
  return passage && `doc passage "${passage.heading}" (${passage.source})`;
}

function dropMetric(material: PromptMaterial): string | undefined {
  if (material.metrics.length <= 1) return undefined;
  return `metric ${material.metrics.pop()!.name}`;
}

function dropExample(material: PromptMaterial): string | undefined {
  const example = material.examples.pop();
  return example && `confirmed example ${example.id}`;
}

function dropLowRankedColumns(material: PromptMaterial, untouchedOnly: boolean): string | undefined {
  for (const table of [...material.tables].reverse()) {
    if (untouchedOnly && table.columns.length < table.column_count) continue;
    const droppable = table.columns
      .map((column, order) => ({ column, order }))
      .filter(({ column }) => !column.keep)
      .sort((a, b) => (a.column.score ?? 0) - (b.column.score ?? 0) || b.order - a.order);
    const spare = Math.min(droppable.length, table.columns.length - 1);
    if (spare <= 0) continue;
    const gone = new Set(droppable.slice(0, Math.ceil(spare / 2)).map(({ column }) => column));
    table.columns = table.columns.filter((column) => !gone.has(column));
    return `${gone.size} low-ranked column(s) of ${table.name}: ${[...gone].map((column) => column.name).join(', ')}`;
  }
  return undefined;
}

function dropLowRankedTable(material: PromptMaterial): string | undefined {
  if (material.tables.length <= 1) return undefined;
  const table = material.tables.pop()!;
  return `table ${table.name} (score ${Number(table.score.toFixed(3))})`;
}

function dropOlderAttempt(material: PromptMaterial): string | undefined {
  if (material.attempts.length <= 1) return undefined;
  return `attempt ${material.attempts.shift()!.number}`;
}
