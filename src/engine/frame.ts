/**
 * The frame of reference a rule is scored in: the standard's unit (or the bands' when there is no
 * standard). Every number of a rule is converted into it once, when the rule is compiled, so that
 * scoring is plain arithmetic. Also formats values in that frame for explanations.
 */
import { valueError, type Language } from "./errors";
import { formatNumber } from "./exact";
import type { Quantity } from "./text";
import { conversion, unitName, type Unit } from "./units";

export interface Frame {
  readonly percent: boolean;
  readonly unit: Unit | null;
}

export const NO_FRAME: Frame = { percent: false, unit: null };

/** The value of `q` in `frame`; #VALUE! naming the clause when they measure different things. */
export function inFrame(q: Quantity, frame: Frame, clause: string): number {
  if (frame.percent) {
    if (q.percent) return q.value;
    // "95.0 – 98.99" in a table of percentages: percentage points (a value below 1 is a fraction).
    if (!q.unit && q.value >= 1) return q.value / 100;
    if (!q.unit) return q.value;
  } else if (frame.unit) {
    if (!q.percent && !q.unit) return q.value;
    if (q.unit) {
      const k = conversion(q.unit, frame.unit);
      if (k !== null) return q.value * k;
    }
  } else {
    // A plain number standard (a cell holding 0.9) accepts 1% steps as 0.01 and 10s steps as 10.
    return q.value;
  }
  throw valueError("unitMismatch", {
    clause,
    unit: { en: unitName(q.unit, q.percent, "en"), zh: unitName(q.unit, q.percent, "zh") },
    standardUnit: { en: unitName(frame.unit, frame.percent, "en"), zh: unitName(frame.unit, frame.percent, "zh") },
  });
}

/** "88%", "15分钟" / "15 min", "4.5分" / "4.5 points", "12". */
export function formatIn(value: number, frame: Frame, lang: Language): string {
  if (frame.percent) return `${formatNumber(value * 100)}%`;
  const n = formatNumber(value);
  if (!frame.unit) return n;
  if (lang === "zh") return n + frame.unit.zh;
  const en = frame.unit.en;
  return en.startsWith(" ") || en === "" ? n + en : `${n} ${en}`;
}
