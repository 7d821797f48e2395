import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * An attribute asked of a stored thing is held by the thing's tables when it links to their names, however loosely
 * (issue 14): itself, a word derived from it, or a WordNet relative of either. The relative must meet a name or a
 * shorter word the name derives from ("nationality" → national ~ citizen, of Citizenship), not a longer word derived
 * from a name: "professor" → professorship ~ studentship is no student, "invented" → inventor ~ modeler no model.
 * Made-up databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  college: {
    schema: `CREATE TABLE students (student_id INTEGER PRIMARY KEY, full_name VARCHAR, enrolled_on DATE);
CREATE TABLE courses (course_id INTEGER PRIMARY KEY, course_name VARCHAR, credits INTEGER);
CREATE TABLE enrolments (student_id INTEGER REFERENCES students (student_id), course_id INTEGER REFERENCES courses (course_id), grade INTEGER);`,
    data: {
      students: 'student_id,full_name,enrolled_on\n1,Mia Rossi,2025-09-01\n2,Tom Okafor,2024-09-01\n',
      courses: 'course_id,course_name,credits\n1,Algebra,10\n2,Poetry,5\n',
      enrolments: 'student_id,course_id,grade\n1,1,71\n2,1,64\n2,2,80\n',
    },
  },
  gadgets: {
    schema: `CREATE TABLE gadgets (gadget_id INTEGER PRIMARY KEY, model VARCHAR, colour VARCHAR, price DOUBLE);`,
    data: { gadgets: 'gadget_id,model,colour,price\n1,Zeta 2,red,19.9\n2,Omni,blue,45\n' },
  },
  artists: {
    schema: `CREATE TABLE singers (singer_id INTEGER PRIMARY KEY, singer_name VARCHAR, citizenship VARCHAR, birth_year INTEGER);
CREATE TABLE players (player_id INTEGER PRIMARY KEY, player_name VARCHAR);
CREATE TABLE goals (goal_id INTEGER PRIMARY KEY, player_id INTEGER REFERENCES players (player_id), minute INTEGER);`,
    data: {
      singers: 'singer_id,singer_name,citizenship,birth_year\n1,Ana Lima,Brazil,1990\n2,Jon Hale,Ireland,1985\n',
      players: 'player_id,player_name\n1,Sam Kerr\n2,Lee Park\n',
      goals: 'goal_id,player_id,minute\n1,1,12\n2,2,55\n3,1,80\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'professor of each course', namespace: 'college', task: 'Which professor teaches each course?', declined: /'professor'/ },
  { id: 'professor of the course, who', namespace: 'college', task: 'Which professor runs the Algebra course?', declined: /'professor'/ },
  { id: 'inventor of each gadget', namespace: 'gadgets', task: 'Who invented each gadget?', declined: /'invented'/ },
  { id: 'inventor of the gadget', namespace: 'gadgets', task: 'Who invented the gadget?', declined: /'invented'/ },
  { id: 'nationality, citizenship', namespace: 'artists', task: 'What nationality is each singer?', declined: false },
  { id: 'scorer, player', namespace: 'artists', task: 'Who scored each goal?', declined: false },
  { id: 'grade of each student', namespace: 'college', task: 'What grade did each student get in Algebra?', declined: false },
];

describeDeclineTable('an asked attribute linked to its thing through WordNet: one derivation from a name, not two', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-attribute-derivations-',
  declines: 'declines an attribute whose only link is a relative of a longer word derived from a name, naming it',
  answers: 'answers an attribute that meets a name or the shorter word a name derives from',
});
