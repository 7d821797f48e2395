// Writes databases/bike_share/data/*.csv and databases/clinic/data/*.csv: two small invented databases, the same
// bytes on every run (a seeded generator, no clock). Run from anywhere: node bench/datasets/abstention-blind/make-databases.mjs
// [--out DIR] (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, csvTableWriter, day, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const LAST_DAY = new Date(Date.UTC(2026, 10, 30));

const FIRST = ['Amira', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Keiko', 'Liam', 'Maya', 'Noah', 'Olivia', 'Pavel', 'Quinn', 'Rosa', 'Samuel', 'Tara', 'Umar', 'Vera', 'Wes', 'Yara', 'Zoe', 'Aaron', 'Bianca', 'Carlos', 'Dana', 'Emil'];
const FEMALE = ['Amira', 'Chloe', 'Elena', 'Grace', 'Ines', 'Keiko', 'Maya', 'Olivia', 'Rosa', 'Tara', 'Vera', 'Yara', 'Zoe', 'Bianca', 'Dana'];
const MALE = ['Ben', 'Daniel', 'Farid', 'Hugo', 'Jonas', 'Liam', 'Noah', 'Pavel', 'Samuel', 'Umar', 'Wes', 'Aaron', 'Carlos', 'Emil', 'Quinn'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Schmidt', 'Rossi', 'Haddad', 'Kowalski', 'Nguyen', 'Silva', 'Brennan', 'Tanaka', 'Patel', 'Fischer', 'Garcia', 'Walsh', 'Novak', 'Ibrahim', 'Costa', 'Murphy', 'Jensen'];

function bikeShare() {
  const { random, pick, between } = seeded(20260115);

  const stationSeeds = [
    ['Central Station', 'Downtown', 30], ['Market Square', 'Downtown', 24], ['Old Town Hall', 'Old Town', 18],
    ['Riverside Park', 'Riverside', 20], ['Greenway Bridge', 'Riverside', 14], ['University North', 'University', 26],
    ['Library Plaza', 'University', 16], ['Harbor Front', 'Harbor', 22], ['Ferry Terminal', 'Harbor', 12],
    ['Museum Quarter', 'Old Town', 16], ['Stadium East', 'Eastside', 20], ['Hospital West', 'Westend', 15],
  ];
  const stations = stationSeeds.map(([name, neighborhood, docks], index) => ({
    station_id: index + 1,
    name,
    neighborhood,
    dock_count: docks,
    opened_on: day(addDays(new Date(Date.UTC(2019, 3, 1)), between(0, 5 * 365))),
  }));

  const models = [['Urban 3', false], ['Urban 7', false], ['Volt Cruiser', true], ['Volt Cargo', true]];
  const bikes = Array.from({ length: 48 }, (_, index) => {
    const [model, electric] = models[index % 4 === 3 && random() < 0.5 ? 3 : Math.floor(random() * 3)];
    const retired = random() < 0.08;
    return {
      bike_id: 1001 + index,
      model,
      is_electric: electric,
      commissioned_on: day(addDays(new Date(Date.UTC(2020, 0, 10)), between(0, 5 * 365))),
      status: retired ? 'retired' : random() < 0.1 ? 'in_repair' : 'in_service',
    };
  });

  const members = Array.from({ length: 70 }, (_, index) => ({
    member_id: index + 1,
    first_name: pick(FIRST),
    last_name: pick(LAST),
    plan: random() < 0.55 ? 'annual' : 'monthly',
    joined_on: day(addDays(new Date(Date.UTC(2022, 0, 1)), between(0, 4 * 365 + 200))),
    home_station_id: pick(stations).station_id,
  }));

  const usable = bikes.filter((bike) => bike.status !== 'retired');
  const trips = [];
  for (let index = 0; index < 360; index += 1) {
    const start = new Date(Date.UTC(2026, 0, 1, between(6, 21), between(0, 59)));
    const started = addDays(start, between(0, 333));
    const drawn = random() < 0.7 ? pick(members) : null;
    const member = drawn && drawn.joined_on <= day(started) ? drawn : null;
    const from = member && random() < 0.5 ? stations[member.home_station_id - 1] : pick(stations);
    let to = pick(stations);
    if (to === from && random() < 0.7) to = stations[(from.station_id % stations.length)];
    const bike = pick(usable);
    const minutes = between(4, bike.is_electric ? 40 : 55);
    const km = Math.round((minutes * (bike.is_electric ? 0.32 : 0.22) + random()) * 10) / 10;
    const base = member ? (member.plan === 'annual' ? 0 : 0.5) : 1.5;
    const fare = Math.round((base + (minutes > 30 ? (minutes - 30) * 0.15 : 0) + (bike.is_electric ? minutes * 0.1 : 0)) * 100) / 100;
    trips.push({
      trip_id: 50001 + index,
      bike_id: bike.bike_id,
      member_id: member ? member.member_id : null,
      start_station_id: from.station_id,
      end_station_id: to.station_id,
      started_at: stamp(started),
      ended_at: stamp(addMinutes(started, minutes)),
      distance_km: km.toFixed(1),
      fare_usd: fare.toFixed(2),
    });
  }
  trips.sort((a, b) => a.started_at.localeCompare(b.started_at));
  trips.forEach((trip, index) => (trip.trip_id = 50001 + index));

  const issues = [['Flat tyre', 18, 35], ['Brake adjustment', 25, 60], ['Chain replaced', 30, 55], ['Battery fault', 120, 260], ['Broken light', 12, 25], ['Bent wheel', 60, 110]];
  const repairs = Array.from({ length: 42 }, (_, index) => {
    const bike = pick(bikes);
    let [issue, low, high] = pick(issues);
    if (issue === 'Battery fault' && !bike.is_electric) [issue, low, high] = issues[0];
    const reported = addDays(new Date(Date.UTC(2026, 0, 3)), between(0, 320));
    const open = bike.status === 'in_repair' && random() < 0.7;
    return {
      repair_id: index + 1,
      bike_id: bike.bike_id,
      reported_on: day(reported),
      repaired_on: open ? null : day(addDays(reported, between(0, 9))),
      issue,
      cost_usd: open ? null : (between(low, high) + 0.5 * between(0, 1)).toFixed(2),
    };
  });
  repairs.sort((a, b) => a.reported_on.localeCompare(b.reported_on) || a.bike_id - b.bike_id);
  repairs.forEach((repair, index) => (repair.repair_id = index + 1));

  writeTable('bike_share', 'stations', ['station_id', 'name', 'neighborhood', 'dock_count', 'opened_on'], stations);
  writeTable('bike_share', 'bikes', ['bike_id', 'model', 'is_electric', 'commissioned_on', 'status'], bikes);
  writeTable('bike_share', 'members', ['member_id', 'first_name', 'last_name', 'plan', 'joined_on', 'home_station_id'], members);
  writeTable('bike_share', 'trips', ['trip_id', 'bike_id', 'member_id', 'start_station_id', 'end_station_id', 'started_at', 'ended_at', 'distance_km', 'fare_usd'], trips);
  writeTable('bike_share', 'repairs', ['repair_id', 'bike_id', 'reported_on', 'repaired_on', 'issue', 'cost_usd'], repairs);
}

function clinic() {
  const { random, pick, between } = seeded(20260302);

  const doctors = [
    ['Dr. Helen Marsh', 'General Practice', '2011-09-01', 25], ['Dr. Rafael Ortiz', 'General Practice', '2018-02-12', 25],
    ['Dr. Priya Raman', 'Pediatrics', '2015-06-15', 20], ['Dr. Tom Adeyemi', 'Pediatrics', '2022-01-10', 20],
    ['Dr. Sofia Berg', 'Dermatology', '2016-10-03', 20], ['Dr. Marcus Lee', 'Cardiology', '2009-04-20', 40],
    ['Dr. Anna Kovacs', 'Physiotherapy', '2020-08-24', 45], ['Dr. James Whitfield', 'Cardiology', '2024-03-04', 40],
  ].map(([full_name, specialty, hired_on, minutes], index) => ({ doctor_id: index + 1, full_name, specialty, hired_on, minutes }));

  const cities = ['Springfield', 'Springfield', 'Springfield', 'Riverton', 'Riverton', 'Lakeside', 'Maple Grove'];
  const insurance = ['public', 'public', 'public', 'private', 'private', 'uninsured'];
  const patients = Array.from({ length: 90 }, (_, index) => ({
    patient_id: 3001 + index,
    ...(random() < 0.52 ? { first_name: pick(FEMALE), sex: 'F' } : { first_name: pick(MALE), sex: 'M' }),
    last_name: pick(LAST),
    city: pick(cities),
    insurance: pick(insurance),
    registered_on: day(addDays(new Date(Date.UTC(2015, 0, 5)), between(0, 11 * 365))),
  }));

  const reasons = {
    'General Practice': ['Annual check-up', 'Flu symptoms', 'Blood pressure review', 'Vaccination', 'Sore throat'],
    Pediatrics: ['Vaccination', 'Ear infection', 'Growth check', 'Fever'],
    Dermatology: ['Skin rash', 'Mole check', 'Acne', 'Eczema'],
    Cardiology: ['Chest pain', 'Blood pressure review', 'ECG follow-up', 'Palpitations'],
    Physiotherapy: ['Back pain', 'Knee injury', 'Shoulder pain', 'Post-surgery rehab'],
  };
  const drugs = {
    'Flu symptoms': ['Oseltamivir', 75, 5], 'Sore throat': ['Amoxicillin', 500, 7], 'Ear infection': ['Amoxicillin', 250, 7],
    Fever: ['Paracetamol', 250, 3], 'Skin rash': ['Hydrocortisone cream', 10, 14], Eczema: ['Hydrocortisone cream', 10, 21],
    Acne: ['Doxycycline', 100, 30], 'Blood pressure review': ['Lisinopril', 10, 90], 'Chest pain': ['Aspirin', 81, 30],
    Palpitations: ['Metoprolol', 25, 60], 'Back pain': ['Ibuprofen', 400, 10], 'Knee injury': ['Ibuprofen', 400, 7],
  };
  const fee = { 'General Practice': 85, Pediatrics: 90, Dermatology: 140, Cardiology: 210, Physiotherapy: 120 };

  const appointments = [];
  const prescriptions = [];
  const invoices = [];
  for (let index = 0; index < 320; index += 1) {
    const doctor = pick(doctors);
    const patient = pick(patients);
    const when = addDays(new Date(Date.UTC(2026, 0, 5, between(8, 16), 15 * between(0, 3))), between(0, 328));
    if (when.getUTCDay() === 0) when.setUTCDate(when.getUTCDate() + 1);
    const roll = random();
    const status = roll < 0.78 ? 'completed' : roll < 0.9 ? 'cancelled' : 'no_show';
    appointments.push({
      appointment_id: 0,
      patient_id: patient.patient_id,
      doctor_id: doctor.doctor_id,
      scheduled_at: stamp(when),
      length_minutes: doctor.minutes,
      status,
      reason: pick(reasons[doctor.specialty]),
      doctor,
      patient,
    });
  }
  appointments.sort((a, b) => a.scheduled_at.localeCompare(b.scheduled_at) || a.doctor_id - b.doctor_id);
  appointments.forEach((appointment, index) => (appointment.appointment_id = 7001 + index));
  for (const appointment of appointments) {
    if (appointment.status !== 'completed') continue;
    const drug = drugs[appointment.reason];
    if (drug && random() < 0.75) {
      prescriptions.push({ prescription_id: prescriptions.length + 1, appointment_id: appointment.appointment_id, drug_name: drug[0], dose_mg: drug[1], days_supply: drug[2] });
    }
    const amount = fee[appointment.doctor.specialty];
    const covered = appointment.patient.insurance === 'uninsured' ? 0 : appointment.patient.insurance === 'private' ? 0.8 : 0.6;
    const scheduled = new Date(`${appointment.scheduled_at.replace(' ', 'T')}Z`);
    const paid = addDays(scheduled, between(0, 40));
    const unpaid = random() < 0.12 || paid > LAST_DAY;
    invoices.push({
      invoice_id: 90001 + invoices.length,
      appointment_id: appointment.appointment_id,
      amount_usd: amount.toFixed(2),
      insurer_share_usd: (amount * covered).toFixed(2),
      paid_on: unpaid ? null : day(paid),
    });
  }

  writeTable('clinic', 'doctors', ['doctor_id', 'full_name', 'specialty', 'hired_on'], doctors);
  writeTable('clinic', 'patients', ['patient_id', 'first_name', 'last_name', 'sex', 'city', 'insurance', 'registered_on'], patients);
  writeTable('clinic', 'appointments', ['appointment_id', 'patient_id', 'doctor_id', 'scheduled_at', 'length_minutes', 'status', 'reason'], appointments);
  writeTable('clinic', 'prescriptions', ['prescription_id', 'appointment_id', 'drug_name', 'dose_mg', 'days_supply'], prescriptions);
  writeTable('clinic', 'invoices', ['invoice_id', 'appointment_id', 'amount_usd', 'insurer_share_usd', 'paid_on'], invoices);
}

bikeShare();
clinic();
