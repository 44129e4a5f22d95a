/**
 * Each template's formulas evaluated by a real formula engine (HyperFormula, with the SLA functions
 * calling src/engine) on its example rows, against values worked out by hand from the seeds.
 * Where a seed gives no actual values, the templates' examples complete them (the arithmetic is in
 * each template's comment, and again here). Every calculated column and cell of every template is
 * read in both languages (the last test checks it), and the conditional formats are evaluated too:
 * on an empty sheet none of them fires.
 */
import { planInsertion, type Plan } from "../../src/excel";
import {
  getTemplate,
  isParameterCell,
  isTable,
  TEMPLATES,
  type ExampleRow,
  type Lang,
  type Template,
} from "../../src/templates";
import { evaluatePlan, hasFunction, hyperformula, KNOWN_FUNCTIONS, type Evaluated, type Shown } from "./hyperformula";

const EMPTY = { sheetNames: [], tableNames: [], names: [] };

type Names = readonly { name: string; formula: string }[];

interface Options {
  /** Write the example rows (the default), or the empty rows a sheet starts with. */
  readonly examples?: boolean;
  /** What the user typed for labelled input cells, by key. */
  readonly values?: Readonly<Record<string, string | number>>;
  /** Defined names the workbook already has (the plan keeps them), e.g. an agreement without a fee clause. */
  readonly names?: Names;
}

/** Template id → language → the calculated columns and cells read by some test. */
const read = new Map<string, Record<Lang, Set<string>>>();

function recorded(tp: Template, lang: Lang, sheet: Evaluated): Evaluated {
  if (!read.has(tp.id)) read.set(tp.id, { zh: new Set(), en: new Set() });
  const keys = read.get(tp.id)![lang];
  return {
    cell: (key) => (keys.add(key), sheet.cell(key)),
    column: (key) => (keys.add(key), sheet.column(key)),
    formula: sheet.formula,
  };
}

function planned(tp: Template, lang: Lang, options: Options = {}): { plan: Plan; sheet: Evaluated } {
  const names = options.names ?? [];
  const plan = planInsertion(
    tp,
    lang,
    { examples: options.examples ?? true, values: options.values, formulaStyle: "a1" },
    { ...EMPTY, names: names.map((n) => ({ ...n, visible: true })) },
  );
  return { plan, sheet: recorded(tp, lang, evaluatePlan(plan, names)) };
}

const evaluate = (tp: Template, lang: Lang, names: Names = []) => planned(tp, lang, { names }).sheet;

/** "$K5" → "$K7" for shift 2: the relative rows of a conditional format's formula, as Excel moves it down its range. */
const shiftRows = (formula: string, shift: number) =>
  formula.replace(/(\$[A-Z]+)(\d+)(?![\d(])/g, (_, col: string, row: string) => `${col}${Number(row) + shift}`);

/**
 * Whether each conditional format colours each cell of its range, by its note (in English), in
 * the template's order: one boolean per row of a column's range, one for a labelled cell.
 */
function formatsOf(tp: Template, lang: Lang, options: Options = {}): Record<string, boolean[]>[] {
  const { plan, sheet } = planned(tp, lang, options);
  const steps = plan.steps.filter((s) => s.kind === "conditionalFormat");
  expect(steps.length).toBe(tp.conditionalFormats.length);
  return steps.map((step, i) => {
    const [from, to = from] = step.address.split(":").map((a) => Number(/\d+$/.exec(a)![0]));
    const holds = Array.from({ length: to - from + 1 }, (_, r) => {
      const v = sheet.formula(shiftRows(step.formula, r));
      if (typeof v !== "boolean") throw new Error(`${step.formula} (row +${r}) gave ${JSON.stringify(v)}`);
      return v;
    });
    return { [tp.conditionalFormats[i].note.en]: holds };
  });
}

/** Every conditional format of the sheet, on every cell: none fires. */
const noneFires = (formats: Record<string, boolean[]>[]) =>
  expect(formats).toEqual(
    formats.map((f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v.map(() => false)]))),
  );

/** The words of a yes/no cell in the language. */
const YES = { zh: "是", en: "Yes" } as const;
const NO = { zh: "否", en: "No" } as const;

/** The template with its example rows replaced (rows(old) → new), for tables of the given base name. */
function withRows(tp: Template, tableName: string, rows: (old: readonly ExampleRow[]) => ExampleRow[]): Template {
  return {
    ...tp,
    blocks: tp.blocks.map((b) => (isTable(b) && b.tableName === tableName ? { ...b, examples: rows(b.examples) } : b)),
  };
}

/** An example row without some of its values. */
const without = (row: ExampleRow, ...keys: string[]): ExampleRow =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

/** Numbers to 9 decimals (date-times and rates are binary fractions), everything else exactly. */
function expectShown(actual: Shown[] | Shown, expected: unknown[] | unknown): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length).toBe(expected.length);
    expected.forEach((e, i) => expectShown((actual as Shown[])[i], e));
  } else if (typeof expected === "number") {
    expect(actual).toBeCloseTo(expected, 9);
  } else {
    expect(actual).toEqual(expected);
  }
}

/** 2024-05-01 is a Wednesday, serial 45413; hours as fractions of a day. */
const MAY = (day: number, hour: number, minute = 0) => 45412 + day + (hour + minute / 60) / 24;

// hyperformula.ts tolerates a missing HyperFormula or engine export (null, or the function left out
// of the plugin); here either is a failure, never a skip: HyperFormula is a devDependency and every
// SLA function is exported by src/engine, so a missing one is a broken install or a renamed export.
test("HyperFormula is installed and src/engine exports every SLA function", () => {
  if (!hyperformula)
    throw new Error("hyperformula is not installed: run npm ci (a devDependency, GPL-3.0, tests only)");
  const missing = KNOWN_FUNCTIONS.filter((id) => !hasFunction(id));
  if (missing.length > 0)
    throw new Error(`src/engine does not export SLA.${missing.join(", SLA.")} (see hyperformula.ts)`);
});

describe("formulas evaluated by HyperFormula with the SLA engine", () => {
  test.each([
    ["zh", "优秀", "合格", "不合格", "低于80分时每低1分扣服务费的1%（不足一步按比例）；最多扣服务费的10%"],
    [
      "en",
      "Excellent",
      "Pass",
      "Fail",
      "below 80 points, 1% of the fee off per 1 points below (part steps in proportion); at most 10% of the fee",
    ],
  ] as const)("agreement info, %s: the other sheets' formulas read its cells through the names", (lang, ...words) => {
    const [top, pass, fail, reading] = words;
    const sheet = evaluate(getTemplate("agreement"), lang);
    expectShown(sheet.formula("=SLA_MonthlyFee*SLA_PenaltyRate"), 5000); // 100000 × 5%
    expectShown(sheet.formula("=SLA.GRADE(94.8,SLA_GradeScale)"), top);
    expectShown(sheet.formula("=SLA.GRADE(85,SLA_GradeScale)"), pass);
    expectShown(sheet.formula("=SLA.GRADE(79.9,SLA_GradeScale)"), fail);
    expectShown(sheet.formula("=SLA_PenaltyThreshold*SLA_PenaltyMonths"), 240);
    // The example fee clause, read against the penalty line: 78 is 2 points below 80 → 2% of 100,000.
    expectShown(sheet.formula("=SLA.CREDIT(78,SLA_PenaltyThreshold,SLA_FeeClause)*SLA_MonthlyFee"), 2000);
    expectShown(sheet.cell("feeClauseReading"), reading);
  });

  describe.each([
    [
      "zh",
      [
        "满分5分；≤1小时得5分；(1小时, 1.5小时]得4分；(1.5小时, 2小时]得3分；(2小时, 3小时]得2分；>3小时得1分",
        "满分10分；<85%得0分；[85%, 90%)得6分；[90%, 95%)得8分；≥95%得10分",
        "满分100分；低于90%时每低1%扣5分（不足一步按比例）",
        "满分100分；低于85%时每低1%扣3分（不足一步按比例）",
        "",
        "满分100分；低于95%时每低1%扣2分（不足一步按比例）",
      ],
    ],
    [
      "en",
      [
        "full marks 5; ≤1 h: 5 points; (1 h, 1.5 h]: 4 points; (1.5 h, 2 h]: 3 points; (2 h, 3 h]: 2 points; >3 h: 1 point",
        "full marks 10; <85%: 0 points; [85%, 90%): 6 points; [90%, 95%): 8 points; ≥95%: 10 points",
        "full marks 100; below 90%, 5 points off per 1% below (part steps in proportion)",
        "full marks 100; below 85%, 3 points off per 1% below (part steps in proportion)",
        "",
        "full marks 100; below 95%, 2 points off per 1% below (part steps in proportion)",
      ],
    ],
  ] as const)("service standards, %s: every rule read back in one sentence (SLA.RULE)", (lang, readings) => {
    test("the example indicators' rules, against their targets; no rule, no reading", () => {
      expectShown(evaluate(getTemplate("standards"), lang).column("ruleReading"), [...readings]);
    });
  });

  test("service standards: the seeds' rules as SLA.RULE reads them say what the seeds mean", () => {
    const seedRules: ExampleRow[] = [
      // 000 表3, 客户满意度 ≥90%: 100 when met, 5 off for each 1% short; 88% → 90 (000 表3's first row).
      { target: "≥90%", rule: "达标100分，每低于1%扣5分" },
      // 000 表3, 问题首次解决率 ≥85%, and 响应时效达标率 ≥95%.
      { target: "≥85%", rule: "达标100分，每低于1%扣3分" },
      { target: "≥95%", rule: "达标100分，每低于1%扣2分" },
      // 001 模板2, 首次响应时间 ≤30秒 (phone), out of 10: the note (电话) is dropped, 扣完为止 kept.
      { target: "≤30秒", rule: "≤30秒(电话)得10分，每超10秒扣1分，扣完为止", fullMarks: 10 },
      // 001 模板2, 问题一次性解决率, out of 10: the seed's whole-number bands, 94.5% in 90%-94%'s band.
      { target: "≥95%", rule: "≥95%得10分，90%-94%得8分，85%-89%得6分，<85%得0分", fullMarks: 10 },
      // 003 表2, 首次响应时长, out of 5.
      { target: "≤1.5小时", rule: "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1", fullMarks: 5 },
      // A per-step rule needs a standard to step from: the reading says so instead of guessing.
      { rule: "每低于1%扣5分" },
    ];
    const sheet = evaluate(
      withRows(getTemplate("standards"), "SLA_Indicators", () => seedRules),
      "zh",
    );
    const readings = sheet.column("ruleReading");
    expectShown(readings.slice(0, 6), [
      "满分100分；低于90%时每低1%扣5分（不足一步按比例）",
      "满分100分；低于85%时每低1%扣3分（不足一步按比例）",
      "满分100分；低于95%时每低1%扣2分（不足一步按比例）",
      "满分10分；超过30秒时每超10秒扣1分（不足一步按比例）；扣完为止",
      // [90%, 95%): 94.5% is in the 8-point band, as the seed's 90%-94% means (no gap to 0 points).
      "满分10分；<85%得0分；[85%, 90%)得6分；[90%, 95%)得8分；≥95%得10分",
      "满分5分；≤1小时得5分；(1小时, 1.5小时]得4分；(1.5小时, 2小时]得3分；(2小时, 3小时]得2分；>3小时得1分",
    ]);
    expect(readings[6]).toMatchObject({ error: "#N/A" });
    // The readings agree with SLA.SCORE on the values at the edges.
    const score = (actual: string, row: number) =>
      sheet.formula(
        `=SLA.SCORE(${actual},"${seedRules[row].target}","${seedRules[row].rule}",${seedRules[row].fullMarks ?? 100})`,
      );
    expectShown(score("0.88", 0), 90); // 2% × 5 = 10 off
    expectShown(score("35", 3), 9.5); // 5 s over: half a step of 10 s → 0.5 off
    expectShown(score("200", 3), 0); // 17 steps would be −7: 扣完为止
    expectShown(
      ["0.95", "0.945", "0.9", "0.895", "0.85", "0.849"].map((a) => score(a, 4)),
      [10, 8, 8, 6, 6, 0],
    );
    expectShown(
      ["1", "1.2", "1.5", "2", "3", "3.1"].map((a) => score(a, 5)),
      [5, 4, 4, 3, 2, 1],
    );
  });

  describe.each([
    ["zh", ["2小时", "24小时", "72小时", "15分钟"]],
    ["en", ["2 hours", "24 hours", "72 hours", "15 minutes"]],
  ] as const)("service standards, %s: weights and limits", (lang, limits) => {
    const tp = getTemplate("standards");

    test("003's weights add up to 100%, the limits are 2/24/72 hours and 15 minutes", () => {
      const sheet = evaluate(tp, lang);
      expectShown(sheet.cell("weightSum"), 1); // 25 + 15 + 10 + 20 + 20 + 10
      expectShown(
        ["limitP1", "limitP2", "limitP3", "responseP1", "responseP2", "responseP3"].map((k) => sheet.cell(k)),
        [...limits, limits[3], limits[3]],
      );
      noneFires(formatsOf(tp, lang));
    });

    test("an empty sheet: no total weight yet, and no red 0%", () => {
      const { sheet } = planned(tp, lang, { examples: false });
      expectShown(sheet.cell("weightSum"), "");
      expectShown(sheet.column("ruleReading"), ["", "", ""]);
      noneFires(formatsOf(tp, lang, { examples: false }));
    });

    test("weights that add up to 90%: red", () => {
      // The last indicator's 10% left out: 25 + 15 + 10 + 20 + 20 = 90%.
      const short = withRows(tp, "SLA_Indicators", (old) => old.map((r, i) => (i === 5 ? { ...r, weight: 0 } : r)));
      expectShown(planned(short, lang).sheet.cell("weightSum"), 0.9);
      expect(formatsOf(short, lang)).toEqual([{ "Weights do not add up to 100%": [true] }]);
    });
  });

  describe.each(["zh", "en"] as const)("ticket log (001 模板1), %s", (lang) => {
    const tp = getTemplate("tickets");
    const W = {
      zh: { met: "达标", breached: "超时", atRisk: "预警", open: "处理中", paused: "挂起" },
      en: { met: "Met", breached: "Breached", atRisk: "At risk", open: "Open", paused: "Paused" },
    }[lang];
    const [Y, N] = [YES[lang], NO[lang]];

    // Worked by hand in src/templates/tickets.ts: Mon-Fri 9:00-18:00, as of Tue 14 May 2024 16:00.
    test("first response: due times, hours, met and status of the seven examples", () => {
      const sheet = evaluate(tp, lang);
      expectShown(sheet.column("clockTicket"), ["T-001", "T-002", "T-003", "T-004", "T-005", "T-006", "T-007"]);
      // Logged + 15 min: 10:45, 11:30, 09:15, 14:15, 10:15, 09:15; T-007 15:50 → 16:05.
      expectShown(sheet.column("responseDue"), [
        MAY(1, 10, 45),
        MAY(1, 11, 30),
        MAY(13, 9, 15),
        MAY(10, 14, 15),
        MAY(13, 10, 15),
        MAY(14, 9, 15),
        MAY(14, 16, 5),
      ]);
      // 10, 30, 10, 5, 5, 30 minutes; T-007 unanswered: 10 minutes so far.
      expectShown(sheet.column("responseHours"), [1 / 6, 0.5, 1 / 6, 1 / 12, 1 / 12, 0.5, 1 / 6]);
      expectShown(sheet.column("responseMet"), [Y, N, Y, Y, Y, N, ""]);
      expectShown(sheet.column("responseStatus"), [W.met, W.breached, W.met, W.met, W.met, W.breached, W.open]);
    });

    test("resolution: every status (met, breached, open, at risk, paused), pauses left out", () => {
      const sheet = evaluate(tp, lang);
      expectShown(sheet.column("resolutionDue"), [
        MAY(1, 12, 30), // 10:30 + 2 h
        MAY(13, 11, 15), // 72 h of 9-hour days from Wed 1 May 11:15
        MAY(15, 16), // 24 h from Mon 13 09:00 (Mon 9, Tue 9 less the 1 h pause, Wed 7) → Wed 16:00
        MAY(15, 11), // 24 h from Fri 10 14:00: Fri 4, Mon 9, Tue 9, Wed 2 → 11:00
        "", // on hold since Mon 13 14:00, not resumed: no due time
        MAY(14, 11), // 09:00 + 2 h
        // 72 h from Tue 14 15:50: Tue 2 h 10 min, Wed–Fri 27 h (29 h 10 min), Mon 20–Thu 23 36 h
        // (65 h 10 min), Fri 24 9:00 + 6 h 50 min → 15:50.
        MAY(24, 15, 50),
      ]);
      // T-003: Mon 9 + Tue (9:00–16:00 less the pause 9:00–10:00) 6 = 15 h; T-004: Fri 4 + Mon 9 + Tue 7 = 20 h;
      // T-005: Mon 10:00–14:00 = 4 h, then on hold; T-006: Tue 9:00–16:00 = 7 h; T-007: 10 minutes.
      expectShown(sheet.column("resolutionHours"), [1.5, 78.75, 15, 20, 4, 7, 1 / 6]);
      expectShown(sheet.column("resolutionMet"), [Y, N, "", "", "", N, ""]);
      expectShown(sheet.column("resolutionStatus"), [
        W.met,
        W.breached,
        W.open,
        W.atRisk,
        W.paused,
        W.breached,
        W.open,
      ]);
      // Hours ÷ limit: 1.5/2, 78.75/72, 15/24, 20/24, 4/24, 7/2, (1/6)/72.
      expectShown(sheet.column("used"), [0.75, 78.75 / 72, 15 / 24, 20 / 24, 4 / 24, 3.5, 1 / 6 / 72]);
      expect(formatsOf(tp, lang)).toEqual([
        { "Resolution late (or open past its due time)": [false, true, false, false, false, true, false] },
        { "Open, past the at-risk level of its limit": [false, false, false, true, false, false, false] },
        { "First response late": [false, true, false, false, false, true, false] },
      ]);
    });

    test("beside the table, the limits, hours and at-risk level the clocks follow (the names' defaults)", () => {
      const sheet = evaluate(tp, lang);
      const keys = [
        "responseP1",
        "responseP2",
        "responseP3",
        "limitP1",
        "limitP2",
        "limitP3",
        "warningLevel",
        "calendar",
      ];
      const limits =
        lang === "zh" ? ["15分钟", "2小时", "24小时", "72小时"] : ["15 minutes", "2 hours", "24 hours", "72 hours"];
      const calendar = lang === "zh" ? "周一至周五 9:00-18:00" : "Mon-Fri 09:00-18:00";
      expectShown(
        keys.map((k) => sheet.cell(`shown_${k}`)),
        [limits[0], limits[0], limits[0], limits[1], limits[2], limits[3], 0.8, calendar],
      );
      // The holidays table starts with the agreement's setting: none by default.
      expectShown(sheet.column("dayDate"), [""]);
    });

    test("an agreement with its own limits and CN holidays: the clocks follow it", () => {
      const sheet = evaluate(tp, lang, [
        { name: "SLA_LimitP1", formula: '="4小时"' },
        { name: "SLA_Holidays", formula: '="CN"' },
      ]);
      expectShown([sheet.cell("shown_limitP1"), sheet.column("dayDate")[0]], ["4小时", "CN"]);
      // 1 May 2024 is Labour Day (1–5 May off; Sat 11 May a make-up working day): the P1 ticket logged on
      // it counts from Mon 6 May 9:00, + 4 h → 13:00.
      expectShown(sheet.column("resolutionDue")[0], MAY(6, 13));
    });

    /** The ticket log with more rows in its holidays table, after the agreement's setting. */
    const withDays = (base: Template, days: ExampleRow[]): Template => ({
      ...base,
      blocks: base.blocks.map((b) =>
        isTable(b) && b.tableName === "SLA_Days" ? { ...b, rows: [...b.rows!, ...days] } : b,
      ),
    });
    const [dayOff, workingDay] = lang === "zh" ? ["休息日", "调休上班"] : ["Day off", "Working day"];

    test("the workbook's own days: a company day off and a make-up working day move the due times", () => {
      const sheet = evaluate(
        withDays(tp, [
          { dayDate: "2024-05-14", dayKind: dayOff, dayNote: "company day" },
          { dayDate: "2024-05-11", dayKind: workingDay, dayNote: "Saturday worked" },
        ]),
        lang,
      );
      // T-004 (P2, 24 h from Fri 10 May 14:00): Fri 4 h, Sat 11 (worked) 9 h, Mon 13 9 h, Tue 14 off,
      // Wed 15 2 h → 11:00. T-006 (P1, logged Tue 14 09:00, a day off): from Wed 15 09:00 + 2 h → 11:00.
      expectShown([sheet.column("resolutionDue")[3], sheet.column("resolutionDue")[5]], [MAY(15, 11), MAY(15, 11)]);
      // As of Tue 14 16:00, T-006 has used none of its time: open, not breached; T-004 used Fri 4 + Sat 9 + Mon 9 = 22 h.
      expectShown(sheet.column("resolutionHours")[5], 0);
      expectShown(sheet.column("resolutionStatus")[5], W.open);
      expectShown(sheet.column("resolutionHours")[3], 22);
    });

    test("CN beyond the bundled years: #N/A saying so, until the year's official days are added", () => {
      const in2027 = withRows(tp, "SLA_Tickets", (old) =>
        old.map((row, i) =>
          i === 0
            ? { ...row, recorded: "2027-01-05 10:30", firstResponse: "2027-01-05 10:40", resolved: "2027-01-05 12:00" }
            : row,
        ),
      );
      const names = [{ name: "SLA_Holidays", formula: '="CN"' }];
      const uncovered = evaluate(in2027, lang, names).column("resolutionDue")[0];
      // The due column shows #N/A as empty (it also means "on hold"); the status says why.
      expectShown(uncovered, "");
      const status = evaluate(in2027, lang, names).column("resolutionStatus")[0];
      expect(status).toEqual({ error: "#N/A", message: expect.stringContaining("2027") });
      // 2027's arrangement typed in (New Year's Day off): the year counts as covered; Tue 5 Jan + 2 h → 12:30.
      const covered = evaluate(withDays(in2027, [{ dayDate: "2027-01-01", dayKind: dayOff }]), lang, names);
      expectShown(covered.column("resolutionDue")[0], 46392 + 12.5 / 24);
      expectShown(covered.column("resolutionStatus")[0], W.met);
    });

    test("resolved exactly at the due time: met, to the second", () => {
      const sheet = evaluate(
        withRows(tp, "SLA_Tickets", (old) =>
          old.map((row, i) => (i === 0 ? { ...row, resolved: "2024-05-01 12:30" } : row)),
        ),
        lang,
      );
      expectShown(sheet.column("resolutionMet")[0], Y);
      expectShown(sheet.column("resolutionStatus")[0], W.met);
      expectShown(sheet.column("resolutionHours")[0], 2);
    });

    test("an empty log: nothing calculated, nothing coloured", () => {
      const { sheet } = planned(tp, lang, { examples: false });
      for (const key of ["responseDue", "responseMet", "responseStatus", "resolutionDue", "resolutionHours", "used"])
        expectShown(sheet.column(key), Array(5).fill(""));
      noneFires(formatsOf(tp, lang, { examples: false }));
    });
  });

  describe.each(["zh", "en"] as const)("agent performance (001 模板2), %s", (lang) => {
    const tp = getTemplate("agents");

    test("the examples: 9, 8, 8, 8 → 8.15 out of 10", () => {
      // 40 s on the phone: 10 s over 30 s → 9; 92% falls in 90%-94% → 8; 1 step missed → 10 − 2 = 8;
      // 88% is 2% below 90% → 10 − 2 = 8. Total 9 × 15% + 8 × 25% + 8 × 20% + 8 × 40% = 8.15.
      const sheet = evaluate(tp, lang);
      expectShown(sheet.column("score"), [9, 8, 8, 8]);
      expectShown(sheet.cell("total"), 8.15);
      expectShown(sheet.cell("weightSum"), 1); // 15 + 25 + 20 + 40
      noneFires(formatsOf(tp, lang));
    });

    test("other actuals: 65 s, 84%, none missed, 95% → 6.5, 0, 10, 10 → 6.975", () => {
      // 65 s: 35 s over, 3.5 steps of 10 s (part steps in proportion) → 10 − 3.5 = 6.5; 84% < 85% → 0;
      // 0 missed → 10; 95% ≥ 90% → 10. Total 6.5 × 15% + 0 + 10 × 20% + 10 × 40% = 0.975 + 2 + 4 = 6.975.
      const actuals = [65, 0.84, 0, 0.95];
      const sheet = evaluate(
        withRows(tp, "SLA_AgentScores", (old) => old.map((row, i) => ({ ...row, actual: actuals[i] }))),
        lang,
      );
      expectShown(sheet.column("score"), [6.5, 0, 10, 10]);
      expectShown(sheet.cell("total"), 6.975);
    });

    test("an empty sheet: no score, no total weight, no red 0%", () => {
      const { sheet } = planned(tp, lang, { examples: false });
      expectShown(sheet.column("score"), ["", "", "", ""]);
      expectShown([sheet.cell("total"), sheet.cell("weightSum")], ["", ""]);
      noneFires(formatsOf(tp, lang, { examples: false }));
    });

    test("weights that add up to 80%: red", () => {
      const short = withRows(tp, "SLA_AgentScores", (old) => old.map((r, i) => (i === 1 ? { ...r, weight: 0.05 } : r)));
      // 15 + 5 + 20 + 40 = 80%
      expectShown(planned(short, lang).sheet.cell("weightSum"), 0.8);
      expect(formatsOf(short, lang)).toEqual([{ "Weights do not add up to 100%": [true] }]);
    });
  });

  describe.each([
    ["zh", "≤1小时:5; 1-1.5小时:4; 1.5-2小时:3; 2-3小时:2; >3小时:1"],
    ["en", "<=1 h:5; 1-1.5 h:4; 1.5-2 h:3; 2-3 h:2; >3 h:1"],
  ] as const)("after-sales rubric (003 表2), %s", (lang, rule) => {
    const tp = getTemplate("aftersales");

    test("the bands write the rule; 1.2 hours scores 4", () => {
      const sheet = evaluate(tp, lang);
      expectShown(sheet.cell("rule"), rule);
      // 1.2 h: over 1 h, within 1.5 h → the 1-1.5 h band, 4 points.
      expectShown(sheet.cell("trialScore"), 4);
    });

    test.each([
      [1, 5], // ≤1 h
      [2, 3], // the 1.5-2 h band includes 2
      [2.5, 2],
      [3.5, 1], // > 3 h
    ])("a trial of %s hours scores %s", (hours, points) => {
      expectShown(planned(tp, lang, { values: { trial: hours } }).sheet.cell("trialScore"), points);
    });

    test("an empty rubric: no rule, no trial score", () => {
      const { sheet } = planned(tp, lang, { examples: false });
      expectShown([sheet.cell("rule"), sheet.cell("trialScore")], ["", ""]);
    });
  });

  describe.each(["zh", "en"] as const)("satisfaction scoring (004), %s", (lang) => {
    const tp = getTemplate("satisfaction");

    test("the examples: averages to one decimal, dimension rates, weighted total 4.2075", () => {
      const sheet = evaluate(tp, lang);
      // 5 4 5 4 → 4.5; 4 4 3 4 → 3.75 → 3.8; 5 5 5 4 → 4.75 → 4.8; 3 4 4 3 → 3.5;
      // 4 5 4 4 → 4.25 → 4.3; 5 5 4 5 → 4.75 → 4.8; 5 4 4 5 → 4.5; 3 3 4 3 → 3.25 → 3.3.
      expectShown(sheet.column("average"), [4.5, 3.8, 4.8, 3.5, 4.3, 4.8, 4.5, 3.3]);
      // Each dimension's weight shared by its two indicators: 25%, 20%, 30%, 25% halved.
      expectShown(sheet.column("indicatorWeight"), [0.125, 0.125, 0.1, 0.1, 0.15, 0.15, 0.125, 0.125]);
      // Attitude (4.5 + 3.8) / 2 = 4.15 → 83%; responsiveness (4.8 + 3.5) / 2 = 4.15 → 83%;
      // expertise (4.3 + 4.8) / 2 = 4.55 → 91%; experience (4.5 + 3.3) / 2 = 3.9 → 78%.
      expectShown(sheet.column("rate"), [0.83, 0.83, 0.83, 0.83, 0.91, 0.91, 0.78, 0.78]);
      // 4.15 × 25% + 4.15 × 20% + 4.55 × 30% + 3.9 × 25% = 1.0375 + 0.83 + 1.365 + 0.975
      expectShown(sheet.cell("total"), 4.2075);
      expectShown(sheet.cell("totalRate"), 0.8415); // 4.2075 / 5
      // Experience, 78% < 80%: its two rows amber.
      expect(formatsOf(tp, lang)).toEqual([
        { "Dimension score rate below 80%: a weak spot": [false, false, false, false, false, false, true, true] },
      ]);
    });

    test("one evaluator's ratings only, one indicator unrated: averages of what is there, no total yet", () => {
      // Evaluator 1 alone: the averages are his ratings; 后续关怀与闭环 unrated.
      const one = withRows(tp, "SLA_Satisfaction", (old) =>
        old.map((row, i) => without(row, "evaluator2", "evaluator3", "evaluator4", ...(i === 7 ? ["evaluator1"] : []))),
      );
      const sheet = evaluate(one, lang);
      expectShown(sheet.column("average"), [5, 4, 5, 3, 4, 5, 5, ""]);
      // Experience: 5 alone (the unrated row neither summed nor counted) → 100%.
      expectShown(sheet.column("rate"), [0.9, 0.9, 0.8, 0.8, 0.9, 0.9, 1, 1]);
      // SLA.WEIGHTED totals weighted indicators only when each has its score: #N/A until the last is rated,
      // rather than a total over 87.5% of the weight.
      expect(sheet.cell("total")).toMatchObject({ error: "#N/A" });
    });

    test("no ratings yet: nothing to show, no errors, nothing coloured", () => {
      const unrated = withRows(tp, "SLA_Satisfaction", (old) =>
        old.map((row) => without(row, "evaluator1", "evaluator2", "evaluator3", "evaluator4")),
      );
      const sheet = evaluate(unrated, lang);
      expectShown(sheet.column("average"), Array(8).fill(""));
      expectShown(sheet.column("rate"), Array(8).fill(""));
      expectShown([sheet.cell("total"), sheet.cell("totalRate")], ["", ""]);
      noneFires(formatsOf(unrated, lang));
    });

    test("an empty sheet: nothing calculated, nothing coloured", () => {
      const { sheet } = planned(tp, lang, { examples: false });
      for (const key of ["average", "indicatorWeight", "rate"]) expectShown(sheet.column(key), Array(4).fill(""));
      noneFires(formatsOf(tp, lang, { examples: false }));
    });
  });

  describe.each(["zh", "en"] as const)("improvement targets (002 第三条), %s", (lang) => {
    const tp = getTemplate("targets");

    test("the examples: progress both ways, reached or not (是/否, Yes/No)", () => {
      const sheet = evaluate(tp, lang);
      // 30 → 15 min, now 20: (20 − 30) / (15 − 30) = 2/3, 20 > 15 not reached;
      // 85 → 90%, now 91: 6 / 5 = 1.2, reached; 70 → 85%, now 76: 6 / 15 = 0.4, not reached;
      // 80 → 90%, now 90: 10 / 10 = 1, reached (exactly the target).
      expectShown(sheet.column("progress"), [2 / 3, 1.2, 0.4, 1]);
      expectShown(sheet.column("reached"), [NO[lang], YES[lang], NO[lang], YES[lang]]);
      // Deadlines in 2024, passed: the two not reached red, the two reached green.
      expect(formatsOf(tp, lang)).toEqual([
        { "Past the deadline and not reached": [true, false, true, false] },
        { Reached: [false, true, false, true] },
      ]);
    });

    test("rows not filled in: no progress, no verdict", () => {
      const partial = withRows(tp, "SLA_Targets", (old) => [
        old[0],
        { ...old[1], latest: 85 }, // no change yet: 0 / 5 = 0
        without(old[2], "latest"), // no latest value yet
        { ...old[3], target: 80 }, // a target equal to the current value: no progress to speak of
      ]);
      const sheet = evaluate(partial, lang);
      expectShown(sheet.column("progress"), [2 / 3, 0, "", ""]);
      // 80 → 80, now 90: 90 ≥ 80 (a target not below the current value: higher is better).
      expectShown(sheet.column("reached"), [NO[lang], NO[lang], "", YES[lang]]);
    });

    test("an empty sheet: nothing calculated, nothing coloured", () => {
      const { sheet } = planned(tp, lang, { examples: false });
      expectShown(sheet.column("progress"), Array(4).fill(""));
      expectShown(sheet.column("reached"), Array(4).fill(""));
      noneFires(formatsOf(tp, lang, { examples: false }));
    });
  });
});

// Last: every calculated column and cell of every template has been read by a test above, in both
// languages (so it fails under a -t filter that leaves the others out: run the whole file).
test("every template's every calculated column and cell is evaluated in both languages", () => {
  for (const tp of TEMPLATES) {
    const calculated = tp.blocks.flatMap((b) =>
      isTable(b)
        ? [
            ...b.columns.filter((c) => c.formula).map((c) => c.key),
            ...b.side.filter((c) => !isParameterCell(c) && c.formula).map((c) => (isParameterCell(c) ? "" : c.key)),
          ]
        : b.cells.filter((c) => !isParameterCell(c) && c.formula).map((c) => (isParameterCell(c) ? "" : c.key)),
    );
    for (const lang of ["zh", "en"] as const) {
      const seen = read.get(tp.id)?.[lang] ?? new Set<string>();
      expect([tp.id, lang, calculated.filter((k) => !seen.has(k))]).toEqual([tp.id, lang, []]);
    }
  }
});
