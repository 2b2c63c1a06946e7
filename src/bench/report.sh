#!/usr/bin/env bash
# Report benchmark: `triage report` over 1,000,000 recorded sessions (and 100,000, to show that
# memory stays flat: the same peak for ten times the sessions).
#   bash src/bench/report.sh [SESSIONS]   (default 1000000)
# Needs: a built jar, hyperfine and GNU time (Debian packages `hyperfine` and `time`), python3.
set -euo pipefail
source "$(dirname "$0")/common.sh"
needs /usr/bin/time time
count=${1:-1000000}

big="$work/transcripts-$count.jsonl"
small="$work/transcripts-$((count / 10)).jsonl"
[ -f "$big" ] || java src/bench/GenerateTranscripts.java "$count" > "$big"
[ -f "$small" ] || head -n $((count / 10)) "$big" > "$small"

hyperfine --warmup 1 --runs 5 --export-json "$work/report.json" \
  --command-name report "java -jar $jar report $big >/dev/null"
python3 - "$work/report.json" "$count" <<'PY'
import json, sys
median = json.load(open(sys.argv[1]))["results"][0]["median"]
print(f"\nsessions:       {int(sys.argv[2]):,}")
print(f"report median:  {median:.2f} s (target: under 30 s)")
PY
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'; }
echo "peak memory, -Xmx64m: $((count / 10)) sessions $(peak java -Xmx64m -jar $jar report "$small") MiB," \
  "$count sessions $(peak java -Xmx64m -jar $jar report "$big") MiB"
