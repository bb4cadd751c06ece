#!/usr/bin/env bash
# Bindings smoke, after `npx projen compile` and `npx projen package:bindings-smoke` (which fill .jsii and .bindings/).
#  1. check_bindings.py: every public type and member of .jsii is in the generated Python, Java, C# and Go sources.
#  2. kernel_smoke.py: the assembly tarball embedded in the generated Python package is loaded by the jsii kernel
#     (@jsii/runtime, the node host every language runtime spawns) with its jsii dependencies, and our classes are
#     constructed, bound and synthesized through it from Python. The Python `jsii` runtime itself is not reachable
#     offline (README.md beside this file), so the generated module is not imported.
set -euo pipefail
cd "$(dirname "$0")/../.."

module=$(node -p "JSON.parse(require('fs').readFileSync('.jsii','utf8')).targets.python.module")
ours=$(ls .bindings/python/src/"$module"/_jsii/*.jsii.tgz 2>/dev/null || true)
if [ -z "$ours" ]; then
  echo "bindings smoke: no generated Python package under .bindings/; run 'npx projen package:bindings-smoke' first" >&2
  exit 1
fi

python3 test/bindings/check_bindings.py .jsii .bindings

# The kernel host, at the version of the jsii-pacmak that generated the bindings. Its npm package ships a
# self-contained webpack bundle; `npm pack` fetches only it (its @jsii/kernel dependency is not installable here).
work=.bindings/kernel-smoke
version=$(node -p "require('jsii-pacmak/package.json').version")
runtime="$work/jsii-runtime-$version/package/webpack/bin/jsii-runtime.js"
if [ ! -f "$runtime" ]; then
  mkdir -p "$work/jsii-runtime-$version"
  tgz=$(npm pack --silent "@jsii/runtime@$version" --pack-destination "$work/jsii-runtime-$version" | tail -1)
  tar -xzf "$work/jsii-runtime-$version/$tgz" -C "$work/jsii-runtime-$version"
fi

# The assembly's jsii dependency closure, dependencies first (as the PyPI wheels would load them).
mapfile -t deps < <(node -e '
  const fs = require("fs");
  const closure = Object.keys(JSON.parse(fs.readFileSync(".jsii", "utf8")).dependencyClosure ?? {});
  const deps = (n) => Object.keys(require(`${n}/package.json`).dependencies ?? {}).filter((d) => closure.includes(d));
  const done = [];
  const visit = (n) => { if (!done.includes(n)) { deps(n).forEach(visit); done.push(n); } };
  closure.forEach(visit);
  done.forEach((n) => console.log(`node_modules/${n}`));')

python3 test/bindings/kernel_smoke.py "$runtime" "$ours" "$work/tarballs" "${deps[@]}"
