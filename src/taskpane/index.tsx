/**
 * Task pane entry. The only Office.js it touches is the display language, read here and passed down,
 * so the React tree never depends on Office. When office.js could not load (a plain browser, offline
 * tests) or Office never answers, the page still renders, in English.
 *
 * The custom functions are registered by the separate `functions` bundle that taskpane.html loads
 * first, so nothing here (or an error here) can keep =SLA.* from working.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { pickLanguage } from "./language";

/** How long to wait for Office.onReady before rendering anyway. */
const OFFICE_READY_TIMEOUT_MS = 3000;

async function officeDisplayLanguage(): Promise<string | undefined> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return undefined;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then(
    () => Office.context?.displayLanguage,
    () => undefined,
  );
  return Promise.race([ready, timeout]);
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const displayLanguage = await officeDisplayLanguage().catch(() => undefined);
  const lang = pickLanguage(displayLanguage, window.location.search);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  createRoot(container).render(<App lang={lang} />);
}

void main();
