#!/usr/bin/env bash
# Builds the Linux app-image and .deb with jpackage from target/ (run through `./mvnw -Ppackage package`).
set -euo pipefail
VERSION="${1:-${APP_VERSION:-0.1.0}}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
TARGET="$ROOT/target"
JPACKAGE="${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/jpackage"
INPUT="$TARGET/jpackage-input"
OUT="$TARGET/installer"

rm -rf "$INPUT" "$OUT"
mkdir -p "$INPUT" "$OUT"
cp "$TARGET/clinicdesk-$VERSION.jar" "$INPUT/"
cp "$TARGET"/lib/*.jar "$INPUT/"

"$JPACKAGE" @"$ROOT/packaging/common/jpackage.args" @"$ROOT/packaging/linux/jpackage-linux.args" \
  --type app-image --input "$INPUT" --main-jar "clinicdesk-$VERSION.jar" --app-version "$VERSION" --dest "$OUT"
echo "App image: $OUT/ClinicDesk"

if command -v fakeroot >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
  "$JPACKAGE" @"$ROOT/packaging/common/jpackage.args" @"$ROOT/packaging/linux/jpackage-linux.args" \
    @"$ROOT/packaging/linux/jpackage-deb.args" \
    --type deb --input "$INPUT" --main-jar "clinicdesk-$VERSION.jar" --app-version "$VERSION" --dest "$OUT"
  echo "Debian package: $(ls "$OUT"/*.deb)"
else
  echo "fakeroot/dpkg-deb missing: skipped the .deb (apt-get install -y fakeroot)"
fi
