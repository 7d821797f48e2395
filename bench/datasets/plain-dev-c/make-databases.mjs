// Writes databases/{fire_department,coffee_roastery}/data/*.csv: two small invented databases, the same bytes on every
// run (a seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-c/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, cmp, addMinutes, csvTableWriter, day, money, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aiden', 'Brooke', 'Caleb', 'Dakota', 'Emmett', 'Fiona', 'Grant', 'Haley', 'Ivan', 'Jolene', 'Kurt', 'Leah', 'Mason', 'Nora', 'Otis', 'Paige', 'Reid', 'Sienna', 'Travis', 'Uma', 'Vince', 'Willa'];
const LAST = ['Ambrose', 'Bautista', 'Crowley', 'Dunbar', 'Espinoza', 'Fairbanks', 'Galloway', 'Hensley', 'Ibarra', 'Jennings', 'Keller', 'Lacroix', 'Maddox', 'Nolasco', 'Ortiz', 'Pruett', 'Redding', 'Sandoval', 'Tillman', 'Vaughn', 'Whitaker', 'Yazzie'];

/** A county fire department: stations, apparatus, firefighters, incidents, the apparatus sent to each, and fire code inspections of businesses, 2025-2026. */
function fireDepartment() {
  const { random, pick, between } = seeded(20250115);
  const stations = [
    ['Station 1 Downtown', 'Central', 1962, false], ['Station 2 Westgate', 'West', 1978, false], ['Station 3 Riverside', 'Central', 1985, false], ['Station 4 Airport', 'East', 1999, false],
    ['Station 5 Pine Hollow', 'North', 1971, true], ['Station 6 Cedar Flats', 'North', 2004, true], ['Station 7 Southfield', 'South', 2013, false], ['Station 8 Harbor', 'South', 1990, false],
  ].map(([StationName, District, OpenedYear, IsVolunteer], index) => ({ StationID: index + 1, StationName, District, OpenedYear, IsVolunteer }));
  const apparatus = [];
  const plan = { 1: ['Engine', 'Ladder', 'Medic', 'Rescue'], 2: ['Engine', 'Medic'], 3: ['Engine', 'Ladder', 'Medic'], 4: ['Engine', 'Medic', 'Hazmat'], 5: ['Engine', 'Tanker', 'Brush'], 6: ['Engine', 'Tanker', 'Brush'], 7: ['Engine', 'Medic', 'Ladder'], 8: ['Engine', 'Medic', 'Rescue'] };
  const prefix = { Engine: 'E', Ladder: 'L', Medic: 'M', Rescue: 'R', Hazmat: 'HM', Tanker: 'T', Brush: 'B' };
  for (const station of stations) {
    for (const type of plan[station.StationID]) {
      apparatus.push({ ApparatusID: 0, StationID: station.StationID, UnitCode: `${prefix[type]}${station.StationID}`, ApparatusType: type, ModelYear: between(2002, 2024), InService: random() < 0.92 });
    }
    if (station.StationID <= 3) apparatus.push({ ApparatusID: 0, StationID: station.StationID, UnitCode: `E${station.StationID}1`, ApparatusType: 'Engine', ModelYear: between(1998, 2010), InService: random() < 0.5 });
  }
  apparatus.forEach((a, index) => { a.ApparatusID = 101 + index; });
  const ranks = ['Firefighter', 'Firefighter', 'Firefighter', 'Firefighter', 'Engineer', 'Engineer', 'Lieutenant', 'Captain'];
  const firefighters = [];
  for (let i = 0; i < 130; i += 1) {
    const station = i < 4 ? null : pick(stations);
    firefighters.push({ FirefighterID: 1001 + i, FirstName: pick(FIRST), LastName: pick(LAST), Rank: i < 4 ? 'Battalion Chief' : pick(ranks), StationID: station ? station.StationID : 1, HireDate: day(addDays(new Date(Date.UTC(1996, 0, 1)), between(0, 10800))), IsParamedic: random() < 0.3 });
  }
  const types = [['Medical', 40, 0], ['Medical', 40, 0], ['Traffic collision', 12, 0], ['Alarm', 14, 0], ['Structure fire', 5, 85000], ['Vehicle fire', 6, 9000], ['Brush fire', 6, 2500], ['Hazmat', 2, 0], ['Rescue', 3, 0], ['Public assist', 8, 0]];
  const weights = types.map((t) => t[1]);
  const total = weights.reduce((a, b) => a + b, 0);
  const pickType = () => { let r = random() * total; for (const t of types) { r -= t[1]; if (r < 0) return t; } return types[0]; };
  const districts = ['Central', 'Central', 'Central', 'West', 'East', 'North', 'South', 'South'];
  const incidents = [];
  const responses = [];
  const start = new Date(Date.UTC(2025, 0, 1));
  for (let i = 0; i < 1450; i += 1) {
    const [type, , loss] = pickType();
    const district = type === 'Brush fire' ? pick(['North', 'North', 'West']) : pick(districts);
    const reported = addMinutes(addDays(start, between(0, 667)), between(0, 1439));
    const incident = { IncidentID: 0, ReportedAt: stamp(reported), IncidentType: type, District: district, PropertyLossUSD: loss ? Math.round(loss * (0.05 + random() * 1.6) / 100) * 100 : 0, Casualties: type === 'Structure fire' || type === 'Traffic collision' ? (random() < 0.2 ? between(1, 3) : 0) : 0 };
    incidents.push(incident);
  }
  incidents.sort((a, b) => cmp(a.ReportedAt, b.ReportedAt));
  incidents.forEach((x, index) => { x.IncidentID = 250001 + index; });
  const inService = apparatus.filter((a) => a.InService);
  const needs = { Medical: ['Medic'], 'Traffic collision': ['Engine', 'Medic'], Alarm: ['Engine'], 'Structure fire': ['Engine', 'Engine', 'Ladder', 'Medic'], 'Vehicle fire': ['Engine'], 'Brush fire': ['Brush', 'Engine'], Hazmat: ['Hazmat', 'Engine'], Rescue: ['Rescue', 'Medic'], 'Public assist': ['Engine'] };
  for (const incident of incidents) {
    const home = stations.filter((s) => s.District === incident.District);
    const used = new Set();
    for (const type of needs[incident.IncidentType]) {
      const local = inService.filter((a) => a.ApparatusType === type && home.some((s) => s.StationID === a.StationID) && !used.has(a.ApparatusID));
      const any = inService.filter((a) => a.ApparatusType === type && !used.has(a.ApparatusID));
      const unit = local.length && random() < 0.85 ? pick(local) : any.length ? pick(any) : null;
      if (!unit) continue;
      used.add(unit.ApparatusID);
      const dispatched = addMinutes(new Date(`${incident.ReportedAt.replace(' ', 'T')}Z`), between(1, 2));
      const volunteer = stations[unit.StationID - 1].IsVolunteer;
      const travel = local.includes(unit) ? between(4, volunteer ? 16 : 9) : between(9, 22);
      const arrived = addMinutes(dispatched, travel);
      responses.push({ ResponseID: 0, IncidentID: incident.IncidentID, ApparatusID: unit.ApparatusID, DispatchedAt: stamp(dispatched), ArrivedAt: random() < 0.03 ? null : stamp(arrived), ClearedAt: stamp(addMinutes(arrived, between(15, incident.IncidentType === 'Structure fire' ? 300 : 80))) });
    }
  }
  responses.sort((a, b) => cmp(a.DispatchedAt, b.DispatchedAt) || a.ApparatusID - b.ApparatusID);
  responses.forEach((x, index) => { x.ResponseID = 1 + index; });
  const inspectors = firefighters.filter((f) => f.Rank === 'Lieutenant' || f.Rank === 'Captain').slice(0, 9);
  const businessKinds = ['Restaurant', 'Warehouse', 'School', 'Hotel', 'Retail store', 'Church', 'Apartment building', 'Auto repair shop', 'Daycare'];
  const streets = ['Main St', 'Harbor Way', 'Cedar Ave', 'Airport Rd', 'Pine Hollow Rd', 'Westgate Blvd', 'Southfield Pkwy', 'River St', '5th Ave', 'Industrial Dr'];
  const inspections = [];
  for (let i = 0; i < 420; i += 1) {
    const kind = pick(businessKinds);
    const violations = random() < 0.62 ? 0 : between(1, kind === 'Warehouse' || kind === 'Auto repair shop' ? 9 : 5);
    inspections.push({ InspectionID: 0, BusinessName: `${pick(LAST)} ${kind}`, OccupancyType: kind, Address: `${between(10, 9800)} ${pick(streets)}`, District: pick(districts), InspectionDate: day(addDays(start, between(0, 667))), InspectorID: pick(inspectors).FirefighterID, ViolationCount: violations, Result: violations === 0 ? 'Pass' : violations > 4 ? 'Fail' : 'Pass with corrections' });
  }
  inspections.sort((a, b) => cmp(a.InspectionDate, b.InspectionDate) || cmp(a.BusinessName, b.BusinessName));
  inspections.forEach((x, index) => { x.InspectionID = 7001 + index; });
  writeTable('fire_department', 'Station', ['StationID', 'StationName', 'District', 'OpenedYear', 'IsVolunteer'], stations);
  writeTable('fire_department', 'Apparatus', ['ApparatusID', 'StationID', 'UnitCode', 'ApparatusType', 'ModelYear', 'InService'], apparatus);
  writeTable('fire_department', 'Firefighter', ['FirefighterID', 'FirstName', 'LastName', 'Rank', 'StationID', 'HireDate', 'IsParamedic'], firefighters);
  writeTable('fire_department', 'Incident', ['IncidentID', 'ReportedAt', 'IncidentType', 'District', 'PropertyLossUSD', 'Casualties'], incidents);
  writeTable('fire_department', 'IncidentResponse', ['ResponseID', 'IncidentID', 'ApparatusID', 'DispatchedAt', 'ArrivedAt', 'ClearedAt'], responses);
  writeTable('fire_department', 'FireInspection', ['InspectionID', 'BusinessName', 'OccupancyType', 'Address', 'District', 'InspectionDate', 'InspectorID', 'ViolationCount', 'Result'], inspections);
}

/** A specialty coffee roaster: green coffee lots by origin, roast batches, products, wholesale and online customers, and their orders, 2025-2026. */
function coffeeRoastery() {
  const { random, pick, between } = seeded(20250320);
  const origins = [
    ['Ethiopia', 'Yirgacheffe', 1950], ['Ethiopia', 'Guji', 2100], ['Kenya', 'Nyeri', 1750], ['Colombia', 'Huila', 1650], ['Colombia', 'Narino', 1900], ['Guatemala', 'Huehuetenango', 1700],
    ['Brazil', 'Cerrado Mineiro', 1050], ['Brazil', 'Sul de Minas', 1150], ['Costa Rica', 'Tarrazu', 1600], ['Rwanda', 'Nyamasheke', 1800], ['Sumatra', 'Aceh', 1400], ['Peru', 'Cajamarca', 1800],
  ].map(([country, region, altitude_m], index) => ({ origin_id: index + 1, country, region, altitude_m }));
  const suppliers = ['Verde Imports', 'Cafe Origen Trading', 'Highland Green Co', 'Direct Farm Partners'];
  const lots = [];
  for (let i = 0; i < 64; i += 1) {
    const origin = pick(origins);
    const process = origin.country === 'Ethiopia' ? pick(['washed', 'natural', 'natural']) : origin.country === 'Brazil' ? pick(['natural', 'pulped natural']) : origin.country === 'Sumatra' ? 'wet-hulled' : origin.country === 'Costa Rica' ? pick(['honey', 'washed']) : 'washed';
    const base = { Ethiopia: 8.9, Kenya: 9.6, Colombia: 7.4, Guatemala: 7.1, Brazil: 5.2, 'Costa Rica': 8.1, Rwanda: 7.9, Sumatra: 6.6, Peru: 6.4 }[origin.country];
    lots.push({ lot_id: 0, origin_id: origin.origin_id, variety: pick(origin.country === 'Ethiopia' ? ['Heirloom'] : origin.country === 'Kenya' ? ['SL28', 'SL34'] : ['Caturra', 'Bourbon', 'Typica', 'Catuai', 'Castillo']), process, weight_kg: pick([69, 69, 138, 207, 276, 345, 690]), price_per_kg: money(base * (0.85 + random() * 0.35)), arrived_on: day(addDays(new Date(Date.UTC(2024, 10, 1)), between(0, 690))), supplier: pick(suppliers) });
  }
  lots.sort((a, b) => cmp(a.arrived_on, b.arrived_on) || a.origin_id - b.origin_id);
  lots.forEach((x, index) => { x.lot_id = 501 + index; });
  const products = [
    ['House Blend', null, true, 'medium', 340, 15.5], ['Espresso Bruto', null, true, 'dark', 340, 16.5], ['Morning Lark Blend', null, true, 'light', 340, 16], ['Decaf Swiss Water', 4, false, 'medium', 340, 17],
    ['Yirgacheffe Single Origin', 1, false, 'light', 250, 19.5], ['Guji Natural', 2, false, 'light', 250, 21], ['Kenya Nyeri AA', 3, false, 'light', 250, 22.5], ['Huila Supremo', 4, false, 'medium', 340, 17.5],
    ['Narino Reserve', 5, false, 'medium', 250, 19], ['Huehuetenango', 6, false, 'medium', 340, 17], ['Cerrado Chocolate', 7, false, 'dark', 340, 14.5], ['Tarrazu Honey', 9, false, 'medium', 250, 20],
    ['Rwanda Nyamasheke', 10, false, 'light', 250, 20.5], ['Sumatra Aceh', 11, false, 'dark', 340, 16.5], ['Cajamarca Organic', 12, false, 'medium', 340, 16], ['House Blend 5lb', null, true, 'medium', 2268, 72],
    ['Espresso Bruto 5lb', null, true, 'dark', 2268, 78], ['Cold Brew Coarse', null, true, 'dark', 907, 32],
  ].map(([product_name, origin_id, is_blend, roast_level, bag_grams, list_price], index) => ({ product_id: 31 + index, product_name, origin_id, is_blend, roast_level, bag_grams, list_price: money(list_price) }));
  const roasters = ['Marisol Vega', 'Owen Blake', 'Priya Natarajan'];
  const batches = [];
  for (let d = 0; d < 660; d += 1) {
    const date = addDays(new Date(Date.UTC(2025, 0, 6)), d);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    const count = between(1, 3);
    for (let k = 0; k < count; k += 1) {
      const available = lots.filter((l) => l.arrived_on <= day(date));
      const lot = pick(available.slice(-20));
      const level = pick(['light', 'light', 'medium', 'medium', 'medium', 'dark']);
      const green = pick([12, 15, 15, 15, 22.5, 22.5]);
      const loss = level === 'light' ? 0.13 : level === 'medium' ? 0.155 : 0.18;
      batches.push({ batch_id: 0, lot_id: lot.lot_id, roasted_on: day(date), roast_level: level, green_kg: green.toFixed(1), roasted_kg: (green * (1 - loss - random() * 0.02)).toFixed(2), roaster: pick(roasters) });
    }
  }
  batches.forEach((x, index) => { x.batch_id = 20001 + index; });
  const cityList = ['Portland', 'Portland', 'Portland', 'Seattle', 'Eugene', 'Salem', 'Bend', 'Tacoma', 'Vancouver'];
  const customers = [];
  const cafeNames = ['Drip & Dram', 'The Grind House', 'Lantern Cafe', 'Moss & Mortar', 'Second Shift Coffee', 'Foggy Bottom Cafe', 'Little Owl Espresso', 'Ferry Street Coffee', 'Tin Roof Cafe', 'Copper Kettle', 'Bluebird Bakery', 'Alder Street Deli', 'Harvest Table', 'Roost Coffee Bar', 'Cascade Co-op', 'Green Valley Market', 'Hilltop Grocers', 'Northside Food Co-op', 'Pioneer Office Park', 'Tidewater Law Offices', 'Summit Dental Group', 'Brightline Software'];
  cafeNames.forEach((name, index) => {
    const type = index < 14 ? 'cafe' : index < 18 ? 'grocer' : 'office';
    customers.push({ customer_id: 0, customer_name: name, customer_type: type, city: pick(cityList), first_order_on: day(addDays(new Date(Date.UTC(2019, 0, 1)), between(0, 2200))) });
  });
  for (let i = 0; i < 140; i += 1) customers.push({ customer_id: 0, customer_name: `${pick(FIRST)} ${pick(LAST)}`, customer_type: 'online', city: pick([...cityList, 'Boise', 'Spokane', 'Sacramento']), first_order_on: day(addDays(new Date(Date.UTC(2022, 0, 1)), between(0, 1390))) });
  customers.forEach((x, index) => { x.customer_id = 9001 + index; });
  const orders = [];
  const lines = [];
  for (let i = 0; i < 900; i += 1) {
    const customer = random() < 0.55 ? pick(customers.slice(0, 22)) : pick(customers.slice(22));
    const date = addDays(new Date(Date.UTC(2025, 0, 6)), between(0, 660));
    if (day(date) < customer.first_order_on) continue;
    orders.push({ order_id: 0, customer_id: customer.customer_id, ordered_on: day(date), channel: customer.customer_type === 'online' ? 'web' : pick(['phone', 'email', 'web']), status: date > new Date(Date.UTC(2026, 9, 24)) ? pick(['open', 'shipped']) : random() < 0.03 ? 'cancelled' : 'delivered', _type: customer.customer_type });
  }
  orders.sort((a, b) => cmp(a.ordered_on, b.ordered_on) || a.customer_id - b.customer_id);
  orders.forEach((x, index) => { x.order_id = 40001 + index; });
  for (const order of orders) {
    const wholesale = order._type !== 'online';
    const n = wholesale ? between(1, 4) : between(1, 2);
    const chosen = new Set();
    for (let k = 0; k < n; k += 1) {
      const product = wholesale ? pick(products.filter((p) => p.bag_grams >= 340)) : pick(products.filter((p) => p.bag_grams < 2000));
      if (chosen.has(product.product_id)) continue;
      chosen.add(product.product_id);
      lines.push({ order_id: order.order_id, product_id: product.product_id, quantity: wholesale ? between(2, 24) : between(1, 3), unit_price: money(Number(product.list_price) * (wholesale ? 0.7 : 1)) });
    }
  }
  writeTable('coffee_roastery', 'origin', ['origin_id', 'country', 'region', 'altitude_m'], origins);
  writeTable('coffee_roastery', 'green_lot', ['lot_id', 'origin_id', 'variety', 'process', 'weight_kg', 'price_per_kg', 'arrived_on', 'supplier'], lots);
  writeTable('coffee_roastery', 'roast_batch', ['batch_id', 'lot_id', 'roasted_on', 'roast_level', 'green_kg', 'roasted_kg', 'roaster'], batches);
  writeTable('coffee_roastery', 'product', ['product_id', 'product_name', 'origin_id', 'is_blend', 'roast_level', 'bag_grams', 'list_price'], products);
  writeTable('coffee_roastery', 'customer', ['customer_id', 'customer_name', 'customer_type', 'city', 'first_order_on'], customers);
  writeTable('coffee_roastery', 'sales_order', ['order_id', 'customer_id', 'ordered_on', 'channel', 'status'], orders);
  writeTable('coffee_roastery', 'order_line', ['order_id', 'product_id', 'quantity', 'unit_price'], lines);
}

fireDepartment();
coffeeRoastery();
