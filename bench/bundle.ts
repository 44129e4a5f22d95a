/**
 * What the user downloads and how many round trips an insertion costs: the production bundle
 * sizes (raw and gzip) and each template's context.sync() count against the strict fake Excel
 * the tests use.
 */
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { insertTemplate } from "../src/excel";
import { LANGS, TEMPLATES } from "../src/templates";
import { createStrictExcel } from "../test/excel/strictExcel";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchBundle(): Promise<void> {
  console.log("Production bundles (dist/, from `npm run build`):");
  for (const file of ["taskpane.js", "functions.js", "functions.json", "functions.zh-cn.json", "taskpane.html"]) {
    const path = `dist/${file}`;
    if (!existsSync(path)) {
      console.log(`  ${file.padEnd(22)} missing: run npm run build first`);
      continue;
    }
    const raw = readFileSync(path);
    console.log(
      `  ${file.padEnd(22)} ${kb(raw.length).padStart(9)} raw  ${kb(gzipSync(raw, { level: 9 }).length).padStart(9)} gzip`,
    );
  }

  console.log(
    "\nTemplate insertion, context.sync() round trips per language, with and without example rows (limit 2):",
  );
  for (const template of TEMPLATES) {
    const counts: string[] = [];
    for (const lang of LANGS) {
      for (const examples of [true, false]) {
        const excel = createStrictExcel();
        await insertTemplate((batch) => excel.run(batch), template, lang, { examples });
        counts.push(`${lang}${examples ? "+examples" : ""} ${excel.workbook.syncs}`);
      }
    }
    console.log(`  ${template.id.padEnd(14)} ${counts.join(", ")}`);
  }
}
