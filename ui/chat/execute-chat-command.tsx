import os from 'node:os';
import path from 'node:path';
import type { ReactNode } from 'react';
import { SqlError } from '../../src/connectors/connector.js';
import type { EngineEvent } from '../../src/engine/engine-events.js';
import type { RunHandle } from '../../src/engine/run-handle.js';
import { UsageError } from '../../src/errors.js';
import { chartVerdict } from '../chart-shape.js';
import { chartTitle } from '../chart-text.js';
import { BarChart } from '../components/BarChart.js';
import { HelpView } from '../components/HelpView.js';
import { Sparkline } from '../components/Sparkline.js';
import { HistoryList } from '../components/HistoryList.js';
import { Notice } from '../components/Notice.js';
import { ResultView } from '../components/ResultView.js';
import { SchemaView } from '../components/SchemaView.js';
import { SqlView } from '../components/SqlView.js';
import { TableList } from '../components/TableList.js';
import { readEarlierNodeEnds } from '../read-event-log.js';
import type { ChatController } from './chat-controller.js';
import { FORMATS } from './chat-controller.js';

export type ChatOutcome = { kind: 'show'; nodes: ReactNode[] } | { kind: 'run'; handle: RunHandle; earlier: EngineEvent[] } | { kind: 'exit' };

const show = (...nodes: ReactNode[]): ChatOutcome => ({ kind: 'show', nodes });
const info = (text: string) => show(<Notice kind="info">{text}</Notice>);

function needs(arg: string, usage: string): void {
  if (!arg) throw new UsageError(`usage: ${usage}`);
}

/** Runs one slash command. Throws for anything the user should be told about; the session shows it and goes on. */
export async function executeChatCommand(controller: ChatController, name: string, arg: string, width: number): Promise<ChatOutcome> {
  const settings = controller.settings;
  switch (name) {
    case 'help':
    case '?':
      return show(<HelpView />);
    case 'exit':
    case 'quit':
      return { kind: 'exit' };
    case 'plan':
      if (!arg) return info(`plan is ${settings.plan}; plans: ${controller.plans().join(', ')}`);
      controller.setPlan(arg);
      return show(<Notice kind="success">{`plan set to ${arg}`}</Notice>);
    case 'namespace':
      if (!arg) return info(`namespace is ${settings.namespace}; namespaces: ${controller.namespaces().join(', ')}`);
      controller.setNamespace(arg);
      return show(<Notice kind="success">{`namespace set to ${arg}`}</Notice>);
    case 'model':
      if (!arg) return info(`model is ${settings.model}; models: ${controller.models().join(', ')}`);
      await controller.setModel(arg);
      return show(<Notice kind="success">{`model set to ${settings.model}`}</Notice>);
    case 'format':
      if (!arg) return info(`format is ${settings.format}; formats: ${FORMATS.join(', ')}`);
      controller.setFormat(arg);
      return show(<Notice kind="success">{`results now show as ${arg}`}</Notice>);
    case 'tables':
      return show(<TableList namespace={settings.namespace} tables={await controller.tables()} width={width} />);
    case 'schema':
      needs(arg, '/schema TABLE');
      return show(<SchemaView table={await controller.table(arg)} width={width} hiddenColumnsHint={`use sluice schema ${arg} --format json or a wider terminal`} />);
    case 'sql': {
      needs(arg, '/sql SELECT ...');
      try {
        const result = await controller.sql(arg);
        return show(
          <SqlView sql={arg} width={width} />,
          <ResultView columns={result.columns} columnTypes={result.column_types} rows={result.rows} rowCount={result.row_count} truncated={result.truncated} width={width} hiddenColumnsHint="use a wider terminal, or SELECT fewer columns" />,
        );
      } catch (error) {
        if (error instanceof SqlError) {
          const message = error.kind === 'refused' && !/^refused\b/i.test(error.message) ? `refused: ${error.message}` : error.message;
          throw new UsageError(error.kind === 'refused' ? message : `${error.kind} error: ${error.message}`);
        }
        throw error;
      }
    }
    case 'good': {
      // Says where: the store is the user's own (~/.local/state/sluice), shared by every folder and session, not this folder.
      const { example, added, file } = await controller.confirmLastAnswer();
      return show(
        <Notice kind="success">{`${added ? 'kept' : 'already kept'} as example ${example.id} of ${example.namespace} in ${homeShortened(file)}: ${example.question} (sluice examples remove ${example.id} forgets it)`}</Notice>,
      );
    }
    case 'chart': {
      const latest = controller.latest;
      if (!latest) return info('no result yet: ask a question or run /sql first');
      const { shape, reason } = chartVerdict(latest);
      if (!shape) return info(`the latest result has no chart: ${reason}`);
      const title = chartTitle(shape);
      const room = Math.min(72, width);
      return show(
        shape.kind === 'series' ? (
          <Sparkline title={title} labels={shape.labels} values={shape.values} width={room} />
        ) : (
          <BarChart title={title} labels={shape.labels} values={shape.values} width={room} />
        ),
      );
    }
    case 'history':
      return show(<HistoryList entries={controller.history()} saveDir={settings.saveDir} width={width} />);
    case 'resume': {
      const handle = controller.resume(arg || undefined);
      return { kind: 'run', handle, earlier: readEarlierNodeEnds(handle.runDir) };
    }
    default:
      throw new UsageError(`unknown command /${name}; /help lists the commands`);
  }
}

/** `~/…` for a file under the home folder, as a user would type it. */
function homeShortened(file: string): string {
  const home = os.homedir();
  return home && file.startsWith(home + path.sep) ? `~${file.slice(home.length)}` : file;
}
