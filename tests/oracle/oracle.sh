#!/bin/sh
# Runs mp-oracle.mjs on the MicroPython installed in tests/oracle/node_modules; arguments are
# mp-oracle.mjs options and files (see the top of mp-oracle.mjs). Exit status 77 ("skipped" for
# CTest) when node or the packages are missing, except under CI=true, where that is an error:
# tools/setup.sh installs them.
here=$(cd "$(dirname "$0")" && pwd)
mjs=$here/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs
missing=
command -v node >/dev/null 2>&1 || missing="node"
[ -n "$missing" ] || [ -f "$mjs" ] || missing="$mjs"
if [ -n "$missing" ]; then
    echo "oracle: $missing not found; tools/setup.sh --deps-only installs it" >&2
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
exec node "$here/mp-oracle.mjs" --mjs "$mjs" "$@"
