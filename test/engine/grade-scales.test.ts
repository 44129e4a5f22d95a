/**
 * GRADE on scales written the ways people write them, with values worked by hand. A score reaches
 * a level by reaching its lower bound; whole-number ranges close their gaps (B 80-89, A 90-100:
 * 89.5 has not reached 90, so it is B); a score above the top of a closed range is still the top
 * level; labels come back exactly as written.
 */
import { grade, SlaError, weighted } from "../../src/engine";
import { column, slaError } from "./helpers";

const cases = (scale: unknown, table: Array<[unknown, string]>) =>
  test.each(table)(`%p on ${JSON.stringify(scale)} → %p`, (score, label) => expect(grade(score, scale)).toBe(label));

describe("ranges with letters: A:90-100; B:80-89; C:70-79; D:<70", () => {
  cases("A:90-100; B:80-89; C:70-79; D:<70", [
    [100, "A"],
    [90, "A"], // the lower bound itself
    [89.99, "B"], // not yet 90
    [89.5, "B"], // between 89 and 90: B's range reaches up to A's
    [80, "B"],
    [79.99, "C"],
    [70, "C"],
    [69.99, "D"], // D is "below 70"
    [0, "D"],
    [-5, "D"],
    [105, "A"], // above the top of a closed range: still the top level
  ]);
});

describe("Chinese levels with parentheses: 优秀(95分及以上)、良好(80-94分)、一般(60-79分)、差(60分以下)", () => {
  cases("优秀(95分及以上)、良好(80-94分)、一般(60-79分)、差(60分以下)", [
    [95, "优秀"],
    [94.5, "良好"], // between 94 and 95
    [80, "良好"],
    [79.9, "一般"],
    [60, "一般"], // 60 is both "60-79" and "60分以下": the level it reaches is 一般
    [59.9, "差"],
  ]);
});

describe("condition first: 90~100分为A级；80~89分为B级", () => {
  cases("90~100分为A级；80~89分为B级", [
    [90, "A级"],
    [89.99, "B级"],
    [80, "B级"],
  ]);
  test("79 reaches no level and nothing catches it: #N/A saying so", () => {
    const e = slaError(() => grade(79, "90~100分为A级；80~89分为B级"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("The score 79 is below every level");
    expect(e.localized("zh")).toContain("得分79低于等级标准的所有门槛");
  });
});

describe("inequalities around X: 优秀:85≤X≤100;良好:70≤X<85;差:X<70", () => {
  cases("优秀:85≤X≤100;良好:70≤X<85;差:X<70", [
    [85, "优秀"],
    [84.99, "良好"],
    [70, "良好"],
    [69.99, "差"],
  ]);
});

describe("more ways of writing a level", () => {
  test.each([
    [91, "Excellent: 90 – 100", "Excellent"], // an en dash
    [90, "90分以上为优秀", "优秀"], // 以上 includes the number itself
    [89.99, "90分以上为优秀; 其他为合格", "合格"],
    [85, "優秀≥90;合格≥80;不合格", "合格"], // traditional characters, returned as written
    [95, "優秀≥90;合格≥80;不合格", "優秀"],
    [50, "L3:90; L2:80; L1", "L1"], // labels with digits, in the last level too
    [85, "L3:90; L2:80; L1", "L2"],
    [95, "1级≥90;2级≥80;3级", "1级"],
    [50, "1级≥90;2级≥80;3级", "3级"],
    [50, "3星≥90;2星", "2星"],
    [85, "Excellent>=90; Pass>=80; Fail", "Pass"], // today's forms still read
    [85, "A:90; B:80; C", "B"],
    [85, "≥90 优秀; ≥80 合格; 不合格", "合格"],
    [85, "合格≥80;优秀≥90;不合格", "合格"], // any order: levels are sorted by threshold
    [85, "高≥80;中≥60;低", "高"], // "高" is a word of the rules' table, but here it is a label
    [59, "高≥80;中≥60;低", "低"],
    [85, "Good (80 to 89); Excellent (90 and above); Poor", "Good"],
    [0.93, "A≥90%;B≥80%;C", "A"], // percentages: 93% is 0.93
    [0.945, "EXCEPTIONAL 95-100%; GOOD 75 - 94%; POOR <75%", "GOOD"], // one % for both ends
    [85, "优秀90分以上，良好80-89分，合格60-79分，不合格60分以下", "良好"],
    [88, "80分以上90分以下为良好；90分以上为优秀", "良好"],
    [90, "优秀：≥90；良好：80（含）-90（不含）；其他", "优秀"], // 90 excluded from 良好
    [89.9, "优秀：≥90；良好：80（含）-90（不含）；其他", "良好"],
    [60, "年终考核得分60分以上为合格，不满60分的为不合格", "合格"],
    [59.5, "年终考核得分60分以上为合格，不满60分的为不合格", "不合格"],
    [85, "满分为100分,90分以上合格,80-90分为一般,80分以下不合格", "一般"], // 满分 is no level
    [90, "满分为100分,90分以上合格,80-90分为一般,80分以下不合格", "合格"], // a shared edge: the better level
    [85, "90分以上为合格，90分以下为需整改，低于80分为不合格", "需整改"], // nested "below" levels
    [79, "90分以上为合格，90分以下为需整改，低于80分为不合格", "不合格"],
    [84.5, "得分在85~100分者为A级；得分在70~84分者为B级", "B级"],
    [
      3.4,
      "5 Outstanding; 4 Above Standard; 3 Expected Standard; 2 Below Standard; 0-1 Unacceptable",
      "Expected Standard",
    ],
    [1.5, "5 Outstanding; 4 Above Standard; 3 Expected Standard; 2 Below Standard; 0-1 Unacceptable", "Unacceptable"],
    [79.5, "80-100 – Excellent; 60-79 – Satisfactory; Below 60 – Unsatisfactory", "Satisfactory"],
    [97.5, "100 – 98 A+; 97 – 93 A; 92 – 90 A-; 89 – 0 F", "A"], // ranges written high to low
    [85, "优秀:90-100分 良好:80-89分 中等:70-79分", "良好"], // pairs separated by spaces only
    [85, "金牌客服90≤/≤100；银牌客服80≤/<90；铜牌客服70≤/<80", "银牌客服"],
    [32, "差(T < 32); 中下(32 ≤ T < 44); 优秀(T ≥ 44)", "中下"],
    [65, "优(≥85分)、良(<85分，≥70分)、中(<70分，≥60分)、差(<60分)", "中"],
    [85, "九十分以上为优秀;其他为合格", "合格"], // Chinese numerals
    [85, "Level 1: 90; Level 2: 80; Level 3", "Level 2"],
    [10, "Level 1: 90; Level 2: 80; Level 3", "Level 3"],
    ["85", "优秀≥90;合格≥80;不合格", "合格"], // a number typed as text
    ["８５", "优秀≥90;合格≥80;不合格", "合格"], // full-width digits
  ])("%p on %p → %p", (score, scale, label) => {
    expect(grade(score, scale)).toBe(label);
  });

  test("labels are returned exactly as written: case, spaces inside, characters", () => {
    expect(grade(95, "EXCELLENT Work>=90; so-so")).toBe("EXCELLENT Work");
    expect(grade(50, "EXCELLENT Work>=90; so-so")).toBe("so-so");
    expect(grade(95, "ＡＡ≥90;B")).toBe("ＡＡ"); // full-width letters kept
  });
});

describe("two-column ranges: label, then a minimum", () => {
  const range = [
    ["优秀", 90],
    ["合格", 80],
    ["不合格", ""],
  ];
  test.each([
    [94.8, "优秀"],
    [90, "优秀"],
    [89.99, "合格"],
    [80, "合格"],
    [12, "不合格"],
  ])("%p → %p", (score, label) => expect(grade(score, range)).toBe(label));

  test("thresholds typed as text: ≥90, 80-89, 60分以下, in any order", () => {
    const typed = [
      ["不合格", "60分以下"],
      ["Excellent", "≥90"],
      ["Good", "80-89"],
      ["Fair", "60-79"],
    ];
    expect(grade(95, typed)).toBe("Excellent");
    expect(grade(89.5, typed)).toBe("Good");
    expect(grade(60, typed)).toBe("Fair");
    expect(grade(59.9, typed)).toBe("不合格");
  });

  test("blank rows are skipped, wherever they are", () => {
    expect(
      grade(85, [
        ["A", 90],
        ["", ""],
        ["B", 80],
        ["", ""],
        ["C", ""],
        ["", ""],
      ]),
    ).toBe("B");
  });

  test("a column of clauses reads like the same clauses on separate lines", () => {
    expect(grade(85, [["优秀≥90"], ["合格≥80"], ["不合格"]])).toBe("合格");
  });
});

describe("contradictions are #VALUE! naming the levels", () => {
  test.each([
    ["overlapping ranges", "A:80-100; B:70-90; C", ["B:70-90", "A:80-100"], "overlap"],
    ["two levels from the same minimum", "A≥80; B≥80; C", ["A≥80", "B≥80"], "overlap"],
    ["a gap no level covers", "A:90-100; B:70-80; C", ["B:70-80", "A:90-100"], "between 80 and 90"],
    ["two catch-alls", "A≥90; B<90; C", ["B<90", "C"], "no lower bound"],
    ["an empty level", "A:90-80; B≥95; C:100≤X<90", ["C:100≤X<90"], "holds no score"],
  ])("%s", (_what, scale, named, phrase) => {
    const e = slaError(() => grade(85, scale));
    expect(e.code).toBe("#VALUE!");
    for (const n of named) expect(e.message).toContain(`"${n}"`);
    expect(e.message).toContain(phrase);
    for (const n of named) expect(e.localized("zh")).toContain(`“${n}”`);
  });

  test.each([
    ["good>=x; bad", "good>=x"], // a comparator without a number
    ["A:90; B 80; C", "B 80"], // a level that lost its colon
    ["C 70", "C 70"], // a label with a stray number and nothing like it
    ["≥90", "≥90"], // a condition without a label
  ])("%p cannot be read: the clause is named", (scale, clause) => {
    const e = slaError(() => grade(85, scale));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(`"${clause}"`);
  });
});

describe("the score", () => {
  test("a range of several cells: worded in each language", () => {
    const e = slaError(() => grade([[80, 90]], "A≥90;B"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("The score must be one cell, not a range of 2 cells.");
    expect(e.localized("zh")).toBe("得分应为一个单元格，而不是包含2个单元格的区域。");
  });
  test("blank is #N/A, text is #VALUE!, a number too large is #NUM!", () => {
    expect(slaError(() => grade("", "A≥90;B")).code).toBe("#N/A");
    expect(slaError(() => grade("high", "A≥90;B")).code).toBe("#VALUE!");
    expect(slaError(() => grade("9".repeat(400), "A≥90;B")).code).toBe("#NUM!");
  });
  test("one cell passed as a range", () => expect(grade([[95]], "A≥90;B")).toBe("A"));
});

describe("errors are cached and thrown again, scales are cached and read again", () => {
  test("the same unreadable scale gives the same error", () => {
    const first = slaError(() => grade(85, "A>=x; B"));
    const second = slaError(() => grade(70, "A>=x; B"));
    expect(second).toBeInstanceOf(SlaError);
    expect(second.message).toBe(first.message);
  });
  test("many scales in a row stay right", () => {
    for (let i = 1; i <= 3000; i++) expect(grade(i, `A≥${i}; B`)).toBe("A");
  });
});

describe("WEIGHTED: a sum that is not 100% shows enough digits to differ from it", () => {
  test("three weights of 0.333333333", () => {
    const e = slaError(() => weighted(column(90, 80, 70), column(0.333333333, 0.333333333, 0.333333333)));
    expect(e.message).toContain("add up to 99.9999999%;");
    expect(e.localized("zh")).toContain("权重合计为99.9999999%");
  });
  test("whole numbers: 33.3333 × 3", () => {
    const e = slaError(() => weighted(column(90, 80, 70), column(33.3333, 33.3333, 33.3333)));
    expect(e.message).toContain("add up to 99.9999;");
  });
  test("ordinary sums keep their short form", () => {
    expect(slaError(() => weighted(column(90, 100), column(0.5, 0.4))).message).toContain("add up to 90%;");
  });
});
