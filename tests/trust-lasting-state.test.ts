import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';
import { runCli } from './helpers/run-cli.js';

/**
 * A made-up help desk: "still", "no longer" and "not yet" after an auxiliary or a relative pronoun ask for rows in a
 * state that lasts up to now, which a range on one date column does not select.
 */
const TABLES = [
  { name: 'agents', columns: [['agent_id', 'INTEGER'], ['agent_name', 'VARCHAR'], ['active', 'BOOLEAN']] },
  { name: 'tickets', columns: [['ticket_id', 'INTEGER'], ['agent_id', 'INTEGER'], ['opened_at', 'DATE'], ['closed_at', 'DATE'], ['status', 'VARCHAR'], ['drink', 'VARCHAR']] },
] as const;

const contextFor = (question: string): Context =>
  questionContext(
    question,
    'helpdesk',
    TABLES.map((table) => ({ name: table.name, columns: table.columns.map(([name, type]) => ({ name, type })) })),
  );

const OCTOBER = "opened_at >= DATE '2026-10-01' AND opened_at < DATE '2026-11-01'";

const cases: CheckCase[] = [
  ['one date column bounded', 'How many tickets were still open at the end of October 2026?', `SELECT COUNT(*) FROM tickets WHERE ${OCTOBER}`, ['n'], 1, 'lasting_state', false],
  ['a missing closing date', 'How many tickets were still open at the end of October 2026?', "SELECT COUNT(*) FROM tickets WHERE opened_at < DATE '2026-11-01' AND (closed_at IS NULL OR closed_at >= DATE '2026-11-01')", ['n'], 1, 'lasting_state', true],
  ['a second date compared', 'How many tickets were still open at the end of October 2026?', "SELECT COUNT(*) FROM tickets WHERE opened_at < DATE '2026-11-01' AND closed_at >= DATE '2026-11-01'", ['n'], 1, 'lasting_state', true],
  ['no condition', 'How many tickets are still waiting for a reply?', 'SELECT COUNT(*) FROM tickets', ['n'], 1, 'lasting_state', false],
  ['a state value', 'How many tickets are still waiting for a reply?', "SELECT COUNT(*) FROM tickets WHERE status = 'waiting'", ['n'], 1, 'lasting_state', true],
  ['an ended state unread', 'List the agents who no longer work here', 'SELECT agent_name FROM agents', ['agent_name'], 4, 'lasting_state', false],
  ['an ended state as a yes/no', 'List the agents who no longer work here', 'SELECT agent_name FROM agents WHERE active = false', ['agent_name'], 2, 'lasting_state', true],
  ['"still" as an adjective', 'How many tickets asked for still water?', "SELECT COUNT(*) FROM tickets WHERE drink = 'still water'", ['n'], 1, 'lasting_state', true],
];

describe('a state that lasts up to now is a condition, not a date', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});

describe('on the demo, through the CLI', () => {
  it('"How many orders are still on their way?" answered by counting every order is unsure', async () => {
    const result = await runCli(['run', '--task', 'How many orders are still on their way?', '--format', 'json', '--current_date', '2026-11-25']);
    expect(result.code, result.stderr).toBe(3);
    const json = JSON.parse(result.stdout) as { status: string; reason: string };
    expect(json.status).toBe('unsure');
    expect(json.reason).toMatch(/are still/);
  }, 120_000);
});
