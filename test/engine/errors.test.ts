/**
 * Bad input gets a clear error with the right Excel code, never a wrong number.
 */
import { attainment, explain, formatMessage, grade, messageIds, met, score, streak, weighted } from "../../src/engine";
import { column, slaError } from "./helpers";

const cases: Array<[string, () => unknown, string, string]> = [
  // [what, call, code, a phrase of the English message]
  ["an unreadable standard", () => score(0.9, "good enough"), "#VALUE!", 'Cannot read the standard "good enough"'],
  ["a blank standard with a rule that needs one", () => score(0.9, "", "每低于1%扣5分"), "#N/A", "no standard"],
  ["a blank actual", () => score("", "≥90%"), "#N/A", "no actual value yet"],
  ["a text actual", () => score("n/a", "≥90%"), "#VALUE!", '"n/a" is not a number'],
  ["85 typed against a % standard", () => score(85, "≥90%"), "#VALUE!", "type 85% instead of 85"],
  ["85 typed against % bands", () => score(85, "", "≥95%:10; 其他:0"), "#VALUE!", "type 85% instead of 85"],
  ["an unreadable clause, named", () => score(0.9, "≥90%", "每低于1%扣5分；看情况"), "#VALUE!", '"看情况"'],
  [
    "deducting on the met side",
    () => score(0.9, "≥90%", "每超1%扣5分"),
    "#VALUE!",
    "deducts points where the standard ≥90% is already met",
  ],
  ["deducting below a ≤ standard", () => score(9, "≤15分钟", "每低于1分钟扣5分"), "#VALUE!", "already met"],
  [
    "a bonus on the failing side",
    () => score(0.9, "≥90%", "每低于1%加5分"),
    "#VALUE!",
    "adds points where the standard ≥90% is missed",
  ],
  [
    "a step in another unit family",
    () => score(20, "≤15分钟", "每超1次扣5分"),
    "#VALUE!",
    "is in count, but the standard is in min",
  ],
  [
    "a step in points against a % standard",
    () => score(0.8, "≥90%", "每低于1分扣5分"),
    "#VALUE!",
    "is in points, but the standard is in %",
  ],
  ["two deduction clauses", () => score(0.8, "≥90%", "每低于1%扣5分；每低于2%扣1分"), "#VALUE!", "repeats"],
  ["full marks twice", () => score(0.8, "≥90%", "满分10分；满分100分"), "#VALUE!", "repeats"],
  ["ratio mixed with bands", () => score(0.8, "≥90%", "按达成率；≥95%:10"), "#VALUE!", "mixes"],
  [
    "steps beside a band that states another standard",
    () => score(0.8, "≥90%", "每低于1%扣5分；≥95%:10；其他:0"),
    "#VALUE!",
    "does not match the standard",
  ],
  ["a single bare point", () => score(0.8, "", "90%得100分"), "#VALUE!", "single point"],
  ["a bare point among bands", () => score(0.8, "", "≥95%:10; 90%:8"), "#VALUE!", "single point"],
  ["two points at one value", () => score(0.8, "", "90%得0分，90%得100分"), "#VALUE!", "same value"],
  [
    "points against the standard's direction",
    () => score(0.8, "≥90%", "60%得100分，90%得0分"),
    "#VALUE!",
    "opposite direction",
  ],
  [
    "no band holds the value",
    () => score(0.8, "", "95%-100%:10; 90%-95%:8"),
    "#N/A",
    "80% falls in none of the rule's bands",
  ],
  [
    "a band that can never apply",
    () => score(0.97, "", "≥90%:8; ≥90%:9"),
    "#VALUE!",
    'The band "≥90%:9" can never apply',
  ],
  [
    "bands that reward a worse value",
    () => score(0.97, "", "≤1小时:5; >3小时:3; 其他:1"),
    "#VALUE!",
    "better value fewer points",
  ],
  [
    "a wide gap closed by a catch-all",
    () => score(0.97, "", "≥95%:10; 80%-85%:8; 其他:0"),
    "#VALUE!",
    "better value fewer points",
  ],
  ["bands against the standard", () => score(0.97, "≥90%", "≤90%:10; 其他:0"), "#VALUE!", "better value fewer points"],
  ["a ratio against a standard of 0", () => score(1, "≥0", "按达成率"), "#VALUE!", "standard of 0"],
  [
    "a floor above the cap",
    () => score(0.5, "≥90%", "每低于1%扣5分；最低60分；最高50分"),
    "#VALUE!",
    "lowest score 60 is above the highest score 50",
  ],
  [
    "a stated standard that contradicts the cell",
    () => score(40, "≤60秒", "≤30秒得10分，每超10秒扣1分"),
    "#VALUE!",
    "does not match the standard ≤60秒",
  ],
  ["negative full marks", () => score(0.9, "≥90%", "", -5), "#VALUE!", "Full marks must be a positive number"],
  [
    "full marks of 0 in the rule",
    () => score(0.9, "≥90%", "满分0分"),
    "#VALUE!",
    "Full marks must be a positive number",
  ],
  ["a number in a note in parentheses", () => score(0.9, "≥90%", "每低于1%扣5分(见附件3)"), "#VALUE!", '"(见附件3)"'],
  [
    "a standard whose note changes its meaning",
    () => met(0.9, "90%以上（不含90%）"),
    "#VALUE!",
    "Cannot read the standard",
  ],
  [
    "rounding without steps",
    () => score(0.845, "≥90%", "按达成率; 向下取整"),
    "#VALUE!",
    "only applies to per-step rules",
  ],
  [
    "85 against a plain 0.9 standard and a % rule",
    () => score(85, 0.9, "每低于1%扣5分"),
    "#VALUE!",
    "type 85% instead of 85",
  ],
  [
    "85 against a plain 0.9 standard and % bands",
    () => score(85, 0.9, "≥95%:10; 其他:0"),
    "#VALUE!",
    "type 85% instead of 85",
  ],
  ["a plain 90 against a % rule", () => score(0.88, "90", "每低于1%扣5分"), "#VALUE!", "plain number above 1"],
  ["a rate above 100%", () => score("105%", "≥100%"), "#VALUE!", "105% is above 100%"],
  [
    "hours against working days",
    () => score(3.5, "≤3个工作日", "每超1小时扣1分"),
    "#VALUE!",
    "is in h, but the standard is in working days",
  ],
  [
    "bands above the full marks given",
    () => score(0.9, "", "60%得0分，90%得100分", 10),
    "#VALUE!",
    "up to 100 points, more than the full marks of 10",
  ],
  [
    "bands above the rule's full marks",
    () => score(0.97, "", "满分10分; ≥95%:100; 其他:0"),
    "#VALUE!",
    "more than the full marks of 10",
  ],
  [
    "full marks that contradict the rule",
    () => score(0.9, "≥90%", "满分10分", 100),
    "#VALUE!",
    "full marks are 10, but the full_marks argument is 100",
  ],
  ["a number as a rule", () => score(0.9, "≥90%", 5), "#VALUE!", 'Cannot read "5"'],
  ["an unreadable grade scale", () => grade(85, "good>=x; bad"), "#VALUE!", "Cannot read the grade scale"],
  ["overlapping grade levels", () => grade(85, "优秀:80-100;合格:70-90;不合格"), "#VALUE!", "overlap"],
  ["a score below a scale without fallback", () => grade(50, "A>=90;B>=60"), "#N/A", "below every level"],
  ["a blank score to grade", () => grade("", "优秀≥90;合格≥80;不合格"), "#N/A", "no score yet"],
  ["a text score to grade", () => grade("high"), "#VALUE!", '"high" is not a number'],
  ["weights not adding to 100%", () => weighted(column(90, 100), column(0.5, 0.4)), "#VALUE!", "add up to 90%"],
  ["weights not adding to 100", () => weighted(column(90, 100), column(50, 40)), "#VALUE!", "add up to 90;"],
  ["scores and weights of different sizes", () => weighted(column(90, 100), column(1)), "#VALUE!", "not the same size"],
  [
    "a weighted indicator without a score",
    () => weighted(column(90, "", 96), column(0.4, 0.3, 0.3)),
    "#N/A",
    "Indicator 2 has no score yet",
  ],
  [
    "a score without a weight",
    () => weighted(column(90, 100), column(1, "")),
    "#VALUE!",
    "Indicator 2 has a score but no weight",
  ],
  ["a text score", () => weighted(column(90, "good"), column(0.5, 0.5)), "#VALUE!", 'indicator 2 ("good")'],
  ["a negative weight", () => weighted(column(90, 100), column(1.5, -0.5)), "#VALUE!", "cannot be negative"],
  ["no weights at all", () => weighted(column("", ""), column("", "")), "#VALUE!", "no weights"],
  ["MET without an actual", () => met("", "≥90%"), "#N/A", "no actual value"],
  ["ATTAINMENT with no numbers", () => attainment(column("", "x"), "≥90%"), "#DIV/0!", "no numbers"],
  ["ATTAINMENT with 85 against %", () => attainment(column(0.9, 85), "≥90%"), "#VALUE!", "type 85%"],
  ["STREAK over text", () => streak(column(70, "bad", 75)), "#VALUE!", 'Cell 2 ("bad")'],
  ["STREAK with a text threshold", () => streak(column(70), "high"), "#VALUE!", 'threshold "high"'],
  ["EXPLAIN of a bad rule", () => explain(0.9, "≥90%", "maybe"), "#VALUE!", '"maybe"'],
];

describe.each(cases)("%s", (_what, call, code, phrase) => {
  test(`is ${code}`, () => {
    const e = slaError(call);
    expect(e.code).toBe(code);
    expect(e.message).toContain(phrase);
  });
  test("has a Chinese message too", () => {
    const zh = slaError(call).localized("zh");
    // Chinese words, or only symbols and parameters (a separator "；"): never English words.
    expect(zh.replace(/\{\w+\}/g, "")).toMatch(/[\u4e00-\u9fff]|^[^A-Za-z]*$/);
    expect(zh).not.toMatch(/\{\w+\}/);
  });
});

test("every message has both languages and the same parameters in each", () => {
  for (const id of messageIds) {
    const en = formatMessage(id, {}, "en");
    const zh = formatMessage(id, {}, "zh");
    const names = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
    expect(names(zh)).toEqual(names(en));
    // Chinese words, or only symbols and parameters (a separator "；"): never English words.
    expect(zh.replace(/\{\w+\}/g, "")).toMatch(/[\u4e00-\u9fff]|^[^A-Za-z]*$/);
  }
});

test("a cached error is thrown again for the same texts", () => {
  // Another actual, the same rule and standard: the rule is not compiled again (ruleCache.ts), so
  // the very error object of the first call is thrown. Compiling afresh would build a new SlaError
  // with the same message, which is why the message alone proves nothing about the cache.
  const first = slaError(() => score(0.9, "≥90%", "每超1%扣5分"));
  const second = slaError(() => score(0.8, "≥90%", "每超1%扣5分"));
  expect(second).toBe(first);
});
