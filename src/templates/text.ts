import type { Texts } from "./types";

/** A text in Simplified Chinese and English, in that order (the seeds are Chinese). */
export const t = (zh: string, en: string): Texts => ({ zh, en });

/** The words of a yes/no cell ({yes}, {no} in formulas): Chinese sheets say 是/否, not TRUE/FALSE. */
export const YES_NO: Readonly<Record<"zh" | "en", readonly [yes: string, no: string]>> = {
  zh: ["是", "否"],
  en: ["Yes", "No"],
};
