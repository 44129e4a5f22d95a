/**
 * Which Office.js members the sources use, the requirement set each needs, and the guard around it.
 *
 * The TypeScript compiler resolves every property access and method call (and every property of an object
 * literal typed by Office.js, and every name in a `load("a,b/c")` string) to its declaration; a declaration
 * in @types/office-js's `Excel` or `Office` namespace is an Office.js member. Its requirement set is read from
 * the declaration's JSDoc (ts.getJSDocCommentsAndTags): `[Api set: ExcelApi 1.x]` in Excel, the
 * "Requirement set(s)" links in Office (File, CompressedFile, ...); a member without a note takes its
 * class's or interface's note. OfficeExtension (context.sync, ...) is the base of every Office.js API.
 *
 * A use is guarded when it sits, lexically (in its function or one it is written inside, e.g. the callback
 * of an Excel.run in a guarded branch),
 *   - in the then-branch of an `if`/`?:` whose condition requires
 *     `Office.context.requirements.isSetSupported(SET, VERSION)` (directly, through `&&`, or through a
 *     `const` whose initializer does) and which has an else-branch (the fallback), or in the else-branch of
 *     one whose condition is the negation; or
 *   - after `if (!isSetSupported(...)) { ...; return | throw }` (that branch is the fallback).
 */
import ts from "typescript";

export interface ApiSet {
  /** "ExcelApi", "ExcelApiOnline", "File", ... */
  readonly name: string;
  /** "1.9"; "" when the set has no version (an Office common set such as File). */
  readonly version: string;
}

export interface Guard {
  readonly sets: readonly ApiSet[];
  /** Where the fallback is: "else" / "return" / "throw" / "?:". */
  readonly fallback: string;
  readonly line: number;
}

export interface ApiUse {
  readonly file: string;
  readonly line: number;
  /** "Excel.Range.numberFormat", "Office.Document.getFileAsync". */
  readonly member: string;
  /** The sets the member needs (empty: none named, the base API). */
  readonly sets: readonly ApiSet[];
  readonly guard: Guard | null;
}

const OFFICE_JS = /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/;
const NAMESPACES = new Set(["Excel", "Office", "OfficeExtension"]);

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const setText = (s: ApiSet) => (s.version ? `${s.name} ${s.version}` : s.name);

/** The outermost namespace a declaration sits in, and its dotted name ("Excel.Range.numberFormat"). */
function qualifiedName(decl: ts.Declaration): { ns: string; name: string } | null {
  const parts: string[] = [];
  let node: ts.Node | undefined = decl;
  let ns = "";
  while (node) {
    const named = node as ts.Node & { name?: ts.Node };
    if (
      (ts.isModuleDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isPropertySignature(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isEnumMember(node)) &&
      named.name &&
      ts.isIdentifier(named.name)
    ) {
      parts.unshift(named.name.text);
      if (ts.isModuleDeclaration(node)) ns = named.name.text;
    }
    node = node.parent;
  }
  return ns && NAMESPACES.has(ns) ? { ns, name: parts.join(".") } : null;
}

function jsDocText(decl: ts.Node): string {
  const source = decl.getSourceFile().text;
  return ts
    .getJSDocCommentsAndTags(decl)
    .filter(ts.isJSDoc)
    .map((doc) => source.slice(doc.pos, doc.end))
    .join("\n");
}

/** What a call passes: its text and the names of the parameters it gives an argument for. */
export interface CallInfo {
  readonly text: string;
  readonly passed: readonly string[];
}

const NO_CALL: CallInfo = { text: "", passed: [] };

/**
 * The sets a JSDoc names: `[Api set: ExcelApi 1.9]`, or Office's "Requirement set(s)" links. A note with
 * conditions ("1.1 for adding a single row; 1.4 allows adding of multiple rows; 1.15 for adding `alwaysInsert`
 * parameter") needs its first version, and a later one when the call passes the parameter that one names.
 */
export function setsInDoc(doc: string, call: CallInfo = NO_CALL): ApiSet[] | null {
  const excel = /\[Api set: ([A-Za-z]+) ?([^\]]*)\]/.exec(doc);
  if (excel) {
    const parts = excel[2].split(";").map((p) => p.trim());
    let version = /^\d+(\.\d+)*/.exec(parts[0])?.[0] ?? parts[0];
    for (const part of parts.slice(1)) {
      const m = /^(\d+(?:\.\d+)*)\b.*`(\w+)`.*parameter/.exec(part);
      if (m && call.passed.includes(m[2]) && compareVersions(m[1], version) > 0) version = m[1];
    }
    // "ExcelApi BETA (PREVIEW ONLY)" and the like keep their words: no released Excel has them.
    return [{ name: excel[1], version }];
  }
  const office = /\*\*Requirement sets?\*\*:([\s\S]*?)(?:\n\s*\*\s*\n\s*\*\s*(?![-\s]*\{@link)|$)/.exec(doc);
  if (!office) return null;
  const sets: ApiSet[] = [];
  const link = /-?\s*\{@link [^|}]*\|\s*([A-Za-z]+)\s*\}(?:\s*\(when using `Office\.FileType\.(\w+)`\))?/g;
  for (let m = link.exec(office[1]); m; m = link.exec(office[1])) {
    if (m[2] && !new RegExp(`\\b${m[2]}\\b`).test(call.text)) continue;
    const version = /^(\w+?)\s*(\d+(?:\.\d+)*)$/.exec(m[1]);
    sets.push(version ? { name: version[1], version: version[2] } : { name: m[1], version: "" });
  }
  return sets;
}

function setsOf(decl: ts.Declaration, call: CallInfo): ApiSet[] {
  for (let node: ts.Node | undefined = decl; node; node = node.parent) {
    if (ts.isSourceFile(node) || ts.isModuleBlock(node)) break;
    const sets = setsInDoc(jsDocText(node), call);
    if (sets) return sets;
  }
  return [];
}

/** isSetSupported("X", "1.y") calls that must have returned `polarity` for `expr` to be `polarity`. */
function requiredSets(expr: ts.Expression, polarity: boolean, checker: ts.TypeChecker, depth = 0): ApiSet[] {
  if (depth > 8) return [];
  if (ts.isParenthesizedExpression(expr)) return requiredSets(expr.expression, polarity, checker, depth + 1);
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken)
    return requiredSets(expr.operand, !polarity, checker, depth + 1);
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if ((op === ts.SyntaxKind.AmpersandAmpersandToken && polarity) || (op === ts.SyntaxKind.BarBarToken && !polarity))
      return [
        ...requiredSets(expr.left, polarity, checker, depth + 1),
        ...requiredSets(expr.right, polarity, checker, depth + 1),
      ];
    return [];
  }
  if (ts.isCallExpression(expr) && polarity) {
    const callee = expr.expression;
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
    const [set, version] = expr.arguments;
    if (name === "isSetSupported" && set && ts.isStringLiteralLike(set)) {
      const decl = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee)
        ?.declarations?.[0];
      if (decl && OFFICE_JS.test(decl.getSourceFile().fileName))
        return [{ name: set.text, version: version && ts.isStringLiteralLike(version) ? version.text : "" }];
    }
    return [];
  }
  if (ts.isIdentifier(expr)) {
    const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer &&
      ts.isVariableDeclarationList(decl.parent) &&
      decl.parent.flags & ts.NodeFlags.Const
    )
      return requiredSets(decl.initializer, polarity, checker, depth + 1);
  }
  return [];
}

const endsWithExit = (stmt: ts.Statement): "return" | "throw" | null => {
  if (ts.isReturnStatement(stmt)) return "return";
  if (ts.isThrowStatement(stmt)) return "throw";
  if (ts.isBlock(stmt) && stmt.statements.length > 0) return endsWithExit(stmt.statements[stmt.statements.length - 1]);
  return null;
};

/** The guard around `node` in its function, if any. */
function guardOf(node: ts.Node, checker: ts.TypeChecker): Guard | null {
  const found: Guard[] = [];
  const line = (n: ts.Node) => n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1;
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child !== parent.expression) {
      if (child === parent.thenStatement && parent.elseStatement) {
        const sets = requiredSets(parent.expression, true, checker);
        if (sets.length) found.push({ sets, fallback: "else", line: line(parent) });
      } else if (child === parent.elseStatement) {
        const sets = requiredSets(parent.expression, false, checker);
        if (sets.length) found.push({ sets, fallback: "if", line: line(parent) });
      }
    }
    if (ts.isConditionalExpression(parent) && child !== parent.condition) {
      const sets = requiredSets(parent.condition, child === parent.whenTrue, checker);
      if (sets.length) found.push({ sets, fallback: "?:", line: line(parent) });
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isModuleBlock(parent) || ts.isCaseClause(parent)) {
      const statements = (parent as ts.Block).statements;
      for (const stmt of statements) {
        if (stmt === child) break;
        if (ts.isIfStatement(stmt) && !stmt.elseStatement) {
          const exit = endsWithExit(stmt.thenStatement);
          const sets = exit ? requiredSets(stmt.expression, false, checker) : [];
          if (exit && sets.length) found.push({ sets, fallback: exit, line: line(stmt) });
        }
      }
    }
  }
  if (!found.length) return null;
  return { sets: found.flatMap((g) => g.sets), fallback: found[0].fallback, line: found[0].line };
}

/** Every use of an Office.js member in the program's files matching `include`. */
export function findApiUses(program: ts.Program, include: (fileName: string) => boolean): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const seen = new Set<string>();

  const record = (at: ts.Node, symbol: ts.Symbol | undefined, call = NO_CALL, declaration?: ts.Declaration) => {
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = declaration ?? target?.declarations?.[0];
    if (!decl || !OFFICE_JS.test(decl.getSourceFile().fileName)) return;
    const q = qualifiedName(decl);
    if (!q) return;
    const sf = at.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(at.getStart()).line + 1;
    const key = `${sf.fileName}:${at.getStart()}:${q.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    uses.push({
      file: sf.fileName,
      line,
      member: q.name,
      sets: q.ns === "OfficeExtension" ? [] : setsOf(decl, call),
      guard: guardOf(at, checker),
    });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
      const signature = call ? checker.getResolvedSignature(call)?.declaration : undefined;
      const declaration = signature && !ts.isJSDocSignature(signature) ? signature : undefined;
      const passed =
        call && declaration
          ? declaration.parameters
              .filter((p, i) => i < call.arguments.length && ts.isIdentifier(p.name))
              .map((p) => (p.name as ts.Identifier).text)
          : [];
      record(
        node.name,
        checker.getSymbolAtLocation(node.name),
        call ? { text: call.getText(), passed } : NO_CALL,
        declaration,
      );
      // load("a,b/c"), load(["a"]): the named properties of the loaded object.
      if (call && node.name.text === "load") {
        const type = checker.getTypeAtLocation(node.expression);
        for (const arg of call.arguments) {
          const names = ts.isStringLiteralLike(arg)
            ? [arg]
            : ts.isArrayLiteralExpression(arg)
              ? arg.elements.filter(ts.isStringLiteralLike)
              : [];
          for (const lit of names)
            for (const path of lit.text.split(",")) {
              const prop = type.getProperty(path.trim().split("/")[0]);
              if (prop) record(lit, prop);
            }
        }
      }
    } else if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      if (contextual)
        for (const p of node.properties) {
          if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
          const prop = contextual.getProperty(p.name.text);
          if (prop) record(p.name, prop);
        }
    }
    ts.forEachChild(node, visit);
  };

  for (const sf of program.getSourceFiles()) if (include(sf.fileName)) visit(sf);
  return uses;
}

/** A program over `files` with the project's compiler options (tsconfig.json). */
export function projectProgram(tsconfigPath: string, files?: string[]): ts.Program {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, tsconfigPath.replace(/[\\/][^\\/]*$/, ""));
  return ts.createProgram({ rootNames: files ?? parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

export interface Verdict {
  readonly use: ApiUse;
  /** The sets above what the manifest declares. */
  readonly above: readonly ApiSet[];
  /** Why it fails, or null when it is fine. */
  readonly problem: string | null;
}

/**
 * Judges each use against the manifest's sets: a set the manifest declares at or above the needed version is
 * always there; any other set needs a guard naming it at or above the needed version, with a fallback.
 */
export function judge(uses: readonly ApiUse[], declared: readonly ApiSet[]): Verdict[] {
  const covers = (have: ApiSet, need: ApiSet) =>
    have.name === need.name &&
    (need.version === "" || (have.version !== "" && compareVersions(have.version, need.version) >= 0));
  return uses.map((use) => {
    const above = use.sets.filter((need) => !declared.some((d) => covers(d, need)));
    if (!above.length) return { use, above, problem: null };
    const unguarded = above.filter((need) => !use.guard?.sets.some((g) => covers(g, need)));
    return {
      use,
      above,
      problem: unguarded.length
        ? `${use.member} needs ${unguarded.map(setText).join(" + ")}, above the manifest's minimum, ` +
          (use.guard
            ? `but its guard (line ${use.guard.line}) checks only ${use.guard.sets.map(setText).join(", ")}`
            : "without an isSetSupported guard and fallback")
        : null,
    };
  });
}
