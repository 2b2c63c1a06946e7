#!/usr/bin/env bash
# Renders the exported built-in questionnaire with LHC-Forms (npm `lforms`) in Debian's headless
# Chromium, answers as a person would, and checks that the form shows next the question our walker
# asks next: after chest_pain and bladder_bowel no (bladder_bowel must still be hidden), and after
# every question up to bladder_bowel answered no. Usage: bash src/bench/lforms.sh [SCREENSHOT.png]
# Needs node and npm (installs lforms and playwright-core under target/bench/lforms, no browser
# download) and chromium (apt). Nothing is fetched by the page: every request but 127.0.0.1 is refused.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
needs chromium chromium
needs node nodejs
needs npm npm
dir=$work/lforms
mkdir -p "$dir"
if [ ! -f "$dir/lforms/package.json" ]; then
  # The tarball holds only built files; a plain `npm install lforms` loops on its Angular peer dependencies.
  # Kept out of node_modules, which npm prunes of what it did not install.
  (cd "$dir" && npm pack --silent lforms@40.1.3 >/dev/null && mkdir -p lforms \
    && tar xzf lforms-40.1.3.tgz -C lforms --strip-components=1 && rm lforms-40.1.3.tgz)
fi
[ -d "$dir/node_modules/playwright-core" ] \
  || (cd "$dir" && npm install --silent --no-save --no-audit --no-fund playwright-core@1.65.1 >/dev/null)
java -jar "$jar" export --format fhir-r4 > "$dir/questionnaire.json"
cp src/bench/lforms.mjs "$dir/"
node "$dir/lforms.mjs" "$PWD/$jar" "${1:-$PWD/$dir/lforms.png}"
