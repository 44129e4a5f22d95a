/**
 * The custom functions' parameters as the TypeScript signatures in functions.ts declare them, read with the
 * TypeScript compiler API on its own, so that functions.json (written by custom-functions-metadata) can be
 * checked against the source rather than against itself.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import type { ParamShape, ParamType } from "./excelArgs";

export interface Signature {
  /** The id from the JSDoc `@customfunction ID` tag. */
  readonly id: string;
  readonly functionName: string;
  readonly params: ParamShape[];
}

const KEYWORDS: Partial<Record<ts.SyntaxKind, ParamType>> = {
  [ts.SyntaxKind.NumberKeyword]: "number",
  [ts.SyntaxKind.StringKeyword]: "string",
  [ts.SyntaxKind.BooleanKeyword]: "boolean",
  [ts.SyntaxKind.AnyKeyword]: "any",
  [ts.SyntaxKind.UnionType]: "any",
};

/** `number[][]`, `any[][]`, ... ⇒ a matrix of that type; a keyword or a union ⇒ a scalar. Anything else is refused. */
function shapeOfType(where: string, node: ts.TypeNode | undefined): Pick<ParamShape, "type" | "dimensionality"> {
  if (node === undefined) return { type: "any", dimensionality: "scalar" };
  if (ts.isArrayTypeNode(node)) {
    if (!ts.isArrayTypeNode(node.elementType) || ts.isArrayTypeNode(node.elementType.elementType))
      throw new Error(`${where}: only T[][] (a range) is understood here, not ${node.getText()}`);
    return { type: shapeOfType(where, node.elementType.elementType).type, dimensionality: "matrix" };
  }
  const type = KEYWORDS[node.kind];
  if (type === undefined) throw new Error(`${where}: type ${node.getText()} is not understood here; extend this test`);
  return { type, dimensionality: "scalar" };
}

/** Every exported function of the file tagged `@customfunction`, with its id and its parameters. */
export function readSignatures(file: string): Signature[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const signatures: Signature[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) === true;
    if (!exported) continue;
    const functionName = statement.name.text;
    // Without the tag, custom-functions-metadata does not register the function: it is not one of Excel's.
    const tag = ts.getJSDocTags(statement).find((t) => t.tagName.text === "customfunction");
    if (!tag) continue;
    const id = (ts.getTextOfJSDocComment(tag.comment) ?? "").trim().split(/\s+/)[0] || functionName.toUpperCase();
    const params = statement.parameters.map((p): ParamShape => {
      const name = p.name.getText();
      if (p.dotDotDotToken) throw new Error(`${functionName}(${name}): rest parameters are not understood here`);
      return {
        name,
        optional: p.questionToken !== undefined || p.initializer !== undefined,
        ...shapeOfType(`${functionName}(${name})`, p.type),
      };
    });
    signatures.push({ id, functionName, params });
  }
  return signatures;
}
