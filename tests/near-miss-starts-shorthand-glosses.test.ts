import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the grounding used to decline (issue 14), each for a reason that follows from English or from
 * the schema's own names and comments:
 * - a stored name's first words before the noun its own column is named for ("the Kelby depot" where depot_nm holds
 *   Kelby Yard, though town holds Kelby Moor), or in the plural ("Spaniels" where Spaniel Cross is stored);
 * - the question's own shorthand from the list of data-naming short forms ("tot amt due on invs"), where the schema
 *   spells the words out;
 * - a word a column's comment glosses one of its codes with: as the modifier of a compound ("guest nights" where
 *   GST is "guest stay"), as what a count counts ("How many charities" where CHY is "charity");
 * - a degree of an adjective that a column's unit measures ("the warmest" where chill_temp_c is in degrees C).
 * A name before a noun that names nothing of it ("the Kelby office") and a degree no column measures stay declined, and
 * people counted as the rows of the thing a name's noun says it is ("people … at the Kelby depot", over depots) are no
 * answer. Made-up databases through the real CLI.
 */
const removals = madeUpRows(
  [
    'CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);',
    "CREATE TABLE clients (client_id INTEGER PRIMARY KEY, client_nm VARCHAR NOT NULL, client_typ VARCHAR NOT NULL);",
    "COMMENT ON COLUMN clients.client_typ IS 'HSE householder, BUS business, CHY charity';",
    'CREATE TABLE moves (move_id INTEGER PRIMARY KEY, depot_id INTEGER NOT NULL REFERENCES depots(depot_id), client_id INTEGER NOT NULL REFERENCES clients(client_id), move_dt DATE NOT NULL, stay_typ VARCHAR NOT NULL, nights INTEGER NOT NULL, chill_temp_c DECIMAL(4,1));',
    "COMMENT ON COLUMN moves.stay_typ IS 'GST guest stay in our store, OWN owner collects';",
    'CREATE TABLE invoice ("invoiceId" INTEGER PRIMARY KEY, "moveId" INTEGER NOT NULL REFERENCES moves(move_id), "amountDue" DECIMAL(8,2) NOT NULL, status VARCHAR NOT NULL);',
    "CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id), breed VARCHAR NOT NULL);",
  ].join('\n'),
  {
    depots: ['depot_id,depot_nm,town', [[1, 'Kelby Yard', 'Kelby Moor'], [2, 'Harbour Road', 'Porthwen'], [3, 'Ridge Farm', 'Aldwick']]],
    clients: ['client_id,client_nm,client_typ', [[1, 'A. Brown', 'HSE'], [2, 'Tillers Ltd', 'BUS'], [3, 'Hope Trust', 'CHY'], [4, 'C. Dale', 'HSE']]],
    moves: [
      'move_id,depot_id,client_id,move_dt,stay_typ,nights,chill_temp_c',
      [[1, 1, 1, '2026-09-03', 'GST', 4, 3.5], [2, 1, 2, '2026-09-10', 'OWN', 0, null], [3, 2, 3, '2026-10-01', 'GST', 9, 5.0], [4, 3, 4, '2026-10-12', 'OWN', 0, 2.0]],
    ],
    invoice: ['invoiceId,moveId,amountDue,status', [[1, 1, 420.5, 'open'], [2, 2, 990, 'paid'], [3, 3, 310, 'open'], [4, 4, 150, 'paid']]],
    pets: ['pet_id,client_id,breed', [[1, 1, 'Spaniel Cross'], [2, 4, 'Border Collie'], [3, 4, 'Spaniel Cross']]],
  },
);

const QUESTIONS = [
  { id: 'start before its noun', namespace: 'removals', task: 'How many moves went out from the Kelby depot?', declined: false as const },
  { id: 'start in the plural', namespace: 'removals', task: 'How many Spaniels do our clients own?', declined: false as const },
  { id: 'shorthand', namespace: 'removals', task: 'Tot amt due on invs still open', declined: false as const },
  { id: 'glossed modifier', namespace: 'removals', task: 'How many guest nights did we have in September 2026?', declined: false as const },
  { id: 'glossed count', namespace: 'removals', task: 'How many charities have we moved?', declined: false as const },
  { id: 'degree in units', namespace: 'removals', task: 'What was the warmest a chilled load got?', declined: false as const },
  { id: 'name before another noun', namespace: 'removals', task: 'How many moves went out from the Kelby office?', declined: /Kelby/ },
  { id: 'degree nothing measures', namespace: 'removals', task: 'Which move was the noisiest?', declined: /noisiest/ },
  { id: 'people of a named thing', namespace: 'removals', task: 'How many people work at the Kelby depot?', declined: /people/ },
];

describe('value starts, question shorthand, code glosses, degrees in units', () => {
  const answers = askBeforeAll({ removals: removals.database }, QUESTIONS, {
    args: ['--current_date', '2026-11-02'],
    prefix: 'sluice-near-miss-starts-',
  });

  for (const question of QUESTIONS.filter((q) => !q.declined)) {
    it(`answers what the schema's names, comments and short forms say: ${question.id}`, () => {
      expectAnswered(answers(), [question]);
    });
  }

  it('still declines what nothing names', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });
});
