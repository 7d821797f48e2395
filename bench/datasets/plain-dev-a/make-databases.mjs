// Writes databases/{solar_installer,recruitment_agency}/data/*.csv: two small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-a/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, csvTableWriter, day, money, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Ada', 'Bilal', 'Clara', 'Dominic', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ingrid', 'Jonah', 'Kira', 'Lucas', 'Mira', 'Niall', 'Orla', 'Pavel', 'Quinn', 'Rhea', 'Soren', 'Tess', 'Umar', 'Vera', 'Wyatt', 'Zara'];
const LAST = ['Alder', 'Brennan', 'Coutts', 'Dervish', 'Eckhart', 'Faulkner', 'Gillespie', 'Hartigan', 'Ionescu', 'Jaffray', 'Kettering', 'Lindgren', 'Moffat', 'Nyberg', 'Osei', 'Prentice', 'Quarrie', 'Rourke', 'Strachan', 'Tolland', 'Urquhart', 'Voss', 'Whitby', 'Yeats'];

/** A residential solar installer in Arizona: customers, panel models, install crews, installations, inspections and monthly generation, 2024-2026. */
function solarInstaller() {
  const { random, pick, between } = seeded(20240401);
  const models = [
    ['SunPeak', 'SP-400 Mono', 400, 25, 212], ['SunPeak', 'SP-430 Black', 430, 25, 248], ['Helionix', 'HX-365', 365, 20, 171],
    ['Helionix', 'HX-410 Bifacial', 410, 30, 236], ['Desert Volt', 'DV-450 Pro', 450, 25, 262], ['Desert Volt', 'DV-380', 380, 15, 158], ['Aurelia Solar', 'AS-420', 420, 30, 255],
  ].map(([manufacturer, model_name, watts, warranty_years, unit_cost], index) => ({ model_id: index + 1, manufacturer, model_name, watts, warranty_years, unit_cost: money(unit_cost) }));
  const crews = [
    ['Crew Saguaro', 'Hector Ruiz', 'Phoenix', 2016], ['Crew Mesquite', 'Dana Whitcombe', 'Mesa', 2018], ['Crew Ocotillo', 'Luis Ortega', 'Tucson', 2019],
    ['Crew Palo Verde', 'Sam Nakagawa', 'Phoenix', 2021], ['Crew Cholla', 'Brianna Tso', 'Flagstaff', 2023],
  ].map(([crew_name, lead_installer, base_city, formed_year], index) => ({ crew_id: index + 1, crew_name, lead_installer, base_city, formed_year }));
  const cities = [['Phoenix', 'Maricopa'], ['Phoenix', 'Maricopa'], ['Mesa', 'Maricopa'], ['Mesa', 'Maricopa'], ['Scottsdale', 'Maricopa'], ['Chandler', 'Maricopa'], ['Gilbert', 'Maricopa'], ['Tempe', 'Maricopa'], ['Tucson', 'Pima'], ['Tucson', 'Pima'], ['Oro Valley', 'Pima'], ['Flagstaff', 'Coconino'], ['Sedona', 'Yavapai'], ['Prescott', 'Yavapai']];
  const customers = [];
  for (let i = 0; i < 420; i += 1) {
    const [city, county] = pick(cities);
    customers.push({ customer_id: 5001 + i, full_name: `${pick(FIRST)} ${pick(LAST)}`, city, county, financing: pick(['cash', 'cash', 'loan', 'loan', 'loan', 'lease', 'lease']), referred_by_customer_id: i > 40 && random() < 0.18 ? 5001 + between(0, i - 1) : null, signed_on: day(addDays(new Date(Date.UTC(2024, 0, 3)), between(0, 990))) });
  }
  const crewFor = (county) => (county === 'Pima' ? 3 : county === 'Coconino' || county === 'Yavapai' ? (random() < 0.8 ? 5 : 1) : pick([1, 1, 2, 2, 4]));
  const installations = [];
  for (const customer of customers) {
    const signed = new Date(`${customer.signed_on}T00:00:00Z`);
    const installed = addDays(signed, between(21, 95));
    if (installed > new Date(Date.UTC(2026, 9, 28))) continue;
    const model = pick(models);
    const panels = between(12, 42);
    const crew = crewFor(customer.county);
    installations.push({ installation_id: 0, customer_id: customer.customer_id, model_id: model.model_id, crew_id: crew === 5 && installed < new Date(Date.UTC(2023, 5, 1)) ? 1 : crew, installed_on: day(installed), panel_count: panels, battery_kwh: random() < 0.35 ? pick(['10.0', '13.5', '13.5', '20.0']) : null, contract_price: money(panels * model.watts * (2.55 + random() * 0.9)), roof_type: pick(['tile', 'tile', 'tile', 'asphalt shingle', 'flat', 'flat', 'metal']) });
  }
  installations.sort((a, b) => cmp(a.installed_on, b.installed_on) || a.customer_id - b.customer_id);
  installations.forEach((x, index) => { x.installation_id = 9001 + index; });
  const inspections = [];
  const inspectors = ['M. Delgado', 'R. Finch', 'T. Okonkwo', 'J. Abernathy', 'K. Lindqvist'];
  for (const inst of installations) {
    let when = addDays(new Date(`${inst.installed_on}T00:00:00Z`), between(3, 20));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      if (when > new Date(Date.UTC(2026, 9, 30))) break;
      const passed = random() < (attempt === 0 ? 0.82 : 0.93);
      inspections.push({ inspection_id: 0, installation_id: inst.installation_id, inspected_on: day(when), inspector: pick(inspectors), result: passed ? 'pass' : 'fail', fail_reason: passed ? null : pick(['conduit not secured', 'missing labels', 'rapid shutdown not working', 'roof penetration not sealed', 'grounding incomplete']) });
      if (passed) break;
      when = addDays(when, between(4, 15));
    }
  }
  inspections.sort((a, b) => cmp(a.inspected_on, b.inspected_on) || a.installation_id - b.installation_id);
  inspections.forEach((x, index) => { x.inspection_id = 1 + index; });
  const sunshine = [0.62, 0.7, 0.86, 0.97, 1.06, 1.08, 0.98, 0.95, 0.92, 0.83, 0.68, 0.6];
  const output = [];
  for (const inst of installations) {
    const passedOn = inspections.find((x) => x.installation_id === inst.installation_id && x.result === 'pass')?.inspected_on;
    if (!passedOn) continue;
    const model = models[inst.model_id - 1];
    const kw = (inst.panel_count * model.watts) / 1000;
    const firstMonth = new Date(Date.UTC(Number(passedOn.slice(0, 4)), Number(passedOn.slice(5, 7)), 1));
    let month = firstMonth < new Date(Date.UTC(2026, 3, 1)) ? new Date(Date.UTC(2026, 3, 1)) : firstMonth;
    const customer = customers.find((c) => c.customer_id === inst.customer_id);
    const north = customer.county === 'Coconino' || customer.county === 'Yavapai' ? 0.88 : 1;
    while (month < new Date(Date.UTC(2026, 9, 1))) {
      const m = month.getUTCMonth();
      output.push({ installation_id: inst.installation_id, month_start: day(month), kwh_generated: Math.round(kw * 30 * 6.1 * sunshine[m] * north * (0.85 + random() * 0.2)) });
      month = new Date(Date.UTC(month.getUTCFullYear(), m + 1, 1));
    }
  }
  writeTable('solar_installer', 'panel_models', ['model_id', 'manufacturer', 'model_name', 'watts', 'warranty_years', 'unit_cost'], models);
  writeTable('solar_installer', 'crews', ['crew_id', 'crew_name', 'lead_installer', 'base_city', 'formed_year'], crews);
  writeTable('solar_installer', 'customers', ['customer_id', 'full_name', 'city', 'county', 'financing', 'referred_by_customer_id', 'signed_on'], customers);
  writeTable('solar_installer', 'installations', ['installation_id', 'customer_id', 'model_id', 'crew_id', 'installed_on', 'panel_count', 'battery_kwh', 'contract_price', 'roof_type'], installations);
  writeTable('solar_installer', 'inspections', ['inspection_id', 'installation_id', 'inspected_on', 'inspector', 'result', 'fail_reason'], inspections);
  writeTable('solar_installer', 'monthly_output', ['installation_id', 'month_start', 'kwh_generated'], output);
}

/** A recruitment agency's placement data in camelCase: consultants, client companies, vacancies, candidates, applications and placements, 2025-2026. */
function recruitmentAgency() {
  const { random, pick, between } = seeded(20250210);
  const consultants = [];
  const offices = ['Manchester', 'Manchester', 'Leeds', 'Leeds', 'Birmingham'];
  for (let i = 0; i < 16; i += 1) {
    consultants.push({ consultantId: 11 + i, fullName: `${pick(FIRST)} ${pick(LAST)}`, office: i < 5 ? offices[i] : pick(offices), specialism: pick(['finance', 'technology', 'technology', 'engineering', 'sales', 'healthcare']), joinedOn: day(addDays(new Date(Date.UTC(2014, 0, 6)), between(0, 4000))), isActive: i !== 6 && i !== 13 });
  }
  const sectors = { finance: ['Bank', 'Accountancy', 'Insurance'], technology: ['Software', 'Telecoms'], engineering: ['Manufacturing', 'Construction'], sales: ['Retail', 'Wholesale'], healthcare: ['Healthcare'] };
  const companyNames = ['Ardwick Analytics', 'Brindley Bank', 'Castlefield Insurance', 'Deansgate Software', 'Elland Road Telecoms', 'Fenton Precision', 'Granary Wharf Construction', 'Hyde Park Retail', 'Irwell Accountancy', 'Jewellery Quarter Wholesale', 'Kirkgate Care', 'Lowry Systems', 'Meadowhall Manufacturing', 'Northern Quarter Digital', 'Oldham Street Health', 'Pennine Building Group', 'Quayside Logistics', 'Roundhouse Retail', 'Spinningfields Capital', 'Trafford Engineering', 'Unity Care Homes', 'Victoria Mills Software', 'Wellington Telecoms', 'Yorkshire Assurance'];
  const companySector = (name) => (/Bank|Capital/.test(name) ? 'Bank' : /Accountancy/.test(name) ? 'Accountancy' : /Insurance|Assurance/.test(name) ? 'Insurance' : /Software|Systems|Digital|Analytics/.test(name) ? 'Software' : /Telecoms/.test(name) ? 'Telecoms' : /Precision|Manufacturing|Engineering/.test(name) ? 'Manufacturing' : /Construction|Building/.test(name) ? 'Construction' : /Retail/.test(name) ? 'Retail' : /Wholesale|Logistics/.test(name) ? 'Wholesale' : 'Healthcare');
  const clients = companyNames.map((companyName, index) => ({ clientId: 201 + index, companyName, sector: companySector(companyName), city: pick(['Manchester', 'Manchester', 'Leeds', 'Leeds', 'Birmingham', 'Sheffield', 'Bradford']), feePercent: pick(['15.0', '18.0', '18.0', '20.0', '20.0', '22.5']) }));
  const specialismOf = (sector) => Object.entries(sectors).find(([, list]) => list.includes(sector))[0];
  const titles = { finance: ['Management Accountant', 'Financial Analyst', 'Credit Controller', 'Payroll Officer'], technology: ['Software Engineer', 'Data Analyst', 'DevOps Engineer', 'IT Support Analyst', 'Product Manager'], engineering: ['Mechanical Engineer', 'Quality Inspector', 'Site Manager', 'Quantity Surveyor'], sales: ['Account Manager', 'Store Manager', 'Sales Executive'], healthcare: ['Staff Nurse', 'Care Assistant', 'Practice Manager'] };
  const band = { 'Management Accountant': 48000, 'Financial Analyst': 45000, 'Credit Controller': 29000, 'Payroll Officer': 28000, 'Software Engineer': 58000, 'Data Analyst': 42000, 'DevOps Engineer': 62000, 'IT Support Analyst': 27000, 'Product Manager': 65000, 'Mechanical Engineer': 44000, 'Quality Inspector': 31000, 'Site Manager': 52000, 'Quantity Surveyor': 50000, 'Account Manager': 38000, 'Store Manager': 34000, 'Sales Executive': 30000, 'Staff Nurse': 36000, 'Care Assistant': 23000, 'Practice Manager': 39000 };
  const vacancies = [];
  for (let i = 0; i < 240; i += 1) {
    const client = pick(clients);
    const spec = specialismOf(client.sector);
    const owners = consultants.filter((c) => c.specialism === spec);
    const owner = owners.length && random() < 0.85 ? pick(owners) : pick(consultants);
    const title = pick(titles[spec]);
    const posted = addDays(new Date(Date.UTC(2025, 0, 6)), between(0, 655));
    const mid = band[title] * (0.9 + random() * 0.2);
    vacancies.push({ vacancyId: 0, clientId: client.clientId, consultantId: owner.consultantId, jobTitle: title, salaryMin: Math.round((mid * 0.92) / 500) * 500, salaryMax: Math.round((mid * 1.1) / 500) * 500, isRemote: random() < (spec === 'technology' ? 0.45 : 0.08), postedOn: day(posted), status: 'open', closedOn: null });
  }
  vacancies.sort((a, b) => cmp(a.postedOn, b.postedOn) || a.clientId - b.clientId);
  vacancies.forEach((v, index) => { v.vacancyId = 3001 + index; });
  const candidates = [];
  for (let i = 0; i < 520; i += 1) {
    candidates.push({ candidateId: 70001 + i, firstName: pick(FIRST), lastName: pick(LAST), homeCity: pick(['Manchester', 'Manchester', 'Salford', 'Stockport', 'Leeds', 'Leeds', 'Bradford', 'Wakefield', 'Birmingham', 'Sheffield']), yearsExperience: between(0, 25), registeredOn: day(addDays(new Date(Date.UTC(2023, 5, 1)), between(0, 1200))), source: pick(['job board', 'job board', 'job board', 'referral', 'LinkedIn', 'LinkedIn', 'website']) });
  }
  const applications = [];
  const placements = [];
  const asOf = new Date(Date.UTC(2026, 9, 30));
  for (const vacancy of vacancies) {
    const posted = new Date(`${vacancy.postedOn}T00:00:00Z`);
    const pool = candidates.filter((c) => c.registeredOn <= vacancy.postedOn);
    const count = between(0, 9);
    const taken = new Set();
    const fill = random() < 0.62;
    const withdrawn = !fill && random() < 0.35;
    let placedOne = false;
    const apps = [];
    for (let k = 0; k < count; k += 1) {
      const candidate = pick(pool);
      if (taken.has(candidate.candidateId)) continue;
      taken.add(candidate.candidateId);
      const applied = addDays(posted, between(0, 25));
      if (applied > asOf) continue;
      apps.push({ applicationId: 0, vacancyId: vacancy.vacancyId, candidateId: candidate.candidateId, appliedOn: day(applied), stage: 'applied' });
    }
    const age = Math.round((asOf - posted) / 86_400_000);
    for (const app of apps) {
      const roll = random();
      app.stage = age < 20 ? pick(['applied', 'applied', 'shortlisted']) : roll < 0.4 ? 'rejected' : roll < 0.6 ? 'shortlisted' : roll < 0.85 ? 'interviewed' : 'offered';
    }
    if (fill && age > 40 && apps.length) {
      const winner = pick(apps);
      winner.stage = 'placed';
      placedOne = true;
      const start = addDays(new Date(`${winner.appliedOn}T00:00:00Z`), between(28, 70));
      const salary = Math.round((vacancy.salaryMin + random() * (vacancy.salaryMax - vacancy.salaryMin)) / 250) * 250;
      const client = clients.find((c) => c.clientId === vacancy.clientId);
      placements.push({ placementId: 0, applicationId: winner, startDate: day(start), agreedSalary: salary, feeAmount: money((salary * Number(client.feePercent)) / 100), leftWithinProbation: start < new Date(Date.UTC(2026, 6, 1)) && random() < 0.09 });
      for (const other of apps) if (other !== winner && (other.stage === 'offered' || other.stage === 'interviewed')) other.stage = 'rejected';
      vacancy.status = 'filled';
      vacancy.closedOn = day(addDays(new Date(`${winner.appliedOn}T00:00:00Z`), between(10, 25)));
    } else if (withdrawn && age > 30) {
      vacancy.status = 'withdrawn';
      vacancy.closedOn = day(addDays(posted, between(14, Math.min(age, 120))));
    }
    if (!placedOne) for (const app of apps) if (app.stage === 'offered' && vacancy.status !== 'open') app.stage = 'rejected';
    applications.push(...apps);
  }
  applications.sort((a, b) => cmp(a.appliedOn, b.appliedOn) || a.candidateId - b.candidateId);
  applications.forEach((a, index) => { a.applicationId = 400001 + index; });
  for (const p of placements) p.applicationId = p.applicationId.applicationId;
  placements.sort((a, b) => cmp(a.startDate, b.startDate) || a.applicationId - b.applicationId);
  placements.forEach((p, index) => { p.placementId = 1 + index; });
  const activeConsultants = consultants.map((c) => ({ ...c }));
  writeTable('recruitment_agency', 'consultant', ['consultantId', 'fullName', 'office', 'specialism', 'joinedOn', 'isActive'], activeConsultants);
  writeTable('recruitment_agency', 'clientCompany', ['clientId', 'companyName', 'sector', 'city', 'feePercent'], clients);
  writeTable('recruitment_agency', 'vacancy', ['vacancyId', 'clientId', 'consultantId', 'jobTitle', 'salaryMin', 'salaryMax', 'isRemote', 'postedOn', 'status', 'closedOn'], vacancies);
  writeTable('recruitment_agency', 'candidate', ['candidateId', 'firstName', 'lastName', 'homeCity', 'yearsExperience', 'registeredOn', 'source'], candidates);
  writeTable('recruitment_agency', 'jobApplication', ['applicationId', 'vacancyId', 'candidateId', 'appliedOn', 'stage'], applications);
  writeTable('recruitment_agency', 'placement', ['placementId', 'applicationId', 'startDate', 'agreedSalary', 'feeAmount', 'leftWithinProbation'], placements);
}

solarInstaller();
recruitmentAgency();
