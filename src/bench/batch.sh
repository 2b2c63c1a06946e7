#!/usr/bin/env bash
# Batch throughput benchmark: `triage batch` against `triage batch --parse-only` on random answer
# sets, and peak memory at two input sizes (the same peak means memory stays flat).
#   bash src/bench/batch.sh [ANSWER_SETS]   (default 1000000)
# Needs: a built jar (mvn -q -B package -DskipTests), hyperfine and GNU time (Debian packages
# `hyperfine` and `time`), python3 to read hyperfine's JSON.
set -euo pipefail
source "$(dirname "$0")/common.sh"
needs /usr/bin/time time
count=${1:-1000000}

data="$work/answers-$count.jsonl"
small="$work/answers-$((count / 10)).jsonl"
[ -f "$data" ] || java src/bench/GenerateAnswers.java "$count" 42 > "$data"
[ -f "$small" ] || head -n $((count / 10)) "$data" > "$small"

# Exit 65 is expected: about 1 line in 100 is deliberately broken.
hyperfine --ignore-failure --warmup 1 --runs 7 --export-json "$work/batch.json" \
  --command-name batch "java -jar $jar batch $data >/dev/null 2>&1" \
  --command-name parse-only "java -jar $jar batch --parse-only $data >/dev/null 2>&1"

peak() { # peak resident memory in MiB of one run
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'
}

python3 - "$work/batch.json" "$count" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
count = int(sys.argv[2])
batch, parse = results["batch"]["median"], results["parse-only"]["median"]
print(f"\nanswer sets:          {count:,}")
print(f"batch median:         {batch:.2f} s  ({count / batch:,.0f} answer sets/s, {60 * count / batch:,.0f} a minute)")
print(f"parse-only median:    {parse:.2f} s")
print(f"ratio batch/parse:    {batch / parse:.2f}  (target: at most 2.00)")
PY
echo "peak memory, default heap:  $((count / 10)) sets $(peak java -jar $jar batch "$small") MiB," \
  "$count sets $(peak java -jar $jar batch "$data") MiB"
echo "peak memory, -Xmx64m:       $((count / 10)) sets $(peak java -Xmx64m -jar $jar batch "$small") MiB," \
  "$count sets $(peak java -Xmx64m -jar $jar batch "$data") MiB"
