export interface ChatCommand {
  name: string;
  usage: string;
  description: string;
}

export const CHAT_COMMANDS: ChatCommand[] = [
  { name: 'plan', usage: '/plan NAME', description: 'workflow plan for the next questions' },
  { name: 'namespace', usage: '/namespace NAME', description: 'database namespace for the next questions' },
  { name: 'model', usage: '/model NAME', description: 'model for the next questions' },
  { name: 'tables', usage: '/tables', description: 'tables of the namespace, with row counts' },
  { name: 'schema', usage: '/schema TABLE', description: 'columns of a table' },
  { name: 'sql', usage: '/sql SQL', description: 'run read-only SQL through the sandbox' },
  { name: 'good', usage: '/good', description: 'keep the last question and its SQL as a confirmed example' },
  { name: 'history', usage: '/history', description: 'recent runs in the save dir' },
  { name: 'resume', usage: '/resume [ID]', description: 'finish a saved run (default: the latest unfinished)' },
  { name: 'chart', usage: '/chart', description: 'chart of the latest result (a label column and a measure)' },
  { name: 'format', usage: '/format FMT', description: 'how results show: table, json, csv, markdown' },
  { name: 'help', usage: '/help', description: 'this list' },
  { name: 'exit', usage: '/exit', description: 'leave (Ctrl-D, or Ctrl-C twice at an empty prompt, too)' },
];
