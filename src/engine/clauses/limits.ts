/**
 * Limits on a score, each a modifier in the compiled rule: full marks, floor, cap, cap on
 * deductions, cap on bonus, 扣完为止, 可以为负分.
 */
import { amount, end, points, separator } from "./read";
import type { ClauseKind, Read } from "./types";
import type { Cursor } from "../text";

function after(c: Cursor, token: string): boolean {
  if (!c.word([token])) return false;
  separator(c);
  c.word(["≤"]); // "最高不超过10分"
  return true;
}

export const fullMarks: ClauseKind = {
  name: "full marks",
  meaning: { en: "the score when the standard is met (default 100)", zh: "达标时的得分（默认100分）" },
  kinds: ["full"],
  read(c) {
    const start = c.pos;
    // "满分≤110分" (总分不超过) is a cap, not full marks.
    if (c.word(["满分"]) && !c.text.slice(c.pos).trimStart().startsWith("≤") && (separator(c), true)) {
      const p = points(c);
      return p === null ? null : end(c, { kind: "full", points: p });
    }
    c.pos = start;
    const p = c.number(); // "10分制"
    if (p && c.word(["分制"])) return end(c, { kind: "full", points: p.value });
    c.pos = start;
    return null;
  },
  examples: [
    { rule: "满分10分", standard: "≥90%", actual: 0.95, expected: 10 },
    { rule: "标准分15分，每低于1%扣3分", standard: "≥95%", actual: 0.93, expected: 9 },
    { rule: "full 10", standard: ">=90%", actual: 0.95, expected: 10 },
    { rule: "10分制", standard: "≥90%", actual: 0.95, expected: 10 },
  ],
};

export const floor: ClauseKind = {
  name: "floor",
  meaning: { en: "never below this score", zh: "得分不低于此分" },
  kinds: ["floor"],
  read(c) {
    if (!after(c, "最低")) return null;
    const p = points(c);
    return p === null ? null : end(c, { kind: "floor", points: p });
  },
  examples: [
    { rule: "每低于1%扣5分，最低60分", standard: "≥90%", actual: 0.5, expected: 60 },
    { rule: "-5 per 1% below; min 60", standard: ">=90%", actual: 0.5, expected: 60 },
    { rule: "每低于1%扣5分（最低六十分）", standard: "≥90%", actual: 0.5, expected: 60 },
  ],
};

export const cap: ClauseKind = {
  name: "cap",
  meaning: {
    en: "never above this score (or, for a fee clause, this share of the fee)",
    zh: "得分不高于此分（扣费条款为服务费比例上限）",
  },
  kinds: ["cap"],
  read(c) {
    if (!after(c, "最高")) return null;
    const a = amount(c);
    return a && a.kind !== "full" ? end(c, { kind: "cap", amount: a }) : null;
  },
  examples: [
    { rule: "每高于1%加2分，最高110分", standard: "≥90%", actual: 0.99, expected: 110 },
    { rule: "+2 per 1% above; cap 108", standard: ">=90%", actual: 0.95, expected: 108 },
    { rule: "每高于1%加2分（封顶一百零五分）", standard: "≥90%", actual: 0.99, expected: 105 },
  ],
};

export const deductionCap: ClauseKind = {
  name: "cap on deductions",
  meaning: { en: "at most this much is deducted", zh: "扣分（或扣费）不超过此数" },
  kinds: ["deductionCap"],
  read(c) {
    if (!after(c, "扣分上限")) return null;
    const a = amount(c);
    return a && a.kind !== "full" ? end(c, { kind: "deductionCap", amount: a }) : null;
  },
  examples: [
    { rule: "每低于1%扣5分，最多扣30分", standard: "≥90%", actual: 0.5, expected: 70 },
    { rule: "每次扣3分，扣分上限15分", standard: "0次", actual: 7, expected: 85 },
    {
      rule: "每低1%扣减当月服务费1.5%，扣减总额不超过月费的10%",
      standard: "≥90%",
      actual: 0.8,
      expected: 0.1,
      fn: "CREDIT",
    },
  ],
};

export const bonusCap: ClauseKind = {
  name: "cap on bonus",
  meaning: { en: "at most this much is added", zh: "加分不超过此数" },
  kinds: ["bonusCap"],
  read(c) {
    if (!after(c, "加分上限")) return null;
    const p = points(c);
    return p === null ? null : end(c, { kind: "bonusCap", points: p });
  },
  examples: [
    { rule: "每提高1%加1分，加分不超过5分", standard: "≥90%", actual: 0.99, expected: 105 },
    { rule: "每高于1%加2分，最高加8分", standard: "≥90%", actual: 0.97, expected: 108 },
  ],
};

export const untilZero: ClauseKind = {
  name: "until zero",
  meaning: { en: "deductions stop at 0 (the default for deductions)", zh: "扣到0分为止（扣分规则的默认）" },
  kinds: ["untilZero"],
  read: (c) => (c.word(["扣完为止"]) ? end(c, { kind: "untilZero" } as Read) : null),
  examples: [{ rule: "每低于1%扣5分，扣完为止", standard: "≥90%", actual: 0.5, expected: 0 }],
};

export const negative: ClauseKind = {
  name: "negative allowed",
  meaning: { en: "deductions may go below 0", zh: "扣分可低于0分" },
  kinds: ["negative"],
  read: (c) => (c.word(["可为负分"]) ? end(c, { kind: "negative" } as Read) : null),
  examples: [{ rule: "每次扣20分，可以为负分", standard: "0次", actual: 6, expected: -20 }],
};

export const noBonus: ClauseKind = {
  name: "no bonus",
  meaning: {
    en: "nothing is added beyond the standard (the default without a bonus)",
    zh: "超出标准不加分（没有加分条款时的默认）",
  },
  kinds: ["noBonus"],
  read: (c) => (c.word(["不加分"]) ? end(c, { kind: "noBonus" } as Read) : null),
  examples: [
    { rule: "达标得100分，每低于标准5%扣10分，高于标准不加分", standard: "≥90%", actual: 0.95, expected: 100 },
  ],
};
