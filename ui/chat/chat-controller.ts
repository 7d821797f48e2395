import type { CatalogTable, QueryResult } from '../../src/connectors/connector.js';
import type { OutputFormat } from '../../src/output/render-result.js';
import type { RunHandle } from '../../src/engine/run-handle.js';
import { startRun } from '../../src/engine/start-run.js';
import { refuseContentlessTask } from '../../src/engine/contentless-task.js';
import { validateTaskText } from '../../src/engine/create-initial-context.js';
import { resumeRun } from '../../src/engine/resume-run.js';
import type { Sluice } from '../../src/engine/sluice.js';
import { UsageError } from '../../src/errors.js';
import { listRuns } from '../../src/persistence/run-store.js';
import { ownEntry } from '../../src/own-entry.js';
import type { AddedExample } from '../../src/examples/add-example.js';
import { confirmLatestAnswer } from '../../src/examples/confirm-latest-answer.js';
import { declinedAfterRunning } from '../../src/output/declined-after-running.js';
import { loadMetrics } from '../../src/metrics/load-metrics.js';
import { answerableTopics } from '../../src/output/answerable-topics.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { followUpFragment } from '../../src/trust/follow-up-fragment.js';
import { amendFollowUp } from './amend-follow-up.js';
import { swapFollowUpSubject, type SubjectSwap } from './swap-follow-up-subject.js';

export interface ChatSettings {
  namespace: string;
  plan: string;
  model: string;
  format: OutputFormat;
  saveDir: string;
  currentDate: string;
  maxIterations: number;
}

export interface HistoryEntry {
  runId: string;
  status: string;
  task: string;
  plan?: string;
  namespace?: string;
}

export const FORMATS: OutputFormat[] = ['table', 'json', 'csv', 'markdown'];

/** The rows of the latest answer or /sql, for /chart. */
export interface LatestResult {
  columns: string[];
  column_types: string[];
  rows: unknown[][];
}

/**
 * What an interactive session can do, without any UI: questions become runs, settings change
 * between them, and the database is browsed through the same read-only sandbox the workflow uses.
 */
export class ChatController {
  readonly settings: ChatSettings;
  latest: LatestResult | undefined;
  /** The run this session last asked or resumed: what /good confirms. */
  private latestRunId: string | undefined;
  /** The last question asked, as read: what a follow-up fragment amends. */
  private latestQuestion: string | undefined;

  constructor(
    private sluice: Sluice,
    settings: Omit<ChatSettings, 'model'>,
    /** Opens a runtime with another model (for /model). */
    private readonly reopen: (model: string) => Promise<Sluice>,
  ) {
    this.settings = { ...settings, model: sluice.runtime.settings.defaultModel };
  }

  /**
   * The question a line asks: a follow-up naming another table or stored value ("same for customers") is the last
   * question with it swapped in, or not understood; another fragment ("and by status?") is the last question amended by it.
   */
  async readQuestion(line: string): Promise<SubjectSwap> {
    const previous = this.latestQuestion;
    if (previous && (/\bsame\b/i.test(line) || followUpFragment(line) !== undefined)) {
      const catalog = await loadCatalog(this.sluice.runtime, this.settings.namespace);
      const swap = swapFollowUpSubject(line, previous, catalog);
      if (swap) return swap;
    }
    return { kind: 'question', question: amendFollowUp(line, previous) };
  }

  ask(task: string): RunHandle {
    const handle = this.remember(this.start(task));
    this.latestQuestion = task;
    return handle;
  }

  private remember(handle: RunHandle): RunHandle {
    this.latestRunId = handle.runId;
    handle.done
      .then((result) => {
        const attempt = result.context.sql_attempts.at(-1);
        // A query that ran but does not answer the question is no answer to chart.
        if (attempt?.executed && !attempt.error && !declinedAfterRunning(result.context, result.status)) this.latest = attempt;
      })
      .catch(() => {});
    return handle;
  }

  private start(task: string): RunHandle {
    const { settings } = this;
    refuseContentlessTask(validateTaskText(task));
    return startRun(this.sluice, {
      task,
      namespace: settings.namespace,
      plan: settings.plan,
      currentDate: settings.currentDate,
      maxIterations: settings.maxIterations,
      saveDir: settings.saveDir,
      format: settings.format,
    });
  }

  resume(runId?: string): RunHandle {
    if (!runId) {
      const runs = listRuns(this.settings.saveDir);
      if (runs.length > 0 && !runs.some((run) => run.state?.context.status === 'running')) {
        throw new UsageError(`no unfinished run in ${this.settings.saveDir}; name one with /resume ID (/history lists them)`);
      }
    }
    return this.remember(resumeRun(this.sluice, { saveDir: this.settings.saveDir, runId, format: this.settings.format }));
  }

  plans(): string[] {
    return Object.keys(this.sluice.workflows).sort();
  }

  namespaces(): string[] {
    return [...new Set(['demo', ...Object.keys(this.sluice.runtime.config.namespaces)])].sort();
  }

  models(): string[] {
    return [...new Set(['offline', this.settings.model, ...Object.keys(this.sluice.runtime.config.models)])].sort();
  }

  setPlan(name: string): void {
    if (!ownEntry(this.sluice.workflows, name)) throw new UsageError(`unknown plan "${name}"; known plans: ${this.plans().join(', ')}`);
    this.settings.plan = name;
  }

  setNamespace(name: string): void {
    this.sluice.runtime.namespace(name);
    this.settings.namespace = name;
  }

  setFormat(name: string): void {
    if (!FORMATS.includes(name as OutputFormat)) throw new UsageError(`unknown format "${name}"; use one of ${FORMATS.join(', ')}`);
    this.settings.format = name as OutputFormat;
  }

  /** Opens a runtime with the model first, so an unknown name leaves the session as it was. */
  async setModel(name: string): Promise<void> {
    const next = await this.reopen(name);
    const previous = this.sluice;
    this.sluice = next;
    this.settings.model = next.runtime.settings.defaultModel;
    await previous.runtime.close();
  }

  async tables(): Promise<CatalogTable[]> {
    const connector = await this.sluice.runtime.connector(this.settings.namespace);
    return connector.introspect();
  }

  /** What the current namespace can answer (its main tables and metrics): said after a question it cannot. */
  async answerableTopics(): Promise<string> {
    const { namespace } = this.settings;
    const runtime = this.sluice.runtime;
    const [tables, { metrics }] = await Promise.all([this.tables(), runtime.memo(`metrics:${namespace}`, () => loadMetrics(runtime.namespace(namespace).metrics))]);
    return answerableTopics(namespace, tables, metrics);
  }

  async table(name: string): Promise<CatalogTable> {
    const tables = await this.tables();
    const found = tables.find((table) => table.name === name) ?? tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
    if (!found) {
      throw new UsageError(`no table "${name}" in namespace ${this.settings.namespace}; tables: ${tables.map((t) => t.name).join(', ')}`);
    }
    return found;
  }

  async sql(text: string): Promise<QueryResult> {
    const runtime = this.sluice.runtime;
    const connector = await runtime.connector(this.settings.namespace);
    const result = await connector.execute(text, { timeoutMs: runtime.settings.queryTimeoutMs, maxRows: runtime.settings.maxRows });
    this.latest = result;
    return result;
  }

  history(limit = 15): HistoryEntry[] {
    return listRuns(this.settings.saveDir)
      .slice(0, limit)
      .map(({ runId, state, error }) => ({
        runId,
        status: state?.context.status ?? `unreadable (${error ?? 'no state'})`,
        task: state?.context.task.text ?? '',
        plan: state?.context.task.plan,
        namespace: state?.context.task.namespace,
      }));
  }

  /** /good: this session's last answered question and its SQL become a confirmed example of its namespace. */
  confirmLastAnswer(): Promise<AddedExample> {
    return confirmLatestAnswer(this.sluice.runtime, this.settings.saveDir, this.latestRunId);
  }

  close(): Promise<void> {
    return this.sluice.runtime.close();
  }
}
