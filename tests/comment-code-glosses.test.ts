import { describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { commentCodeGlosses } from '../src/catalog/code-glosses.js';
import { glossCodedValues } from '../src/catalog/gloss-coded-values.js';
import { matchValues } from '../src/catalog/match-values.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { askBeforeAll, askBenchBeforeAll, expectAnswered } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Codes a column's comment explains ("MTH monthly, ANN annual, PNC punch card"; "A = active, F = frozen"): the question's
 * words for a code ("members on the annual plan", "frozen memberships") are aliases of the stored code, so the answer
 * filters on it. Made-up comments, databases and questions.
 */
const glossed = (comment: string) => commentCodeGlosses(comment).map(({ code, gloss, asides }) => [code, gloss, ...asides].join('|'));

describe('the codes a comment glosses', () => {
  it('reads the formats comments write code lists in', () => {
    expect(glossed('Plan code: MTH monthly, ANN annual, PNC punch card')).toEqual(['MTH|monthly', 'ANN|annual', 'PNC|punch card']);
    expect(glossed('A = active, F = frozen, X = expired')).toEqual(['A|active', 'F|frozen', 'X|expired']);
    expect(glossed("'TR' = translation; 'IN' = interpreting")).toEqual(['TR|translation', 'IN|interpreting']);
    expect(glossed('A: active\nF: frozen')).toEqual(['A|active', 'F|frozen']);
    expect(glossed('TR - translation, IN - interpreting')).toEqual(['TR|translation', 'IN|interpreting']);
    expect(glossed('A/F/X = active/frozen/expired')).toEqual(['A|active', 'F|frozen', 'X|expired']);
    expect(glossed('STU studio (black box), THR thrust')).toEqual(['STU|studio|black box', 'THR|thrust']);
    expect(glossed('OK, LATE or CNX (cancelled, refunded)')).toEqual(['CNX||cancelled|refunded']);
    // A gloss that opens with an acronym: "D DIY livery", "P PAYG plan (pay as you go)".
    expect(glossed('F full livery, D DIY livery (the owner does all the care), R retirement livery')).toEqual(['F|full livery', 'D|DIY livery|the owner does all the care', 'R|retirement livery']);
    expect(glossed('P PAYG plan (pay as you go), C contract plan')).toEqual(['P|PAYG plan|pay as you go', 'C|contract plan']);
  });

  it('reads no code from prose, a count or a time', () => {
    expect(glossed('How the booking was made: phone, website or app')).toEqual([]);
    expect(glossed('Seats per chair; 1 for a drag lift')).toEqual([]);
    expect(glossed('A = 06:00-14:00, B = 14:00-21:30')).toEqual([]);
    // Two acronyms in a row are not a code and its gloss.
    expect(glossed('VAT ID of the supplier')).toEqual([]);
  });
});

describe('glosses as aliases of stored codes', () => {
  const table = (name: string, columns: Array<[string, string?]>): CatalogTable =>
    ({ name, row_count: 10, columns: columns.map(([column, comment]) => ({ name: column, type: 'VARCHAR', nullable: false, ...(comment ? { comment } : {}) })) }) as CatalogTable;
  const tables = [
    table('memberships', [['plan_cd', 'Plan code: MTH monthly, ANN annual, PNC punch card, STU student'], ['status', 'A = active, F = frozen, X = expired']]),
    table('coaches', [['coach_name'], ['grade', 'HC head coach, C coach, AC assistant coach']]),
  ];
  const sets: ColumnValues[] = [
    { table: 'memberships', column: 'plan_cd', values: ['MTH', 'ANN', 'PNC'] },
    { table: 'memberships', column: 'status', values: ['A', 'F', 'X'] },
    { table: 'coaches', column: 'grade', values: ['HC', 'C', 'AC'] },
  ];
  glossCodedValues(tables, sets);
  const lookup = buildValueLookup(sets);
  const found = (question: string) => matchValues(lookup, question).filter((match) => match.score >= 1).map((match) => `${match.column}=${match.value}`).sort();

  it("names a stored code by its gloss, a gloss of several words only as the phrase", () => {
    expect(found('How many members are on the annual plan?')).toEqual(['plan_cd=ANN']);
    expect(found('How many frozen memberships are there?')).toEqual(['status=F']);
    expect(found('List the punch card members')).toEqual(['plan_cd=PNC']);
    expect(found('Who is the head coach?')).toEqual(['grade=HC']);
    expect(found('Which card did the head of sales use?')).toEqual([]);
  });

  it('glosses only codes the column stores, and no word that names a table or column', () => {
    // STU is glossed, but no membership stores it.
    expect(sets[0]!.glosses?.STU).toBeUndefined();
    expect(found('How many student members are there?')).toEqual([]);
    // "coach" names the coaches table: the question asks for coaches, not for grade 'C'.
    expect(sets[2]!.glosses?.C).toBeUndefined();
    expect(found('Which coach has the most members?')).toEqual([]);
  });
});

describe('a stored value in lower case with words in brackets after it', () => {
  const tables = [
    { name: 'orders', row_count: 10, columns: [{ name: 'channel', type: 'VARCHAR', nullable: false, comment: 'Sales channel: web, mobile (app) or store' }, { name: 'note', type: 'VARCHAR', nullable: true, comment: 'Free text (as typed by staff)' }] },
  ] as CatalogTable[];
  const sets: ColumnValues[] = [
    { table: 'orders', column: 'channel', values: ['web', 'mobile', 'store'] },
    { table: 'orders', column: 'note', values: ['typed', 'urgent'] },
  ];
  glossCodedValues(tables, sets);
  const lookup = buildValueLookup(sets);
  const found = (question: string) => matchValues(lookup, question).filter((match) => match.score >= 1).map((match) => `${match.column}=${match.value}`).sort();

  it('names that value by the bracketed words, and nothing a bracket follows that the column does not store', () => {
    expect(sets[0]!.glosses).toEqual({ mobile: ['app'] });
    expect(found('How many orders came through the app?')).toEqual(['channel=mobile']);
    expect(sets[1]!.glosses).toBeUndefined();
  });
});

describe("a yes/no column's comment that names its rows in a short phrase", () => {
  const column = (name: string, comment: string) => ({ name, type: 'BOOLEAN', nullable: false, comment });
  const tables = [
    { name: 'units', row_count: 10, columns: [column('clim', 'Climate-controlled (heated) unit'), column('drv_up', 'Drive-up unit: a van can park at its door'), column('has_pool', 'Whether the centre has a swimming pool')] },
  ] as CatalogTable[];
  const sets: ColumnValues[] = [
    { table: 'units', column: 'clim', values: ['true', 'false'] },
    { table: 'units', column: 'drv_up', values: ['false', 'true'] },
    { table: 'units', column: 'has_pool', values: ['true', 'false'] },
  ];
  glossCodedValues(tables, sets);
  const lookup = buildValueLookup(sets);
  const found = (question: string) => matchValues(lookup, question).filter((match) => match.score >= 1).map((match) => `${match.column}=${match.value}`).sort();

  it('names the yes value by that phrase, less the table it ends with, and by the words in its brackets', () => {
    expect(sets[0]!.glosses).toEqual({ true: ['Climate-controlled', 'heated'] });
    expect(found('How many climate-controlled units are there?')).toEqual(['clim=true']);
    expect(found('How many heated units are there?')).toEqual(['clim=true']);
    expect(found('How many drive-up units are climate-controlled?')).toEqual(['clim=true', 'drv_up=true']);
  });

  it('glosses nothing from a comment that says more than a name', () => {
    expect(sets[2]!.glosses).toBeUndefined();
    expect(found('What is the climate like in the centre?')).toEqual([]);
  });
});

const SCHEMAS: Record<string, MadeUpDatabase> = {
  gym: {
    schema: [
      'CREATE TABLE coaches (coach_id INTEGER PRIMARY KEY, coach_name VARCHAR NOT NULL, grade VARCHAR NOT NULL);',
      'CREATE TABLE memberships (mem_id INTEGER PRIMARY KEY, holder VARCHAR NOT NULL, coach_id INTEGER NOT NULL REFERENCES coaches(coach_id), plan_cd VARCHAR NOT NULL, status CHAR(1) NOT NULL, fee DECIMAL(9,2) NOT NULL);',
      'CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, mem_id INTEGER NOT NULL REFERENCES memberships(mem_id), visit_dt DATE NOT NULL, kind VARCHAR NOT NULL);',
      "COMMENT ON COLUMN visits.kind IS 'GYM gym floor, SWM swim, CLS fitness class';",
      "COMMENT ON COLUMN coaches.grade IS 'HC head coach, C coach, AC assistant coach';",
      "COMMENT ON COLUMN memberships.plan_cd IS 'Plan code: MTH monthly, ANN annual, PNC punch card, STU student';",
      "COMMENT ON COLUMN memberships.status IS 'A = active, F = frozen, X = expired';",
    ].join('\n'),
    data: {
      coaches: 'coach_id,coach_name,grade\n1,Ines Moreau,HC\n2,Omar Said,C\n3,Kofi Mensah,AC\n',
      memberships:
        'mem_id,holder,coach_id,plan_cd,status,fee\n10,Ann Ray,1,ANN,A,480\n11,Bo Li,2,MTH,F,45\n12,Cy Dee,2,PNC,A,90\n13,Di Fox,3,ANN,X,480\n14,Ed Gay,1,MTH,A,45\n15,Flo Hart,3,ANN,F,480\n',
      visits: 'visit_id,mem_id,visit_dt,kind\n1,10,2026-10-01,CLS\n2,10,2026-10-03,CLS\n3,10,2026-10-05,SWM\n4,11,2026-10-02,GYM\n5,12,2026-10-04,CLS\n6,10,2026-10-08,CLS\n',
    },
  },
};

const QUESTIONS = [
  { id: 'annual', namespace: 'gym', task: 'How many memberships are on the annual plan?', declined: false as const },
  { id: 'frozen', namespace: 'gym', task: 'List the holders of the frozen memberships.', declined: false as const },
  { id: 'punch card', namespace: 'gym', task: 'What is the total fee of the punch card memberships?', declined: false as const },
  { id: 'coaches', namespace: 'gym', task: 'How many coaches are there?', declined: false as const },
];

describe('coded values a column comment explains, through the CLI', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-comment-codes-' });

  it('filters the coded column on the code the question names by its gloss', () => {
    expectAnswered(answers(), QUESTIONS);
    expect(answers().get('annual')!.sql).toMatch(/"?plan_cd"?\s*=\s*'ANN'/i);
    expect(answers().get('frozen')!.sql).toMatch(/"?status"?\s*=\s*'F'/i);
    expect(answers().get('punch card')!.sql).toMatch(/"?plan_cd"?\s*=\s*'PNC'/i);
  });

  it('leaves a word that names a table to the table, though a comment glosses a code with it', () => {
    expect(answers().get('coaches')!.sql).toMatch(/FROM\s+"?coaches"?/i);
    expect(answers().get('coaches')!.sql).not.toMatch(/grade/i);
  });
});

describe('a glossed code counted beside another thing the question names', () => {
  const scans = [{ id: 'scans', namespace: 'wildlife_park', task: 'How many pregnancy scans were done on the ring-tailed lemurs?' }];
  const answers = askBenchBeforeAll('bench/datasets/abstention-dev-i', ['wildlife_park'], scans, { args: ['--current_date', '2026-12-01'], prefix: 'sluice-comment-codes-zoo-' });

  it('counts the rows of the value spelt right after "how many", not those of the animals named', () => {
    expect(answers().get('scans')!.sql).toMatch(/"?reason"?\s*=\s*'PREG'/i);
    expect(answers().get('scans')!.sql).toMatch(/COUNT\(\*\)/i);
  });
});

describe('the checks beside glossed codes', () => {
  const questions = [
    // "Apple Podcasts" glosses the platform APPL; the count's own "podcasts" is no download of it.
    { id: 'listed', namespace: 'podcast_network', task: 'How many podcasts are listed on Apple Podcasts?' },
    { id: 'nurse', namespace: 'gp_practice', task: "What's the average length of a practice nurse appointment in minutes?" },
  ];
  const podcasts = askBenchBeforeAll('bench/datasets/abstention-dev-g', ['podcast_network'], questions.slice(0, 1), { args: ['--current_date', '2026-12-01'], prefix: 'sluice-comment-codes-pod-' });
  const practice = askBenchBeforeAll('bench/datasets/abstention-dev-f', ['gp_practice'], questions.slice(1), { args: ['--current_date', '2026-12-01'], prefix: 'sluice-comment-codes-gp-' });

  it('does not take a count for the value a later word of the same spelling names', () => {
    expect(podcasts().get('listed')!.status).not.toBe('success');
  });

  it('asks the length of the appointment a glossed role narrows, not of the role', () => {
    expect(practice().get('nurse')!.status).not.toBe('unanswerable');
  });
});
