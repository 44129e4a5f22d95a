#!/usr/bin/env bash
# Turns off usage-data reporting of the office-addin-* command line tools, for this user.
#
# What exists (checked in node_modules, Nov 2026):
#  - office-addin-usage-data (2.x and 3.x, used by office-addin-debugging, -dev-certs, -manifest, -lint):
#    its reporting code is now a no-op, but older releases read ~/office-addin-usage-data.json
#    ({"usageDataInstances": {"office-addin-usage-data": {"usageDataLevel": "off"}}}) and its
#    `office-addin-usage-data off` command writes that setting. We do both. It has no environment variable.
#  - @microsoft/m365agentstoolkit-cli (pulled in by office-addin-dev-settings) reports by default and is
#    only turned off per command with `--telemetry false`; it runs only for Outlook or JSON-manifest
#    sideloading, which this project never does.
# DO_NOT_TRACK=1 is exported by .ci/run as a courtesy to any tool that honours that convention.
set -euo pipefail
cd "$(dirname "$0")/.."

node - <<'JS'
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const file = path.join(os.homedir(), "office-addin-usage-data.json");
let data = {};
try { data = JSON.parse(fs.readFileSync(file, "utf8")) || {}; } catch { data = {}; }
if (typeof data.usageDataInstances !== "object" || data.usageDataInstances === null) data.usageDataInstances = {};
const group = data.usageDataInstances["office-addin-usage-data"] || {};
group.usageDataLevel = "off";
data.usageDataInstances["office-addin-usage-data"] = group;
try {
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  console.log(`telemetry: usage data off in ${file}`);
} catch (e) {
  // Not fatal: the installed tools send nothing anyway (see above); say why the setting was not saved.
  console.log(`telemetry: could not write ${file} (${e.code || e.message}); the installed tools report nothing regardless`);
}
JS

if [ -x node_modules/.bin/office-addin-usage-data ]; then
  node_modules/.bin/office-addin-usage-data off >/dev/null && echo "telemetry: office-addin-usage-data off"
fi
