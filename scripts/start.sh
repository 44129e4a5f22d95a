#!/usr/bin/env bash
# Sets up, then runs the add-in: `npm start` (scripts/start.mjs) sideloads into desktop Excel on
# Windows/macOS, or serves it on Linux and prints how to upload manifest.xml into Excel on the web.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec npm start
