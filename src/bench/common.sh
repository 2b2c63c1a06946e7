# Sourced by the benchmark scripts: works from the repo's top folder, with the jar (and its
# class-data archive) built, and stops with a hint where a tool it needs is missing.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar=target/triage.jar
work=target/bench
mkdir -p "$work"
[ -f "$jar" ] && [ -f target/triage.jsa ] || mvn -q -B package -DskipTests

# needs COMMAND PACKAGE: stop unless COMMAND is there (PACKAGE is the Debian package that has it)
needs() {
  command -v "$1" >/dev/null || { echo "needs $1 (apt-get install $2)" >&2; exit 1; }
}
needs hyperfine hyperfine
