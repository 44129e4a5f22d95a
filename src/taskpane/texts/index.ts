/** The task pane's texts by language. */
import type { Lang } from "../../templates";
import { en } from "./en";
import type { UiTexts } from "./types";
import { zh } from "./zh";

export type { UiTexts } from "./types";

export const TEXTS: Readonly<Record<Lang, UiTexts>> = { zh, en };

/** Each language's name in itself, the same whichever language the pane is in. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { zh: "简体中文", en: "English" };
