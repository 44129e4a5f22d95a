/**
 * Every text of the task pane in both languages: present, not empty, and the Chinese ones in Chinese.
 * (A missing key already fails to compile: each language module is typed UiTexts; this catches empty
 * strings, English left in the Chinese module, and texts built from parameters that drop them.)
 */
import { LANGS } from "../../src/templates";
import { FUNCTIONS } from "../../src/taskpane/functionList";
import { LANGUAGE_NAMES, TEXTS, type UiTexts } from "../../src/taskpane/texts";

const HAN = /\p{Script=Han}/u;

/** Each text as it is shown: functions called with recognisable arguments (numbers where they count). */
function rendered(t: UiTexts): [string, string][] {
  return Object.entries(t).map(([key, value]) => {
    if (typeof value === "string") return [key, value];
    const args = Array.from({ length: (value as (...a: unknown[]) => string).length }, (_, i) => `«arg${i}»`);
    return [key, (value as (...a: unknown[]) => string)(...args)];
  });
}

test("both languages have the same keys, and the same kind of text (plain or with parameters) under each", () => {
  const shape = (t: UiTexts) =>
    Object.entries(t)
      .map(([k, v]) => `${k}:${typeof v}:${typeof v === "function" ? v.length : ""}`)
      .sort();
  expect(shape(TEXTS.zh)).toEqual(shape(TEXTS.en));
  expect(Object.keys(TEXTS).sort()).toEqual([...LANGS].sort());
});

test.each(LANGS)("every %s text is non-empty, and texts with parameters show each of them", (lang) => {
  for (const [key, text] of rendered(TEXTS[lang])) {
    expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    const fn = TEXTS[lang][key as keyof UiTexts];
    if (typeof fn === "function")
      for (let i = 0; i < fn.length; i++)
        expect({ key, text }).toEqual({ key, text: expect.stringContaining(`«arg${i}»`) });
  }
});

/** Chinese punctuation (、，：。 and full-width forms), for the one text that is only punctuation. */
const CJK_PUNCTUATION = /^[\u3000-\u303F\uFF00-\uFFEF]+$/;

test("every Chinese text contains Chinese; no English text does", () => {
  for (const [key, text] of rendered(TEXTS.zh)) {
    const chinese = key === "listSeparator" ? CJK_PUNCTUATION.test(text) : HAN.test(text);
    expect({ key, text, chinese }).toEqual({ key, text, chinese: true });
  }
  for (const [key, text] of rendered(TEXTS.en))
    expect({ key, text, chinese: HAN.test(text) }).toEqual({ key, text, chinese: false });
});

test("English and Chinese texts differ (nothing left untranslated)", () => {
  const en = new Map(rendered(TEXTS.en));
  // The list separator is punctuation; everything else must read differently.
  const same = rendered(TEXTS.zh).filter(([key, text]) => key !== "listSeparator" && en.get(key) === text);
  expect(same).toEqual([]);
});

test("the example-row texts count in English (1 row, 3 rows)", () => {
  expect(TEXTS.en.insertedExampleRows(1)).toBe("Its tables hold 1 example row.");
  expect(TEXTS.en.insertedExampleRows(3)).toBe("Its tables hold 3 example rows.");
  expect(TEXTS.zh.insertedExampleRows(3)).toBe("表格中有 3 行示例数据。");
});

test("button labels start with the button's visible words (label in name, for voice control)", () => {
  for (const lang of LANGS) {
    const t = TEXTS[lang];
    expect(t.insertLabel("X").startsWith(t.insert)).toBe(true);
    expect(t.writeExampleLabel("SLA.SCORE").startsWith(t.writeExample)).toBe(true);
    expect(t.tryRuleInsertLabel.startsWith(t.tryRuleInsert)).toBe(true);
    expect(t.refreshLabel.startsWith(t.refresh)).toBe(true);
  }
});

test("each language is named in itself", () => {
  expect(LANGUAGE_NAMES).toEqual({ zh: "简体中文", en: "English" });
});

describe("the function list's texts", () => {
  test.each(FUNCTIONS.map((fn) => [fn.id, fn] as const))(
    "%s: description and return type in both languages, Chinese in Chinese",
    (_id, fn) => {
      for (const texts of [fn.description, fn.returns]) {
        expect(texts.en.trim()).not.toBe("");
        expect(texts.zh.trim()).not.toBe("");
      }
      expect(HAN.test(fn.description.zh)).toBe(true);
      expect(HAN.test(fn.returns.zh)).toBe(true);
      expect(HAN.test(fn.description.en)).toBe(false);
      expect(HAN.test(fn.returns.en)).toBe(false);
    },
  );
});
