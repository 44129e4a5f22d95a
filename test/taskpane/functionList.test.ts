/**
 * The functions page's examples, as the pane shows them in each language: each calls its own function,
 * and where the pane shows a result, the function really gives it (the examples are evaluated here
 * with the same code Excel runs, src/functions/functions.ts).
 */
import * as functions from "../../src/functions/functions";
import { LANGS, type Lang } from "../../src/templates";
import { FUNCTIONS, exampleFormula, exampleResult, type FunctionDoc } from "../../src/taskpane/functionList";

type Arg = string | number | number[][];

/** Splits "a, "b,c", {1;2}" at the commas outside quotes and braces. */
function splitArgs(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "{") depth++;
    else if (!quoted && ch === "}") depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args;
}

/** The literals the examples use: "text", 88%, 94.8, and column arrays {90;100;96} / {40%;30%;30%}. */
function literal(text: string): Arg {
  const number = (s: string) => (s.endsWith("%") ? Number(s.slice(0, -1)) / 100 : Number(s));
  if (text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/""/g, '"');
  if (text.startsWith("{") && text.endsWith("}"))
    return text
      .slice(1, -1)
      .split(";")
      .map((s) => [number(s.trim())]);
  const n = number(text);
  if (Number.isNaN(n)) throw new Error(`Not a literal the test evaluates: ${text}`);
  return n;
}

function evaluate(fn: FunctionDoc, formula: string): unknown {
  const m = new RegExp(`^=SLA\\.${fn.id}\\((.*)\\)$`).exec(formula);
  if (!m) throw new Error(`${formula} does not call SLA.${fn.id}`);
  const impl = (functions as unknown as Record<string, (...a: Arg[]) => unknown>)[fn.id.toLowerCase()];
  return impl(...splitArgs(m[1]).map(literal));
}

const cases = FUNCTIONS.flatMap((fn) => LANGS.map((lang) => [fn.id, lang, fn] as [string, Lang, FunctionDoc]));

test.each(cases)("%s (%s): the example calls its own function, in Excel's English syntax", (id, lang, fn) => {
  const formula = exampleFormula(fn, lang);
  expect(formula.startsWith(`=SLA.${id}(`)).toBe(true);
  expect(formula.endsWith(")")).toBe(true);
  // Excel's English syntax outside the quoted texts: commas between arguments, not the ; that some
  // locales type (inside array constants ; separates rows, as in English Excel), and no full-width marks.
  const outsideQuotes = formula.replace(/"[^"]*"/g, '""');
  expect(/[，；]/.test(outsideQuotes)).toBe(false);
  expect(/;/.test(outsideQuotes.replace(/\{[^}]*\}/g, "{}"))).toBe(false);
});

test.each(cases.filter(([, lang, fn]) => exampleResult(fn, lang) !== undefined))(
  "%s (%s): the result shown is what the function gives",
  (_id, lang, fn) => {
    const value = evaluate(fn, exampleFormula(fn, lang));
    const shown = typeof value === "boolean" ? String(value).toUpperCase() : String(value);
    expect(shown).toBe(exampleResult(fn, lang));
  },
);

test("the English pane shows a result wherever the Chinese one does", () => {
  const has = (fn: FunctionDoc, lang: Lang) => exampleResult(fn, lang) !== undefined;
  for (const fn of FUNCTIONS) expect({ id: fn.id, en: has(fn, "en") }).toEqual({ id: fn.id, en: has(fn, "zh") });
});

test("the English pane's examples have English texts inside their quotes", () => {
  const HAN = /\p{Script=Han}/u;
  for (const fn of FUNCTIONS)
    expect({ id: fn.id, chinese: HAN.test(exampleFormula(fn, "en")) }).toEqual({ id: fn.id, chinese: false });
});
