import { grade } from "../../src/engine";
test("probe", () => {
  const fill = (f: string, n: number) => f.repeat(Math.ceil(n / f.length)).slice(0, n);
  const frags = ["优秀≥90;", "A:90-100; ", "9:00-18:00,", "周一至周五 ", "2小时", "2024-05-06 ", "9", "9 ", " ", "1.", "-", "≥", "(((", "：；，（）％"];
  const lines: string[] = [];
  for (const f of frags) {
    const text = fill(f, 32767);
    const ts: string[] = [];
    for (let i = 0; i < 20; i++) {
      const v = " ".repeat(i) + text.slice(i);
      const a = performance.now(); try { grade(85, v); } catch {} ts.push((performance.now() - a).toFixed(1));
    }
    lines.push(f + " " + ts.join(" "));
  }
  console.log(lines.join("\n"));
});
