/**
 * The built task pane in a real browser: dist/ served on 127.0.0.1, opened in Debian's Chromium, with
 * Microsoft's office.js replaced by a fake Office host (fakeOffice/host.ts) whose workbook records every
 * write. Checks what an insertion and an example button actually write, how many syncs they take, what
 * the pane says, that it works by keyboard and from 320 to 450 px, and that it still works when office.js
 * cannot load. Saves screenshots to test-results/screenshots/.
 *
 * Skipped, saying so, only when /usr/bin/chromium is missing outside CI; in CI (CI=true) it always runs.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { getTemplate, isTable } from "../../src/templates";
import type { SheetSnapshot, WorkbookSnapshot } from "./fakeOffice/types";
import { CHROMIUM, launch, type Browser, type Pane, type PaneOptions } from "./support/browser";
import { bundleFakeOffice, preparePane, ROOT } from "./support/build";
import { serveStatic, type StaticServer } from "./support/server";

const inCI = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !inCI) {
  console.warn(
    `SKIPPED the task pane end-to-end tests: ${CHROMIUM} is not installed (scripts/setup.sh installs it as root on Debian; in CI they always run).`,
  );
}
const e2e = haveChromium || inCI ? describe : describe.skip;

const SCREENSHOTS = join(ROOT, "test-results", "screenshots");
const ALL_FUNCTIONS = [
  "SCORE",
  "GRADE",
  "WEIGHTED",
  "MET",
  "ATTAINMENT",
  "STREAK",
  "EXPLAIN",
  "RULE",
  "CREDIT",
  "DUE",
  "ELAPSED",
];

let paneDir: string | undefined;
let server: StaticServer;
let browser: Browser;
const open: Pane[] = [];

async function openPane(options: PaneOptions): Promise<Pane> {
  const pane = await browser.open(options);
  open.push(pane);
  return pane;
}

/** Polls the fake workbook until `ready` holds (the pane's writes finish after its UI updates start). */
async function snapshotWhen(pane: Pane, ready: (s: WorkbookSnapshot) => boolean): Promise<WorkbookSnapshot> {
  for (let i = 0; i < 100; i++) {
    const s = await pane.snapshot();
    if (ready(s)) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  return pane.snapshot();
}

const sheetOf = (s: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = s.sheets.find((x) => x.name === name);
  if (!sheet) throw new Error(`No sheet "${name}" among ${s.sheets.map((x) => x.name).join(", ")}`);
  return sheet;
};

/** "A4:H7" → the header row's addresses and the body rows' numbers. */
function tableCells(address: string): { headers: string[]; rows: number[]; column: (i: number) => string } {
  const [, c1, r1, c2, r2] = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(address) ?? [];
  if (!c1) throw new Error(`Unexpected table address ${address}`);
  const letters = Array.from({ length: c2.charCodeAt(0) - c1.charCodeAt(0) + 1 }, (_, i) =>
    String.fromCharCode(c1.charCodeAt(0) + i),
  );
  const rows = Array.from({ length: Number(r2) - Number(r1) }, (_, i) => Number(r1) + 1 + i);
  return { headers: letters.map((l) => `${l}${r1}`), rows, column: (i) => letters[i] };
}

async function noHorizontalScroll(pane: Pane): Promise<{ scrollWidth: number; width: number }> {
  return pane.page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
}

/** Every visible button ends inside the viewport (nothing cut off on the right). */
async function buttonsOutside(pane: Pane): Promise<string[]> {
  return pane.page.evaluate(() =>
    [...document.querySelectorAll("button, [role=radio], [role=switch], [role=tab]")]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5);
      })
      .map((el) => el.getAttribute("aria-label") ?? el.textContent ?? el.tagName),
  );
}

/** The focused element as the accessibility tree has it ("radio \"English\" [checked]"), and whether its focus shows. */
async function focused(pane: Pane): Promise<{ aria: string; focusVisible: boolean }> {
  const el = pane.page.locator("*:focus");
  const line = (await el.ariaSnapshot()).split("\n")[0].replace(/^- /, "");
  // The snapshot is YAML: a key with ": " inside comes single-quoted ('button "a: b"': text).
  const aria = line.replace(/^'((?:[^']|'')*)'/, (_, key: string) => key.replace(/''/g, "'"));
  // Fluent (tabster) marks an element focused from the keyboard with data-fui-focus-visible and draws its
  // focus outline from that; native controls use :focus-visible.
  const focusVisible = await el.evaluate((e) => !!e.closest("[data-fui-focus-visible]") || e.matches(":focus-visible"));
  return { aria, focusVisible };
}

/** Fonts with Chinese glyphs on the machines this runs on, and in Office. */
const CJK_FONT = /WenQuanYi|Noto Sans CJK|Noto Sans SC|Source Han|Droid Sans Fallback|YaHei|PingFang|AR PL/i;

/** The platform fonts Chromium drew an element's text with (DevTools protocol: CSS.getPlatformFontsForNode). */
async function fontsUsedFor(pane: Pane, selector: string): Promise<string[]> {
  const cdp = await pane.page.context().newCDPSession(pane.page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/** The one error of a page whose office.js this test makes fail is that failure; then none is left for afterEach. */
function officeJsFailedAndNothingElse(pane: Pane): void {
  expect(pane.errors).toEqual(["console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED"]);
  pane.errors.length = 0;
}

e2e("task pane in Chromium with a fake Office host", () => {
  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(
        `CI=${process.env.CI} but ${CHROMIUM} is missing: scripts/setup.sh installs chromium (Debian, as root).`,
      );
    const pane = preparePane();
    paneDir = pane.dir;
    console.log(`[e2e] task pane ${pane.how}`);
    server = await serveStatic(pane.dir);
    browser = await launch(server.origin, await bundleFakeOffice());
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 240_000);

  afterEach(async () => {
    // Whatever a test opened: no page errors, nothing fetched from outside.
    const panes = open.splice(0);
    for (const pane of panes) await pane.close();
    for (const pane of panes)
      expect({ errors: pane.errors, outside: pane.outside }).toEqual({ errors: [], outside: [] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (paneDir) rmSync(paneDir, { recursive: true, force: true });
  });

  test("English, with example data: the monthly scorecard is written as the template says, in at most 2 syncs", async () => {
    const template = getTemplate("scoring");
    // Office in Chinese: the pane starts in Chinese, and choosing English must switch it and save the choice.
    const pane = await openPane({ width: 360, office: { displayLanguage: "zh-CN" } });
    const { page } = pane;
    await expect(page.locator("h1").textContent()).resolves.toBe("SLA 服务水平评分");

    await page.getByRole("radio", { name: "English" }).check();
    await expect(page.locator("h1").textContent()).resolves.toBe("SLA Scorecard");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    const saved = await snapshotWhen(pane, (s) => s.names.some((n) => n.name === "SLA_Language"));
    expect(saved.names.find((n) => n.name === "SLA_Language")).toMatchObject({ formula: '="en"', visible: false });

    const examples = page.getByRole("switch", { name: "Include example data" });
    await expect(examples.isChecked()).resolves.toBe(false);
    await examples.check();

    const card = page.locator(`[data-template="${template.id}"]`);
    await card.getByRole("button", { name: `Insert the sheet “${template.title.en}”` }).click();
    const message = card.getByTestId("insert-result");
    await message.waitFor();
    const text = (await message.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("Sheet inserted");
    expect(text).toContain(`Created the sheet “${template.sheetName.en}”.`);
    expect(text).toContain("Its tables hold 3 example rows.");
    expect(text).toContain("Tables: SLA_Scoring.");
    // The scoring sheet uses the agreement's grade scale; inserted alone, the name is made with its default.
    expect(text).toContain("created with their defaults: SLA_GradeScale");
    await message.screenshot({ path: join(SCREENSHOTS, "insert-result-en-360.png") });

    const s = await pane.snapshot();
    // The runs: read the language (1 sync), save it (2), insert (at most 2).
    expect(s.runs.map((r) => r.state)).toEqual(["ok", "ok", "ok"]);
    const insertion = s.runs[2];
    expect(insertion.syncs).toBeLessThanOrEqual(2);

    expect(s.sheets.map((x) => x.name)).toEqual(["Sheet1", "Monthly Score"]);
    const sheet = sheetOf(s, "Monthly Score");
    expect(sheet.activated).toBe(true);
    expect(sheetOf(s, "Sheet1").writes).toEqual([]);
    expect(sheet.cells.A1).toMatchObject({ value: template.title.en, bold: true });

    expect(s.tables).toHaveLength(1);
    const table = s.tables[0];
    expect(table).toMatchObject({ name: "SLA_Scoring", sheet: "Monthly Score", style: "TableStyleMedium2" });
    const { headers, rows, column } = tableCells(table.address);
    const block = template.blocks.find(isTable)!;
    expect(headers.map((a) => sheet.cells[a]?.value)).toEqual(block.columns.map((c) => c.header.en));
    expect(headers.map((a) => sheet.cells[a]?.value)).toEqual(
      expect.arrayContaining(["Indicator", "Weight", "Standard", "Actual", "Scoring rule", "Score"]),
    );

    // The three example rows of seed 000 表3, in English.
    const col = (key: string) => column(block.columns.findIndex((c) => c.key === key));
    const at = (key: string, row: number) => sheet.cells[`${col(key)}${row}`] ?? {};
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => at("indicator", r).value)).toEqual([
      "Customer satisfaction",
      "First-contact resolution rate",
      "On-time response rate",
    ]);
    expect(rows.map((r) => [at("weight", r).value, at("weight", r).numberFormat])).toEqual([
      [0.4, "0%"],
      [0.3, "0%"],
      [0.3, "0%"],
    ]);
    expect(rows.map((r) => at("standard", r).value)).toEqual(["≥90%", "≥85%", "≥95%"]);
    expect(rows.map((r) => [at("actual", r).value, at("actual", r).numberFormat])).toEqual([
      [0.88, "0%"],
      [0.87, "0%"],
      [0.93, "0%"],
    ]);
    expect(rows.map((r) => [at("rule", r).kind, at("rule", r).value])).toEqual([
      ["text", "-5 per 1% below"],
      ["text", "-3 per 1% below"],
      ["text", "-2 per 1% below"],
    ]);
    // Formulas with structured references to the English headers.
    for (const r of rows) {
      expect(at("score", r)).toMatchObject({ kind: "formula" });
      expect(at("score", r).formula).toContain("SLA.SCORE([@[Actual]],[@[Standard]],[@[Scoring rule]])");
      expect(at("met", r).formula).toContain("SLA.MET([@[Actual]],[@[Standard]])");
    }
    const formulas = Object.values(sheet.cells).flatMap((c) => (c.formula ? [c.formula] : []));
    expect(formulas.some((f) => f.includes("SLA.WEIGHTED(SLA_Scoring[[Score]],SLA_Scoring[[Weight]])"))).toBe(true);
    expect(formulas.some((f) => /SLA\.GRADE\(\$[A-Z]+\$\d+,SLA_GradeScale\)/.test(f))).toBe(true);
    expect(s.names.find((n) => n.name === "SLA_GradeScale")).toMatchObject({
      formula: '="Excellent>=90; Pass>=80; Fail"',
    });
    // Validation on the weights, conditional formats on actuals and scores, header row frozen.
    expect(sheet.validations).toContain(`${col("weight")}${rows[0]}:${col("weight")}${rows[2]}`);
    expect(sheet.conditionalFormats.length).toBeGreaterThanOrEqual(3);
    expect(sheet.frozenRows).toBe(Number(headers[0].slice(1)));
  }, 60_000);

  test.each([
    ["en", "en-US", '=SLA.SCORE(88%, ">=90%", "full 100, -5 per 1% below")', "The example is in Sheet1!C3."],
    ["zh", "zh-CN", '=SLA.SCORE(88%, "≥90%", "达标100分，每低于1%扣5分")', "示例已写入 Sheet1!C3。"],
  ])(
    "functions page (%s): SCORE's button writes its example into the selected cell, in one sync",
    async (_lang, displayLanguage, formula, said) => {
      const pane = await openPane({ width: 360, office: { displayLanguage, activeCell: "C3" } });
      const { page } = pane;
      await page.getByRole("tab", { name: _lang === "en" ? "Functions" : "函数" }).click();
      const card = page.locator('[data-function="SCORE"]');
      await expect(card.getByTestId("example-formula").textContent()).resolves.toBe(formula);
      const name =
        _lang === "en" ? "Insert in selected cell: the SLA.SCORE example" : "写入所选单元格：SLA.SCORE 的示例";
      await card.getByRole("button", { name }).click();
      const message = card.getByTestId("write-result");
      await message.waitFor();
      expect((await message.innerText()).replace(/\s+/g, " ")).toContain(said);

      const s = await pane.snapshot();
      expect(sheetOf(s, "Sheet1").cells.C3).toEqual({ kind: "formula", formula });
      expect(sheetOf(s, "Sheet1").writes).toEqual(["formulas C3"]);
      const write = s.runs[s.runs.length - 1];
      expect(write).toEqual({ syncs: 1, state: "ok" });
      // The functions bundle registered every function with the (fake) host, before the pane ran.
      expect([...s.associated].sort()).toEqual([...ALL_FUNCTIONS].sort());
    },
    60_000,
  );

  test("functions page: Try a rule reads what is typed, charts it, says why when it cannot, and inserts =SLA.RULE in one sync", async () => {
    const pane = await openPane({ width: 360, office: { displayLanguage: "en-US", activeCell: "D4" } });
    const { page } = pane;
    await page.getByRole("tab", { name: "Functions" }).click();
    const box = page.getByTestId("try-rule");
    const status = box.getByRole("status");
    const polyline = box.locator("svg[role=img] polyline");
    const pointCount = async () => (await polyline.first().getAttribute("points"))?.trim().split(/\s+/).length ?? 0;

    // Prefilled with the English example, already read and charted.
    await expect(box.getByRole("textbox", { name: "Standard" }).inputValue()).resolves.toBe(">=90%");
    await expect(status.innerText()).resolves.toContain("at least 60");
    expect(await pointCount()).toBeGreaterThan(40);

    // A rule typed by keyboard: the sentence follows once typing pauses, with its chart.
    const standard = box.getByRole("textbox", { name: "Standard" });
    const rule = box.getByRole("textbox", { name: "Scoring rule or fee clause" });
    await standard.fill("");
    await standard.pressSequentially("<=15 min");
    await rule.fill("");
    await rule.pressSequentially("-2 per 1 min over");
    const sentence = "full marks 100; above 15 min, 2 points off per 1 min over (part steps in proportion)";
    await box.getByTestId("try-rule-sentence").filter({ hasText: sentence }).waitFor();
    await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
    const chart = box.getByRole("img");
    await expect(chart.getAttribute("aria-label")).resolves.toContain(sentence);
    await expect(chart.getAttribute("aria-label")).resolves.toContain("from 0 to 30");
    expect(await polyline.count()).toBe(1);
    expect(await pointCount()).toBeGreaterThan(40);
    await expect(box.getByTestId("rule-chart-standard").textContent()).resolves.toBe("≤15 min");

    // A rule that cannot be read: the engine's reason, in the status region; no chart, no crash.
    await rule.fill("whenever it suits us");
    await box.getByTestId("try-rule-error").waitFor();
    await expect(status.innerText()).resolves.toContain("This cannot be read:");
    expect(await polyline.count()).toBe(0);

    // Full marks from their box; a quote in the rule is doubled in the formula, as Excel writes it.
    await standard.fill(">=90%");
    await rule.fill('-5 per 1% below ("online")');
    await box.getByRole("textbox", { name: "Full marks (optional)" }).fill("10");
    await box.getByTestId("try-rule-sentence").filter({ hasText: "full marks 10; below 90%" }).waitFor();
    await box.getByRole("button", { name: /^Insert formula/ }).click();
    const message = box.getByTestId("write-result");
    await message.waitFor();
    expect((await message.innerText()).replace(/\s+/g, " ")).toContain("The formula is in Sheet1!D4.");
    const s = await pane.snapshot();
    const formula = '=SLA.RULE(">=90%", "-5 per 1% below (""online"")", 10)';
    expect(sheetOf(s, "Sheet1").cells.D4).toEqual({ kind: "formula", formula });
    expect(sheetOf(s, "Sheet1").writes).toEqual(["formulas D4"]);
    expect(s.runs[s.runs.length - 1]).toEqual({ syncs: 1, state: "ok" });
  }, 60_000);

  test.each([
    ["en", "en-US", 360, "Functions", "<=15 min", "-2 per 1 min over"],
    ["zh", "zh-CN", 450, "函数", "≥99%", "每低1%扣减当月服务费1.5%，最多扣减30%"],
  ])(
    "screenshot (%s, Office in %s, %i px): the Try a rule box",
    async (lang, displayLanguage, width, functionsTab, standard, rule) => {
      const pane = await openPane({ width, office: { displayLanguage } });
      const { page } = pane;
      await page.getByRole("tab", { name: functionsTab }).click();
      const box = page.getByTestId("try-rule");
      const [standardBox, ruleBox] = await box.getByRole("textbox").all();
      await standardBox.fill(standard);
      await ruleBox.fill(rule);
      await box.getByTestId("try-rule-sentence").waitFor();
      await page.waitForTimeout(300); // past the debounce: the chart is of what was typed
      await box.locator("svg[role=img] polyline").first().waitFor();
      // The chart fits the card: nothing drawn outside its box.
      const overflow = await box.evaluate((card) => {
        const c = card.getBoundingClientRect();
        return [...card.querySelectorAll("svg text")]
          .map((t) => t.getBoundingClientRect())
          .filter((r) => r.left < c.left - 0.5 || r.right > c.right + 0.5).length;
      });
      expect(overflow).toBe(0);
      await box.screenshot({ path: join(SCREENSHOTS, `try-rule-${lang}-${width}.png`), animations: "disabled" });
    },
    60_000,
  );

  test("a Text-formatted selected cell: the pane says Excel kept the formula as text", async () => {
    const pane = await openPane({
      width: 360,
      office: { displayLanguage: "en-US", activeCell: "B2", activeCellFormat: "@" },
    });
    await pane.page.getByRole("tab", { name: "Functions" }).click();
    const card = pane.page.locator('[data-function="MET"]');
    await card.getByRole("button", { name: "Insert in selected cell: the SLA.MET example" }).click();
    await card.getByTestId("write-result").waitFor();
    expect(await card.getByTestId("write-result").innerText()).toContain("Sheet1!B2 is formatted as Text");
    const s = await pane.snapshot();
    expect(sheetOf(s, "Sheet1").cells.B2).toMatchObject({ kind: "text", value: '=SLA.MET(87%, "≥85%")' });
  }, 60_000);

  test("keyboard: tab order, visible focus, the tab list with arrow keys, Insert with Enter", async () => {
    const pane = await openPane({ width: 360, office: { displayLanguage: "en-US" } });
    const { page } = pane;
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(pane);
      expect(f).toEqual({ aria: f.aria, focusVisible: true });
      order.push(f.aria);
    }
    expect(order).toEqual([
      'radio "English" [checked]',
      'tab "Templates" [selected]',
      'switch "Include example data"',
      `button "Insert the sheet “${getTemplate("agreement").title.en}”": Insert`,
    ]);

    // Back to the tab list; the arrow key moves to Functions, Enter selects it.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect((await focused(pane)).aria).toBe('tab "Templates" [selected]');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect((await focused(pane)).aria).toBe('tab "Functions" [selected]');
    await expect(page.getByRole("tabpanel", { name: "Functions" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("tabpanel", { name: "Templates" }).isVisible()).resolves.toBe(false);
    // The "Try a rule" box comes first: its three fields and its button, then the first function's button.
    const tryRule: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      const f = await focused(pane);
      expect(f).toEqual({ aria: f.aria, focusVisible: true });
      tryRule.push(f.aria.replace(/:( .*)?$/, ""));
    }
    expect(tryRule).toEqual([
      'textbox "Standard"',
      'textbox "Scoring rule or fee clause"',
      'textbox "Full marks (optional)"',
      'button "Insert formula SLA.RULE with this standard and rule in the selected cell"',
    ]);
    await page.keyboard.press("Tab");
    const write = 'button "Insert in selected cell: the SLA.SCORE example": Insert in selected cell';
    expect(await focused(pane)).toEqual({ aria: write, focusVisible: true });
    await page.keyboard.press("Enter");
    await page.locator('[data-function="SCORE"]').getByTestId("write-result").waitFor();
    // Focus stays on the button (disabledFocusable while busy, not disabled), so the user goes on from there.
    expect((await focused(pane)).aria).toBe(write);
  }, 60_000);

  test("office.js cannot load: the page still renders, as a preview that says it cannot write", async () => {
    const pane = await openPane({ width: 360, office: null });
    const { page } = pane;
    await expect(page.locator("h1").textContent()).resolves.toBe("SLA Scorecard");
    await expect(page.getByTestId("not-in-excel").innerText()).resolves.toContain("not running in Excel");
    const card = page.locator('[data-template="scoring"]');
    await card.getByRole("button", { name: /^Insert the sheet/ }).click();
    await expect(card.getByTestId("insert-result").innerText()).resolves.toContain("Open it from Excel's Home tab");
    officeJsFailedAndNothingElse(pane);
    // ?lang= previews the Chinese page without Office.
    const zh = await openPane({ width: 360, office: null, search: "?lang=zh" });
    await expect(zh.page.locator("h1").textContent()).resolves.toBe("SLA 服务水平评分");
    officeJsFailedAndNothingElse(zh);
  }, 60_000);

  test.each([320, 450])(
    "at %i px: no horizontal scrolling and no control cut off, either page, either language",
    async (width) => {
      for (const displayLanguage of ["en-US", "zh-CN"]) {
        const pane = await openPane({ width, office: { displayLanguage } });
        for (const tab of [null, displayLanguage === "en-US" ? "Functions" : "函数"]) {
          if (tab) await pane.page.getByRole("tab", { name: tab }).click();
          const { scrollWidth, width: w } = await noHorizontalScroll(pane);
          expect({ displayLanguage, tab, scrollWidth }).toEqual({ displayLanguage, tab, scrollWidth: w });
          expect(await buttonsOutside(pane)).toEqual([]);
        }
      }
    },
    60_000,
  );

  test.each([
    ["en", "en-US", "Functions"],
    ["zh", "zh-CN", "函数"],
  ])(
    "screenshots (%s): gallery and functions page at 360 and 450 px",
    async (lang, displayLanguage, functionsTab) => {
      for (const width of [360, 450]) {
        const pane = await openPane({ width, office: { displayLanguage } });
        const shoot = async (name: string, first: Locator) => {
          await first.waitFor();
          // animations: "disabled" ends transitions (the tab indicator slides) before the picture is taken.
          await pane.page.screenshot({
            path: join(SCREENSHOTS, `${name}-${lang}-${width}.png`),
            fullPage: true,
            animations: "disabled",
          });
        };
        await shoot("gallery", pane.page.locator("[data-template]").first());
        await pane.page.getByRole("tab", { name: functionsTab }).click();
        await shoot("functions", pane.page.locator("[data-function]").first());
      }
      // The Chinese title is drawn with a font that has Chinese glyphs (Chromium's own report of the fonts it
      // used), not as empty boxes: scripts/setup.sh installs one.
      if (lang === "zh") {
        const pane = await openPane({ width: 360, office: { displayLanguage } });
        const fonts = await fontsUsedFor(pane, "h1");
        expect(fonts.some((f) => CJK_FONT.test(f))).toBe(true);
      }
    },
    90_000,
  );
});
