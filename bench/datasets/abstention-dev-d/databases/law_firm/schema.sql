CREATE TABLE party(partyId INTEGER PRIMARY KEY, partyKind VARCHAR NOT NULL, displayName VARCHAR NOT NULL, countryCode VARCHAR(2), industry VARCHAR, created_at DATE);
COMMENT ON COLUMN party.partyKind IS 'PERSON or ORG';
CREATE TABLE resource(resourceId INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, grade VARCHAR NOT NULL, officeName VARCHAR NOT NULL, standardRate DECIMAL(8,2) NOT NULL, startDate DATE);
CREATE TABLE matter(matterId INTEGER PRIMARY KEY, matterRef VARCHAR NOT NULL, clientPartyId INTEGER NOT NULL, practiceArea VARCHAR NOT NULL, lead_resource_id INTEGER NOT NULL, openedOn DATE NOT NULL, closedOn DATE, feeBasis VARCHAR NOT NULL, fixedFeeAmt DECIMAL(10,2), FOREIGN KEY (clientPartyId) REFERENCES party(partyId), FOREIGN KEY (lead_resource_id) REFERENCES resource(resourceId));
COMMENT ON COLUMN matter.feeBasis IS 'hourly, fixed or cfa';
CREATE TABLE matter_party(matterId INTEGER NOT NULL, partyId INTEGER NOT NULL, role VARCHAR NOT NULL, FOREIGN KEY (matterId) REFERENCES matter(matterId), FOREIGN KEY (partyId) REFERENCES party(partyId));
CREATE TABLE timeEntry(entryId INTEGER PRIMARY KEY, matterId INTEGER NOT NULL, resourceId INTEGER NOT NULL, workDate DATE NOT NULL, activityCode VARCHAR NOT NULL, units INTEGER NOT NULL, billable BOOLEAN NOT NULL, rateApplied DECIMAL(8,2) NOT NULL, invoiceNo VARCHAR, FOREIGN KEY (matterId) REFERENCES matter(matterId), FOREIGN KEY (resourceId) REFERENCES resource(resourceId));
COMMENT ON COLUMN timeEntry.units IS '6-minute units';
CREATE TABLE invoice(invoiceNo VARCHAR PRIMARY KEY, matterId INTEGER NOT NULL, issued_on DATE NOT NULL, feesAmt DECIMAL(12,2) NOT NULL, disbursementsAmt DECIMAL(12,2) NOT NULL, vatAmt DECIMAL(12,2) NOT NULL, paidOn DATE, FOREIGN KEY (matterId) REFERENCES matter(matterId));
