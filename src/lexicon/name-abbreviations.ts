import { wordTable } from '../own-entry.js';
/**
 * The short forms legacy and mainframe schemas use for English words in table and column names (cust_no, ORD_DT,
 * SLSREP_ID, qty, amt): the general conventions of data-naming standards, across domains, not the words of any one
 * database. A short form that is itself an everyday word ("cat", "term", "rep") is only listed where schemas use it
 * far more often as the short form. Words are lower case; a value of two words expands to both ("hazmat").
 */
export const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  // people and parties
  cust: 'customer', custmr: 'customer', cstmr: 'customer', clnt: 'client', mbr: 'member', mbrshp: 'membership', memb: 'member',
  emp: 'employee', empl: 'employee', emplyee: 'employee', mgr: 'manager', mngr: 'manager', supv: 'supervisor', supvr: 'supervisor',
  vnd: 'vendor', vndr: 'vendor', vend: 'vendor', supp: 'supplier', suppl: 'supplier', splr: 'supplier', sup: 'supplier',
  drvr: 'driver', drv: 'driver', tech: 'technician', techn: 'technician', instr: 'instructor', stu: 'student', stdnt: 'student',
  pat: 'patient', ptnt: 'patient', phys: 'physician', prov: 'provider', ins: 'insurance',
  insd: 'insured', pol: 'policy', plcy: 'policy', polhldr: 'policyholder', bene: 'beneficiary', benef: 'beneficiary',
  agt: 'agent', agnt: 'agent', brkr: 'broker', rep: 'representative',
  usr: 'user', acct: 'account', accnt: 'account', acc: 'account', ownr: 'owner', tnt: 'tenant', tenn: 'tenant', lndlrd: 'landlord',
  shpr: 'shipper', cnsgn: 'consignee', cnsgne: 'consignee', rcvr: 'receiver', sndr: 'sender', cntct: 'contact',   prsn: 'person', pers: 'person', pax: 'passenger', indiv: 'individual', org: 'organization', orgn: 'organization', co: 'company', cmpny: 'company',   dept: 'department', dpt: 'department', div: 'division', br: 'branch', brnch: 'branch', rgn: 'region', ofc: 'office', offc: 'office',
  whse: 'warehouse', whs: 'warehouse', wh: 'warehouse', loc: 'location', lctn: 'location', fac: 'facility', fclty: 'facility',   dpo: 'depot', stn: 'station', sta: 'station', plnt: 'plant', site: 'site',
  // things
  itm: 'item', prod: 'product', prd: 'product', prdct: 'product', svc: 'service', srvc: 'service', serv: 'service', matl: 'material', mtrl: 'material',
  eqp: 'equipment', equip: 'equipment', eqpt: 'equipment', veh: 'vehicle', vhcl: 'vehicle', trk: 'truck', trlr: 'trailer',
  shp: 'shipment', shpt: 'shipment', dlvry: 'delivery', dlv: 'delivery', dlvr: 'delivery', pkg: 'package',   ord: 'order', ordr: 'order', po: 'purchase order', inv: 'invoice', invc: 'invoice', rcpt: 'receipt', pmt: 'payment', pymt: 'payment', paymt: 'payment',
  txn: 'transaction', trans: 'transaction', trx: 'transaction', tran: 'transaction', clm: 'claim', clms: 'claims', cntrct: 'contract', contr: 'contract',
  appt: 'appointment', enc: 'encounter', adm: 'admission', admsn: 'admission', rx: 'prescription', dx: 'diagnosis', proc: 'procedure',
  crs: 'course', cls: 'class', sect: 'section', sem: 'semester', enrl: 'enrollment', enrlmt: 'enrollment', grd: 'grade', asgn: 'assignment',
  proj: 'project', prj: 'project', tsk: 'task', evt: 'event', msg: 'message', docmt: 'document', rpt: 'report',
  acctg: 'accounting', gl: 'general ledger', ldgr: 'ledger', bgt: 'budget', bdgt: 'budget', fnd: 'fund', ast: 'asset', lbl: 'liability',
  prop: 'property', bldg: 'building', rm: 'room', flr: 'floor', unt: 'unit', mtr: 'meter', cat: 'category', ctgry: 'category', catg: 'category',
  grp: 'group', typ: 'type', tp: 'type', lvl: 'level', lev: 'level', tier: 'tier', sts: 'status', stat: 'status', stts: 'status',
  // qualities and quantities
  nm: 'name', nme: 'name', nam: 'name', desc: 'description', dscr: 'description', descr: 'description', txt: 'text', cmnt: 'comment', cmt: 'comment', rmk: 'remark', rmks: 'remarks', note: 'note',
  no: 'number', nbr: 'number', num: 'number', nr: 'number', nmbr: 'number', cd: 'code', cde: 'code', id: 'id', ind: 'indicator', flg: 'flag',
  qty: 'quantity', qnty: 'quantity', quan: 'quantity', amt: 'amount', amnt: 'amount', prc: 'price', cst: 'cost', val: 'value', vlu: 'value',
  tot: 'total', ttl: 'total', bal: 'balance', bln: 'balance', avg: 'average', cnt: 'count', ct: 'count', pct: 'percent', perc: 'percent',
  rt: 'rate', rte: 'rate', fee: 'fee', chg: 'charge', chrg: 'charge', disc: 'discount', dsc: 'discount', tx: 'tax', sal: 'salary', slry: 'salary', wg: 'wage',
  prem: 'premium', prm: 'premium', ded: 'deductible', lmt: 'limit', lim: 'limit', cr: 'credit', crd: 'credit', dbt: 'debit', pd: 'paid', due: 'due',
  wgt: 'weight', wt: 'weight', hgt: 'height', ht: 'height', len: 'length', lgth: 'length', wdth: 'width', vol: 'volume', dist: 'distance', mi: 'miles', mil: 'mileage',
  dur: 'duration', hrs: 'hours', hr: 'hour', mins: 'minutes', sz: 'size', cap: 'capacity', cpcty: 'capacity',
  incl: 'included', est: 'estimated', pcs: 'pieces', pc: 'piece', pkgs: 'packages', uom: 'unit of measure', um: 'unit of measure', yr: 'year', yrs: 'years', mo: 'month', mth: 'month', mnth: 'month',
  wk: 'week', dy: 'day', qtr: 'quarter', dt: 'date', dte: 'date', tm: 'time', ts: 'timestamp', tmstmp: 'timestamp', age: 'age', dob: 'date of birth',
  // places
  addr: 'address', adr: 'address', st: 'state', stt: 'state', ste: 'suite', cty: 'city', cnty: 'county', ctry: 'country', cntry: 'country', zip: 'zip',
  dstrct: 'district', orig: 'origin', dest: 'destination', dstn: 'destination', lat: 'latitude', lon: 'longitude', lng: 'longitude',
  tel: 'telephone', ph: 'phone', phn: 'phone', fax: 'fax', eml: 'email', email: 'email', web: 'website', url: 'url',
  // verbs and states as name parts
  tbl: 'table', hdr: 'header', hd: 'header', ln: 'line', dtl: 'detail', det: 'detail', mst: 'master', mstr: 'master', hist: 'history', hst: 'history', lkp: 'lookup', lkup: 'lookup', ref: 'reference', xref: 'cross reference',
  crt: 'created', crtd: 'created', upd: 'updated', updt: 'updated', chgd: 'changed', mod: 'modified', eff: 'effective', exp: 'expiry', expr: 'expiry', strt: 'start', beg: 'begin', end: 'end',
  hire: 'hire', hir: 'hire', trm: 'termination', rcv: 'received', rcvd: 'received', shpd: 'shipped', shipd: 'shipped', dlvd: 'delivered', cncl: 'cancelled', cxl: 'cancelled',
  apprv: 'approved', appr: 'approved', rej: 'rejected', cmpl: 'completed', cmplt: 'completed', actv: 'active', inact: 'inactive', opn: 'open', clsd: 'closed',
  pay: 'payment', pymnt: 'payment', mthd: 'method', meth: 'method', src: 'source', tgt: 'target', seq: 'sequence', pri: 'priority', prio: 'priority', lang: 'language',
  natl: 'national', intl: 'international', dom: 'domestic', fed: 'federal', mun: 'municipal', ann: 'annual', mthly: 'monthly', dly: 'daily', wkly: 'weekly',
  frt: 'freight', odom: 'odometer', mdl: 'model', mfr: 'manufacturer', mfg: 'manufacturing', mk: 'make',
  sls: 'sales', purch: 'purchase', prch: 'purchase', rtn: 'return', adj: 'adjustment', alloc: 'allocation', resv: 'reservation', rsv: 'reservation', bkg: 'booking', bk: 'booking',
  fl: 'flag', yn: 'flag', acres: 'acres', lic: 'license', lcns: 'license', regn: 'registration', cert: 'certification', });
