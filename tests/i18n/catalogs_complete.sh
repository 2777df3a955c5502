#!/usr/bin/env bash
# Fails, naming the strings, when a catalog lacks a string that the sources
# (src/app, forms/*.xrc, the printed pages' words in src/report) show people, or holds it untranslated or fuzzy: a
# developer who adds a string adds its translations too (po/update-pot helps).
#   catalogs_complete.sh SOURCE_DIR
set -euo pipefail
source=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$source/po/update-pot" --pot-only "$scratch" 2>/dev/null
failed=0
for po in "$source"/po/*.po; do
    lang=$(basename "$po" .po)
    if ! msgcmp --use-untranslated "$po" "$scratch/extramile.pot" 2>"$scratch/$lang.missing"; then
        echo "catalogs_complete: po/$lang.po lacks strings of the sources:"
        grep -A1 "this message is used but not defined" "$scratch/$lang.missing" | grep -v "^--" || cat "$scratch/$lang.missing"
        failed=1
    fi
    untranslated=$(msgattrib --untranslated --no-obsolete "$po" | grep -c '^msgid ' || true)
    fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
    # msgattrib prints the header entry (msgid "") among the untranslated ones.
    if [ "$untranslated" -gt 1 ] || [ "$fuzzy" -gt 0 ]; then
        echo "catalogs_complete: po/$lang.po has $((untranslated - 1)) untranslated and $fuzzy fuzzy strings:"
        msgattrib --untranslated --only-fuzzy --no-obsolete "$po" | grep '^msgid ' | tail -n +2 || true
        msgattrib --only-fuzzy --no-obsolete "$po" | grep '^msgid ' || true
        failed=1
    fi
    [ "$failed" -eq 0 ] && echo "catalogs_complete: po/$lang.po is complete"
done
exit $failed
