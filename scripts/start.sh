#!/usr/bin/env bash
# Sets up, then runs the add-in (scripts/start.mjs, what `npm start` runs): sideloads into desktop Excel on
# Windows/macOS, or serves it on Linux and prints how to upload manifest.xml into Excel on the web.
#
# Stopping: Ctrl+C, or `kill <pid of this script>` (SIGTERM; SIGINT and SIGHUP too), stops the server it
# started. Node is exec'd, not run through `npm start`: npm runs a script through `sh -c`, and dash (Debian's
# sh) dies on SIGTERM without passing it on, which left node and the dev server running with the port taken.
# After the exec this script's PID is start.mjs, which passes the signal to the server and waits for it.
# DEV_SERVER_PORT=nnnn serves on another port (manifest.xml points at 3000; start.mjs says what to do then).
set -euo pipefail
cd "$(dirname "$0")/.."

# Setup in the background so that a signal arriving meanwhile stops it too (bash would otherwise die and
# leave apt or npm ci running); `wait` returns as soon as a trapped signal arrives.
bash scripts/setup.sh &
setup_pid=$!
stop_setup() {
  kill -TERM "$setup_pid" 2>/dev/null || true
  wait "$setup_pid" 2>/dev/null || true
  exit 143
}
trap stop_setup INT TERM HUP
wait "$setup_pid"
trap - INT TERM HUP

exec node scripts/start.mjs
