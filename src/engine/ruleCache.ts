/**
 * Rules compiled once per distinct pair of texts (rule, standard) and kept: Excel calls a function
 * once per cell, with the same few rule texts again and again. Errors are kept and thrown again.
 */
import { SlaError } from "./errors";
import { unreadable } from "./clauses";
import { TextCache } from "./cache";
import type { CompiledRule } from "./compiledRule";
import { compileRule, type Purpose } from "./rule";
import { parseStandard } from "./standard";
import { isBlank } from "./values";

// Keyed by the rule text first: a rule nearly always goes with one standard, so one lookup and one
// comparison find it; a rule used with several standards keeps the others beside it.

type Compiled = CompiledRule | SlaError;
interface Entry {
  readonly standard: string | number;
  readonly compiled: Compiled;
  others?: Map<string | number, Compiled>;
}

const caches: Record<Purpose, TextCache<Entry>> = { score: new TextCache<Entry>(), credit: new TextCache<Entry>() };
/**
 * In front of each cache, the rules of the sheet at hand: a plain Map of at most 64 texts, emptied
 * when full, so the common call costs one lookup (the byte-bounded cache behind it keeps order).
 */
const RECENT = 64;
const recent: Record<Purpose, Map<string, Entry>> = { score: new Map(), credit: new Map() };

/** The compiled rule for a standard cell and a rule cell; errors are cached and thrown again. */
export function ruleFor(standardInput: unknown, ruleInput: unknown, purpose: Purpose = "score"): CompiledRule {
  const rule = typeof ruleInput === "string" ? ruleInput : ruleText(ruleInput);
  const key =
    typeof standardInput === "string" || typeof standardInput === "number"
      ? standardInput
      : isBlank(standardInput)
        ? ""
        : null;
  if (key === null) return compile(standardInput, rule, purpose);
  const near = recent[purpose];
  let entry = near.get(rule);
  if (entry === undefined) {
    entry = caches[purpose].get(rule);
    if (entry !== undefined && rule.length <= 4096) {
      if (near.size >= RECENT) near.clear();
      near.set(rule, entry);
    }
  }
  let hit = entry === undefined ? undefined : entry.standard === key ? entry.compiled : entry.others?.get(key);
  if (hit === undefined) {
    hit = compileCaught(standardInput, rule, purpose);
    const size = 400 + (typeof key === "string" ? key.length * 2 : 8);
    if (entry === undefined) caches[purpose].set(rule, { standard: key, compiled: hit }, size);
    else if ((entry.others?.size ?? 0) < 64) (entry.others ??= new Map()).set(key, hit);
  }
  if (hit instanceof SlaError) throw hit;
  return hit;
}

function compileCaught(standardInput: unknown, rule: string, purpose: Purpose): Compiled {
  try {
    return compile(standardInput, rule, purpose);
  } catch (e) {
    if (e instanceof SlaError) return e;
    throw e;
  }
}

function compile(standardInput: unknown, rule: string, purpose: Purpose): CompiledRule {
  const standard = isBlank(standardInput) ? null : parseStandard(standardInput);
  return compileRule(standard, rule, purpose);
}

function ruleText(input: unknown): string {
  if (isBlank(input)) return "";
  if (typeof input === "string") return input;
  throw unreadable(String(input));
}
