/**
 * `bash scripts/start.sh` (README, "The two commands"): stopping it stops the server it started, and the
 * instructions it prints name the scheme the server really serves.
 *
 * Each case starts the real thing (setup, then the webpack dev server) on a free port in its own process
 * group, with a temporary HOME (so development certificates land there) and a `sudo` on PATH that always
 * fails (so office-addin-dev-certs can never install a CA on this machine: the "no certificate can be
 * installed" case, whatever the machine). It waits for the printed "Serving over ..." line, checks that
 * scheme against the port (a TLS handshake and the task pane page over it, or the page over plain http
 * and no TLS), stops it the way a user would, and then requires the port closed and no process of the
 * group left. Linux only (elsewhere start.mjs sideloads into desktop Excel instead of serving).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import tls from "node:tls";

const root = resolve(__dirname, "..");
const linux = process.platform === "linux" ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.once("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => res(port));
    });
  });
}

/** Pids whose process group is `pgid` (from /proc). */
function groupMembers(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

const canConnect = (port: number) =>
  new Promise<boolean>((res) => {
    const s = net.connect({ host: "127.0.0.1", port });
    s.once("connect", () => {
      s.destroy();
      res(true);
    });
    s.once("error", () => res(false));
  });

const tlsHandshake = (port: number) =>
  new Promise<boolean>((res) => {
    const s = tls.connect({ host: "127.0.0.1", port, servername: "localhost", rejectUnauthorized: false });
    s.setTimeout(5000, () => s.destroy());
    s.once("secureConnect", () => {
      s.destroy();
      res(true);
    });
    s.once("error", () => res(false));
    s.once("close", () => res(false));
  });

/** Status of GET /taskpane.html over the given scheme (untrusted certificates accepted). */
const getPage = (scheme: "http" | "https", port: number) =>
  new Promise<number>((res, rej) => {
    const get = scheme === "https" ? https.get : http.get;
    const req = get(
      { host: "127.0.0.1", port, path: "/taskpane.html", rejectUnauthorized: false, timeout: 60_000 },
      (r) => {
        r.resume();
        res(r.statusCode ?? 0);
      },
    );
    req.once("timeout", () => req.destroy(new Error("timeout")));
    req.once("error", rej);
  });

async function until<T>(what: string, ms: number, probe: () => T | Promise<T>): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface Started {
  child: ChildProcess;
  pgid: number;
  port: number;
  output: () => string;
  exited: Promise<void>;
}

const started: Started[] = [];
let home = "";

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "sla-start-"));
  mkdirSync(join(home, "bin"));
  const sudo = join(home, "bin", "sudo");
  writeFileSync(sudo, '#!/bin/sh\necho "sudo: refused by test/start.test.ts" >&2\nexit 1\n');
  chmodSync(sudo, 0o755);
});

afterEach(() => {
  // Never leave a server behind, even when a test failed half-way: the group is ours.
  for (const s of started.splice(0)) {
    if (groupMembers(s.pgid).length > 0) {
      try {
        process.kill(-s.pgid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
});

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

async function start(command: string[], env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    detached: true, // its own process group, as a terminal's job would be
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...env,
      HOME: home,
      PATH: `${join(home, "bin")}:${process.env.PATH ?? ""}`,
      DEV_SERVER_PORT: String(port),
    },
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((res) => child.once("exit", () => res()));
  const s: Started = { child, pgid: child.pid as number, port, output: () => out, exited };
  started.push(s);
  return s;
}

/** The scheme start.mjs printed for its server, after checking it names this port. */
async function printedScheme(s: Started): Promise<"http" | "https"> {
  const m = await until("the printed 'Serving over' line", 150_000, () => {
    if (s.child.exitCode !== null) throw new Error(`start exited early:\n${s.output()}`);
    return /\[start\] Serving over (?:PLAIN HTTP|HTTPS) at (https?):\/\/localhost:(\d+)\//.exec(s.output());
  });
  expect(Number(m[2])).toBe(s.port);
  return m[1] as "http" | "https";
}

/** The scheme the port actually serves, by a TLS handshake and a page fetched over it. */
async function actualScheme(port: number): Promise<"http" | "https"> {
  if (await tlsHandshake(port)) {
    expect(await getPage("https", port)).toBe(200);
    return "https";
  }
  expect(await getPage("http", port)).toBe(200);
  return "http";
}

async function expectAllStopped(s: Started): Promise<void> {
  await until("the started process to exit", 20_000, () => s.child.exitCode !== null || s.child.signalCode !== null);
  await until(`every process of group ${s.pgid} to exit`, 20_000, () => groupMembers(s.pgid).length === 0);
  expect(await canConnect(s.port)).toBe(false);
}

linux("bash scripts/start.sh: the printed scheme is what is served, and stopping it stops the server", () => {
  test("no certificate can be installed: it says plain http, serves plain http; kill <its PID> stops it", async () => {
    const s = await start(["bash", "scripts/start.sh"], { DEV_SERVER_HTTPS: "auto" });
    const printed = await printedScheme(s);
    expect(printed).toBe("http");
    expect(await actualScheme(s.port)).toBe(printed);
    expect(s.output()).toMatch(/FALLING BACK TO PLAIN HTTP/);
    expect(s.output()).toMatch(/uploading manifest\.xml will NOT work/);
    // No https URL of this server is offered as something to open.
    expect(s.output()).not.toMatch(new RegExp(`Open https://localhost:${s.port}/`));
    process.kill(s.pgid, "SIGTERM"); // the script's PID only, not its group
    await expectAllStopped(s);
  }, 180_000);

  test("https forced with the generated certificates: it says https, serves https; Ctrl+C stops it", async () => {
    // The previous case generated ~/.office-addin-dev-certs in the temporary HOME (only installing the CA failed).
    const s = await start(["bash", "scripts/start.sh"], { DEV_SERVER_HTTPS: "force" });
    const printed = await printedScheme(s);
    expect(printed).toBe("https");
    expect(await actualScheme(s.port)).toBe(printed);
    expect(s.output()).toMatch(new RegExp(`Open https://localhost:${s.port}/taskpane\\.html`));
    process.kill(-s.pgid, "SIGINT"); // what Ctrl+C does: SIGINT to the whole foreground group
    await expectAllStopped(s);
  }, 180_000);

  test("npm start, http: kill <npm's PID> stops the server too", async () => {
    const s = await start(["npm", "start", "--silent"], { DEV_SERVER_HTTPS: "off" });
    const printed = await printedScheme(s);
    expect(printed).toBe("http");
    expect(await actualScheme(s.port)).toBe(printed);
    process.kill(s.pgid, "SIGTERM");
    await expectAllStopped(s);
  }, 180_000);
});
