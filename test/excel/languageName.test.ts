/**
 * The saved language's name: which formulas are a language (="zh", =zh, any case, spaces around)
 * and which are not (anything inside or around the code).
 */
import { LANGUAGE_NAME, loadLanguage } from "../../src/excel";
import { languageFromFormula } from "../../src/excel/settings";
import { createStrictExcel } from "./strictExcel";

test.each([
  ['="zh"', "zh"],
  ["=zh", "zh"],
  ['="EN"', "en"],
  ["=En", "en"],
  [' ="zh" ', "zh"],
])("%s is %s", (formula, lang) => {
  expect(languageFromFormula(formula)).toBe(lang);
});

test.each(['=" zh"', '="zhx"', "=zhen", '=A1="zh"', 'x="en"', '"zh"', "zh", "=1", '=""', ""])(
  "%s is no language",
  (formula) => {
    expect(languageFromFormula(formula)).toBeNull();
  },
);

test("values that are not formulas are not languages", () => {
  expect(languageFromFormula(1)).toBeNull();
  expect(languageFromFormula(null)).toBeNull();
});

test("loading reads a name written by hand without quotes or in capitals", async () => {
  // =EN refers to a name EN that does not exist: Excel accepts it and computes #NAME?.
  for (const [formula, lang] of [
    ["=EN", "en"],
    ['="ZH"', "zh"],
    ['="zhx"', null],
  ] as const) {
    const name = { name: LANGUAGE_NAME, formula, visible: false, value: formula === "=EN" ? "#NAME?" : undefined };
    const excel = createStrictExcel({ sheets: [{ name: "Sheet1" }], names: [name] });
    expect([formula, await loadLanguage((b) => excel.run(b))]).toEqual([formula, lang]);
  }
});
