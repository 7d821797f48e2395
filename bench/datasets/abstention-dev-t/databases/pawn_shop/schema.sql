-- A Black Country pawnbroker's legacy shop system: branches, customers, pledges (loans secured on goods), the items pledged, redemptions and forfeited items sent to auction.
CREATE TABLE tblBranch(branchId INTEGER PRIMARY KEY, branchName VARCHAR NOT NULL, townName VARCHAR NOT NULL, openedYear INTEGER NOT NULL, hasStrongRoom BOOLEAN NOT NULL);
CREATE TABLE tblCustomer(custId INTEGER PRIMARY KEY, custName VARCHAR NOT NULL, birthYear INTEGER NOT NULL, idDocType VARCHAR NOT NULL, firstVisit DATE NOT NULL, homeBranchId INTEGER NOT NULL, isBarred BOOLEAN NOT NULL, FOREIGN KEY (homeBranchId) REFERENCES tblBranch(branchId));
COMMENT ON COLUMN tblCustomer.idDocType IS 'Photo ID seen at the first pledge: PASSPORT, DRIVING_LIC, ID_CARD';
COMMENT ON COLUMN tblCustomer.isBarred IS 'Barred from pledging';
CREATE TABLE tblPledge(pledgeNo VARCHAR PRIMARY KEY, custId INTEGER NOT NULL, branchId INTEGER NOT NULL, pledgeDate DATE NOT NULL, loanAmt DECIMAL(9,2) NOT NULL, monthlyRatePct DECIMAL(4,2) NOT NULL, termMonths INTEGER NOT NULL, dueDate DATE NOT NULL, pledgeStatus VARCHAR NOT NULL, FOREIGN KEY (custId) REFERENCES tblCustomer(custId), FOREIGN KEY (branchId) REFERENCES tblBranch(branchId));
COMMENT ON COLUMN tblPledge.loanAmt IS 'Amount lent against the pledge';
COMMENT ON COLUMN tblPledge.monthlyRatePct IS 'Interest charged per month, percent';
COMMENT ON COLUMN tblPledge.pledgeStatus IS 'OPEN, REDEEMED (repaid and goods collected), RENEWED (interest paid, loan rolled over), FORFEIT (not redeemed, goods to auction)';
CREATE TABLE tblPledgeItem(itemId INTEGER PRIMARY KEY, pledgeNo VARCHAR NOT NULL, itemCat VARCHAR NOT NULL, itemDesc VARCHAR NOT NULL, caratGrade INTEGER, weightGrams DECIMAL(6,2), valuationAmt DECIMAL(9,2) NOT NULL, FOREIGN KEY (pledgeNo) REFERENCES tblPledge(pledgeNo));
COMMENT ON COLUMN tblPledgeItem.itemCat IS 'RING, CHAIN, WATCH, BRACELET, EARRINGS, COIN, ELEC electronics, TOOLS power tools';
COMMENT ON COLUMN tblPledgeItem.caratGrade IS 'Gold purity in carats (9, 14, 18, 22); NULL when not gold';
COMMENT ON COLUMN tblPledgeItem.weightGrams IS 'Weight of the item in grams; NULL for electronics and tools';
COMMENT ON COLUMN tblPledgeItem.valuationAmt IS 'Our valuation when pledged';
CREATE TABLE tblRedemption(redemptionId INTEGER PRIMARY KEY, pledgeNo VARCHAR NOT NULL, redeemDate DATE NOT NULL, principalPaid DECIMAL(9,2) NOT NULL, interestPaid DECIMAL(9,2) NOT NULL, payMethod VARCHAR NOT NULL, FOREIGN KEY (pledgeNo) REFERENCES tblPledge(pledgeNo));
COMMENT ON COLUMN tblRedemption.principalPaid IS '0 when the customer only paid the interest to renew';
CREATE TABLE tblAuctionLot(lotId INTEGER PRIMARY KEY, itemId INTEGER NOT NULL, auctionDate DATE NOT NULL, reservePrice DECIMAL(9,2) NOT NULL, hammerPrice DECIMAL(9,2), buyerPremiumPct DECIMAL(4,1) NOT NULL, FOREIGN KEY (itemId) REFERENCES tblPledgeItem(itemId));
COMMENT ON COLUMN tblAuctionLot.hammerPrice IS 'Price the lot sold for; NULL when unsold or not yet auctioned';
COMMENT ON COLUMN tblAuctionLot.buyerPremiumPct IS 'Premium the auction house adds to the hammer price, percent';
