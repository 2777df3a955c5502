#!/usr/bin/env bash
# Builds the Debian package from this build tree with CPack, looks inside it,
# unpacks it into a scratch root and runs what it installed: the command line
# (it must find its bundled rubrics beside itself) and the app under Xvfb,
# from its start page to a clean quit.
#   package_test.sh BUILD_DIR TEST_DATA_DIR
set -euo pipefail
build=$1
data=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "package_test: $*"; exit 1; }

cpack -G DEB -B "$scratch/out" --config "$build/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log"; fail "cpack failed"; }
deb=$(ls "$scratch"/out/extramile_*.deb)
echo "package_test: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

dpkg-deb -c "$deb" > "$scratch/contents"
for path in ./usr/bin/extramile ./usr/libexec/extramile-cli ./usr/libexec/extramile-app \
            ./usr/share/extramile/rubrics/generosity.rubric.xml \
            ./usr/share/extramile/rubrics/servant-leadership.rubric.xml \
            ./usr/share/applications/io.github.extramile.ExtraMile.desktop \
            ./usr/share/metainfo/io.github.extramile.ExtraMile.metainfo.xml \
            ./usr/share/mime/packages/extramile.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.extramile.ExtraMile.svg \
            ./usr/share/icons/hicolor/48x48/apps/io.github.extramile.ExtraMile.png \
            ./usr/share/doc/extramile/README.md \
            ./usr/share/doc/extramile/html/index.html \
            ./usr/share/doc/extramile/html/index.es.html \
            ./usr/share/doc/extramile/html/index.it.html \
            ./usr/share/doc/extramile/html/docs/images/interview-en.png \
            ./usr/share/locale/es/LC_MESSAGES/extramile.mo \
            ./usr/share/locale/it/LC_MESSAGES/extramile.mo; do
    grep -q " $path\$" "$scratch/contents" || fail "$path is not in the package"
done
if grep -q "/usr/local/" "$scratch/contents"; then fail "files under /usr/local"; fi
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libwxgtk3.2 libtinyxml2 libcairo2 libpango fonts-dejavu-core wx3.2-i18n; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
echo "package_test: Depends: $depends"

root=$scratch/root
dpkg -x "$deb" "$root"
app=$root/usr/bin/extramile
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share NO_AT_BRIDGE=1
unset EXTRAMILE_RUBRIC_PATH
mkdir -p "$HOME"
[[ "$("$app" --version)" == "extramile "* ]] || fail "--version"
# The subcommands run without wx or GTK (src/launcher.cpp): not even linked.
if readelf -d "$root/usr/libexec/extramile-cli" | grep -E "NEEDED.*(libwx|libgtk|libgdk)"; then
    fail "extramile-cli needs the libraries above"
fi
# Through the launcher a command's exit code is the command's.
set +e; "$app" validate "$scratch/absent.scorecard.xml" >/dev/null 2>&1; status=$?; set -e
[ "$status" = 1 ] || fail "validate of a missing file exited $status through the launcher, not 1"
"$app" validate "$root/usr/share/extramile/rubrics/generosity.rubric.xml" >/dev/null || fail "validate"
# A rubric id is found among the rubrics the package installed beside the program.
"$app" print generosity --lang it --pdf "$scratch/sheet.pdf" >/dev/null || fail "print by rubric id"
[[ "$(pdftotext "$scratch/sheet.pdf" -)" == *"Scheda di colloquio"* ]] || fail "the Italian sheet"

"$(dirname "$0")/../support/with_display.sh" "$(dirname "$0")/../support/start_and_quit.sh" "$app" \
    "$build/installed-start-page.png" || fail "the installed app"
echo "package_test: the installed program ran; start page in $build/installed-start-page.png"
