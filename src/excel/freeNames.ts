/**
 * Names for what we add, never taken from what is there: Excel compares sheet, table and defined
 * names case-insensitively, and tables and defined names share one namespace.
 */

const MAX_SHEET_NAME = 31;

const taken = (names: Iterable<string>): Set<string> => new Set([...names].map((n) => n.toLocaleUpperCase()));

/** "需求记录", or "需求记录 (2)", "需求记录 (3)"… when taken; cut so the suffix fits in 31 characters. */
export function freeSheetName(base: string, existing: Iterable<string>): string {
  const used = taken(existing);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLocaleUpperCase())) return name;
  }
}

/** "SLA_Tickets", or "SLA_Tickets2", "SLA_Tickets3"… (table names allow no spaces or brackets). */
export function freeTableName(base: string, existing: Iterable<string>): string {
  const used = taken(existing);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!used.has(name.toLocaleUpperCase())) return name;
  }
}
