/** Which language the pane starts in: a preview's ?lang=, then the workbook's, then Office's display language. */
import { displayLanguageToLang, htmlLang, languageFromQuery, startLanguage } from "../../src/taskpane/language";

test.each([
  ["zh-CN", "zh"],
  ["zh-TW", "zh"],
  ["ZH-cn", "zh"],
  ["en-US", "en"],
  ["de-DE", "en"],
  ["ja-JP", "en"],
  [undefined, "en"],
] as const)("display language %s → %s", (display, lang) => {
  expect(displayLanguageToLang(display)).toBe(lang);
});

test("?lang= takes zh or en only", () => {
  expect(languageFromQuery("?lang=zh")).toBe("zh");
  expect(languageFromQuery("?x=1&lang=en")).toBe("en");
  expect(languageFromQuery("?lang=fr")).toBeNull();
  expect(languageFromQuery("")).toBeNull();
});

test("the workbook's saved language wins over Office's display language (co-authors share it)", () => {
  expect(startLanguage({ search: "", saved: "en", displayLanguage: "zh-CN" })).toBe("en");
  expect(startLanguage({ search: "", saved: "zh", displayLanguage: "en-US" })).toBe("zh");
});

test("without a saved language, Office's display language decides", () => {
  expect(startLanguage({ search: "", saved: null, displayLanguage: "zh-CN" })).toBe("zh");
  expect(startLanguage({ search: "", saved: null, displayLanguage: "fr-FR" })).toBe("en");
  expect(startLanguage({ search: "", saved: null, displayLanguage: undefined })).toBe("en");
});

test("a preview's ?lang= wins over both", () => {
  expect(startLanguage({ search: "?lang=zh", saved: "en", displayLanguage: "en-US" })).toBe("zh");
});

test("the page's language tag", () => {
  expect(htmlLang("zh")).toBe("zh-CN");
  expect(htmlLang("en")).toBe("en");
});
