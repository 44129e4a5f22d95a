/** Small readers the clause kinds share: amounts, "得"-like separators, and "must end here". */
import type { Cursor } from "../text";
import type { Amount } from "./types";

/** "10", "10分", "-5分", "满分", "服务费2%", "2%服务费", "2%". */
export function amount(c: Cursor): Amount | null {
  if (c.word(["满分"])) return { kind: "full" };
  const fee = c.word(["服务费"]) !== null;
  const start = c.pos;
  const before = c.word(["%"]) !== null; // "%10"
  const n = c.signedNumber();
  if (n === null) {
    c.pos = start;
    return null;
  }
  if (before || c.word(["%"])) {
    const named = c.word(["服务费"]) !== null || fee;
    if (!named && c.word(["满分"])) return { kind: "share", value: n / 100 }; // "扣0.1%的分值"
    return { kind: named ? "fee" : "share", value: n / 100 };
  }
  if (fee) return null;
  c.word(["分"]);
  return { kind: "points", value: n };
}

/** Points only (no fee share): floors, full marks, bonus caps. */
export function points(c: Cursor): number | null {
  const start = c.pos;
  const a = amount(c);
  if (a?.kind === "points") return a.value;
  c.pos = start;
  return null;
}

/** The words between a test and its points: ":", "得", "→", "->". */
export function separator(c: Cursor): boolean {
  return c.word([":", "得", "→", "->"]) !== null;
}

/** `value` if the cursor has read the whole clause, else null. */
export function end<T>(c: Cursor, value: T): T | null {
  return c.done ? value : null;
}
