/** What an insertion reports back to the task pane: where things went and what it did to names. */
import type { Lang, Template } from "../templates/types";
import type { Layout } from "./layout";
import { notice, type Notice, type NoticeId } from "./messages";
import type { NameDecision } from "./parameterNames";

export interface InsertResult {
  readonly sheetName: string;
  readonly tableNames: readonly string[];
  /** Data rows of the tables (examples or empty rows). */
  readonly rowsWritten: number;
  readonly exampleRows: number;
  /** Defined names created (linked to this sheet's cells or holding defaults). */
  readonly namesCreated: readonly string[];
  readonly namesCreatedWithDefaults: readonly string[];
  /** Constants moved into this sheet's cells. */
  readonly namesMoved: readonly string[];
  /** Names broken by a deleted sheet (#REF!), pointed at this sheet's cells again. */
  readonly namesRepaired: readonly string[];
  /** Names that were there and were not touched. */
  readonly namesKept: readonly string[];
  /** What to tell the user, in both languages. */
  readonly notices: readonly Notice[];
}

export function summarize(
  template: Template,
  lang: Lang,
  sheetName: string,
  layout: Layout,
  decisions: readonly NameDecision[],
  examples: boolean,
): InsertResult {
  const named = (...actions: NameDecision["action"][]) =>
    decisions.filter((d) => actions.includes(d.action)).map((d) => d.name);
  const notices: Notice[] = [];
  const wanted = template.sheetName[lang];
  if (sheetName !== wanted) notices.push(notice("sheetRenamed", { wanted, sheet: sheetName }));
  for (const t of layout.tables)
    if (t.name !== t.block.tableName)
      notices.push(notice("tableRenamed", { wanted: t.block.tableName, table: t.name }));
  const groups: [NoticeId, string[]][] = [
    ["namesLinked", named("link")],
    ["namesCreatedWithDefaults", named("create")],
    ["namesMoved", named("move")],
    ["namesRepaired", named("repair")],
    ["namesElsewhere", named("elsewhere")],
    ["namesKept", named("keep")],
  ];
  for (const [id, names] of groups)
    if (names.length) notices.push(notice(id, { names: names.join(lang === "zh" ? "、" : ", ") }));
  return {
    sheetName,
    tableNames: layout.tables.map((t) => t.name),
    rowsWritten: layout.tables.reduce((n, t) => n + t.lastRow - t.firstRow + 1, 0),
    exampleRows: examples ? layout.tables.reduce((n, t) => n + t.block.examples.length, 0) : 0,
    namesCreated: named("link", "create"),
    namesCreatedWithDefaults: named("create"),
    namesMoved: named("move"),
    namesRepaired: named("repair"),
    namesKept: named("elsewhere", "keep"),
    notices,
  };
}
