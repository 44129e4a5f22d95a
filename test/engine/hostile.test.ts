/** Probe (temporary). */
import { tidyChars, tokenize } from "../../src/engine/gradeTokens";
import { levelsOfText } from "../../src/engine/gradeScale";
const N = 32767;
const fill = (frag: string, n = N) => frag.repeat(Math.ceil(n / frag.length)).slice(0, n);
const best = (f: () => void) => { let b = Infinity; for (let i = 0; i < 15; i++) { const a = performance.now(); try { f(); } catch {} b = Math.min(b, performance.now() - a); } return b.toFixed(2); };
test("probe", () => {
  const out: string[] = [];
  for (const frag of ["abc ", "周一", "：；，（）％", "优秀≥90;", "9 ", "(((", "A:90-100;", "\u2028\u2029", "2小时", "9:00-18:00,", "一", "①"]) {
    const text = fill(frag);
    const src = tidyChars(text);
    out.push(`${JSON.stringify(frag).padEnd(16)} tidy ${best(() => tidyChars(text))} tokenize ${best(() => tokenize(src.text))} levels ${best(() => levelsOfText(text))}`);
  }
  console.log(out.join("\n"));
});
