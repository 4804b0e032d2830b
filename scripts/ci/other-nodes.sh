#!/usr/bin/env bash
# CI, after `npm test`: the built CLI's end-to-end tests again on each other Node release line
# users run (22 and 24; `npm test` ran them on this machine's Node). Each Node comes from the
# npm registry's node-<platform>-<arch> package, a plain binary with no install script: no
# other download. npm's own cache keeps the tarball, so a second run installs from disk.
# The test runner stays on this Node; NEXTGEN_READY_TEST_NODE (test/helpers/cli.ts) is the Node
# that runs the CLI, and PATH has it first for the tests that run the installed `.bin` shim.
# Usage: scripts/ci/other-nodes.sh [MAJOR...]   (default: 22 24)
set -euo pipefail
cd "$(dirname "$0")/../.."

majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)

# The tests that run dist/ through bin/ on the platform: every command once and its exit
# status, start-up and loading, stdin, signals, a roster's --out, the packed package, and a
# terminal (tmux): the edge and e2e projects but for the bad answers and roster cells (the CLI's
# own checks, the same on every Node) and `data`'s TLS (its network code is undici's, bundled).
# What commands do with their flags and files runs in-process, on the test runner's Node.
tests=(
  test/e2e
  test/edge/process.test.ts
  test/edge/startup.test.ts
  test/edge/roster-stdin.test.ts
  test/edge/bug-report.test.ts
  test/edge/bad-input/other.test.ts
  test/edge/bad-input/signals.test.ts
)

runner="$(command -v node)"
package="node-$("$runner" -p process.platform)-$("$runner" -p process.arch)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
# Readable by all: some tests run the CLI as nobody.
chmod 755 "$prefix"

for major in "${majors[@]}"; do
  dir="$prefix/node$major"
  npm install --prefix "$dir" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
    --loglevel=error "$package@$major" </dev/null
  node_bin="$dir/node_modules/$package/bin/node"
  version="$("$node_bin" --version)"
  case "$version" in
    "v$major".*) ;;
    *) echo "other-nodes: asked for Node $major, got $version" >&2; exit 1 ;;
  esac
  echo "== the built CLI's end-to-end tests on Node $version ($package) =="
  PATH="$(dirname "$node_bin"):$PATH" NEXTGEN_READY_TEST_NODE="$node_bin" \
    "$runner" node_modules/vitest/vitest.mjs run "${tests[@]}" </dev/null
done
