/**
 * manifest.xml: our offline rules (scripts/manifest-check.ts) pass on the real manifest and fail on
 * deliberately broken copies; Microsoft's schemas accept it when ../shared/manifest-xsd is beside the
 * checkout; the production build's URL rewrite yields a manifest that still passes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkManifestXml, parseXml, pngSize } from "../scripts/manifest-check";

const root = resolve(__dirname, "..");
const manifestPath = join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const check = (xml: string) => checkManifestXml(xml, { rootDir: root }).problems;

/** Replaces exactly one occurrence, so a test cannot silently break nothing. */
function replaceOnce(xml: string, from: string | RegExp, to: string): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected one match of ${String(from)}, found ${count}`);
  return xml.replace(from, to);
}

describe("manifest.xml passes the offline checks", () => {
  test("no problems", () => {
    expect(check(manifest)).toEqual([]);
  });

  test("it is the shared-runtime add-in described in the brief", () => {
    const { facts } = checkManifestXml(manifest, { rootDir: root });
    expect(facts.definedResids).toBe(facts.usedResids);
    expect(facts.icons).toBeGreaterThanOrEqual(4);
    expect(manifest).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    // The ExcelApi minimum; test/apiSets.test.ts checks it against every Excel API member the code uses.
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    expect(manifest).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(manifest).toContain('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-cn.json"/>');
    expect(manifest).toContain('<Override Locale="zh-CN" Value="SLA 服务水平评分"/>');
  });

  test("the ribbon button sits on the Home tab", () => {
    const rootEl = parseXml(manifest);
    const tabs: string[] = [];
    const visit = (el: ReturnType<typeof parseXml>): void => {
      if (el.local === "OfficeTab") tabs.push(el.attrs["id"] ?? "");
      el.children.forEach(visit);
    };
    visit(rootEl);
    expect(tabs).toEqual(["TabHome"]);
  });

  test("every icon in assets/ is a PNG of the size its name says", () => {
    const files = readdirSync(join(root, "assets")).filter((f) => f.endsWith(".png"));
    expect(files.sort()).toEqual(["icon-128.png", "icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
    for (const f of files) {
      const size = Number(/icon-(\d+)\.png/.exec(f)?.[1]);
      expect(pngSize(readFileSync(join(root, "assets", f)))).toEqual({ width: size, height: size });
    }
  });
});

describe("broken copies of manifest.xml fail", () => {
  const cases: Array<[string, () => string, RegExp]> = [
    [
      "a missing resid",
      () => replaceOnce(manifest, /\s*<bt:String id="Group\.Label"[\s\S]*?<\/bt:String>/, ""),
      /refers to resid "Group\.Label", which is not defined/,
    ],
    [
      "an http URL",
      () =>
        replaceOnce(
          manifest,
          '"https://localhost:3000/taskpane.html"/>\n        <bt:Url',
          '"http://localhost:3000/taskpane.html"/>\n        <bt:Url',
        ),
      /URL "http:\/\/localhost:3000\/taskpane\.html" is not https/,
    ],
    [
      "a mismatched runtime resid",
      () =>
        replaceOnce(
          replaceOnce(manifest, '<Runtime resid="Taskpane.Url"', '<Runtime resid="Shared.Url"'),
          "<bt:Urls>",
          '<bt:Urls>\n        <bt:Url id="Shared.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
        ),
      /shared runtime resids disagree \(<Runtime>=Shared\.Url, <FunctionFile>=Taskpane\.Url, CustomFunctions <Page>=Taskpane\.Url\)/,
    ],
    [
      "a resid defined but never used",
      () =>
        replaceOnce(
          manifest,
          "<bt:Urls>",
          '<bt:Urls>\n        <bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/>',
        ),
      /resid "Spare\.Url" is defined but never used/,
    ],
    [
      "a resid pointing at the wrong kind of resource",
      () => replaceOnce(manifest, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Group.Label"/>'),
      /<FunctionFile> refers to resid "Group\.Label", a ShortString, but needs a Url/,
    ],
    [
      "another namespace",
      () =>
        replaceOnce(
          manifest,
          '<bt:String id="Functions.Namespace" DefaultValue="SLA"/>',
          '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>',
        ),
      /namespace is "CONTOSO", expected "SLA"/,
    ],
    [
      "a namespace over 32 characters",
      () => replaceOnce(manifest, 'DefaultValue="SLA"/>', `DefaultValue="${"S".repeat(33)}"/>`),
      /longer than 32 characters/,
    ],
    [
      "wider permissions",
      () =>
        replaceOnce(
          manifest,
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteMailbox</Permissions>",
        ),
      /Permissions is "ReadWriteMailbox", expected "ReadWriteDocument"/,
    ],
    [
      "no zh-CN metadata",
      () =>
        replaceOnce(
          manifest,
          /\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions\.zh-cn\.json"\/>/,
          "",
        ),
      /metadata URL has no <bt:Override Locale="zh-CN">/,
    ],
    [
      "an icon of the wrong size",
      () =>
        replaceOnce(
          manifest,
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        ),
      /assets\/icon-64\.png is 64x64, expected 80x80/,
    ],
    [
      "a missing icon file",
      () =>
        replaceOnce(
          manifest,
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
          '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/nope.png"/>',
        ),
      /assets\/nope\.png does not exist/,
    ],
    [
      "no shared runtime requirement",
      () => replaceOnce(manifest, /\s*<Set Name="SharedRuntime" MinVersion="1\.1"\/>/, ""),
      /lacks <Set Name="SharedRuntime"/,
    ],
    ["XML that is not well-formed", () => manifest.replace("</OfficeApp>", ""), /not well-formed XML/],
  ];

  test.each(cases)("%s", (_name, mutate, expected) => {
    const problems = check(mutate());
    expect(problems.join("\n")).toMatch(expected);
  });
});

describe("production build URL (webpack --env url=...)", () => {
  // The config is plain CommonJS; loading it does not run webpack.

  const webpackConfig = require("../webpack.config.js") as (
    env: object,
    argv: object,
  ) => Promise<{ plugins: unknown[] }>;

  async function builtManifest(env: object): Promise<string> {
    const config = await webpackConfig(env, { mode: "production" });
    type Pattern = { from: string; transform?: (content: Buffer) => Buffer | string };
    const copy = config.plugins.find((p): p is { patterns: Pattern[] } =>
      Array.isArray((p as { patterns?: unknown }).patterns),
    );
    const pattern = copy?.patterns.find((p) => p.from === "manifest.xml");
    if (!pattern?.transform) throw new Error("webpack.config.js copies no manifest.xml with a transform");
    return pattern.transform(Buffer.from(manifest, "utf8")).toString();
  }

  test("without a URL the manifest keeps https://localhost:3000/", async () => {
    expect(await builtManifest({})).toBe(manifest);
  });

  test("with a URL every localhost URL is rewritten, and the result still passes", async () => {
    const out = await builtManifest({ url: "https://contoso.example/sla" });
    expect(out).not.toContain("localhost");
    expect(out.split("https://contoso.example/sla/").length - 1).toBe(
      manifest.split("https://localhost:3000/").length - 1,
    );
    expect(check(out)).toEqual([]);
  });

  test("an http hosting URL is refused", async () => {
    await expect(webpackConfig({ url: "http://contoso.example/" }, { mode: "production" })).rejects.toThrow(
      /must be https/,
    );
  });
});

const xsdScript = resolve(root, "..", "shared", "manifest-xsd", "validate.sh");
const withXsd = existsSync(xsdScript) ? describe : describe.skip;

withXsd("Microsoft's manifest schemas (../shared/manifest-xsd/validate.sh)", () => {
  const validate = (file: string) => spawnSync("bash", [xsdScript, file], { encoding: "utf8", timeout: 120_000 });

  test("manifest.xml is valid", () => {
    const r = validate(manifestPath);
    expect(`${r.stdout}${r.stderr}`).toMatch(/VALID: /);
    expect(r.status).toBe(0);
  });

  test("a copy with <Runtimes> in the wrong place is rejected", () => {
    const dir = mkdtempSync(join(tmpdir(), "sla-manifest-"));
    try {
      const runtimes = '<Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>';
      const moved = replaceOnce(
        replaceOnce(manifest, runtimes, ""),
        "</AllFormFactors>",
        `</AllFormFactors>\n        ${runtimes}`,
      );
      const file = join(dir, "manifest.xml");
      writeFileSync(file, moved);
      const r = validate(file);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/INVALID: /);
      // Our own rule catches the same mistake without the schemas.
      expect(check(moved).join("\n")).toMatch(/<Runtimes> must be the first child/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
