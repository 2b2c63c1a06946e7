#!/usr/bin/env bash
# Scale benchmark for the clinician commands: validate, paths (counted) and diff (against a reworded
# copy and against a copy with five changed routes) on generated trees of 10,000 and 100,000
# questions. Prints each median, and how the time grows from 10,000 to 100,000.
#   bash src/bench/clinician.sh
# Needs: a built jar (mvn -q -B package -DskipTests), hyperfine (Debian package), python3.
set -euo pipefail
source "$(dirname "$0")/common.sh"

for n in 10000 100000; do
  for variant in base reworded rerouted; do
    file="$work/tree-$n-$variant.yaml"
    [ -f "$file" ] || java src/bench/GenerateTree.java "$n" "$variant" > "$file"
  done
done

commands=()
for n in 10000 100000; do
  base="$work/tree-$n-base.yaml"
  commands+=(--command-name "validate $n" "java -jar $jar validate $base"
    --command-name "paths $n" "java -jar $jar paths --questions $base"
    --command-name "diff-reworded $n" "java -jar $jar diff $base $work/tree-$n-reworded.yaml"
    --command-name "diff-rerouted $n" "java -jar $jar diff --limit 5 $base $work/tree-$n-rerouted.yaml")
done
# diff exits 1 when a verdict changed, which the rerouted copy is meant to do.
hyperfine --ignore-failure --warmup 1 --runs 5 --output=null --export-json "$work/clinician.json" "${commands[@]}"

python3 - "$work/clinician.json" <<'PY'
import json, sys
medians = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
print(f"\n{'command':15} {'10,000':>9} {'100,000':>9} {'ratio':>6}   (target: each under 5 s, about linear)")
for name in ["validate", "paths", "diff-reworded", "diff-rerouted"]:
    small, large = medians[f"{name} 10000"], medians[f"{name} 100000"]
    print(f"{name:15} {small:8.2f}s {large:8.2f}s {large / small:6.1f}")
PY
