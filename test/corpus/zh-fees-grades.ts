import type { CorpusCase } from "./types";

/*
 * Chinese corpus (simplified and traditional): fee deductions / compensation tables, grade
 * scales, scoring rules and standards copied (trimmed, never reworded) from public pages.
 * Every expected value was worked out by hand from the page text, not by running the engine.
 *
 * Where a page prints a compensation table, the rows are joined with "; " the way a person
 * pastes a table into one cell ("<row text>: <compensation>"); those cases say so in their note.
 */

// 阿里云 数据总线 SLA (https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html)
const SRC_ALIYUN_DATAHUB =
  "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html 阿里云 数据总线服务等级协议 赔偿方案";
const ALIYUN_DATAHUB =
  "99% ≤ 服务可用性 < 99.9%: 月度服务费用的20%; 95% ≤服务可用性 < 99%: 月度服务费用的30%; 服务可用性 < 95%: 月度服务费用的50%";

// SLA未达标补偿标准 (https://tanggewl.com/30915.html)
const SRC_TANGGE = "https://tanggewl.com/30915.html SLA未达标补偿标准到底怎么算";
const TANGGE = "当月可用性低于99.9%但高于99%:返还5%服务费; 低于99%但高于95%:返还10%; 低于95%:最高返还25%";

// 华为云 云手机服务 SLA 更新通知 (http://m.cqfng.cn/notice/2025/20250731172240093.html)
const SRC_HW_CPH = "http://m.cqfng.cn/notice/2025/20250731172240093.html 關於中國站雲手機服務(CPH) SLA更新的通知";
const HW_CPH = "服務可用性<95%,代金券補償金額為月度服務費的100%";

// 腾讯云 安全运营中心服务等级协议 (https://github.com/tencentyun/qcloud-documents/blob/master/product/安全服务/态势感知/服务等级协议.md)
const SRC_TC_CSOC =
  "https://github.com/tencentyun/qcloud-documents/blob/master/product/安全服务/态势感知/服务等级协议.md 腾讯云安全运营中心服务等级协议";
const TC_CSOC =
  "低于99%但等于或高于95%: 月度服务费的10%; 低于95%但等于或高于90%: 月度服务费的25%; 低于90%: 月度服务费的100%";

// 腾讯云 前端性能监控服务等级协议 (https://github.com/tencentyun/qcloud-documents/blob/master/product/监控与管理/前端性能监控/服务协议/前端性能监控服务协议.md)
const SRC_TC_RUM =
  "https://github.com/tencentyun/qcloud-documents/blob/master/product/监控与管理/前端性能监控/服务协议/前端性能监控服务协议.md 腾讯云前端性能监控服务等级协议";
const TC_RUM =
  "低于99.9%但等于或高于99.0%: 月度服务费的10%; 低于99.0%但等于或高于98.0%: 月度服务费的20%; 低于98.0%: 月度服务费的50%";

// ANDOWS 主機托管服務SLA (https://andows.jp/zh-tw/hosting-sla)
const SRC_ANDOWS = "https://andows.jp/zh-tw/hosting-sla ANDOWS 主機托管服務SLA";
const ANDOWS =
  "月正常運行時間 99.0% 以上 – 低於 99.9%: 20%; 月正常運行時間 98.0% 以上 – 低於 99.0%: 40%; 月正常運行時間 97.0% 以上 – 低於 98.0%: 60%; 月正常運行時間 96.0% 以上 – 低於 97.0%: 80%; 月正常運行時間 低於 96.0%: 100%";

// 系统运维服务日常考核 (https://m.taowenge.com/p-73715877.html)
const SRC_OPS_DAILY = "https://m.taowenge.com/p-73715877.html 系统运维服务日常考核.pdf(淘文阁)";
const OPS_DAILY_GRADE = "90 分以上(含 90 分)为合格,80-90 分(含 80 分)为一般,80 分以下为不合格";

// 服务响应要求 样本条款 (https://lawinsider.com/zh/clause/服务响应要求)
const SRC_LI_ZH_RESPONSE = "https://lawinsider.com/zh/clause/服务响应要求 服务响应要求 样本条款(Law Insider)";

// 考核分数标准 (http://www.wenanjuziba.cn/youxiuwenan/336757.html)
const SRC_WENANJUZI = "http://www.wenanjuziba.cn/youxiuwenan/336757.html 考核分数标准(文案句子吧)";
const WENANJUZI_STAFF = "优秀:90分以上; 良好:75-89分; 中等:60-74分; 较差:40-59分; 极差:40分以下";
const WENANJUZI_GOV = "优秀:90分及以上; 合格:60-89分";

// 考核结果等级(繁体) (http://m.thegothproject.com/baokao/60428.html)
const SRC_GOTH = "http://m.thegothproject.com/baokao/60428.html 考核結果等級(百分制換算五個等級)";
const GOTH = "90到100優秀; 80到89分不錯; 70-79分為中等; 60到69分為及格; 59分以下就是失敗";

// 公司考核分数多少 (http://www.kejiwu5.cn/pengyouquanwenan/127955.html)
const SRC_KEJIWU = "http://www.kejiwu5.cn/pengyouquanwenan/127955.html 公司考核分数多少";
const KEJIWU = "90(含)分以上为优秀,85-89分为优良,80-84分为合格,80分及以下为不合格";

// 湖南省星级物业服务项目星级划分 (http://www.360docs.net/doc/2815261700.html)
const SRC_HUNAN_STARS = "http://www.360docs.net/doc/2815261700.html 湖南省星级物业服务项目星级划分和评分细则";
const HUNAN_STARS =
  "一星级为400分-549分;二星级为550分-699分;三星级为700分-849分;四星级为850分-999分;五星级为1000分-1100分";

// 芜湖市住宅小区物业服务收费等级评分标准 (https://360docs.net/doc/7a18553126.html)
const SRC_WUHU = "https://360docs.net/doc/7a18553126.html 芜湖市住宅小区物业服务收费等级评分标准";

// 腾讯云 SLA 解读 (https://kdun.cn/ask/777518.html)
const SRC_KDUN = "https://kdun.cn/ask/777518.html 腾讯云服务器服务等级协议(SLA)解读";

// 代维按次服务器服务协议 (https://www.yunzhuji.net/fuwuqi/195126.html)
const SRC_YUNZHUJI = "https://www.yunzhuji.net/fuwuqi/195126.html 代维按次服务器服务协议:SLA标准、技术方案与费用说明";

// 阿里云 函数工作流 SLA (http://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201912190839_39571.html)
const SRC_ALIYUN_FNF =
  "http://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201912190839_39571.html 阿里云 函数工作流服务等级协议";

// 阿里云 云消息队列Kafka SLA (https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201809271053_38949.html)
const SRC_ALIYUN_KAFKA =
  "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201809271053_38949.html 阿里云 云消息队列Kafka服务等级协议";

// 解读阿里云空间购买合同中的SLA条款 (https://aliyunyh.com/153789.html)
const SRC_ALIYUNYH = "https://aliyunyh.com/153789.html 解读阿里云空间购买合同中的SLA(服务水平协议)条款";

// 系统运维考核 (http://www.942113.com/leguanwenan/97002.html)
const SRC_942113 = "http://www.942113.com/leguanwenan/97002.html 系统运维考核要点及方法";
const GRADE_942113 = "90分以上合格,80-90分为一般,80分以下不合格";

// 腾讯云 云数据仓库服务等级协议 (https://github.com/tencentyun/qcloud-documents/blob/master/product/大数据与AI/Snova%20数据仓库/服务等级协议.md)
const SRC_TC_SNOVA =
  "https://github.com/tencentyun/qcloud-documents/blob/master/product/大数据与AI/Snova%20数据仓库/服务等级协议.md 腾讯云云数据仓库服务等级协议";

// 服务合同书 (https://m.wenke99.com/d-4330423.html)
const SRC_WENKE = "https://m.wenke99.com/d-4330423.html 服务合同书(文客久久)";

// 天翼云 AOne会议 SLA (https://www.ctyun.cn/portal/protocol/11069375)
const SRC_CTYUN = "https://www.ctyun.cn/portal/protocol/11069375 天翼云 AOne会议服务等级协议";

// 網絡技術運維工程師服務水平與響應速度績效評定表 (http://m.boteman.cn/paper/512964256.html)
const SRC_BOTEMAN = "http://m.boteman.cn/paper/512964256.html 網絡技術運維工程師服務水平與響應速度績效評定表";

// IT运维技术支持人员故障解决能力绩效评定表 (https://max.book118.com/html/2026/0127/8075134017010041.shtm)
const SRC_BOOK118_IT =
  "https://max.book118.com/html/2026/0127/8075134017010041.shtm IT运维技术支持人员故障解决能力绩效评定表";

// 通信技术维护工程师网络维护与故障处理能力绩效评估表 (https://max.book118.com/html/2026/0309/8077017135010051.shtm)
const SRC_BOOK118_NET =
  "https://max.book118.com/html/2026/0309/8077017135010051.shtm 通信技术维护工程师网络维护与故障处理能力绩效评估表";

// 故障等級與應急響應(繁体) (http://www.bronzesbylemon.com/index.php/Support/index/id/5.html)
const SRC_BRONZES = "http://www.bronzesbylemon.com/index.php/Support/index/id/5.html 服務支持:故障等級與應急響應";

// 世纪互联 Azure 严重性和响应时间 (https://support.azure.cn/zh-cn/support/plans/response/v1-1)
const SRC_AZURE_CN = "https://support.azure.cn/zh-cn/support/plans/response/v1-1 严重性和响应时间(Azure 中国)";

// 量表等级划分 (https://html.hanspub.org/file/_43-1162906_7_hanspub.htm)
const SRC_HANSPUB =
  "https://html.hanspub.org/file/_43-1162906_7_hanspub.htm 汉斯出版社论文表格:等级、原始分数X、百分等级PR";
const HANSPUB_T = "差(T < 32); 中下(32 ≤ T < 44); 中等(44 ≤ T < 56); 中上(56 ≤ T < 68); 优秀(T ≥ 68)";
const HANSPUB_X = "差: X < 23; 中下: 23 ≤ X < 28; 中等: 28 ≤ X < 33; 中上: 33 ≤ X < 39; 优秀: X ≥ 39";

// 优良中差评分标准 (http://wap.manyoumao.com/know/1646192.html)
const SRC_MANYOUMAO = "http://wap.manyoumao.com/know/1646192.html 优良中差评分标准(漫游猫)";
const MANYOUMAO_A = "85—100为优秀,75—84为良好, 60—74为中等, 60以下为差";
const MANYOUMAO_B = "优秀 :90—100之间(包括90); 良好: 80-90; 中等: 70-80; 及格: 60-70; 不合格:分数低于60分";

// 优秀等级分数段 (https://3dmxku.com/daquan/zonghe/3984274.html)
const SRC_3DMXKU = "https://3dmxku.com/daquan/zonghe/3984274.html 优秀良好及格分数段";
const DMXKU_SCORE = "优秀等级的范围区间为85-100分,70分-84分为良好,及格是60分-69分,60分以下为不及格";
const DMXKU_RATE = "正确率在90%以上的为优秀、80%以上的属于良好等级、60%以上的属于及格、其余按待及格的标准评定";

// 学校考试优良分数段 (http://www.wenanhai.com/aiqingwenan/298119.html)
const SRC_WENANHAI = "http://www.wenanhai.com/aiqingwenan/298119.html 学校考试“优良”分数段的划分";
const WENANHAI = "优秀:90-100分 良好:80-89分 中等:70-79分 及格:60-69分 不合格:60分以下";

export const zhFeesGrades: CorpusCase[] = [
  // 阿里云 数据总线 SLA (https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html)
  {
    source: SRC_ALIYUN_DATAHUB,
    fn: "CREDIT",
    args: [0.995, "", ALIYUN_DATAHUB],
    expected: 0.2,
    note: "赔偿表粘贴在一格里。99.5% 落在 99% ≤ 服务可用性 < 99.9%:20%。",
  },
  {
    source: SRC_ALIYUN_DATAHUB,
    fn: "CREDIT",
    args: [0.99, "", ALIYUN_DATAHUB],
    expected: 0.2,
    note: "恰好 99% 满足 99% ≤ 服务可用性:20%。",
  },
  {
    source: SRC_ALIYUN_DATAHUB,
    fn: "CREDIT",
    args: [0.96, "", ALIYUN_DATAHUB],
    expected: 0.3,
    note: "96% 落在 95% ≤服务可用性 < 99%:30%。",
  },
  {
    source: SRC_ALIYUN_DATAHUB,
    fn: "CREDIT",
    args: [0.9, "", ALIYUN_DATAHUB],
    expected: 0.5,
    note: "90% < 95%:50%(也是赔偿总额上限 50%)。",
  },
  {
    source: SRC_ALIYUN_DATAHUB,
    fn: "CREDIT",
    args: [0.9995, "", ALIYUN_DATAHUB],
    expected: 0,
    note: "99.95% 高于表中各档:不赔偿。",
  },

  // SLA未达标补偿标准 (https://tanggewl.com/30915.html)
  {
    source: SRC_TANGGE,
    fn: "CREDIT",
    args: [0.995, "不低于99.9%", TANGGE],
    expected: 0.05,
    note: "低于99.9%但高于99%:返还5%服务费。",
  },
  {
    source: SRC_TANGGE,
    fn: "CREDIT",
    args: [0.97, "不低于99.9%", TANGGE],
    expected: 0.1,
    note: "低于99%但高于95%:返还10%。",
  },
  {
    source: SRC_TANGGE,
    fn: "CREDIT",
    args: [0.9, "不低于99.9%", TANGGE],
    expected: 0.25,
    note: "低于95%:“最高返还25%”按 25% 计。",
  },
  {
    source: SRC_TANGGE,
    fn: "CREDIT",
    args: [0.98, "99.5%", "视情况提供适当补偿"],
    expected: { error: "#VALUE!" },
    note: "页面举的反例:“视情况提供适当补偿”没有量化标准,无法计算。",
  },

  // 华为云 云手机服务 SLA 更新通知 (http://m.cqfng.cn/notice/2025/20250731172240093.html)
  {
    source: SRC_HW_CPH,
    fn: "CREDIT",
    args: [0.94, "", HW_CPH],
    expected: 1,
    note: "繁体。94% < 95%:月度服務費的100%。",
  },
  {
    source: SRC_HW_CPH,
    fn: "CREDIT",
    args: [0.96, "", HW_CPH],
    expected: 0,
    note: "这一格只写了 <95% 这一档;96% 不在其中,按这一格算不补偿。",
  },

  // 腾讯云 安全运营中心服务等级协议 (https://github.com/tencentyun/qcloud-documents/blob/master/product/安全服务/态势感知/服务等级协议.md)
  {
    source: SRC_TC_CSOC,
    fn: "CREDIT",
    args: [0.985, "不低于99%", TC_CSOC],
    expected: 0.1,
    note: "赔偿表粘贴在一格里。98.5%:低于99%但等于或高于95%,月度服务费的10%。",
  },
  {
    source: SRC_TC_CSOC,
    fn: "CREDIT",
    args: [0.95, "不低于99%", TC_CSOC],
    expected: 0.1,
    note: "恰好 95% 属于“等于或高于95%”:10%。",
  },
  {
    source: SRC_TC_CSOC,
    fn: "CREDIT",
    args: [0.92, "不低于99%", TC_CSOC],
    expected: 0.25,
    note: "92%:低于95%但等于或高于90%,25%。",
  },
  {
    source: SRC_TC_CSOC,
    fn: "CREDIT",
    args: [0.99, "不低于99%", TC_CSOC],
    expected: 0,
    note: "99% 达到“不低于99%”:不赔偿。",
  },

  // 腾讯云 前端性能监控服务等级协议 (https://github.com/tencentyun/qcloud-documents/blob/master/product/监控与管理/前端性能监控/服务协议/前端性能监控服务协议.md)
  {
    source: SRC_TC_RUM,
    fn: "CREDIT",
    args: [0.9985, "不低于99.9%", TC_RUM],
    expected: 0.1,
    note: "赔偿表粘贴在一格里。99.85%:10%。",
  },
  {
    source: SRC_TC_RUM,
    fn: "CREDIT",
    args: [0.985, "不低于99.9%", TC_RUM],
    expected: 0.2,
    note: "98.5%:低于99.0%但等于或高于98.0%,20%。",
  },
  { source: SRC_TC_RUM, fn: "CREDIT", args: [0.97, "不低于99.9%", TC_RUM], expected: 0.5, note: "97% 低于98.0%:50%。" },

  // ANDOWS 主機托管服務SLA (https://andows.jp/zh-tw/hosting-sla)
  {
    source: SRC_ANDOWS,
    fn: "CREDIT",
    args: [0.99, "99.9%", ANDOWS],
    expected: 0.2,
    note: "繁体退款表粘贴在一格里。“99.0% 以上”含 99.0%:20%。",
  },
  {
    source: SRC_ANDOWS,
    fn: "CREDIT",
    args: [0.975, "99.9%", ANDOWS],
    expected: 0.6,
    note: "97.5%:97.0% 以上 – 低於 98.0%,60%。",
  },
  { source: SRC_ANDOWS, fn: "CREDIT", args: [0.95, "99.9%", ANDOWS], expected: 1, note: "95% 低於 96.0%:100%。" },
  { source: SRC_ANDOWS, fn: "CREDIT", args: [0.999, "99.9%", ANDOWS], expected: 0, note: "99.9% 达到保证值:不退款。" },

  // 系统运维服务日常考核 (https://m.taowenge.com/p-73715877.html)
  {
    source: SRC_OPS_DAILY,
    fn: "GRADE",
    args: [90, OPS_DAILY_GRADE],
    expected: "合格",
    note: "90 分以上(含 90 分)为合格。",
  },
  { source: SRC_OPS_DAILY, fn: "GRADE", args: [85, OPS_DAILY_GRADE], expected: "一般" },
  { source: SRC_OPS_DAILY, fn: "GRADE", args: [89.5, OPS_DAILY_GRADE], expected: "一般", note: "89.5 不到 90:一般。" },
  {
    source: SRC_OPS_DAILY,
    fn: "GRADE",
    args: [79.5, OPS_DAILY_GRADE],
    expected: "不合格",
    note: "80 分以下为不合格。",
  },
  {
    source: SRC_OPS_DAILY,
    fn: "SCORE",
    args: [0.87, "90%", "每降低 1 个百分点扣0.5 分", ""],
    expected: 98.5,
    note: "热线接通率 87%,比 90% 低 3 个百分点,扣 1.5 分:100 - 1.5 = 98.5。",
  },
  {
    source: SRC_OPS_DAILY,
    fn: "SCORE",
    args: [0.92, "90%", "每降低 1 个百分点扣0.5 分", ""],
    expected: 100,
    note: "高于 90%:不扣分。",
  },
  {
    source: SRC_OPS_DAILY,
    fn: "SCORE",
    args: [0.025, "3%", "故障回访每低1 个百分点扣 0.5 分", ""],
    expected: 99.75,
    note: "回访比例 2.5%,低 0.5 个百分点,按比例扣 0.25 分。",
  },

  // 服务响应要求 样本条款 (https://lawinsider.com/zh/clause/服务响应要求)
  { source: SRC_LI_ZH_RESPONSE, fn: "MET", args: [15, "20分钟内到达现场"], expected: true },
  { source: SRC_LI_ZH_RESPONSE, fn: "MET", args: [5, "硬件故障排除时间不超过4小时"], expected: false },
  {
    source: SRC_LI_ZH_RESPONSE,
    fn: "MET",
    args: [4, "硬件故障排除时间不超过4小时"],
    expected: true,
    note: "恰好 4 小时“不超过”4 小时。",
  },
  { source: SRC_LI_ZH_RESPONSE, fn: "MET", args: [1.5, "2个工作小时现场响应"], expected: true },
  { source: SRC_LI_ZH_RESPONSE, fn: "MET", args: [12, "10分钟现场响应"], expected: false },
  { source: SRC_LI_ZH_RESPONSE, fn: "MET", args: [2.5, "3 小时内解决故障"], expected: true },

  // 考核分数标准 (http://www.wenanjuziba.cn/youxiuwenan/336757.html)
  {
    source: SRC_WENANJUZI,
    fn: "GRADE",
    args: [90, WENANJUZI_STAFF],
    expected: "优秀",
    note: "“90分以上”含 90(良好止于 89)。",
  },
  {
    source: SRC_WENANJUZI,
    fn: "GRADE",
    args: [74.5, WENANJUZI_STAFF],
    expected: "中等",
    note: "74.5 在 74 与 75 之间:60-74分一档延伸到 75。",
  },
  {
    source: SRC_WENANJUZI,
    fn: "GRADE",
    args: [40, WENANJUZI_STAFF],
    expected: "较差",
    note: "40 同时是“40-59分”的下端和“40分以下”的边界:归较好的一档。",
  },
  { source: SRC_WENANJUZI, fn: "GRADE", args: [30, WENANJUZI_STAFF], expected: "极差" },
  {
    source: SRC_WENANJUZI,
    fn: "GRADE",
    args: [55, WENANJUZI_GOV],
    expected: { error: "#N/A" },
    note: "政务公开只有优秀、合格两档,55 低于所有等级。",
  },

  // 考核结果等级(繁体) (http://m.thegothproject.com/baokao/60428.html)
  { source: SRC_GOTH, fn: "GRADE", args: [95, GOTH], expected: "優秀" },
  {
    source: SRC_GOTH,
    fn: "GRADE",
    args: [89.5, GOTH],
    expected: "不錯",
    note: "89.5 在 89 与 90 之间:80到89分一档延伸到 90。",
  },
  { source: SRC_GOTH, fn: "GRADE", args: [65, GOTH], expected: "及格" },
  {
    source: SRC_GOTH,
    fn: "GRADE",
    args: [59.5, GOTH],
    expected: "失敗",
    note: "59.5 在 59 与 60 之间:“59分以下”一档延伸到 60。",
  },

  // 公司考核分数多少 (http://www.kejiwu5.cn/pengyouquanwenan/127955.html)
  { source: SRC_KEJIWU, fn: "GRADE", args: [92, KEJIWU], expected: "优秀" },
  {
    source: SRC_KEJIWU,
    fn: "GRADE",
    args: [89.5, KEJIWU],
    expected: "优良",
    note: "89.5 不到 90:85-89分一档延伸到 90。",
  },
  {
    source: SRC_KEJIWU,
    fn: "GRADE",
    args: [80, KEJIWU],
    expected: "合格",
    note: "80 既在“80-84分为合格”又在“80分及以下为不合格”:重叠时归较好的一档。",
  },
  { source: SRC_KEJIWU, fn: "GRADE", args: [79, KEJIWU], expected: "不合格" },

  // 湖南省星级物业服务项目星级划分 (http://www.360docs.net/doc/2815261700.html)
  { source: SRC_HUNAN_STARS, fn: "GRADE", args: [620, HUNAN_STARS], expected: "二星级", note: "总分值 1100 分制。" },
  {
    source: SRC_HUNAN_STARS,
    fn: "GRADE",
    args: [849.5, HUNAN_STARS],
    expected: "三星级",
    note: "849.5 在 849 与 850 之间:700分-849分一档延伸到 850。",
  },
  { source: SRC_HUNAN_STARS, fn: "GRADE", args: [1000, HUNAN_STARS], expected: "五星级" },
  {
    source: SRC_HUNAN_STARS,
    fn: "GRADE",
    args: [399, HUNAN_STARS],
    expected: { error: "#N/A" },
    note: "一星级最低 400 分,399 不到任何星级。",
  },

  // 芜湖市住宅小区物业服务收费等级评分标准 (https://360docs.net/doc/7a18553126.html)
  { source: SRC_WUHU, fn: "MET", args: [90, "评分分值达到90分(含90分)以上"], expected: true },
  { source: SRC_WUHU, fn: "MET", args: [89.5, "评分分值达到90分(含90分)以上"], expected: false },

  // 腾讯云 SLA 解读 (https://kdun.cn/ask/777518.html)
  { source: SRC_KDUN, fn: "MET", args: [0.9993, "每月服务可用性不低于99.95%"], expected: false },
  { source: SRC_KDUN, fn: "MET", args: [80, "网络服务的响应时间应低于100ms"], expected: true },

  // 代维按次服务器服务协议 (https://www.yunzhuji.net/fuwuqi/195126.html)
  { source: SRC_YUNZHUJI, fn: "MET", args: [1.5, "紧急故障2小时现场响应"], expected: true },
  {
    source: SRC_YUNZHUJI,
    fn: "MET",
    args: [0.999, "关键系统年可用率≥99.9%"],
    expected: true,
    note: "恰好 99.9% 满足 ≥99.9%。",
  },
  { source: SRC_YUNZHUJI, fn: "MET", args: [20, "RPO≤15分钟"], expected: false },
  { source: SRC_YUNZHUJI, fn: "MET", args: [1.5, "RTO≤2小时"], expected: true },

  // 阿里云 函数工作流 SLA (http://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201912190839_39571.html)
  { source: SRC_ALIYUN_FNF, fn: "MET", args: [0.9985, "函数工作流服务可用性不低于99.9%"], expected: false },

  // 阿里云 云消息队列Kafka SLA (https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud201809271053_38949.html)
  { source: SRC_ALIYUN_KAFKA, fn: "MET", args: [0.9996, "不低于99.95%"], expected: true },

  // 解读阿里云空间购买合同中的SLA条款 (https://aliyunyh.com/153789.html)
  { source: SRC_ALIYUNYH, fn: "MET", args: [25, "紧急情况下,则会在30分钟内作出响应"], expected: true },
  { source: SRC_ALIYUNYH, fn: "MET", args: [1.5, "普通级别工单将在1小时内得到首次回复"], expected: false },

  // 系统运维考核 (http://www.942113.com/leguanwenan/97002.html)
  {
    source: SRC_942113,
    fn: "MET",
    args: [0.25, "故障复发率:30天内重复问题数量占比≤30%"],
    expected: true,
    note: "标准里还有“30天”这个数,比较的是占比 ≤30%。",
  },
  { source: SRC_942113, fn: "MET", args: [0.35, "故障复发率:30天内重复问题数量占比≤30%"], expected: false },
  { source: SRC_942113, fn: "MET", args: [0.975, "在线率≥98%"], expected: false },
  {
    source: SRC_942113,
    fn: "MET",
    args: [0.5, "平均故障响应时间≤1小时"],
    expected: true,
    note: "实际值以小时计:0.5 小时。",
  },
  { source: SRC_942113, fn: "MET", args: [4, "重大故障需在5分钟内响应"], expected: true },
  {
    source: SRC_942113,
    fn: "GRADE",
    args: [90, GRADE_942113],
    expected: "合格",
    note: "90 同时在“90分以上”和“80-90分”:重叠时归较好的一档。",
  },
  { source: SRC_942113, fn: "GRADE", args: [85, GRADE_942113], expected: "一般" },
  { source: SRC_942113, fn: "GRADE", args: [75, GRADE_942113], expected: "不合格" },

  // 腾讯云 云数据仓库服务等级协议 (https://github.com/tencentyun/qcloud-documents/blob/master/product/大数据与AI/Snova%20数据仓库/服务等级协议.md)
  { source: SRC_TC_SNOVA, fn: "MET", args: [0.9991, "单个集群在每个服务周期服务可用性不低于99.9%"], expected: true },

  // 服务合同书 (https://m.wenke99.com/d-4330423.html)
  {
    source: SRC_WENKE,
    fn: "MET",
    args: [2, "在两个有效工作日内给予响应"],
    expected: true,
    note: "数字写成汉字“两个”。",
  },
  { source: SRC_WENKE, fn: "MET", args: [3, "在两个有效工作日内给予响应"], expected: false },

  // 天翼云 AOne会议 SLA (https://www.ctyun.cn/portal/protocol/11069375)
  { source: SRC_CTYUN, fn: "MET", args: [0.9989, "服务可用率不低于99.9%"], expected: false },

  // 網絡技術運維工程師服務水平與響應速度績效評定表 (http://m.boteman.cn/paper/512964256.html)
  {
    source: SRC_BOTEMAN,
    fn: "SCORE",
    args: [0.02, "低於1%", "故障率每高於目標值0.5%,扣減該指標5分,最高扣減20分", ""],
    expected: 90,
    note: "繁体。故障率 2% 比 1% 高 1 个百分点 = 2 个 0.5%,扣 10 分。",
  },
  {
    source: SRC_BOTEMAN,
    fn: "SCORE",
    args: [0.035, "低於1%", "故障率每高於目標值0.5%,扣減該指標5分,最高扣減20分", ""],
    expected: 80,
    note: "高 2.5 个百分点 = 5 步,扣 25 分,封顶 20 分。",
  },
  {
    source: SRC_BOTEMAN,
    fn: "SCORE",
    args: [0.9985, "99.9%", "可用性每低於目標值0.1%,扣減該指標5分,最高扣減20分", ""],
    expected: 97.5,
    note: "低 0.05 个百分点 = 半步,按比例扣 2.5 分。",
  },
  {
    source: SRC_BOTEMAN,
    fn: "SCORE",
    args: [0.99, "99.9%", "可用性每低於目標值0.1%,扣減該指標5分,最高扣減20分", ""],
    expected: 80,
    note: "低 0.9 个百分点 = 9 步 = 45 分,封顶扣 20 分。",
  },
  {
    source: SRC_BOTEMAN,
    fn: "SCORE",
    args: [25, "小於15分鐘", "每超時5分鐘扣減該指標2分,最高扣減20分", ""],
    expected: 96,
    note: "一級故障平均響應 25 分鐘,超時 10 分鐘 = 2 步,扣 4 分。",
  },
  { source: SRC_BOTEMAN, fn: "SCORE", args: [1, "0次", "發生一次重大中斷扣減該指標30分", ""], expected: 70 },

  // IT运维技术支持人员故障解决能力绩效评定表 (https://max.book118.com/html/2026/0127/8075134017010041.shtm)
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [18, "15分钟内", "紧急故障在15分钟内响应,得满分;每增加1分钟,扣3分,扣完为止。", ""],
    expected: 91,
    note: "超 3 分钟,扣 9 分。",
  },
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [60, "15分钟内", "紧急故障在15分钟内响应,得满分;每增加1分钟,扣3分,扣完为止。", ""],
    expected: 0,
    note: "超 45 分钟要扣 135 分;“扣完为止”,最低 0 分。",
  },
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [3, "2小时", "故障处理时长小于等于目标值,得满分;每增加30分钟,扣1分,扣完为止。", ""],
    expected: 98,
    note: "标准以小时计、扣分以分钟计:3 小时比 2 小时多 60 分钟 = 2 个 30 分钟,扣 2 分。",
  },
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [0.055, "3%", "故障复发率小于等于目标值,得满分;每增加1%,扣2分,扣完为止。", ""],
    expected: 95,
    note: "高 2.5 个百分点,按比例扣 5 分。",
  },
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [4.2, "4.5分(满分5分)", "客户满意度评分大于等于目标值,得满分;每降低0.1分,扣2分,扣完为止。", ""],
    expected: 94,
    note: "标准里的“满分5分”是评分量表,不是本项满分。低 0.3 分 = 3 步,扣 6 分。",
  },
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [7, "10条/季度", "知识库贡献数量大于等于目标值,得满分;每少1条,扣1分,扣完为止。", ""],
    expected: 97,
  },
  {
    source: SRC_BOOK118_IT,
    fn: "SCORE",
    args: [0.8, "90%", "跨部门协作效率大于等于目标值,得满分;每降低5%,扣1分,扣完为止。", ""],
    expected: 98,
    note: "低 10 个百分点 = 2 个 5%,扣 2 分。",
  },

  // 通信技术维护工程师网络维护与故障处理能力绩效评估表 (https://max.book118.com/html/2026/0309/8077017135010051.shtm)
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [20, "15分钟内", "每延迟1分钟扣2分,最高扣10分", ""],
    expected: 90,
    note: "原文后半句“剩余时间按比例计算分数”含义不明,未收入。延迟 5 分钟扣 10 分。",
  },
  { source: SRC_BOOK118_NET, fn: "SCORE", args: [0.92, "95%", "每低1%扣2分,最低得0分", ""], expected: 94 },
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [5, "不超过3次/季度", "超出1次扣5分,最高扣15分", ""],
    expected: 90,
    note: "超出 2 次,扣 10 分。",
  },
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [0.997, "99.9%", "每低0.1%扣5分,最低得0分", ""],
    expected: 90,
    note: "低 0.2 个百分点 = 2 步,扣 10 分。",
  },
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [62, "平均延迟50ms", "每高5ms扣1分,最高扣10分", ""],
    expected: 97.6,
    note: "高 12ms = 2.4 个 5ms,按比例扣 2.4 分。",
  },
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [0.78, "80%-120%", "低于80%或高于120%各扣5分,超出范围每高/低1%扣1分,最高扣10分", ""],
    expected: 93,
    note: "低于 80%:先扣 5 分,再低 2 个百分点扣 2 分,共 7 分。",
  },
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [1, "80%-120%", "低于80%或高于120%各扣5分,超出范围每高/低1%扣1分,最高扣10分", ""],
    expected: 100,
    note: "100% 在区间内:不扣分。",
  },
  {
    source: SRC_BOOK118_NET,
    fn: "SCORE",
    args: [30, "24小时内", "每延迟1小时扣2分,最高扣10分", ""],
    expected: 90,
    note: "延迟 6 小时要扣 12 分,封顶 10 分。",
  },
  { source: SRC_BOOK118_NET, fn: "SCORE", args: [1, "至少参与2次/季度", "每少1次扣2分,最高扣10分", ""], expected: 98 },
  { source: SRC_BOOK118_NET, fn: "MET", args: [2, "不超过3次/季度"], expected: true },
  { source: SRC_BOOK118_NET, fn: "MET", args: [1, "至少参与2次/季度"], expected: false },

  // 故障等級與應急響應(繁体) (http://www.bronzesbylemon.com/index.php/Support/index/id/5.html)
  { source: SRC_BRONZES, fn: "MET", args: [25, "應急響應:30分鐘"], expected: true, note: "繁体“分鐘”。" },
  { source: SRC_BRONZES, fn: "MET", args: [35, "應急響應:30分鐘"], expected: false },
  { source: SRC_BRONZES, fn: "MET", args: [1, "應急響應:1個工作日"], expected: true },

  // 世纪互联 Azure 严重性和响应时间 (https://support.azure.cn/zh-cn/support/plans/response/v1-1)
  { source: SRC_AZURE_CN, fn: "MET", args: [1.5, "2 小时或更短时间"], expected: true },
  { source: SRC_AZURE_CN, fn: "MET", args: [9, "8 小时或更短时间"], expected: false },

  // 量表等级划分 (https://html.hanspub.org/file/_43-1162906_7_hanspub.htm)
  {
    source: SRC_HANSPUB,
    fn: "GRADE",
    args: [32, HANSPUB_T],
    expected: "中下",
    note: "标签后用括号写不等式:32 ≤ T < 44。",
  },
  { source: SRC_HANSPUB, fn: "GRADE", args: [67.9, HANSPUB_T], expected: "中上" },
  { source: SRC_HANSPUB, fn: "GRADE", args: [70, HANSPUB_T], expected: "优秀" },
  { source: SRC_HANSPUB, fn: "GRADE", args: [20, HANSPUB_T], expected: "差" },
  { source: SRC_HANSPUB, fn: "GRADE", args: [33, HANSPUB_X], expected: "中上", note: "原始分数列:33 ≤ X < 39。" },

  // 优良中差评分标准 (http://wap.manyoumao.com/know/1646192.html)
  {
    source: SRC_MANYOUMAO,
    fn: "GRADE",
    args: [84.5, MANYOUMAO_A],
    expected: "良好",
    note: "破折号写区间;84.5 在 84 与 85 之间,75—84 延伸到 85。",
  },
  {
    source: SRC_MANYOUMAO,
    fn: "GRADE",
    args: [60, MANYOUMAO_A],
    expected: "中等",
    note: "60 同时在 60—74 和“60以下”(以下含本数):归较好的一档。",
  },
  { source: SRC_MANYOUMAO, fn: "GRADE", args: [90, MANYOUMAO_B], expected: "优秀", note: "“(包括90)”。" },
  {
    source: SRC_MANYOUMAO,
    fn: "GRADE",
    args: [80, MANYOUMAO_B],
    expected: "良好",
    note: "80 同时是“良好: 80-90”和“中等: 70-80”的端点:归较好的一档。",
  },
  { source: SRC_MANYOUMAO, fn: "MET", args: [85, "85分及以上"], expected: true, note: "中学各科成绩优秀的标准。" },

  // 优秀等级分数段 (https://3dmxku.com/daquan/zonghe/3984274.html)
  {
    source: SRC_3DMXKU,
    fn: "GRADE",
    args: [69.5, DMXKU_SCORE],
    expected: "及格",
    note: "69.5 在 69 与 70 之间:60分-69分一档延伸到 70。",
  },
  { source: SRC_3DMXKU, fn: "GRADE", args: [84.5, DMXKU_SCORE], expected: "良好" },
  {
    source: SRC_3DMXKU,
    fn: "GRADE",
    args: [0.85, DMXKU_RATE],
    expected: "良好",
    note: "按正确率:85% 在 80%以上、不到 90%。",
  },
  {
    source: SRC_3DMXKU,
    fn: "GRADE",
    args: [0.5, DMXKU_RATE],
    expected: "待及格",
    note: "“其余按待及格的标准评定”:60% 以下都是待及格。",
  },

  // 学校考试优良分数段 (http://www.wenanhai.com/aiqingwenan/298119.html)
  {
    source: SRC_WENANHAI,
    fn: "GRADE",
    args: [79.5, WENANHAI],
    expected: "中等",
    note: "各档之间只用空格分隔。79.5 在 79 与 80 之间,70-79分延伸到 80。",
  },
  { source: SRC_WENANHAI, fn: "GRADE", args: [100, WENANHAI], expected: "优秀" },
];
