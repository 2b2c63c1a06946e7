#!/usr/bin/env bash
# Start-up benchmark: how long a run takes to start and finish, beside python3 loading the same
# questions.yaml with PyYAML, all in one hyperfine run; then the time to the first question on a
# pseudo-terminal. Each of the JVM levers is a command of its own, so its share shows.
#   bash src/bench/startup.sh [RUNS]   (default 40)
# Needs: the jar and its archive (mvn package), hyperfine (Debian package `hyperfine`), and
# python3 with PyYAML (Debian package `python3-yaml`).
set -euo pipefail
source "$(dirname "$0")/common.sh"
python3 -c 'import yaml' 2>/dev/null || { apt-get install -y -qq python3-yaml >/dev/null 2>&1 || \
  { apt-get update -qq >/dev/null && apt-get install -y -qq python3-yaml >/dev/null; } || true; }
python3 -c 'import yaml' 2>/dev/null || { echo "needs PyYAML (apt-get install python3-yaml)" >&2; exit 1; }
runs=${1:-40}

# A full self-care walk, every question answered by id.
answers="$work/answers.yaml"
cat > "$answers" <<'YAML'
{bladder_bowel: no, chest_pain: no, numbness: no, weakness: no, radiating_pain: no, injury: no,
 fever: no, bone_density: no, weight_loss: no, cancer_history: no, persistent_pain: no,
 worse_after_pop: no, lost_motion: no, breath_pop: no, clunk: no, pops_per_day: 3,
 sitting_hours: 4_to_8, crack_neck: no, twist_to_pop: no, stress: no, strength: yes}
YAML

# The same jar without the snapshot of the built-in questionnaire, with an archive of its own.
bare="$work/without-snapshot"
rm -rf "$bare" && mkdir -p "$bare" && cp target/triage.jar "$bare/triage.jar"
python3 - "$bare/triage.jar" <<'PY'
import sys, zipfile, shutil
jar = sys.argv[1]
with zipfile.ZipFile(jar) as old, zipfile.ZipFile(jar + ".new", "w", zipfile.ZIP_DEFLATED) as new:
    for item in old.infolist():
        if item.filename != "triage/questions.snapshot":
            new.writestr(item, old.read(item.filename))
shutil.move(jar + ".new", jar)
PY
java -Xshare:dump -Xlog:disable -Xlog:all=error:stderr -XX:SharedClassListFile=target/triage.classlist \
  -XX:SharedArchiveFile="$PWD/$bare/triage.jsa" -cp "$PWD/$bare/triage.jar"

run="--answers $answers --format json"
archive="-XX:SharedArchiveFile=target/triage.jsa -Xlog:cds=off"
fast="$archive -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/startup.json" \
  --command-name "python3 + PyYAML" "python3 -c 'import yaml; yaml.safe_load(open(\"questions.yaml\")); print(\"loaded\")'" \
  --command-name "java -jar (no levers)" "java -jar target/triage.jar $run" \
  --command-name "+ class-data archive" "java $archive -jar target/triage.jar $run" \
  --command-name "+ C1 only" "java $archive -XX:TieredStopAtLevel=1 -jar target/triage.jar $run" \
  --command-name "+ serial GC, 1 compiler thread (README)" "java $fast -jar target/triage.jar $run" \
  --command-name "README flags, no snapshot" \
    "java -XX:SharedArchiveFile=$bare/triage.jsa -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -jar $bare/triage.jar $run" \
  >/dev/null
python3 - "$work/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
python = results[0]["median"]
print(f"\n{'command':44} {'median':>9} {'vs python':>10}")
for r in results:
    print(f"{r['command']:44} {r['median'] * 1000:7.1f} ms {r['median'] / python:9.2f}x")
fast = next(r for r in results if "(README)" in r["command"])["median"]
print(f"\ntarget: the README run no slower than python3 -> {fast / python:.2f}x:",
      "met" if fast <= python else "NOT met")
PY

echo
echo "time to the first question on a pseudo-terminal (target: under 150 ms):"
python3 src/bench/first_question.py 20 "Question 1" "> " java $fast -jar target/triage.jar
