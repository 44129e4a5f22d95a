/**
 * The ticket log feeding the monthly data: an indicator whose data source names the ticket log's
 * first response or resolution ("需求记录：首次响应", "Ticket log: resolution") gets, each month, an
 * actual that is a formula over SLA_Tickets — the share of that month's tickets that met the limit —
 * instead of an empty cell to type into. Nothing is copied from one sheet to another.
 *
 * The share is counted from the log's "met" columns: tickets logged in the month whose clock is done
 * (Yes or No: met, late, or still open past the due time), the ones still running in time left out.
 * That is SLA.ATTAINMENT of the tickets against their limits, in plain COUNTIFS, which every
 * spreadsheet computes (a client's copy without the add-in keeps the rate).
 */
import { escapeHeader } from "../formulas";
import { tickets } from "../../templates/tickets";
import { YES_NO } from "../../templates/text";
import { isTable, type Lang, type TableBlock } from "../../templates/types";

export type TicketClock = "response" | "resolution";

export const TICKET_TABLE = "SLA_Tickets";

/** The data source words that link an indicator to a clock of the ticket log, in both languages. */
export const TICKET_SOURCES: Readonly<Record<TicketClock, { zh: string; en: string }>> = {
  response: { zh: "需求记录：首次响应", en: "Ticket log: first response" },
  resolution: { zh: "需求记录：解决", en: "Ticket log: resolution" },
};

/** Lower case, full-width colons and spaces folded, so "需求记录:解决 " and "ticket log: Resolution" match. */
const fold = (text: string): string => text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/** The clock an indicator's data source names, or null. */
export function ticketClock(source: string): TicketClock | null {
  const folded = fold(source);
  for (const clock of ["response", "resolution"] as const)
    if (folded === fold(TICKET_SOURCES[clock].zh) || folded === fold(TICKET_SOURCES[clock].en)) return clock;
  return null;
}

const TICKETS: TableBlock = tickets.blocks.filter(isTable).find((b) => b.tableName === TICKET_TABLE)!;

/** The ticket log's header of a column, as the workbook has it (either language), or null. */
function headerOf(headers: readonly string[], key: string): string | null {
  const column = TICKETS.columns.find((c) => c.key === key)!;
  return headers.find((h) => h === column.header.zh || h === column.header.en) ?? null;
}

/** The language the ticket log was written in, which its Yes/No words follow. */
function logLanguage(headers: readonly string[]): Lang {
  const logged = TICKETS.columns.find((c) => c.key === "recorded")!;
  return headers.includes(logged.header.zh) ? "zh" : "en";
}

/**
 * The monthly actual of a ticket-log indicator, as a formula of SLA_Monthly's row (`month` is the
 * row's month cell, e.g. [@[考核月份]]); null when the log lacks the columns it reads.
 */
export function ticketRateFormula(clock: TicketClock, headers: readonly string[], month: string): string | null {
  const logged = headerOf(headers, "recorded");
  const met = headerOf(headers, clock === "response" ? "responseMet" : "resolutionMet");
  if (!logged || !met) return null;
  const [yes, no] = YES_NO[logLanguage(headers)];
  const col = (h: string) => `${TICKET_TABLE}[${escapeHeader(h)}]`;
  const inMonth = `${col(logged)},">="&${month},${col(logged)},"<"&EDATE(${month},1)`;
  const count = (word: string) => `COUNTIFS(${inMonth},${col(met)},"${word}")`;
  // No ticket of the month done yet: empty (nothing to rate), not 0% and not #DIV/0!.
  return `=IFERROR(${count(yes)}/(${count(yes)}+${count(no)}),"")`;
}
