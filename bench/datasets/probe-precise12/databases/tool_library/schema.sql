-- Community tool library: three branches, members, tools by category, loans of one or more tools, volunteer repairs.
CREATE TABLE branch(br_id INTEGER PRIMARY KEY, br_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE cat(cat_cd VARCHAR(3) PRIMARY KEY, cat_nm VARCHAR NOT NULL);
CREATE TABLE mbr(mbr_id INTEGER PRIMARY KEY, fnm VARCHAR NOT NULL, lnm VARCHAR NOT NULL, br_id INTEGER NOT NULL, tier_cd VARCHAR(3) NOT NULL, joined_dt DATE NOT NULL, left_dt DATE,
  FOREIGN KEY (br_id) REFERENCES branch(br_id));
COMMENT ON TABLE mbr IS 'Library members; br_id is the branch they registered at';
COMMENT ON COLUMN mbr.tier_cd IS 'STD standard, CON concession (reduced fee), VOL volunteer (free membership)';
COMMENT ON COLUMN mbr.left_dt IS 'Date the membership ended; NULL while still a member';
CREATE TABLE tool(tool_id INTEGER PRIMARY KEY, tool_nm VARCHAR NOT NULL, cat_cd VARCHAR(3) NOT NULL, br_id INTEGER NOT NULL, bought_dt DATE NOT NULL, cost_gbp DECIMAL(7,2) NOT NULL, deposit_gbp DECIMAL(5,2) NOT NULL, cond_cd CHAR(1) NOT NULL, retired_dt DATE,
  FOREIGN KEY (cat_cd) REFERENCES cat(cat_cd), FOREIGN KEY (br_id) REFERENCES branch(br_id));
COMMENT ON COLUMN tool.br_id IS 'Branch the tool is kept at';
COMMENT ON COLUMN tool.cost_gbp IS 'Purchase price';
COMMENT ON COLUMN tool.cond_cd IS 'G good, F fair, P poor';
COMMENT ON COLUMN tool.retired_dt IS 'Date the tool was taken out of service; NULL while in use';
CREATE TABLE loan(ln_id INTEGER PRIMARY KEY, mbr_id INTEGER NOT NULL, out_dt DATE NOT NULL, due_dt DATE NOT NULL, back_dt DATE, stat_cd CHAR(1) NOT NULL, fee_gbp DECIMAL(5,2) NOT NULL, fee_pd BOOLEAN NOT NULL,
  FOREIGN KEY (mbr_id) REFERENCES mbr(mbr_id));
COMMENT ON TABLE loan IS 'One borrowing visit; the tools taken are its lines in loan_ln';
COMMENT ON COLUMN loan.stat_cd IS 'O out, R returned';
COMMENT ON COLUMN loan.fee_gbp IS 'Late fee charged for the whole loan';
COMMENT ON COLUMN loan.fee_pd IS 'Whether the late fee has been paid';
CREATE TABLE loan_ln(ln_id INTEGER NOT NULL, line_no INTEGER NOT NULL, tool_id INTEGER NOT NULL, ret_cd VARCHAR(3),
  PRIMARY KEY (ln_id, line_no), FOREIGN KEY (ln_id) REFERENCES loan(ln_id), FOREIGN KEY (tool_id) REFERENCES tool(tool_id));
COMMENT ON COLUMN loan_ln.ret_cd IS 'State the tool came back in: OK, DMG damaged, LST lost; NULL while out';
CREATE TABLE rpr(rpr_id INTEGER PRIMARY KEY, tool_id INTEGER NOT NULL, vol_id INTEGER NOT NULL, rpt_dt DATE NOT NULL, fixed_dt DATE, cost_gbp DECIMAL(6,2) NOT NULL,
  FOREIGN KEY (tool_id) REFERENCES tool(tool_id), FOREIGN KEY (vol_id) REFERENCES mbr(mbr_id));
COMMENT ON TABLE rpr IS 'Repairs of damaged tools, done by volunteer members (vol_id)';
COMMENT ON COLUMN rpr.cost_gbp IS 'Parts cost of the repair';
COMMENT ON COLUMN rpr.fixed_dt IS 'NULL while the repair is open';
