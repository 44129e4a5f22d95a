/**
 * The agreement parameters' defined names: which to create, which to repoint, which to leave
 * alone. A sheet that is a parameter's home (the agreement info, the service standards) links the
 * name to its cell; a sheet inserted alone creates the names it uses with the defaults; a name the
 * workbook already has is never overwritten (a constant left by an earlier sheet moves into its
 * home cell with its value; a name broken by deleting its sheet, =#REF!$B$18, is repaired).
 */
import { parameter } from "../templates/parameters";
import type { Lang, Template } from "../templates/types";
import { absoluteCell, quoteSheet } from "./address";
import type { Layout, PlacedCell } from "./layout";
import type { Step } from "./steps";

/** A defined name already in the workbook, as Excel reports it (NamedItem.name, .type, .value, .formula). */
export interface ExistingName {
  readonly name: string;
  readonly type?: string;
  readonly value?: unknown;
  readonly formula?: string;
}

/**
 * What happens to an agreement parameter's name:
 * - link: missing; created, pointing at its home cell on this sheet
 * - create: missing; created as a constant with the default (the sheet was inserted alone)
 * - move: a constant already (created by an earlier sheet); repointed at its home cell here, value kept
 * - repair: an error (#REF!: the sheet it pointed at was deleted); repointed at its home cell here,
 *   with the default
 * - elsewhere: already points at cells elsewhere, or is a formula of the user's; untouched, and the
 *   home cell here shows its value
 * - keep: already there and this sheet only uses it; untouched
 */
export interface NameDecision {
  readonly parameter: string;
  readonly name: string;
  readonly action: "link" | "create" | "move" | "repair" | "elsewhere" | "keep";
}

/**
 * A name holding a constant: its formula is a literal (="text", =5, =TRUE). The type Excel reports
 * cannot tell: NamedItem.type is the type of the formula's value, so =Contract!$B$5*12 is "Double"
 * like =5, and replacing it would throw the user's formula away.
 */
export function isConstantFormula(formula: string | undefined): boolean {
  return formula !== undefined && /^=("([^"]|"")*"|-?\d+(\.\d+)?(E[+-]?\d+)?|TRUE|FALSE)$/i.test(formula.trim());
}

function actionFor(there: ExistingName | undefined, home: boolean): NameDecision["action"] {
  if (!there) return home ? "link" : "create";
  if (!home) return "keep";
  if (there.type === "Error" && there.formula?.includes("#REF!")) return "repair";
  return isConstantFormula(there.formula) ? "move" : "elsewhere";
}

/** Excel compares names case-insensitively. */
export const findName = (names: readonly ExistingName[], name: string): ExistingName | undefined =>
  names.find((n) => n.name.toLocaleUpperCase() === name.toLocaleUpperCase());

/** A defined name's formula for a constant: ="text" (quotes doubled) or =number. */
export const constantFormula = (value: string | number): string =>
  typeof value === "number" ? `=${value}` : `="${value.replace(/"/g, '""')}"`;

/** Parameter key → the labelled cell on this sheet that is its home. */
export function homesOf(layout: Layout): Map<string, PlacedCell> {
  const cells = [...layout.forms.flatMap((f) => f.cells), ...layout.tables.flatMap((t) => t.side)];
  return new Map(cells.flatMap((c) => (c.parameter ? [[c.parameter.key, c] as const] : [])));
}

export function decideNames(
  template: Template,
  homes: ReadonlyMap<string, PlacedCell>,
  existing: readonly ExistingName[],
): NameDecision[] {
  return template.parameters.map((key) => {
    const { name } = parameter(key);
    return { parameter: key, name, action: actionFor(findName(existing, name), homes.has(key)) };
  });
}

/** The value a moved constant had, when it is one a cell can hold. */
export function movedValue(existing: readonly ExistingName[], name: string): string | number | undefined {
  const value = findName(existing, name)?.value;
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

/** The writes for the names: new names, and moved constants repointed at their cells. */
export function nameSteps(
  decisions: readonly NameDecision[],
  homes: ReadonlyMap<string, PlacedCell>,
  sheetName: string,
  lang: Lang,
  existing: readonly ExistingName[],
): Step[] {
  return decisions.flatMap((d): Step[] => {
    const p = parameter(d.parameter);
    const home = homes.get(d.parameter);
    const reference = home
      ? `=${quoteSheet(sheetName)}!${absoluteCell(home.valueCol, home.row)}`
      : constantFormula(p.value[lang]);
    if (d.action === "link" || d.action === "create")
      return [{ kind: "addName", name: d.name, reference, comment: p.label[lang] }];
    if (d.action === "move" || d.action === "repair") {
      const previous = findName(existing, d.name)?.formula;
      return [{ kind: "setNameReference", name: d.name, reference, ...(previous !== undefined ? { previous } : {}) }];
    }
    return [];
  });
}
