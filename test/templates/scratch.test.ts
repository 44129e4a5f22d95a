import { planInsertion } from "../../src/excel";
import { getTemplate, isTable } from "../../src/templates";
import { evaluatePlan } from "./hyperformula";
const EMPTY = { sheetNames: [], tableNames: [], names: [] };
test("print", () => {
  const tp0 = getTemplate("results");
  const tp = { ...tp0, blocks: tp0.blocks.map((b) => (isTable(b) ? { ...b, examples: [...b.examples, { total: 78 }, { total: 75 }, {period: "x"}] } : b)) };
  const s = evaluatePlan(planInsertion(tp, "zh", { examples: true, formulaStyle: "a1" }, EMPTY));
  for (const f of [
    "=ROW($B$5:$B$8)", "=SUM(ROW($B$5:$B$8))", "=MAX(ROW($B$5:$B$8))", "=SUMPRODUCT(ROW($B$5:$B$8))",
    '=MAX(($B$5:$B$8<>"")*ROW($B$5:$B$8))', '=SUMPRODUCT(MAX(($B$5:$B$8<>"")*ROW($B$5:$B$8)))',
    '=MAX(IF($B$5:$B$8<>"",ROW($B$5:$B$8)))', '=MIN(ROW($B$5:$B$8))', '=ROWS($B$5:$B$8)',
    '=SUMPRODUCT(MAX(($B$5:$B$8<>"")*(ROW($B$5:$B$8)-ROW($B$5)+1)))',
    '=SUMPRODUCT(MAX(($B$5:$B$8<>"")*SEQUENCE(ROWS($B$5:$B$8))))',
    '=MATCH(2,1/($B$5:$B$8<>""))',
    '=MAX(($B$5:$B$8<>"")*(ROW($B$5:$B$8)))',
    '=MAX(($B$5:$B$8<>"")*{1;2;3;4})',
    '=SUMPRODUCT(($B$5:$B$8<>"")*ROW($B$5:$B$8))',
    '=XLOOKUP(TRUE,$B$5:$B$8<>"",$E$5:$E$8,0,0,-1)',
  ]) console.log(f, JSON.stringify(s.formula(f)));
});
