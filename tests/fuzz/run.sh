#!/usr/bin/env bash
# Fuzzes DigestParser.Default.Parse with afl-fuzz through SharpFuzz for a number of minutes (default 30).
#
#   bash tests/fuzz/run.sh [minutes]
#
# Installs AFL++ (Debian package afl++) and the SharpFuzz.CommandLine dotnet tool when missing, publishes the harness,
# instruments PaperDigest.dll, seeds the corpus from seeds/*.txt, tests/fuzz/seeds/, tests/Corpus/ (if present) and
# $PAPERDIGEST_FUZZ_CORPUS (a folder, e.g. findings-*/default/queue of an earlier run),
# fuzzes on one core at low priority, then prints the numbers and replays every crash and hang in process.
# Output goes to artifacts/fuzz/ (or $PAPERDIGEST_FUZZ_OUT). Not part of .ci/run.
set -euo pipefail

minutes="${1:-30}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${PAPERDIGEST_FUZZ_OUT:-$root/artifacts/fuzz}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n=== %s ===\n' "$1"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

step "1. AFL++"
if ! command -v afl-fuzz >/dev/null 2>&1; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y afl++
fi
afl-fuzz -h 2>&1 | head -n 1 || true

step "2. SharpFuzz.CommandLine"
mkdir -p "$out"
if [ ! -x "$out/tools/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$out/tools"
fi

step "3. publish and instrument"
rm -rf "$out/bin" "$out/replay"
dotnet publish "$here/PaperDigest.Fuzz.csproj" -c Release -o "$out/bin" --nologo -v quiet
cp -r "$out/bin" "$out/replay"   # an uninstrumented copy for triage
"$out/tools/sharpfuzz" "$out/bin/PaperDigest.dll"
dotnet "$out/replay/PaperDigest.Fuzz.dll" dictionary "$here/tokens.txt" "$out/digest.dict"

step "4. corpus"
rm -rf "$out/corpus"
mkdir -p "$out/corpus"
cp "$root"/seeds/*.txt "$here"/seeds/*.txt "$out/corpus/"
# tests/Corpus (if present) and $PAPERDIGEST_FUZZ_CORPUS (e.g. the queue of an earlier run) add more seeds.
n=0
for extra in "$root/tests/Corpus" "${PAPERDIGEST_FUZZ_CORPUS:-}"; do
  if [ -n "$extra" ] && [ -d "$extra" ]; then
    while IFS= read -r -d '' file; do
      n=$((n + 1))
      cp "$file" "$out/corpus/extra-$n"
    done < <(find "$extra" -type f -size -1024k ! -name README.txt ! -path '*/.*' -print0)
  fi
done
echo "$(find "$out/corpus" -type f | wc -l) seed files"

step "5. fuzz for $minutes minutes"
findings="$out/findings-$(date +%Y%m%d-%H%M%S)"
set +e
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  nice -n 10 afl-fuzz -i "$out/corpus" -o "$findings" -x "$out/digest.dict" -t 5000 -m none -V "$((minutes * 60))" \
  -- dotnet "$out/bin/PaperDigest.Fuzz.dll" > "$findings.log" 2>&1
afl_exit=$?
set -e
tail -n 5 "$findings.log"
stats="$findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  echo "afl-fuzz did not start (exit $afl_exit); see $findings.log" >&2
  exit 1
fi

step "6. results ($findings)"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|corpus_found|max_depth|bitmap_cvg|saved_crashes|saved_hangs|stability)\b' "$stats"
crashes=$(find "$findings/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)
hangs=$(find "$findings/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
echo "crash inputs: $crashes, hang inputs: $hangs"
if [ "$crashes" -gt 0 ] || [ "$hangs" -gt 0 ]; then
  step "7. replay of crashes and hangs (uninstrumented)"
  dotnet "$out/replay/PaperDigest.Fuzz.dll" replay "$findings/default/crashes" "$findings/default/hangs" || true
  exit 1
fi
