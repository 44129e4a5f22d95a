/**
 * Task pane entry: connect to Office (or find there is none), pick the starting language, render.
 * When office.js could not load (a plain browser, offline tests) or Office never answers, the page
 * still renders, as a preview that cannot write.
 *
 * The custom functions are registered by the separate `functions` bundle that taskpane.html loads
 * first, so nothing here (or an error here) can keep =SLA.* from working.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startLanguage } from "./language";
import { connectToOffice } from "./officeHost";

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const host = await connectToOffice();
  const lang = startLanguage({
    search: window.location.search,
    saved: host.savedLanguage,
    displayLanguage: host.displayLanguage,
  });
  createRoot(container).render(<App host={host} initialLang={lang} />);
}

void main();
