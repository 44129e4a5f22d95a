/**
 * Branches of the limit readers (src/engine/clauses/limits.ts): a separator or "不超过" after
 * 最低/最高/扣分上限/加分上限, full marks written "满分：10分" and "10分制", 扣完为止, 可以为负分.
 * Each row's score is worked out by hand from the rule (see the comment on the row).
 */
import { describeRule, score } from "../../src/engine";
import { slaError } from "./helpers";

test.each([
  // 50% is 40% below 90%: 40 × 5 = 200 off, floor 60 → 60
  ["≥90%", "每低于1%扣5分，最低60分", 0.5, 60],
  ["≥90%", "每低于1%扣5分，最低:60分", 0.5, 60],
  // 99% is 9% above: 9 × 2 = 18 added → 118, capped at 110
  ["≥90%", "每高于1%加2分，最高不超过110分", 0.99, 110],
  ["≥90%", "每高于1%加2分，最高：110分", 0.99, 110],
  ["≥90%", "每高于1%加2分，最高110", 0.99, 110],
  // met, full marks 10
  ["≥90%", "满分：10分", 0.95, 10],
  ["≥90%", "10分制", 0.95, 10],
  // not met: 0
  ["≥90%", "满分：10分", 0.85, 0],
  // 40% below × 5 = 200, at most 30 off → 70
  ["≥90%", "每低于1%扣5分，扣分上限30分", 0.5, 70],
  ["≥90%", "每低于1%扣5分，扣分上限：30分", 0.5, 70],
  // 9% above × 1 = 9, at most 5 added → 105
  ["≥90%", "每提高1%加1分，加分上限5分", 0.99, 105],
  ["≥90%", "每提高1%加1分，加分上限：5分", 0.99, 105],
  // 6 × 20 = 120 off: may go negative → −20; until zero → 0
  ["0次", "每次扣20分，可以为负分", 6, -20],
  ["0次", "每次扣20分，扣完为止", 6, 0],
  // 2 × 20 = 40 off → 60 either way
  ["0次", "每次扣20分，可以为负分", 2, 60],
])("standard %p, %s at %p → %p", (standard, rule, actual, expected) => {
  expect(score(actual, standard, rule)).toBe(expected);
});

test.each([
  ["≥90%", "每低于1%扣5分，最低:60分", "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最低60分"],
  ["≥90%", "每高于1%加2分，最高不超过110分", "满分100分；高于90%时每高1%加2分（不足一步按比例）；最高110分"],
  ["≥90%", "每低于1%扣5分，扣分上限：30分", "满分100分；低于90%时每低1%扣5分（不足一步按比例）；最多扣30分"],
  ["≥90%", "每提高1%加1分，加分上限：5分", "满分100分；高于90%时每高1%加1分（不足一步按比例）；最多加5分"],
  ["0次", "每次扣20分，扣完为止", "满分100分；超过0次时每超1次扣20分（不足一步按比例）；扣完为止"],
  ["≥90%", "10分制", "满分10分；达到≥90%得10分，否则得0分"],
])("standard %p, %s reads as %s", (standard, rule, text) => {
  expect(describeRule(standard, rule)).toBe(text);
});

test.each([
  // a bare "60分" is neither a floor nor a cap: the rule does not say which
  "每低于1%扣5分，60分",
  // "最高满分" names no amount to cap at
  "每低于1%扣5分，最高满分",
])("%s is refused", (rule) => {
  expect(slaError(() => score(0.5, "≥90%", rule)).message).toMatch(/60分|最高满分/);
});
