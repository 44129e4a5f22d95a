#!/usr/bin/env bash
# Sets up this checkout: system packages (Debian, as root), node_modules, telemetry off.
# Idempotent: each step is skipped when already done, so start.sh and test.sh call it every time.
#   apt (only what is missing; `apt-get update` only then):
#     libsecret-1-dev  keytar (office-addin-debugging -> m365agentstoolkit-cli) compiles against it, if rebuilt
#     libxml2-utils    xmllint, for ../shared/manifest-xsd/validate.sh
#     chromium         headless browser for the end-to-end tests
#     fonts-wqy-zenhei a Chinese font (7.5 MB download, 16 MB installed; fonts-noto-cjk is 57/91 MB), so the
#                      browser renders the Chinese task pane, and its screenshots, instead of empty boxes;
#                      skipped when fontconfig already knows a Chinese font (LibreOffice uses the same one)
#   apt, --no-install-recommends, for `npm run render` (the templates' sheets as printed pages) and the
#   native formulas' LibreOffice test (test/engine/nativeLibreOffice.test.ts, which must run in CI):
#     libreoffice-calc-nogui  soffice, sheets to PDF (~280 MB); recalculates the native formulas' .xlsx
#     poppler-utils    pdftoppm, PDF pages to PNGs
#     fonts-crosextra-carlito  Carlito, metric-compatible with Calibri (Excel's default font), so that
#                      rendered widths and cut-off text are Excel's
#   npm ci            when node_modules is missing or older than package-lock.json (install scripts off, see below)
#                     (SLA_FORCE_NPM_CI=1 forces it)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

# --- system packages -----------------------------------------------------------------------------
if [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
  missing=()
  dpkg -s libsecret-1-dev >/dev/null 2>&1 || missing+=(libsecret-1-dev)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  has_chinese_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; }
  has_chinese_font || dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || missing+=(fonts-wqy-zenhei)
  if [ ${#missing[@]} -eq 0 ]; then
    say "apt packages present (libsecret-1-dev, libxml2-utils, chromium, a Chinese font)"
  elif [ "$(id -u)" = 0 ]; then
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    say "installed ${missing[*]}"
  else
    # Not fatal: the build and unit tests do not need them; say exactly what to run.
    say "WARNING: missing ${missing[*]}; as root run: apt-get update && apt-get install -y ${missing[*]}"
  fi
  # For `npm run render` and the native formulas' LibreOffice test, without recommended packages
  # (LibreOffice would pull in far more).
  render=()
  command -v soffice >/dev/null 2>&1 || render+=(libreoffice-calc-nogui)
  command -v pdftoppm >/dev/null 2>&1 || render+=(poppler-utils)
  dpkg -s fonts-crosextra-carlito >/dev/null 2>&1 || render+=(fonts-crosextra-carlito)
  if [ ${#render[@]} -eq 0 ]; then
    say "apt packages for npm run render and the LibreOffice test present (LibreOffice Calc, poppler-utils, Carlito)"
  elif [ "$(id -u)" = 0 ]; then
    say "installing ${render[*]} (for npm run render and the LibreOffice test)"
    # Not fatal here: the build does not need them, and in CI the LibreOffice test fails saying what is missing.
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${render[@]}" >/dev/null; then
      say "installed ${render[*]}"
    else
      say "WARNING: could not install ${render[*]}: npm run render and the LibreOffice test will say what is missing"
    fi
  else
    say "WARNING: missing ${render[*]} (npm run render; the LibreOffice test skips outside CI); as root run: apt-get install -y --no-install-recommends ${render[*]}"
  fi
else
  say "not Debian: skipping system packages (needed only for the XSD check and browser tests)"
fi

# --- node_modules --------------------------------------------------------------------------------
stamp=node_modules/.package-lock.json   # written by npm after every install
if [ "${SLA_FORCE_NPM_CI:-}" = 1 ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  # --ignore-scripts: no dependency's install script is needed here. The only one that does real work is
  # keytar's native build (node-gyp, libsecret, Node headers from the network unless npm's nodedir is set),
  # and keytar is only loaded by @microsoft/m365agentstoolkit-cli for Outlook/JSON-manifest sideloading,
  # which this project never does. esbuild (tsx, bench) works from its platform package without its
  # postinstall check. `npm rebuild keytar` builds it if ever wanted (libsecret-1-dev is installed above).
  say "npm ci --ignore-scripts"
  npm ci --no-audit --no-fund --ignore-scripts
else
  say "node_modules up to date with package-lock.json (SLA_FORCE_NPM_CI=1 to reinstall)"
fi

# --- telemetry -----------------------------------------------------------------------------------
bash scripts/telemetry-off.sh | sed 's/^/[setup] /'
say "done"
