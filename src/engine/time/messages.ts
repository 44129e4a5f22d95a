/** Messages of the business-time functions (SLA.DUE, SLA.ELAPSED, SLA.STATUS, SLA.USED): English and 简体中文. */
export const businessTimeMessages = {
  // start and end
  startMissing: { en: "There is no start date-time.", zh: "没有开始时间。" },
  startNotDate: {
    en: 'The start "{value}" is not a date-time. Use a date cell or text like 2024-05-06 09:30.',
    zh: "开始时间“{value}”不是日期时间。请使用日期单元格或 2024-05-06 09:30 这样的文本。",
  },
  endMissing: {
    en: "There is no end date-time yet: the ticket is not finished.",
    zh: "还没有结束时间：工单尚未完成。",
  },
  endNotDate: {
    en: 'The end "{value}" is not a date-time. Use a date cell or text like 2024-05-06 17:30.',
    zh: "结束时间“{value}”不是日期时间。请使用日期单元格或 2024-05-06 17:30 这样的文本。",
  },
  endBeforeStart: {
    en: "The end {end} is before the start {start}.",
    zh: "结束时间 {end} 早于开始时间 {start}。",
  },
  dueAfterLastDate: {
    en: "The due date would fall after 9999-12-31, the last date Excel can show.",
    zh: "截止时间将晚于 Excel 能显示的最后日期 9999-12-31。",
  },
  // duration
  durationMissing: {
    en: "There is no duration. Write hours (2), or text like 2小时, 30分钟, 45min or 3个工作日.",
    zh: "没有时限。请填写小时数（2），或 2小时、30分钟、45min、3个工作日 这样的文本。",
  },
  durationUnreadable: {
    en: 'Cannot read the duration "{value}". Write hours (2), or text like 2小时, 30分钟, 1.5h, 45min, 3个工作日 or 3 working days.',
    zh: "无法识别时限“{value}”。请填写小时数（2），或 2小时、30分钟、1.5h、45min、3个工作日、3 working days 这样的文本。",
  },
  durationNegative: {
    en: "The duration cannot be negative ({value}).",
    zh: "时限不能为负数（{value}）。",
  },
  // calendar
  calendarNotText: {
    en: 'The calendar must be text such as 周一至周五 9:00-18:00 or 7×24, not "{value}".',
    zh: "服务日历应为文本，如 周一至周五 9:00-18:00 或 7×24，而不是“{value}”。",
  },
  calendarUnreadable: {
    en: 'Cannot read "{part}" in the calendar "{text}". Write it like 周一至周五 9:00-18:00, Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-16:00, or 7×24. Holidays go in the holidays argument.',
    zh: "无法识别服务日历“{text}”中的“{part}”。请写成 周一至周五 9:00-18:00、Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-16:00 或 7×24 这样的形式。节假日请填在节假日参数中。",
  },
  calendarBadTime: {
    en: '"{part}" in the calendar "{text}" is not a period between two times of day (0:00 to 24:00).',
    zh: "服务日历“{text}”中的“{part}”不是两个时刻（0:00 至 24:00）之间的时段。",
  },
  calendarEmptyPeriod: {
    en: 'The period "{part}" starts and ends at the same time; for a whole day write 0:00-24:00.',
    zh: "时段“{part}”的开始和结束时间相同；全天请写 0:00-24:00。",
  },
  calendarAmbiguousPeriod: {
    en: 'The period "{part}" would run past midnight. Write the hours with minutes: 9:00-17:00 for a day, or 21:00-05:00 for a night shift.',
    zh: "时段“{part}”会跨过午夜。请写出分钟：白班如 9:00-17:00，夜班如 21:00-05:00。",
  },
  calendarNoDays: {
    en: 'The hours "{part}" in the calendar do not say which days: write e.g. 每天 {part} or 周一至周五 {part}.',
    zh: "服务日历中的时段“{part}”没有写明是哪几天：请写成 每天 {part} 或 周一至周五 {part} 这样的形式。",
  },
  calendarNoHours: {
    en: 'The days "{part}" in the calendar have no hours: write e.g. {part} 9:00-18:00.',
    zh: "服务日历中的“{part}”没有写明时段：请写成 {part} 9:00-18:00 这样的形式。",
  },
  calendarOverlap: {
    en: '"{a}" and "{b}" overlap in the calendar; list each working hour once.',
    zh: "服务日历中的“{a}”与“{b}”时间重叠；每个工作时段只能列一次。",
  },
  overnightClash: {
    en: "On {date} the night shift of the day before runs into that day's own hours (a holiday or make-up day changed them). Adjust the holidays or workdays.",
    zh: "{date} 前一天的夜班与当天的工作时段重叠（节假日或调休改变了当天的时段）。请调整节假日或调休工作日。",
  },
  // holidays and workdays
  holidayNotDate: {
    en: '"{value}" in the holidays is not a date. Use date cells, or the text CN for mainland China\'s holidays.',
    zh: "节假日中的“{value}”不是日期。请使用日期单元格，或填写 CN 表示中国大陆法定节假日。",
  },
  workdayNotDate: {
    en: '"{value}" in the make-up working days is not a date. Use date cells.',
    zh: "调休工作日中的“{value}”不是日期。请使用日期单元格。",
  },
  workdaysCn: {
    en: "CN belongs in the holidays argument: it brings China's holidays and make-up working days together.",
    zh: "CN 应填在节假日参数中：它同时包含中国的法定节假日和调休工作日。",
  },
  holidayAndWorkday: {
    en: "{date} is listed both as a holiday and as a make-up working day.",
    zh: "{date} 同时被列为节假日和调休工作日。",
  },
  cnYearNotCovered: {
    en: "The China holiday table (CN) covers {covered}, and {year} is not in it. Beside CN in the holidays range, list {year}'s holidays as dates (and its make-up working days in the workdays range): a year with at least one holiday listed counts as covered.",
    zh: "中国节假日表（CN）覆盖 {covered} 年，不包含 {year} 年。请在节假日区域中 CN 的旁边列出 {year} 年的节假日日期（调休上班日填在调休工作日区域中）：列出至少一个节假日的年份即视为已覆盖。",
  },
  // pauses
  pausesColumns: {
    en: "The pauses must be a range of two columns, from and to, one row per time on hold; this one has {columns} column(s).",
    zh: "暂停时段应为两列区域（开始、结束），每行一次挂起；此区域有 {columns} 列。",
  },
  pauseNotDate: {
    en: 'Row {row} of the pauses: "{value}" is not a date-time. Use date cells or text like 2024-05-06 09:30.',
    zh: "暂停时段第 {row} 行：“{value}”不是日期时间。请使用日期单元格或 2024-05-06 09:30 这样的文本。",
  },
  pauseFromMissing: {
    en: "Row {row} of the pauses has an end but no start.",
    zh: "暂停时段第 {row} 行有结束时间但没有开始时间。",
  },
  pauseBackwards: {
    en: "Row {row} of the pauses ends ({to}) before it starts ({from}).",
    zh: "暂停时段第 {row} 行的结束时间（{to}）早于开始时间（{from}）。",
  },
  dueOnHold: {
    en: "The ticket is on hold since {since} (a pause with no end yet), so it has no due time until it resumes.",
    zh: "工单自 {since} 起挂起（暂停时段尚无结束时间），恢复处理前没有截止时间。",
  },
  // status and share used
  asOfNotDate: {
    en: 'The as_of "{value}" is not a date-time. Use a date cell, NOW(), or text like 2024-05-06 17:30.',
    zh: "统计时点“{value}”不是日期时间。请使用日期单元格、NOW() 或 2024-05-06 17:30 这样的文本。",
  },
  asOfMissing: {
    en: "The ticket is still open (no end), so an as_of date-time is needed to measure it: pass NOW() or the report's date.",
    zh: "工单尚未结束（没有结束时间），需要统计时点才能计算：请填 NOW() 或报表的日期时间。",
  },
  asOfBeforeStart: {
    en: "The as_of {asOf} is before the start {start}.",
    zh: "统计时点 {asOf} 早于开始时间 {start}。",
  },
  usedZeroLimit: {
    en: "A limit of 0 has no share to use.",
    zh: "时限为 0，无法计算已用比例。",
  },
  warningUnreadable: {
    en: 'The warning level "{value}" is not a percentage. Write it like 80% or 0.8.',
    zh: "预警比例“{value}”不是百分比。请写成 80% 或 0.8 这样的形式。",
  },
  warningAsWhole: {
    en: "The warning level is a share of the limit: type {value}% (or {fraction}) instead of {value}.",
    zh: "预警比例是时限的百分比：请输入 {value}%（或 {fraction}），而不是 {value}。",
  },
  warningRange: {
    en: "The warning level must be above 0% and at most 100%, not {value}.",
    zh: "预警比例必须大于 0% 且不超过 100%，而不是 {value}。",
  },
  // SLA.STATUS results (not errors: the texts a cell shows)
  statusMet: { en: "Met", zh: "达标" },
  statusBreached: { en: "Breached", zh: "超时" },
  statusAtRisk: { en: "At risk", zh: "预警" },
  statusOpen: { en: "Open", zh: "处理中" },
  statusPaused: { en: "Paused", zh: "挂起" },
} as const;

export const timeMessages = businessTimeMessages;
