/**
 * The portable copy (issue 9, item 2): planning the copy of the example agreement (every SLA.* cell
 * compiled to its native formula or kept as its value), from what the workbook's read gives, against
 * the strict fake workbook set up with the example and recalculated by HyperFormula (as Excel shows it).
 * The read itself (two syncs) is Excel's time, not measured here.
 */
import "./requireShim";
import { setUpAgreement } from "../src/excel/agreement/actions";
import { planPortableCopy } from "../src/excel/portable/plan";
import { createStrictExcel } from "../test/excel/strictExcel";
import { evaluateWorkbook, isError } from "../test/workbook/engine";
import { portableInputOf } from "../test/workbook/portableInput";

export async function benchPortable(): Promise<void> {
  console.log("Portable copy of the example agreement (strict fake workbook, plan only):");
  for (const lang of ["zh", "en"] as const) {
    const excel = createStrictExcel();
    await setUpAgreement((b) => excel.run(b), lang, { examples: true });
    const ev = evaluateWorkbook(excel.workbook);
    for (const sheet of excel.workbook.sheets)
      for (const [address, cell] of sheet.cells)
        if (cell.kind === "formula") {
          const v = ev.valueAt(sheet.name, address);
          cell.computed = isError(v) ? v.error : (v ?? "");
        }
    ev.destroy();
    const input = portableInputOf(excel.workbook);
    // The first plan writes each rule's formula for the first time (the rules themselves were
    // compiled by the recalculation, as in Excel, where the functions have run).
    const t0 = performance.now();
    let plan = planPortableCopy(input);
    const first = performance.now() - t0;
    const runs = 50;
    const t1 = performance.now();
    for (let i = 0; i < runs; i++) plan = planPortableCopy(input);
    const warm = (performance.now() - t1) / runs;
    console.log(
      `  ${lang}: ${plan.rewrites.length} SLA cells (${plan.compiled} compiled, ${plan.kept.length} kept as values): ` +
        `${first.toFixed(2)} ms the first time, ${warm.toFixed(2)} ms per plan over ${runs}`,
    );
  }
}
