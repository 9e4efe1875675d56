#!/usr/bin/env bash
# Sets up a Debian 12 machine for mpyc and runs it on the bundled example.
#   tools/setup.sh              install what is missing, build into build/ (Release), run
#                               mpyc on examples/blink.py
#   tools/setup.sh --deps-only  only install what is missing (used by tools/test.sh)
# Installs Debian packages with apt-get (as root, or through sudo when not root) and the
# oracle's pinned npm packages into tests/oracle/node_modules. Safe to run again: it installs
# only what is missing and rebuilds incrementally.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
jobs=${MPYC_JOBS:-2}

deps_only=0
case "${1:-}" in
    --deps-only) deps_only=1 ;;
    "") ;;
    *) echo "usage: tools/setup.sh [--deps-only]" >&2; exit 2 ;;
esac

say() { printf '== %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------------
# Build: cmake gcc libc6-dev make re2c bison pkg-config. Tests: libcriterion-dev python3
# (CPython is the reference for syntax errors), nodejs npm (the MicroPython oracle),
# clang-format (the format check). Fuzzing: clang libclang-rt-14-dev (libFuzzer), llvm
# (llvm-symbolizer, for readable sanitizer stack traces). git: the format check lists files
# with it. ca-certificates: npm's HTTPS.
packages=(cmake gcc libc6-dev make re2c bison pkg-config libcriterion-dev python3 nodejs npm
          clang libclang-rt-14-dev llvm clang-format git ca-certificates)

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]
}

missing=()
for p in "${packages[@]}"; do
    case "$p" in
        # Any node >= 18 with its npm will do (some machines carry a newer nodejs that
        # bundles npm and conflicts with Debian's npm package).
        nodejs) command -v node >/dev/null 2>&1 && continue ;;
        npm) command -v npm >/dev/null 2>&1 && continue ;;
    esac
    is_installed "$p" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "setup: missing packages (${missing[*]}) and not root; install them as root" >&2
            exit 1
        fi
    fi
    say "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    say "Debian packages: all present"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
    echo "setup: node $(node --version) is too old; the oracle needs node 18 or later" >&2
    exit 1
fi

# --- the oracle's npm packages (versions pinned by tests/oracle/package-lock.json) ------------
if npm ls --prefix "$root/tests/oracle" --depth=0 >/dev/null 2>&1 &&
   [ -f "$root/tests/oracle/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs" ]; then
    say "oracle npm packages: present"
else
    say "installing the oracle's npm packages into tests/oracle/node_modules"
    npm ci --prefix "$root/tests/oracle" --no-audit --no-fund
fi

[ "$deps_only" = 1 ] && exit 0

# --- build -----------------------------------------------------------------------------------
say "building into build/ (Release)"
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$root/build" -j"$jobs"

# --- the main job on the bundled example -----------------------------------------------------
mpyc=$root/build/bin/mpyc
say "mpyc -o build/blink.mpy examples/blink.py"
(cd "$root" && "$mpyc" -o build/blink.mpy examples/blink.py)
say "mpytool info build/blink.mpy"
"$root/build/bin/mpytool" info "$root/build/blink.mpy"
say "done: build/bin/mpyc, build/bin/mpytool are ready; build/blink.mpy is the compiled example"
