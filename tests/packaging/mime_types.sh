#!/usr/bin/env bash
# The MIME database built from our package file knows a scorecard, a rubric and
# a decision record by name, and by the namespace of the root element when the name says nothing
# (a scorecard mailed as "interview.xml").
#   mime_types.sh MIME_XML TEST_DATA_DIR
set -euo pipefail
mime_xml=$1
data=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/mime/packages"
cp "$mime_xml" "$scratch/mime/packages/extramile.xml"
update-mime-database "$scratch/mime" 2>/dev/null

fail() { echo "mime_types: $*"; exit 1; }
grep -q "application/x-extramile-scorecard+xml:\*.scorecard.xml" "$scratch/mime/globs2" ||
    fail "no glob for *.scorecard.xml"
grep -q "application/x-extramile-rubric+xml:\*.rubric.xml" "$scratch/mime/globs2" || fail "no glob for *.rubric.xml"
grep -q "urn:extramile:scorecard:1 scorecard application/x-extramile-scorecard+xml" "$scratch/mime/XMLnamespaces" ||
    fail "scorecards are not known by their namespace"
grep -q "urn:extramile:rubric:1 rubric application/x-extramile-rubric+xml" "$scratch/mime/XMLnamespaces" ||
    fail "rubrics are not known by their namespace"
grep -q "application/x-extramile-decision+xml:\*.decision.xml" "$scratch/mime/globs2" ||
    fail "no glob for *.decision.xml"
grep -q "urn:extramile:decision:1 decision application/x-extramile-decision+xml" "$scratch/mime/XMLnamespaces" ||
    fail "decision records are not known by their namespace"
grep -q "application/x-extramile-scorecard+xml application/xml" "$scratch/mime/subclasses" ||
    fail "a scorecard is not an XML file to other programs"

# (Asked on Debian 12, GLib's gio answered application/xml for a scorecard
# named interview.xml: it settles on the *.xml glob. Programs that read the
# XMLnamespaces file use the entries checked above.)
echo "mime_types: the three types known by name and by root namespace"
