#!/usr/bin/env bash
# Fails when a translation is not complete: lupdate run over the client's
# sources (as the build's kora_lupdate target does) on a copy of each .ts
# file must leave no unfinished entry (a string with no translation) and no
# vanished or obsolete one (a translation whose source is gone). kora_en.ts
# holds plural forms only (-pluralonly). Prints what is missing.
#   check-translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src="${1:?source dir}" lupdate="${2:?lupdate}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/translations/kora_*.ts; do
  name="$(basename "$ts")"
  cp "$ts" "$work/$name"
  extra=()
  [[ "$name" == kora_en.ts ]] && extra=(-pluralonly)
  "$lupdate" -silent -locations none "${extra[@]}" \
    "$src/ui" "$src/app" "$src/models" -ts "$work/$name" >"$work/log" 2>&1 || {
      cat "$work/log"; echo "check-translations: lupdate failed on $name"; exit 1; }
  # One line per problem: the context and the source text.
  problems="$(python3 - "$work/$name" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for ctx in root.iter('context'):
    name = ctx.findtext('name')
    for m in ctx.iter('message'):
        t = m.find('translation')
        kind = t.get('type') if t is not None else 'unfinished'
        if kind in ('unfinished', 'vanished', 'obsolete'):
            print(f"{kind}: {name}: {m.findtext('source')!r}")
PY
)"
  if [[ -n "$problems" ]]; then
    echo "$name is not complete:"
    echo "$problems"
    status=1
  else
    echo "$name: complete"
  fi
done
exit "$status"
