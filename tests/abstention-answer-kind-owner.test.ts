import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * The tables a question asking for a kind of answer is about (src/trust/tables-asked-about.ts) are those its words name
 * by their own name; a word that names one table so ("tenant" → tenancies) does not also name another through a WordNet
 * relative (a tenant's landlord), so "What's the phone number of the lead tenant at …?" is declined after the query
 * where only landlords have phones, and answered where the landlord is asked for or the tenancy holds a phone
 * (issue 14, src/trust/judge-answer-kind.ts). Made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const LANDLORDS = 'landlord_id,full_name,phone\n1,Ann Lee,0115 496 0000\n2,Bo Chan,0115 496 0001\n';
const PROPERTIES = 'property_id,landlord_id,address,town\n1,1,91 Lenton Boulevard,Nottingham\n2,2,4 Derby Road,Nottingham\n';

const SCHEMAS: Record<string, MadeUpDatabase> = {
  lets: {
    schema: `CREATE TABLE landlords (landlord_id INTEGER PRIMARY KEY, full_name VARCHAR, phone VARCHAR);
CREATE TABLE properties (property_id INTEGER PRIMARY KEY, landlord_id INTEGER, address VARCHAR, town VARCHAR, FOREIGN KEY (landlord_id) REFERENCES landlords(landlord_id));
CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, property_id INTEGER, lead_tenant VARCHAR, start_date DATE, FOREIGN KEY (property_id) REFERENCES properties(property_id));`,
    data: { landlords: LANDLORDS, properties: PROPERTIES, tenancies: 'tenancy_id,property_id,lead_tenant,start_date\n1,1,Cy Dean,2025-06-01\n2,2,Di Eve,2024-02-01\n' },
  },
  lets_phones: {
    schema: `CREATE TABLE landlords (landlord_id INTEGER PRIMARY KEY, full_name VARCHAR, phone VARCHAR);
CREATE TABLE properties (property_id INTEGER PRIMARY KEY, landlord_id INTEGER, address VARCHAR, town VARCHAR, FOREIGN KEY (landlord_id) REFERENCES landlords(landlord_id));
CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, property_id INTEGER, lead_tenant VARCHAR, tenant_phone VARCHAR, start_date DATE, FOREIGN KEY (property_id) REFERENCES properties(property_id));`,
    data: {
      landlords: LANDLORDS,
      properties: PROPERTIES,
      tenancies: 'tenancy_id,property_id,lead_tenant,tenant_phone,start_date\n1,1,Cy Dean,07700 900001,2025-06-01\n2,2,Di Eve,07700 900002,2024-02-01\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'tenant phone', namespace: 'lets', task: "What's the phone number of the lead tenant at 91 Lenton Boulevard?", declined: /phone number/ },
  { id: 'landlord phone', namespace: 'lets', task: "What's the phone number of the landlord of 91 Lenton Boulevard?", declined: false },
  { id: 'tenant phone stored', namespace: 'lets_phones', task: "What's the phone number of the lead tenant at 91 Lenton Boulevard?", declined: false },
];

describeDeclineTable('a kind of answer asked of a thing whose own table does not hold it', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-answer-kind-owner-',
  declines: 'declines after the query a phone number asked of a tenant where only landlords have phones',
  answers: 'answers the landlord’s phone, and the tenant’s where the tenancy holds one',
  query: 'ran',
});
