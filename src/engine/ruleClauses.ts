/**
 * Reading the clauses of a scoring rule (评分规则) into typed values. Each clause is tried
 * against the shapes below in turn; a clause that fits none is reported by its text.
 *   full marks   满分10分 · 达标100分 · full 10
 *   floor / cap  最低60分 · min 60 · 最高110分 · cap 110 · 扣完为止
 *   rounding     向上取整 · ceil · 向下取整 · floor · prorated
 *   step         每低于1%扣5分 · 每超10秒扣1分 · 每高于1%加2分 · -5 per 1% below · +2 per 1% above
 *   band         ≥95%:10 · 90%-94%:8 · ≥95%得10分 · <85%得0分 · 其他:0 · else 0
 *   point        60%得0分 · 0 at 60%   (two of them make an interpolation)
 *   ratio        按达成率 · ratio
 */
import { valueError } from "./errors";
import { Cursor, splitClauses, takeNotes, type Comparator, type Quantity } from "./text";

export type BandTest =
  | { readonly kind: "compare"; readonly comparator: Comparator; readonly at: Quantity }
  | { readonly kind: "range"; readonly low: Quantity; readonly high: Quantity }
  | { readonly kind: "else" };

export type Clause = { readonly text: string } & (
  | { readonly kind: "full"; readonly points: number }
  | { readonly kind: "floor"; readonly points: number }
  | { readonly kind: "cap"; readonly points: number }
  | { readonly kind: "rounding"; readonly mode: "ceil" | "floor" | "prorate" }
  | { readonly kind: "accepted" }
  | {
      readonly kind: "step";
      /** Below or above the threshold; "worse" for words that name a shortfall either way (缺, 漏, 错). */
      readonly side: "below" | "above" | "worse";
      readonly bonus: boolean;
      readonly step: Quantity;
      readonly points: number;
    }
  | { readonly kind: "band"; readonly test: BandTest; readonly points: number }
  | { readonly kind: "point"; readonly at: Quantity; readonly points: number }
  | { readonly kind: "ratio" }
);

const POINTS_UNIT = ["points", "point", "pts", "pt", "分"];
const SEPARATORS = [":", "=>", "->", "→", "=", "得分", "得", "scores", "score", "gets", "get"];
const ELSE_WORDS = [
  "anythingelse",
  "otherwise",
  "default",
  "others",
  "other",
  "else",
  "其他情况",
  "其它情况",
  "其余情况",
  "其他",
  "其它",
  "其余",
  "否则",
  "以外",
];
const BELOW_WORDS = ["低于", "少于", "小于", "不足", "下降", "降低", "减少", "未达", "少", "差", "短", "低"];
const ABOVE_WORDS = [
  "超过",
  "超出",
  "超时",
  "超",
  "高于",
  "多于",
  "大于",
  "延迟",
  "延误",
  "迟",
  "多",
  "增加",
  "提高",
  "提升",
  "高",
];
const WORSE_WORDS = ["缺少", "遗漏", "错误", "发生", "出现", "漏", "缺", "错"];
const EN_BELOW = ["below", "under", "short", "less", "lower", "fewer"];
const EN_ABOVE = ["over", "above", "beyond", "late", "more", "higher", "extra"];
const EN_DEDUCT = ["deduct", "minus", "lose", "subtract", "less"];
const EN_BONUS = ["add", "plus", "bonus", "gain"];
const EN_PER = ["foreach", "forevery", "per", "every", "each"];

/** Reads "points" after a separator: "10", "10分", "10points". */
function points(c: Cursor): number | null {
  const n = c.signedNumber();
  if (n === null) return null;
  c.word(POINTS_UNIT);
  return n;
}

function end<T>(c: Cursor, value: T): T | null {
  return c.done ? value : null;
}

function keywordThenPoints(c: Cursor, words: string[]): number | null {
  if (!c.word(words)) return null;
  c.word([":", "=", "为", "得", "是"]);
  const p = points(c);
  return p === null ? null : end(c, p);
}

function readStepChinese(c: Cursor): Clause | null {
  // The side may come first: "低于标准每1%扣5分" reads as "每低于1%扣5分".
  let side = sideWord(c);
  if (side) c.word(["标准", "目标"]);
  if (!c.word(["每"])) return null;
  side ??= sideWord(c);
  c.word(["标准", "目标"]);
  c.word(["的"]);
  const step = c.quantity();
  if (!step) return null;
  side ??= sideWord(c);
  if (!side) return null;
  // A short noun may follow the step ("每漏1个步骤扣2分"); it carries no meaning for the score.
  const rest = c.rest;
  const at = rest.search(/[扣减加奖]/);
  if (at < 0 || at > 6 || /\d/.test(rest.slice(0, at))) return null;
  c.pos += at;
  const bonus = c.word(["扣除", "扣", "减", "加", "奖励", "奖"])!.startsWith("加") || rest[at] === "奖";
  const p = points(c);
  if (p === null || p < 0) return null;
  return end(c, { kind: "step", side, bonus, step, points: p, text: c.text });
}

function sideWord(c: Cursor): "below" | "above" | "worse" | null {
  if (c.word(WORSE_WORDS)) return "worse";
  if (c.word(BELOW_WORDS)) return "below";
  if (c.word(ABOVE_WORDS)) return "above";
  return null;
}

/** "-5 per 1% below", "+2 per 1% above", "deduct 5 points per 10s over", "5 points off per 1% below". */
function readStepEnglish(c: Cursor): Clause | null {
  let bonus: boolean | null = null;
  if (c.word(EN_DEDUCT)) bonus = false;
  else if (c.word(EN_BONUS)) bonus = true;
  const sign = c.word(["+", "-"]);
  if (sign) bonus = sign === "+";
  const n = c.number();
  if (n === null) return null;
  c.word(POINTS_UNIT);
  if (c.word(["off"])) bonus = false;
  if (!c.word(EN_PER)) return null;
  const step = c.quantity();
  if (!step) return null;
  const side = c.word(EN_BELOW) ? "below" : c.word(EN_ABOVE) ? "above" : null;
  if (!side) return null;
  c.word(["thestandard", "standard", "target"]);
  return end(c, { kind: "step", side, bonus: bonus ?? false, step, points: n, text: c.text });
}

/** A value with the unit of its partner when only one side of a range carries it ("90-94%"). */
function inherit(q: Quantity, from: Quantity): Quantity {
  if (q.percent || q.unit || (!from.percent && !from.unit)) return q;
  return from.percent
    ? { value: q.value / 100, percent: true, unit: null }
    : { value: q.value, percent: false, unit: from.unit };
}

function readBandTest(c: Cursor): BandTest | { kind: "bare"; at: Quantity } | null {
  if (c.word(ELSE_WORDS)) return { kind: "else" };
  const comparator = c.comparator();
  if (comparator) {
    const at = c.quantity();
    return at ? { kind: "compare", comparator, at } : null;
  }
  const first = c.quantity();
  if (!first) return null;
  if (c.word(["-", "~", "至", "到", "to"])) {
    const second = c.quantity();
    if (!second) return null;
    return { kind: "range", low: inherit(first, second), high: inherit(second, first) };
  }
  const suffix = c.comparatorSuffix();
  if (suffix) return { kind: "compare", comparator: suffix, at: first };
  return { kind: "bare", at: first };
}

function readBand(c: Cursor): Clause | null {
  const test = readBandTest(c);
  if (!test) return null;
  const separated = c.word(SEPARATORS) !== null;
  if (!separated && test.kind !== "else") return null;
  const p = points(c);
  if (p === null || !c.done) return null;
  if (test.kind === "bare") return { kind: "point", at: test.at, points: p, text: c.text };
  return { kind: "band", test, points: p, text: c.text };
}

/** "0 at 60%", "100 at 90%". */
function readPointEnglish(c: Cursor): Clause | null {
  const p = points(c);
  if (p === null || !c.word(["at"])) return null;
  const at = c.quantity();
  return at ? end(c, { kind: "point", at, points: p, text: c.text }) : null;
}

const ROUNDING: ReadonlyArray<readonly [string[], "ceil" | "floor" | "prorate"]> = [
  [["向上取整", "不足一步按一步计", "ceiling", "ceil", "roundup", "roundedup"], "ceil"],
  [["向下取整", "不足一步不计", "floor", "rounddown", "roundeddown"], "floor"],
  [["不足一步按比例", "prorated", "prorate", "pro-rata", "prorata"], "prorate"],
];
const ACCEPTED = [
  "扣完为止",
  "扣至0分为止",
  "扣完即止",
  "扣到0分为止",
  "高于标准不加分",
  "超出标准不加分",
  "超过标准不加分",
  "不加分",
  "nobonus",
  "untilzero",
  "downtozero",
];
const RATIO = [
  "按比例计分",
  "按比例",
  "按达成率计分",
  "按达成率",
  "按完成率计分",
  "按完成率",
  "按达成比例",
  "达成率计分",
  "byratio",
  "ratio",
  "proportional",
];

function readClause(text: string): Clause | null {
  const bare = text.replace(/ /g, "");
  const whole = (words: string[]) => words.includes(bare);
  if (whole(RATIO)) return { kind: "ratio", text };
  if (whole(ACCEPTED)) return { kind: "accepted", text };
  for (const [words, mode] of ROUNDING) if (whole(words)) return { kind: "rounding", mode, text };
  const tries: Array<(c: Cursor) => Clause | null> = [
    (c) =>
      keywordPoints(c, "full", [
        "满分为",
        "满分",
        "达标得分",
        "达标得",
        "达标时得",
        "达标",
        "fullmarks",
        "fullmark",
        "full",
        "ifmet",
        "met",
      ]),
    (c) => keywordPoints(c, "floor", ["最低得分", "最低分", "最低", "保底", "minimum", "min", "floor"]),
    (c) => keywordPoints(c, "cap", ["最高得分", "最高分", "最高", "封顶", "上限", "maximum", "max", "cap"]),
    readStepChinese,
    readStepEnglish,
    readBand,
    readPointEnglish,
  ];
  for (const read of tries) {
    const clause = read(new Cursor(text));
    if (clause) return clause;
  }
  return null;
}

function keywordPoints(c: Cursor, kind: "full" | "floor" | "cap", words: string[]): Clause | null {
  const p = keywordThenPoints(c, words);
  return p === null ? null : { kind, points: p, text: c.text };
}

/**
 * All clauses of a rule; the first unreadable one is a #VALUE! naming it as the user wrote it.
 * Text in parentheses counts when it reads as a clause ("每低于1%扣5分（最低60分）"), is dropped
 * as a note when it has no number ("(电话)"), and is refused otherwise: never silently ignored.
 */
export function readClauses(rule: string): Clause[] {
  const { main, notes } = takeNotes(rule);
  const clauses: Clause[] = [];
  for (const { shown, key } of splitClauses(main)) clauses.push(readOrThrow(shown, key));
  for (const note of notes) {
    for (const { shown, key } of splitClauses(note)) {
      const clause = readClause(key);
      if (clause) clauses.push({ ...clause, text: shown });
      else if (/\d/.test(shown)) throw valueError("ruleUnreadable", { clause: `(${shown})` });
    }
  }
  return clauses;
}

function readOrThrow(shown: string, key: string): Clause {
  const clause = readClause(key);
  if (!clause) throw valueError("ruleUnreadable", { clause: shown });
  return { ...clause, text: shown };
}
