#!/usr/bin/env node
// `npm start`: run the add-in for development.
//  - Windows, macOS: office-addin-debugging starts the dev server (npm run dev-server) and sideloads
//    manifest.xml into desktop Excel. `npm stop` ends both.
//  - Linux (no desktop Excel): serve the add-in with the dev server on https://localhost:3000 and explain
//    how to upload manifest.xml into Excel on the web; keeps serving until Ctrl+C.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) =>
  join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name,
  );
const port = process.env.npm_package_config_dev_server_port || "3000";

function run(command, args) {
  if (!existsSync(command)) {
    console.error(
      `[start] ${command} is missing: run \`bash scripts/setup.sh\` (or \`npm ci\`) first.`,
    );
    process.exit(1);
  }
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  // Pass Ctrl+C / termination on to the child so the server does not outlive us.
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.platform === "win32" || process.platform === "darwin") {
  console.log(
    "[start] Sideloading manifest.xml into desktop Excel (office-addin-debugging). `npm stop` ends it.",
  );
  run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server-port",
    port,
  ]);
} else {
  console.log(`
[start] Linux has no desktop Excel: serving the add-in for Excel on the web.
[start] Once the server below reports it is running at https://localhost:${port}/ :
[start]   1. Open https://localhost:${port}/taskpane.html once in the same browser; it must load without a
[start]      certificate warning (otherwise Excel cannot load the add-in either).
[start]   2. Open a workbook in Excel on the web (https://www.office.com, Excel).
[start]   3. Insert -> Add-ins -> My Add-ins -> Upload My Add-in, and choose
[start]      ${join(root, "manifest.xml")}
[start]   4. Home tab -> SLA Scorecard opens the task pane; in a cell type =SLA.SCORE(88%, "≥90%", "每低于1%扣5分").
[start] If the server says it FELL BACK TO PLAIN HTTP, Excel cannot use it until https works: read that message.
[start] Ctrl+C stops the server.
`);
  run(bin("webpack"), ["serve", "--mode", "development"]);
}
