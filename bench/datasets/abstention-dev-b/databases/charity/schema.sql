CREATE TABLE campaigns(campaign_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, channel VARCHAR NOT NULL, start_dt DATE NOT NULL, end_dt DATE NOT NULL, target_amt DECIMAL(10,2) NOT NULL);
COMMENT ON TABLE campaigns IS 'Fundraising appeals';
COMMENT ON COLUMN campaigns.channel IS 'mail, online, event or street';
COMMENT ON COLUMN campaigns.target_amt IS 'Fundraising goal in GBP';
CREATE TABLE donors(donor_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, donor_type VARCHAR NOT NULL, org_name VARCHAR, city VARCHAR NOT NULL, country VARCHAR NOT NULL, first_gift_dt DATE, gift_aid BOOLEAN NOT NULL);
COMMENT ON COLUMN donors.donor_type IS 'individual or organisation; for an organisation first_name and last_name are its contact''s';
COMMENT ON COLUMN donors.gift_aid IS 'Signed a UK Gift Aid declaration';
CREATE TABLE donations(gift_id INTEGER PRIMARY KEY, donor_id INTEGER NOT NULL, campaign_id INTEGER NOT NULL, dt DATE NOT NULL, amt DECIMAL(10,2) NOT NULL, pay_method VARCHAR NOT NULL, is_recurring BOOLEAN NOT NULL, FOREIGN KEY (donor_id) REFERENCES donors(donor_id), FOREIGN KEY (campaign_id) REFERENCES campaigns(campaign_id));
COMMENT ON COLUMN donations.amt IS 'GBP';
