import { normalizeValueText } from './normalize-value-text.js';

/** A country as ISO 3166-1 codes it (alpha-2, alpha-3), the IOC code sports data uses, its English names and demonyms. */
export interface Country {
  alpha2: string;
  alpha3: string;
  ioc: string;
  names: string[];
  demonyms: string[];
}

/**
 * ISO 3166-1 as Debian's iso-codes 4.15 lists it (names, common and official names of six words or fewer), with the
 * English name Node's ICU gives, IOC codes where they differ from alpha-3, everyday names ("UK", "Holland") and
 * demonyms. One line per country: `alpha-2 alpha-3 IOC|names|demonyms`.
 */
const COUNTRY_LINES = `
AD AND AND|Andorra;Principality of Andorra|Andorran
AE ARE UAE|United Arab Emirates;UAE;Emirates|Emirati
AF AFG AFG|Afghanistan;Islamic Republic of Afghanistan|Afghan
AG ATG ANT|Antigua & Barbuda;Antigua and Barbuda|
AI AIA AIA|Anguilla|
AL ALB ALB|Albania;Republic of Albania|Albanian
AM ARM ARM|Armenia;Republic of Armenia|Armenian
AO AGO ANG|Angola;Republic of Angola|Angolan
AQ ATA ATA|Antarctica|
AR ARG ARG|Argentina;Argentine Republic|Argentinian;Argentine
AS ASM ASA|American Samoa|
AT AUT AUT|Austria;Republic of Austria|Austrian
AU AUS AUS|Australia|Australian
AW ABW ARU|Aruba|
AX ALA ALA|Åland Islands|
AZ AZE AZE|Azerbaijan;Republic of Azerbaijan|Azerbaijani
BA BIH BIH|Bosnia & Herzegovina;Bosnia and Herzegovina;Republic of Bosnia and Herzegovina|Bosnian
BB BRB BAR|Barbados|Barbadian
BD BGD BAN|Bangladesh;People's Republic of Bangladesh|Bangladeshi
BE BEL BEL|Belgium;Kingdom of Belgium|Belgian
BF BFA BUR|Burkina Faso|
BG BGR BUL|Bulgaria;Republic of Bulgaria|Bulgarian
BH BHR BRN|Bahrain;Kingdom of Bahrain|Bahraini
BI BDI BDI|Burundi;Republic of Burundi|Burundian
BJ BEN BEN|Benin;Republic of Benin|Beninese
BL BLM BLM|St. Barthélemy;Saint Barthélemy|
BM BMU BER|Bermuda|Bermudan;Bermudian
BN BRN BRU|Brunei;Brunei Darussalam|Bruneian
BO BOL BOL|Bolivia;Bolivia, Plurinational State of;Plurinational State of Bolivia|Bolivian
BQ BES BES|Caribbean Netherlands;Bonaire, Sint Eustatius and Saba|
BR BRA BRA|Brazil;Federative Republic of Brazil|Brazilian
BS BHS BAH|Bahamas;Commonwealth of the Bahamas|Bahamian
BT BTN BHU|Bhutan;Kingdom of Bhutan|Bhutanese
BV BVT BVT|Bouvet Island|
BW BWA BOT|Botswana;Republic of Botswana|Botswanan
BY BLR BLR|Belarus;Republic of Belarus|Belarusian
BZ BLZ BIZ|Belize|Belizean
CA CAN CAN|Canada|Canadian
CC CCK CCK|Cocos (Keeling) Islands|
CD COD COD|Congo - Kinshasa;Congo, The Democratic Republic of the;DR Congo;Democratic Republic of the Congo|
CF CAF CAF|Central African Republic|
CG COG CGO|Congo - Brazzaville;Congo;Republic of the Congo|Congolese
CH CHE SUI|Switzerland;Swiss Confederation|Swiss
CI CIV CIV|Côte d’Ivoire;Côte d'Ivoire;Republic of Côte d'Ivoire;Ivory Coast|
CK COK COK|Cook Islands|
CL CHL CHI|Chile;Republic of Chile|Chilean
CM CMR CMR|Cameroon;Republic of Cameroon|Cameroonian
CN CHN CHN|China;People's Republic of China|Chinese
CO COL COL|Colombia;Republic of Colombia|Colombian
CR CRI CRC|Costa Rica;Republic of Costa Rica|Costa Rican
CU CUB CUB|Cuba;Republic of Cuba|Cuban
CV CPV CPV|Cape Verde;Cabo Verde;Republic of Cabo Verde|
CW CUW CUW|Curaçao|
CX CXR CXR|Christmas Island|
CY CYP CYP|Cyprus;Republic of Cyprus|Cypriot
CZ CZE CZE|Czechia;Czech Republic|Czech
DE DEU GER|Germany;Federal Republic of Germany|German
DJ DJI DJI|Djibouti;Republic of Djibouti|Djiboutian
DK DNK DEN|Denmark;Kingdom of Denmark|Danish
DM DMA DMA|Dominica;Commonwealth of Dominica|
DO DOM DOM|Dominican Republic|Dominican
DZ DZA ALG|Algeria;People's Democratic Republic of Algeria|Algerian
EC ECU ECU|Ecuador;Republic of Ecuador|Ecuadorian
EE EST EST|Estonia;Republic of Estonia|Estonian
EG EGY EGY|Egypt;Arab Republic of Egypt|Egyptian
EH ESH ESH|Western Sahara|
ER ERI ERI|Eritrea;the State of Eritrea|Eritrean
ES ESP ESP|Spain;Kingdom of Spain|Spanish
ET ETH ETH|Ethiopia;Federal Democratic Republic of Ethiopia|Ethiopian
FI FIN FIN|Finland;Republic of Finland|Finnish
FJ FJI FIJ|Fiji;Republic of Fiji|Fijian
FK FLK FLK|Falkland Islands;Falkland Islands (Malvinas)|
FM FSM FSM|Micronesia;Micronesia, Federated States of;Federated States of Micronesia|
FO FRO FRO|Faroe Islands|
FR FRA FRA|France;French Republic|French
GA GAB GAB|Gabon;Gabonese Republic|Gabonese
GB GBR GBR|United Kingdom;UK;U.K.;Britain;Great Britain|British
GD GRD GRN|Grenada|Grenadian
GE GEO GEO|Georgia|Georgian
GF GUF GUF|French Guiana|
GG GGY GGY|Guernsey|
GH GHA GHA|Ghana;Republic of Ghana|Ghanaian
GI GIB GIB|Gibraltar|Gibraltarian
GL GRL GRL|Greenland|
GM GMB GAM|Gambia;Republic of the Gambia|Gambian
GN GIN GUI|Guinea;Republic of Guinea|Guinean
GP GLP GLP|Guadeloupe|
GQ GNQ GEQ|Equatorial Guinea;Republic of Equatorial Guinea|
GR GRC GRE|Greece;Hellenic Republic|Greek
GS SGS SGS|South Georgia & South Sandwich Islands;South Georgia and the South Sandwich Islands|
GT GTM GUA|Guatemala;Republic of Guatemala|Guatemalan
GU GUM GUM|Guam|
GW GNB GBS|Guinea-Bissau;Republic of Guinea-Bissau|
GY GUY GUY|Guyana;Republic of Guyana|Guyanese
HK HKG HKG|Hong Kong SAR China;Hong Kong|Hongkonger
HM HMD HMD|Heard & McDonald Islands;Heard Island and McDonald Islands|
HN HND HON|Honduras;Republic of Honduras|Honduran
HR HRV CRO|Croatia;Republic of Croatia|Croatian
HT HTI HAI|Haiti;Republic of Haiti|Haitian
HU HUN HUN|Hungary|Hungarian
ID IDN INA|Indonesia;Republic of Indonesia|Indonesian
IE IRL IRL|Ireland|Irish
IL ISR ISR|Israel;State of Israel|Israeli
IM IMN IMN|Isle of Man|
IN IND IND|India;Republic of India|Indian
IO IOT IOT|British Indian Ocean Territory|
IQ IRQ IRQ|Iraq;Republic of Iraq|Iraqi
IR IRN IRI|Iran;Iran, Islamic Republic of;Islamic Republic of Iran|Iranian
IS ISL ISL|Iceland;Republic of Iceland|Icelandic
IT ITA ITA|Italy;Italian Republic|Italian
JE JEY JEY|Jersey|
JM JAM JAM|Jamaica|Jamaican
JO JOR JOR|Jordan;Hashemite Kingdom of Jordan|Jordanian
JP JPN JPN|Japan|Japanese
KE KEN KEN|Kenya;Republic of Kenya|Kenyan
KG KGZ KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz
KH KHM CAM|Cambodia;Kingdom of Cambodia|Cambodian
KI KIR KIR|Kiribati;Republic of Kiribati|
KM COM COM|Comoros;Union of the Comoros|
KN KNA SKN|St. Kitts & Nevis;Saint Kitts and Nevis|
KP PRK PRK|North Korea;Korea, Democratic People's Republic of;Democratic People's Republic of Korea|North Korean
KR KOR KOR|South Korea;Korea, Republic of;Korea|South Korean;Korean
KW KWT KUW|Kuwait;State of Kuwait|Kuwaiti
KY CYM CAY|Cayman Islands|
KZ KAZ KAZ|Kazakhstan;Republic of Kazakhstan|Kazakh;Kazakhstani
LA LAO LAO|Laos;Lao People's Democratic Republic|Laotian
LB LBN LIB|Lebanon;Lebanese Republic|Lebanese
LC LCA LCA|St. Lucia;Saint Lucia|
LI LIE LIE|Liechtenstein;Principality of Liechtenstein|Liechtensteiner
LK LKA SRI|Sri Lanka;Democratic Socialist Republic of Sri Lanka|Sri Lankan
LR LBR LBR|Liberia;Republic of Liberia|Liberian
LS LSO LES|Lesotho;Kingdom of Lesotho|
LT LTU LTU|Lithuania;Republic of Lithuania|Lithuanian
LU LUX LUX|Luxembourg;Grand Duchy of Luxembourg|Luxembourgish
LV LVA LAT|Latvia;Republic of Latvia|Latvian
LY LBY LBA|Libya|Libyan
MA MAR MAR|Morocco;Kingdom of Morocco|Moroccan
MC MCO MON|Monaco;Principality of Monaco|Monegasque
MD MDA MDA|Moldova;Moldova, Republic of;Republic of Moldova|Moldovan
ME MNE MNE|Montenegro|Montenegrin
MF MAF MAF|St. Martin;Saint Martin (French part)|
MG MDG MAD|Madagascar;Republic of Madagascar|Malagasy
MH MHL MHL|Marshall Islands;Republic of the Marshall Islands|
MK MKD MKD|North Macedonia;Republic of North Macedonia;Macedonia|Macedonian
ML MLI MLI|Mali;Republic of Mali|Malian
MM MMR MYA|Myanmar (Burma);Myanmar;Republic of Myanmar;Burma|Burmese
MN MNG MGL|Mongolia|Mongolian
MO MAC MAC|Macao SAR China;Macao;Macao Special Administrative Region of China|
MP MNP MNP|Northern Mariana Islands;Commonwealth of the Northern Mariana Islands|
MQ MTQ MTQ|Martinique|
MR MRT MTN|Mauritania;Islamic Republic of Mauritania|Mauritanian
MS MSR MSR|Montserrat|
MT MLT MLT|Malta;Republic of Malta|Maltese
MU MUS MRI|Mauritius;Republic of Mauritius|Mauritian
MV MDV MDV|Maldives;Republic of Maldives|
MW MWI MAW|Malawi;Republic of Malawi|Malawian
MX MEX MEX|Mexico;United Mexican States|Mexican
MY MYS MAS|Malaysia|Malaysian
MZ MOZ MOZ|Mozambique;Republic of Mozambique|Mozambican
NA NAM NAM|Namibia;Republic of Namibia|Namibian
NC NCL NCL|New Caledonia|
NE NER NIG|Niger;Republic of the Niger|Nigerien
NF NFK NFK|Norfolk Island|
NG NGA NGR|Nigeria;Federal Republic of Nigeria|Nigerian
NI NIC NCA|Nicaragua;Republic of Nicaragua|Nicaraguan
NL NLD NED|Netherlands;Kingdom of the Netherlands;Holland;The Netherlands|Dutch
NO NOR NOR|Norway;Kingdom of Norway|Norwegian
NP NPL NEP|Nepal;Federal Democratic Republic of Nepal|Nepalese;Nepali
NR NRU NRU|Nauru;Republic of Nauru|
NU NIU NIU|Niue|
NZ NZL NZL|New Zealand|New Zealander
OM OMN OMA|Oman;Sultanate of Oman|Omani
PA PAN PAN|Panama;Republic of Panama|Panamanian
PE PER PER|Peru;Republic of Peru|Peruvian
PF PYF PYF|French Polynesia|
PG PNG PNG|Papua New Guinea;Independent State of Papua New Guinea|
PH PHL PHI|Philippines;Republic of the Philippines|Filipino;Philippine
PK PAK PAK|Pakistan;Islamic Republic of Pakistan|Pakistani
PL POL POL|Poland;Republic of Poland|Polish
PM SPM SPM|St. Pierre & Miquelon;Saint Pierre and Miquelon|
PN PCN PCN|Pitcairn Islands;Pitcairn|
PR PRI PUR|Puerto Rico|Puerto Rican
PS PSE PLE|Palestinian Territories;Palestine, State of;the State of Palestine;Palestine|
PT PRT POR|Portugal;Portuguese Republic|Portuguese
PW PLW PLW|Palau;Republic of Palau|
PY PRY PAR|Paraguay;Republic of Paraguay|Paraguayan
QA QAT QAT|Qatar;State of Qatar|Qatari
RE REU REU|Réunion|
RO ROU ROU|Romania|Romanian
RS SRB SRB|Serbia;Republic of Serbia|Serbian
RU RUS RUS|Russia;Russian Federation|Russian
RW RWA RWA|Rwanda;Rwandese Republic|Rwandan
SA SAU KSA|Saudi Arabia;Kingdom of Saudi Arabia|Saudi
SB SLB SOL|Solomon Islands|
SC SYC SEY|Seychelles;Republic of Seychelles|Seychellois
SD SDN SUD|Sudan;Republic of the Sudan|Sudanese
SE SWE SWE|Sweden;Kingdom of Sweden|Swedish
SG SGP SIN|Singapore;Republic of Singapore|Singaporean
SH SHN SHN|St. Helena;Saint Helena, Ascension and Tristan da Cunha|
SI SVN SLO|Slovenia;Republic of Slovenia|Slovenian;Slovene
SJ SJM SJM|Svalbard & Jan Mayen;Svalbard and Jan Mayen|
SK SVK SVK|Slovakia;Slovak Republic|Slovak;Slovakian
SL SLE SLE|Sierra Leone;Republic of Sierra Leone|Sierra Leonean
SM SMR SMR|San Marino;Republic of San Marino|Sammarinese
SN SEN SEN|Senegal;Republic of Senegal|Senegalese
SO SOM SOM|Somalia;Federal Republic of Somalia|Somali
SR SUR SUR|Suriname;Republic of Suriname|Surinamese
SS SSD SSD|South Sudan;Republic of South Sudan|South Sudanese
ST STP STP|São Tomé & Príncipe;Sao Tome and Principe|
SV SLV ESA|El Salvador;Republic of El Salvador|Salvadoran;Salvadorean
SX SXM SXM|Sint Maarten;Sint Maarten (Dutch part)|
SY SYR SYR|Syria;Syrian Arab Republic|Syrian
SZ SWZ SWZ|Eswatini;Kingdom of Eswatini;Swaziland|
TC TCA TCA|Turks & Caicos Islands;Turks and Caicos Islands|
TD TCD CHA|Chad;Republic of Chad|Chadian
TF ATF ATF|French Southern Territories|
TG TGO TOG|Togo;Togolese Republic|Togolese
TH THA THA|Thailand;Kingdom of Thailand|Thai
TJ TJK TJK|Tajikistan;Republic of Tajikistan|Tajik;Tajikistani
TK TKL TKL|Tokelau|
TL TLS TLS|Timor-Leste;Democratic Republic of Timor-Leste|
TM TKM TKM|Turkmenistan|Turkmen
TN TUN TUN|Tunisia;Republic of Tunisia|Tunisian
TO TON TGA|Tonga;Kingdom of Tonga|Tongan
TR TUR TUR|Türkiye;Republic of Türkiye;Turkey|Turkish
TT TTO TTO|Trinidad & Tobago;Trinidad and Tobago;Republic of Trinidad and Tobago|Trinidadian
TV TUV TUV|Tuvalu|
TW TWN TPE|Taiwan;Taiwan, Province of China|Taiwanese
TZ TZA TAN|Tanzania;Tanzania, United Republic of;United Republic of Tanzania|Tanzanian
UA UKR UKR|Ukraine|Ukrainian
UG UGA UGA|Uganda;Republic of Uganda|Ugandan
UM UMI UMI|U.S. Outlying Islands;United States Minor Outlying Islands|
US USA USA|United States;United States of America;US;U.S.;USA;U.S.A.;America|American
UY URY URU|Uruguay;Eastern Republic of Uruguay|Uruguayan
UZ UZB UZB|Uzbekistan;Republic of Uzbekistan|Uzbek;Uzbekistani
VA VAT VAT|Vatican City;Holy See (Vatican City State);Vatican|
VC VCT VIN|St. Vincent & Grenadines;Saint Vincent and the Grenadines|
VE VEN VEN|Venezuela;Venezuela, Bolivarian Republic of;Bolivarian Republic of Venezuela|Venezuelan
VG VGB IVB|British Virgin Islands;Virgin Islands, British|
VI VIR ISV|U.S. Virgin Islands;Virgin Islands, U.S.;Virgin Islands of the United States|
VN VNM VIE|Vietnam;Viet Nam;Socialist Republic of Viet Nam|Vietnamese
VU VUT VAN|Vanuatu;Republic of Vanuatu|
WF WLF WLF|Wallis & Futuna;Wallis and Futuna|
WS WSM SAM|Samoa;Independent State of Samoa|Samoan
YE YEM YEM|Yemen;Republic of Yemen|Yemeni
YT MYT MYT|Mayotte|
ZA ZAF RSA|South Africa;Republic of South Africa|South African
ZM ZMB ZAM|Zambia;Republic of Zambia|Zambian
ZW ZWE ZIM|Zimbabwe;Republic of Zimbabwe|Zimbabwean
`;

interface CountryIndex {
  byCode: Map<string, Country>;
  byName: Map<string, Country>;
}

let index: CountryIndex | undefined;

function countryIndex(): CountryIndex {
  if (index) return index;
  const byCode = new Map<string, Country>();
  const byName = new Map<string, Country>();
  for (const line of COUNTRY_LINES.trim().split('\n')) {
    const [codes, names, demonyms] = line.split('|') as [string, string, string];
    const [alpha2, alpha3, ioc] = codes.split(' ') as [string, string, string];
    const country: Country = { alpha2, alpha3, ioc, names: names.split(';'), demonyms: demonyms ? demonyms.split(';') : [] };
    for (const code of [alpha2, alpha3, ioc]) if (!byCode.has(code)) byCode.set(code, country);
    for (const name of country.names) byName.set(normalizeValueText(name), country);
  }
  // An IOC code that is another country's alpha-3 (BRN: Bahrain to the IOC, Brunei to ISO) stays ISO's.
  return (index = { byCode, byName });
}

/** The country an upper-case code (alpha-2, alpha-3 or IOC) stands for. */
export function countryByCode(code: string): Country | undefined {
  return countryIndex().byCode.get(code);
}

/** The country a name ("Netherlands", "the UK", "United States of America") names, in any case. */
export function countryByName(name: string): Country | undefined {
  const normalized = normalizeValueText(name);
  return countryIndex().byName.get(normalized) ?? countryIndex().byName.get(normalized.replace(/^the /, ''));
}
