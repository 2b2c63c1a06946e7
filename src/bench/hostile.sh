#!/usr/bin/env bash
# Hostile questionnaire files, timed: each must be refused (exit 78, one line) or, the large valid
# one, work, within 2 s and a 512 MB heap. The CI suites (HostileInputTest, HostileFilesTest) check
# what each does;
# this script measures how long, by median, with hyperfine. It runs the jar with the serial
# collector, as the README says to run large files (G1 took about 1.3 times as long here).
#   bash src/bench/hostile.sh [RUNS]   (default 5)
# Needs: the jar (mvn package), hyperfine and python3.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=${1:-5}
work=target/bench/hostile
mkdir -p "$work"

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def write(name, data):
    with open(os.path.join(work, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for n in "bcdefghi":
    lines.append(f"{n}: &{n} [" + ",".join(["*" + chr(ord(n) - 1)] * 9) + "]")
write("bomb.yaml", "\n".join(lines) + "\n")
write("nested.yaml", "[" * 10000 + "]" * 10000 + "\n")
with open(os.path.join(work, "big.yaml"), "wb") as f:
    f.truncate(100 * 1024 * 1024)
write("tagged.yaml", 'id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]\n')
write("latin1.yaml", b"id: test\nversion: 1.0.0\nquestions:\n  - id: ab\xe9\n")
write("tabs.yaml", "id: test\nquestions:\n\t- id: a\n")
write("empty.yaml", "")
write("list.yaml", "- id: a\n- id: b\n")
header = ("id: large\nversion: 1.0.0\nnotices:\n  not_a_diagnosis: Not a diagnosis.\n"
          "  seek_help_if: Seek help if it gets worse.\nescalation:\n  urgent: urgent\n")
outcomes = ("outcomes:\n  - {id: urgent, level: urgent, title: Today, advice: [today]}\n"
            "  - {id: fine, level: self-care, title: Fine, advice: [move]}\n"
            "advice:\n  - {id: today, text: See a doctor today.}\n  - {id: move, text: Move gently.}\n")
def chain(count, loop=False):
    out = [header, "questions:\n"]
    for i in range(count):
        nxt = "q0" if loop and i + 1 == count else (f"q{i + 1}" if i + 1 < count else "fine")
        out.append(f"  - id: q{i}\n    type: yes-no\n    red_flag: urgent\n    text: Question {i}?\n"
                   f"    help: Some help.\n    source: a.txt\n    answers:\n      yes: {{next: urgent}}\n"
                   f"      no: {{next: {nxt}}}\n      unsure: {{next: {nxt}, raise: urgent}}\n")
    return "".join(out) + outcomes
write("cycle.yaml", chain(3, loop=True))
write("word-10mb.yaml", "id: " + "a" * 10_000_000 + "\n")
write("text-10mb.yaml", "id: >-\n" + ("  " + "word " * 20 + "\n") * 100_000)
write("flow-2m.yaml", "id: [" + "1," * 2_000_000 + "1]\n")
write("block-2m.yaml", "id:\n" + "- 1\n" * 2_000_000)
write("aliases-1mb.yaml", "a: &t " + "x" * 60_000 + "\nb: [" + "*t," * 999 + "*t]\n")
write("large-50000.yaml", chain(50000))
PY

cmds=()
for f in bomb nested big tagged latin1 tabs empty list cycle word-10mb text-10mb flow-2m block-2m aliases-1mb \
    large-50000; do
  cmds+=(--command-name "$f" "java -Xmx512m -XX:+UseSerialGC -jar target/triage.jar --questions $work/$f.yaml --answer q0=yes --no-input")
done
hyperfine -N -i --warmup 1 --runs "$runs" --export-json "$work/hostile.json" "${cmds[@]}" >/dev/null
python3 - "$work/hostile.json" <<'PY'
import json, sys
print(f"\n{'file':14} {'median':>8}  exit  (bound: 2 s; java -Xmx512m -XX:+UseSerialGC)")
for r in json.load(open(sys.argv[1]))["results"]:
    codes = sorted(set(r["exit_codes"]))
    print(f"{r['command']:14} {r['median']:7.2f} s  {','.join(map(str, codes))}"
          + ("" if r["median"] <= 2 else "   over 2 s"))
PY
