import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A nation the question names where nothing records nations (issue 14): "How many people climb indoors in the UK each
 * year?" over a club whose rows say nothing of countries asks about the country at large, and is declined before any
 * SQL. Where a column records countries the question is left to the query, whether a value spells the nation ("How
 * many pupils come from England?") or not; a nation inside an organisation's name ("the Bank of England") is left to
 * the rules for other organisations. Made-up databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  climbing_club: {
    schema: `CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name VARCHAR, qualification VARCHAR, hourly_rate DOUBLE);
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, instructor VARCHAR, town VARCHAR, held_on DATE, level VARCHAR);`,
    data: {
      staff: 'staff_id,full_name,qualification,hourly_rate\n1,Ada Byrne,Climbing Wall Instructor,18.5\n2,Tom Okafor,Rock Climbing Instructor,21\n',
      sessions: 'session_id,instructor,town,held_on,level\n1,Ada Byrne,Leeds,2026-10-03,beginner\n2,Tom Okafor,York,2026-10-10,advanced\n',
    },
  },
  ski_school: {
    schema: `CREATE TABLE pupils (pupil_id INTEGER PRIMARY KEY, pupil_name VARCHAR, home_town VARCHAR, country VARCHAR);
CREATE TABLE lessons (lesson_id INTEGER PRIMARY KEY, pupil_id INTEGER REFERENCES pupils (pupil_id), taught_on DATE, price DOUBLE);`,
    data: {
      pupils: 'pupil_id,pupil_name,home_town,country\n1,Ada Byrne,Leeds,England\n2,Tom Okafor,Cardiff,Wales\n3,Mia Rossi,Perth,Scotland\n',
      lessons: 'lesson_id,pupil_id,taught_on,price\n1,1,2026-01-10,45\n2,2,2026-02-11,50\n3,3,2026-02-12,45\n',
    },
  },
};

const DECLINED = [
  { id: 'nation where nothing records nations', namespace: 'climbing_club', task: 'How many people climb indoors in the UK each year?', declined: /'UK' is a country/ },
  { id: 'rate in a nation nothing records', namespace: 'climbing_club', task: 'What is the average hourly rate for climbing instructors in the UK?', declined: /'UK' is a country/ },
];
const ANSWERED = [
  { id: 'nation a stored value spells', namespace: 'ski_school', task: 'How many pupils come from England?', declined: false as const },
  { id: 'nation where a country column is', namespace: 'ski_school', task: 'What is the average lesson price in the UK?', declined: false as const },
];

describeDeclineTable('a nation where nothing records nations', {
  databases: SCHEMAS,
  questions: [...DECLINED, ...ANSWERED],
  args: DATE,
  prefix: 'sluice-nation-unrecorded-',
  declines: 'declines a question scoped to a nation the data cannot tell apart, before any SQL',
  answers: 'leaves a nation to the query where a column records countries',
  query: 'none',
});
