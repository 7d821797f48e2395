import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up sail loft (sailmakers, their clients, the sails and the sheep-wool felt they buy at auction): English
 * constructions that answered `success` wrongly on databases nobody had studied (a modifier of the counted noun
 * dropped, a state phrase after "on" dropped, a key for "which clients", "total head" counted, every column for "with
 * their …", an age ranked by a joining date), each beside an answerable look-alike that must keep passing. Not any
 * dataset's questions.
 */
const contextFor = (question: string): Context =>
  questionContext(question, 'sail_loft', [
    {
      name: 'clients',
      comment: 'Clients of the loft: private owners and trade clients (chandlers, yacht clubs)',
      columns: [
        { name: 'client_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'business_name', nullable: false },
        { name: 'client_type', nullable: false, comment: 'private, chandler or club' },
        { name: 'town', nullable: false },
        { name: 'on_hold', type: 'BOOLEAN', nullable: false, comment: 'Account stopped until the balance is paid' },
        { name: 'holding_no', nullable: true, comment: 'Mooring holding number' },
      ],
    },
    {
      name: 'sail_cloths',
      comment: 'Sail cloths kept in stock',
      columns: [
        { name: 'cloth_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'description', nullable: false },
        { name: 'replacement_cost', type: 'DECIMAL(8,2)', nullable: false },
      ],
    },
    {
      name: 'makers',
      columns: [
        { name: 'maker_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'joined_on', type: 'DATE', nullable: false },
        { name: 'qualified_year', type: 'INTEGER', nullable: false },
        { name: 'qualification', nullable: false },
      ],
    },
    {
      name: 'crew',
      columns: [
        { name: 'crew_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'date_of_birth', type: 'DATE', nullable: false },
        { name: 'joined_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'orders',
      columns: [
        { name: 'order_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'client_id', type: 'INTEGER', nullable: false, references: 'clients.client_id' },
        { name: 'maker_id', type: 'INTEGER', nullable: false, references: 'makers.maker_id' },
        { name: 'ordered_on', type: 'DATE', nullable: false },
        { name: 'job_type', nullable: false, comment: 'RECUT reshaping the luff, REPAIR patching and restitching, REINFORCEMENT extra patches at the corners, VALET washing and mildew treatment' },
        { name: 'price', type: 'DECIMAL(8,2)', nullable: false },
      ],
    },
    {
      name: 'auctions',
      columns: [
        { name: 'auction_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'auction_type', nullable: false, comment: 'STORE store sale, BREED breeding sale' },
        { name: 'held_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'wool_lots',
      columns: [
        { name: 'lot_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'auction_id', type: 'INTEGER', nullable: false, references: 'auctions.auction_id' },
        { name: 'breed_cd', nullable: false, comment: 'TEX Texel, SUF Suffolk' },
        { name: 'head_cnt', type: 'INTEGER', nullable: false, comment: 'Number of sheep in the lot' },
      ],
    },
  ]);

const TEXEL_LOTS = "FROM auctions JOIN wool_lots ON auctions.auction_id = wool_lots.auction_id WHERE wool_lots.breed_cd = 'TEX'";

const cases: CheckCase[] = [
  // unread_modifier: a word before the noun naming the one table read whole says which of its rows are meant
  ['a modifier of the counted noun dropped', 'How many trade clients have we got?', 'SELECT COUNT(*) AS n FROM clients', ['n'], [[40]], 'unread_modifier', false],
  ['a modifier of the listed noun dropped', 'List the trade clients.', 'SELECT business_name FROM clients', ['business_name'], 40, 'unread_modifier', false],
  ['no modifier', 'How many clients have we got?', 'SELECT COUNT(*) AS n FROM clients', ['n'], [[40]], 'unread_modifier', true],
  ['the modifier filtered on', 'How many trade clients have we got?', "SELECT COUNT(*) AS n FROM clients WHERE client_type <> 'private'", ['n'], [[12]], 'unread_modifier', true],
  ['the modifier is part of the table name', 'How many sail cloths do we stock?', 'SELECT COUNT(*) AS n FROM sail_cloths', ['n'], [[9]], 'unread_modifier', true],
  ['a counting adjective', 'How many different clients are there?', 'SELECT COUNT(*) AS n FROM clients', ['n'], [[40]], 'unread_modifier', true],
  ['a participle saying the rows are kept', 'How many registered clients are there?', 'SELECT COUNT(*) AS n FROM clients', ['n'], [[40]], 'unread_modifier', true],
  ["a word of the comment's opening phrase", 'How many stock cloths are there?', 'SELECT COUNT(*) AS n FROM sail_cloths', ['n'], [[9]], 'unread_modifier', true],
  ['a modifier naming another table', 'How many sail makers are there?', 'SELECT COUNT(*) AS n FROM makers', ['n'], [[6]], 'unread_modifier', true],
  ['a verb before the noun', "What is each client's town?", 'SELECT business_name, town FROM clients', ['business_name', 'town'], 40, 'unread_modifier', true],
  ['a noun joined by "of"', 'What kind of clients are there?', 'SELECT DISTINCT client_type FROM clients', ['client_type'], 3, 'unread_modifier', true],
  // unrestricted_rows: "on" / "in" before a place where records are kept asks for every row; before a state it restricts
  ['a state after "on" dropped', 'Which clients are on stop?', 'SELECT business_name FROM clients', ['business_name'], 40, 'unrestricted_rows', false],
  ['a place after "in" dropped', 'Which clients are in Falmouth?', 'SELECT business_name FROM clients', ['business_name'], 40, 'unrestricted_rows', false],
  ['kept on file', 'Which clients are on file?', 'SELECT business_name FROM clients', ['business_name'], 40, 'unrestricted_rows', true],
  ['kept in the system', 'Which clients are in the system?', 'SELECT business_name FROM clients', ['business_name'], 40, 'unrestricted_rows', true],
  ['rows in the table read', 'How many rows are in clients?', 'SELECT COUNT(*) AS n FROM clients', ['n'], [[40]], 'unrestricted_rows', true],
  ['the state kept', 'Which clients are on stop?', 'SELECT business_name FROM clients WHERE on_hold', ['business_name'], 3, 'unrestricted_rows', true],
  // key_for_name: a noun naming no table read means the rows of the one table the SQL reads
  ['a key for "which clients" over customers', 'Which customers are based in Falmouth?', "SELECT client_id FROM clients WHERE town = 'Falmouth'", ['client_id'], 4, 'key_for_name', false],
  ['the name for "which customers"', 'Which customers are based in Falmouth?', "SELECT business_name FROM clients WHERE town = 'Falmouth'", ['business_name'], 4, 'key_for_name', true],
  ['ids asked for', 'Which customer ids are based in Falmouth?', "SELECT client_id FROM clients WHERE town = 'Falmouth'", ['client_id'], 4, 'key_for_name', true],
  // total_counted: a singular noun after "total" is added up too
  ['total head counted', 'total head of Texels sold at the breeding sales', `SELECT COUNT(DISTINCT auctions.auction_id) AS n ${TEXEL_LOTS} AND auctions.auction_type = 'BREED'`, ['n'], [[3]], 'total_counted', false],
  ['total head added up', 'total head of Texels sold at the breeding sales', `SELECT SUM(wool_lots.head_cnt) AS head ${TEXEL_LOTS} AND auctions.auction_type = 'BREED'`, ['head'], [[212]], 'total_counted', true],
  ['total number counted', 'total number of Texel lots at the breeding sales', `SELECT COUNT(*) AS n ${TEXEL_LOTS} AND auctions.auction_type = 'BREED'`, ['n'], [[14]], 'total_counted', true],
  ['total of a participle', 'total sold at the breeding sales', `SELECT COUNT(*) AS n ${TEXEL_LOTS} AND auctions.auction_type = 'BREED'`, ['n'], [[14]], 'total_counted', true],
  // every_column: a listing that names what to show of each row is not every column
  ['named attribute, every column', 'List the clients with their holding numbers.', 'SELECT * FROM clients', ['client_id', 'business_name', 'client_type', 'town', 'on_hold', 'holding_no'], 40, 'every_column', false],
  ['named attribute, every column of another table', 'List the sail cloths with their replacement price.', 'SELECT * FROM sail_cloths', ['cloth_id', 'description', 'replacement_cost'], 9, 'every_column', false],
  ['named attribute shown', 'List the clients with their holding numbers.', 'SELECT business_name, holding_no FROM clients', ['business_name', 'holding_no'], 40, 'every_column', true],
  ['no attribute named', 'List the clients in Falmouth.', "SELECT * FROM clients WHERE town = 'Falmouth'", ['client_id', 'business_name', 'client_type', 'town', 'on_hold', 'holding_no'], 4, 'every_column', true],
  ['details asked for', 'List the clients with their details.', 'SELECT * FROM clients', ['client_id', 'business_name', 'client_type', 'town', 'on_hold', 'holding_no'], 40, 'every_column', true],
  // ranked_age: "oldest" said of a person ranks by age, not by when they joined
  ['an age ranked by a joining date', 'Who is the oldest sailmaker in the loft?', 'SELECT full_name FROM makers ORDER BY joined_on ASC LIMIT 1', ['full_name'], [['Ann Trew']], 'ranked_age', false],
  ['an age ranked by a joining date, "who … oldest"', 'Who is the oldest of the makers?', 'SELECT full_name FROM makers ORDER BY joined_on ASC LIMIT 1', ['full_name'], [['Ann Trew']], 'ranked_age', false],
  ['an age ranked by a date of birth', 'Who is the oldest crew member?', 'SELECT full_name FROM crew ORDER BY date_of_birth ASC LIMIT 1', ['full_name'], [['Bo Penrose']], 'ranked_age', true],
  ['the oldest order, a thing', 'Which is the oldest order?', 'SELECT order_id FROM orders ORDER BY ordered_on ASC LIMIT 1', ['order_id'], [[1]], 'ranked_age', true],
  ['who placed the oldest order', 'Who placed the oldest order?', 'SELECT clients.business_name FROM orders JOIN clients ON orders.client_id = clients.client_id ORDER BY orders.ordered_on ASC LIMIT 1', ['business_name'], [['Mylor Chandlery']], 'ranked_age', true],
  // unread_code: a value matched by one word of a phrase whose other word glosses another code of the column
  ['a value matched partly', 'How much did mildew repair bring in?', "SELECT SUM(price) AS total FROM orders WHERE job_type = 'REPAIR'", ['total'], [[1800]], 'unread_code', false],
  ["the other word in the tested code's own gloss", 'How much did patching repair bring in?', "SELECT SUM(price) AS total FROM orders WHERE job_type = 'REPAIR'", ['total'], [[1800]], 'unread_code', true],
  ['the other word glosses nothing', 'How much did sail repair bring in?', "SELECT SUM(price) AS total FROM orders WHERE job_type = 'REPAIR'", ['total'], [[1800]], 'unread_code', true],
  ['a long code matched partly', 'How much did mildew reinforcement bring in?', "SELECT SUM(price) AS total FROM orders WHERE job_type = 'REINFORCEMENT'", ['total'], [[900]], 'unread_code', false],
  ["the other word in a long code's own gloss", 'How much did corner reinforcement bring in?', "SELECT SUM(price) AS total FROM orders WHERE job_type = 'REINFORCEMENT'", ['total'], [[900]], 'unread_code', true],
  ['half of a hyphenated word matched', 'Which makers do mildew-free repair?', "SELECT DISTINCT makers.full_name FROM orders JOIN makers ON orders.maker_id = makers.maker_id WHERE orders.job_type = 'VALET'", ['full_name'], 3, 'unread_code', false],
  ['both halves in the gloss', 'Which makers do mildew-treatment jobs?', "SELECT DISTINCT makers.full_name FROM orders JOIN makers ON orders.maker_id = makers.maker_id WHERE orders.job_type = 'VALET'", ['full_name'], 3, 'unread_code', true],
  // shown_kind: "What <noun>" answered by a column of the noun's stem that holds a year
  ['a year for a qualification', 'What qualification does each maker hold?', 'SELECT full_name, qualified_year FROM makers', ['full_name', 'qualified_year'], 6, 'shown_kind', false],
  ['the qualification shown', 'What qualification does each maker hold?', 'SELECT full_name, qualification FROM makers', ['full_name', 'qualification'], 6, 'shown_kind', true],
  ['a year asked for', 'What year did each maker qualify?', 'SELECT full_name, qualified_year FROM makers', ['full_name', 'qualified_year'], 6, 'shown_kind', true],
];

describe('wrong successes on unseen databases (dev_q, plain_m), and their answerable look-alikes', () => {
  for (const c of cases) it(c[0], () => expectCheckCase(contextFor, c));
});
