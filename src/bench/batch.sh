#!/usr/bin/env bash
# Batch throughput benchmark on random answer sets of the built-in questionnaire: the rate with
# --jobs 1 and --jobs 2 (target: at least 1.7x apart on two cores), --jobs 2 against
# --parse-only --jobs 2 (target: within 1.3x), and peak memory at two input sizes (the same peak
# means memory stays flat).
#   bash src/bench/batch.sh [ANSWER_SETS]   (default 1000000)
# Needs: a built jar (mvn -q -B package -DskipTests), hyperfine and GNU time (Debian packages
# `hyperfine` and `time`), python3 to read hyperfine's JSON. On a shared machine, say so with the figures.
set -euo pipefail
source "$(dirname "$0")/common.sh"
needs /usr/bin/time time
count=${1:-1000000}

data="$work/answers-2.1.0-$count.jsonl"
small="$work/answers-2.1.0-$((count / 10)).jsonl"
[ -f "$data" ] || java src/bench/GenerateAnswers.java "$count" 42 > "$data"
[ -f "$small" ] || head -n $((count / 10)) "$data" > "$small"
echo "processors: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Exit 65 is expected: about 1 line in 100 is deliberately broken.
hyperfine --ignore-failure --warmup 1 --runs 5 --export-json "$work/batch.json" \
  --command-name jobs-1 "java -jar $jar batch --jobs 1 $data >/dev/null 2>&1" \
  --command-name jobs-2 "java -jar $jar batch --jobs 2 $data >/dev/null 2>&1" \
  --command-name parse-only-jobs-2 "java -jar $jar batch --parse-only --jobs 2 $data >/dev/null 2>&1"

peak() { # peak resident memory in MiB of one run
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'
}

python3 - "$work/batch.json" "$count" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
count = int(sys.argv[2])
one, two, parse = (results[c]["median"] for c in ("jobs-1", "jobs-2", "parse-only-jobs-2"))
print(f"\nanswer sets:                  {count:,}")
for name, t in (("--jobs 1", one), ("--jobs 2", two), ("--parse-only --jobs 2", parse)):
    print(f"{name + ' median:':30}{t:.2f} s  ({count / t:,.0f} answer sets/s, {60 * count / t:,.0f} a minute)")
print(f"jobs 1 / jobs 2:              {one / two:.2f}  (target: at least 1.70)")
print(f"jobs 2 / parse-only:          {two / parse:.2f}  (target: at most 1.30)")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peak memory, -Xmx64m --jobs 2:  $((count / 10)) sets $(peak java -Xmx64m -jar $jar batch --jobs 2 "$small") MiB," \
  "$count sets $(peak java -Xmx64m -jar $jar batch --jobs 2 "$data") MiB"
