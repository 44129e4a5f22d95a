/**
 * Which language the task pane starts in. Pure: officeHost.ts passes in what Office and the workbook
 * reported, so this stays testable without Office.
 */
import type { Lang } from "../templates";

/** Chinese when Office's display language is Chinese ("zh-CN", "zh-TW", ...), else English. */
export function displayLanguageToLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** A `?lang=zh` / `?lang=en` query parameter, for previews of the page in a plain browser. */
export function languageFromQuery(search: string): Lang | null {
  const forced = new URLSearchParams(search).get("lang");
  return forced === "zh" || forced === "en" ? forced : null;
}

export interface LanguageSources {
  /** window.location.search */
  readonly search: string;
  /** The language saved in the workbook (shared by its co-authors), if any. */
  readonly saved: Lang | null;
  /** Office.context.displayLanguage, if Office answered. */
  readonly displayLanguage: string | undefined;
}

/**
 * A preview's ?lang= first, then what the workbook's users chose (so co-authors see one language),
 * then Office's display language.
 */
export function startLanguage({ search, saved, displayLanguage }: LanguageSources): Lang {
  return languageFromQuery(search) ?? saved ?? displayLanguageToLang(displayLanguage);
}

/** The BCP 47 tag for the page (<html lang>, FluentProvider), which screen readers and fonts go by. */
export const htmlLang = (lang: Lang): string => (lang === "zh" ? "zh-CN" : "en");
