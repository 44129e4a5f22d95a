import type { CorpusCase } from "./types";

/**
 * Chinese scoring rules (考核细则 / 评分标准) copied from public pages, each with a value worked out by hand.
 * Rule texts are kept as the pages write them (only trimmed to the scoring phrase); typos, 繁體 characters,
 * OCR slips and odd punctuation are left in on purpose. Percentages are passed as fractions.
 */
export const zhKpi: CorpusCase[] = [
  // 系统运维服务日常考核 (https://m.taowenge.com/p-73715877.html) — 满分100，扣完即止；90分以上(含90)合格，80-90(含80)一般，80以下不合格
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [0.87, "90%", "每降低 1 个百分点扣0.5 分", ""],
    expected: 98.5,
    note: "standard written bare (接通率90%); 3 points below × 0.5 = 1.5 off 100",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [0.925, "90%", "每降低 1 个百分点扣0.5 分", ""],
    expected: 100,
    note: "above the 90% line: nothing off",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [3, "", "每一路，扣1 分", ""],
    expected: 97,
    note: "count of camera channels over 8 h of monthly outage; 3 × 1",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [2, "", "维护人员未能按规定时限到达现场 每次扣1 分", ""],
    expected: 98,
    note: "label before the step; 2 late arrivals × 1",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [0, "", "维护人员未能按规定时限到达现场 每次扣1 分", ""],
    expected: 100,
    note: "no occurrence",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [1, "", "无按要求完成巡检，每次扣 5 分", ""],
    expected: 95,
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [2, "", "无定期上门走访 1 次扣 1 分", ""],
    expected: 98,
    note: "“1 次扣 1 分” is a per-occurrence rate",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [0.024, "3%", "故障回访每低1 个百分点扣 0.5 分", ""],
    expected: 99.7,
    note: "回访 2.4% against 3%: 0.6 point short × 0.5 = 0.3 off",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [3, "", "1 次保障无法提供扣 3分；如无保障需求，则不予扣分", ""],
    expected: 91,
    note: "3 failed escorts × 3 = 9 off",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "SCORE",
    args: [2, "", "运维服务报告造假，每次扣 3 分", ""],
    expected: 94,
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "GRADE",
    args: [90, "90 分以上（含 90 分）为合格，80-90 分（含 80 分）为一般，80 分以下为不合格"],
    expected: "合格",
    note: "90 is explicitly included in 合格",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "GRADE",
    args: [80, "90 分以上（含 90 分）为合格，80-90 分（含 80 分）为一般，80 分以下为不合格"],
    expected: "一般",
  },
  {
    source: "https://m.taowenge.com/p-73715877.html  系统运维服务日常考核.pdf",
    fn: "GRADE",
    args: [79.5, "90 分以上（含 90 分）为合格，80-90 分（含 80 分）为一般，80 分以下为不合格"],
    expected: "不合格",
  },

  // 科普馆保洁服务标准及评分细则 (http://gzhm.gzsqw.cc/news/itemid-13562.shtml)
  {
    source: "http://gzhm.gzsqw.cc/news/itemid-13562.shtml  保洁服务评分细则 保洁公司考核标准 贵阳保洁公司",
    fn: "SCORE",
    args: [1, "", "发现1处不合格本项为0分", 3],
    expected: 0,
    note: "垃圾桶 item worth 3; a single fault zeroes it",
  },
  {
    source: "http://gzhm.gzsqw.cc/news/itemid-13562.shtml  保洁服务评分细则 保洁公司考核标准 贵阳保洁公司",
    fn: "SCORE",
    args: [0, "", "发现1处不合格本项为0分", 3],
    expected: 3,
  },
  {
    source: "http://gzhm.gzsqw.cc/news/itemid-13562.shtml  保洁服务评分细则 保洁公司考核标准 贵阳保洁公司",
    fn: "SCORE",
    args: [3, "", "发现3处以上严重不合格，本项为0分", 6],
    expected: 0,
    note: "“3处以上” includes 3 in ordinary Chinese usage",
  },
  {
    source: "http://gzhm.gzsqw.cc/news/itemid-13562.shtml  保洁服务评分细则 保洁公司考核标准 贵阳保洁公司",
    fn: "SCORE",
    args: [2, "", "发现3处以上严重不合格，本项为0分", 6],
    expected: 6,
    note: "below the cut-off the rule takes nothing off",
  },

  // 服务质量评价制度 — 临沂工商罗庄分局窗口评价 (https://qikantianxia.com/a/filew3bejun4.html) — 服务态度25分，扣完为止，有加分的最多加10分
  {
    source: "https://qikantianxia.com/a/filew3bejun4.html  服务质量评价制度(共10篇)",
    fn: "SCORE",
    args: [0.93, "", "“满意”率以90%为基数，每超过一个百分点加1分，每低于一个百分点扣1分", 25],
    expected: 28,
    note: "standard carried by the rule (以90%为基数); 3 points over → +3 (bonus allowed)",
  },
  {
    source: "https://qikantianxia.com/a/filew3bejun4.html  服务质量评价制度(共10篇)",
    fn: "SCORE",
    args: [0.855, "", "“满意”率以90%为基数，每超过一个百分点加1分，每低于一个百分点扣1分", 25],
    expected: 20.5,
    note: "4.5 points under × 1 = 4.5 off 25 (first written as 21.5, an arithmetic slip corrected on review)",
  },
  {
    source: "https://qikantianxia.com/a/filew3bejun4.html  服务质量评价制度(共10篇)",
    fn: "SCORE",
    args: [5, "", "评议为“基本满意”的，每件次扣0.2分", 25],
    expected: 24,
    note: "“每件次” = per case",
  },
  {
    source: "https://qikantianxia.com/a/filew3bejun4.html  服务质量评价制度(共10篇)",
    fn: "SCORE",
    args: [3, "", "评议为“不满意”的，每件次扣0.5分", 25],
    expected: 23.5,
  },

  // 供应商考核表 模板 (https://m.51dongshi.net/eedfrcacdgeas.html) — 价格：最高为40分，标准分为20分
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [206, "200元", "每高于标准价格1%，标准分扣2分，每低于标准价格1%，标准分加2分", 20],
    expected: 14,
    note: "1% is relative to the standard price: 206 is 3% above 200 → 6 off the 20 standard points",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [190, "200元", "每高于标准价格1%，标准分扣2分，每低于标准价格1%，标准分加2分", 20],
    expected: 30,
    note: "5% below → +10 (page allows up to 40)",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [0.05, "", "得分=30分×(1—批退率)", 30],
    expected: 28.5,
    note: "formula rule with a Chinese dash for minus: 30 × 0.95",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [0.125, "", "得分=20分×(1—逾期率)", 20],
    expected: 17.5,
    note: "20 × 0.875",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [3, "", "逾期1天，加扣1分", 20],
    expected: 17,
    note: "“加扣” = deduct in addition; 3 days late × 1",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [3, "", "出现问题，不太配合解决，每次扣1分", 10],
    expected: 7,
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [2, "", "公司会议正式批评或抱怨1次扣2分", 10],
    expected: 6,
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "SCORE",
    args: [4, "", "单店批评或抱怨1次扣3分", 10],
    expected: 0,
    note: "12 off a 10-point item: floor at 0",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "GRADE",
    args: [88, "得分在85~100分者为A级；得分在70~84分者为B级"],
    expected: "A级",
  },
  {
    source: "https://m.51dongshi.net/eedfrcacdgeas.html  供应商考核表 模板",
    fn: "GRADE",
    args: [84.5, "得分在85~100分者为A级；得分在70~84分者为B级"],
    expected: "B级",
    note: "whole-number ranges: 84.5 reads as inside 70~84",
  },

  // 保安服务质量检查标准 (https://m.taowenge.com/p-89730557.html)
  {
    source: "https://m.taowenge.com/p-89730557.html  保安服务质量检查标准精品资料.docx",
    fn: "SCORE",
    args: [3, "", "每发现一处睡岗、串岗聊天的，扣2分", 10],
    expected: 4,
    note: "工作形象 10分",
  },
  {
    source: "https://m.taowenge.com/p-89730557.html  保安服务质量检查标准精品资料.docx",
    fn: "SCORE",
    args: [6, "", "每发现一处睡岗、串岗聊天的，扣2分", 10],
    expected: 0,
    note: "12 off a 10-point item",
  },
  {
    source: "https://m.taowenge.com/p-89730557.html  保安服务质量检查标准精品资料.docx",
    fn: "SCORE",
    args: [4, "", "每发现一次不合格，扣1分；因监管不到位，造成损失的，不得分", 15],
    expected: 11,
    note: "监督检查 15分; no loss reported, so only the per-occurrence part applies",
  },

  // 重庆市市容环境综合整治 城市照明10分 (http://fsou.com/html/text/lar/172363/17236300_5.html)
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [0.975, "≥99%", "未达到每下降1%扣0.3分", 3],
    expected: 2.55,
    note: "装灯率 1.5 points short × 0.3 = 0.45",
  },
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [0.995, "≥99%", "未达到每下降1%扣0.3分", 3],
    expected: 3,
  },
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [4, "", "不符合要求一处扣0.3分", 3],
    expected: 1.8,
  },
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [12, "", "不符合要求一处扣0.3分", 3],
    expected: 0,
    note: "3.6 off a 3-point item",
  },
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [0.96, "≥98%", "未达到每下降1%扣0.1分", 3],
    expected: 2.8,
    note: "主干道亮灯率 2 points short × 0.1",
  },
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [5, "", "不适时开、关路灯一次扣0.1分", 3],
    expected: 2.5,
  },
  {
    source:
      "http://fsou.com/html/text/lar/172363/17236300_5.html  重庆市市容环境综合整治办公室关于开展主城以外十区市容环境综合整治季度考核有关工作的通知",
    fn: "SCORE",
    args: [2, "", "未按规定时间亮灯一次扣0.1分", 3],
    expected: 2.8,
  },

  // 路灯管理 考评 (http://www.fymate.com/html/text/lar/173692/17369255_5.html) — 总分100，分项无基准分值，实行累计扣减；rule column is headed 扣分标准
  {
    source: "http://www.fymate.com/html/text/lar/173692/17369255_5.html  法律文本 路灯管理考评项目及扣分标准",
    fn: "SCORE",
    args: [3, "", "2分/基", ""],
    expected: 94,
    note: "column header 扣分标准; 3 dark lamp posts × 2 off 100",
  },
  {
    source: "http://www.fymate.com/html/text/lar/173692/17369255_5.html  法律文本 路灯管理考评项目及扣分标准",
    fn: "SCORE",
    args: [4, "", "0.5分/基", ""],
    expected: 98,
  },
  {
    source: "http://www.fymate.com/html/text/lar/173692/17369255_5.html  法律文本 路灯管理考评项目及扣分标准",
    fn: "SCORE",
    args: [7, "", "0.3分/火", ""],
    expected: 97.9,
    note: "“火” = lamp head",
  },
  {
    source: "http://www.fymate.com/html/text/lar/173692/17369255_5.html  法律文本 路灯管理考评项目及扣分标准",
    fn: "SCORE",
    args: [2, "", "1分/处/次", ""],
    expected: 98,
    note: "actual counts place-times",
  },
  {
    source: "http://www.fymate.com/html/text/lar/173692/17369255_5.html  法律文本 路灯管理考评项目及扣分标准",
    fn: "SCORE",
    args: [1, "", "5分/次", ""],
    expected: 95,
  },
  {
    source: "http://www.fymate.com/html/text/lar/173692/17369255_5.html  法律文本 路灯管理考评项目及扣分标准",
    fn: "SCORE",
    args: [5, "", "0.2/火", ""],
    expected: 99,
    note: "the page drops 分: “0.2/火”",
  },

  // 电梯维保单位考核细则 (http://biz.doczj.com/doc/3a2102143.html)
  {
    source: "http://biz.doczj.com/doc/3a2102143.html  电梯维保单位考核细则(1)(1)",
    fn: "GRADE",
    args: [92, "90分以上为合格，90分以下为需整改且15天之内复查，低于80分为不合格"],
    expected: "合格",
  },
  {
    source: "http://biz.doczj.com/doc/3a2102143.html  电梯维保单位考核细则(1)(1)",
    fn: "GRADE",
    args: [85, "90分以上为合格，90分以下为需整改且15天之内复查，低于80分为不合格"],
    expected: "需整改且15天之内复查",
    note: "the middle band's label is a whole phrase containing a number",
  },
  {
    source: "http://biz.doczj.com/doc/3a2102143.html  电梯维保单位考核细则(1)(1)",
    fn: "GRADE",
    args: [78, "90分以上为合格，90分以下为需整改且15天之内复查，低于80分为不合格"],
    expected: "不合格",
    note: "below 80 the narrower 低于80分 band wins over 90分以下",
  },
  {
    source: "http://biz.doczj.com/doc/3a2102143.html  电梯维保单位考核细则(1)(1)",
    fn: "CREDIT",
    args: [2, "", "因维保人员不负责而拖延一天，则扣除当月服务费1%-3%；多者继续增加扣除比例"],
    expected: { error: "#VALUE!" },
    note: "a 1%-3% range per day: the share is the client's choice, no cell carries it",
  },

  // 市容环境卫生检查评分标准 (https://m.wenku365.com/p-18825257.html)
  {
    source: "https://m.wenku365.com/p-18825257.html  市容环境卫生检查评分标准",
    fn: "SCORE",
    args: [2, "", "一项不合格扣2分", 6],
    expected: 2,
  },
  {
    source: "https://m.wenku365.com/p-18825257.html  市容环境卫生检查评分标准",
    fn: "SCORE",
    args: [1, "", "缺一项扣2分", 4],
    expected: 2,
  },
  {
    source: "https://m.wenku365.com/p-18825257.html  市容环境卫生检查评分标准",
    fn: "SCORE",
    args: [3, "", "发现一处扣0.2分", 4],
    expected: 3.4,
  },
  {
    source: "https://m.wenku365.com/p-18825257.html  市容环境卫生检查评分标准",
    fn: "SCORE",
    args: [30, "", "发现一处扣0.2分", 5],
    expected: 0,
    note: "6 off a 5-point item",
  },

  // 城镇环境卫生 考核评分标准 (http://www.fsou.net/html/text/lar/169725/16972546_5.html)
  {
    source: "http://www.fsou.net/html/text/lar/169725/16972546_5.html  法搜网 城镇建设考核 环境卫生评分标准及考核办法",
    fn: "SCORE",
    args: [3, "", "路面整洁卫生，无暴露垃圾、污水，得10分；发现一处扣2分，扣完为止", ""],
    expected: 4,
    note: "full marks stated inside the rule (得10分)",
  },
  {
    source: "http://www.fsou.net/html/text/lar/169725/16972546_5.html  法搜网 城镇建设考核 环境卫生评分标准及考核办法",
    fn: "SCORE",
    args: [6, "", "路面整洁卫生，无暴露垃圾、污水，得10分；发现一处扣2分，扣完为止", ""],
    expected: 0,
    note: "扣完为止",
  },

  // 环卫行业管理绩效考评(生活垃圾综合治理) (https://yzwku.com/doc/106427.html)
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [3, "", "湿垃圾纯净度低于95%的扣0.5分/次", 8],
    expected: 6.5,
    note: "the 95% is the trigger, actual is the number of times",
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [2, "", "其它垃圾混入生活垃圾进入中转站、末端处置场所的扣3分/次", 8],
    expected: 2,
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [4, "", "违反作业规定的扣1分/起", 6],
    expected: 2,
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [7, "", "车容车貌不整洁的扣0.2分/次", 6],
    expected: 4.6,
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [3, "", "发生污水滴漏的扣0.5分/次", 6],
    expected: 4.5,
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [2, "", "不服从物流安排的扣2/次", 5],
    expected: 1,
    note: "the page omits 分: “扣2/次”",
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [1, "", "私自填埋、外运处置的扣5分/次", 5],
    expected: 0,
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [2, "", "信息上报不及时的扣1分/次", 6],
    expected: 4,
  },
  {
    source: "https://yzwku.com/doc/106427.html  环卫行业管理绩效考评(生活垃圾综合治理).docx",
    fn: "SCORE",
    args: [3, "", "设施、设备缺失的扣2分/项", 20],
    expected: 14,
  },

  // 光山縣城區垃圾分類考核評分細則 (http://m.boteman.cn/paper/358364583.html) — 繁體
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [2, "", "投放設備未正常運行的每發現一個小區扣5分", 60],
    expected: 50,
    note: "項目運行情況 60分",
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [5, "", "每少一次扣3分，最高不超過10分", 60],
    expected: 50,
    note: "15 off capped at 10 (最高不超過10分 caps the deduction)",
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [2, "", "每少一次扣3分，最高不超過10分", 60],
    expected: 54,
    note: "under the cap",
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [7, "", "發現1個小區扣10分，扣完為止", 60],
    expected: 0,
    note: "70 off 60: 扣完為止",
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [2, "", "周報、月報、日常信息未及時報送的，1次扣1分", 10],
    expected: 8,
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [3, "", "內容過於簡單敷衍了事的每次扣1分", 10],
    expected: 7,
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [4, "", "發現1處扣1分", 10],
    expected: 6,
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [0.8, "85%", "每低一個百分點扣0.5分", 10],
    expected: 7.5,
    note: "登記率 5 points under 85% × 0.5",
  },
  {
    source: "http://m.boteman.cn/paper/358364583.html  光山縣城區垃圾分類考核評分細則",
    fn: "SCORE",
    args: [0.86, "85%", "每低一個百分點扣0.5分", 10],
    expected: 10,
  },

  // 垃圾分类 考核细则 (https://www.xiaomilidoc.com/p-14757320.html)
  {
    source: "https://www.xiaomilidoc.com/p-14757320.html  生活垃圾分类工作考核细则",
    fn: "SCORE",
    args: [3, "", "每个社区占 5 分，发现不达标的，每个单位每项扣 0.5 分，扣完为止", ""],
    expected: 3.5,
    note: "full marks inside the rule (占 5 分); 3 unit-items × 0.5",
  },
  {
    source: "https://www.xiaomilidoc.com/p-14757320.html  生活垃圾分类工作考核细则",
    fn: "SCORE",
    args: [12, "", "每个社区占 5 分，发现不达标的，每个单位每项扣 0.5 分，扣完为止", ""],
    expected: 0,
  },
  {
    source: "https://www.xiaomilidoc.com/p-14757320.html  生活垃圾分类工作考核细则",
    fn: "SCORE",
    args: [2, "", "重点督办问题每宗次扣 5 分", 40],
    expected: 30,
    note: "市区督办 40分; “每宗次”",
  },

  // 行政中心食堂餐饮服务加减分考核细则 (https://m.wenke99.com/p-15159475.html)
  {
    source: "https://m.wenke99.com/p-15159475.html  行政中心食堂餐饮服务加减分考核细则",
    fn: "SCORE",
    args: [3, "", "发现缺勤或在岗违规行为的，每次扣2分", ""],
    expected: 94,
  },
  {
    source: "https://m.wenke99.com/p-15159475.html  行政中心食堂餐饮服务加减分考核细则",
    fn: "SCORE",
    args: [1, "", "未按时处理或未处理无说明回复的，酌情扣分1-5分", ""],
    expected: { error: "#VALUE!" },
    note: "酌情 1-5: the amount is a judgment no cell carries",
  },
  {
    source: "https://m.wenke99.com/p-15159475.html  行政中心食堂餐饮服务加减分考核细则",
    fn: "SCORE",
    args: [1, "", "受到通报批评，被有效投诉或被第三方单位报道的，扣2-10分", ""],
    expected: { error: "#VALUE!" },
    note: "a range 2-10 per event",
  },
  {
    source: "https://m.wenke99.com/p-15159475.html  行政中心食堂餐饮服务加减分考核细则",
    fn: "SCORE",
    args: [1, "", "视取得成效予以加1-5分", ""],
    expected: { error: "#VALUE!" },
    note: "视…成效: bonus depends on an unrecorded judgment",
  },

  // 青秀山风景区园林绿化养护管理及环境卫生检查评分标准 (https://max.book118.com/html/2019/0505/6215155024002030.shtm)
  {
    source:
      "https://max.book118.com/html/2019/0505/6215155024002030.shtm  青秀山风景区园林绿化养护管理及环境卫生检查评分标准.doc",
    fn: "SCORE",
    args: [3, "", "有黄土裸露，绿化覆盖率低于98%，面积超过10平方米的每处扣1分", 10],
    expected: 7,
    note: "98% and 10平方米 are conditions; the actual is the number of such places",
  },
  {
    source:
      "https://max.book118.com/html/2019/0505/6215155024002030.shtm  青秀山风景区园林绿化养护管理及环境卫生检查评分标准.doc",
    fn: "SCORE",
    args: [15, "", "坑洼积水，每平方米扣0.2分", 10],
    expected: 7,
    note: "actual in square metres",
  },
  {
    source:
      "https://max.book118.com/html/2019/0505/6215155024002030.shtm  青秀山风景区园林绿化养护管理及环境卫生检查评分标准.doc",
    fn: "SCORE",
    args: [120, "", "草高高于8cm，边缘不整齐，每平方米扣0.01分", 10],
    expected: 8.8,
    note: "120 m² × 0.01",
  },
  {
    source:
      "https://max.book118.com/html/2019/0505/6215155024002030.shtm  青秀山风景区园林绿化养护管理及环境卫生检查评分标准.doc",
    fn: "SCORE",
    args: [0.85, "90%", "草净率低于90%，每低于标准的1%，每平方米扣0.1分", 10],
    expected: { error: "#VALUE!" },
    note: "needs both the shortfall and the lawn area; no cell gives the area",
  },

  // 考核措施 (https://lawinsider.com/zh/clause/考核措施) — 物业费按评分 m 支付
  {
    source: "https://lawinsider.com/zh/clause/考核措施  考核措施 (Law Insider 合同条款)",
    fn: "CREDIT",
    args: [
      80,
      "",
      "评分 m 达到 85 分及以上，学校将按合同规定足额支付月物业费；评分m不足 85 分，则按(15+m)% ×月足额数支付物业费。",
    ],
    expected: 0.05,
    note: "pays (15+80)% = 95% → 5% withheld",
  },
  {
    source: "https://lawinsider.com/zh/clause/考核措施  考核措施 (Law Insider 合同条款)",
    fn: "CREDIT",
    args: [
      72.5,
      "",
      "评分 m 达到 85 分及以上，学校将按合同规定足额支付月物业费；评分m不足 85 分，则按(15+m)% ×月足额数支付物业费。",
    ],
    expected: 0.125,
    note: "pays 87.5%",
  },
  {
    source: "https://lawinsider.com/zh/clause/考核措施  考核措施 (Law Insider 合同条款)",
    fn: "CREDIT",
    args: [
      88,
      "",
      "评分 m 达到 85 分及以上，学校将按合同规定足额支付月物业费；评分m不足 85 分，则按(15+m)% ×月足额数支付物业费。",
    ],
    expected: 0,
    note: "85 or more: paid in full",
  },

  // 物业服务考核办法及评分细则(表格模板) (http://f.tikuw.cn/f/item?id=446072120080)
  {
    source: "http://f.tikuw.cn/f/item?id=446072120080  物业服务考核办法及评分细则(表格模板).docx.pdf",
    fn: "SCORE",
    args: [2, "", "每发现一项不符合扣1分", 3],
    expected: 1,
  },
  {
    source: "http://f.tikuw.cn/f/item?id=446072120080  物业服务考核办法及评分细则(表格模板).docx.pdf",
    fn: "SCORE",
    args: [5, "", "每发现一处不符合扣1分", 4],
    expected: 0,
  },
  {
    source: "http://f.tikuw.cn/f/item?id=446072120080  物业服务考核办法及评分细则(表格模板).docx.pdf",
    fn: "SCORE",
    args: [1, "", "符合2分，每发现一处不符合扣1分", 2],
    expected: 1,
  },

  // 客服绩效薪资评分表 (https://m.777doc.com/doc-7212041.html) — bands from a flattened table, rebuilt with “;” between cells
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [
      0.93,
      "",
      "≥100% 100；100%>/≥90% 85；90%>/≥80% 70；80%>/≥70% 55；70%>/≥60% 40；60%>/≥50% 25；50%>/≥40% 10；<40% 0",
      "",
    ],
    expected: 85,
    note: "“100%>/≥90%” means 90% ≤ x < 100%",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [
      0.9,
      "",
      "≥100% 100；100%>/≥90% 85；90%>/≥80% 70；80%>/≥70% 55；70%>/≥60% 40；60%>/≥50% 25；50%>/≥40% 10；<40% 0",
      "",
    ],
    expected: 85,
    note: "boundary 90% belongs to the ≥90% band",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [
      0.35,
      "",
      "≥100% 100；100%>/≥90% 85；90%>/≥80% 70；80%>/≥70% 55；70%>/≥60% 40；60%>/≥50% 25；50%>/≥40% 10；<40% 0",
      "",
    ],
    expected: 0,
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [
      1.05,
      "",
      "≥100% 100；100%>/≥90% 85；90%>/≥80% 70；80%>/≥70% 55；70%>/≥60% 40；60%>/≥50% 25；50%>/≥40% 10；<40% 0",
      "",
    ],
    expected: 100,
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [0.96, "", "≥98% 100；98%>/≥95% 80；95%>/≥92% 60；<92% 0", ""],
    expected: 80,
    note: "客服回复率",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [0.915, "", "≥98% 100；98%>/≥95% 80；95%>/≥92% 60；<92% 0", ""],
    expected: 0,
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [0.42, "", "≥45% 100；45%>/≥40% 80；40%>/≥35% 60；<35% 0", ""],
    expected: 80,
    note: "咨询付款转化率",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [40, "", "≤35 100；35</≤45 80；45</≤55 60；<55 0", ""],
    expected: 80,
    note: "平均响应时间(秒): 35 < 40 ≤ 45",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [60, "", "≤35 100；35</≤45 80；45</≤55 60；<55 0", ""],
    expected: 0,
    note: "the page's last band “<55 0” is a slip for >55 (every x<55 is already covered); a careful reader gives 60 s zero",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [0, "", "全勤出勤100；发生≤3次迟到、早退等现象80；发生>3次到、早退现象60", ""],
    expected: 100,
    note: "出勤率: counts of late/early days",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [2, "", "全勤出勤100；发生≤3次迟到、早退等现象80；发生>3次到、早退现象60", ""],
    expected: 80,
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "SCORE",
    args: [5, "", "全勤出勤100；发生≤3次迟到、早退等现象80；发生>3次到、早退现象60", ""],
    expected: 60,
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "GRADE",
    args: [85, "金牌客服90≤/≤100；银牌客服80≤/<90；铜牌客服70≤/<80"],
    expected: "银牌客服",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "GRADE",
    args: [90, "金牌客服90≤/≤100；银牌客服80≤/<90；铜牌客服70≤/<80"],
    expected: "金牌客服",
  },
  {
    source: "https://m.777doc.com/doc-7212041.html  客服绩效薪资评分表",
    fn: "GRADE",
    args: [65, "金牌客服90≤/≤100；银牌客服80≤/<90；铜牌客服70≤/<80"],
    expected: { error: "#N/A" },
    note: "the scale has no band below 70",
  },

  // 线性得分问题 (https://m.dbcollege.cn/content/0/1/66c6548cf5c642aa1709e61a91a32444.html) — the question's rule, typos kept
  {
    source:
      "https://m.dbcollege.cn/content/0/1/66c6548cf5c642aa1709e61a91a32444.html  线性得分问题,大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分",
    fn: "SCORE",
    args: [0.95, "", "大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分", 1],
    expected: 0.7,
    note: "3 points under 98% × 0.1 (the page's own answer is wrong; 头 is a typo, 不得0分 = 0分)",
  },
  {
    source:
      "https://m.dbcollege.cn/content/0/1/66c6548cf5c642aa1709e61a91a32444.html  线性得分问题,大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分",
    fn: "SCORE",
    args: [0.99, "", "大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分", 1],
    expected: 1,
  },
  {
    source:
      "https://m.dbcollege.cn/content/0/1/66c6548cf5c642aa1709e61a91a32444.html  线性得分问题,大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分",
    fn: "SCORE",
    args: [0.9, "", "大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分", 1],
    expected: 0.2,
  },
  {
    source:
      "https://m.dbcollege.cn/content/0/1/66c6548cf5c642aa1709e61a91a32444.html  线性得分问题,大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分",
    fn: "SCORE",
    args: [0.85, "", "大于98%得1分,每低于一个百分点头减0.1分,88%及下不得0分", 1],
    expected: 0,
    note: "at or below 88%: zero",
  },

  // 物流公司内部考核标准表 (https://kpjiaolun.com/post/2191.html) — 百分制
  {
    source: "https://kpjiaolun.com/post/2191.html  物流公司内部考核标准表",
    fn: "SCORE",
    args: [0.97, "", "准时率：基准值95%，每超1%加1分，每低1%扣2分，最低0分。", ""],
    expected: 102,
    note: "label and standard inside the rule; bonus may pass 100",
  },
  {
    source: "https://kpjiaolun.com/post/2191.html  物流公司内部考核标准表",
    fn: "SCORE",
    args: [0.915, "", "准时率：基准值95%，每超1%加1分，每低1%扣2分，最低0分。", ""],
    expected: 93,
    note: "3.5 points under × 2",
  },
  {
    source: "https://kpjiaolun.com/post/2191.html  物流公司内部考核标准表",
    fn: "SCORE",
    args: [0.008, "", "货损率：基准值0.5%，每低0.1%加2分，每高0.1%扣3分，超过2%本项0分。", ""],
    expected: 91,
    note: "0.3 point above → 3 steps × 3",
  },
  {
    source: "https://kpjiaolun.com/post/2191.html  物流公司内部考核标准表",
    fn: "SCORE",
    args: [0.003, "", "货损率：基准值0.5%，每低0.1%加2分，每高0.1%扣3分，超过2%本项0分。", ""],
    expected: 104,
    note: "0.2 point below → +4",
  },
  {
    source: "https://kpjiaolun.com/post/2191.html  物流公司内部考核标准表",
    fn: "SCORE",
    args: [0.025, "", "货损率：基准值0.5%，每低0.1%加2分，每高0.1%扣3分，超过2%本项0分。", ""],
    expected: 0,
    note: "cut-off above 2%",
  },

  // 系统运维考核要点 (http://www.942113.com/leguanwenan/97002.html)
  {
    source: "http://www.942113.com/leguanwenan/97002.html  系统运维考核要点及方法",
    fn: "MET",
    args: [0.985, "≥98%"],
    expected: true,
    note: "在线率≥98%",
  },
  {
    source: "http://www.942113.com/leguanwenan/97002.html  系统运维考核要点及方法",
    fn: "MET",
    args: [1.5, "≤1小时"],
    expected: false,
    note: "平均故障响应时间≤1小时",
  },
  {
    source: "http://www.942113.com/leguanwenan/97002.html  系统运维考核要点及方法",
    fn: "MET",
    args: [0.08, "≤10%"],
    expected: true,
    note: "重复问题率≤10%",
  },
  {
    source: "http://www.942113.com/leguanwenan/97002.html  系统运维考核要点及方法",
    fn: "GRADE",
    args: [90, "满分为100分,90分以上合格,80-90分为一般,80分以下不合格"],
    expected: "合格",
    note: "90 sits in both 90分以上 and 80-90: the better band",
  },
  {
    source: "http://www.942113.com/leguanwenan/97002.html  系统运维考核要点及方法",
    fn: "GRADE",
    args: [85, "满分为100分,90分以上合格,80-90分为一般,80分以下不合格"],
    expected: "一般",
    note: "leading 满分为100分 is not a band",
  },

  // 代维按次服务器服务协议 (https://www.yunzhuji.net/fuwuqi/195126.html)
  {
    source: "https://www.yunzhuji.net/fuwuqi/195126.html  代维按次服务器服务协议:SLA标准、技术方案与费用说明",
    fn: "MET",
    args: [1.5, "2小时现场响应"],
    expected: true,
    note: "紧急故障2小时现场响应: a time limit with trailing words",
  },
  {
    source: "https://www.yunzhuji.net/fuwuqi/195126.html  代维按次服务器服务协议:SLA标准、技术方案与费用说明",
    fn: "MET",
    args: [2.5, "2小时现场响应"],
    expected: false,
  },
  {
    source: "https://www.yunzhuji.net/fuwuqi/195126.html  代维按次服务器服务协议:SLA标准、技术方案与费用说明",
    fn: "MET",
    args: [0.9985, "≥99.9%"],
    expected: false,
    note: "关键系统年可用率≥99.9%",
  },
  {
    source: "https://www.yunzhuji.net/fuwuqi/195126.html  代维按次服务器服务协议:SLA标准、技术方案与费用说明",
    fn: "MET",
    args: [12, "RPO≤15分钟"],
    expected: true,
    note: "label in front of the standard",
  },
  {
    source: "https://www.yunzhuji.net/fuwuqi/195126.html  代维按次服务器服务协议:SLA标准、技术方案与费用说明",
    fn: "MET",
    args: [80, "漏洞发布72小时内"],
    expected: false,
    note: "固件更新时效: leading words, 72小时内",
  },

  // 服务方案的SLA指标量化方法 (https://cloud.tencent.com/developer/news/2632612)
  {
    source: "https://cloud.tencent.com/developer/news/2632612  服务方案的SLA指标量化方法",
    fn: "MET",
    args: [0.994, "不低于99.5%"],
    expected: false,
    note: "月度系统可用率不低于99.5%",
  },
  {
    source: "https://cloud.tencent.com/developer/news/2632612  服务方案的SLA指标量化方法",
    fn: "MET",
    args: [0.996, "不低于99.5%"],
    expected: true,
  },

  // IT运维外包合同 (https://www.datacomit.cn/ictcpzcsm/29690.html)
  {
    source: "https://www.datacomit.cn/ictcpzcsm/29690.html  运维服务外包合同 SLA(故障响应≤30分钟，网络中断修复≤4小时)",
    fn: "MET",
    args: [25, "≤30分钟"],
    expected: true,
  },
  {
    source: "https://www.datacomit.cn/ictcpzcsm/29690.html  运维服务外包合同 SLA(故障响应≤30分钟，网络中断修复≤4小时)",
    fn: "MET",
    args: [5, "≤4小时"],
    expected: false,
  },

  // 传统客服中心运营效能评估:KPI指标体系详解 (https://www.yunthe.com/news/584287.html)
  {
    source: "https://www.yunthe.com/news/584287.html  传统客服中心运营效能评估:KPI指标体系详解",
    fn: "MET",
    args: [28, "≤30秒"],
    expected: true,
    note: "ASA≤30秒",
  },
  {
    source: "https://www.yunthe.com/news/584287.html  传统客服中心运营效能评估:KPI指标体系详解",
    fn: "MET",
    args: [6, "5-8分钟"],
    expected: true,
    note: "AHT 5-8分钟: a range standard",
  },
  {
    source: "https://www.yunthe.com/news/584287.html  传统客服中心运营效能评估:KPI指标体系详解",
    fn: "MET",
    args: [9, "5-8分钟"],
    expected: false,
  },

  // 新安街道城市环卫一体化考核评分细则 (https://m.wnwk.com/doc/1288439.html)
  {
    source: "https://m.wnwk.com/doc/1288439.html  2023年新安街道城市环卫一体化考核评分细则.docx",
    fn: "SCORE",
    args: [3, "", "村辖区内的池塘沟内无垃圾及漂浮物的记5分，每发现一处扣1分，扣完为止", ""],
    expected: 2,
    note: "full marks inside the rule (记5分)",
  },
  {
    source: "https://m.wnwk.com/doc/1288439.html  2023年新安街道城市环卫一体化考核评分细则.docx",
    fn: "SCORE",
    args: [8, "", "村辖区内的池塘沟内无垃圾及漂浮物的记5分，每发现一处扣1分，扣完为止", ""],
    expected: 0,
  },
  {
    source: "https://m.wnwk.com/doc/1288439.html  2023年新安街道城市环卫一体化考核评分细则.docx",
    fn: "SCORE",
    args: [2, "", "每发现一处扣2分，情况严重的扣3分，扣完为止", ""],
    expected: { error: "#VALUE!" },
    note: "which finds are 情况严重 is not in any cell",
  },

  // 武清区建城区社区市容环境卫生管理考评标准 (http://www.cww114.com/ziliao/298.html) — column 扣分标准
  {
    source: "http://www.cww114.com/ziliao/298.html  武清区建城区社区市容环境卫生管理考评标准",
    fn: "SCORE",
    args: [3, "", "1分/项", ""],
    expected: 97,
  },
  {
    source: "http://www.cww114.com/ziliao/298.html  武清区建城区社区市容环境卫生管理考评标准",
    fn: "SCORE",
    args: [2, "", "2分/项", ""],
    expected: 96,
  },
  {
    source: "http://www.cww114.com/ziliao/298.html  武清区建城区社区市容环境卫生管理考评标准",
    fn: "SCORE",
    args: [5, "", "0.5分/项", ""],
    expected: 97.5,
  },

  // XX镇卫生保洁及人居环境整治考核办法 (https://m.taodocs.com/p-631406464.html)
  {
    source: "https://m.taodocs.com/p-631406464.html  2022年XX镇卫生保洁及人居环境整治考核办法.docx",
    fn: "SCORE",
    args: [4, "", "每发觉一处卫生死角（积存垃圾堆、大面积散落垃圾）扣 2 分", 30],
    expected: 22,
    note: "发觉 for 发现; bracketed note inside the rule",
  },
  {
    source: "https://m.taodocs.com/p-631406464.html  2022年XX镇卫生保洁及人居环境整治考核办法.docx",
    fn: "CREDIT",
    args: [72, "", "保洁考核得分低于 73 分扣除当月保洁费用"],
    expected: 1,
    note: "the whole month's fee is withheld",
  },
  {
    source: "https://m.taodocs.com/p-631406464.html  2022年XX镇卫生保洁及人居环境整治考核办法.docx",
    fn: "CREDIT",
    args: [80, "", "保洁考核得分低于 73 分扣除当月保洁费用"],
    expected: 0,
  },

  // 市民热线 总体指标 (http://wtabcd.cn/falv/fa/82/15957.html)
  {
    source: "http://wtabcd.cn/falv/fa/82/15957.html  市民热线工作规范 总体指标",
    fn: "MET",
    args: [0.93, "人工接通率≥95%"],
    expected: false,
    note: "indicator name written in front of the standard",
  },
  {
    source: "http://wtabcd.cn/falv/fa/82/15957.html  市民热线工作规范 总体指标",
    fn: "MET",
    args: [1, "100%"],
    expected: true,
    note: "短信回复率100%",
  },
  {
    source: "http://wtabcd.cn/falv/fa/82/15957.html  市民热线工作规范 总体指标",
    fn: "MET",
    args: [0.998, "100%"],
    expected: false,
  },

  // 新时代12345在线平台绩效评估标准 (https://m.yzwku.com/doc/767413.html)
  {
    source: "https://m.yzwku.com/doc/767413.html  新时代12345在线平台绩效评估标准.docx",
    fn: "SCORE",
    args: [1, "", "未明确12345机构和职责，扣0.5分", 1],
    expected: 0.5,
    note: "机构设置 1分; the 12345 in the rule is a hotline name, not a number",
  },

  // 鄉鎮生活污水治理項目績效評價評分細則 (http://bhygbaby.com/paper/381129397.html) — 繁體
  {
    source: "http://bhygbaby.com/paper/381129397.html  鄉鎮生活污水治理項目績效評價評分細則",
    fn: "SCORE",
    args: [3, "", "每發生1次投訴扣0.5分，扣完為止；發生通報，不得分。", 2],
    expected: 0.5,
    note: "no 通報 reported",
  },
  {
    source: "http://bhygbaby.com/paper/381129397.html  鄉鎮生活污水治理項目績效評價評分細則",
    fn: "SCORE",
    args: [5, "", "每發生1次投訴扣0.5分，扣完為止；發生通報，不得分。", 2],
    expected: 0,
  },
  {
    source: "http://bhygbaby.com/paper/381129397.html  鄉鎮生活污水治理項目績效評價評分細則",
    fn: "SCORE",
    args: [1, "", "每發生一起一般事故扣1分", 2],
    expected: 1,
    note: "安全生產 2分",
  },
  {
    source: "http://bhygbaby.com/paper/381129397.html  鄉鎮生活污水治理項目績效評價評分細則",
    fn: "SCORE",
    args: [1, "", "每發現1項，扣1分，扣完為止", 2],
    expected: 1,
  },
  {
    source: "http://bhygbaby.com/paper/381129397.html  鄉鎮生活污水治理項目績效評價評分細則",
    fn: "SCORE",
    args: [1, "", "不符合以上要求的其他情況，視情況扣分，扣完為止", 3],
    expected: { error: "#VALUE!" },
    note: "視情況扣分",
  },

  // 城镇污水处理工作考核暂行办法 (http://cidcloud.com.cn:9082/info/1430)
  {
    source: "http://cidcloud.com.cn:9082/info/1430  城镇污水处理工作考核暂行办法",
    fn: "GRADE",
    args: [85, "优(≥85分)、良(<85分，≥70分)、中(<70分，≥60分)、差(<60分)"],
    expected: "优",
  },
  {
    source: "http://cidcloud.com.cn:9082/info/1430  城镇污水处理工作考核暂行办法",
    fn: "GRADE",
    args: [84.5, "优(≥85分)、良(<85分，≥70分)、中(<70分，≥60分)、差(<60分)"],
    expected: "良",
  },
  {
    source: "http://cidcloud.com.cn:9082/info/1430  城镇污水处理工作考核暂行办法",
    fn: "GRADE",
    args: [60, "优(≥85分)、良(<85分，≥70分)、中(<70分，≥60分)、差(<60分)"],
    expected: "中",
  },
  {
    source: "http://cidcloud.com.cn:9082/info/1430  城镇污水处理工作考核暂行办法",
    fn: "GRADE",
    args: [59.9, "优(≥85分)、良(<85分，≥70分)、中(<70分，≥60分)、差(<60分)"],
    expected: "差",
  },

  // 公交车辆运营服务质量日常考核评分标准及计分方法 (http://www.wenku365.com/p-31936033.html)
  {
    source: "http://www.wenku365.com/p-31936033.html  公交车辆运营服务质量日常考核评分标准及计分方法",
    fn: "SCORE",
    args: [2, "", "投币机、读卡机、报站器、监视器不能正常使用的每处扣3分，最高扣12分", 12],
    expected: 6,
  },
  {
    source: "http://www.wenku365.com/p-31936033.html  公交车辆运营服务质量日常考核评分标准及计分方法",
    fn: "SCORE",
    args: [5, "", "投币机、读卡机、报站器、监视器不能正常使用的每处扣3分，最高扣12分", 12],
    expected: 0,
    note: "15 off capped at 12 = the item's 12 points",
  },

  // 县城乡公交安全与服务质量考核办法 (https://m.wenke99.com/p-14577735.html)
  {
    source: "https://m.wenke99.com/p-14577735.html  县城乡公交安全与服务质量考核办法.doc",
    fn: "GRADE",
    args: [60, "年终考核得分60分以上为合格，不满60分的为不合格"],
    expected: "合格",
    note: "60分以上 includes 60",
  },
  {
    source: "https://m.wenke99.com/p-14577735.html  县城乡公交安全与服务质量考核办法.doc",
    fn: "GRADE",
    args: [59.5, "年终考核得分60分以上为合格，不满60分的为不合格"],
    expected: "不合格",
  },

  // 白云鄉2017年農村公路日常養護管理考核評分表 (http://facezit.com/p-5947924.html) — 繁體
  {
    source: "http://facezit.com/p-5947924.html  白云鄉2017年農村公路日常養護管理考核評分表",
    fn: "SCORE",
    args: [4, "", "影響車輛及行人安全的坑槽和路埂，每處扣1分", 15],
    expected: 11,
  },
  {
    source: "http://facezit.com/p-5947924.html  白云鄉2017年農村公路日常養護管理考核評分表",
    fn: "SCORE",
    args: [2, "", "每處扣5分直到扣完為止", 15],
    expected: 5,
    note: "公路水害 15分",
  },
  {
    source: "http://facezit.com/p-5947924.html  白云鄉2017年農村公路日常養護管理考核評分表",
    fn: "SCORE",
    args: [4, "", "每處扣5分直到扣完為止", 15],
    expected: 0,
    note: "直到扣完為止",
  },
  {
    source: "http://facezit.com/p-5947924.html  白云鄉2017年農村公路日常養護管理考核評分表",
    fn: "SCORE",
    args: [3, "", "發現一處扣2分", 10],
    expected: 4,
  },
  {
    source: "http://facezit.com/p-5947924.html  白云鄉2017年農村公路日常養護管理考核評分表",
    fn: "SCORE",
    args: [1, "", "按程度進行計分", 5],
    expected: { error: "#VALUE!" },
    note: "score by degree: a judgment",
  },

  // 节水型城市 考核评分标准 (http://www.fsou.net/html/text/lar/168867/16886740_4.html)
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.65, "≥75%", "查看最近连续两年资料，每低5%扣1分。", 5],
    expected: 3,
    note: "工业用水重复利用率: 10 points under = 2 steps of 5%",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.72, "≥75%", "查看最近连续两年资料，每低5%扣1分。", 5],
    expected: 4.4,
    note: "3 points under = 0.6 of a step, counted in proportion",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.12, "≥15%", "查看上一年资料。达到5%得1分；达到10%得2分；达到15%以上得3分。", 3],
    expected: 2,
    note: "stepped bands: 12% reaches 10%",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.04, "≥15%", "查看上一年资料。达到5%得1分；达到10%得2分；达到15%以上得3分。", 3],
    expected: 0,
    note: "below the lowest band",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.11, "≤12%", "达到标准6分，每降低1%加2分，降低2%以上加4分。高于标准不得分。", 10],
    expected: 8,
    note: "管网漏损率; the page's standard is CJJ92-2002's index, taken here as ≤12%; base 6 + 2",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.095, "≤12%", "达到标准6分，每降低1%加2分，降低2%以上加4分。高于标准不得分。", 10],
    expected: 10,
    note: "2.5 points lower: 降低2%以上加4分 → 6 + 4",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.13, "≤12%", "达到标准6分，每降低1%加2分，降低2%以上加4分。高于标准不得分。", 10],
    expected: 0,
    note: "高于标准不得分",
  },
  {
    source: "http://www.fsou.net/html/text/lar/168867/16886740_4.html  法搜网 节水型城市考核指标及评分标准",
    fn: "SCORE",
    args: [0.12, "≤12%", "达到标准6分，每降低1%加2分，降低2%以上加4分。高于标准不得分。", 10],
    expected: 6,
    note: "exactly on the standard: the base 6, not full marks",
  },

  // 大氣污染防治行動計劃實施情況考核辦法(試行)實施細則 (http://11chelsea.com/news_xx.asp?id=20740) — 繁體
  {
    source:
      "http://11chelsea.com/news_xx.asp?id=20740  關於印發《大氣污染防治行動計劃實施情況考核辦法(試行)實施細則》的通知",
    fn: "GRADE",
    args: [90, "評分結果90分及以上為優秀、70分（含）至90分為良好、60分（含）至70分為合格，60分以下為不合格"],
    expected: "優秀",
  },
  {
    source:
      "http://11chelsea.com/news_xx.asp?id=20740  關於印發《大氣污染防治行動計劃實施情況考核辦法(試行)實施細則》的通知",
    fn: "GRADE",
    args: [89.5, "評分結果90分及以上為優秀、70分（含）至90分為良好、60分（含）至70分為合格，60分以下為不合格"],
    expected: "良好",
  },
  {
    source:
      "http://11chelsea.com/news_xx.asp?id=20740  關於印發《大氣污染防治行動計劃實施情況考核辦法(試行)實施細則》的通知",
    fn: "GRADE",
    args: [70, "評分結果90分及以上為優秀、70分（含）至90分為良好、60分（含）至70分為合格，60分以下為不合格"],
    expected: "良好",
    note: "70（含） belongs to 良好",
  },
  {
    source:
      "http://11chelsea.com/news_xx.asp?id=20740  關於印發《大氣污染防治行動計劃實施情況考核辦法(試行)實施細則》的通知",
    fn: "GRADE",
    args: [59, "評分結果90分及以上為優秀、70分（含）至90分為良好、60分（含）至70分為合格，60分以下為不合格"],
    expected: "不合格",
  },

  // 六部門聯合出臺大氣污染防治考核實施細則 (http://lakalal8.com/news/content/7542175919327.html) — 繁體 news version without （含）
  {
    source: "http://lakalal8.com/news/content/7542175919327.html  六部門聯合出臺大氣污染防治考核實施細則",
    fn: "GRADE",
    args: [70, "評分結果在90分及以上為優秀，70分至90分為良好，60分至70分為合格，60分以下為不合格"],
    expected: "良好",
    note: "70 is shared by 70-90 and 60-70: the better band",
  },
  {
    source: "http://lakalal8.com/news/content/7542175919327.html  六部門聯合出臺大氣污染防治考核實施細則",
    fn: "GRADE",
    args: [65, "評分結果在90分及以上為優秀，70分至90分為良好，60分至70分為合格，60分以下為不合格"],
    expected: "合格",
  },

  // 软件服务比选评分表 (https://wenku.docs.qq.com/detail?docId=CTjVWm86vi) — 报价10分
  {
    source: "https://wenku.docs.qq.com/detail?docId=CTjVWm86vi  软件服务比选评分表",
    fn: "SCORE",
    args: [205, "200万元", "每高于评审基准价 1%扣0.3分,每低于评审基准价1%扣0.2分(不足1% 的按1%计算),扣完为止", 10],
    expected: 9.1,
    note: "2.5% above the base, rounded up to 3 steps (不足1%按1%) × 0.3",
  },
  {
    source: "https://wenku.docs.qq.com/detail?docId=CTjVWm86vi  软件服务比选评分表",
    fn: "SCORE",
    args: [193, "200万元", "每高于评审基准价 1%扣0.3分,每低于评审基准价1%扣0.2分(不足1% 的按1%计算),扣完为止", 10],
    expected: 9.2,
    note: "3.5% below → 4 steps × 0.2; going below the base still costs points",
  },
  {
    source: "https://wenku.docs.qq.com/detail?docId=CTjVWm86vi  软件服务比选评分表",
    fn: "SCORE",
    args: [200, "200万元", "每高于评审基准价 1%扣0.3分,每低于评审基准价1%扣0.2分(不足1% 的按1%计算),扣完为止", 10],
    expected: 10,
  },
  {
    source: "https://wenku.docs.qq.com/detail?docId=CTjVWm86vi  软件服务比选评分表",
    fn: "SCORE",
    args: [300, "200万元", "每高于评审基准价 1%扣0.3分,每低于评审基准价1%扣0.2分(不足1% 的按1%计算),扣完为止", 10],
    expected: 0,
    note: "50% above → 15 off 10: 扣完为止",
  },

  // 網絡技術運維工程師服務水平與響應速度績效評定表 (http://m.boteman.cn/paper/512964256.html) — 繁體；each indicator scored out of 100
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [0.022, "低於1%", "按月統計，故障率每高於目標值0.5%，扣減該指標5分，最高扣減20分。", ""],
    expected: 88,
    note: "1.2 points over → 2.4 steps × 5 = 12",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [0.04, "低於1%", "按月統計，故障率每高於目標值0.5%，扣減該指標5分，最高扣減20分。", ""],
    expected: 80,
    note: "30 off capped at 20",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [0.997, "99.9%", "按月統計，可用性每低於目標值0.1%，扣減該指標5分，最高扣減20分。", ""],
    expected: 90,
    note: "2 steps of 0.1%",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [0.99, "99.9%", "按月統計，可用性每低於目標值0.1%，扣減該指標5分，最高扣減20分。", ""],
    expected: 80,
    note: "9 steps = 45, capped at 20",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [2, "0次", "按季度統計，發生一次重大中斷扣減該指標30分。", ""],
    expected: 40,
    note: "“發生一次…扣30分” read per occurrence: 2 × 30",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [3, "", "按季度統計，每發生一次變更失敗扣減該指標10分，最高扣減50分。", ""],
    expected: 70,
    note: "target is 變更成功率100%; actual = failed changes",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [7, "", "按季度統計，每發生一次變更失敗扣減該指標10分，最高扣減50分。", ""],
    expected: 50,
    note: "70 off capped at 50",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [27, "小於15分鐘", "按月統計，每超時5分鐘扣減該指標2分，最高扣減20分。", ""],
    expected: 95.2,
    note: "12 min over → 2.4 steps × 2",
  },
  {
    source: "http://m.boteman.cn/paper/512964256.html  網絡技術運維工程師服務水平與響應速度績效評定表",
    fn: "SCORE",
    args: [80, "小於15分鐘", "按月統計，每超時5分鐘扣減該指標2分，最高扣減20分。", ""],
    expected: 80,
    note: "26 off capped at 20",
  },

  // 通信技术维护工程师网络维护与故障处理能力绩效评估表 (https://max.book118.com/html/2026/0309/8077017135010051.shtm) — 100 per indicator
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [18, "15分钟内", "每延迟1分钟扣2分，最高扣10分，剩余时间按比例计算分数。", ""],
    expected: 94,
    note: "3 minutes late × 2; the trailing clause only says part-minutes count in proportion",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [25, "15分钟内", "每延迟1分钟扣2分，最高扣10分，剩余时间按比例计算分数。", ""],
    expected: 90,
    note: "20 off capped at 10",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [3.5, "2小时内", "每延迟1小时扣5分，最高扣20分，剩余时间按比例计算分数。", ""],
    expected: 92.5,
    note: "1.5 h late × 5",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [0.92, "95%", "每低1%扣2分，最低得0分。", ""],
    expected: 94,
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [5, "不超过3次/季度", "超出1次扣5分，最高扣15分。", ""],
    expected: 90,
    note: "2 over the allowance of 3",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [8, "不超过3次/季度", "超出1次扣5分，最高扣15分。", ""],
    expected: 85,
    note: "25 off capped at 15",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [3, "", "每发现1处缺失或错误扣2分，最高扣10分。", ""],
    expected: 94,
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [0.9985, "99.9%", "每低0.1%扣5分，最低得0分。", ""],
    expected: 97.5,
    note: "half a step",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [62, "平均延迟50ms", "每高5ms扣1分，最高扣10分。", ""],
    expected: 97.6,
    note: "12 ms over → 2.4 steps",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [0.77, "80%-120%", "低于80%或高于120%各扣5分，超出范围每高/低1%扣1分，最高扣10分。", ""],
    expected: 92,
    note: "out of range: 5 at once + 3 points × 1",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [1, "80%-120%", "低于80%或高于120%各扣5分，超出范围每高/低1%扣1分，最高扣10分。", ""],
    expected: 100,
    note: "inside the range",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [1.3, "80%-120%", "低于80%或高于120%各扣5分，超出范围每高/低1%扣1分，最高扣10分。", ""],
    expected: 90,
    note: "5 + 10 = 15, capped at 10",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [4.2, "4.5分（满分5分）", "每低0.1分扣2分，最低得0分。", ""],
    expected: 94,
    note: "a 5-point survey score; 0.3 under = 3 steps",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [30, "24小时内", "每延迟1小时扣2分，最高扣10分。", ""],
    expected: 90,
    note: "12 off capped at 10",
  },
  {
    source:
      "https://max.book118.com/html/2026/0309/8077017135010051.shtm  通信技术维护工程师网络维护与故障处理能力绩效评估表.docx",
    fn: "SCORE",
    args: [1, "至少参与2次/季度", "每少1次扣2分，最高扣10分。", ""],
    expected: 98,
  },

  // 通信企业客户服务热线团队绩效评定表 (https://max.book118.com/html/2026/0121/5104011124013111.shtm) — bonus rules with cut-offs, 100 per indicator
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [4.7, "4.5分", "基于客户满意度调查问卷，每提高0.1分加2分，最高加20分，低于4.0分不得分", ""],
    expected: 104,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [3.9, "4.5分", "基于客户满意度调查问卷，每提高0.1分加2分，最高加20分，低于4.0分不得分", ""],
    expected: 0,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.03, "5%", "投诉率每降低1%加2分，最高加20分，高于10%不得分", ""],
    expected: 104,
    note: "lower is better here",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.12, "5%", "投诉率每降低1%加2分，最高加20分，高于10%不得分", ""],
    expected: 0,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.92, "85%", "每提高1%加1分，最高加15分，低于70%不得分", ""],
    expected: 107,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [1, "85%", "每提高1%加1分，最高加15分，低于70%不得分", ""],
    expected: 115,
    note: "+15 exactly at the bonus cap",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.65, "85%", "每提高1%加1分，最高加15分，低于70%不得分", ""],
    expected: 0,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [75, "50次", "每增加10次加2分，最高加20分", ""],
    expected: 105,
    note: "25 more → 2.5 steps × 2",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [200, "50次", "每增加10次加2分，最高加20分", ""],
    expected: 120,
    note: "+30 capped at +20",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [168, "180秒", "每减少5秒加1分，最高加20分，超过240秒不得分", ""],
    expected: 102.4,
    note: "12 s shorter → 2.4 steps",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [250, "180秒", "每减少5秒加1分，最高加20分，超过240秒不得分", ""],
    expected: 0,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.97, "95%", "每提高1%加2分，最高加20分，低于85%不得分", ""],
    expected: 104,
    note: "通话接通率",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.84, "95%", "每提高1%加2分，最高加20分，低于85%不得分", ""],
    expected: 0,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [3, "5次", "每减少1次加2分，最高加20分，超过15次不得分", ""],
    expected: 104,
    note: "问题转接次数: 2 fewer",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [125, "100通", "每增加10通加1分，最高加20分，低于70通不得分", ""],
    expected: 102.5,
    note: "日处理量; unit 通 on standard and rule",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [65, "100通", "每增加10通加1分，最高加20分，低于70通不得分", ""],
    expected: 0,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [0.99, "98%", "每提高0.5%加1分，最高加20分，低于90%不得分", ""],
    expected: 102,
    note: "1 point over = 2 steps of 0.5%",
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [2, "0次", "每出现1次违规扣5分，最高扣20分", ""],
    expected: 90,
  },
  {
    source: "https://max.book118.com/html/2026/0121/5104011124013111.shtm  通信企业客户服务热线团队绩效评定表.docx",
    fn: "SCORE",
    args: [6, "0次", "每出现1次违规扣5分，最高扣20分", ""],
    expected: 80,
    note: "30 off capped at 20",
  },

  // 物业管理企业绩效考核标准及评分细则 (https://www.360docs.net/doc/3a4581436.html)
  {
    source: "https://www.360docs.net/doc/3a4581436.html  物业管理企业绩效考核标准及评分细则",
    fn: "SCORE",
    args: [3, "", "每发现一项不齐全或不完善扣0.2", 2],
    expected: 1.4,
    note: "no 分 after the amount",
  },
  {
    source: "https://www.360docs.net/doc/3a4581436.html  物业管理企业绩效考核标准及评分细则",
    fn: "SCORE",
    args: [2, "", "每发现一处不完整、不规范扣0.2", 1],
    expected: 0.6,
  },
  {
    source: "https://www.360docs.net/doc/3a4581436.html  物业管理企业绩效考核标准及评分细则",
    fn: "SCORE",
    args: [2, "", "没有回访录每次扣1.0", 3],
    expected: 1,
  },
  {
    source: "https://www.360docs.net/doc/3a4581436.html  物业管理企业绩效考核标准及评分细则",
    fn: "SCORE",
    args: ["基本符合", "", "符合2.0，基本符合1.0，不符合0", 2],
    expected: 1,
    note: "the actual is the inspector's verdict word",
  },

  // 物流仓储管理员库存管理与订单处理效率绩效考核表 (https://max.book118.com/html/2026/0130/8107032011010042.shtm)
  {
    source:
      "https://max.book118.com/html/2026/0130/8107032011010042.shtm  物流仓储管理员库存管理与订单处理效率绩效考核表.docx",
    fn: "SCORE",
    args: [0.97, "99%", "实际盘点准确率与目标值的差值每低1%，扣除对应比例的分数", ""],
    expected: { error: "#VALUE!" },
    note: "“对应比例的分数” never says how many points a step costs",
  },

  // 倉庫組織績效考核指標表 (http://www.moqiwei.com/zixun_detail/394746.html) — 繁體
  {
    source: "http://www.moqiwei.com/zixun_detail/394746.html  倉庫組織績效考核指標表",
    fn: "MET",
    args: [0.004, "≤0.5%"],
    expected: true,
    note: "破損率",
  },
  {
    source: "http://www.moqiwei.com/zixun_detail/394746.html  倉庫組織績效考核指標表",
    fn: "MET",
    args: [88, "≥90分"],
    expected: false,
    note: "客戶滿意度",
  },
  {
    source: "http://www.moqiwei.com/zixun_detail/394746.html  倉庫組織績效考核指標表",
    fn: "MET",
    args: [0.992, "≥99%"],
    expected: true,
    note: "庫存準確率",
  },

  // 学校门卫及保安管理考核 (https://m.wenke99.com/p-7902374.html)
  {
    source: "https://m.wenke99.com/p-7902374.html  学校门卫室及保安人员管理考核评分细则",
    fn: "SCORE",
    args: [2, "", "保安无上岗证的发现一例扣3分，扣完为止", 10],
    expected: 4,
    note: "“一例” as the unit",
  },
  {
    source: "https://m.wenke99.com/p-7902374.html  学校门卫室及保安人员管理考核评分细则",
    fn: "SCORE",
    args: [4, "", "保安无上岗证的发现一例扣3分，扣完为止", 10],
    expected: 0,
  },

  // 多测合一综合考评评分标准 (https://m.wenke99.com/p-14998055.html) — 质量问题核查 基础分30分
  {
    source: "https://m.wenke99.com/p-14998055.html  多测合一综合考评评分标准.docx",
    fn: "SCORE",
    args: [3, "", "其他有关问题每次扣5分", 30],
    expected: 15,
  },

  // 煤业绩效工资安全管理部分考核办法及细则 (https://wenku.docs.qq.com/detail?docId=RUi2Jl02T1) — 事故控制25分
  {
    source: "https://wenku.docs.qq.com/detail?docId=RUi2Jl02T1  煤业绩效工资安全管理部分考核办法及细则",
    fn: "SCORE",
    args: [1, "", "发生一起重伤以上及一二级非伤亡事故，安全管理考核分清零", 25],
    expected: 0,
    note: "清零 = zeroed",
  },
  {
    source: "https://wenku.docs.qq.com/detail?docId=RUi2Jl02T1  煤业绩效工资安全管理部分考核办法及细则",
    fn: "SCORE",
    args: [0, "", "发生一起重伤以上及一二级非伤亡事故，安全管理考核分清零", 25],
    expected: 25,
  },

  // 电梯维保月考核表 (https://m.jinchutou.com/p-91142247.html)
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [3, "", "不按合同规定的时间内（15分钟）到场每出现一次扣2分", 20],
    expected: 14,
    note: "the 15分钟 is the contract limit; actual = late arrivals",
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [2, "", "对一般故障不在规定时间（2个小时）内排除出现一次扣2分", 10],
    expected: 6,
    note: "“2个小时” with 个",
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [1, "", "单台梯月故障超5每出现1台扣5分", 10],
    expected: 5,
    note: "actual = lifts with more than 5 faults",
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [4, "", "按合同约定的维保项目达不到标准，每发现1处扣2分", 20],
    expected: 12,
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [3, "", "乙方维保人员不服从甲方人员管理每人/次扣2分", 20],
    expected: 14,
    note: "“每人/次” = per person-time",
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [12, "", "机房，轿内顶棚，轿顶，底坑每发现一处不清洁扣1分", 10],
    expected: 0,
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "SCORE",
    args: [2, "", "每少完成一项扣2分", 10],
    expected: 6,
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "CREDIT",
    args: [1, "", "因维护保养不当造成设备不能正常使用的，除扣除该季度30%的维保费"],
    expected: 0.3,
    note: "one such event: 30% of the quarter's fee",
  },
  {
    source: "https://m.jinchutou.com/p-91142247.html  电梯维保月考核表",
    fn: "CREDIT",
    args: [0, "", "因维护保养不当造成设备不能正常使用的，除扣除该季度30%的维保费"],
    expected: 0,
  },

  // 电梯设备设施维保工作考核表 (https://001doc.com/doc/382275.html)
  {
    source: "https://001doc.com/doc/382275.html  电梯设备设施维保工作考核表(1019)(1).docx",
    fn: "SCORE",
    args: [2, "", "如未按时提交，每次考核扣2分", ""],
    expected: 96,
  },
  {
    source: "https://001doc.com/doc/382275.html  电梯设备设施维保工作考核表(1019)(1).docx",
    fn: "SCORE",
    args: [3, "", "如内容不全，每项扣2分", ""],
    expected: 94,
  },
  {
    source: "https://001doc.com/doc/382275.html  电梯设备设施维保工作考核表(1019)(1).docx",
    fn: "SCORE",
    args: [1, "", "未按计划进行保养，每次考核扣5分", ""],
    expected: 95,
  },
  {
    source: "https://001doc.com/doc/382275.html  电梯设备设施维保工作考核表(1019)(1).docx",
    fn: "SCORE",
    args: [2.5, "2小时内", "每次超时10%，扣2分", ""],
    expected: 95,
    note: "one fault fixed in 2.5 h: 25% over the 2 h limit → 2.5 steps × 2",
  },

  // 电梯维修保养评分表 (https://www.360docs.net/doc/175845978.html)
  {
    source: "https://www.360docs.net/doc/175845978.html  电梯维修保养评分表",
    fn: "SCORE",
    args: [3, "", "未达要求1条记录扣1分", ""],
    expected: 97,
  },
  {
    source: "https://www.360docs.net/doc/175845978.html  电梯维修保养评分表",
    fn: "SCORE",
    args: [2, "", "未达要求1次扣1分", ""],
    expected: 98,
  },

  // 電梯維護保養工作質量考核表 (http://m.kudomayuko.com/article/116540149.html) — 繁體
  {
    source: "http://m.kudomayuko.com/article/116540149.html  電梯維護保養工作質量考核表.docx",
    fn: "SCORE",
    args: ["基本符合", "", "符合：3分；基本符合：2分 不符合：0分", 3],
    expected: 2,
  },
  {
    source: "http://m.kudomayuko.com/article/116540149.html  電梯維護保養工作質量考核表.docx",
    fn: "SCORE",
    args: ["不符合", "", "符合：5分 ；基本符合：3分 不符合：0分", 5],
    expected: 0,
  },

  // 物业服务响应标准 (https://news.sohu.com/a/879267331_121123886)
  {
    source: "https://news.sohu.com/a/879267331_121123886  物业服务响应标准",
    fn: "MET",
    args: [4, "5分钟内到场处置"],
    expected: true,
  },
  {
    source: "https://news.sohu.com/a/879267331_121123886  物业服务响应标准",
    fn: "MET",
    args: [20, "15分钟内到场"],
    expected: false,
  },
  {
    source: "https://news.sohu.com/a/879267331_121123886  物业服务响应标准",
    fn: "MET",
    args: [0.72, "70%以上"],
    expected: true,
    note: "回访率要求：一级服务70%以上",
  },

  // 物业维修服务标准及流程 (https://www.fudaoke.com/exam/3291027.html)
  {
    source: "https://www.fudaoke.com/exam/3291027.html  物业维修服务标准及流程",
    fn: "MET",
    args: [35, "30分钟内到达现场"],
    expected: false,
    note: "急修 30分钟内到达现场",
  },
  {
    source: "https://www.fudaoke.com/exam/3291027.html  物业维修服务标准及流程",
    fn: "MET",
    args: [22, "30分钟内到达现场"],
    expected: true,
  },

  // 外呼系统坐席人员的绩效考核 (http://cqmall.com.cn/fuwuzhichi/6165.html)
  {
    source: "http://cqmall.com.cn/fuwuzhichi/6165.html  外呼系统坐席人员的绩效考核",
    fn: "MET",
    args: [105, "每天至少完成 100 通有效外呼"],
    expected: true,
  },
  {
    source: "http://cqmall.com.cn/fuwuzhichi/6165.html  外呼系统坐席人员的绩效考核",
    fn: "MET",
    args: [96, "每天至少完成 100 通有效外呼"],
    expected: false,
  },
  // 清洁工绩效考核指标 (https://m.wenke99.com/p-6926980.html)
  {
    source: "https://m.wenke99.com/p-6926980.html  清洁工绩效考核指标1页.doc",
    fn: "SCORE",
    args: [2, "", "当月无投诉得30分，投诉一次扣5分，投诉4次或以上的此项不得分", ""],
    expected: 20,
    note: "full marks inside the rule (得30分)",
  },
  {
    source: "https://m.wenke99.com/p-6926980.html  清洁工绩效考核指标1页.doc",
    fn: "SCORE",
    args: [3, "", "当月无投诉得30分，投诉一次扣5分，投诉4次或以上的此项不得分", ""],
    expected: 15,
  },
  {
    source: "https://m.wenke99.com/p-6926980.html  清洁工绩效考核指标1页.doc",
    fn: "SCORE",
    args: [4, "", "当月无投诉得30分，投诉一次扣5分，投诉4次或以上的此项不得分", ""],
    expected: 0,
    note: "cut-off at 4 (以上 includes 4), though 4 × 5 would only be 20",
  },
  {
    source: "https://m.wenke99.com/p-6926980.html  清洁工绩效考核指标1页.doc",
    fn: "SCORE",
    args: [0.76, "", "保洁工具完好率在80%以上，月末检查，每低1%扣1分", 15],
    expected: 11,
    note: "weight 15% → 15 points; standard inside the rule",
  },
  {
    source: "https://m.wenke99.com/p-6926980.html  清洁工绩效考核指标1页.doc",
    fn: "SCORE",
    args: [2, "", "卫生签到率100%为15分，每发现漏签一次扣3分", ""],
    expected: 9,
    note: "the rule says 15分 although the weight column says 10%; the rule's own figure is used",
  },
  {
    source: "https://m.wenke99.com/p-6926980.html  清洁工绩效考核指标1页.doc",
    fn: "SCORE",
    args: [
      "C",
      "",
      "A、按时完成且质量非常高得30分；B、按时完成且质量比较高得25分；C、略有推迟且质量一般得20分；D、推迟时间较长且质量较差得15分；E、推迟时间很长且质量非常差得10分。",
      30,
    ],
    expected: 20,
    note: "the actual is the inspector's letter",
  },

  // 绩效考核表(清洁工) (http://biz.doczj.com/doc/072255821.html)
  {
    source: "http://biz.doczj.com/doc/072255821.html  绩效考核表(清洁工)",
    fn: "SCORE",
    args: [2, "", "完成且各指标均到位30分；任一项指标不达标扣10分", 30],
    expected: 10,
    note: "2 items short × 10",
  },
  {
    source: "http://biz.doczj.com/doc/072255821.html  绩效考核表(清洁工)",
    fn: "SCORE",
    args: [1, "", "三项指标均完成20分；任一项未完成扣10分", 20],
    expected: 10,
    note: "三项 is the number of sub-items, not a deduction",
  },
  {
    source: "http://biz.doczj.com/doc/072255821.html  绩效考核表(清洁工)",
    fn: "SCORE",
    args: [3, "", "三项指标均完成20分；任一项未完成扣10分", 20],
    expected: 0,
    note: "30 off 20",
  },

  // 智能设备技术支持工程师电子科技行业绩效考核表 (https://max.book118.com/html/2026/0128/5332221140013113.shtm)
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [6.5, "4小时", "实际解决时长小于等于目标值，得满分；每超出目标值1小时，扣5分，最低得0分", ""],
    expected: 87.5,
    note: "2.5 h over × 5",
  },
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [0.8, "85%", "实际解决率等于目标值，得满分；每低于目标值1%，扣3分，最低得0分", ""],
    expected: 85,
  },
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [
      17,
      "20次/月",
      "实际处理次数等于目标值，得满分；每少处理1次，扣3分，最低得0分；每多处理1次，加1分，最高额外加10分",
      "",
    ],
    expected: 91,
  },
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [
      35,
      "20次/月",
      "实际处理次数等于目标值，得满分；每少处理1次，扣3分，最低得0分；每多处理1次，加1分，最高额外加10分",
      "",
    ],
    expected: 110,
    note: "+15 capped at 额外加10分",
  },
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [55, "30分钟内", "实际响应时间小于等于目标值，得满分；每超出目标值10分钟，扣2分，最低得0分", ""],
    expected: 95,
    note: "25 min over → 2.5 steps",
  },
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [3, "0次/月", "实际投诉次数等于目标值，得满分；每出现1次投诉，扣5分，最低得0分", ""],
    expected: 85,
  },
  {
    source:
      "https://max.book118.com/html/2026/0128/5332221140013113.shtm  智能设备技术支持工程师电子科技行业绩效考核表",
    fn: "SCORE",
    args: [
      18,
      "15次/月",
      "实际主动服务次数等于目标值，得满分；每少服务1次，扣2分，最低得0分；每多服务1次，加1分，最高额外加10分",
      "",
    ],
    expected: 103,
  },

  // IT技术支持团队服务绩效评价考核表 (https://www.renrendoc.com/paper/501748715.html)
  {
    source: "https://www.renrendoc.com/paper/501748715.html  IT技术支持团队服务绩效评价考核表",
    fn: "SCORE",
    args: [14, "10分钟", "实际响应时间小于等于目标值，得满分；每超过目标值1分钟，扣减2分，最低得0分。", ""],
    expected: 92,
  },
  {
    source: "https://www.renrendoc.com/paper/501748715.html  IT技术支持团队服务绩效评价考核表",
    fn: "SCORE",
    args: [5, "2小时", "实际解决时间小于等于目标值，得满分；每超过目标值1小时，扣减3分，最低得0分。", ""],
    expected: 91,
  },
  {
    source: "https://www.renrendoc.com/paper/501748715.html  IT技术支持团队服务绩效评价考核表",
    fn: "SCORE",
    args: [8, "5次/季度", "实际投诉次数小于等于目标值，得满分；每超过目标值1次，扣减3分，最低得0分。", ""],
    expected: 91,
  },
  {
    source: "https://www.renrendoc.com/paper/501748715.html  IT技术支持团队服务绩效评价考核表",
    fn: "SCORE",
    args: [4, "5次/季度", "实际投诉次数小于等于目标值，得满分；每超过目标值1次，扣减3分，最低得0分。", ""],
    expected: 100,
  },
  {
    source: "https://www.renrendoc.com/paper/501748715.html  IT技术支持团队服务绩效评价考核表",
    fn: "SCORE",
    args: [
      3,
      "4项（电话、邮件、在线、现场）",
      "实际服务渠道数量达到或超过目标值，得满分；每缺少1项，扣减4分，最低得0分。",
      "",
    ],
    expected: 96,
    note: "standard carries a bracketed list",
  },
  {
    source: "https://www.renrendoc.com/paper/501748715.html  IT技术支持团队服务绩效评价考核表",
    fn: "SCORE",
    args: [85, "100篇/季度", "实际文档数量达到或超过目标值，得满分；每低于目标值10篇，扣减2分，最低得0分。", ""],
    expected: 97,
    note: "15 short → 1.5 steps",
  },

  // 物流配送员货物准确率与效率绩效考评表 (https://max.book118.com/html/2026/0127/6152002022012053.shtm) — deductions written as percentages of the score
  {
    source: "https://max.book118.com/html/2026/0127/6152002022012053.shtm  物流配送员货物准确率与效率绩效考评表.docx",
    fn: "SCORE",
    args: [0.93, "95%", "每低于目标值1%扣2%，扣完为止", ""],
    expected: 96,
    note: "“扣2%” = 2% of the indicator's 100 points per step",
  },
  {
    source: "https://max.book118.com/html/2026/0127/6152002022012053.shtm  物流配送员货物准确率与效率绩效考评表.docx",
    fn: "SCORE",
    args: [55, "45分钟", "每超过目标值5分钟扣1%，扣完为止", ""],
    expected: 98,
  },
  {
    source: "https://max.book118.com/html/2026/0127/6152002022012053.shtm  物流配送员货物准确率与效率绩效考评表.docx",
    fn: "SCORE",
    args: [46, "50单", "每低于目标值1单扣1%，扣完为止", ""],
    expected: 96,
  },
  {
    source: "https://max.book118.com/html/2026/0127/6152002022012053.shtm  物流配送员货物准确率与效率绩效考评表.docx",
    fn: "SCORE",
    args: [3, "0次", "每次超时扣2%，扣完为止", ""],
    expected: 94,
  },
  {
    source: "https://max.book118.com/html/2026/0127/6152002022012053.shtm  物流配送员货物准确率与效率绩效考评表.docx",
    fn: "SCORE",
    args: [3, "", "每出现1次收货核对错误扣0.5%，扣完为止", ""],
    expected: 98.5,
    note: "target 99% is a rate, the rule counts errors",
  },

  // 物流配送司机货物运输准确率绩效评定表 (https://max.book118.com/html/2026/0130/7112161012011046.shtm)
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [3, "", "每发生1次货物破损，扣0.1%的分值，最高扣5分", ""],
    expected: 99.7,
    note: "0.1% of the 100-point value per event",
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [0.992, "99.5%", "按实际完好率计算分值，每低0.1%扣0.5分，最低扣至0分", ""],
    expected: 98.5,
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [0.91, "95%", "按实际准时送达率计算分值，每低1%扣2.5分，最低扣至0分", ""],
    expected: 90,
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [7, "0", "每发生1次超时送达，扣2分，最高扣10分", ""],
    expected: 90,
    note: "standard is a bare 0",
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [8, "5分钟内", "每超出1分钟扣0.5分，最高扣5分", ""],
    expected: 98.5,
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [2, "0", "每发生1次违章，扣3分，最高扣15分", ""],
    expected: 94,
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [84, "90分", "按系统评分计算分值，每低1分扣0.5分，最低扣至0分", ""],
    expected: 97,
  },
  {
    source: "https://max.book118.com/html/2026/0130/7112161012011046.shtm  物流配送司机货物运输准确率绩效评定表.docx",
    fn: "SCORE",
    args: [3, "无重大操作失误", "每发生1次重大操作失误，扣2分，最高扣5分", ""],
    expected: 95,
    note: "standard 无… means zero allowed; 6 off capped at 5",
  },

  // 快递业务物流调度员绩效评定表 (https://max.book118.com/html/2026/0304/7013126114011055.shtm)
  {
    source: "https://max.book118.com/html/2026/0304/7013126114011055.shtm  快递业务物流调度员绩效评定表.docx",
    fn: "SCORE",
    args: [0.95, "98%", "按实际准时订单数除以总订单数计算，每低1%扣2分，最高扣至该维度0分", ""],
    expected: 94,
  },
  {
    source: "https://max.book118.com/html/2026/0304/7013126114011055.shtm  快递业务物流调度员绩效评定表.docx",
    fn: "SCORE",
    args: [0.008, "0.5%", "按调度错误次数除以总调度次数计算，每高0.1%扣3分，最高扣至该维度0分", ""],
    expected: 91,
  },
  {
    source: "https://max.book118.com/html/2026/0304/7013126114011055.shtm  快递业务物流调度员绩效评定表.docx",
    fn: "SCORE",
    args: [15, "10分钟", "按处理异常情况的平均响应时间计算，每超出2分钟扣1分，最高扣至该维度0分", ""],
    expected: 97.5,
  },

  // 物流配送員績效考核標準表 (http://www.boteman.cn/paper/495043407.html) — 繁體
  {
    source: "http://www.boteman.cn/paper/495043407.html  物流配送員績效考核標準表",
    fn: "SCORE",
    args: [22, "25分鐘", "每超過1分鐘扣0.2分，每低於1分鐘加0.1分，最高加5分", ""],
    expected: 100.3,
    note: "3 min faster → +0.3",
  },
  {
    source: "http://www.boteman.cn/paper/495043407.html  物流配送員績效考核標準表",
    fn: "SCORE",
    args: [31, "25分鐘", "每超過1分鐘扣0.2分，每低於1分鐘加0.1分，最高加5分", ""],
    expected: 98.8,
  },
  {
    source: "http://www.boteman.cn/paper/495043407.html  物流配送員績效考核標準表",
    fn: "SCORE",
    args: [4.3, "4.5分（滿分5分）", "按客戶評價綜合計算，每低0.1分扣1分，最低0分", ""],
    expected: 98,
  },

  // 物流仓储调度主管物流运输绩效评定表 (https://max.book118.com/html/2026/0127/6011241024012053.shtm) — bands of percentage deductions
  {
    source: "https://max.book118.com/html/2026/0127/6011241024012053.shtm  物流仓储调度主管物流运输绩效评定表.docx",
    fn: "SCORE",
    args: [
      92,
      "每单不超过80元",
      "按实际单车成本与目标值的差异比例扣分，超出目标值10%以内扣5%，10%-20%扣10%，20%以上扣15%",
      "",
    ],
    expected: 90,
    note: "92 is 15% over 80 → 10%-20% band → 10% of 100",
  },
  {
    source: "https://max.book118.com/html/2026/0127/6011241024012053.shtm  物流仓储调度主管物流运输绩效评定表.docx",
    fn: "SCORE",
    args: [
      78,
      "每单不超过80元",
      "按实际单车成本与目标值的差异比例扣分，超出目标值10%以内扣5%，10%-20%扣10%，20%以上扣15%",
      "",
    ],
    expected: 100,
    note: "within target",
  },
  {
    source: "https://max.book118.com/html/2026/0127/6011241024012053.shtm  物流仓储调度主管物流运输绩效评定表.docx",
    fn: "SCORE",
    args: [0.92, "95%", "按实际准时送达率与目标值的差异比例扣分，准时送达率93%-95%扣3%，90%-93%扣5%，90%以下扣10%", ""],
    expected: 95,
  },
  {
    source: "https://max.book118.com/html/2026/0127/6011241024012053.shtm  物流仓储调度主管物流运输绩效评定表.docx",
    fn: "SCORE",
    args: [0.93, "95%", "按实际准时送达率与目标值的差异比例扣分，准时送达率93%-95%扣3%，90%-93%扣5%，90%以下扣10%", ""],
    expected: 97,
    note: "93% is shared by two bands: the better one",
  },
  {
    source: "https://max.book118.com/html/2026/0127/6011241024012053.shtm  物流仓储调度主管物流运输绩效评定表.docx",
    fn: "SCORE",
    args: [0.035, "低于2%", "按实际投诉率与目标值的差异比例扣分，投诉率2%-3%扣5%，3%-4%扣10%，4%以上扣15%", ""],
    expected: 90,
  },

  // 物流配送经理物流效率与成本控制考核表 (https://www.renrendoc.com/paper/511912303.html)
  {
    source: "https://www.renrendoc.com/paper/511912303.html  物流配送经理物流效率与成本控制考核表",
    fn: "SCORE",
    args: [0.94, "98%", "按实际送达时间与订单要求时间对比，每低1%扣除2%，最高扣除10%", ""],
    expected: 92,
  },
  {
    source: "https://www.renrendoc.com/paper/511912303.html  物流配送经理物流效率与成本控制考核表",
    fn: "SCORE",
    args: [104.5, "100元/单", "按月统计总运输成本除以总配送订单数，每高于目标值1元扣除1%，最高扣除10%", ""],
    expected: 95.5,
  },
  {
    source: "https://www.renrendoc.com/paper/511912303.html  物流配送经理物流效率与成本控制考核表",
    fn: "SCORE",
    args: [8.3, "8L/100km", "按月统计所有配送车辆平均油耗，每高于目标值0.1L扣除1%，最高扣除10%", ""],
    expected: 97,
    note: "unit with a per-100km denominator",
  },
  {
    source: "https://www.renrendoc.com/paper/511912303.html  物流配送经理物流效率与成本控制考核表",
    fn: "SCORE",
    args: [9.5, "8L/100km", "按月统计所有配送车辆平均油耗，每高于目标值0.1L扣除1%，最高扣除10%", ""],
    expected: 90,
    note: "15% off capped at 10%",
  },

  // 保安的年度绩效考核怎么写 (https://55.wendadaohang.com/zd/F48c48Fc4.html)
  {
    source: "https://55.wendadaohang.com/zd/F48c48Fc4.html  谁知道 保安的年度绩效考核怎么写啊",
    fn: "SCORE",
    args: [3, "", "公司物品未办理出门手续放行，公司车辆出入不登记或有出门手续而核查不清的扣2分/次", 10],
    expected: 4,
  },
  {
    source: "https://55.wendadaohang.com/zd/F48c48Fc4.html  谁知道 保安的年度绩效考核怎么写啊",
    fn: "SCORE",
    args: [2, "", "公司财物，办公室失窃，扣5分/次。", 15],
    expected: 5,
    note: "the page's target column says 0%; the actual typed is the number of thefts",
  },
  {
    source: "https://55.wendadaohang.com/zd/F48c48Fc4.html  谁知道 保安的年度绩效考核怎么写啊",
    fn: "SCORE",
    args: [3, "", "违纪扣1分/人次", 5],
    expected: 2,
  },
  {
    source: "https://55.wendadaohang.com/zd/F48c48Fc4.html  谁知道 保安的年度绩效考核怎么写啊",
    fn: "SCORE",
    args: [2, "", "交班时工作交接不清者视其情节扣1~2分/次。", 5],
    expected: { error: "#VALUE!" },
    note: "视其情节 1~2 per time",
  },

  // 保安队长绩效考核表 (http://bbs.chinahrd.net/forum.php?goto=nextnewset&mod=redirect&tid=129166)
  {
    source:
      "http://bbs.chinahrd.net/forum.php?goto=nextnewset&mod=redirect&tid=129166  关于这份保安的绩效考核,希望大家发表高见",
    fn: "SCORE",
    args: [4, "", "人员/车辆进出必须全部办理登记手续，人员凭临时出入证放行，车辆凭放行单放行；每遗漏一次扣1.5分。", 30],
    expected: 24,
  },

  // 行政人事部-绩效考核标准 (https://www.doczj.com/doc/0110140707.html)
  {
    source: "https://www.doczj.com/doc/0110140707.html  行政人事部-绩效考核标准",
    fn: "SCORE",
    args: [
      0.895,
      "",
      "每月招聘计划完成率达到90%及以上得10 分。完成率在80% - 89%得8 分，70% - 79%得6 分，低于70%得0 分。",
      10,
    ],
    expected: 8,
    note: "89.5% read inside 80%-89% (whole-number ranges)",
  },
  {
    source: "https://www.doczj.com/doc/0110140707.html  行政人事部-绩效考核标准",
    fn: "SCORE",
    args: [
      0.9,
      "",
      "每月招聘计划完成率达到90%及以上得10 分。完成率在80% - 89%得8 分，70% - 79%得6 分，低于70%得0 分。",
      10,
    ],
    expected: 10,
  },
  {
    source: "https://www.doczj.com/doc/0110140707.html  行政人事部-绩效考核标准",
    fn: "SCORE",
    args: [
      0.65,
      "",
      "每月招聘计划完成率达到90%及以上得10 分。完成率在80% - 89%得8 分，70% - 79%得6 分，低于70%得0 分。",
      10,
    ],
    expected: 0,
  },
  {
    source: "https://www.doczj.com/doc/0110140707.html  行政人事部-绩效考核标准",
    fn: "SCORE",
    args: [
      0.7,
      "",
      "新员工试用期通过率达到80%及以上得10 分。通过率在70% - 80%得8 分，60% - 70%得6 分，低于60%得0 分。",
      10,
    ],
    expected: 8,
    note: "70% shared by 70-80 and 60-70: the better band",
  },
  {
    source: "https://www.doczj.com/doc/0110140707.html  行政人事部-绩效考核标准",
    fn: "SCORE",
    args: [6, "", "每出现一次延误或错误扣2 分，扣完为止。", 10],
    expected: 0,
  },
  {
    source: "https://www.doczj.com/doc/0110140707.html  行政人事部-绩效考核标准",
    fn: "SCORE",
    args: [
      0.795,
      "",
      "员工对绩效沟通的满意度达到80%及以上得10 分。满意度在70% - 79%得8 分，60% - 69%得6 分，低于60%得0 分。",
      10,
    ],
    expected: 8,
  },
  // 阿里云 数据总线 服务等级协议 (https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html) — table rows joined with “；”
  {
    source:
      "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html  阿里云 数据总线服务等级协议 赔偿方案",
    fn: "CREDIT",
    args: [
      0.995,
      "≥99.9%",
      "99% ≤ 服务可用性 < 99.9% 月度服务费用的20%；95% ≤服务可用性 < 99% 月度服务费用的30%；服务可用性 < 95% 月度服务费用的50%",
    ],
    expected: 0.2,
  },
  {
    source:
      "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html  阿里云 数据总线服务等级协议 赔偿方案",
    fn: "CREDIT",
    args: [
      0.99,
      "≥99.9%",
      "99% ≤ 服务可用性 < 99.9% 月度服务费用的20%；95% ≤服务可用性 < 99% 月度服务费用的30%；服务可用性 < 95% 月度服务费用的50%",
    ],
    expected: 0.2,
    note: "99% ≤ puts the boundary in the 20% row",
  },
  {
    source:
      "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html  阿里云 数据总线服务等级协议 赔偿方案",
    fn: "CREDIT",
    args: [
      0.97,
      "≥99.9%",
      "99% ≤ 服务可用性 < 99.9% 月度服务费用的20%；95% ≤服务可用性 < 99% 月度服务费用的30%；服务可用性 < 95% 月度服务费用的50%",
    ],
    expected: 0.3,
  },
  {
    source:
      "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html  阿里云 数据总线服务等级协议 赔偿方案",
    fn: "CREDIT",
    args: [
      0.9,
      "≥99.9%",
      "99% ≤ 服务可用性 < 99.9% 月度服务费用的20%；95% ≤服务可用性 < 99% 月度服务费用的30%；服务可用性 < 95% 月度服务费用的50%",
    ],
    expected: 0.5,
  },
  {
    source:
      "https://terms.aliyun.com/legal-agreement/terms/suit_bu1_ali_cloud/suit_bu1_ali_cloud202003201210_31803.html  阿里云 数据总线服务等级协议 赔偿方案",
    fn: "CREDIT",
    args: [
      0.9995,
      "≥99.9%",
      "99% ≤ 服务可用性 < 99.9% 月度服务费用的20%；95% ≤服务可用性 < 99% 月度服务费用的30%；服务可用性 < 95% 月度服务费用的50%",
    ],
    expected: 0,
    note: "commitment met",
  },

  // SLA未达标补偿标准 (https://tanggewl.com/30915.html)
  {
    source: "https://tanggewl.com/30915.html  SLA未达标补偿标准到底怎么算",
    fn: "CREDIT",
    args: [
      0.995,
      "99.9%",
      "当月可用性低于99.9%但高于99%：返还5%服务费；低于99%但高于95%：返还10%；低于95%：最高返还25%",
    ],
    expected: 0.05,
  },
  {
    source: "https://tanggewl.com/30915.html  SLA未达标补偿标准到底怎么算",
    fn: "CREDIT",
    args: [
      0.96,
      "99.9%",
      "当月可用性低于99.9%但高于99%：返还5%服务费；低于99%但高于95%：返还10%；低于95%：最高返还25%",
    ],
    expected: 0.1,
  },
  {
    source: "https://tanggewl.com/30915.html  SLA未达标补偿标准到底怎么算",
    fn: "CREDIT",
    args: [0.9, "99.9%", "当月可用性低于99.9%但高于99%：返还5%服务费；低于99%但高于95%：返还10%；低于95%：最高返还25%"],
    expected: 0.25,
    note: "“最高返还25%” read as the 25% tier",
  },

  // ANDOWS 主機托管服務SLA (https://andows.jp/zh-tw/hosting-sla) — 繁體
  {
    source: "https://andows.jp/zh-tw/hosting-sla  ANDOWS 主機托管服務SLA",
    fn: "CREDIT",
    args: [
      0.985,
      "99.9%",
      "月正常運行時間 99.0% 以上 – 低於 99.9%: 20%；月正常運行時間 98.0% 以上 – 低於 99.0%: 40%；月正常運行時間 97.0% 以上 – 低於 98.0%: 60%；月正常運行時間 96.0% 以上 – 低於 97.0%: 80%；月正常運行時間 低於 96.0%: 100%",
    ],
    expected: 0.4,
  },
  {
    source: "https://andows.jp/zh-tw/hosting-sla  ANDOWS 主機托管服務SLA",
    fn: "CREDIT",
    args: [
      0.99,
      "99.9%",
      "月正常運行時間 99.0% 以上 – 低於 99.9%: 20%；月正常運行時間 98.0% 以上 – 低於 99.0%: 40%；月正常運行時間 97.0% 以上 – 低於 98.0%: 60%；月正常運行時間 96.0% 以上 – 低於 97.0%: 80%；月正常運行時間 低於 96.0%: 100%",
    ],
    expected: 0.2,
    note: "99.0% 以上 includes 99.0%",
  },
  {
    source: "https://andows.jp/zh-tw/hosting-sla  ANDOWS 主機托管服務SLA",
    fn: "CREDIT",
    args: [
      0.95,
      "99.9%",
      "月正常運行時間 99.0% 以上 – 低於 99.9%: 20%；月正常運行時間 98.0% 以上 – 低於 99.0%: 40%；月正常運行時間 97.0% 以上 – 低於 98.0%: 60%；月正常運行時間 96.0% 以上 – 低於 97.0%: 80%；月正常運行時間 低於 96.0%: 100%",
    ],
    expected: 1,
    note: "the whole fee",
  },
  {
    source: "https://andows.jp/zh-tw/hosting-sla  ANDOWS 主機托管服務SLA",
    fn: "CREDIT",
    args: [
      0.9992,
      "99.9%",
      "月正常運行時間 99.0% 以上 – 低於 99.9%: 20%；月正常運行時間 98.0% 以上 – 低於 99.0%: 40%；月正常運行時間 97.0% 以上 – 低於 98.0%: 60%；月正常運行時間 96.0% 以上 – 低於 97.0%: 80%；月正常運行時間 低於 96.0%: 100%",
    ],
    expected: 0,
  },

  // 电梯维保单位考核细则 — second fee clause (http://biz.doczj.com/doc/3a2102143.html)
  {
    source: "http://biz.doczj.com/doc/3a2102143.html  电梯维保单位考核细则(1)(1)",
    fn: "CREDIT",
    args: [1, "", "则扣除当月服务费5%-10%，直到扣完为止"],
    expected: { error: "#VALUE!" },
    note: "a 5%-10% range: the client picks the figure",
  },
];
