#!/usr/bin/env bash
# npm run setup:e2e -- install what the end-to-end tests need, outside the repository:
#   * Debian packages: chromium (the browser Playwright drives) and what code-server's native
#     modules need to build: ripgrep libkrb5-dev python3 make g++ curl; and pre-commit (the
#     pre-commit tier tries this repository's hook with it: test/pre-commit/)
#   * code-server 4.100.3 (= VS Code 1.100.3 workbench + Node extension host), from the npm
#     registry only, into ${STRATEGY_E2E_CACHE:-$HOME/.cache/strategy-as-code-e2e}
#
# Idempotent: a marker file records what was installed; a second run only checks and prints.
# Only the npm registry and Debian apt are used (no GitHub, nodejs.org or VS Code update hosts).
#
# Environment:
#   STRATEGY_E2E_CACHE      cache folder (default $HOME/.cache/strategy-as-code-e2e); must be outside the repo
#   STRATEGY_E2E_SKIP_APT=1 never call apt-get (you provide chromium and the build tools yourself)
#   STRATEGY_E2E_FORCE=1    reinstall code-server even if the marker says it is there
#
# test/e2e/env.js computes the same paths; keep CS_VERSION and the layout in step with it.
set -euo pipefail

CS_VERSION=4.100.3                 # 4.100.x is the last code-server line that runs on Node 20
NODE_MAJOR_REQUIRED=20
APT_PACKAGES=(chromium ripgrep libkrb5-dev python3 make g++ curl pre-commit)
CHROMIUM=/usr/bin/chromium

T0=$(date +%s.%N)
log()  { printf '[setup:e2e %s] %s\n' "$(date +%T)" "$*"; }
die()  { printf 'setup:e2e: error: %s\n' "$*" >&2; exit 1; }

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CACHE=${STRATEGY_E2E_CACHE:-${HOME:?HOME is not set; set STRATEGY_E2E_CACHE}/.cache/strategy-as-code-e2e}

# ---------- 1. Node: code-server 4.100.x needs exactly Node 20 ----------
command -v node >/dev/null || die "node not found on PATH (code-server $CS_VERSION needs Node $NODE_MAJOR_REQUIRED.x)"
command -v npm  >/dev/null || die "npm not found on PATH"
read -r NODE_VERSION NODE_ABI < <(node -p 'process.version + " " + process.versions.modules')
case "$NODE_VERSION" in
  v$NODE_MAJOR_REQUIRED.*) ;;
  *) die "code-server $CS_VERSION needs Node $NODE_MAJOR_REQUIRED.x, found $NODE_VERSION at $(command -v node).
       Switch to Node $NODE_MAJOR_REQUIRED (e.g. 'nvm use $NODE_MAJOR_REQUIRED') and run 'npm run setup:e2e' again." ;;
esac

# ---------- 2. cache folder: created, absolute, not inside the repository ----------
CACHE=$(realpath -m -- "$CACHE")     # absolute, symlinks resolved, checked before anything is created
case "$CACHE/" in
  "$REPO_ROOT"/*) die "cache folder $CACHE is inside the repository $REPO_ROOT; set STRATEGY_E2E_CACHE to a folder outside it" ;;
esac
mkdir -p "$CACHE" || die "cannot create cache folder $CACHE (set STRATEGY_E2E_CACHE to a writable folder)"
[ -w "$CACHE" ] || die "cache folder $CACHE is not writable"

# one setup at a time per cache folder
exec 9>"$CACHE/.setup.lock"
if command -v flock >/dev/null; then
  flock -n 9 || { log "another setup:e2e is running on $CACHE; waiting for it"; flock 9; }
fi

CS_DIR="$CACHE/code-server-$CS_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
MARKER="$CS_DIR/.strategy-e2e-installed"
MARKER_TEXT="code-server=$CS_VERSION node-abi=$NODE_ABI platform=$(uname -s)-$(uname -m)"
SETUP_LOG="$CACHE/setup.log"

# ---------- 3. Debian packages (apt only when something is missing) ----------
if [ "${STRATEGY_E2E_SKIP_APT:-0}" = 1 ]; then
  log "apt: skipped (STRATEGY_E2E_SKIP_APT=1)"
elif ! command -v dpkg-query >/dev/null; then
  log "apt: not a Debian-like system; install these yourself: ${APT_PACKAGES[*]} (or set STRATEGY_E2E_SKIP_APT=1)"
else
  # one dpkg-query for all; a package it does not know is not printed at all
  # (dpkg-query exits 1 when one is unknown: that is the case to handle, not a failure)
  INSTALLED=" $( { dpkg-query -W -f='${Package}=${Status}\n' "${APT_PACKAGES[@]}" 2>/dev/null || true; } \
    | sed -n 's/=install ok installed$//p' | tr '\n' ' ')"
  MISSING_PKGS=()
  for p in "${APT_PACKAGES[@]}"; do [[ "$INSTALLED" == *" $p "* ]] || MISSING_PKGS+=("$p"); done
  if [ ${#MISSING_PKGS[@]} -eq 0 ]; then
    log "apt: all present (${APT_PACKAGES[*]})"
  else
    if [ "$(id -u)" -ne 0 ]; then
      die "these Debian packages are missing: ${MISSING_PKGS[*]}
       apt-get needs root. Run as root, or install them first:
         sudo apt-get update && sudo apt-get install -y ${MISSING_PKGS[*]}
       then run 'npm run setup:e2e' again."
    fi
    log "apt: installing ${MISSING_PKGS[*]} (apt-get update first; chromium is ~500 MB, this takes a few minutes)"
    apt-get update -qq >>"$SETUP_LOG" 2>&1 || { tail -20 "$SETUP_LOG" >&2; die "apt-get update failed (log: $SETUP_LOG)"; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${MISSING_PKGS[@]}" >>"$SETUP_LOG" 2>&1 \
      || { tail -30 "$SETUP_LOG" >&2; die "apt-get install ${MISSING_PKGS[*]} failed (log: $SETUP_LOG)"; }
  fi
fi
[ -x "$CHROMIUM" ] || die "$CHROMIUM not found after the apt step (Debian package 'chromium')"
command -v rg >/dev/null || die "ripgrep (rg) not found; code-server's search needs it (Debian package 'ripgrep')"
command -v pre-commit >/dev/null || die "pre-commit not found; the pre-commit tier needs it (Debian package 'pre-commit')"

# ---------- 4. code-server into the cache (skipped when the marker matches) ----------
if [ "${STRATEGY_E2E_FORCE:-0}" != 1 ] && [ -x "$CS_BIN" ] && [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$MARKER_TEXT" ]; then
  log "code-server $CS_VERSION: already installed ($MARKER)"
else
  # node-gyp must build against the local headers, never download them
  NODEDIR=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
  [ -f "$NODEDIR/include/node/node.h" ] \
    || die "no Node headers in $NODEDIR/include/node; native modules cannot be built (install a Node build that ships its headers)"
  for t in python3 make g++; do command -v "$t" >/dev/null || die "$t not found; needed to build code-server's native modules"; done
  # Under `npm run setup:e2e` npm exports npm_config_local_prefix=<this repo>: nested npm commands would
  # then install into the repository instead of the cache. Drop it and the run-script variables.
  unset npm_config_local_prefix
  while read -r v; do unset "$v"; done < <(compgen -e | grep -E '^npm_(package|lifecycle)_' || true)
  export npm_config_nodedir="$NODEDIR"
  export npm_config_yes=true          # node-pty's install runs `npx node-gyp`; npx must not prompt/refuse
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  # keep code-server/VS Code from writing into ~/.config and ~/.local/share while building/probing
  export XDG_CONFIG_HOME="$CACHE/xdg-config" XDG_DATA_HOME="$CACHE/xdg-data"

  log "code-server $CS_VERSION: installing into $CS_DIR (about 1-3 minutes; log: $SETUP_LOG)"
  rm -rf "$CS_DIR"                    # no marker = unfinished or outdated: start clean
  mkdir -p "$CS_DIR"
  echo '{"private":true,"description":"strategy-as-code e2e cache: code-server"}' > "$CS_DIR/package.json"
  step() {  # step "what" function : run in a subshell, output to the log, tail it on failure
    log "  $1"
    echo "=== $1" >>"$SETUP_LOG"
    if ! ( set -e; "$2" ) >>"$SETUP_LOG" 2>&1; then
      echo "--- last lines of $SETUP_LOG:" >&2; tail -40 "$SETUP_LOG" >&2
      die "code-server install failed at: $1"
    fi
  }
  VSC="$CS_DIR/node_modules/code-server/lib/vscode"
  # Its postinstall refuses root under npm >= 7 and would fetch ripgrep from GitHub: replay it by hand.
  s_install()    { cd "$CS_DIR"; npm install --no-save --ignore-scripts "code-server@$CS_VERSION"; }
  s_argon2()     { cd "$CS_DIR"; npm rebuild argon2; }
  s_vscode()     { cd "$VSC"; npm install --omit=dev --ignore-scripts; }
  s_ripgrep()    { mkdir -p "$VSC/node_modules/@vscode/ripgrep/bin"; cp "$(command -v rg)" "$VSC/node_modules/@vscode/ripgrep/bin/rg"; }
  s_native()     { cd "$VSC"; npm rebuild --foreground-scripts; }
  s_links()      { cd "$VSC"; ln -sfn node_modules node_modules.asar
                   (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
                   (cd bin/helpers && ln -sfn browser-linux.sh browser.sh); }
  s_extensions() { cd "$VSC/extensions"; npm install --omit=dev; }
  s_version()    { "$CS_BIN" --version; }
  step "npm install code-server@$CS_VERSION (scripts skipped)" s_install
  step "npm rebuild argon2" s_argon2
  step "lib/vscode: npm install --omit=dev (scripts skipped)" s_vscode
  step "lib/vscode: use Debian's ripgrep instead of downloading one" s_ripgrep
  step "lib/vscode: npm rebuild (node-pty, spdlog, kerberos, ...)" s_native
  step "lib/vscode: symlinks" s_links
  step "lib/vscode/extensions: npm install --omit=dev" s_extensions
  [ -x "$CS_BIN" ] || die "code-server binary missing after install: $CS_BIN"
  step "code-server --version" s_version
  echo "$MARKER_TEXT" > "$MARKER"
  log "code-server $CS_VERSION: installed ($(du -sh "$CS_DIR" | cut -f1))"
fi

# ---------- 5. report ----------
# (cheap checks only, so that a warm run stays around a second)
json_version() { sed -n 's/^  "version": *"\([^"]*\)".*/\1/p' "$1" 2>/dev/null | head -1; }
CS_REPORTED=$(json_version "$CS_DIR/node_modules/code-server/package.json")
[ -n "$CS_REPORTED" ] || die "code-server's package.json is unreadable; rerun with STRATEGY_E2E_FORCE=1"
CHROMIUM_REPORTED=$("$CHROMIUM" --version 2>/dev/null | head -1 || true)
PW_REPORTED=$(json_version "$REPO_ROOT/node_modules/playwright-core/package.json")
PW_REPORTED=${PW_REPORTED:-"not installed: run 'npm install' in $REPO_ROOT"}
ELAPSED=$(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
cat <<EOF
setup:e2e ready in ${ELAPSED}s
  cache        $CACHE
  code-server  $CS_BIN  (code-server $CS_REPORTED)
  chromium     $CHROMIUM  (${CHROMIUM_REPORTED:-version unknown})
  playwright   playwright-core $PW_REPORTED, from the repo's node_modules (drives $CHROMIUM, downloads no browser)
  pre-commit   $(command -v pre-commit) ($(pre-commit --version 2>/dev/null || echo 'version unknown'))
  node         $NODE_VERSION ($(command -v node))
EOF
