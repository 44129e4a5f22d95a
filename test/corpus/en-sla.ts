import type { CorpusCase } from "./types";

/*
 * English SLA corpus: real scoring rules, service-credit clauses, grade scales and standards
 * copied (trimmed, never reworded) from public pages. Every expected value was worked out by
 * hand from the page text, not by running the engine.
 *
 * Where a page prints a credit table, the tiers are joined with "; " the way a person pastes a
 * table into one cell ("<row text>: <credit>"); those cases say so in their note.
 */

// Google Cloud Interconnect SLA (https://cloud.google.com/network-connectivity/docs/interconnect/sla?authuser=9&hl=it)
const SRC_GCP_INTERCONNECT =
  "https://cloud.google.com/network-connectivity/docs/interconnect/sla?authuser=9&hl=it Cloud Interconnect Service Level Agreement (SLA)";
const GCP_INTERCONNECT = "99.0%-<99.99%: 10%; <99%: 25%";

// Google Cloud Bigtable SLA (https://cloud.google.com/bigtable/sla?authuser=9&hl=zh-cn)
const SRC_GCP_BIGTABLE =
  "https://cloud.google.com/bigtable/sla?authuser=9&hl=zh-cn Cloud Bigtable Service Level Agreement (SLA)";
const GCP_BIGTABLE = "99.0% – < 99.999%: 10%; 95.0% – < 99.0%: 25%; < 95.0%: 50%";

// Google AlloyDB SLA (https://cloud.google.com/alloydb/sla?authuser=00)
const SRC_GCP_ALLOYDB =
  "https://cloud.google.com/alloydb/sla?authuser=00 AlloyDB for PostgreSQL Service Level Agreement (SLA)";
const GCP_ALLOYDB = "99.0% - < 99.99%: 10%; 95.0% - < 99.0%: 25%; < 95.0%: 50%";

// Law Insider, Service Commitments and Service Credits (https://lawinsider.com/clause/service-commitments-and-service-credits)
const SRC_LI_COMMITMENTS =
  "https://lawinsider.com/clause/service-commitments-and-service-credits Service Commitments and Service Credits Sample Clauses (Law Insider)";
const LI_SAMBA = "Less than 99.9% but equal to or greater than 99.0%: 10%; Less than 99.0%: 30%";
const LI_SECOND = "Less than 99.00 % but equal to or greater than 95.00%: 10%; Less than 95.00%: 30%";

// GitHub SLA table in a docs commit (https://gh-proxy.lingshan.ai/github/docs/commit/bcfbf80d37af2d559ff94967bf6c9456ace4f8c6)
const SRC_GITHUB =
  "https://gh-proxy.lingshan.ai/github/docs/commit/bcfbf80d37af2d559ff94967bf6c9456ace4f8c6 github/docs commit bcfbf80 (GitHub Online Services SLA table)";
const GITHUB_SLA =
  "10% of the amount Customer paid for a Service Feature in a calendar quarter where the Uptime for that Service Feature was less than or equal to 99.9%, but greater than 99.0%; 25% of the amount Customer paid for a Service Feature in a calendar quarter where the Uptime of that Service Feature was less than 99.0%";

// DigitalOcean App Platform SLA (https://www.digitalocean.com/sla/app-platform)
const SRC_DO_APP = "https://www.digitalocean.com/sla/app-platform DigitalOcean App Platform Service Level Agreement";
const DO_APP =
  "Less than 99.95% but equal to or greater than 99.0%: 10%; Less than 99.0% but equal to or greater than 95.0%: 30%; Less than 95.0%: 100%";

// DigitalOcean product SLAs (https://docs.digitalocean.com/products/platform/product-slas/)
const SRC_DO_DROPLET =
  "https://docs.digitalocean.com/products/platform/product-slas/ DigitalOcean Product Service Level Agreements (SLAs)";
const DO_DROPLET = "less than 99.99%: 100% of lost time at the hourly rate incurred";

// ZenWapp SLA (https://zenwapp.com/en/sla)
const SRC_ZENWAPP = "https://zenwapp.com/en/sla ZenWapp SLA: Our service quality and support commitments";
const ZENWAPP = "%99.0 - %99.9: %10; %95.0 - %99.0: %25; < %95.0: %50";

// Fermalen SLA (https://fermalen.com/pages/legal/sla)
const SRC_FERMALEN = "https://fermalen.com/pages/legal/sla Fermalen Service Level Agreement (SLA)";
const FERMALEN =
  "Less than 99.9% but greater than 99.0%: 10%; Less than 99.0% but greater than 95.0%: 25%; Less than 95.0%: 100%";

// Zus Health SLA (https://zushealth.com/zus-service-level-agreement/)
const SRC_ZUS = "https://zushealth.com/zus-service-level-agreement/ Zus Service Level Agreement";
const ZUS = "99.0 – 99.89%: 5%; 95.0 – 98.99: 10%; 94.99% or lower: 25%";

// PingPong SLA (https://pingpong.one/policies/sla)
const SRC_PINGPONG = "https://pingpong.one/policies/sla PingPong Service Level Agreement";
const PINGPONG = "99.9% - < 99.95%: 5%; 99.0% - < 99.9%: 10%; 95.0% - < 99.0%: 25%; < 95.0%: 50%";

// Law Insider, Service Credit clause (Citizens) (https://lawinsider.com/clause/service-credit/_7)
const SRC_LI_CITIZENS = "https://lawinsider.com/clause/service-credit/_7 Service Credit Clause Samples (Law Insider)";
const CITIZENS_RESP_1 =
  "Citizens shall be due a service credit in the amount of 1% of the services fees (as calculated on a monthly basis for the reporting month) for each full 1% reduction in percentage problem response";
const CITIZENS_RESP_3 =
  "Citizens shall be due a service credit in the amount of .5% of the services fees (as calculated on a monthly basis for the reporting month) for each full 1% reduction in percentage problem response";
const CITIZENS_RESOL_1 =
  "Citizens shall be due a service performance credit in the amount of 5% of the services fees (as calculated on a monthly basis for the reporting month) for each full 1% reduction in percentage problem resolution";

// Law Insider, Service Availability Credit definition (https://lawinsider.com/dictionary/service-availability-credit)
const SRC_LI_WAVELENGTH =
  "https://lawinsider.com/dictionary/service-availability-credit Service Availability Credit definition (Law Insider)";
const WAVELENGTH =
  "1% of the Monthly Recurring Fee for Wavelength Service for the respective month for every 0.1% (or portion thereof) that the Service Availability falls below the Wavelength Service Availability Target";

// Orange, Remedies for Unmet Service Levels (https://www.markettransfer.info/clause/remedies-for-unmet-service-levels/_2)
const SRC_ORANGE_INSTALL =
  "https://www.markettransfer.info/clause/remedies-for-unmet-service-levels/_2 Remedies for Unmet Service Levels Sample Clauses";
const ORANGE_INSTALL =
  "Orange performance for the quarter falls within 80.00-89.99% 20% of the applicable Installation Charge; Orange performance for the quarter falls below 80.00% 40% of the applicable Installation Charge";

// Orange, Table 8 (https://lawinsider.com/clause/service-credits-for-failure-to-achieve-service-availability-service-levels/_1)
const SRC_ORANGE_T8 =
  "https://lawinsider.com/clause/service-credits-for-failure-to-achieve-service-availability-service-levels/_1 Service Credits for Failure to Achieve Service Availability Service Levels (Law Insider)";
const ORANGE_T8 =
  "When Orange performance for the Month falls below the target service level by <=1%. 5% of the Qualifying Charges; When Orange performance for the Month falls below the target service level by >1% but <5%. 10% of the Qualifying Charges; When Orange performance for the Month falls below the target service level by =>5%. 15% of the Qualifying Charges; up to a maximum of 15% of Qualifying Charges";

// Law Insider, Uptime Guarantee (https://www.lawinsider.com/clause/uptime-guarantee/_9)
const SRC_UPTIME_GUARANTEE =
  "https://www.lawinsider.com/clause/uptime-guarantee/_9 Uptime Guarantee Sample Clauses (Law Insider)";
const UPTIME_GUARANTEE =
  "if the total Downtime in the calendar month is more than seven and seven and two-tenths (7.2) hours, but does not exceed fourteen and four-tenths (14.4) hours, the monthly fee for that month shall be reduced by one-third (33.3%); if the total Downtime in the calendar month is more than fourteen and four-tenths (14.4) hours, but does not exceed twenty-one and six tenths (21.6) hours, the monthly fee for that month shall be reduced by two-thirds (66.6%); and If the total Downtime in the calendar month is more than twenty- one and six-tenths (21.6) hours, the monthly fee for that month shall be waived";

// Runway SLA (https://runway.com/legal/sla/)
const SRC_RUNWAY = "https://runway.com/legal/sla/ Runway Service Level Agreement";
const RUNWAY = "99.5% - 99.9%: 5%; 98.0% - 99.5%: 10%; 95.0% - 98.0%: 30%; less than 95%: 50%";

// ONTEC terms (http://on-tec.ru/en/ontecapps/terms-and-conditions)
const SRC_ONTEC =
  "http://on-tec.ru/en/ontecapps/terms-and-conditions ONTEC Apps Terms and Conditions, 6. Service Credits";
const ONTEC =
  "a) for availability less than 99.5%, but greater than 99.0%, a service credit of 15%; or b) for availability less than 99.0%, a service credit of 20%";

// KPI Service Threshold worked example (https://www.markettransfer.info/dictionary/kpi-service-threshold)
const SRC_KPI_THRESHOLD =
  "https://www.markettransfer.info/dictionary/kpi-service-threshold KPI Service Threshold definition";
const KPI_THRESHOLD =
  "Target Performance Level: 99.9%; Minor KPI Failure: 99.8 % ‑ 99.89%; Serious KPI Failure: 99.70% ‑ 99.79%; Severe KPI Failure: 99.60% ‑ 99.69%; KPI Service Threshold: below 99.6%";

// Service Points worked example (https://www.markettransfer.info/clause/service-points/_8)
const SRC_SERVICE_POINTS = "https://www.markettransfer.info/clause/service-points/_8 Service Points Sample Clauses";
const SERVICE_POINTS =
  "Target Performance Level: 99%; Minor KPI Failure: 98.0% - 98.9%; Serious KPI Failure: 97.0% - 97.9%; Severe KPI Failure: 96.0% - 96.9%; KPI Service Threshold: below 96%";

// PacketFabric, Law Insider Service Level Metrics (https://lawinsider.com/clause/service-level-metrics)
const SRC_PACKETFABRIC =
  "https://lawinsider.com/clause/service-level-metrics Service Level Metrics Sample Clauses (Law Insider)";
const PACKETFABRIC =
  ">=99.862 <99.999%: 10% of MRC; >=99.445 <99.862%: 20% of MRC; >=98.889 <99.445%: 30% of MRC; >=98.334 <98.889%: 40% of MRC; >=96.667 <98.334%: 60% of MRC; <96.667%: 100% of MRC";

// Microsoft Online Services SLA blog (https://blogs.technet.microsoft.com/lystavlen/2013/04/29/service-level-agreement-for-microsoft-online-services/)
const SRC_MSFT_BLOG =
  "https://blogs.technet.microsoft.com/lystavlen/2013/04/29/service-level-agreement-for-microsoft-online-services/ Service Level Agreement for Microsoft Online Services (TechNet blog)";
const MSFT_BLOG = "< 99.9%: 25%; < 99%: 50%; < 95%: 100%";

// Microsoft 365 downtime refunds (https://schneck-license-cleanup.de/en/2023/02/25/erstattung-von-microsoft-365-ausfallzeiten)
const SRC_SCHNECK =
  "https://schneck-license-cleanup.de/en/2023/02/25/erstattung-von-microsoft-365-ausfallzeiten Refund of Microsoft 365 downtime (Schneck License Cleanup)";
const SCHNECK = "25% for uptime less than 99.9%; 50% for uptime less than 99%; 100% for uptime less than 95%";

// dnweb SLA (https://dnweb.xyz/service-level-agreement)
const SRC_DNWEB = "https://dnweb.xyz/service-level-agreement dnweb Service Level Agreement";
const DNWEB =
  "95%: 5%; 94%: 10%; 93%: 15%; 92%: 20%; 91%: 25%; 90%: 30%; 89%: 35%; 88%: 40%; 87%: 45%; Less than 86%: 50%";

// Atal Networks SLA (https://cloud.atalnetworks.net/?p=2777)
const SRC_ATAL = "https://cloud.atalnetworks.net/?p=2777 Atal Networks Service Level Agreement, Version 2.1";
const ATAL =
  "99.99% – 99.999%: 10% of monthly fee; 99.0% – 99.99%: 25% of monthly fee; 95.0% – 99.0%: 50% of monthly fee; < 95.0%: 100% of monthly fee";

// Tech Diversities hosting SLA (https://techdiversities.co.za/policies/sla)
const SRC_TECHDIV = "https://techdiversities.co.za/policies/sla Tech Diversities Service Level Agreement";
const TECHDIV =
  "99.0% to 99.9%: 5% of monthly fee; 95.0% to 98.9%: 10% of monthly fee; 90.0% to 94.9%: 25% of monthly fee; Below 90.0%: 50% of monthly fee";

// Cobrowse.io SLA (https://cobrowse.io/security-and-sla)
const SRC_COBROWSE = "https://cobrowse.io/security-and-sla Cobrowse.io Security and SLA";
const COBROWSE = "99% - 99.9%: 10%; 95% - 99%: 25%; < 95%: 50%";

// Arcus virtual server SLA (https://www.arcustech.com/legal/virtual-sla/)
const SRC_ARCUS = "https://www.arcustech.com/legal/virtual-sla/ Arcus Virtual Server SLA";
const ARCUS_NETWORK =
  "5% of the virtual server fees for each 30 minutes of downtime (or portion thereof), up to a maximum of 100% of the virtual server fees for the current month";
const ARCUS_HOST =
  "5% of the virtual server fees for each additional hour of downtime (or portion thereof) after the first hour, up to a maximum of 100% of the virtual server fees for the current month";

// Yandex Cloud Functions SLA (https://yandex.com/legal/cloud_sla_function/en/index.md)
const SRC_YC_FUNCTIONS =
  "https://yandex.com/legal/cloud_sla_function/en/index.md Service Level for Yandex Cloud Functions";
const YC_FUNCTIONS = "< 99.90%-99.00%: 10.0%; < 99.00%-95.00%: 15.0%; less than 95.00%: 30.0%";

// Yandex Data Proc SLA (https://yandex.com/legal/cloud_sla_dataproc/01102019)
const SRC_YC_DATAPROC = "https://yandex.com/legal/cloud_sla_dataproc/01102019 Service Level for Yandex Data Proc";
const YC_DATAPROC = "< 99.50 % – 98.00 %: 10.0 %; < 98.00 % – 90.00 %: 25.0 %; less than 90.00 %: 50.0 %";

// Yandex Load Testing SLA (https://yandex.com/legal/cloud_sla_loadtesting/en/index.md)
const SRC_YC_LOADTEST =
  "https://yandex.com/legal/cloud_sla_loadtesting/en/index.md Service Level for Yandex Load Testing";
const YC_LOADTEST = "< 99,00%-95,00%: 10,0%; Less than 95,00%: 30,0%";

// Auth0 SLA summary (https://auth0.com/docs/troubleshoot/customer-support/services-level-descriptions.md)
const SRC_AUTH0 =
  "https://auth0.com/docs/troubleshoot/customer-support/services-level-descriptions.md Auth0 Service Level Agreements";
const AUTH0 =
  "98.50% - 99.98%: 5% of the Monthly Subscription Fee*; 97.00% - 98.49%: 10% of the Monthly Subscription Fee*; < 97.00%: 20% of the Monthly Subscription Fee*";

// Stedi Healthcare APIs SLA (https://stedi.com/docs/legal/slas/healthcare)
const SRC_STEDI = "https://stedi.com/docs/legal/slas/healthcare Stedi Healthcare APIs Service Level Agreement";
const STEDI =
  "Less than 99.9% but greater than or equal to 95.0%: 10%; Less than 95.0% but greater than or equal to 90.0%: 25%; Less than 90.0%: 100%";

// Exoscale terms commit (https://github.com/exoscale/terms/commit/ccb3afd155f5c5d74c4ce4661241e1a9436a658a)
const SRC_EXOSCALE =
  "https://github.com/exoscale/terms/commit/ccb3afd155f5c5d74c4ce4661241e1a9436a658a exoscale/terms: 4.4 Service Unavailability Credit";
const EXOSCALE =
  "From 99.95% to 98.3% : fifty percent (50%) of the monthly Service Fees for the affected Services; Below 98.3% : one hundred percent (100%)";

// FM KPI matrix (https://scribd.com/document/700595100/Copy-of-Nov-KPI-53)
const SRC_KPI_MATRIX =
  "https://scribd.com/document/700595100/Copy-of-Nov-KPI-53 Appendix 1 - KPIs Matrix - Month of Nov / 2021 (Scribd)";
const KPI_MATRIX =
  "EXCEPTIONAL PERFORMANCE 95-100%; GOOD PERFORMANCE 75 - 94%; POOR PERFORMANCE 65 - 74%; UNACCEPTABLE PERFORMANCE <65%";

// Award fee scoring (https://docsbay.net/sample-surveillance-and-award-fee-evaluation-scoring-and-criteria)
const SRC_AWARD_FEE =
  "https://docsbay.net/sample-surveillance-and-award-fee-evaluation-scoring-and-criteria Sample Surveillance and Award Fee Evaluation Scoring and Criteria";
const AWARD_FEE = "EXCELLENT (91-100); VERY GOOD (81-90); GOOD (71 - 80); AVERAGE OR BELOW (0 - 70)";

// HR+ goal standards (https://learn.hrplus.net/a/1884052-what-are-goal-standards-and-how-do-they-relate-to-rewards)
const SRC_HRPLUS =
  "https://learn.hrplus.net/a/1884052-what-are-goal-standards-and-how-do-they-relate-to-rewards What are Goal Standards and how do they relate to Rewards (HR+)";
const HRPLUS =
  "Exceeded Expectations (5 points): more than 100% of the target; Met Expectations (4 points): The employee has achieved 100% of the goal; Slightly Below Expectations (3 points): between 80% and 99% of the goal; Moderately Below Expectations (2 points): between 60% and 79% of the goal; Far Below Expectations (1 point): less than 60% of the goal";

// SAP Strategy Management, Achievement Scores (https://help.sap.com/saphelp_stm75/helpdata/en/79/e2458916994fb89a795dee6965d622/content.htm)
const SRC_SAP_ACHIEVEMENT =
  "https://help.sap.com/saphelp_stm75/helpdata/en/79/e2458916994fb89a795dee6965d622/content.htm Achievement Scores (SAP Strategy Management)";
const SAP_LETTERS = "A: Score >=90% of target; B: Score = 80%–89% of target";

// SAP Strategy Management, Types of Targets (https://help.sap.com/saphelp_stm75/helpdata/en/1d/1fcde36b724758805373b1c7fdefbe/content.htm)
const SRC_SAP_TARGETS =
  "https://help.sap.com/saphelp_stm75/helpdata/en/1d/1fcde36b724758805373b1c7fdefbe/content.htm Types of Targets and the Letter Grade Scoring Method (SAP Strategy Management)";

// Eazework target-based PMS (https://help.eazework.com/portal/en/kb/articles/target-based-pms)
const SRC_EAZEWORK =
  "https://help.eazework.com/portal/en/kb/articles/target-based-pms Target based PMS (Eazework help)";
const EAZEWORK =
  "If achievement 100% or more than 100% then the maximum score which is equal to the weightage will be given. If achievement is less than 100% then the default score will be proportionately reduced.";

// Atlas Copco distributor targets (https://ebooks.atlascopco.com/story/distributors-targets-2024/page/10)
const SRC_ATLAS =
  "https://ebooks.atlascopco.com/story/distributors-targets-2024/page/10 Distributors targets 2024 (Atlas Copco)";
const ATLAS =
  "if the target is partially achieved, the Target score equals Target weight multiplied by the ratio of Result to Target. if the target is fully achieved, the Target score is equal to Target weight multiplied by 1.";

// EAM KPI ranges (http://eam116.northeurope.cloudapp.azure.com/web/help/hb/eam/s_t1425624305412.html)
const SRC_EAM =
  "http://eam116.northeurope.cloudapp.azure.com/web/help/hb/eam/s_t1425624305412.html Defining KPI ranges (EAM help)";
const EAM =
  "between 200,000 to 133,333 units per month, the normal score for the KPI is 3; 133,332 to 66,666 units is 2; 66,665 units or less is 1";

// LEL supplier scorecard (https://scribd.com/document/468539648/35-68-Supplier-Scorecard-Report-SRM)
const SRC_LEL =
  "https://scribd.com/document/468539648/35-68-Supplier-Scorecard-Report-SRM LEL Supplier Scorcard (Scribd)";
const LEL_OSD = "0% 100; < 10% 80; < 30% 60; < 60% 30; > 90% 0";
const LEL_PRICE = ">20% 100; > 10% 80; > 7% 60; > 5% 30; > 2% 10";
const LEL_ONTIME = "> 90% 100; > 60% 80; > 30% 60; < 10% 30; 0% 0";

// Performance definitions rating (https://ghhospitality.net/performance-definitions-rating/amp)
const SRC_GH =
  "https://ghhospitality.net/performance-definitions-rating/amp Performance Definitions Rating (GH Hospitality)";
const GH = "5 Outstanding; 4 Above Standard; 3 Expected Standard; 2 Below Standard; 0-1 Unacceptable";

// KPI Depot contractor scorecard (https://kpidepot.com/kpi/contractor-performance-scorecard)
const SRC_KPIDEPOT =
  "https://kpidepot.com/kpi/contractor-performance-scorecard Contractor Performance Scorecard KPI (KPI Depot)";
const KPIDEPOT =
  "80-100 – Excellent performance; 60-79 – Satisfactory performance; Below 60 – Unsatisfactory performance";

// TU grading scale (https://sites.google.com/view/tu-methods/assignments-grading/tu-grading-scale)
const SRC_TU =
  "https://sites.google.com/view/tu-methods/assignments-grading/tu-grading-scale TU Grading Scale (effective Spring 2021)";
const TU =
  "100 – 98 A+; 97 – 93 A; 92 – 90 A-; 89 – 87 B+; 86 – 83 B; 82 – 80 B-; 79 - 77 C+; 76 – 73 C; 72 – 70 C-; 69 – 67 D+; 66 – 63 D; 62 – 0 F";

// Call centre performance (https://lawinsider.com/clause/call-center-performance)
const SRC_CALL_CENTER =
  "https://lawinsider.com/clause/call-center-performance Call Center Performance Sample Clauses (Law Insider)";

// BC Common Ground Alliance best practices p.44 (https://commongroundbc.ca/flipbook/files/assets/basic-html/page45.html)
const SRC_BCCGA =
  "https://commongroundbc.ca/flipbook/files/assets/basic-html/page45.html British Columbia Common Ground Alliance best practices, one-call centre measurements";

// Red Amber Green thresholds (https://www.intrafocus.com/2013/07/red-amber-green/)
const SRC_INTRAFOCUS = "https://www.intrafocus.com/2013/07/red-amber-green/ Red Amber Green (Intrafocus)";

// UNT EMDS SLA (http://emds.unt.edu/sla)
const SRC_UNT = "http://emds.unt.edu/sla UNT EMDS SLA";

// Law Insider, Target Response Times (https://lawinsider.com/clause/target-response-times)
const SRC_LI_RESPONSE =
  "https://lawinsider.com/clause/target-response-times Target Response Times Sample Clauses (Law Insider)";

// Jabetto severity levels (https://support.jabetto.com/support/solutions/articles/5000502167-severity-level)
const SRC_JABETTO =
  "https://support.jabetto.com/support/solutions/articles/5000502167-severity-level Severity level (Jabetto support)";

// Onfra SLA (https://onfra.io/service-level-agreement)
const SRC_ONFRA = "https://onfra.io/service-level-agreement Onfra Service Level Agreement";

// Summit DNC SLA (https://summitdnc.com/help/getting-started/understanding-your-sla/)
const SRC_SUMMIT = "https://summitdnc.com/help/getting-started/understanding-your-sla/ Understanding Your SLA (Summit)";

export const enSla: CorpusCase[] = [
  // Google Cloud Interconnect SLA (https://cloud.google.com/network-connectivity/docs/interconnect/sla?authuser=9&hl=it)
  {
    source: SRC_GCP_INTERCONNECT,
    fn: "CREDIT",
    args: [0.9995, ">=99.99%", GCP_INTERCONNECT],
    expected: 0.1,
    note: "Table pasted as one cell. 99.95% is in 99.0%-<99.99%: 10%.",
  },
  {
    source: SRC_GCP_INTERCONNECT,
    fn: "CREDIT",
    args: [0.99, ">=99.99%", GCP_INTERCONNECT],
    expected: 0.1,
    note: "Table pasted as one cell. Exactly 99.0% is the lower end of 99.0%-<99.99% (and not <99%): 10%.",
  },
  {
    source: SRC_GCP_INTERCONNECT,
    fn: "CREDIT",
    args: [0.985, ">=99.99%", GCP_INTERCONNECT],
    expected: 0.25,
    note: "Table pasted as one cell. 98.5% is <99%: 25%.",
  },
  {
    source: SRC_GCP_INTERCONNECT,
    fn: "CREDIT",
    args: [0.99995, ">=99.99%", GCP_INTERCONNECT],
    expected: 0,
    note: "99.995% meets the >=99.99% SLO: no credit.",
  },

  // Google Cloud Bigtable SLA (https://cloud.google.com/bigtable/sla?authuser=9&hl=zh-cn)
  {
    source: SRC_GCP_BIGTABLE,
    fn: "CREDIT",
    args: [0.9999, ">= 99.999%", GCP_BIGTABLE],
    expected: 0.1,
    note: "Table pasted as one cell. 99.99% is in 99.0% – < 99.999%: 10%.",
  },
  {
    source: SRC_GCP_BIGTABLE,
    fn: "CREDIT",
    args: [0.95, ">= 99.999%", GCP_BIGTABLE],
    expected: 0.25,
    note: "Table pasted as one cell. 95.0% is the inclusive lower end of 95.0% – < 99.0%: 25%.",
  },
  {
    source: SRC_GCP_BIGTABLE,
    fn: "CREDIT",
    args: [0.9, ">= 99.999%", GCP_BIGTABLE],
    expected: 0.5,
    note: "Table pasted as one cell. 90% is < 95.0%: 50%.",
  },

  // Google AlloyDB SLA (https://cloud.google.com/alloydb/sla?authuser=00)
  {
    source: SRC_GCP_ALLOYDB,
    fn: "CREDIT",
    args: [0.99992, "99.99%", GCP_ALLOYDB],
    expected: 0,
    note: "The SLO cell is a bare 99.99% (a minimum). 99.992% meets it: no credit.",
  },
  {
    source: SRC_GCP_ALLOYDB,
    fn: "CREDIT",
    args: [0.97, "99.99%", GCP_ALLOYDB],
    expected: 0.25,
    note: "Table pasted as one cell. 97% is in 95.0% - < 99.0%: 25%.",
  },

  // Law Insider, Service Commitments and Service Credits (https://lawinsider.com/clause/service-commitments-and-service-credits)
  {
    source: SRC_LI_COMMITMENTS,
    fn: "CREDIT",
    args: [0.995, "", LI_SAMBA],
    expected: 0.1,
    note: "Digital Samba table pasted as one cell; no separate standard. 99.5% is less than 99.9% and at least 99.0%: 10%.",
  },
  {
    source: SRC_LI_COMMITMENTS,
    fn: "CREDIT",
    args: [0.999, "", LI_SAMBA],
    expected: 0,
    note: "99.9% is not less than 99.9%: falls in no tier, no credit.",
  },
  {
    source: SRC_LI_COMMITMENTS,
    fn: "CREDIT",
    args: [0.98, "", LI_SAMBA],
    expected: 0.3,
    note: "98% is less than 99.0%: 30%.",
  },
  {
    source: SRC_LI_COMMITMENTS,
    fn: "CREDIT",
    args: [0.96, "", LI_SECOND],
    expected: 0.1,
    note: "Second sample table (note the space in '99.00 %'). 96% is below 99.00% and at least 95.00%: 10%.",
  },
  {
    source: SRC_LI_COMMITMENTS,
    fn: "CREDIT",
    args: [0.94, "", LI_SECOND],
    expected: 0.3,
    note: "94% is less than 95.00%: 30%.",
  },

  // GitHub SLA table in a docs commit (https://gh-proxy.lingshan.ai/github/docs/commit/bcfbf80d37af2d559ff94967bf6c9456ace4f8c6)
  {
    source: SRC_GITHUB,
    fn: "CREDIT",
    args: [0.999, "", GITHUB_SLA],
    expected: 0.1,
    note: "The clause says 'less than or equal to 99.9%', so exactly 99.9% already earns 10%.",
  },
  {
    source: SRC_GITHUB,
    fn: "CREDIT",
    args: [0.995, "", GITHUB_SLA],
    expected: 0.1,
    note: "99.5% is <= 99.9% and > 99.0%: 10% (of the quarter's amount).",
  },
  {
    source: SRC_GITHUB,
    fn: "CREDIT",
    args: [0.98, "", GITHUB_SLA],
    expected: 0.25,
    note: "98% is less than 99.0%: 25%.",
  },

  // DigitalOcean App Platform SLA (https://www.digitalocean.com/sla/app-platform)
  {
    source: SRC_DO_APP,
    fn: "CREDIT",
    args: [0.9993, "99.95%", DO_APP],
    expected: 0.1,
    note: "Table pasted as one cell. 99.93% is below 99.95% and at least 99.0%: 10%.",
  },
  {
    source: SRC_DO_APP,
    fn: "CREDIT",
    args: [0.99, "99.95%", DO_APP],
    expected: 0.1,
    note: "Exactly 99.0% is 'equal to or greater than 99.0%': 10%.",
  },
  {
    source: SRC_DO_APP,
    fn: "CREDIT",
    args: [0.9, "99.95%", DO_APP],
    expected: 1,
    note: "90% is less than 95.0%: 100%.",
  },

  // DigitalOcean product SLAs (https://docs.digitalocean.com/products/platform/product-slas/)
  {
    source: SRC_DO_DROPLET,
    fn: "CREDIT",
    args: [0.999, "99.99%", DO_DROPLET],
    expected: 0.001,
    note: "Credit is the lost time at the hourly rate: 99.9% uptime means 0.1% of the month was lost, so 0.1% of the month's charge (0.001).",
  },
  {
    source: SRC_DO_DROPLET,
    fn: "CREDIT",
    args: [0.99995, "99.99%", DO_DROPLET],
    expected: 0,
    note: "99.995% is not less than 99.99%: no credit.",
  },

  // ZenWapp SLA (https://zenwapp.com/en/sla)
  {
    source: SRC_ZENWAPP,
    fn: "CREDIT",
    args: [0.995, "99.9%", ZENWAPP],
    expected: 0.1,
    note: "Percent sign written before the number ('%99.0'), as the page prints it. 99.5% is in %99.0 - %99.9: %10.",
  },
  {
    source: SRC_ZENWAPP,
    fn: "CREDIT",
    args: [0.99, "99.9%", ZENWAPP],
    expected: 0.1,
    note: "99.0% ends one range and starts the other: it takes the better tier (smaller credit), 10%.",
  },
  { source: SRC_ZENWAPP, fn: "CREDIT", args: [0.93, "99.9%", ZENWAPP], expected: 0.5, note: "93% is < %95.0: %50." },
  {
    source: SRC_ZENWAPP,
    fn: "MET",
    args: [3, "4 hours"],
    expected: true,
    note: "Important feature degraded: first response 4 hours; 3 hours meets it.",
  },
  {
    source: SRC_ZENWAPP,
    fn: "MET",
    args: [250, "<200ms"],
    expected: false,
    note: "API response time <200ms average; 250 ms does not meet it.",
  },

  // Fermalen SLA (https://fermalen.com/pages/legal/sla)
  {
    source: SRC_FERMALEN,
    fn: "CREDIT",
    args: [0.995, "99.9%", FERMALEN],
    expected: 0.1,
    note: "Table pasted as one cell. 99.5% is less than 99.9% and greater than 99.0%: 10%.",
  },
  {
    source: SRC_FERMALEN,
    fn: "CREDIT",
    args: [0.97, "99.9%", FERMALEN],
    expected: 0.25,
    note: "97% is less than 99.0% and greater than 95.0%: 25%.",
  },
  {
    source: SRC_FERMALEN,
    fn: "CREDIT",
    args: [0.94, "99.9%", FERMALEN],
    expected: 1,
    note: "94% is less than 95.0%: 100%.",
  },
  {
    source: SRC_FERMALEN,
    fn: "MET",
    args: [0.75, "1 hour"],
    expected: true,
    note: "Critical priority initial response 1 hour; 45 minutes (0.75 h) meets it.",
  },
  {
    source: SRC_FERMALEN,
    fn: "MET",
    args: [13, "12 hours"],
    expected: false,
    note: "Normal priority initial response 12 hours; 13 hours misses it.",
  },

  // Zus Health SLA (https://zushealth.com/zus-service-level-agreement/)
  {
    source: SRC_ZUS,
    fn: "CREDIT",
    args: [0.995, "at least 99.9%", ZUS],
    expected: 0.05,
    note: "Table pasted as one cell. 99.5% is in 99.0 – 99.89%: 5%.",
  },
  {
    source: SRC_ZUS,
    fn: "CREDIT",
    args: [0.99895, "at least 99.9%", ZUS],
    expected: 0.05,
    note: "99.895% lies between 99.89 and the 99.9% commitment; read like whole-number ranges, the 99.0 – 99.89% row runs up to 99.9: 5%.",
  },
  {
    source: SRC_ZUS,
    fn: "CREDIT",
    args: [0.98995, "at least 99.9%", ZUS],
    expected: 0.1,
    note: "98.995% lies between 98.99 and 99.0; the 95.0 – 98.99 row (no % sign on the page) runs up to 99.0: 10%.",
  },
  {
    source: SRC_ZUS,
    fn: "CREDIT",
    args: [0.9, "at least 99.9%", ZUS],
    expected: 0.25,
    note: "90% is 94.99% or lower: 25% (also the stated maximum).",
  },

  // PingPong SLA (https://pingpong.one/policies/sla)
  {
    source: SRC_PINGPONG,
    fn: "CREDIT",
    args: [0.9992, "99.95%", PINGPONG],
    expected: 0.05,
    note: "Table pasted as one cell. 99.92% is in 99.9% - < 99.95%: 5%.",
  },
  {
    source: SRC_PINGPONG,
    fn: "CREDIT",
    args: [0.999, "99.95%", PINGPONG],
    expected: 0.05,
    note: "Exactly 99.9% is the inclusive lower end of 99.9% - < 99.95%: 5%.",
  },
  {
    source: SRC_PINGPONG,
    fn: "CREDIT",
    args: [0.96, "99.95%", PINGPONG],
    expected: 0.25,
    note: "96% is in 95.0% - < 99.0%: 25%.",
  },

  // Law Insider, Service Credit clause (Citizens) (https://lawinsider.com/clause/service-credit/_7)
  {
    source: SRC_LI_CITIZENS,
    fn: "CREDIT",
    args: [0.965, "greater than 99.00%", CITIZENS_RESP_1],
    expected: 0.02,
    note: "Reduction read from the 99.00% threshold: 99.00 - 96.5 = 2.5 points, full 1% steps only: 2 steps x 1% = 2%.",
  },
  {
    source: SRC_LI_CITIZENS,
    fn: "CREDIT",
    args: [0.995, "greater than 99.00%", CITIZENS_RESP_1],
    expected: 0,
    note: "99.5% is greater than 99.00%: no service credit.",
  },
  {
    source: SRC_LI_CITIZENS,
    fn: "CREDIT",
    args: [0.872, "greater than 90.00%", CITIZENS_RESP_3],
    expected: 0.01,
    note: "Severity 3-4: 90.00 - 87.2 = 2.8 points, 2 full steps x .5% = 1%.",
  },
  {
    source: SRC_LI_CITIZENS,
    fn: "CREDIT",
    args: [0.975, "greater than 99.00%", CITIZENS_RESOL_1],
    expected: 0.05,
    note: "Resolution, severity 1-2: 99.00 - 97.5 = 1.5 points, 1 full step x 5% = 5%.",
  },

  // Law Insider, Service Availability Credit definition (https://lawinsider.com/dictionary/service-availability-credit)
  {
    source: SRC_LI_WAVELENGTH,
    fn: "CREDIT",
    args: [0.9978, "≥99.95%", WAVELENGTH],
    expected: 0.02,
    note: "The target is typed in the standard cell. Shortfall 99.95 - 99.78 = 0.17 points = 1.7 steps of 0.1%; 'or portion thereof' rounds up to 2 steps x 1% = 2%.",
  },
  {
    source: SRC_LI_WAVELENGTH,
    fn: "CREDIT",
    args: [0.9978, "", WAVELENGTH],
    expected: { error: "#VALUE!" },
    note: "The clause measures from 'the Wavelength Service Availability Target', whose value is in no cell: the credit cannot be worked out.",
  },

  // Orange, Remedies for Unmet Service Levels (https://www.markettransfer.info/clause/remedies-for-unmet-service-levels/_2)
  {
    source: SRC_ORANGE_INSTALL,
    fn: "CREDIT",
    args: [0.85, "", ORANGE_INSTALL],
    expected: 0.2,
    note: "85% falls within 80.00-89.99%: 20% of the installation charge.",
  },
  {
    source: SRC_ORANGE_INSTALL,
    fn: "CREDIT",
    args: [0.75, "", ORANGE_INSTALL],
    expected: 0.4,
    note: "75% falls below 80.00%: 40%.",
  },

  // Orange, Table 8 (https://lawinsider.com/clause/service-credits-for-failure-to-achieve-service-availability-service-levels/_1)
  {
    source: SRC_ORANGE_T8,
    fn: "CREDIT",
    args: [0.992, "99.5%", ORANGE_T8],
    expected: 0.05,
    note: "Target typed in the standard cell (the clause points to clause 1.3.3). Shortfall 0.3 points is <=1%: 5%.",
  },
  {
    source: SRC_ORANGE_T8,
    fn: "CREDIT",
    args: [0.97, "99.5%", ORANGE_T8],
    expected: 0.1,
    note: "Shortfall 2.5 points is >1% but <5%: 10%.",
  },
  {
    source: SRC_ORANGE_T8,
    fn: "CREDIT",
    args: [0.94, "99.5%", ORANGE_T8],
    expected: 0.15,
    note: "Shortfall 5.5 points is =>5% (the page writes '=>'): 15%, which is also the maximum.",
  },

  // Law Insider, Uptime Guarantee (https://www.lawinsider.com/clause/uptime-guarantee/_9)
  {
    source: SRC_UPTIME_GUARANTEE,
    fn: "CREDIT",
    args: [10, "", UPTIME_GUARANTEE],
    expected: 0.333,
    note: "Actual is downtime hours. 10 h is more than 7.2 h and not over 14.4 h: reduced by one-third, which the clause itself writes as (33.3%); the figure in brackets is taken.",
  },
  {
    source: SRC_UPTIME_GUARANTEE,
    fn: "CREDIT",
    args: [7.2, "", UPTIME_GUARANTEE],
    expected: 0,
    note: "Exactly 7.2 h is not 'more than' 7.2 h: no reduction.",
  },
  {
    source: SRC_UPTIME_GUARANTEE,
    fn: "CREDIT",
    args: [16, "", UPTIME_GUARANTEE],
    expected: 0.666,
    note: "16 h is more than 14.4 h and not over 21.6 h: two-thirds, written (66.6%).",
  },
  {
    source: SRC_UPTIME_GUARANTEE,
    fn: "CREDIT",
    args: [30, "", UPTIME_GUARANTEE],
    expected: 1,
    note: "More than 21.6 h: the monthly fee is waived, i.e. 100%.",
  },

  // Runway SLA (https://runway.com/legal/sla/)
  {
    source: SRC_RUNWAY,
    fn: "CREDIT",
    args: [0.997, "", RUNWAY],
    expected: 0.05,
    note: "Table pasted as one cell. 99.7% is in 99.5% - 99.9%: 5%.",
  },
  {
    source: SRC_RUNWAY,
    fn: "CREDIT",
    args: [0.995, "", RUNWAY],
    expected: 0.05,
    note: "99.5% ends 98.0% - 99.5% and starts 99.5% - 99.9%: the better tier (smaller credit), 5%.",
  },
  {
    source: SRC_RUNWAY,
    fn: "CREDIT",
    args: [0.98, "", RUNWAY],
    expected: 0.1,
    note: "98.0% is shared by 95.0% - 98.0% and 98.0% - 99.5%: the smaller credit, 10%.",
  },
  {
    source: SRC_RUNWAY,
    fn: "CREDIT",
    args: [0.9995, "", RUNWAY],
    expected: 0,
    note: "99.95% is above every row: no credit.",
  },

  // ONTEC terms (http://on-tec.ru/en/ontecapps/terms-and-conditions)
  {
    source: SRC_ONTEC,
    fn: "CREDIT",
    args: [0.992, "", ONTEC],
    expected: 0.15,
    note: "99.2% is less than 99.5% but greater than 99.0%: 15%.",
  },
  { source: SRC_ONTEC, fn: "CREDIT", args: [0.985, "", ONTEC], expected: 0.2, note: "98.5% is less than 99.0%: 20%." },

  // KPI Service Threshold worked example (https://www.markettransfer.info/dictionary/kpi-service-threshold)
  {
    source: SRC_KPI_THRESHOLD,
    fn: "GRADE",
    args: [0.9985, KPI_THRESHOLD],
    expected: "Minor KPI Failure",
    note: "Severity levels used as a scale; the Service Points column is left out. 99.85% is in 99.8 % ‑ 99.89% (non-breaking hyphens as on the page).",
  },
  {
    source: SRC_KPI_THRESHOLD,
    fn: "GRADE",
    args: [0.99895, KPI_THRESHOLD],
    expected: "Minor KPI Failure",
    note: "99.895% is between 99.89 and the 99.9% target: the Minor row runs up to the target.",
  },
  {
    source: SRC_KPI_THRESHOLD,
    fn: "GRADE",
    args: [0.9965, KPI_THRESHOLD],
    expected: "Severe KPI Failure",
    note: "99.65% is in 99.60% ‑ 99.69%.",
  },
  {
    source: SRC_KPI_THRESHOLD,
    fn: "GRADE",
    args: [0.995, KPI_THRESHOLD],
    expected: "KPI Service Threshold",
    note: "99.5% is below 99.6%.",
  },

  // Service Points worked example (https://www.markettransfer.info/clause/service-points/_8)
  {
    source: SRC_SERVICE_POINTS,
    fn: "GRADE",
    args: [0.985, SERVICE_POINTS],
    expected: "Minor KPI Failure",
    note: "The page's own example: 98.5% incurs a Minor KPI Failure.",
  },
  {
    source: SRC_SERVICE_POINTS,
    fn: "GRADE",
    args: [0.9695, SERVICE_POINTS],
    expected: "Severe KPI Failure",
    note: "96.95% is between 96.9 and 97.0: the 96.0% - 96.9% row runs up to 97.0.",
  },
  {
    source: SRC_SERVICE_POINTS,
    fn: "GRADE",
    args: [0.995, SERVICE_POINTS],
    expected: "Target Performance Level",
    note: "99.5% is at or above the 99% target level.",
  },
  {
    source: SRC_SERVICE_POINTS,
    fn: "GRADE",
    args: [0.95, SERVICE_POINTS],
    expected: "KPI Service Threshold",
    note: "95% is below 96%.",
  },

  // PacketFabric, Law Insider Service Level Metrics (https://lawinsider.com/clause/service-level-metrics)
  {
    source: SRC_PACKETFABRIC,
    fn: "CREDIT",
    args: [0.999, "at least 99.999%", PACKETFABRIC],
    expected: 0.1,
    note: "Core Network table pasted as one cell (the unavailability-duration column left out). 99.9% is >=99.862 and <99.999%: 10% of MRC.",
  },
  {
    source: SRC_PACKETFABRIC,
    fn: "CREDIT",
    args: [0.99862, "at least 99.999%", PACKETFABRIC],
    expected: 0.1,
    note: "Exactly 99.862% is '>=99.862': 10%.",
  },
  {
    source: SRC_PACKETFABRIC,
    fn: "CREDIT",
    args: [0.985, "at least 99.999%", PACKETFABRIC],
    expected: 0.4,
    note: "98.5% is >=98.334 and <98.889%: 40%.",
  },
  {
    source: SRC_PACKETFABRIC,
    fn: "CREDIT",
    args: [0.95, "at least 99.999%", PACKETFABRIC],
    expected: 1,
    note: "95% is <96.667%: 100% of MRC.",
  },
  {
    source: SRC_PACKETFABRIC,
    fn: "MET",
    args: [0.87, "no less than eighty-five percent (85%)"],
    expected: true,
    note: "Help desk answers 87% of telephone requests within 60 s; the standard is written in words with the figure in brackets.",
  },
  {
    source: SRC_PACKETFABRIC,
    fn: "MET",
    args: [0.84, "no less than eighty-five percent (85%)"],
    expected: false,
    note: "84% is less than 85%.",
  },

  // Microsoft Online Services SLA blog (https://blogs.technet.microsoft.com/lystavlen/2013/04/29/service-level-agreement-for-microsoft-online-services/)
  {
    source: SRC_MSFT_BLOG,
    fn: "CREDIT",
    args: [0.995, "99.9%", MSFT_BLOG],
    expected: 0.25,
    note: "Table pasted as one cell; each row is only an upper bound, so the lowest row the value is under applies. 99.5% is < 99.9% but not < 99%: 25%.",
  },
  {
    source: SRC_MSFT_BLOG,
    fn: "CREDIT",
    args: [0.99, "99.9%", MSFT_BLOG],
    expected: 0.25,
    note: "99.0% is not < 99%: still 25%.",
  },
  {
    source: SRC_MSFT_BLOG,
    fn: "CREDIT",
    args: [0.96, "99.9%", MSFT_BLOG],
    expected: 0.5,
    note: "96% is < 99% but not < 95%: 50%.",
  },
  { source: SRC_MSFT_BLOG, fn: "CREDIT", args: [0.94, "99.9%", MSFT_BLOG], expected: 1, note: "94% is < 95%: 100%." },

  // Microsoft 365 downtime refunds (https://schneck-license-cleanup.de/en/2023/02/25/erstattung-von-microsoft-365-ausfallzeiten)
  {
    source: SRC_SCHNECK,
    fn: "CREDIT",
    args: [0.9985, "", SCHNECK],
    expected: 0.25,
    note: "Credit written before the condition. 99.85% is less than 99.9% only: 25%.",
  },
  {
    source: SRC_SCHNECK,
    fn: "CREDIT",
    args: [0.97, "", SCHNECK],
    expected: 0.5,
    note: "97% is less than 99% but not less than 95%: 50%.",
  },

  // dnweb SLA (https://dnweb.xyz/service-level-agreement)
  {
    source: SRC_DNWEB,
    fn: "CREDIT",
    args: [0.93, "97%", DNWEB],
    expected: 0.15,
    note: "Two-column table of single uptime values pasted as one cell ('97% Guaranteed' row as the standard). 93% matches the 93% row: 15%.",
  },
  {
    source: SRC_DNWEB,
    fn: "CREDIT",
    args: [0.98, "97%", DNWEB],
    expected: 0,
    note: "98% is above the 97% guarantee: no credit.",
  },
  { source: SRC_DNWEB, fn: "CREDIT", args: [0.8, "97%", DNWEB], expected: 0.5, note: "80% is less than 86%: 50%." },

  // Atal Networks SLA (https://cloud.atalnetworks.net/?p=2777)
  {
    source: SRC_ATAL,
    fn: "CREDIT",
    args: [0.9995, "99.999%", ATAL],
    expected: 0.25,
    note: "Table pasted as one cell. 99.95% is in 99.0% – 99.99%: 25% of monthly fee.",
  },
  {
    source: SRC_ATAL,
    fn: "CREDIT",
    args: [0.9999, "99.999%", ATAL],
    expected: 0.1,
    note: "99.99% ends one row and starts the next: the better tier (smaller credit), 10%.",
  },
  {
    source: SRC_ATAL,
    fn: "CREDIT",
    args: [0.99, "99.999%", ATAL],
    expected: 0.25,
    note: "99.0% is shared by 95.0% – 99.0% and 99.0% – 99.99%: the smaller credit, 25%.",
  },
  {
    source: SRC_ATAL,
    fn: "MET",
    args: [1.5, "1-hour response time for critical issues"],
    expected: false,
    note: "1.5 hours misses a 1-hour response time.",
  },

  // Tech Diversities hosting SLA (https://techdiversities.co.za/policies/sla)
  {
    source: SRC_TECHDIV,
    fn: "CREDIT",
    args: [0.995, "99.9%", TECHDIV],
    expected: 0.05,
    note: "Table pasted as one cell. 99.5% is in 99.0% to 99.9%: 5%.",
  },
  {
    source: SRC_TECHDIV,
    fn: "CREDIT",
    args: [0.9895, "99.9%", TECHDIV],
    expected: 0.1,
    note: "98.95% lies between 98.9 and 99.0: the 95.0% to 98.9% row runs up to 99.0, 10%.",
  },
  {
    source: SRC_TECHDIV,
    fn: "CREDIT",
    args: [0.999, "99.9%", TECHDIV],
    expected: 0,
    note: "99.9% meets the 99.9% guarantee, although the first row nominally reaches 99.9%: the met standard wins, no credit.",
  },
  {
    source: SRC_TECHDIV,
    fn: "CREDIT",
    args: [0.85, "99.9%", TECHDIV],
    expected: 0.5,
    note: "Below 90.0%: 50%, which is also the stated monthly maximum.",
  },
  {
    source: SRC_TECHDIV,
    fn: "MET",
    args: [10, "12 hours"],
    expected: true,
    note: "Medium priority ticket response within 12 hours; 10 hours meets it.",
  },

  // Cobrowse.io SLA (https://cobrowse.io/security-and-sla)
  {
    source: SRC_COBROWSE,
    fn: "CREDIT",
    args: [0.99, "at least 99.9%", COBROWSE],
    expected: 0.1,
    note: "Table pasted as one cell. 99% is shared by 95% - 99% and 99% - 99.9%: the smaller credit, 10%.",
  },
  {
    source: SRC_COBROWSE,
    fn: "CREDIT",
    args: [0.999, "at least 99.9%", COBROWSE],
    expected: 0,
    note: "99.9% is 'at least 99.9%': the SLA is met, no credit.",
  },
  {
    source: SRC_COBROWSE,
    fn: "CREDIT",
    args: [0.96, "at least 99.9%", COBROWSE],
    expected: 0.25,
    note: "96% is in 95% - 99%: 25%.",
  },

  // Arcus virtual server SLA (https://www.arcustech.com/legal/virtual-sla/)
  {
    source: SRC_ARCUS,
    fn: "CREDIT",
    args: [75, "", ARCUS_NETWORK],
    expected: 0.15,
    note: "Actual is minutes of network downtime. 75 min = 2.5 periods of 30 min; 'or portion thereof' makes 3 x 5% = 15%.",
  },
  {
    source: SRC_ARCUS,
    fn: "CREDIT",
    args: [30, "", ARCUS_NETWORK],
    expected: 0.05,
    note: "Exactly one 30-minute period: 5%.",
  },
  {
    source: SRC_ARCUS,
    fn: "CREDIT",
    args: [1200, "", ARCUS_NETWORK],
    expected: 1,
    note: "1200 min = 40 periods = 200%, capped at a maximum of 100%.",
  },
  {
    source: SRC_ARCUS,
    fn: "CREDIT",
    args: [2.5, "", ARCUS_HOST],
    expected: 0.1,
    note: "Actual is hours of host downtime. After the first hour 1.5 h remain; 'or portion thereof' makes 2 hours x 5% = 10%.",
  },
  {
    source: SRC_ARCUS,
    fn: "CREDIT",
    args: [0.8, "", ARCUS_HOST],
    expected: 0,
    note: "0.8 h is inside the first hour: no credit.",
  },

  // Yandex Cloud Functions SLA (https://yandex.com/legal/cloud_sla_function/en/index.md)
  {
    source: SRC_YC_FUNCTIONS,
    fn: "CREDIT",
    args: [0.995, "99.90%", YC_FUNCTIONS],
    expected: 0.1,
    note: "Rows written '< 99.90%-99.00%' (below the first, down to the second). 99.5%: 10.0%.",
  },
  {
    source: SRC_YC_FUNCTIONS,
    fn: "CREDIT",
    args: [0.99, "99.90%", YC_FUNCTIONS],
    expected: 0.1,
    note: "99.00% is the bottom of '< 99.90%-99.00%' and not '< 99.00%': 10.0%.",
  },
  {
    source: SRC_YC_FUNCTIONS,
    fn: "CREDIT",
    args: [0.97, "99.90%", YC_FUNCTIONS],
    expected: 0.15,
    note: "97% is in '< 99.00%-95.00%': 15.0%.",
  },
  {
    source: SRC_YC_FUNCTIONS,
    fn: "CREDIT",
    args: [0.999, "99.90%", YC_FUNCTIONS],
    expected: 0,
    note: "99.9% meets the 99.90% service level: no compensation.",
  },

  // Yandex Data Proc SLA (https://yandex.com/legal/cloud_sla_dataproc/01102019)
  {
    source: SRC_YC_DATAPROC,
    fn: "CREDIT",
    args: [0.985, "99.50%", YC_DATAPROC],
    expected: 0.1,
    note: "Spaces before % as on the page. 98.5% is in '< 99.50 % – 98.00 %': 10.0 %.",
  },
  {
    source: SRC_YC_DATAPROC,
    fn: "CREDIT",
    args: [0.92, "99.50%", YC_DATAPROC],
    expected: 0.25,
    note: "92% is in '< 98.00 % – 90.00 %': 25.0 %.",
  },

  // Yandex Load Testing SLA (https://yandex.com/legal/cloud_sla_loadtesting/en/index.md)
  {
    source: SRC_YC_LOADTEST,
    fn: "CREDIT",
    args: [0.97, "99,00%", YC_LOADTEST],
    expected: 0.1,
    note: "Decimal commas as on the page (99,00% = 99.00%). 97% is in '< 99,00%-95,00%': 10,0% = 0.1.",
  },
  {
    source: SRC_YC_LOADTEST,
    fn: "CREDIT",
    args: [0.9, "99,00%", YC_LOADTEST],
    expected: 0.3,
    note: "90% is less than 95,00%: 30,0%.",
  },
  {
    source: SRC_YC_LOADTEST,
    fn: "CREDIT",
    args: [0.995, "99,00%", YC_LOADTEST],
    expected: 0,
    note: "99.5% meets the 99,00% service level.",
  },

  // Auth0 SLA summary (https://auth0.com/docs/troubleshoot/customer-support/services-level-descriptions.md)
  {
    source: SRC_AUTH0,
    fn: "CREDIT",
    args: [0.9985, "at least 99.99%", AUTH0],
    expected: 0.05,
    note: "Table pasted as one cell (asterisks kept). 99.85% is in 98.50% - 99.98%: 5%.",
  },
  {
    source: SRC_AUTH0,
    fn: "CREDIT",
    args: [0.99985, "at least 99.99%", AUTH0],
    expected: 0.05,
    note: "99.985% lies between 99.98 and the 99.99% commitment: the 98.50% - 99.98% row runs up to it, 5%.",
  },
  {
    source: SRC_AUTH0,
    fn: "CREDIT",
    args: [0.98495, "at least 99.99%", AUTH0],
    expected: 0.1,
    note: "98.495% lies between 98.49 and 98.50: the 97.00% - 98.49% row runs up to 98.50, 10%.",
  },
  {
    source: SRC_AUTH0,
    fn: "CREDIT",
    args: [0.96, "at least 99.99%", AUTH0],
    expected: 0.2,
    note: "96% is < 97.00%: 20%.",
  },

  // Stedi Healthcare APIs SLA (https://stedi.com/docs/legal/slas/healthcare)
  {
    source: SRC_STEDI,
    fn: "CREDIT",
    args: [0.95, "at least 99.9%", STEDI],
    expected: 0.1,
    note: "Table pasted as one cell. 95.0% is 'greater than or equal to 95.0%': 10%.",
  },
  {
    source: SRC_STEDI,
    fn: "CREDIT",
    args: [0.89, "at least 99.9%", STEDI],
    expected: 1,
    note: "89% is less than 90.0%: 100%.",
  },

  // Exoscale terms commit (https://github.com/exoscale/terms/commit/ccb3afd155f5c5d74c4ce4661241e1a9436a658a)
  {
    source: SRC_EXOSCALE,
    fn: "CREDIT",
    args: [0.99, "99.95%", EXOSCALE],
    expected: 0.5,
    note: "Range written high-to-low ('From 99.95% to 98.3%') with the credit in words and figures. 99%: fifty percent (50%).",
  },
  {
    source: SRC_EXOSCALE,
    fn: "CREDIT",
    args: [0.98, "99.95%", EXOSCALE],
    expected: 1,
    note: "98% is below 98.3%: one hundred percent (100%).",
  },
  {
    source: SRC_EXOSCALE,
    fn: "CREDIT",
    args: [0.9995, "99.95%", EXOSCALE],
    expected: 0,
    note: "The credit applies only if availability is less than 99.95%; exactly 99.95% meets it.",
  },

  // FM KPI matrix (https://scribd.com/document/700595100/Copy-of-Nov-KPI-53)
  {
    source: SRC_KPI_MATRIX,
    fn: "GRADE",
    args: [0.85, KPI_MATRIX],
    expected: "GOOD PERFORMANCE",
    note: "The sheet's weighted score % (85%) against its performance bands.",
  },
  {
    source: SRC_KPI_MATRIX,
    fn: "GRADE",
    args: [0.945, KPI_MATRIX],
    expected: "GOOD PERFORMANCE",
    note: "94.5% lies between 94 and 95: the 75 - 94% band runs up to 95.",
  },
  { source: SRC_KPI_MATRIX, fn: "GRADE", args: [0.97, KPI_MATRIX], expected: "EXCEPTIONAL PERFORMANCE" },
  {
    source: SRC_KPI_MATRIX,
    fn: "GRADE",
    args: [0.6, KPI_MATRIX],
    expected: "UNACCEPTABLE PERFORMANCE",
    note: "60% is <65%.",
  },

  // Award fee scoring (https://docsbay.net/sample-surveillance-and-award-fee-evaluation-scoring-and-criteria)
  {
    source: SRC_AWARD_FEE,
    fn: "GRADE",
    args: [95, AWARD_FEE],
    expected: "EXCELLENT",
    note: "Adjectival ratings with their numeric ranges as the page prints them, joined in one cell.",
  },
  {
    source: SRC_AWARD_FEE,
    fn: "GRADE",
    args: [90.5, AWARD_FEE],
    expected: "VERY GOOD",
    note: "90.5 lies between 90 and 91: the 81-90 range runs up to 91.",
  },
  { source: SRC_AWARD_FEE, fn: "GRADE", args: [75, AWARD_FEE], expected: "GOOD" },
  {
    source: SRC_AWARD_FEE,
    fn: "GRADE",
    args: [70.5, AWARD_FEE],
    expected: "AVERAGE OR BELOW",
    note: "70.5 lies between 70 and 71: the 0 - 70 range runs up to 71.",
  },

  // HR+ goal standards (https://learn.hrplus.net/a/1884052-what-are-goal-standards-and-how-do-they-relate-to-rewards)
  {
    source: SRC_HRPLUS,
    fn: "SCORE",
    args: [0.85, "", HRPLUS, 5],
    expected: 3,
    note: "Actual is the share of the goal achieved. 85% is between 80% and 99%: 3 points.",
  },
  {
    source: SRC_HRPLUS,
    fn: "SCORE",
    args: [0.995, "", HRPLUS, 5],
    expected: 3,
    note: "99.5% lies between 99 and 100: the 80%-99% band runs up to 100%, 3 points.",
  },
  {
    source: SRC_HRPLUS,
    fn: "SCORE",
    args: [1, "", HRPLUS, 5],
    expected: 4,
    note: "Exactly 100%: Met Expectations, 4 points.",
  },
  {
    source: SRC_HRPLUS,
    fn: "SCORE",
    args: [1.1, "", HRPLUS, 5],
    expected: 5,
    note: "More than 100%: 5 points (the stated maximum).",
  },
  {
    source: SRC_HRPLUS,
    fn: "SCORE",
    args: [0.795, "", HRPLUS, 5],
    expected: 2,
    note: "79.5% lies between 79 and 80: the 60%-79% band runs up to 80%, 2 points.",
  },
  { source: SRC_HRPLUS, fn: "SCORE", args: [0.5, "", HRPLUS, 5], expected: 1, note: "Less than 60%: 1 point." },

  // SAP Strategy Management, Achievement Scores (https://help.sap.com/saphelp_stm75/helpdata/en/79/e2458916994fb89a795dee6965d622/content.htm)
  {
    source: SRC_SAP_ACHIEVEMENT,
    fn: "GRADE",
    args: [0.92, SAP_LETTERS],
    expected: "A",
    note: "Score as a share of target; only the A and B rows are quoted.",
  },
  { source: SRC_SAP_ACHIEVEMENT, fn: "GRADE", args: [0.85, SAP_LETTERS], expected: "B" },
  {
    source: SRC_SAP_ACHIEVEMENT,
    fn: "GRADE",
    args: [0.895, SAP_LETTERS],
    expected: "B",
    note: "89.5% lies between 89 and 90: B runs up to 90%.",
  },
  {
    source: SRC_SAP_ACHIEVEMENT,
    fn: "GRADE",
    args: [0.7, SAP_LETTERS],
    expected: { error: "#N/A" },
    note: "70% is below every quoted level (B starts at 80%).",
  },

  // SAP Strategy Management, Types of Targets (https://help.sap.com/saphelp_stm75/helpdata/en/1d/1fcde36b724758805373b1c7fdefbe/content.htm)
  {
    source: SRC_SAP_TARGETS,
    fn: "SCORE",
    args: [45, "≥50", "(Actual%Target * 100)", ""],
    expected: 90,
    note: "Achievement target, the page's own example: 45/50 x 100 = 90.",
  },
  {
    source: SRC_SAP_TARGETS,
    fn: "SCORE",
    args: [55, "≤50", "100 – (((Actual - Target) / Target) * 100)", ""],
    expected: 90,
    note: "Reduction target (cost): 100 - ((55-50)/50)x100 = 100 - 10 = 90.",
  },
  {
    source: SRC_SAP_TARGETS,
    fn: "SCORE",
    args: [45, "≤50", "100 – (((Actual - Target) / Target) * 100)", ""],
    expected: 100,
    note: "The formula gives 110 when cost is under target; without a stated bonus the score stops at full marks, 100.",
  },

  // Eazework target-based PMS (https://help.eazework.com/portal/en/kb/articles/target-based-pms)
  {
    source: SRC_EAZEWORK,
    fn: "SCORE",
    args: [0.85, "", EAZEWORK, ""],
    expected: 85,
    note: "Achievement 85% of target: score reduced in proportion, 85% of 100.",
  },
  {
    source: SRC_EAZEWORK,
    fn: "SCORE",
    args: [1.2, "", EAZEWORK, ""],
    expected: 100,
    note: "Achievement over 100%: the maximum score.",
  },

  // Atlas Copco distributor targets (https://ebooks.atlascopco.com/story/distributors-targets-2024/page/10)
  {
    source: SRC_ATLAS,
    fn: "SCORE",
    args: [150, "200", ATLAS, ""],
    expected: 75,
    note: "Partially achieved: weight (100) x 150/200 = 75.",
  },
  {
    source: SRC_ATLAS,
    fn: "SCORE",
    args: [260, "200", ATLAS, ""],
    expected: 100,
    note: "Fully achieved: weight x 1 = 100 (no bonus for exceeding).",
  },

  // EAM KPI ranges (http://eam116.northeurope.cloudapp.azure.com/web/help/hb/eam/s_t1425624305412.html)
  {
    source: SRC_EAM,
    fn: "SCORE",
    args: [150000, "", EAM, 3],
    expected: 3,
    note: "Ranges written high-to-low with thousands separators. 150,000 units is between 200,000 and 133,333: 3.",
  },
  {
    source: SRC_EAM,
    fn: "SCORE",
    args: [100000, "", EAM, 3],
    expected: 2,
    note: "100,000 is in 133,332 to 66,666: 2.",
  },
  { source: SRC_EAM, fn: "SCORE", args: [50000, "", EAM, 3], expected: 1, note: "50,000 is 66,665 units or less: 1." },

  // LEL supplier scorecard (https://scribd.com/document/468539648/35-68-Supplier-Scorecard-Report-SRM)
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0, "", LEL_OSD, ""],
    expected: 100,
    note: "OS&D line items as a share of deliveries (lower is better). 0%: 100.",
  },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.05, "", LEL_OSD, ""],
    expected: 80,
    note: "5% is < 10% (the tightest row it satisfies): 80.",
  },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.25, "", LEL_OSD, ""],
    expected: 60,
    note: "25% is < 30% but not < 10%: 60.",
  },
  { source: SRC_LEL, fn: "SCORE", args: [0.95, "", LEL_OSD, ""], expected: 0, note: "95% is > 90%: 0." },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.25, "", LEL_PRICE, ""],
    expected: 100,
    note: "Price reduction 25% is >20%: 100.",
  },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.08, "", LEL_PRICE, ""],
    expected: 60,
    note: "8% is > 7% but not > 10%: 60.",
  },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.01, "", LEL_PRICE, ""],
    expected: 0,
    note: "1% reaches no row (lowest is > 2%): 0 points.",
  },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.95, "", LEL_ONTIME, ""],
    expected: 100,
    note: "On-time deliveries 95% is > 90%: 100.",
  },
  {
    source: SRC_LEL,
    fn: "SCORE",
    args: [0.7, "", LEL_ONTIME, ""],
    expected: 80,
    note: "70% is > 60% but not > 90%: 80.",
  },
  { source: SRC_LEL, fn: "SCORE", args: [0.05, "", LEL_ONTIME, ""], expected: 30, note: "5% is < 10%: 30." },

  // Performance definitions rating (https://ghhospitality.net/performance-definitions-rating/amp)
  {
    source: SRC_GH,
    fn: "GRADE",
    args: [3.4, GH],
    expected: "Expected Standard",
    note: "Total score divided by 15 gives 3.4: at least 3, below 4.",
  },
  { source: SRC_GH, fn: "GRADE", args: [5, GH], expected: "Outstanding" },
  { source: SRC_GH, fn: "GRADE", args: [4.9, GH], expected: "Above Standard", note: "4.9 has not reached 5." },
  {
    source: SRC_GH,
    fn: "GRADE",
    args: [1.5, GH],
    expected: "Unacceptable",
    note: "1.5 lies between the 0-1 range and 2: the range runs up to 2.",
  },

  // KPI Depot contractor scorecard (https://kpidepot.com/kpi/contractor-performance-scorecard)
  {
    source: SRC_KPIDEPOT,
    fn: "GRADE",
    args: [79.5, KPIDEPOT],
    expected: "Satisfactory performance",
    note: "79.5 lies between 79 and 80: the 60-79 range runs up to 80.",
  },
  { source: SRC_KPIDEPOT, fn: "GRADE", args: [80, KPIDEPOT], expected: "Excellent performance" },
  {
    source: SRC_KPIDEPOT,
    fn: "GRADE",
    args: [55, KPIDEPOT],
    expected: "Unsatisfactory performance",
    note: "Below 60.",
  },

  // TU grading scale (https://sites.google.com/view/tu-methods/assignments-grading/tu-grading-scale)
  { source: SRC_TU, fn: "GRADE", args: [98, TU], expected: "A+", note: "Ranges written high-to-low (100 – 98)." },
  {
    source: SRC_TU,
    fn: "GRADE",
    args: [97.5, TU],
    expected: "A",
    note: "97.5 lies between 97 and 98: the 97 – 93 range runs up to 98.",
  },
  { source: SRC_TU, fn: "GRADE", args: [85, TU], expected: "B" },
  { source: SRC_TU, fn: "GRADE", args: [70, TU], expected: "C-" },
  {
    source: SRC_TU,
    fn: "GRADE",
    args: [62.5, TU],
    expected: "F",
    note: "62.5 lies between 62 and 63: the 62 – 0 range runs up to 63.",
  },

  // Call centre performance (https://lawinsider.com/clause/call-center-performance)
  {
    source: SRC_CALL_CENTER,
    fn: "MET",
    args: [0.82, "eighty percent (80%) of all Beneficiary telephone calls within thirty (30) seconds or less"],
    expected: true,
    note: "Actual is the share of calls answered within 30 s: 82% is at least 80%. The standard carries two numbers; the percentage is the bar.",
  },
  {
    source: SRC_CALL_CENTER,
    fn: "MET",
    args: [0.88, "90% of all calls shall be answered within 20 seconds or less"],
    expected: false,
    note: "88% of calls within 20 s is below 90%.",
  },
  {
    source: SRC_CALL_CENTER,
    fn: "CREDIT",
    args: [0.885, "90%", "$2,000 per percentage point, or fraction thereof, less than 90.0%"],
    expected: { error: "#VALUE!" },
    note: "The remedy is a dollar amount ($4,000 here: 1.5 points rounded up to 2), not a share of the fee; no cell gives the fee to turn it into a fraction.",
  },

  // BC Common Ground Alliance best practices p.44 (https://commongroundbc.ca/flipbook/files/assets/basic-html/page45.html)
  {
    source: SRC_BCCGA,
    fn: "MET",
    args: [25, "30 seconds or less"],
    expected: true,
    note: "ASA objective of 30 seconds or less.",
  },
  {
    source: SRC_BCCGA,
    fn: "MET",
    args: [0.05, "less than 5 percent"],
    expected: false,
    note: "An abandonment rate of exactly 5% is not less than 5 percent.",
  },
  {
    source: SRC_BCCGA,
    fn: "MET",
    args: [0.008, "does not exceed 1 percent"],
    expected: true,
    note: "Busy signals 0.8% of incoming volume.",
  },
  {
    source: SRC_BCCGA,
    fn: "MET",
    args: [0.97, "99 percent customer satisfaction"],
    expected: false,
    note: "97% satisfaction is below the 99 percent objective.",
  },

  // Red Amber Green thresholds (https://www.intrafocus.com/2013/07/red-amber-green/)
  {
    source: SRC_INTRAFOCUS,
    fn: "MET",
    args: [55, "60 days or less"],
    expected: true,
    note: "Days to fulfil an order; Green is 60 days or less.",
  },

  // UNT EMDS SLA (http://emds.unt.edu/sla)
  {
    source: SRC_UNT,
    fn: "MET",
    args: [25, "30 minutes"],
    expected: true,
    note: "Critical response 30 minutes; 25 minutes meets it.",
  },
  {
    source: SRC_UNT,
    fn: "MET",
    args: [3, "2 business days"],
    expected: false,
    note: "Medium resolution 2 business days; 3 days misses it.",
  },
  {
    source: SRC_UNT,
    fn: "MET",
    args: [5, "5 business days."],
    expected: true,
    note: "Low resolution 5 business days (trailing full stop as on the page); exactly 5 days meets it.",
  },

  // Law Insider, Target Response Times (https://lawinsider.com/clause/target-response-times)
  { source: SRC_LI_RESPONSE, fn: "MET", args: [5, "4 hours"], expected: false, note: "P2 target response 4 hours." },
  {
    source: SRC_LI_RESPONSE,
    fn: "MET",
    args: [11, "12 hours"],
    expected: true,
    note: "P2 target resolution 12 hours.",
  },

  // Jabetto severity levels (https://support.jabetto.com/support/solutions/articles/5000502167-severity-level)
  {
    source: SRC_JABETTO,
    fn: "MET",
    args: [3, "Within Four Business Hours"],
    expected: true,
    note: "Number written as a word.",
  },
  { source: SRC_JABETTO, fn: "MET", args: [5, "Within Four Business Hours"], expected: false },
  {
    source: SRC_JABETTO,
    fn: "MET",
    args: [45, "Within 60 minutes business hour"],
    expected: true,
    note: "Severity 1 response within 60 minutes.",
  },

  // Onfra SLA (https://onfra.io/service-level-agreement)
  {
    source: SRC_ONFRA,
    fn: "MET",
    args: [0.9992, "99.90%"],
    expected: true,
    note: "Service availability objective 99.90%, read as a minimum.",
  },
  {
    source: SRC_ONFRA,
    fn: "MET",
    args: [5, "Resolve within 4 hours"],
    expected: false,
    note: "Priority 1 resolution.",
  },

  // Summit DNC SLA (https://summitdnc.com/help/getting-started/understanding-your-sla/)
  {
    source: SRC_SUMMIT,
    fn: "MET",
    args: [12, "15-minute response"],
    expected: true,
    note: "Hyphenated unit: critical response 15 minutes.",
  },
  {
    source: SRC_SUMMIT,
    fn: "MET",
    args: [3, "2-hour on-site"],
    expected: false,
    note: "Critical on-site within 2 hours; 3 hours misses it.",
  },
];
