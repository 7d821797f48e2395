import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * What "have" or "hold" says the rows possess (issue 14): "Which instructors hold a mountain leader certificate?" picks
 * instructors by a thing the data would have to store. When the head of that noun phrase links to nothing the question
 * is declined before any SQL, even though another word ("instructors", a column) links: before this rule an open word
 * declined only where what was asked or no column at all linked, so a linked subject let the question run and end
 * unsure. After "have" and a determiner the head is a noun whatever English mostly uses the word as ("dietary
 * requirements at …", "a parking permit number"). Each declined question has a look-alike whose held thing a column
 * names, which is answered. A made-up climbing club, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  climbing_club: {
    schema: `CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name VARCHAR, qualification VARCHAR, hourly_rate DOUBLE);
CREATE TABLE rooms (room_id INTEGER PRIMARY KEY, room_name VARCHAR, has_projector BOOLEAN, capacity INTEGER);
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms (room_id), instructor VARCHAR, held_on DATE, level VARCHAR);
CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions (session_id), member_name VARCHAR, discount DOUBLE, locker_no INTEGER);`,
    data: {
      staff: 'staff_id,full_name,qualification,hourly_rate\n1,Ada Byrne,Climbing Wall Instructor,18.5\n2,Tom Okafor,Rock Climbing Instructor,21\n',
      rooms: 'room_id,room_name,has_projector,capacity\n1,Boulder Cave,false,20\n2,Lead Hall,true,40\n',
      sessions: 'session_id,room_id,instructor,held_on,level\n1,1,Ada Byrne,2026-10-03,beginner\n2,2,Tom Okafor,2026-10-10,advanced\n3,2,Ada Byrne,2026-11-07,beginner\n',
      bookings: 'booking_id,session_id,member_name,discount,locker_no\n1,1,Mia Rossi,0,12\n2,1,Sam Hale,5,9\n3,2,Mia Rossi,0,7\n4,3,Jo Park,2.5,3\n',
    },
  },
};

const DECLINED = [
  { id: 'held certificate nothing stores', namespace: 'climbing_club', task: 'Which instructors hold a mountain leader certificate?', declined: /mountain leader certificate/ },
  { id: 'had requirements nothing stores', namespace: 'climbing_club', task: 'How many members had dietary requirements at the October sessions?', declined: /dietary requirements/ },
  { id: 'held number of a thing nothing stores', namespace: 'climbing_club', task: 'Do any bookings with a discount have a parking permit number recorded?', declined: /permit/ },
];
const ANSWERED = [
  { id: 'held qualification a column stores', namespace: 'climbing_club', task: 'Which instructors hold a climbing qualification?', declined: false as const },
  { id: 'had discount a column stores', namespace: 'climbing_club', task: 'How many members had a discount at the October sessions?', declined: false as const },
  { id: 'held number a column stores', namespace: 'climbing_club', task: 'Do any bookings with a discount have a locker number recorded?', declined: false as const },
  { id: 'have as an auxiliary', namespace: 'climbing_club', task: 'Which instructors have taught in the Lead Hall?', declined: false as const },
  { id: 'have before its subject and a participle', namespace: 'climbing_club', task: 'How many bookings have our regulars made this year?', declined: false as const },
];

describeDeclineTable('what "have" or "hold" says the rows possess', {
  databases: SCHEMAS,
  questions: [...DECLINED, ...ANSWERED],
  args: DATE,
  prefix: 'sluice-held-object-',
  declines: 'declines rows that must hold something nothing stores, though another word links a column',
  answers: 'answers a held thing a column names, and "have" before a participle',
  query: 'none',
});
