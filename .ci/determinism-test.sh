#!/usr/bin/env bash
# Determinism across JIT tiers (docs/performance.md): the engine's results must be the same bits whether the JIT
# starts from unoptimized code and recompiles (the default), compiles fully optimized from the start, or runs
# without profile-guided optimization. Hashes every shipped scenario and the generated benchmark worlds in a
# Release build (bench mode engine-fingerprint) under each setting and compares. Exit 0 when all agree.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build bench/SecurityDilemma.Bench -c Release -o "$out/bin" -v quiet -nologo >/dev/null
scenarios="$PWD/scenarios"
(cd "$out/bin" && dotnet SecurityDilemma.Bench.dll engine-fingerprint "$scenarios") > "$out/default.txt"
(cd "$out/bin" && DOTNET_TieredCompilation=0 dotnet SecurityDilemma.Bench.dll engine-fingerprint "$scenarios") > "$out/optimized.txt"
(cd "$out/bin" && DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=0 dotnet SecurityDilemma.Bench.dll engine-fingerprint "$scenarios") > "$out/nopgo.txt"
tail -1 "$out/default.txt"
if diff "$out/default.txt" "$out/optimized.txt" && diff "$out/default.txt" "$out/nopgo.txt"; then
  echo "determinism across JIT tiers: PASS ($(grep -c seed "$out/default.txt") runs hashed, 3 JIT settings)"
else
  echo "determinism across JIT tiers: FAIL (the hashes above differ)"
  exit 1
fi
