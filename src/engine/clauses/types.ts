/**
 * The clauses a scoring rule is made of, as typed values, and the table entry that describes one
 * kind of clause: how to read it, how it combines with others, and worked examples (which the
 * tests run and the README's grammar table shows).
 */
import type { Comparator, Cursor, Quantity } from "../text";

/**
 * What a rule gives: points ("10分"), full marks ("得满分"), a share of the fee ("扣服务费2%"), or
 * a bare share ("扣2%": of full marks in SCORE, of the fee in CREDIT).
 */
export type Amount =
  | { readonly kind: "points"; readonly value: number }
  | { readonly kind: "full" }
  | { readonly kind: "fee"; readonly value: number }
  | { readonly kind: "share"; readonly value: number };

export type BandTest =
  | {
      readonly kind: "compare";
      readonly comparator: Comparator;
      readonly at: Quantity;
      /** Other values for other channels: "≤30秒(电话)/15秒(在线)" (the standard cell says which). */
      readonly or?: readonly Quantity[];
    }
  | {
      readonly kind: "range";
      readonly low: Quantity;
      readonly lowIncluded: boolean;
      readonly high: Quantity;
      readonly highIncluded: boolean;
    }
  /** 其他 / else: whatever no other band holds. */
  | { readonly kind: "else" }
  /** 达标 / met: the standard is met. */
  | { readonly kind: "met" };

/**
 * Which side of the standard a step counts on: below (<) or above (>) it, a shortfall (每缺1项:
 * the worse side, and a bare count standard is a floor), or an occurrence (每次, 每发生1次: the
 * worse side, and a bare count standard is a limit).
 */
export type Side = "<" | ">" | "shortfall" | "occurrence";

export type Clause = { readonly text: string } & (
  | { readonly kind: "full"; readonly points: number }
  | { readonly kind: "floor"; readonly points: number }
  | { readonly kind: "cap"; readonly amount: Amount }
  | { readonly kind: "deductionCap"; readonly amount: Amount }
  | { readonly kind: "bonusCap"; readonly points: number }
  | { readonly kind: "untilZero" }
  | { readonly kind: "negative" }
  | { readonly kind: "noBonus" }
  | { readonly kind: "rounding"; readonly mode: "ceil" | "floor" | "prorate" }
  | { readonly kind: "ratio"; readonly times: number | "full" | null }
  /** The actual (a share) times a number, or what is left of it: "30分×(1-批退率)". */
  | { readonly kind: "rate"; readonly times: number | "full"; readonly complement?: boolean }
  | { readonly kind: "linear" }
  | { readonly kind: "label"; readonly needsFact: boolean }
  /** The rule names its standard: "货损率:基准值0.5%", "以90%为基数", "完好率在80%以上". */
  | { readonly kind: "standard"; readonly comparator: Comparator | null; readonly at: Quantity }
  | {
      readonly kind: "step";
      readonly side: Side;
      readonly bonus: boolean;
      readonly step: Quantity;
      readonly amount: Amount;
      /** "每低满1%": only whole steps count. */
      readonly whole?: boolean;
    }
  | {
      readonly kind: "band";
      readonly test: BandTest;
      readonly amount: Amount;
      /** "超过4小时扣10分", "未达标扣10分": points off (or on) the score in the band, once. */
      readonly change?: "扣" | "加";
    }
  | { readonly kind: "point"; readonly at: Quantity; readonly amount: Amount }
);

export type ClauseKindName = Clause["kind"];
export type Of<K extends ClauseKindName> = Extract<Clause, { kind: K }>;
/** A clause as a reader returns it, before the text it was read from is attached. */
export type Read = Clause extends infer C ? (C extends Clause ? Omit<C, "text"> : never) : never;

/** One worked example: SCORE(actual, standard, rule[, full]) = score, or CREDIT(...) = share. */
export interface Example {
  readonly rule: string;
  readonly standard: string | number;
  readonly actual: number;
  readonly full?: number;
  /** The score (for CREDIT examples, the share of the fee). */
  readonly expected: number;
  readonly fn?: "SCORE" | "CREDIT";
}

export interface ClauseKind {
  readonly name: string;
  /** What it means, for the README's grammar table. */
  readonly meaning: { readonly en: string; readonly zh: string };
  /** The kinds of clause this entry reads. */
  readonly kinds: readonly ClauseKindName[];
  /** Reads one canonical clause, or returns null without consuming it. */
  readonly read: (c: Cursor) => Read | null;
  readonly examples: readonly Example[];
}
