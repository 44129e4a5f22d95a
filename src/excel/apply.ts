/**
 * Applies a plan through Office.js: a new worksheet and one write per step, all queued in one
 * batch (nothing here reads from Excel or syncs; insert.ts syncs once at the end).
 */
import type { UndoLog } from "./agreement/undo";
import type { Plan } from "./plan";
import type { Step } from "./steps";

function applyStep(workbook: Excel.Workbook, sheet: Excel.Worksheet, step: Step, undo?: UndoLog): void {
  const range = () => sheet.getRange((step as { address: string }).address);
  switch (step.kind) {
    case "numberFormat":
      range().numberFormat = step.formats;
      return;
    case "values":
      range().values = step.values;
      return;
    case "formulas":
      range().formulas = step.formulas;
      return;
    case "table": {
      // A Range, not an address string: a bare address would be read on the active sheet.
      const table = sheet.tables.add(range(), true);
      table.name = step.name;
      table.style = step.style;
      return;
    }
    case "addName": {
      const item = workbook.names.add(step.name, step.reference, step.comment);
      undo?.nameAdded(item, step.name);
      return;
    }
    case "setNameReference":
      undo?.nameRepointed(step.name, step.previous);
      workbook.names.getItem(step.name).formula = step.reference;
      return;
    case "font": {
      const font = range().format.font;
      if (step.bold !== undefined) font.bold = step.bold;
      if (step.italic !== undefined) font.italic = step.italic;
      if (step.size !== undefined) font.size = step.size;
      if (step.color !== undefined) font.color = step.color;
      return;
    }
    case "fill":
      range().format.fill.color = step.color;
      return;
    case "wrap":
      range().format.wrapText = true;
      return;
    case "columnWidth":
      range().format.columnWidth = step.points;
      return;
    case "hideColumns":
      range().columnHidden = true;
      return;
    case "validation":
      range().dataValidation.rule = step.rule as Excel.DataValidationRule;
      return;
    case "prompt":
      range().dataValidation.prompt = { showPrompt: true, title: step.title, message: step.message };
      return;
    case "conditionalFormat": {
      const custom = range().conditionalFormats.add("Custom").custom;
      custom.rule.formula = step.formula;
      custom.format.fill.color = step.fill;
      if (step.font) custom.format.font.color = step.font;
      return;
    }
    case "freezeRows":
      sheet.freezePanes.freezeRows(step.rows);
      return;
    case "print":
      sheet.pageLayout.orientation = step.landscape ? "Landscape" : "Portrait";
      if (step.scale !== undefined) {
        sheet.pageLayout.paperSize = "A4";
        sheet.pageLayout.zoom = { scale: step.scale };
      } else {
        // Fit all columns on one page and let the rows run on (0 = as many pages tall as needed).
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      }
      if (step.titleRows) sheet.pageLayout.setPrintTitleRows(step.titleRows);
      if (step.area) sheet.pageLayout.setPrintArea(step.area);
      for (const row of step.breaksBefore ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
      for (const col of step.columnBreaksBefore ?? []) sheet.verticalPageBreaks.add(`${col}1`);
      return;
    case "chart": {
      const chart = sheet.charts.add(step.type, sheet.getRange(step.address), step.seriesBy);
      chart.name = step.name;
      chart.title.text = step.title;
      chart.setPosition(step.from, step.to);
      chart.legend.position = "Bottom";
      if (step.min !== undefined) chart.axes.valueAxis.minimum = step.min;
      if (step.max !== undefined) chart.axes.valueAxis.maximum = step.max;
      return;
    }
  }
}

/** Queues the whole plan; returns the new worksheet. With an undo log, what is added is marked for undoing. */
export function applyPlan(workbook: Excel.Workbook, plan: Plan, undo?: UndoLog): Excel.Worksheet {
  const sheet = workbook.worksheets.add(plan.sheetName);
  undo?.sheetAdded(sheet, plan.sheetName);
  for (const step of plan.steps) applyStep(workbook, sheet, step, undo);
  sheet.activate();
  return sheet;
}
