/**
 * The one word table of the engine: every spelling people write (Chinese and English, after
 * traditional characters and Chinese numerals are turned into simplified ones and digits) and the
 * canonical token it stands for. Standards, rules, fee clauses, grade scales and durations are all
 * read from the canonical text, so a new spelling is one line here and every grammar reads it.
 * The machine matches the longest spelling at each position; order here does not matter.
 * A token of "" drops the spelling (words that carry no meaning for the score). A spelling that
 * starts with "#" only counts right after a number: "5 min" is minutes, "min 60" a lowest score.
 */
type Group = readonly [token: string, spellings: readonly string[]];

const groups: readonly Group[] = [
  // ---- comparators
  [
    "≥",
    [
      "≥", ">=", "大于或等于", "大于等于", "不低于", "不少于", "不小于", "不得低于", "不应低于", "应不低于", "须不低于",
      "至少", "达到", "达到或超过", "达到或高于", "大于或等于目标值", "not below", "does not fall below", "equal to or greater than", "equal to or more than", "等于或高于", "等于或大于", "等于或超过", "no less than", "not less than", "at least", "greater than or equal to", "minimum of",
    ],
  ],
  [
    "≤",
    [
      "≤", "<=", "=<", "小于或等于", "小于等于", "不超过", "不超出", "不高于", "不大于", "不多于", "不得超过", "不应超过",
      "应不超过", "须不超过", "至多", "最多", "no more than", "not more than", "not to exceed", "not exceeding",
      "at most", "less than or equal to", "equal to or less than", "within", "does not exceed", "do not exceed", "shall not exceed", "will not exceed", "not exceed", "not above",
    ],
  ],
  [
    ">",
    [
      ">", "大于", "高于", "超过", "超出", "超", "超时", "多于", "延迟", "延误", "迟", "逾期", "增加", "提高", "提升",
      "上升", "高", "多", "more than", "greater than", "higher than", "above", "over", "exceeds", "exceeding",
      "exceed", "beyond", "late", "later than", "increase", "increases",
    ],
  ],
  [
    "<",
    [
      "<", "小于", "低于", "少于", "不足", "未达到", "未达", "不到", "未满", "低", "少", "减少", "下降", "降低",
      "less than", "lower than", "fewer than", "below", "under", "short of", "short", "decrease", "decreases",
    ],
  ],
  ["以上", ["以上", "及以上", "或以上", "以上(含)", "(含)以上", "or more", "or above", "or higher", "or greater", "and above", "and over", "and up", "and higher"]],
  ["以下", ["以下", "及以下", "或以下", "以下(含)", "(含)以下", "or less", "or below", "or lower", "or fewer", "and below", "and under", "and lower"]],
  ["以内", ["以内", "之内", "以内(含)"]],
  // ---- rules: steps
  ["每", ["每", "每一", "per", "for each", "for every", "each", "every"]],
  ["扣", ["扣", "扣除", "扣减", "扣罚", "罚", "罚款", "减", "减去", "扣掉", "倒扣", "扣分", "标准分扣", "deduct", "deducted", "deduction of", "minus", "subtract", "lose", "loses", "off"]],
  ["加", ["加", "加分", "标准分加", "奖励", "奖", "add", "added", "plus", "bonus", "bonus of", "gain", "award", "earn extra"]],
  ["缺", ["缺", "缺少", "缺失", "遗漏", "漏", "错", "错误", "差错", "missing", "missed", "omitted"]],
  ["发生", ["发生", "出现", "发现", "发觉", "查出", "检查发现", "occurrence", "occurrences", "incident", "incidents", "instance", "instances", "breach", "breaches"]],
  ["标准", ["标准", "标准值", "目标", "目标值", "基准", "基准值", "基数", "基准线", "要求", "约定值", "承诺值", "target", "the target", "standard", "the standard", "threshold", "the threshold", "service level", "the service level"]],
  // ---- rules: points, full marks, verdicts
  ["分", ["分", "points", "point", "pts", "pt", "marks", "mark"]],
  ["得", ["得", "得分", "计", "记", "给", "计分", "为", "scores", "score", "gets", "get", "earns", "earn", "receives", "="]],
  ["得0分", ["不得分", "清零", "分清零", "得分清零", "不予得分", "不计分", "不给分", "得零分", "计零分", "零分", "为零", "no points", "zero points", "no score"]],
  ["满分", ["满分", "满分为", "总分", "标准分", "分值", "基础分", "基本分", "基准分", "full marks", "full mark", "full score", "full", "base score", "base points", "maximum score"]],
  ["达标", ["达标", "等于目标值", "等于标准", "达到目标值", "达到目标", "完成目标", "符合", "符合要求", "符合标准", "达到标准", "达到要求", "met", "if met", "meets", "achieved", "compliant", "target met"]],
  ["其他", ["其他", "其它", "其余", "其他情况", "其它情况", "其余情况", "否则", "不达标", "未达标", "不符合", "不符合要求", "不符合标准", "else", "otherwise", "other", "others", "default", "anything else", "any other", "all other", "not met", "if not met"]],
  // ---- rules: limits
  ["最低", ["最低", "最低得分", "最低分", "最低得", "保底", "minimum", "min", "floor"]],
  ["最高", ["最高", "最高得分", "最高分", "最高得", "封顶", "上限", "maximum", "max", "cap", "capped at", "up to a maximum of", "up to", "maximum of"]],
  ["扣分上限", ["最多扣", "最高扣", "最高扣减", "最多扣减", "最高扣罚", "最多扣罚", "扣分上限", "扣分上限为", "扣分不超过", "累计扣分不超过", "最多扣除", "最高扣除", "扣分最多", "扣分封顶", "扣减总额不超过", "扣罚总额不超过", "扣减上限", "累计扣减不超过", "扣减不超过", "deductions capped at", "maximum deduction", "max deduction", "total deduction not to exceed"]],
  ["加分上限", ["最多加", "最高加", "最高额外加", "最多额外加", "额外加分不超过", "加分上限", "加分不超过", "加分最多", "加分封顶", "最高奖励", "奖励不超过", "bonus capped at", "maximum bonus", "max bonus"]],
  ["扣完为止", ["扣完为止", "最高扣至该维度0分", "扣至该维度0分", "扣至该项0分", "最低扣至该项0分", "直到扣完为止", "直至扣完为止", "最低扣至0分", "最高扣至0分", "扣至0分", "最多扣至0分", "扣到0分", "扣至0分为止", "扣到0分为止", "扣完即止", "扣光为止", "直至扣完", "扣至零分为止", "until zero", "down to zero", "not below zero"]],
  ["不加分", ["不加分", "不另加分", "高于标准不加分", "超出标准不加分", "超过标准不加分", "超出部分不加分", "高于标准不另加分", "no bonus", "no extra points"]],
  ["可为负分", ["可以为负分", "可为负分", "可扣至负分", "得分可为负", "可以为负", "可出现负分", "允许负分", "可以出现负分", "can be negative", "may be negative", "negative scores allowed", "no floor"]],
  // ---- rules: rounding and ratios
  ["向上取整", ["向上取整", "进一", "不足一步按一步计", "or part of it", "or part thereof", "or any part thereof", "or fraction thereof", "or any part", "or part", "rounded up", "round up", "ceiling", "ceil"]],
  ["向下取整", ["向下取整", "去尾", "不足一步不计", "不足部分不扣分", "不足部分不计", "不足部分不扣", "rounded down", "round down", "full steps only", "whole steps only", "partial steps ignored"]],
  ["不足部分按比例", ["不足一步按比例", "不足部分按比例", "不足部分按比例计", "prorated", "prorate"]],
  ["按比例", ["按比例", "按比例计分", "按达成率", "按达成率计分", "按完成率", "按完成率计分", "按完成比例", "按完成比例计分", "按实际完成率计分", "按实际完成比例计分", "按达成比例", "按达成比例计分", "达成率计分", "按实际完成率", "by ratio", "ratio", "proportional", "proportionally", "pro rata", "prorata", "pro-rata", "on a pro rata basis"]],
  ["线性", ["之间线性计分", "之间按线性计分", "之间线性插值", "之间按比例计分", "之间按比例", "线性计分", "线性插值", "按线性插值", "插值计分", "linear in between", "linearly in between", "linear", "linearly", "interpolated", "interpolate"]],
  ["实际", ["实际值", "实际完成值", "实际完成", "实际", "完成值", "actual", "actual value", "the actual"]],
  ["×", ["×", "*", "乘以", "乘", "multiplied by"]],
  ["÷", ["÷", "/", "除以", "divided by"]],
  // ---- fees (SLA.CREDIT)
  ["服务费", ["当月服务费", "月服务费", "服务费", "月费", "月度服务费", "当月费用", "服务费用", "合同款", "当月合同款", "monthly charge", "monthly charges", "monthly fee", "monthly fees", "monthly service fee", "monthly service fees", "monthly service charge", "monthly service charges", "monthly recurring charges", "monthly subscription fee", "monthly subscription fees", "monthly recurring charge", "monthly recurring fee", "mrc", "of mrc", "月度服务费用", "当月服务费用", "维保费", "物业费", "月物业费", "service fee", "service fees", "the charges", "charges", "fees", "the fee", "fee"]],
  // ---- units
  ["秒", ["秒", "秒钟", "#s", "#sec", "#secs", "second", "seconds"]],
  ["分钟", ["分钟", "#min", "#mins", "minute", "minutes"]],
  ["小时", ["小时", "个小时", "工作小时", "个工作小时", "有效工作小时", "钟头", "个钟头", "#h", "#hr", "#hrs", "hour", "hours"]],
  ["天", ["天", "自然日", "个自然日", "#d", "day", "days", "calendar day", "calendar days"]],
  ["工作日", ["工作日", "个工作日", "有效工作日", "个有效工作日", "working day", "working days", "business day", "business days", "workday", "workdays"]],
  ["%", ["%", "percent", "pct", "个百分点", "百分点", "percentage point", "percentage points"]],
  // Counting words count only after a number ("3处", "一项" read as 1项) or after 每: alone they are
  // parts of other words (处理, 项目, 个人, 通过, 条件).
  [
    "次",
    [
      "次", "#项", "#处", "#个", "#件", "#起", "#单", "#通", "#例", "#宗", "#条", "#人次", "#台次", "#笔", "#份", "#台",
      "#户", "#times", "#time", "#items", "#item", "#cases", "#calls", "#tickets", "#complaints", "#complaint",
    ],
  ],
  ["每次", ["每次", "每项", "每处", "每个", "每件", "每起", "每单", "每通", "每例", "每宗", "每条", "每笔", "每份", "每人次", "每台次", "每台", "每人/次", "每人每次"]],
  // ---- words that carry nothing for the score
  ["", ["返还", "赔付", "赔偿", "补偿", "a service credit of", "service credit of", "本项", "该项", "此项", "本指标", "该指标", "该项指标", "本项目", "则", "的", "the", "of", "(含)"]],
];

export const vocabulary: ReadonlyArray<readonly [string, string]> = groups.flatMap(([token, spellings]) =>
  spellings.map((s) => [s.toLowerCase(), token] as const),
);
