#!/usr/bin/env node
// `npm run validate`: our own offline manifest check (rules in scripts/manifest-check.ts, shared with
// the jest test). Run through tsx so the TypeScript module needs no separate compile step.
//   usage: tsx scripts/validate-manifest.mjs [manifest.xml] [--dist DIR]
// --dist DIR also requires every URL in the manifest to be a file in DIR (use after `npm run build`).
// Exits 1 and lists the problems when any check fails.
import { existsSync } from "node:fs";
import { checkManifestFile } from "./manifest-check.ts";

const args = process.argv.slice(2);
let manifest = "manifest.xml";
let distDir;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--dist") distDir = args[++i];
  else if (args[i].startsWith("--dist="))
    distDir = args[i].slice("--dist=".length);
  else manifest = args[i];
}

if (!existsSync(manifest)) {
  console.error(`validate-manifest: ${manifest}: no such file`);
  process.exit(1);
}
if (distDir !== undefined && !existsSync(distDir)) {
  console.error(
    `validate-manifest: ${distDir}: no such folder (run npm run build first)`,
  );
  process.exit(1);
}

const { problems, facts } = checkManifestFile(
  manifest,
  distDir ? { distDir } : {},
);
if (problems.length > 0) {
  console.error(
    `validate-manifest: ${manifest}: ${problems.length} problem(s):`,
  );
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `validate-manifest: ${manifest} OK (${facts.definedResids} resids defined and used, ${facts.urls} https URLs, ` +
    `${facts.icons} icons checked${distDir ? `, all URLs present in ${distDir}/` : ""})`,
);
