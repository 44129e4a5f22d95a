/**
 * The results feed (src/templates/feed.ts) as set-up, restore and New month write it: where the
 * agreement sheet's number, client and provider cells are, and how many rows the feed needs (one
 * per SLA_Monthly row).
 *
 * The agreement sheet's cells have no names of their own; its parameters do. So the cells are found
 * from the agreement's plan when set-up writes that sheet in the same batch, and otherwise from
 * where a parameter's name points, moved by the offset the agreement template's layout puts between
 * that parameter's cell and each detail (the same way the report's month cell is found again).
 */
import { agreement } from "../../templates/agreement";
import { FEED_AGREEMENT_KEYS, feedTemplate, type AgreementRefs } from "../../templates/feed";
import { parameter } from "../../templates/parameters";
import type { Lang, Template } from "../../templates/types";
import { absoluteCell, cellPosition, quoteSheet } from "../address";
import { planInsertion, type Plan } from "../plan";
import { parseAddress, type AgreementState } from "./read";

const EMPTY = { sheetNames: [], tableNames: [], names: [] } as const;

/** "B4" of a plan (always a cell) → 0-based column and 1-based row. */
const position = (address: string) => cellPosition(address)!;

/** The references from a plan of the agreement sheet. */
export function refsFromPlan(plan: Plan): AgreementRefs {
  const ref = (key: string) => {
    const at = position(plan.addresses.cells[key]);
    return `${quoteSheet(plan.sheetName)}!${absoluteCell(at.col, at.row)}`;
  };
  return Object.fromEntries(FEED_AGREEMENT_KEYS.map((k) => [k, ref(k)])) as unknown as AgreementRefs;
}

/** `='Agreement'!$B$17` → sheet and cell; null for anything else (a constant, #REF!). */
function homeOf(formula: string | undefined): { sheet: string; col: number; row: number } | null {
  const m = /^=?('(?:[^']|'')+'|[^'!]+)!\$?([A-Z]+)\$?(\d+)$/.exec(formula ?? "");
  if (!m || (formula ?? "").includes("#REF!")) return null;
  return parseAddress(`${m[1]}!${m[2]}${m[3]}`);
}

/**
 * The references from the workbook: the first agreement parameter whose name points at a cell, and
 * the layout's offsets from it. Null when none does (the agreement sheet was deleted).
 */
export function refsFromWorkbook(state: AgreementState, lang: Lang): AgreementRefs | null {
  const planned = planInsertion(agreement, lang, { examples: false }, EMPTY).addresses.cells;
  for (const key of agreement.parameters) {
    const name = parameter(key).name.toUpperCase();
    const home = homeOf(state.workbook.names.find((n) => n.name.toUpperCase() === name)?.formula);
    const from = planned[key] === undefined ? undefined : position(planned[key]);
    if (!home || !from) continue;
    const ref = (k: string) => {
      const to = position(planned[k]);
      const col = home.col + to.col - from.col;
      const row = home.row + to.row - from.row;
      return col < 0 || row < 1 ? null : `${quoteSheet(home.sheet)}!${absoluteCell(col, row)}`;
    };
    const refs = FEED_AGREEMENT_KEYS.map((k) => [k, ref(k)] as const);
    if (refs.every(([, r]) => r !== null)) return Object.fromEntries(refs) as unknown as AgreementRefs;
  }
  return null;
}

/** Data rows of a planned table column ("A5:A28" → 24). */
export function plannedRows(plan: Plan, key: string): number | null {
  const address = plan.addresses.columns[key];
  if (address === undefined) return null;
  const [a, b = a] = address.split(":");
  return position(b).row - position(a).row + 1;
}

/**
 * The feed sheet set-up writes, among `sheets` planned so far (`plans`, in the same order): the
 * agreement's cells from its plan when it is being written, else from the workbook; one row per
 * monthly row, whether the monthly sheet is being written or is there.
 */
export function feedFor(
  sheets: readonly Template[],
  plans: readonly Plan[],
  current: AgreementState,
  lang: Lang,
): Template {
  const planOf = (id: string) => plans[sheets.findIndex((tp) => tp.id === id)] as Plan | undefined;
  const agreementPlan = planOf("agreement");
  const refs = agreementPlan ? refsFromPlan(agreementPlan) : refsFromWorkbook(current, lang);
  const monthlyPlan = planOf("monthly");
  const rows = monthlyPlan ? plannedRows(monthlyPlan, "period") : (current.tables.SLA_Monthly?.values.length ?? null);
  return feedTemplate(refs, rows ?? 1);
}
