// Writes databases/tool_library/data/*.csv: one small invented database, the same bytes on every run (a seeded
// generator, no clock). Run from anywhere: node bench/datasets/probe-precise12/make-databases.mjs [--out DIR]
// (default: this folder; the test writes elsewhere and compares).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, csvTableWriter, day, money, namer, outputFolder, seeded } from '../make-database-helpers.mjs';

const writeTable = csvTableWriter(outputFolder(path.dirname(fileURLToPath(import.meta.url))));

const FIRST = ['Aled', 'Bethan', 'Carys', 'Dafydd', 'Elin', 'Ffion', 'Gethin', 'Hywel', 'Iolo', 'Lowri', 'Mared', 'Nia', 'Owain', 'Rhian', 'Siwan', 'Tomos', 'Wyn', 'Alys', 'Bryn', 'Cerys'];
const LAST = ['Bevan', 'Cadwalader', 'Driscoll', 'Evans', 'Griffiths', 'Howells', 'Jenkins', 'Lloyd', 'Morgan', 'Nicholas', 'Owen', 'Powell', 'Prosser', 'Rees', 'Thomas', 'Vaughan', 'Watkins', 'Pugh'];
const START = new Date(Date.UTC(2025, 0, 2));
const END = new Date(Date.UTC(2026, 10, 30));

/** A community tool library: branches, members, tools by category, loans of one or more tools, volunteer repairs. */
function toolLibrary() {
  const { random, pick, between } = seeded(20261205);
  const nextName = namer(pick, FIRST, LAST);
  const branches = [
    { br_id: 1, br_nm: 'Eastgate', town: 'Leeds' },
    { br_id: 2, br_nm: 'Holbeck', town: 'Leeds' },
    { br_id: 3, br_nm: 'Otley', town: 'Otley' },
  ];
  const cats = [
    { cat_cd: 'PWR', cat_nm: 'Power tools' },
    { cat_cd: 'GDN', cat_nm: 'Garden' },
    { cat_cd: 'HND', cat_nm: 'Hand tools' },
    { cat_cd: 'LAD', cat_nm: 'Ladders and access' },
    { cat_cd: 'DEC', cat_nm: 'Decorating' },
  ];
  const members = [];
  for (let i = 0; i < 140; i += 1) {
    const [fnm, lnm] = nextName();
    const joined = addDays(new Date(Date.UTC(2022, 0, 10)), between(0, 1740));
    const tier = random() < 0.6 ? 'STD' : random() < 0.6 ? 'CON' : 'VOL';
    const left = random() < 0.22 && joined < new Date(Date.UTC(2026, 5, 1)) ? addDays(joined, between(90, 500)) : null;
    members.push({ mbr_id: 501 + i, fnm, lnm, br_id: pick([1, 1, 1, 2, 2, 3]), tier_cd: tier, joined_dt: day(joined), left_dt: left && left < END ? day(left) : null, joined, left: left && left < END ? left : null });
  }
  const kinds = {
    PWR: [['Cordless drill', 95], ['Circular saw', 120], ['Jigsaw', 70], ['Angle grinder', 60], ['Sander', 55], ['SDS hammer drill', 140]],
    GDN: [['Hedge trimmer', 85], ['Lawn mower', 180], ['Strimmer', 90], ['Rotavator', 320], ['Leaf blower', 75]],
    HND: [['Socket set', 40], ['Spirit level', 25], ['Tile cutter', 45], ['Clamp set', 30]],
    LAD: [['Step ladder', 60], ['Extension ladder', 150], ['Scaffold tower', 380]],
    DEC: [['Wallpaper steamer', 45], ['Paint sprayer', 110], ['Pasting table', 20]],
  };
  const tools = [];
  let toolId = 1001;
  for (const cat of cats) {
    for (const [name, cost] of kinds[cat.cat_cd]) {
      const copies = between(1, 4);
      for (let c = 1; c <= copies; c += 1) {
        const bought = addDays(new Date(Date.UTC(2021, 2, 1)), between(0, 1900));
        const retired = random() < 0.12 ? addDays(bought, between(200, 900)) : null;
        tools.push({
          tool_id: toolId, tool_nm: `${name} ${c}`, cat_cd: cat.cat_cd, br_id: pick([1, 2, 3]), bought_dt: day(bought),
          cost_gbp: money(cost * (0.8 + random() * 0.4)), deposit_gbp: money(cost >= 100 ? 25 : cost >= 50 ? 10 : 0),
          cond_cd: pick(['G', 'G', 'G', 'F', 'F', 'P']), retired_dt: retired && retired < END ? day(retired) : null, bought, retired: retired && retired < END ? retired : null,
        });
        toolId += 1;
      }
    }
  }
  const loans = [];
  const lines = [];
  let lnId = 70001;
  for (let d = START; d <= END; d = addDays(d, 1)) {
    const n = d.getUTCDay() === 6 ? between(2, 5) : between(0, 2);
    for (let k = 0; k < n; k += 1) {
      const active = members.filter((m) => m.joined <= d && (m.left === null || m.left > d));
      const m = pick(active);
      const usable = tools.filter((t) => t.bought <= d && (t.retired === null || t.retired > d));
      const due = addDays(d, 7);
      const ageDays = Math.round((END.getTime() - d.getTime()) / 86_400_000);
      const open = ageDays < 10 ? random() < 0.7 : random() < 0.02;
      const late = random() < 0.25 ? between(1, 12) : -between(0, 5);
      const back = open ? null : addDays(due, late);
      const fee = back && late > 0 ? money(Math.min(late, 10) * 1.5) : money(0);
      const feePaid = Number(fee) > 0 ? random() < 0.7 : true;
      const stat = open ? 'O' : 'R';
      loans.push({ ln_id: lnId, mbr_id: m.mbr_id, out_dt: day(d), due_dt: day(due), back_dt: back ? day(back) : null, stat_cd: stat, fee_gbp: fee, fee_pd: feePaid });
      const count = pick([1, 1, 1, 2, 2, 3, 4]);
      const chosen = new Set();
      for (let l = 1; l <= count; l += 1) {
        const t = pick(usable);
        if (chosen.has(t.tool_id)) continue;
        chosen.add(t.tool_id);
        const ret = open ? null : random() < 0.06 ? 'DMG' : random() < 0.015 ? 'LST' : 'OK';
        lines.push({ ln_id: lnId, line_no: chosen.size, tool_id: t.tool_id, ret_cd: ret });
      }
      lnId += 1;
    }
  }
  const vols = members.filter((m) => m.tier_cd === 'VOL');
  const repairs = [];
  let rprId = 301;
  for (const line of lines.filter((l) => l.ret_cd === 'DMG')) {
    const loan = loans.find((x) => x.ln_id === line.ln_id);
    const reported = new Date(`${loan.back_dt}T00:00:00Z`);
    const fixed = addDays(reported, between(2, 40));
    repairs.push({ rpr_id: rprId, tool_id: line.tool_id, vol_id: pick(vols).mbr_id, rpt_dt: day(reported), fixed_dt: fixed <= END ? day(fixed) : null, cost_gbp: money(between(0, 60) + random()) });
    rprId += 1;
  }
  writeTable('tool_library', 'branch', ['br_id', 'br_nm', 'town'], branches);
  writeTable('tool_library', 'cat', ['cat_cd', 'cat_nm'], cats);
  writeTable('tool_library', 'mbr', ['mbr_id', 'fnm', 'lnm', 'br_id', 'tier_cd', 'joined_dt', 'left_dt'], members);
  writeTable('tool_library', 'tool', ['tool_id', 'tool_nm', 'cat_cd', 'br_id', 'bought_dt', 'cost_gbp', 'deposit_gbp', 'cond_cd', 'retired_dt'], tools);
  writeTable('tool_library', 'loan', ['ln_id', 'mbr_id', 'out_dt', 'due_dt', 'back_dt', 'stat_cd', 'fee_gbp', 'fee_pd'], loans);
  writeTable('tool_library', 'loan_ln', ['ln_id', 'line_no', 'tool_id', 'ret_cd'], lines);
  writeTable('tool_library', 'rpr', ['rpr_id', 'tool_id', 'vol_id', 'rpt_dt', 'fixed_dt', 'cost_gbp'], repairs);
}

toolLibrary();
