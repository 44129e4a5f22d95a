/** The README's grammar table is the engine's table of clause kinds, regenerated: never stale. */
import { readFileSync } from "node:fs";
import { withTable } from "../scripts/grammar-table";

test("README's grammar table matches src/engine/clauses (run npm run docs:grammar)", () => {
  const readme = readFileSync("README.md", "utf8");
  expect(withTable(readme)).toBe(readme);
});
