# Sourced by the benchmark scripts: works from the repo's top folder, with the jar (its class-data
# archive and its launcher) built, and stops with a hint where a tool it needs is missing.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar=target/triage.jar
work=target/bench
mkdir -p "$work"
[ -f "$jar" ] && [ -f target/triage.jsa ] && [ -x target/triage ] || mvn -q -B package -DskipTests

# needs COMMAND PACKAGE: installs the Debian PACKAGE that has COMMAND when it is missing
# (apt-get update once per run), or stops with a hint where it cannot.
updated=
needs() {
  command -v "$1" >/dev/null && return
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    [ -n "$updated" ] || { apt-get update -qq >/dev/null && updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
  command -v "$1" >/dev/null || { echo "needs $1 (apt-get install $2)" >&2; exit 1; }
}
needs hyperfine hyperfine
