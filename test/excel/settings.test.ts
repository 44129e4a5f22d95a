/**
 * The workbook's language, kept as a hidden defined name: read in one sync, saved in two.
 */
import { LANGUAGE_NAME, loadLanguage, saveLanguage } from "../../src/excel";
import { languageFromFormula } from "../../src/excel/settings";
import { createStrictExcel } from "./strictExcel";

test("no language saved: null, in one sync", async () => {
  const excel = createStrictExcel();
  expect(await loadLanguage((b) => excel.run(b))).toBeNull();
  expect(excel.workbook.syncs).toBe(1);
});

test("saving creates a hidden name; loading reads it back; saving again updates it", async () => {
  const excel = createStrictExcel();
  const run = <T>(b: (c: Excel.RequestContext) => Promise<T>) => excel.run(b);
  await saveLanguage("zh", run);
  expect(excel.workbook.syncs).toBe(2);
  expect(excel.workbook.name(LANGUAGE_NAME)).toMatchObject({ formula: '="zh"', visible: false });
  expect(await loadLanguage(run)).toBe("zh");
  await saveLanguage("en", run);
  expect(excel.workbook.names.filter((n) => n.name === LANGUAGE_NAME)).toEqual([
    expect.objectContaining({ formula: '="en"', visible: false }),
  ]);
  expect(await loadLanguage(run)).toBe("en");
});

test("a name of that spelling holding something else is not taken for a language", () => {
  expect(languageFromFormula('="zh"')).toBe("zh");
  expect(languageFromFormula('="EN"')).toBe("en");
  expect(languageFromFormula('="fr"')).toBeNull();
  expect(languageFromFormula("=Sheet1!$A$1")).toBeNull();
  expect(languageFromFormula(undefined)).toBeNull();
});
