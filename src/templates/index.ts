/**
 * The template gallery: seven sheets built from the seed documents, in the order a user sets up an
 * agreement (agreement first: the other sheets use its parameters). The agreement's monthly scores,
 * results history, improvement plan and report are the linked workbook's (linked.ts), not single sheets.
 */
import { aftersales } from "./aftersales";
import { agents } from "./agents";
import { agreement } from "./agreement";
import { satisfaction } from "./satisfaction";
import { standards } from "./standards";
import { targets } from "./targets";
import { tickets } from "./tickets";
import type { Template } from "./types";

export const TEMPLATES: readonly Template[] = [
  agreement,
  standards,
  tickets,
  agents,
  aftersales,
  satisfaction,
  targets,
];

export function getTemplate(id: string): Template {
  const template = TEMPLATES.find((tp) => tp.id === id);
  if (!template) throw new Error(`Unknown template "${id}"`);
  return template;
}

export { PARAMETERS, parameter } from "./parameters";
export * from "./types";
