/**
 * Scores in proportion: 按达成率 (full marks × actual ÷ standard, inverted when lower is better),
 * the same as a formula ("实际完成值÷目标值×100", "(actual/target)*100"), a rate times a number
 * ("完成率×100": the actual share × 100), and the marker that points are joined by straight lines.
 */
import type { Cursor } from "../text";
import { end } from "./read";
import type { ClauseKind, Read } from "./types";

/** Words of a formula that name nothing we compute with: "完成率", "得分 =". */
function skipWords(c: Cursor): void {
  while (!c.done) {
    const ch = c.text[c.pos];
    if ((ch >= "0" && ch <= "9") || "×÷()实标满".includes(ch)) return;
    c.pos++;
  }
}

/** "× 100", "×满分", "×100%" (a percentage of full marks: null). */
function times(c: Cursor): number | "full" | null | undefined {
  if (!c.word(["×"])) return undefined;
  if (c.word(["满分"])) return "full";
  const n = c.number();
  if (!n) return undefined;
  if (c.word(["%"])) return n.value === 100 ? null : undefined;
  c.word(["分"]);
  return n.value;
}

function formula(c: Cursor): Read | null {
  c.word(["得"]);
  c.word(["得"]); // "得分=" reads as 得得
  c.word([":"]);
  // "30分×(1-批退率)": full marks times what is left of a rate of failures.
  const start = c.pos;
  const n = c.number();
  if (n && (c.word(["分"]), c.word(["×"])) && c.word(["("]) && c.number()?.value === 1 && c.word(["-"])) {
    c.labelBefore([")"]);
    if (c.word([")"])) return end(c, { kind: "rate", times: n.value, complement: true } as Read);
  }
  c.pos = start;
  const open = c.word(["("]) !== null;
  skipWords(c);
  if (c.word(["实际"])) {
    skipWords(c);
    if (!c.word(["÷"])) return null;
    skipWords(c);
    if (!c.word(["标准"])) return null;
    skipWords(c);
    if (open && !c.word([")"])) return null;
    const t = times(c);
    return t === undefined
      ? end(c, { kind: "ratio", times: null } as Read)
      : end(c, { kind: "ratio", times: t } as Read);
  }
  if (open) return null;
  // "完成率×100": the actual (a rate) times a number.
  const t = times(c);
  return t === undefined || t === null ? null : end(c, { kind: "rate", times: t } as Read);
}

export const ratio: ClauseKind = {
  name: "ratio",
  meaning: {
    en: "full marks × actual ÷ standard (standard ÷ actual when lower is better), or a formula",
    zh: "满分×实际÷标准（越低越好时为标准÷实际），或写成公式",
  },
  kinds: ["ratio", "rate"],
  read(c) {
    if (c.word(["按比例"])) return end(c, { kind: "ratio", times: null } as Read);
    return formula(c);
  },
  examples: [
    { rule: "按达成率", standard: "≥90%", actual: 0.81, expected: 90 },
    { rule: "得分=30分×(1—批退率)", standard: "", actual: 0.05, full: 30, expected: 28.5 },
    { rule: "按完成比例计分", standard: "≥90%", actual: 0.81, expected: 90 },
    { rule: "实际完成值÷目标值×100", standard: "≥90%", actual: 0.81, expected: 90 },
    { rule: "(actual/target)*100", standard: ">=90%", actual: 0.81, expected: 90 },
    { rule: "完成率×100", standard: "", actual: 0.81, expected: 81 },
    { rule: "pro rata", standard: "<=2h", actual: 4, expected: 50 },
  ],
};

export const linear: ClauseKind = {
  name: "straight line",
  meaning: { en: "between the points, a straight line (the default)", zh: "各点之间按直线计分（默认）" },
  kinds: ["linear"],
  read: (c) => (c.word(["线性"]) ? end(c, { kind: "linear" } as Read) : null),
  examples: [{ rule: "80%得0分，95%得100分，之间线性计分", standard: "", actual: 0.86, expected: 40 }],
};
