#!/usr/bin/env bash
# Start-up benchmark, three parts:
#  1. one hyperfine run: the `triage` launcher's non-interactive run (answers by id, JSON out)
#     beside python3 loading the same questions.yaml with PyYAML; each JVM lever is a command of
#     its own, so its share shows;
#  2. the time to the first question and to its prompt on a pseudo-terminal, through the launcher;
#  3. picocli's share: building the command line of a plain run from its annotations, as Main does,
#     against the same options built with a programmatic CommandSpec (src/bench/PicocliCost.java,
#     a fresh JVM for each measurement).
# Medians throughout, and ratios from this one run.
#   bash src/bench/startup.sh [RUNS]   (default 40)
# Needs: the jar, its archive and the launcher (mvn package), hyperfine (Debian package
# `hyperfine`), and python3 with PyYAML (Debian package `python3-yaml`).
set -euo pipefail
source "$(dirname "$0")/common.sh"
needs python3 python3
# The interpreter itself, not a version manager's shim on the PATH (pyenv's start a shell first):
# Debian's, which the package python3-yaml serves, where there is one.
py=$(command -v /usr/bin/python3 || command -v python3)
"$py" -c 'import yaml' 2>/dev/null || { apt-get install -y -qq python3-yaml >/dev/null 2>&1 || \
  { apt-get update -qq >/dev/null && apt-get install -y -qq python3-yaml >/dev/null; } || true; }
"$py" -c 'import yaml' 2>/dev/null || { echo "needs PyYAML for $py (apt-get install python3-yaml)" >&2; exit 1; }
runs=${1:-40}

# A full self-care walk of the built-in questionnaire, every question answered by id.
answers="$work/answers.yaml"
cat > "$answers" <<'YAML'
{chest_pain: no, sudden_severe: no, sweaty_faint: no, breathless: no, stroke_signs: no, cord_signs: no,
 bladder_bowel: no, breath_pain: no, effort_pain: no, cancer_history: no, fever: no, infection_risk: no,
 injury: no, weakness: no, bone_density: no, age_65: no, numbness: no, radiating_pain: no, weight_loss: no,
 night_pain: no, persistent_pain: no, worse_after_pop: no, lost_motion: no, breath_pop: no, clunk: no,
 pops_per_day: 3, sitting_hours: 4_to_8, crack_neck: no, twist_to_pop: no, stress: no, strength: yes}
YAML
run="--answers $answers --format json"
# What is timed must be the whole walk to a verdict, not an early error.
target/triage $run | grep -q '^{"level":"self-care"' || { echo "the answers no longer reach a verdict: update them" >&2; exit 1; }

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

python="$py -c 'import yaml; yaml.safe_load(open(\"questions.yaml\")); print(\"loaded\")'"
archive="-XX:SharedArchiveFile=target/triage.jsa -Xlog:cds=off"
fast="$archive -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
echo "python: $py ($("$py" --version))"
hyperfine -N --warmup 5 --runs "$runs" --export-json "$work/startup.json" \
  --command-name "python3 + PyYAML" "$python" \
  --command-name "python3 + PyYAML's C loader (reference)" \
    "$py -c 'import yaml; yaml.load(open(\"questions.yaml\"), Loader=yaml.CSafeLoader); print(\"loaded\")'" \
  --command-name "java -jar (no levers)" "java -jar target/triage.jar $run" \
  --command-name "+ class-data archive" "java $archive -jar target/triage.jar $run" \
  --command-name "+ C1 only" "java $archive -XX:TieredStopAtLevel=1 -jar target/triage.jar $run" \
  --command-name "+ serial GC, 1 compiler thread" "java $fast -jar target/triage.jar $run" \
  --command-name "target/triage (the launcher)" "target/triage $run" \
  --command-name "launcher's options, no snapshot" \
    "java -XX:SharedArchiveFile=$bare/triage.jsa -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -jar $bare/triage.jar $run" \
  >/dev/null
python3 - "$work/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
python = results[0]["median"]
print(f"\n{'command':44} {'median':>9} {'vs python':>10}")
for r in results:
    print(f"{r['command']:44} {r['median'] * 1000:7.1f} ms {r['median'] / python:9.2f}x")
launcher = next(r for r in results if "launcher)" in r["command"])["median"]
print(f"\ntarget: the launcher at most 0.8x python3 -> {launcher / python:.2f}x:",
      "met" if launcher <= 0.8 * python else "NOT met")
PY

echo
echo "time to the first question on a pseudo-terminal, through the launcher:"
python3 src/bench/first_question.py 20 "Do any of these apply to you?" "> " target/triage | tee "$work/first_question.txt"
python3 - "$work/first_question.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
question, prompt = (int(m) for m in re.findall(r"median (\d+) ms", text))
print(f"target: first question under 100 ms -> {question} ms:", "met" if question < 100 else "NOT met")
print(f"target: its prompt under 150 ms -> {prompt} ms:", "met" if prompt < 150 else "NOT met")
PY

echo
echo "picocli: building the command line of a plain run, one fresh JVM a measurement ($runs each):"
mkdir -p "$work/classes"
# The jar carries picocli relocated under triage.shaded. (README, Embedding): compile against that name.
sed 's/^import picocli\./import triage.shaded.picocli./' src/bench/PicocliCost.java > "$work/PicocliCost.java"
javac -Xlint:all -cp target/triage.jar -d "$work/classes" "$work/PicocliCost.java"
cost() { java $fast -cp "target/triage.jar:$work/classes" PicocliCost "$@"; }
cost check
for _ in $(seq "$runs"); do
  for mode in annotations programmatic bare; do cost "$mode" $run; done
done > "$work/picocli.txt"
python3 - "$work/picocli.txt" "$work/startup.json" <<'PY'
import json, statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
launcher = next(r for r in json.load(open(sys.argv[2]))["results"] if "launcher)" in r["command"])["median"] * 1000
ms = lambda mode, i: statistics.median(int(r[i]) for r in rows if r[0] == mode) / 1000
classes = lambda mode: int(statistics.median(int(r[3]) for r in rows if r[0] == mode))
print(f"{'':34} {'build':>8} {'parse':>8} {'classes loaded':>15}")
for mode, what in [("annotations", "from annotations (as Main does)"), ("programmatic", "programmatic CommandSpec"),
                   ("bare", "an empty CommandSpec")]:
    print(f"{what:34} {ms(mode, 1):5.1f} ms {ms(mode, 2):5.1f} ms {classes(mode):15}")
saving = ms("annotations", 1) + ms("annotations", 2) - ms("programmatic", 1) - ms("programmatic", 2)
print(f"a programmatic spec would save {saving:.1f} ms of building and parsing, "
      f"{saving / launcher:.0%} of the launcher's median run ({launcher:.0f} ms); "
      f"any picocli costs at least {ms('bare', 1):.1f} ms")
PY
