import { levelsOfText } from "../../src/engine/gradeScale";
import { tidyChars, tokenize } from "../../src/engine/gradeTokens";
test("probe", () => {
  const fill = (f: string, n: number) => f.repeat(Math.ceil(n / f.length)).slice(0, n);
  const out: string[] = [];
  for (const f of ["≥", "优秀≥90;", "-", "(((", "a", "9"]) {
    const text = fill(f, 32767);
    let bt = Infinity, bk = Infinity, bl = Infinity;
    for (let i = 0; i < 30; i++) {
      const v = " ".repeat(i) + text.slice(i);
      let a = performance.now(); const src = tidyChars(v); bt = Math.min(bt, performance.now() - a);
      a = performance.now(); tokenize(src.text); bk = Math.min(bk, performance.now() - a);
      a = performance.now(); try { levelsOfText(v + " "); } catch {} bl = Math.min(bl, performance.now() - a);
    }
    out.push(`${f}: tidy ${bt.toFixed(2)} tokenize ${bk.toFixed(2)} levels ${bl.toFixed(2)}`);
  }
  console.log(out.join("\n"));
});
