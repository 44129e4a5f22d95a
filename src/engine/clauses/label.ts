/**
 * Words without numbers. Before a step they name what is counted ("维护人员未按时到场，每次扣1分")
 * and are read past; words that make the score depend on a judgement or a fact no cell carries
 * ("酌情扣分", "视情况", "且未回访") are refused, never guessed.
 */
import type { ClauseKind, Read } from "./types";

const JUDGEMENT = [
  "酌情",
  "视情况",
  "视具体情况",
  "根据情况",
  "根据实际情况",
  "酌定",
  "视情节",
  "情节",
  "且",
  "并且",
  "同时",
  "discretion",
  "case by case",
  "as appropriate",
  "if applicable",
];
/** Tokens of the rule grammar: a clause that holds one is not a mere label. */
const GRAMMAR = "0123456789扣加%";

export const label: ClauseKind = {
  name: "label",
  meaning: { en: "what is counted, before a step (read past)", zh: "计数对象的说明，写在按次扣分之前（跳过）" },
  kinds: ["label"],
  read(c) {
    const rest = c.rest;
    // "剩余时间按比例计算分数" beside steps: part steps count in proportion (the default).
    if (rest.includes("按比例") && !/\d/.test(rest) && rest !== "按比例") {
      c.pos = c.text.length;
      return { kind: "rounding", mode: "prorate" } as Read;
    }
    const needsFact = JUDGEMENT.some((w) => rest.includes(w));
    if (!needsFact) for (const ch of rest) if (GRAMMAR.includes(ch)) return null;
    c.pos = c.text.length;
    return { kind: "label", needsFact } as Read;
  },
  examples: [{ rule: "维护人员未按时到场，每次扣1分", standard: "0次", actual: 2, full: 10, expected: 8 }],
};
