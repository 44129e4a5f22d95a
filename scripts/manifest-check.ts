/**
 * Offline checks of manifest.xml that Microsoft's schemas cannot express (cross references, URLs,
 * icon pixel sizes, the shared-runtime wiring) and that the online `office-addin-manifest validate`
 * would only catch with a network. Used by scripts/validate-manifest.mjs (`npm run validate`) and by
 * test/manifest.test.ts, so the rules live in one place.
 *
 * Each check adds a plain sentence to the problem list; an empty list means the manifest passes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Url". */
  readonly name: string;
  /** Name without prefix, e.g. "Url". */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text directly inside the element, trimmed. */
  readonly text: string;
}

export interface CheckOptions {
  /** Folder that <base URL>/<path> maps to for icons (the repo root: assets/ lives there). */
  readonly rootDir: string;
  /**
   * Where the add-in is hosted, ending in "/". Default: the folder of <DefaultSettings><SourceLocation>
   * (https://localhost:3000/ in the source manifest, the --env url=... in a production build).
   * Every URL in the manifest must be under it.
   */
  readonly baseUrl?: string;
  /** When given, every URL path in the manifest must be a file in this folder (a built dist/). */
  readonly distDir?: string;
  /** Namespace the custom functions must use. */
  readonly namespace?: string;
}

export interface CheckResult {
  readonly problems: string[];
  /** What was found, for the command line summary and tests. */
  readonly facts: {
    readonly definedResids: number;
    readonly usedResids: number;
    readonly urls: number;
    readonly icons: number;
  };
}

// --- parsing -------------------------------------------------------------------------------------

type OrderedNode = Record<string, unknown>;

const ATTRS = ":@";

function toElement(node: OrderedNode): XmlElement | null {
  const name = Object.keys(node).find((k) => k !== ATTRS);
  if (name === undefined || name === "#text" || name.startsWith("?")) return null;
  const rawChildren = (node[name] as OrderedNode[] | undefined) ?? [];
  const rawAttrs = (node[ATTRS] as Record<string, unknown> | undefined) ?? {};
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = String(v);
  const children: XmlElement[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) {
      text += String(child["#text"]);
      continue;
    }
    const el = toElement(child);
    if (el) children.push(el);
  }
  const colon = name.indexOf(":");
  return { name, local: colon >= 0 ? name.slice(colon + 1) : name, attrs, children, text: text.trim() };
}

/** Parses XML into a small element tree; throws with the parser's message when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0]!;
}

function* walk(el: XmlElement, parents: XmlElement[] = []): Generator<[XmlElement, XmlElement[]]> {
  yield [el, parents];
  for (const c of el.children) yield* walk(c, [...parents, el]);
}

const child = (el: XmlElement | undefined, local: string): XmlElement | undefined =>
  el?.children.find((c) => c.local === local);
const childrenNamed = (el: XmlElement | undefined, local: string): XmlElement[] =>
  el ? el.children.filter((c) => c.local === local) : [];

// --- PNG -----------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  // Bytes 12..15 hold the first chunk's type, which the PNG spec requires to be IHDR.
  if (String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) !== "IHDR") return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// --- checks --------------------------------------------------------------------------------------

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

interface Resource {
  readonly kind: ResourceKind;
  readonly el: XmlElement;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The kind of resource each resid-bearing element must point at (per the VersionOverrides schema). */
function expectedKind(el: XmlElement, parents: readonly XmlElement[]): ResourceKind | null {
  const parent = parents[parents.length - 1];
  switch (el.local) {
    case "Runtime":
    case "FunctionFile":
    case "SourceLocation":
    case "LearnMoreUrl":
      return "Url";
    case "Image":
      return "Image";
    case "Namespace":
    case "Label":
    case "Title":
      return "ShortString";
    case "Description":
      return parent?.local === "Supertip" || parent?.local === "GetStarted" ? "LongString" : null;
    default:
      return null;
  }
}

/** Maps a URL under `base` to its file path ("assets/icon-16.png"), or null when it is not under `base`. */
function urlPath(url: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const plain = `${u.origin}${u.pathname}`;
  return plain.startsWith(base) ? decodeURIComponent(plain.slice(base.length)) : null;
}

export function checkManifestXml(xml: string, options: CheckOptions): CheckResult {
  const problems: string[] = [];
  const wantNamespace = options.namespace ?? "SLA";
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    problems.push((e as Error).message);
    return { problems, facts: { definedResids: 0, usedResids: 0, urls: 0, icons: 0 } };
  }

  if (root.local !== "OfficeApp") problems.push(`root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") {
    problems.push(`OfficeApp xsi:type is "${root.attrs["xsi:type"] ?? ""}", expected "TaskPaneApp"`);
  }

  // Permissions: the add-in writes scorecards into the workbook and needs nothing more.
  const permissions = child(root, "Permissions")?.text;
  if (permissions !== "ReadWriteDocument") {
    problems.push(`Permissions is "${permissions ?? "(missing)"}", expected "ReadWriteDocument"`);
  }

  // zh-CN overrides for what a Chinese-language Office shows in the add-in dialogs.
  for (const name of ["DisplayName", "Description"]) {
    const el = child(root, name);
    if (!el) problems.push(`<${name}> is missing`);
    else if (!childrenNamed(el, "Override").some((o) => o.attrs["Locale"] === "zh-CN" && o.attrs["Value"])) {
      problems.push(`<${name}> has no zh-CN <Override>`);
    }
  }

  // Shared runtime requirement set.
  const sets = [...walk(root)].filter(([el]) => el.local === "Set").map(([el]) => el);
  if (!sets.some((s) => s.attrs["Name"] === "SharedRuntime")) {
    problems.push(`<Requirements> lacks <Set Name="SharedRuntime" MinVersion="1.1"/>`);
  }

  // Resources: every defined id, by kind; duplicates are ambiguous.
  const resources = new Map<string, Resource>();
  const resourcesEl = [...walk(root)].find(([el]) => el.local === "Resources")?.[0];
  if (!resourcesEl) problems.push("<VersionOverrides> has no <Resources>");
  const groups: Array<[string, string, ResourceKind]> = [
    ["Images", "Image", "Image"],
    ["Urls", "Url", "Url"],
    ["ShortStrings", "String", "ShortString"],
    ["LongStrings", "String", "LongString"],
  ];
  for (const [groupName, itemName, kind] of groups) {
    for (const item of childrenNamed(child(resourcesEl, groupName), itemName)) {
      const id = item.attrs["id"];
      if (!id) {
        problems.push(`a <bt:${itemName}> in <bt:${groupName}> has no id`);
        continue;
      }
      if (resources.has(id)) problems.push(`resid "${id}" is defined more than once`);
      resources.set(id, { kind, el: item });
    }
  }

  // References: every resid must exist and be of the right kind; every definition must be used.
  const used = new Set<string>();
  for (const [el, parents] of walk(root)) {
    const resid = el.attrs["resid"];
    if (resid === undefined) continue;
    used.add(resid);
    const res = resources.get(resid);
    if (!res) {
      problems.push(`<${el.name}> refers to resid "${resid}", which is not defined in <Resources>`);
      continue;
    }
    const kind = expectedKind(el, parents);
    if (kind && kind !== res.kind) {
      problems.push(`<${el.name}> refers to resid "${resid}", a ${res.kind}, but needs a ${kind}`);
    }
  }
  for (const id of resources.keys()) {
    if (!used.has(id)) problems.push(`resid "${id}" is defined but never used`);
  }

  const valueOf = (resid: string | undefined): string | undefined =>
    resid === undefined ? undefined : resources.get(resid)?.el.attrs["DefaultValue"];

  // Shared runtime wiring: Runtime, FunctionFile and the CustomFunctions Page must name one resid.
  const host = [...walk(root)].find(
    ([el, parents]) =>
      el.local === "Host" && el.attrs["xsi:type"] === "Workbook" && parents.some((p) => p.local === "VersionOverrides"),
  )?.[0];
  if (!host) {
    problems.push(`<VersionOverrides> has no <Host xsi:type="Workbook">`);
  } else {
    if (host.children[0]?.local !== "Runtimes") {
      problems.push(`<Runtimes> must be the first child of <Host xsi:type="Workbook">`);
    }
    const runtimes = childrenNamed(child(host, "Runtimes"), "Runtime");
    if (runtimes.length !== 1) problems.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
    const runtime = runtimes[0];
    if (runtime && runtime.attrs["lifetime"] !== "long") {
      problems.push(`<Runtime> lifetime is "${runtime.attrs["lifetime"] ?? "short"}", expected "long"`);
    }
    const functionFile = child(child(host, "DesktopFormFactor"), "FunctionFile");
    const cfPoint = childrenNamed(child(host, "AllFormFactors"), "ExtensionPoint").find(
      (e) => e.attrs["xsi:type"] === "CustomFunctions",
    );
    const page = child(child(cfPoint, "Page"), "SourceLocation");
    const wiring: Array<[string, string | undefined]> = [
      ["<Runtime>", runtime?.attrs["resid"]],
      ["<FunctionFile>", functionFile?.attrs["resid"]],
      ["CustomFunctions <Page>", page?.attrs["resid"]],
    ];
    for (const [what, resid] of wiring) if (!resid) problems.push(`${what} is missing or has no resid`);
    const distinct = new Set(wiring.map(([, r]) => r).filter(Boolean));
    if (distinct.size > 1) {
      problems.push(
        `shared runtime resids disagree (${wiring.map(([w, r]) => `${w}=${r ?? "?"}`).join(", ")}); ` +
          `they must all name the task pane URL`,
      );
    }
    const showTaskpane = [...walk(host)].find(
      ([el]) => el.local === "Action" && el.attrs["xsi:type"] === "ShowTaskpane",
    )?.[0];
    if (!showTaskpane) {
      problems.push("no ribbon button with a ShowTaskpane action");
    } else if (runtime && child(showTaskpane, "SourceLocation")?.attrs["resid"] !== runtime.attrs["resid"]) {
      problems.push("the ShowTaskpane button does not open the shared runtime's page");
    }
    if (!cfPoint) {
      problems.push(`no <ExtensionPoint xsi:type="CustomFunctions">`);
    } else {
      // Namespace: =SLA.SCORE(...) is what the users type; Excel allows at most 32 characters.
      const nsRes = child(cfPoint, "Namespace")?.attrs["resid"];
      const ns = valueOf(nsRes);
      if (ns === undefined) problems.push("the custom functions namespace is not defined");
      else {
        if (ns.length > 32) problems.push(`namespace "${ns}" is longer than 32 characters`);
        if (ns !== wantNamespace) problems.push(`namespace is "${ns}", expected "${wantNamespace}"`);
        for (const o of childrenNamed(resources.get(nsRes ?? "")?.el, "Override")) {
          if (o.attrs["Value"] !== ns)
            problems.push(`namespace override for ${o.attrs["Locale"]} differs from "${ns}"`);
        }
      }
      // Metadata: English functions.json plus the zh-CN file for Chinese Office.
      const metaRes = child(child(cfPoint, "Metadata"), "SourceLocation")?.attrs["resid"];
      const meta = valueOf(metaRes);
      if (meta === undefined) problems.push("the custom functions metadata URL is not defined");
      else {
        if (!/\/functions\.json$/.test(meta)) problems.push(`metadata URL "${meta}" does not end in /functions.json`);
        const zh = childrenNamed(resources.get(metaRes ?? "")?.el, "Override").find(
          (o) => o.attrs["Locale"] === "zh-CN",
        );
        if (!zh) problems.push(`metadata URL has no <bt:Override Locale="zh-CN"> (functions.zh-cn.json)`);
        else if (!/\/functions\.zh-cn\.json$/.test(zh.attrs["Value"] ?? "")) {
          problems.push(`zh-CN metadata URL "${zh.attrs["Value"] ?? ""}" does not end in /functions.zh-cn.json`);
        }
      }
    }
  }

  // Base URL: everything the add-in serves lives under one folder of one host.
  const sourceLocation = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs["DefaultValue"];
  let base = options.baseUrl;
  if (base === undefined) {
    if (!sourceLocation) problems.push("<DefaultSettings><SourceLocation> is missing");
    try {
      base = sourceLocation ? new URL(".", sourceLocation).href : undefined;
    } catch {
      problems.push(`<DefaultSettings><SourceLocation> "${sourceLocation}" is not a URL`);
    }
  }

  // URLs: all https (Office refuses anything else). Gathered from every attribute and text.
  const urls: string[] = [];
  for (const [el] of walk(root)) {
    if (el.local === "OfficeApp" || el.local === "VersionOverrides") continue; // xmlns values are names, not URLs
    for (const [name, value] of Object.entries(el.attrs)) {
      if (!name.startsWith("xmlns") && URL_LIKE.test(value)) urls.push(value);
    }
    if (URL_LIKE.test(el.text)) urls.push(el.text);
  }
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`URL "${url}" is not https`);
    else if (base !== undefined && urlPath(url, base) === null)
      problems.push(`URL "${url}" is not under the add-in's base URL ${base}`);
  }

  // Icons: each referenced image must exist under rootDir with the pixel size Office expects.
  const icons: Array<[string, string, number]> = [];
  const iconUrl = child(root, "IconUrl")?.attrs["DefaultValue"];
  const hiRes = child(root, "HighResolutionIconUrl")?.attrs["DefaultValue"];
  if (!iconUrl) problems.push("<IconUrl> is missing");
  else icons.push(["<IconUrl>", iconUrl, 32]);
  if (!hiRes) problems.push("<HighResolutionIconUrl> is missing");
  else icons.push(["<HighResolutionIconUrl>", hiRes, 64]);
  for (const [el, parents] of walk(root)) {
    if (el.local !== "Image" || parents[parents.length - 1]?.local !== "Icon") continue;
    const size = Number(el.attrs["size"]);
    const res = resources.get(el.attrs["resid"] ?? "");
    if (!res || res.kind !== "Image") continue; // already reported above
    icons.push([`bt:Image "${el.attrs["resid"]}"`, res.el.attrs["DefaultValue"] ?? "", size]);
    for (const o of childrenNamed(res.el, "Override")) {
      icons.push([`bt:Image "${el.attrs["resid"]}" (${o.attrs["Locale"]})`, o.attrs["Value"] ?? "", size]);
    }
  }
  const seenIcon = new Set<string>();
  for (const [what, url, size] of icons) {
    const key = `${url}@${size}`;
    if (seenIcon.has(key)) continue;
    seenIcon.add(key);
    const rel = base === undefined ? null : urlPath(url, base);
    if (rel === null) continue; // reported with the URLs above
    if (!rel.startsWith("assets/")) problems.push(`${what}: "${url}" is not under /assets/`);
    const file = resolve(options.rootDir, rel);
    if (!existsSync(file)) {
      problems.push(`${what}: ${rel} does not exist`);
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) problems.push(`${what}: ${rel} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(`${what}: ${rel} is ${dims.width}x${dims.height}, expected ${size}x${size}`);
    }
  }

  // Built output: every URL the manifest names must be served from dist/.
  if (options.distDir) {
    for (const url of new Set(urls)) {
      const rel = base === undefined ? null : urlPath(url, base);
      if (rel !== null && rel !== "" && !existsSync(join(options.distDir, rel))) {
        problems.push(`"${url}" is not in ${options.distDir}/ (${rel} missing)`);
      }
    }
  }

  return {
    problems,
    facts: { definedResids: resources.size, usedResids: used.size, urls: urls.length, icons: seenIcon.size },
  };
}

/** Reads and checks a manifest file; the icon folder defaults to the manifest's own folder. */
export function checkManifestFile(path: string, options: Partial<CheckOptions> = {}): CheckResult {
  const xml = readFileSync(path, "utf8");
  return checkManifestXml(xml, { rootDir: options.rootDir ?? resolve(path, ".."), ...options });
}
