/**
 * The Power Query roll-up (powerquery/rollup.pq) names the results feed's columns exactly as the
 * feed template writes them (src/templates/feed.ts): a renamed or added column fails here rather
 * than as a column of nulls in a team's report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FEED_TABLE } from "../../src/templates/feed";
import { linkedTable } from "../../src/templates/linked";

const query = readFileSync(join(__dirname, "../../powerquery/rollup.pq"), "utf8");
const columns = linkedTable(FEED_TABLE).columns;

/** The text between the braces that follow `start` ("FeedColumns ="), nested lists included. */
function listAfter(name: string): string {
  const start = query.indexOf(name);
  expect([name, start]).not.toEqual([name, -1]);
  const open = query.indexOf("{", start);
  let depth = 0;
  for (let i = open; i < query.length; i++) {
    if (query[i] === "{") depth++;
    if (query[i] === "}" && --depth === 0) return query.slice(open + 1, i);
  }
  throw new Error(`${name}: unclosed list`);
}

const strings = (m: string): string[] => [...m.matchAll(/"((?:[^"]|"")*)"/g)].map((x) => x[1].replace(/""/g, '"'));

test("FeedColumns is the feed's English headers, in order", () => {
  expect(strings(listAfter("FeedColumns ="))).toEqual(columns.map((c) => c.header.en));
});

test("ChineseHeaders renames every Chinese header to its English one", () => {
  const pairs = [...listAfter("ChineseHeaders =").matchAll(/\{\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\}/g)].map((m) => [
    m[1],
    m[2],
  ]);
  expect(pairs).toEqual(columns.map((c) => [c.header.zh, c.header.en]));
});

test("it reads the table by the feed's name, and gives every column but Met (made true/false) a type", () => {
  expect(query).toContain(`[Item] = "${FEED_TABLE}" and [Kind] = "Table"`);
  const typed = [...listAfter("Typed = Table.TransformColumnTypes(MetKnown,").matchAll(/\{\s*"([^"]*)"\s*,/g)].map(
    (m) => m[1],
  );
  expect(typed).toEqual(columns.map((c) => c.header.en).filter((h) => h !== "Met"));
  expect(query).toMatch(/\{\{"Met", each .*type nullable logical\}\}/);
});

test("its braces and parentheses balance, outside strings and comments", () => {
  const code = query
    .split("\n")
    .map((line) => line.replace(/"(?:[^"]|"")*"/g, '""').replace(/\/\/.*$/, ""))
    .join("\n");
  for (const [open, close] of [
    ["{", "}"],
    ["(", ")"],
    ["[", "]"],
  ]) {
    let depth = 0;
    let lowest = 0;
    for (const ch of code) {
      if (ch === open) depth++;
      if (ch === close) lowest = Math.min(lowest, --depth);
    }
    expect([open, depth, lowest]).toEqual([open, 0, 0]);
  }
  expect(code).toMatch(/^\(FolderUrl as text\) as table =>\s*let\b/m);
  expect(code.trimEnd()).toMatch(/\bin\s+Typed$/);
});
