import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Questions about another organisation's data, or asking for a verdict, declined before any SQL (issue 14), each
 * beside an answerable twin:
 * - a name of several capitalised words is held only as a whole: "Octopus Energy" shares a word with the stored
 *   offtaker 'Octavia Energy Supply' and is still someone else, as the doer of a verb or an owner ("Octopus Energy's");
 *   the stored 'Halden Rail', its leading word "Octavia", and 'Octavia Energy Supply' as an owner are answered; an
 *   acronym as an owner ("the UK's") is held only by a stored value that spells it ("UKPN's");
 * - a name of any script ("Ørsted") and a name the dictionary does not know, wherever it stands ("sell energy to
 *   Freshways", "what NextEra reports"); a stored name there ("supply Halden Rail") is answered;
 * - "worth the money", an adjective judged for people ("fair to customers"), "any good", "the ideal place to work";
 *   "higher than" is a fact;
 * - another organisation by what it is to this one: "our competitors", "rival firms" ("other sites" are the data's);
 * - a rank or comparison by a quality: "the best offtaker" where offtaker holds names (a price per MWh is a number to
 *   rank by), "more efficient than";
 * - a table's identifier asked about as a table ("Who has write access to ppa_contracts?"); the same identifier with
 *   a column of it is answered.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  power: {
    schema: [
      'CREATE TABLE sites (site_id INTEGER PRIMARY KEY, site_name VARCHAR NOT NULL, region VARCHAR NOT NULL, capacity_mw DECIMAL(6,1) NOT NULL, tracker BOOLEAN NOT NULL, dno VARCHAR NOT NULL);',
      'CREATE TABLE ppa_contracts (ppa_id INTEGER PRIMARY KEY, site_id INTEGER NOT NULL REFERENCES sites(site_id), offtaker VARCHAR NOT NULL, price_mwh DECIMAL(8,2) NOT NULL, start_date DATE NOT NULL);',
      'CREATE TABLE generation (site_id INTEGER NOT NULL REFERENCES sites(site_id), day DATE NOT NULL, energy_mwh DECIMAL(8,1) NOT NULL);',
    ].join('\n'),
    data: {
      sites: 'site_id,site_name,region,capacity_mw,tracker,dno\n1,Hollowmere,South West,12.4,true,WPD\n2,Red Moss,North West,6.6,false,ENWL\n3,Thorney Fen,East,15.0,true,UKPN\n',
      ppa_contracts: 'ppa_id,site_id,offtaker,price_mwh,start_date\n1,1,Octavia Energy Supply,52.50,2024-04-01\n2,2,Halden Rail,63.20,2025-01-01\n3,3,Halden Rail,58.00,2025-06-01\n',
      generation: 'site_id,day,energy_mwh\n1,2026-06-01,61.2\n2,2026-06-01,30.4\n3,2026-06-01,80.9\n',
    },
  },
};

const DECLINED = [
  { id: 'doer-partial', namespace: 'power', task: 'What price per MWh does Octopus Energy pay?', declined: /'Octopus Energy'/ },
  { id: 'owner-partial', namespace: 'power', task: "What is Octopus Energy's average price per MWh?", declined: /'Octopus Energy'/ },
  { id: 'owner-acronym', namespace: 'power', task: "What is the UK's total installed solar capacity?", declined: /'UK'/ },
  { id: 'doer-script', namespace: 'power', task: 'How many sites does Ørsted run?', declined: /'Ørsted'/ },
  { id: 'unknown-name-2', namespace: 'power', task: 'Compare our capacity with what NextEra reports', declined: /'NextEra'/ },
  { id: 'unknown-name-3', namespace: 'power', task: 'Which sites sell energy to Freshways?', declined: /'Freshways'/ },
  { id: 'owner-partial-2', namespace: 'power', task: "How much energy did Octopus Energy's sites generate?", declined: /'Octopus Energy'/ },
  { id: 'worth-the', namespace: 'power', task: 'Are trackers worth the money?', declined: /worth the money/ },
  { id: 'fair-to', namespace: 'power', task: 'Was the 2025 price rise fair to customers?', declined: /fair to customers/ },
  { id: 'any-good', namespace: 'power', task: 'Is Red Moss any good?', declined: /any good/ },
  { id: 'ideal-place', namespace: 'power', task: 'Which of the sites is the ideal place to work?', declined: /ideal place to work/ },
  { id: 'competitors', namespace: 'power', task: 'How many sites do our competitors run?', declined: /our competitors/ },
  { id: 'rival-firms', namespace: 'power', task: 'What is the average price per MWh at rival firms in the South West?', declined: /rival firms/ },
  { id: 'best-by-name', namespace: 'power', task: 'Which site has the best offtaker?', declined: /'offtaker'/ },
  { id: 'more-than-quality', namespace: 'power', task: 'Are tracker sites more efficient than fixed ones?', declined: /'efficient'/ },
  { id: 'table-identifier', namespace: 'power', task: 'Who has write access to ppa_contracts?', declined: /ppa_contracts/ },
];
const ANSWERED = [
  { id: 'doer-stored', namespace: 'power', task: 'What price per MWh does Halden Rail pay?', declined: false as const },
  { id: 'doer-leading-word', namespace: 'power', task: 'What price per MWh does Octavia pay?', declined: false as const },
  { id: 'owner-stored', namespace: 'power', task: "What is Octavia Energy Supply's average price per MWh?", declined: false as const },
  { id: 'stored-name-anywhere', namespace: 'power', task: 'How many contracts supply Halden Rail?', declined: false as const },
  { id: 'owner-acronym-stored', namespace: 'power', task: "What is UKPN's total capacity?", declined: false as const },
  { id: 'other-stored', namespace: 'power', task: 'Which other sites have a capacity above 10?', declined: false as const },
  { id: 'best-by-number', namespace: 'power', task: 'Which site has the best price per MWh?', declined: false as const },
  { id: 'higher-than', namespace: 'power', task: 'Is the price per MWh at Red Moss higher than at Hollowmere?', declined: false as const },
  { id: 'table-identifier-column', namespace: 'power', task: 'How many rows of ppa_contracts have a price_mwh above 55?', declined: false as const },
];

describeDeclineTable('another organisation named in part or in another script, and questions asking for a verdict', {
  databases: SCHEMAS,
  questions: [...DECLINED, ...ANSWERED],
  args: ['--current_date', '2026-12-01'],
  prefix: 'sluice-abstention-names-verdicts-',
  declines: 'declines the question before any SQL, naming the name or the words of the verdict',
  answers: 'answers stored names, whole or by their leading word, and questions of fact',
  query: 'none',
});
