#!/usr/bin/env bash
# The .deb packages of an existing build: cpack (no rebuild: the build tree is
# already built when ctest runs), both packages extracted into a temporary
# root, their exact file lists, control fields, desktop-file-validate,
# appstreamcli validate --no-net and lintian (any error fails; warnings are
# listed in docs/packaging.md).
#   check-packages.sh <build dir> <app id>
set -euo pipefail
build="$1"
app_id="$2"
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian fakeroot; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/setup installs it)"; exit 1; }
done
work="$(mktemp -d "${TMPDIR:-/tmp}/kora-package-test.XXXXXX")"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack failed"; }
client=("$work"/out/kora_*.deb)
server=("$work"/out/kora-server_*.deb)
[ -f "${client[0]}" ] || { ls -l "$work/out"; fail "no kora_*.deb"; }
[ -f "${server[0]}" ] || { ls -l "$work/out"; fail "no kora-server_*.deb"; }

# Exactly these files, nothing more (no tests, benchmarks or headers).
expect_files() {
  local deb="$1" expected="$2"
  local root
  root="$work/root-$(basename "$deb" .deb)"
  dpkg-deb -x "$deb" "$root"
  (cd "$root" && find . -type f -o -type l | sed 's|^\./|/|' | LC_ALL=C sort) >"$work/files"
  if ! diff -u <(LC_ALL=C sort <<<"$expected" | sed "/^$/d") "$work/files" >&2; then
    fail "$(basename "$deb"): unexpected file list"
  fi
  echo "$root"
}

icons=""
for s in 16 22 24 32 48 64 128 256 512; do
  icons+="/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png"$'\n'
done
client_root="$(expect_files "${client[0]}" "/usr/bin/kora
/usr/share/applications/$app_id.desktop
/usr/share/metainfo/$app_id.metainfo.xml
${icons}/usr/share/icons/hicolor/scalable/apps/$app_id.svg
/usr/share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg
/usr/share/doc/kora/copyright
/usr/share/doc/kora/changelog.Debian.gz
/usr/share/man/man1/kora.1.gz" | tail -1)"
server_root="$(expect_files "${server[0]}" "/usr/bin/kora-server
/usr/share/doc/kora-server/copyright
/usr/share/doc/kora-server/changelog.Debian.gz
/usr/share/man/man1/kora-server.1.gz" | tail -1)"
echo "file lists ok"

echo "== control fields"
check_field() {
  local deb="$1" field="$2" pattern="$3" value
  value="$(dpkg-deb -f "$deb" "$field")"
  grep -Eq "$pattern" <<<"$value" || fail "$(basename "$deb"): $field is '$value', wanted /$pattern/"
}
for deb in "${client[0]}" "${server[0]}"; do
  check_field "$deb" Section '^net$'
  check_field "$deb" Priority '^optional$'
  check_field "$deb" Maintainer '^.+ <.+@.+>$'
  check_field "$deb" Depends 'libc6'          # found by dpkg-shlibdeps
  check_field "$deb" Depends 'libqt6core6'
  check_field "$deb" Depends 'libqt6sql6-sqlite'
done
check_field "${client[0]}" Package '^kora$'
check_field "${client[0]}" Depends 'libqt6widgets6'
check_field "${server[0]}" Package '^kora-server$'
check_field "${server[0]}" Depends 'libsodium'
for bin in "$client_root/usr/bin/kora" "$server_root/usr/bin/kora-server"; do
  file "$bin" | grep -q ', stripped' || fail "$bin is not stripped: $(file "$bin")"
done
echo "control ok"

echo "== desktop-file-validate"
desktop-file-validate "$client_root/usr/share/applications/$app_id.desktop"
grep -qx 'Exec=kora %u' "$client_root/usr/share/applications/$app_id.desktop" || fail "Exec line"
grep -qx 'MimeType=x-scheme-handler/kora;' "$client_root/usr/share/applications/$app_id.desktop" ||
  fail "MimeType line"

echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net --pedantic "$client_root/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "AppStream metainfo"

echo "== lintian"
# Errors fail the test; warnings and the rest are printed (docs/packaging.md).
set +e
lintian --tag-display-limit 0 --display-level '>=warning' "${client[0]}" "${server[0]}" >"$work/lintian.log" 2>&1
set -e
cat "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then
  fail "lintian reports errors"
fi
echo "packages ok"
