/**
 * Debian's Chromium through playwright-core (never a downloaded browser), with TOOLCHAIN.md's flags
 * and a fresh profile; pages whose office.js is ours and that cannot reach the network.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FakeConfig, WorkbookSnapshot } from "../fakeOffice/types";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  open(options: PaneOptions): Promise<Pane>;
  close(): Promise<void>;
}

export interface PaneOptions {
  readonly width: number;
  readonly height?: number;
  /** The fake host's settings; null: office.js fails to load, as offline. */
  readonly office: FakeConfig | null;
  /** Appended to taskpane.html, e.g. "?lang=zh". */
  readonly search?: string;
}

export interface Pane {
  readonly page: Page;
  /** Errors thrown in the page, and console.error lines. */
  readonly errors: string[];
  /** Requests that went anywhere but our server (each one aborted), besides office.js. */
  readonly outside: string[];
  snapshot(): Promise<WorkbookSnapshot>;
  close(): Promise<void>;
}

export async function launch(origin: string, fakeOffice: string): Promise<Browser> {
  // A persistent context is how playwright takes a --user-data-dir: a fresh one per run.
  const profile = mkdtempSync(join(tmpdir(), "sla-e2e-profile-"));
  let shared: BrowserContext | null = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });

  async function open({ width, height = 900, office, search = "" }: PaneOptions): Promise<Pane> {
    if (!shared) throw new Error("browser closed");
    const page = await shared.newPage();
    await page.setViewportSize({ width, height });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
    });
    if (office) await page.addInitScript((config) => Object.assign(window, { __slaFakeConfig: config }), office);
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      if (url === OFFICE_JS)
        return office
          ? route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice })
          : route.abort("internetdisconnected");
      outside.push(url);
      return route.abort("blockedbyclient");
    });
    await page.goto(`${origin}/taskpane.html${search}`);
    await page.locator("h1").waitFor();
    return {
      page,
      errors,
      outside,
      snapshot: () =>
        page.evaluate(() =>
          (window as unknown as { __slaFake: { snapshot(): WorkbookSnapshot } }).__slaFake.snapshot(),
        ),
      close: () => page.close(),
    };
  }

  return {
    open,
    async close() {
      const context = shared;
      shared = null;
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
