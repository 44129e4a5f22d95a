/**
 * Which language the task pane speaks, and its own texts. Pure: index.tsx passes in what Office
 * reported, so this stays testable without Office.
 */
import type { Language, Localized } from "./functionList";

/**
 * Chinese when Office's display language is Chinese ("zh-CN", "zh-TW", ...), else English.
 * A `?lang=zh` / `?lang=en` query parameter wins, so the page can be checked in a plain browser.
 */
export function pickLanguage(displayLanguage: string | undefined, search = ""): Language {
  const forced = new URLSearchParams(search).get("lang");
  if (forced === "zh" || forced === "en") return forced;
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export const UI_TEXT = {
  title: { en: "SLA Scorecard", zh: "SLA 服务水平评分" },
  tagline: {
    en: "Score service-level agreements exactly as their written rules say.",
    zh: "按协议原文的评分规则为服务水平协议打分。",
  },
  functionsHeading: { en: "Functions", zh: "函数" },
  functionsIntro: {
    en: "Type these in any cell. Arguments in [brackets] may be left out.",
    zh: "在任意单元格中输入以下函数。方括号 [ ] 中的参数可以省略。",
  },
  returns: { en: "Returns", zh: "返回" },
  example: { en: "Example", zh: "示例" },
  planned: { en: "Coming soon", zh: "即将推出" },
  listLabel: { en: "SLA functions", zh: "SLA 函数" },
} satisfies Record<string, Localized>;
