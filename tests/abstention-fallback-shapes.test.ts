import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Three more shapes of an answer that fell back because nothing holds what is asked (issue 14,
 * src/trust/judge-fallback-answer.ts), each with a look-alike the data answers:
 * - "What <noun> is the <thing> …?" answered by every column of the thing's row, the noun naming no column (a WordNet
 *   sibling does not count: "colour" reaches make and model as a kind);
 * - "How much <noun> …" where the noun names only a text column (the kind of fuel, not an amount of it), answered by
 *   every column or by listing that text column ("SELECT fuel FROM vehicles");
 * - "How many <plural> …" counted over a table filtered to a named value, the plural being a noun WordNet mostly uses
 *   as a verb ("volunteers"), and the stored name's words ("Run") naming the value, not the table.
 * - "How much <noun> …" answered by a sum of another column, the noun linking to nothing but a comment's word ("over" in
 *   "Total award over the whole grant" shortens "overhead"): an amount is of something a column stores.
 * Made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const VEHICLES = 'veh_id,plate_no,make,model,fuel\n1,47-XC-11,Kia,Sportage,diesel\n2,12-AB-34,Peugeot,3008,petrol\n';

const SCHEMAS: Record<string, MadeUpDatabase> = {
  fleet: {
    schema: `CREATE TABLE vehicles (veh_id INTEGER PRIMARY KEY, plate_no VARCHAR, make VARCHAR, model VARCHAR, fuel VARCHAR);
CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, veh_id INTEGER, out_dt DATE, in_dt DATE, total_amt DECIMAL(8,2), FOREIGN KEY (veh_id) REFERENCES vehicles(veh_id));`,
    data: { vehicles: VEHICLES, rentals: 'rental_id,veh_id,out_dt,in_dt,total_amt\n1,1,2026-10-01,2026-10-04,180.00\n2,2,2026-10-02,2026-10-03,75.00\n' },
  },
  fleet_colour: {
    schema: `CREATE TABLE vehicles (veh_id INTEGER PRIMARY KEY, plate_no VARCHAR, make VARCHAR, model VARCHAR, colour VARCHAR);
CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, veh_id INTEGER, out_dt DATE, in_dt DATE, fuel_in_litres DECIMAL(5,1), FOREIGN KEY (veh_id) REFERENCES vehicles(veh_id));`,
    data: {
      vehicles: 'veh_id,plate_no,make,model,colour\n1,47-XC-11,Kia,Sportage,red\n2,12-AB-34,Peugeot,3008,grey\n',
      rentals: 'rental_id,veh_id,out_dt,in_dt,fuel_in_litres\n1,1,2026-10-01,2026-10-04,31.5\n2,2,2026-10-02,2026-10-03,12.0\n',
    },
  },
  charity: {
    schema: `CREATE TABLE campaigns (campaign_id INTEGER PRIMARY KEY, name VARCHAR, start_dt DATE, target_amt DECIMAL(10,2));`,
    data: { campaigns: 'campaign_id,name,start_dt,target_amt\n1,Spring Fun Run,2026-04-12,5000.00\n2,Winter Appeal,2025-12-01,20000.00\n' },
  },
  charity_volunteers: {
    schema: `CREATE TABLE campaigns (campaign_id INTEGER PRIMARY KEY, name VARCHAR, start_dt DATE, target_amt DECIMAL(10,2));
CREATE TABLE volunteers (volunteer_id INTEGER PRIMARY KEY, campaign_id INTEGER, full_name VARCHAR, FOREIGN KEY (campaign_id) REFERENCES campaigns(campaign_id));`,
    data: {
      campaigns: 'campaign_id,name,start_dt,target_amt\n1,Spring Fun Run,2026-04-12,5000.00\n2,Winter Appeal,2025-12-01,20000.00\n',
      volunteers: 'volunteer_id,campaign_id,full_name\n1,1,Ann Lee\n2,1,Bo Chan\n3,2,Cy Dean\n',
    },
  },
  grants: {
    schema: `CREATE TABLE grants (grant_id VARCHAR PRIMARY KEY, funder VARCHAR, title VARCHAR, amt DECIMAL(12,2));
COMMENT ON TABLE grants IS 'External research funding awarded to the university';
COMMENT ON COLUMN grants.amt IS 'Total award in US dollars over the whole grant';`,
    data: { grants: 'grant_id,funder,title,amt\nG1,NIH,Sleep study,250000.00\nG2,NSF,Soil carbon,120000.00\n' },
  },
  grants_overhead: {
    schema: `CREATE TABLE grants (grant_id VARCHAR PRIMARY KEY, funder VARCHAR, title VARCHAR, amt DECIMAL(12,2), overhead_amt DECIMAL(12,2));
COMMENT ON TABLE grants IS 'External research funding awarded to the university';
COMMENT ON COLUMN grants.amt IS 'Total award in US dollars over the whole grant';`,
    data: { grants: 'grant_id,funder,title,amt,overhead_amt\nG1,NIH,Sleep study,250000.00,50000.00\nG2,NSF,Soil carbon,120000.00,24000.00\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'colour of a car', namespace: 'fleet', task: 'What colour is the car with plate 47-XC-11?', declined: /'colour'/, query: 'none' },
  { id: 'fuel left', namespace: 'fleet', task: 'How much fuel was left in the tank when each rental came back?', declined: /'fuel'/ },
  { id: 'fuel listed', namespace: 'fleet', task: 'How much fuel was in each car when it came back?', declined: /what kind of fuel/ },
  { id: 'volunteers at a run', namespace: 'charity', task: 'How many volunteers turned up to marshal the Spring Fun Run?', declined: /how many volunteers/ },
  { id: 'overhead kept', namespace: 'grants', task: 'How much overhead did the university keep from the NIH awards?', declined: /'overhead'/ },
  { id: 'overhead stored', namespace: 'grants_overhead', task: 'How much overhead did the university keep from the NIH awards?', declined: false },
  { id: 'colour stored', namespace: 'fleet_colour', task: 'What colour is the car with plate 47-XC-11?', declined: false },
  { id: 'fuel stored', namespace: 'fleet_colour', task: 'How much fuel was left in the tank when each rental came back?', declined: false },
  { id: 'volunteers stored', namespace: 'charity_volunteers', task: 'How many volunteers turned up to marshal the Spring Fun Run?', declined: false },
  { id: 'fuel listed stored', namespace: 'fleet_colour', task: 'How much fuel was in each car when it came back?', declined: false },
  { id: 'make of a car', namespace: 'fleet', task: 'What make is the car with plate 47-XC-11?', declined: false },
];

describeDeclineTable('answers that fell back for an attribute, an amount or a count nothing holds', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-fallback-shapes-',
  declines: 'declines after the query what no column holds',
  answers: 'answers the same questions where the data holds it',
  query: 'ran',
});
