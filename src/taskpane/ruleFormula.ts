/**
 * The formula the "Try a rule" box inserts: =SLA.RULE("<standard>", "<rule>"[, full_marks]), in Excel's
 * English syntax (what range.formulas takes), with the texts quoted as Excel quotes them.
 */

/** Excel limits a text constant in a formula to 255 characters: a longer text is joined from pieces. */
const MAX_LITERAL = 255;

/** A text as an Excel string constant: quotes doubled ("" inside ""), longer ones as "…"&"…". */
export function excelString(text: string): string {
  const chars = [...text]; // by code point: a piece must not end in half a surrogate pair
  const pieces: string[] = [];
  for (let i = 0; i < chars.length || i === 0; i += MAX_LITERAL) {
    pieces.push(`"${chars.slice(i, i + MAX_LITERAL).join("").replace(/"/g, '""')}"`);
  }
  return pieces.join("&");
}

/** Full marks as a number when they are one ("10"), else as the text typed ("10分"); nothing when empty. */
function fullMarksArg(full: string): string | null {
  const f = full.trim();
  if (f === "") return null;
  return /^\d+(\.\d+)?$/.test(f) ? f : excelString(f);
}

export function ruleFormula(standard: string, rule: string, full = ""): string {
  const args = [excelString(standard), excelString(rule)];
  const marks = fullMarksArg(full);
  if (marks !== null) args.push(marks);
  return `=SLA.RULE(${args.join(", ")})`;
}
