-- Seed bank collections database (wild plant conservation). Accession numbers are SB<year collected>-<running number>.
CREATE TABLE species(species_id INTEGER PRIMARY KEY, family VARCHAR NOT NULL, genus VARCHAR NOT NULL, epithet VARCHAR NOT NULL, common_name VARCHAR NOT NULL, iucn_cat VARCHAR(2) NOT NULL, storage_behav CHAR(1) NOT NULL);
COMMENT ON TABLE species IS 'Plant taxa held in the bank';
COMMENT ON COLUMN species.epithet IS 'Specific epithet: the second word of the scientific name (genus + epithet)';
COMMENT ON COLUMN species.iucn_cat IS 'Red List threat category in Great Britain: LC least concern, NT near threatened, VU vulnerable, EN endangered, CR critically endangered';
COMMENT ON COLUMN species.storage_behav IS 'Seed storage behaviour: O orthodox (survives drying and freezing), I intermediate, R recalcitrant (cannot be dried; kept in cryo)';
CREATE TABLE collection_sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR NOT NULL, region VARCHAR NOT NULL, country_cd VARCHAR NOT NULL, elev_m INTEGER);
COMMENT ON TABLE collection_sites IS 'Wild populations where seed is collected';
COMMENT ON COLUMN collection_sites.country_cd IS 'GB-ENG, GB-SCT, GB-WLS or IE';
COMMENT ON COLUMN collection_sites.elev_m IS 'Elevation in metres above sea level';
CREATE TABLE accessions(
  acc_no VARCHAR PRIMARY KEY,
  species_id INTEGER NOT NULL,
  site_id INTEGER NOT NULL,
  collected_dt DATE NOT NULL,
  collector VARCHAR NOT NULL,
  seeds_banked INTEGER NOT NULL,   -- estimated seed count put into storage after cleaning
  storage_cd VARCHAR NOT NULL,     -- BASE = long-term base collection at -20C, ACTV = active collection for distribution, CRYO = liquid nitrogen
  status_cd CHAR(1) NOT NULL,      -- A available, R restricted (threatened taxon, needs licence), X exhausted / withdrawn
  wild_origin BOOLEAN NOT NULL,
  FOREIGN KEY (species_id) REFERENCES species(species_id),
  FOREIGN KEY (site_id) REFERENCES collection_sites(site_id));
COMMENT ON TABLE accessions IS 'One seed collection (a lot) from one species at one site on one date';
CREATE TABLE germination_tests(
  test_id INTEGER PRIMARY KEY,
  acc_no VARCHAR NOT NULL REFERENCES accessions(acc_no),
  test_dt DATE NOT NULL,
  seeds_sown INTEGER NOT NULL,
  seeds_germ INTEGER NOT NULL,     -- seeds that germinated
  temp_c INTEGER NOT NULL,         -- incubator temperature
  pretreat_cd VARCHAR NOT NULL);   -- NONE, SCAR scarified, STRAT cold-stratified, GA3 gibberellic acid
COMMENT ON TABLE germination_tests IS 'Viability tests: a sample of an accession is sown and the germinated seeds counted; repeated every few years';
CREATE TABLE recipients(recipient_id INTEGER PRIMARY KEY, org_name VARCHAR NOT NULL, org_type VARCHAR NOT NULL, country VARCHAR(2) NOT NULL);
COMMENT ON TABLE recipients IS 'Organisations that have received seed from the bank';
COMMENT ON COLUMN recipients.org_type IS 'UNI university, BG botanic garden, NGO charity or trust, GOV government agency, COM commercial seed producer';
CREATE TABLE distributions(
  dist_id INTEGER PRIMARY KEY,
  acc_no VARCHAR NOT NULL REFERENCES accessions(acc_no),
  recipient_id INTEGER NOT NULL REFERENCES recipients(recipient_id),
  sent_dt DATE NOT NULL,
  seeds_sent INTEGER NOT NULL,
  purpose_cd VARCHAR NOT NULL);    -- RES research, REST habitat restoration, EDU teaching, DISP display
COMMENT ON TABLE distributions IS 'Seed samples sent out from an accession';
