#!/usr/bin/env node
// `npm start` and `bash scripts/start.sh`: run the add-in for development.
//  - Windows, macOS: office-addin-debugging starts the dev server (npm run dev-server) and sideloads
//    manifest.xml into desktop Excel. `npm stop` ends both.
//  - Linux (no desktop Excel): serve the add-in with the dev server on https://localhost:3000 (plain http
//    when no certificate can be installed, see webpack.config.js) and, once it answers, say how to use it
//    with Excel on the web, for the scheme it actually serves. Keeps serving until stopped.
//
// Stopping: SIGINT (Ctrl+C), SIGTERM (`kill <pid>`) or SIGHUP is passed on to the server, which is given
// 10 s to close before SIGKILL; this process exits once it has. Run through `npm start`, npm's `sh -c`
// sits in between and dash dies on SIGTERM without passing it on, so when this process finds itself
// orphaned (its parent gone) it stops the server as well. test/start.test.ts checks all three ways.
//
// DEV_SERVER_PORT=nnnn serves on another port (the manifest points at 3000; see the printed note).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import { dirname, join } from "node:path";
import tls from "node:tls";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const MANIFEST_PORT = "3000";
const port = process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || MANIFEST_PORT;
const say = (text) =>
  console.log(
    text
      .split("\n")
      .map((line) => `[start] ${line}`)
      .join("\n"),
  );

let child = null;
let stopping = false;

function stop(signal) {
  if (stopping || !child) return;
  stopping = true;
  child.kill(signal);
  // A server that ignores the signal does not keep the port: SIGKILL after 10 s.
  setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
}

function run(command, args) {
  if (!existsSync(command)) {
    console.error(`[start] ${command} is missing: run \`bash scripts/setup.sh\` (or \`npm ci\`) first.`);
    process.exit(1);
  }
  child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
    // webpack.config.js reads the port from here.
    env: { ...process.env, npm_package_config_dev_server_port: port },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
  child.on("exit", (code, signal) => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));
  if (process.env.npm_lifecycle_event && process.platform !== "win32") {
    // Under `npm start`: npm's `sh -c` may die of a SIGTERM without passing it on; then we are reparented.
    const parent = process.ppid;
    setInterval(() => {
      if (process.ppid !== parent) stop("SIGTERM");
    }, 500).unref();
  }
  return child;
}

/** "https" or "http", whichever the server on the port answers, once it does; null if it exits first. */
async function servedScheme() {
  const tryTls = () =>
    new Promise((resolve) => {
      const socket = tls.connect({
        host: "localhost",
        port: Number(port),
        servername: "localhost",
        rejectUnauthorized: false,
      });
      socket.setTimeout(2000, () => socket.destroy());
      socket.once("secureConnect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
      socket.once("close", () => resolve(false));
    });
  const tryHttp = () =>
    new Promise((resolve) => {
      const req = http.get({ host: "localhost", port: Number(port), path: "/", timeout: 2000 }, (res) => {
        res.resume();
        resolve(true);
      });
      req.once("timeout", () => req.destroy());
      req.once("error", () => resolve(false));
    });
  while (!stopping && child.exitCode === null && child.signalCode === null) {
    if (await tryTls()) return "https";
    if (await tryHttp()) return "http";
    await new Promise((r) => setTimeout(r, 300));
  }
  return null;
}

function instructions(scheme) {
  const base = `${scheme}://localhost:${port}/`;
  const otherPort =
    port === MANIFEST_PORT
      ? ""
      : `\nmanifest.xml points at https://localhost:${MANIFEST_PORT}/, not this port: build one that points here with\n` +
        `  npm run build -- --env url=https://localhost:${port}/\nand upload dist/manifest.xml instead.`;
  if (scheme === "http")
    return (
      `Serving over PLAIN HTTP at ${base} (no trusted development certificate; see the box above).\n` +
      `Excel (web or desktop) only loads add-ins over https, so uploading manifest.xml will NOT work against\n` +
      `this server. A browser can still show the pane as a preview: ${base}taskpane.html\n` +
      `For https: run \`npx office-addin-dev-certs install\` as a user who can sudo, then start again;\n` +
      `or trust ~/.office-addin-dev-certs/ca.crt in your browser and start with DEV_SERVER_HTTPS=force.${otherPort}\n` +
      `Ctrl+C (or kill ${process.pid}) stops the server.`
    );
  return (
    `Serving over HTTPS at ${base}\n` +
    `  1. Open ${base}taskpane.html once in the same browser; it must load without a\n` +
    `     certificate warning (otherwise Excel cannot load the add-in either).\n` +
    `  2. Open a workbook in Excel on the web (https://www.office.com, Excel).\n` +
    `  3. Insert -> Add-ins -> My Add-ins -> Upload My Add-in, and choose\n` +
    `     ${join(root, "manifest.xml")}\n` +
    `  4. Home tab -> SLA Scorecard opens the task pane; in a cell type =SLA.SCORE(88%, "≥90%", "每低于1%扣5分").${otherPort}\n` +
    `Ctrl+C (or kill ${process.pid}) stops the server.`
  );
}

if (process.platform === "win32" || process.platform === "darwin") {
  say("Sideloading manifest.xml into desktop Excel (office-addin-debugging). `npm stop` ends it.");
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server-port", port]);
} else {
  say(
    "Linux has no desktop Excel: serving the add-in for Excel on the web.\n" +
      "How to use it follows once the server answers (https, or plain http when no certificate could be installed).",
  );
  run(bin("webpack"), ["serve", "--mode", "development"]);
  const scheme = await servedScheme();
  if (scheme) say(`\n${instructions(scheme)}`);
}
