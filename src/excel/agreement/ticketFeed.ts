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
import { isTable, type TableBlock } from "../../templates/types";
import { columnIndex, headersLanguage, TICKET_TABLE } from "./read";

export type TicketClock = "response" | "resolution";

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

/**
 * The monthly actual of a ticket-log indicator, as a formula of SLA_Monthly's row (`month` is the
 * row's month cell, e.g. [@[考核月份]]); null when the log lacks the columns it reads.
 */
export function ticketRateFormula(clock: TicketClock, headers: readonly string[], month: string): string | null {
  const index = columnIndex(TICKETS, headers);
  const at = (key: string) => index.get(key);
  const [loggedAt, metAt] = [at("recorded"), at(clock === "response" ? "responseMet" : "resolutionMet")];
  if (loggedAt === undefined || metAt === undefined) return null;
  const [logged, met] = [headers[loggedAt], headers[metAt]];
  // The log's Yes/No words follow the language it was written in.
  const [yes, no] = YES_NO[headersLanguage(TICKETS, headers, "en")];
  const col = (h: string) => `${TICKET_TABLE}[${escapeHeader(h)}]`;
  const inMonth = `${col(logged)},">="&${month},${col(logged)},"<"&EDATE(${month},1)`;
  const count = (word: string) => `COUNTIFS(${inMonth},${col(met)},"${word}")`;
  // No ticket of the month done yet: empty (nothing to rate), not 0% and not #DIV/0!.
  return `=IFERROR(${count(yes)}/(${count(yes)}+${count(no)}),"")`;
}
