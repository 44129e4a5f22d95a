/**
 * Per-step rules: points (or a share of the fee) off, or on, for every step beyond the standard.
 *   每低于1%扣5分 · 低于标准每1%扣5分 · 每低于目标值1%扣2分 · 差错率每降低0.5%加1分
 *   每次扣3分 · 每出现一次扣3分 · 发生1次扣5分 · 扣1分/次 · 每处扣1分 · 每缺一项扣2分
 *   每低1%扣减当月服务费1.5% · 按每小时1%服务费扣罚
 *   -5 per 1% below · deduct 5 points for each 1% below the target · 5 points per hour late
 *   2% of the monthly charge for each 0.5% below target
 */
import type { Cursor, Quantity } from "../text";
import { COUNT, otherUnit, readUnit } from "../units";
import { amount, end } from "./read";
import type { Amount, ClauseKind, Read, Side } from "./types";

const SIDES = ["<", ">", "缺", "发生"] as const;
const sideOf = (w: (typeof SIDES)[number]): Side => (w === "缺" ? "shortfall" : w === "发生" ? "occurrence" : w);

function side(c: Cursor): Side | null {
  const w = c.word(SIDES);
  return w ? sideOf(w) : null;
}

/** "1%", "10秒", or a bare unit ("每次", "每小时": one of it). */
function stepSize(c: Cursor): Quantity | null {
  const q = c.quantity();
  if (q) return q;
  const u = readUnit(c.text, c.pos);
  if (!u) return null;
  c.pos += u.length;
  return { value: 1, percent: false, unit: u.unit, decimals: 0 };
}

/** A measure word the table does not know, after "/": "2分/基", "0.3分/火", "1分/人次". */
function anyMeasure(c: Cursor): Quantity | null {
  const start = c.pos;
  while (c.pos < c.text.length && c.pos - start < 2 && !/[\d÷,;:\s]/.test(c.text[c.pos])) c.pos++;
  return c.pos > start ? { value: 1, percent: false, unit: COUNT, decimals: 0 } : null;
}

/** Reads what comes before 每 from its end: [label][side][标准]. */
function sideBefore(prefix: string): Side | null | undefined {
  let p = prefix.trimEnd();
  if (p.endsWith("标准")) p = p.slice(0, -2);
  for (const w of SIDES) if (p.endsWith(w)) return sideOf(w);
  return /[扣加]/.test(p) ? undefined : null; // a verb before 每 is not a label
}

function verbAndAmount(c: Cursor): { bonus: boolean; amount: Amount } | null {
  // The amount may come before the verb: "按每小时1%服务费扣罚"; a few words may come before it
  // ("每发生1次变更失败扣减该指标10分"), but not another step ("超过2次每次扣5分" is two clauses).
  const early = amount(c);
  if (!early && (c.labelBefore(["扣", "加"]) ?? "").includes("每")) return null;
  const verb = c.word(["扣", "加"]);
  if (!verb) return null;
  const a = early ?? amount(c);
  if (!a || a.kind === "full" || a.value < 0) return null;
  return { bonus: verb === "加", amount: a };
}

function chinese(c: Cursor): Read | null {
  const prefix = c.labelBefore(["每"]) ?? (c.text.startsWith("每", c.pos) ? "" : null);
  if (prefix === null) return occurrenceWithoutEach(c);
  let s = sideBefore(prefix);
  if (s === undefined) return null;
  c.word(["每"]);
  c.word(["标准"]);
  s ??= side(c);
  c.word(["标准"]);
  const whole = c.word(["满"]) !== null; // "每低满1%": a whole step
  // "每高于评审基准价1%": words naming the standard between the side and the step.
  const beforeLabel = c.pos;
  let step = stepSize(c);
  if (!step && s && c.skipToDigit() && !/[扣加]/.test(c.text.slice(beforeLabel, c.pos))) step = c.quantity();
  // "每平方米扣0.2分": one of a thing the unit table does not know.
  if (!step && !s) {
    c.pos = beforeLabel;
    const thing = c.labelBefore(["扣", "加"]);
    if (thing && thing.length <= 3) step = { value: 1, percent: false, unit: otherUnit(thing), decimals: 0 };
  }
  if (!step) return null;
  s ??= side(c);
  c.word(["标准"]);
  // A short noun may follow the step ("每漏1个步骤扣2分", "每次工单超时扣1分"): what is counted.
  if (c.labelBefore(["扣", "加"]) === null && !/^\d/.test(c.rest)) return null;
  const va = verbAndAmount(c);
  return va
    ? end(c, { kind: "step", side: s ?? "occurrence", step, ...va, ...(whole ? { whole } : {}) } as Read)
    : null;
}

/**
 * Steps without 每: "发生1次扣5分", "缺一项扣2分", "超出1次扣5分", "一项不合格扣2分", "扣1分/次",
 * "2分/项". Without 每 only counts are steps: "低于80%扣10分" is not "per 80%".
 */
function occurrenceWithoutEach(c: Cursor): Read | null {
  const start = c.pos;
  if (c.skipToDigit()) {
    const s = sideBefore(c.text.slice(start, c.pos));
    const step = s !== undefined ? c.quantity() : null;
    if (step && step.unit?.family === "count") {
      const va = verbAndAmount(c);
      if (va) return end(c, { kind: "step", side: s ?? "occurrence", step, ...va } as Read);
    }
  }
  // "扣1分/次", "2分/基", "1分/处/次", "纯净度低于95%的扣0.5分/次": the amount per occurrence,
  // written after what is counted (which may hold numbers: it describes the occurrence).
  c.pos = start;
  const verbAt = Math.max(c.text.lastIndexOf("扣"), c.text.lastIndexOf("加"));
  if (verbAt >= 0) c.pos = verbAt;
  else c.skipToDigit();
  const verb = c.word(["扣", "加"]);
  const a = amount(c);
  if (!a || a.kind === "full" || a.value < 0 || !c.word(["÷"])) return null;
  const step = stepSize(c) ?? anyMeasure(c);
  while (step && c.word(["÷"])) stepSize(c) ?? anyMeasure(c);
  return step ? end(c, { kind: "step", side: "occurrence", step, bonus: verb === "加", amount: a } as Read) : null;
}

/** "-5 per 1% below", "deduct 5 points for each 1% below the target", "2% of the fee for each 0.5% below". */
function english(c: Cursor): Read | null {
  let bonus: boolean | null = null;
  const verb = c.word(["扣", "加"]);
  if (verb) bonus = verb === "加";
  const sign = c.word(["+", "-"]);
  if (sign) bonus = sign === "+";
  let a = amount(c);
  if (!a || a.kind === "full") return null;
  // "5% of the virtual server fees for each 30 minutes": what the share is of, named in words.
  if (a.kind === "share" && c.labelBefore(["服务费"]) !== null && c.word(["服务费"]))
    a = { kind: "fee", value: a.value };
  if (c.word(["扣"])) bonus = false; // "5 points off"
  if (!c.word(["每"])) return null;
  // "5 points per incident": one occurrence.
  const step = stepSize(c) ?? (c.word(["发生"]) ? { value: 1, percent: false, unit: COUNT, decimals: 0 } : null);
  if (!step) return null;
  const s = side(c) ?? "occurrence";
  c.word(["标准"]);
  // "… of downtime", "… late": what is counted, in words, after the step.
  if (s === "occurrence" && !/[\d<>≤≥扣加]/.test(c.rest)) c.pos = c.text.length;
  return end(c, { kind: "step", side: s, bonus: bonus ?? false, step, amount: a } as Read);
}

export const step: ClauseKind = {
  name: "per step",
  meaning: {
    en: "points (or a share of the fee) off or on for every step past the standard; a bare count is per occurrence",
    zh: "每超出标准一步扣（或加）若干分或服务费比例；只写单位即按次计",
  },
  kinds: ["step"],
  read(c) {
    const start = c.pos;
    const r = chinese(c);
    if (r) return r;
    c.pos = start;
    return english(c);
  },
  examples: [
    { rule: "每低于1%扣5分", standard: "≥90%", actual: 0.88, expected: 90 },
    { rule: "低于标准每1%扣5分", standard: "≥90%", actual: 0.88, expected: 90 },
    { rule: "每低于目标值1%扣2分", standard: "≥95%", actual: 0.9, expected: 90 },
    { rule: "每超10秒扣1分", standard: "≤30秒", actual: 45, full: 10, expected: 8.5 },
    { rule: "每次扣3分", standard: "0次", actual: 3, expected: 91 },
    { rule: "每出现一次扣三分", standard: "无", actual: 2, expected: 94 },
    { rule: "发生1次扣5分", standard: "", actual: 2, expected: 90 },
    { rule: "扣1分/次", standard: "≤2次", actual: 5, full: 10, expected: 7 },
    { rule: "每缺一项扣2分", standard: "≥5项", actual: 3, expected: 96 },
    { rule: "每发生1次扣10分", standard: "0次", actual: 3, expected: 70 },
    { rule: "差错率每降低0.5%加1分", standard: "2%", actual: 0.01, expected: 102 },
    { rule: "每提高1%加1分", standard: "≥90%", actual: 0.93, expected: 103 },
    { rule: "-5 per 1% below", standard: ">=90%", actual: 0.88, expected: 90 },
    { rule: "deduct 5 points for each 1% below the target", standard: ">=90%", actual: 0.88, expected: 90 },
    { rule: "5 points per hour late", standard: "within 4 hours", actual: 6, expected: 90 },
    { rule: "每低1%扣减当月服务费1.5%", standard: "≥90%", actual: 0.87, expected: 0.045, fn: "CREDIT" },
    { rule: "按每小时1%服务费扣罚", standard: "≤4小时", actual: 7, expected: 0.03, fn: "CREDIT" },
  ],
};
