/**
 * Chinese numerals as people write them in rules: 一次, 两项, 十分钟, 六十分, 一百一十分, 百分之五,
 * 半小时. A run of numeral characters becomes digits when it counts something (a unit or measure
 * word follows) or is a score or step (after 每, 扣, 加, 得, 为 …); elsewhere it is a word and stays
 * ("一次性", "统一", "第一"). One pass, linear in the text; unchanged runs are copied as slices.
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/** What may follow a count or an amount: units and measure words. */
const MEASURES = new Set([..."次项处个件起单通分秒小时天日周月人步条例宗台%‰倍成"]);
/** What may come before a step or a score. */
const LEADS = new Set([..."每扣加得为于过足至到满低高共"]);
/** What 半 ("half") may come before. */
const HALVES = ["个小时", "小时", "天", "日", "月", "年", "分钟", "个月"];

const isNumeral = (ch: string): boolean => ch in DIGITS || ch in MULTIPLIERS;

/** 一百一十 → 110, 六十 → 60, 十五 → 15, 两 → 2; null when the run is not a number (一二). */
export function numeralValue(run: string): number | null {
  let total = 0;
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of run) {
    if (ch in DIGITS) {
      if (digit !== null && DIGITS[ch] !== 0) return null;
      digit = DIGITS[ch] === 0 ? null : DIGITS[ch];
      continue;
    }
    const m = MULTIPLIERS[ch];
    if (m === 10000) {
      total += (section + (digit ?? 0)) * m;
      section = 0;
    } else {
      section += (digit ?? 1) * m; // 十五: a leading 十 is 一十
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** "点五" after a number: its decimals as digits (九十五点五 → 95.5), and where they end. */
function decimals(text: string, at: number): [string, number] {
  if (text[at] !== "点" || !(text[at + 1] in DIGITS)) return ["", at];
  let k = at + 1;
  let digits = "";
  while (k < text.length && text[k] in DIGITS) digits += String(DIGITS[text[k++]]);
  return [`.${digits}`, k];
}

/** Where a run of numerals starting at `i` ends. */
function runEnd(text: string, i: number): number {
  while (i < text.length && isNumeral(text[i])) i++;
  return i;
}

export function arabicNumerals(text: string): string {
  if (!/[〇零一二两三四五六七八九十百千万半]/.test(text)) return text;
  const parts: string[] = [];
  let from = 0; // start of the text not yet copied
  const replace = (start: number, end: number, by: string) => {
    parts.push(text.slice(from, start), by);
    from = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "半") {
      if (HALVES.some((h) => text.startsWith(h, i + 1))) replace(i, i + 1, "0.5");
      i++;
      continue;
    }
    for (const [words, sign] of [
      ["百分之", "%"],
      ["千分之", "‰"],
    ] as const) {
      if (!text.startsWith(words, i) || !isNumeral(text[i + 3] ?? "")) continue;
      const j = runEnd(text, i + 3);
      const value = numeralValue(text.slice(i + 3, j));
      const [decimal, k] = decimals(text, j);
      if (value !== null) replace(i, k, `${value}${decimal}${sign}`);
      i = k;
      break;
    }
    if (i < text.length && text[i] !== ch) continue;
    if (ch === "百" && text.startsWith("百分之", i)) {
      i++;
      continue;
    }
    // 百分点 and 百分比 are words, not a hundred.
    if (!isNumeral(ch) || (ch === "百" && (text.startsWith("百分点", i) || text.startsWith("百分比", i)))) {
      i++;
      continue;
    }
    const j = runEnd(text, i);
    const run = text.slice(i, j);
    const before = i > 0 ? text[i - 1] : "";
    const after = text[j] ?? "";
    const value = numeralValue(run);
    const counts = MEASURES.has(after) && !(after === "次" && text[j + 1] === "性");
    // A lone 零 is "zero" (零投诉, 零差错); 零 inside a number is a place holder.
    const [decimal, k] = decimals(text, j);
    const counted = MEASURES.has(text[k] ?? "") && !(text[k] === "次" && text[k + 1] === "性");
    if (run === "零" || (value !== null && (counts || counted || LEADS.has(before)))) {
      replace(i, k, String(value ?? 0) + decimal);
      i = k;
      continue;
    }
    i = j;
  }
  parts.push(text.slice(from));
  return halfAfterUnit(parts.join(""));
}

const HALF_UNITS = ["个小时", "小时", "天", "日", "个月", "月", "年", "周"];

/** "1天半", "2小时半": half a unit more (1.5天). A hand scan: a regular expression would backtrack on long digit runs. */
function halfAfterUnit(text: string): string {
  if (!text.includes("半")) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = text.indexOf("半"); i >= 0; i = text.indexOf("半", i + 1)) {
    const unit = HALF_UNITS.find((u) => text.endsWith(u, i));
    if (!unit) continue;
    let d = i - unit.length;
    const end = d;
    while (d > from && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
    if (d === end || text[d - 1] === ".") continue; // no whole number before the unit
    parts.push(text.slice(from, end), ".5", unit);
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}
