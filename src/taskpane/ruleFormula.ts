/**
 * The formula the "Try a rule" box inserts: =SLA.RULE("<standard>", "<rule>"[, full_marks]), in Excel's
 * English syntax (what range.formulas takes), with the texts quoted as Excel quotes them.
 */

/** Excel limits a text constant in a formula to 255 characters: a longer text is joined from pieces. */
const MAX_LITERAL = 255;

/**
 * A text as an Excel string constant: quotes doubled ("" inside ""); a longer one as "…"&"…", each piece
 * at most 255 characters as written between its quotes (a doubled quote counts twice, to be safe).
 */
export function excelString(text: string): string {
  const pieces: string[] = [];
  let piece = "";
  // By code point: a piece must not end in half a surrogate pair.
  for (const ch of text) {
    const written = ch === '"' ? '""' : ch;
    if ([...piece].length + written.length > MAX_LITERAL) {
      pieces.push(piece);
      piece = "";
    }
    piece += written;
  }
  pieces.push(piece);
  return pieces.map((p) => `"${p}"`).join("&");
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
