// Writes databases/{escape_rooms,tree_surgeon}/data/*.csv: two small invented databases, the same bytes on every run (a
// seeded generator, no clock). Run from anywhere: node bench/datasets/plain-dev-h/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, addMinutes, cmp, csvTableWriter, day, money, namer, outputFolder, seeded, stamp } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));
const END = new Date(Date.UTC(2026, 10, 30));

const FIRST = ['Amy', 'Ben', 'Chloe', 'Dan', 'Ellie', 'Finn', 'Grace', 'Harry', 'Isla', 'Jack', 'Katie', 'Liam', 'Megan', 'Nathan', 'Olivia', 'Priya', 'Ryan', 'Sophie', 'Tom', 'Zara', 'Callum', 'Hannah', 'Josh', 'Lucy'];
const LAST = ['Ahmed', 'Baxter', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Gill', 'Hussain', 'Jennings', 'Kaur', 'Lister', 'Marsden', 'Noble', 'Oakes', 'Patel', 'Quinn', 'Robinson', 'Shaw', 'Thornton', 'Walsh', 'Whitaker', 'Young'];

/** A Yorkshire escape-room operator: sites, rooms, game masters, bookings and the games played, 2023-2026. */
function escapeRooms() {
  const { random, pick, between } = seeded(20230114);
  // [id, name, city, opened]
  const sites = [
    [1, 'Lockdown Leeds', 'Leeds', '2019-03-09'],
    [2, 'Lockdown Sheffield', 'Sheffield', '2021-08-14'],
    [3, 'Lockdown York', 'York', '2024-05-04'],
  ].map(([site_id, site_nm, city, opened_dt]) => ({ site_id, site_nm, city, opened_dt }));
  // [code, site, name, theme, difficulty 1-5, min players, max players, minutes, price per person, status, live from]
  const roomList = [
    ['LDS-ASY', 1, 'The Asylum', 'HOR', 4, 2, 6, 60, 24, 'LIVE', '2019-03-09'],
    ['LDS-VLT', 1, 'Bank Vault Heist', 'HST', 3, 2, 6, 60, 22, 'LIVE', '2019-03-09'],
    ['LDS-PHA', 1, 'The Pharaoh\'s Tomb', 'ADV', 2, 2, 5, 60, 22, 'LIVE', '2019-03-09'],
    ['LDS-SUB', 1, 'Sub Zero', 'SCI', 5, 3, 8, 75, 27, 'LIVE', '2022-02-12'],
    ['LDS-CIR', 1, 'Carnival of Curiosities', 'MYS', 3, 2, 6, 60, 22, 'RET', '2019-03-09'],
    ['SHF-STL', 2, 'Steel City Stakeout', 'HST', 3, 2, 6, 60, 23, 'LIVE', '2021-08-14'],
    ['SHF-WCH', 2, 'The Witching Hour', 'HOR', 4, 3, 6, 60, 25, 'LIVE', '2021-08-14'],
    ['SHF-LAB', 2, 'Lab 13', 'SCI', 4, 2, 6, 60, 24, 'LIVE', '2021-08-14'],
    ['SHF-KID', 2, 'Toy Shop Mystery', 'KID', 1, 2, 6, 45, 15, 'LIVE', '2023-07-22'],
    ['YRK-VIK', 3, 'Jorvik Raiders', 'ADV', 3, 2, 7, 60, 26, 'LIVE', '2024-05-04'],
    ['YRK-GHO', 3, 'The Shambles Ghost', 'HOR', 4, 2, 6, 60, 26, 'LIVE', '2024-05-04'],
    ['YRK-DET', 3, 'Murder at the Minster', 'MYS', 5, 3, 8, 90, 30, 'LIVE', '2024-05-04'],
    ['YRK-TRN', 3, 'The Last Train', 'MYS', 3, 2, 6, 60, 26, 'BLD', '2026-12-12'],
  ];
  const rooms = roomList.map(([room_cd, site_id, room_nm, theme_cd, diff, min_pax, max_pax, time_limit_min, price_pp, status, live_from]) => ({ room_cd, site_id, room_nm, theme_cd, diff, min_pax, max_pax, time_limit_min, price_pp: money(price_pp), status, live_from }));
  const retiredOn = { 'LDS-CIR': '2025-01-05' };
  const nextName = namer(pick, FIRST, LAST);
  // [site, started, left]
  const gmList = [
    [1, '2019-02-18', null], [1, '2019-02-18', '2023-09-30'], [1, '2021-05-01', null], [1, '2023-03-13', '2025-08-31'], [1, '2024-10-07', null],
    [2, '2021-07-26', null], [2, '2021-07-26', '2024-01-31'], [2, '2022-11-14', null], [2, '2024-02-05', null],
    [3, '2024-04-15', null], [3, '2024-04-15', null], [3, '2025-06-02', null],
    [1, '2026-11-23', null], // still shadowing: has run no game yet
  ];
  const gms = gmList.map(([site_id, start_dt, end_dt], index) => {
    const [first_nm, last_nm] = nextName();
    return { gm_id: 101 + index, first_nm, last_nm, site_id, start_dt, end_dt };
  });
  const bookings = [];
  const games = [];
  const slotsPerDay = { 60: ['10:00', '11:30', '13:00', '14:30', '16:00', '17:30', '19:00', '20:30'], 75: ['10:00', '12:00', '14:00', '16:00', '18:00', '20:00'], 90: ['10:00', '12:00', '14:00', '16:00', '18:00', '20:00'], 45: ['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'] };
  const popularity = { 'LDS-ASY': 1.3, 'LDS-VLT': 1.0, 'LDS-PHA': 0.8, 'LDS-SUB': 0.9, 'LDS-CIR': 0.6, 'SHF-STL': 1.0, 'SHF-WCH': 1.2, 'SHF-LAB': 0.8, 'SHF-KID': 0.7, 'YRK-VIK': 1.1, 'YRK-GHO': 1.25, 'YRK-DET': 0.7, 'YRK-TRN': 0 };
  const corporate = ['Arup Leeds', 'Sky Betting & Gaming', 'NHS Digital', 'Sheffield Hallam SU', 'Aviva York', 'Nestle Rowntree', 'Asda House', 'Channel 4 Leeds', 'Jet2 Holidays', 'Bettys & Taylors'];
  let ref = 1;
  for (let d = new Date(Date.UTC(2023, 0, 2)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    const month = d.getUTCMonth();
    const seasonal = month === 11 ? 1.6 : month === 7 || month === 1 ? 1.25 : month === 0 ? 0.8 : 1;
    const weekend = dow === 0 || dow === 6 ? 2.3 : dow === 5 ? 1.6 : dow === 1 ? 0.5 : 0.9;
    for (const room of rooms) {
      if (room.live_from > day(d)) continue;
      if (retiredOn[room.room_cd] && day(d) > retiredOn[room.room_cd]) continue;
      const slots = slotsPerDay[room.time_limit_min];
      const chance = Math.min(0.6, 0.055 * weekend * seasonal * popularity[room.room_cd] * (room.site_id === 3 && d.getUTCFullYear() === 2024 ? 0.7 : 1));
      for (const time of slots) {
        if (random() >= chance) continue;
        const [hh, mm] = time.split(':').map(Number);
        const slot = addMinutes(d, hh * 60 + mm);
        const pax = Math.min(room.max_pax, Math.max(room.min_pax, between(room.min_pax, room.max_pax) - (random() < 0.3 ? 1 : 0)));
        const roll = random();
        const chan = roll < 0.62 ? 'WEB' : roll < 0.72 ? 'PHN' : roll < 0.8 ? 'WLK' : roll < 0.92 ? 'GFT' : 'CRP';
        const lead = chan === 'CRP' ? pick(corporate) : nextNameOrRepeat();
        const bookedDt = chan === 'WLK' ? d : addDays(d, -between(0, chan === 'CRP' ? 45 : 28));
        const statRoll = random();
        const stat = chan === 'WLK' ? 'PLY' : statRoll < 0.06 ? 'CXL' : statRoll < 0.09 ? 'NS' : statRoll < 0.1 ? 'RFD' : 'PLY';
        const gross = Number(room.price_pp) * pax;
        const discCd = chan === 'GFT' ? 'VCH' : chan === 'CRP' ? 'CORP10' : random() < 0.08 ? pick(['STU', 'NHS', 'BDAY']) : null;
        const paid = stat === 'CXL' || stat === 'RFD' ? 0 : chan === 'GFT' ? 0 : chan === 'CRP' ? gross * 0.9 : discCd ? gross * 0.85 : gross;
        const booking = { bkg_ref: `B${String(d.getUTCFullYear()).slice(2)}${String(ref).padStart(5, '0')}`, room_cd: room.room_cd, slot_ts: stamp(slot), pax, chan, lead_nm: lead, booked_dt: day(bookedDt), stat, disc_cd: discCd, amt_paid: money(paid) };
        ref += 1;
        bookings.push(booking);
        if (stat !== 'PLY') continue;
        const staffed = gms.filter((g) => g.gm_id !== 113 && g.site_id === room.site_id && g.start_dt <= day(d) && !(g.end_dt && g.end_dt < day(d)));
        const gm = pick(staffed);
        const skill = (pax >= 4 ? 0.1 : 0) + (chan === 'CRP' ? -0.1 : 0);
        const escaped = random() < 0.95 - room.diff * 0.13 + skill;
        const limit = room.time_limit_min * 60;
        games.push({ game_id: 0, bkg_ref: booking.bkg_ref, gm_id: gm.gm_id, escaped, secs_left: escaped ? between(5, Math.floor(limit * 0.35)) : 0, hints: Math.max(0, between(0, 2 + room.diff) - (escaped ? 1 : 0)), slot: booking.slot_ts });
      }
    }
  }
  function nextNameOrRepeat() {
    const [first, last] = [pick(FIRST), pick(LAST)];
    return `${first} ${last}`;
  }
  games.sort((a, b) => cmp(a.slot, b.slot) || cmp(a.bkg_ref, b.bkg_ref));
  games.forEach((g, index) => {
    g.game_id = 500001 + index;
    delete g.slot;
  });
  writeTable('escape_rooms', 'site', ['site_id', 'site_nm', 'city', 'opened_dt'], sites);
  writeTable('escape_rooms', 'room', ['room_cd', 'site_id', 'room_nm', 'theme_cd', 'diff', 'min_pax', 'max_pax', 'time_limit_min', 'price_pp', 'status', 'live_from'], rooms);
  writeTable('escape_rooms', 'gm', ['gm_id', 'first_nm', 'last_nm', 'site_id', 'start_dt', 'end_dt'], gms);
  writeTable('escape_rooms', 'booking', ['bkg_ref', 'room_cd', 'slot_ts', 'pax', 'chan', 'lead_nm', 'booked_dt', 'stat', 'disc_cd', 'amt_paid'], bookings);
  writeTable('escape_rooms', 'game', ['game_id', 'bkg_ref', 'gm_id', 'escaped', 'secs_left', 'hints'], games);
}

/** A Hertfordshire tree surgeon: clients, jobs with their work lines, tree species, staff and the hours they put in, 2023-2026. */
function treeSurgeon() {
  const { random, pick, between } = seeded(20230301);
  const towns = ['St Albans', 'St Albans', 'Harpenden', 'Hitchin', 'Hitchin', 'Welwyn Garden City', 'Hatfield', 'Berkhamsted', 'Tring', 'Stevenage', 'Hertford', 'Ware'];
  const nextName = namer(pick, FIRST, LAST);
  const commercial = ['Redbourn Business Park', 'Kingsbury Water Mill', 'The Grange Care Home', 'Abbey View Golf Club', 'Verulam Housing Assoc', 'Hatfield House Estate', 'Knebworth Park', 'Tesco Hitchin', 'Stanborough Lakes', 'Ashridge Management Centre', 'Harpenden Lawn Tennis Club', 'Batchwood Hall', 'Rothamsted Research', 'Hertford Castle Trust', 'Tring Park', 'Ware Priory'];
  const councils = ['St Albans City & District Council', 'North Herts Council', 'Dacorum Borough Council', 'Welwyn Hatfield Borough Council', 'Hertfordshire County Council', 'East Herts Council'];
  const schools = ['Sandringham School', 'Verulam School', 'Hitchin Boys\' School', 'Roundwood Park School', 'Ashlyns School', 'Richard Hale School', 'St George\'s School Harpenden', 'Tring School'];
  const clients = [];
  let cid = 1001;
  const addClient = (client_nm, client_type) => {
    clients.push({ client_id: cid, client_nm, client_type, town: pick(towns), on_contract: client_type === 'LA' ? random() < 0.7 : client_type === 'COM' ? random() < 0.3 : false, added_dt: day(addDays(new Date(Date.UTC(2017, 0, 10)), between(0, 2900))) });
    cid += 1;
  };
  for (let i = 0; i < 150; i += 1) {
    const [first, last] = nextName();
    addClient(`${first} ${last}`, 'DOM');
  }
  for (const nm of commercial) addClient(nm, 'COM');
  for (const nm of councils) addClient(nm, 'LA');
  for (const nm of schools) addClient(nm, 'SCH');
  clients.sort((a, b) => a.client_id - b.client_id);
  // shuffle the ids so types are not in blocks
  const order = clients.map((c) => ({ c, k: random() })).sort((a, b) => a.k - b.k).map((x) => x.c);
  order.forEach((c, index) => { c.client_id = 1001 + index; });
  const clientsById = [...order].sort((a, b) => a.client_id - b.client_id);
  // [code, common name, latin, group (BL broadleaf, CON conifer), typical height m]
  const speciesList = [
    ['QURO', 'English oak', 'Quercus robur', 'BL', 20], ['FASY', 'Beech', 'Fagus sylvatica', 'BL', 22], ['FREX', 'Ash', 'Fraxinus excelsior', 'BL', 18], ['ACPS', 'Sycamore', 'Acer pseudoplatanus', 'BL', 17],
    ['BEPE', 'Silver birch', 'Betula pendula', 'BL', 14], ['TIEU', 'Lime', 'Tilia x europaea', 'BL', 20], ['AEHI', 'Horse chestnut', 'Aesculus hippocastanum', 'BL', 18], ['SAAL', 'Willow', 'Salix alba', 'BL', 14],
    ['PRAV', 'Wild cherry', 'Prunus avium', 'BL', 11], ['MASP', 'Apple', 'Malus domestica', 'BL', 6], ['CULE', 'Leyland cypress', 'x Cuprocyparis leylandii', 'CON', 12], ['PISY', 'Scots pine', 'Pinus sylvestris', 'CON', 18],
    ['TABA', 'Yew', 'Taxus baccata', 'CON', 9], ['CEDE', 'Deodar cedar', 'Cedrus deodara', 'CON', 20], ['SEGI', 'Giant redwood', 'Sequoiadendron giganteum', 'CON', 28], ['JUNI', 'Walnut', 'Juglans regia', 'BL', 15],
  ];
  const species = speciesList.map(([sp_cd, common_nm, latin_nm, sp_grp, typ_ht]) => ({ sp_cd, common_nm, latin_nm, sp_grp, typ_ht }));
  // [role, day rate, started, left]
  const staffList = [
    ['LEAD', 260, '2014-04-01', null], ['LEAD', 250, '2018-09-03', null], ['CLMB', 220, '2016-03-14', null], ['CLMB', 210, '2020-05-11', '2025-03-28'], ['CLMB', 215, '2022-08-22', null],
    ['GRND', 150, '2019-01-07', null], ['GRND', 140, '2021-10-04', '2024-06-30'], ['GRND', 145, '2023-02-20', null], ['GRND', 140, '2025-04-07', null], ['APPR', 95, '2024-09-02', null],
    ['SURV', 280, '2015-06-01', null], ['CLMB', 225, '2026-11-16', null],
  ];
  const staff = staffList.map(([role_cd, day_rate, start_dt, leave_dt], index) => {
    const [first, last] = nextName();
    return { staff_id: 21 + index, staff_nm: `${first} ${last}`, role_cd, day_rate: money(day_rate), start_dt, leave_dt };
  });
  const workPrice = { FELL: 420, SECFELL: 650, CR: 380, CT: 300, CL: 180, DW: 220, SG: 110, HDG: 260, POL: 340 };
  const jobs = [];
  const lines = [];
  const jobStaff = [];
  const weights = clientsById.map((c) => (c.client_type === 'DOM' ? 0.6 + random() : c.client_type === 'LA' ? 5 + random() * 4 : c.client_type === 'COM' ? 1.5 + random() * 2 : 1 + random()));
  const pickClient = () => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = random() * total;
    for (let i = 0; i < clientsById.length; i += 1) {
      r -= weights[i];
      if (r <= 0) return clientsById[i];
    }
    return clientsById[clientsById.length - 1];
  };
  // A few domestic clients stay on the list without ever asking for a quote.
  const silent = new Set(clientsById.filter((c) => c.client_type === 'DOM').slice(0, 9).map((c) => c.client_id));
  let jobNo = 23001;
  let lineId = 1;
  for (let d = new Date(Date.UTC(2023, 0, 3)); d <= END; d = addDays(d, 1)) {
    const dow = d.getUTCDay();
    if (dow === 0 || dow === 6) continue;
    const month = d.getUTCMonth();
    const n = month >= 9 || month <= 1 ? between(0, 3) : between(0, 2);
    for (let k = 0; k < n; k += 1) {
      let client = pickClient();
      if (silent.has(client.client_id)) continue;
      if (client.added_dt > day(d)) continue;
      const age = (END - d) / 86_400_000;
      const lineCount = client.client_type === 'DOM' ? pick([1, 1, 1, 2, 2, 3]) : pick([1, 2, 2, 3, 4]);
      const jobLines = [];
      const nesting = month >= 2 && month <= 7;
      for (let j = 0; j < lineCount; j += 1) {
        const sp = client.client_type === 'DOM' ? pick([...species, species[10], species[10], species[3], species[4]]) : pick([...species, species[0], species[2], species[2], species[6]]);
        let work = sp.sp_cd === 'CULE' ? pick(['HDG', 'HDG', 'FELL', 'CR']) : sp.sp_cd === 'FREX' ? pick(['FELL', 'SECFELL', 'DW', 'FELL']) : pick(['FELL', 'CR', 'CR', 'CT', 'CL', 'DW', 'SG', 'POL']);
        if (sp.sp_cd === 'SAAL' && random() < 0.5) work = 'POL';
        const tpo = sp.sp_grp === 'BL' && ['QURO', 'FASY', 'TIEU', 'AEHI', 'JUNI'].includes(sp.sp_cd) ? random() < 0.35 : sp.sp_cd === 'SEGI' || sp.sp_cd === 'CEDE' ? random() < 0.5 : false;
        const qty = work === 'HDG' ? between(5, 40) : pick([1, 1, 1, 1, 2, 3]);
        const ht = Math.max(3, Math.round((sp.typ_ht * (0.6 + random() * 0.7)) * 2) / 2);
        const price = workPrice[work] * (work === 'HDG' ? qty / 10 : qty) * (ht > 18 ? 1.6 : ht > 12 ? 1.25 : 1) * (work === 'SG' ? 1 : 1) * (0.9 + random() * 0.3);
        jobLines.push({ line_id: 0, job_no: 0, sp_cd: sp.sp_cd, work_cd: work, qty, ht_m: ht.toFixed(1), tpo, line_gbp: money(Math.round(price / 5) * 5) });
      }
      const quote = jobLines.reduce((s, l) => s + Number(l.line_gbp), 0);
      let status;
      if (age < 10) status = pick(['Q', 'Q', 'B']);
      else if (age < 40) status = pick(['Q', 'B', 'B', 'C', 'L']);
      else status = random() < (client.client_type === 'DOM' ? 0.28 : 0.12) ? 'L' : random() < 0.02 ? 'X' : 'C';
      if (status === 'C' && age < 120 && random() < 0.3) status = 'I';
      else if (status === 'C' && age >= 120) status = random() < 0.03 ? 'I' : 'C';
      const done = status === 'C' || status === 'I';
      const workDt = status === 'Q' || status === 'L' || status === 'X' ? null : addDays(d, between(5, 45));
      // completed work is in the past; booked work is still ahead (some of it after the records end)
      const workDay = workDt && done && workDt > END ? END : workDt && status === 'B' && workDt <= END ? addDays(END, between(1, 30)) : workDt;
      const job = {
        job_no: jobNo,
        client_id: client.client_id,
        quote_dt: day(d),
        work_dt: workDay ? day(workDay) : null,
        status,
        quote_gbp: money(quote),
        invoice_gbp: done ? money(quote * (random() < 0.2 ? 1 + pick([-0.1, 0.1, 0.15]) : 1)) : null,
        bird_chk: nesting && jobLines.some((l) => ['FELL', 'SECFELL', 'HDG', 'CR'].includes(l.work_cd)),
        chip_t: done ? (jobLines.reduce((s, l) => s + l.qty * Number(l.ht_m) * (l.work_cd === 'FELL' || l.work_cd === 'SECFELL' ? 0.12 : 0.03), 0)).toFixed(2) : null,
      };
      jobNo += 1;
      jobs.push(job);
      for (const l of jobLines) {
        l.line_id = lineId;
        l.job_no = job.job_no;
        lineId += 1;
        lines.push(l);
      }
      if (!done) continue;
      const wd = day(workDay);
      const onBooks = staff.filter((s) => s.start_dt <= wd && !(s.leave_dt && s.leave_dt < wd));
      const lead = pick(onBooks.filter((s) => s.role_cd === 'LEAD'));
      const climbers = onBooks.filter((s) => s.role_cd === 'CLMB');
      const ground = onBooks.filter((s) => s.role_cd === 'GRND' || s.role_cd === 'APPR');
      const crew = new Set([lead]);
      if (jobLines.some((l) => l.work_cd !== 'SG' && l.work_cd !== 'HDG') && climbers.length > 0) crew.add(pick(climbers));
      crew.add(pick(ground));
      if (quote > 1500 && ground.length > 1) crew.add(pick(ground));
      const hours = Math.min(10, Math.max(2, Math.round(quote / 160 * 2) / 2));
      for (const s of [...crew].sort((a, b) => a.staff_id - b.staff_id)) jobStaff.push({ job_no: job.job_no, staff_id: s.staff_id, hrs: hours.toFixed(1) });
    }
  }
  writeTable('tree_surgeon', 'clients', ['client_id', 'client_nm', 'client_type', 'town', 'on_contract', 'added_dt'], clientsById);
  writeTable('tree_surgeon', 'species', ['sp_cd', 'common_nm', 'latin_nm', 'sp_grp', 'typ_ht'], species);
  writeTable('tree_surgeon', 'staff', ['staff_id', 'staff_nm', 'role_cd', 'day_rate', 'start_dt', 'leave_dt'], staff);
  writeTable('tree_surgeon', 'jobs', ['job_no', 'client_id', 'quote_dt', 'work_dt', 'status', 'quote_gbp', 'invoice_gbp', 'bird_chk', 'chip_t'], jobs);
  writeTable('tree_surgeon', 'job_lines', ['line_id', 'job_no', 'sp_cd', 'work_cd', 'qty', 'ht_m', 'tpo', 'line_gbp'], lines);
  writeTable('tree_surgeon', 'job_staff', ['job_no', 'staff_id', 'hrs'], jobStaff);
}

escapeRooms();
treeSurgeon();
