/** How a part step counts: in proportion (the default), as a whole step, or not at all. */
import { end } from "./read";
import type { ClauseKind, Read } from "./types";

export const rounding: ClauseKind = {
  name: "rounding",
  meaning: {
    en: "a part step counts as a whole one (ceil) or not at all (floor); in proportion by default",
    zh: "不足一步按一步计（向上取整）或不计（向下取整）；默认按比例",
  },
  kinds: ["rounding"],
  read(c) {
    const word = c.word(["向上取整", "向下取整", "不足部分按比例", "最低"]);
    if (word) {
      const mode = word === "向上取整" ? "ceil" : word === "不足部分按比例" ? "prorate" : "floor";
      return end(c, { kind: "rounding", mode } as Read);
    }
    // "不足1%按1%计" (a part step is a whole one), "不足1%不扣分" (it is nothing).
    if (!c.word(["<"])) return null;
    const q = c.quantity();
    if (!q) return null;
    if (c.word(["不扣", "不计"])) return end(c, { kind: "rounding", mode: "floor" } as Read);
    if (!c.word(["按"]) || !c.quantity()) return null;
    c.word(["得算", "得", "算"]);
    return end(c, { kind: "rounding", mode: "ceil" } as Read);
  },
  examples: [
    { rule: "每低于1%扣5分，向上取整", standard: "≥90%", actual: 0.885, expected: 90 },
    { rule: "每低于1%扣5分，不足1%按1%计", standard: "≥90%", actual: 0.885, expected: 90 },
    { rule: "每低于1%扣5分（不足部分不扣分）", standard: "≥90%", actual: 0.885, expected: 95 },
    { rule: "-5 per 1% below; rounded up", standard: ">=90%", actual: 0.885, expected: 90 },
  ],
};
