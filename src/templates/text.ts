import type { Texts } from "./types";

/** A text in Simplified Chinese and English, in that order (the seeds are Chinese). */
export const t = (zh: string, en: string): Texts => ({ zh, en });
