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

# The class-data (AOT) cache, JDK 25: a training run of the image itself opens the demo desk and each main screen
# (-Dclinicdesk.training=true), recording what a start loads; the cache is then made from that record and the
# launcher told to use it. Two steps, because the image's runtime has no bin/java for the one-step mode's child JVM.
# Needs a display: xvfb-run if present, else JavaFX's headless platform. A failed training only leaves the cache out.
APPDIR="$OUT/ClinicDesk/lib/app"
TRAIN="$(mktemp -d)"
if command -v xvfb-run >/dev/null 2>&1; then DISPLAY_RUN=(xvfb-run -a -s "-screen 0 1440x900x24"); FX=""; else
  DISPLAY_RUN=(); FX="-Dglass.platform=Headless -Dprism.order=sw"; fi
if JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$TRAIN/clinicdesk.aotconf -Dclinicdesk.training=true $FX" \
     timeout 900 "${DISPLAY_RUN[@]}" "$OUT/ClinicDesk/bin/ClinicDesk" --demo --data-dir "$TRAIN/data" >"$TRAIN/train.log" 2>&1 \
   && JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$TRAIN/clinicdesk.aotconf -XX:AOTCache=$APPDIR/clinicdesk.aot" \
     timeout 900 "$OUT/ClinicDesk/bin/ClinicDesk" >>"$TRAIN/train.log" 2>&1 && [ -s "$APPDIR/clinicdesk.aot" ]; then
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/clinicdesk.aot|' "$APPDIR/ClinicDesk.cfg"
  echo "AOT cache: $APPDIR/clinicdesk.aot ($(du -h "$APPDIR/clinicdesk.aot" | cut -f1))"
else
  echo "AOT cache not made (training run failed; see $TRAIN/train.log): the image starts without it"
fi

if command -v fakeroot >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
  # from the finished image, so the .deb ships the AOT cache too
  "$JPACKAGE" --name ClinicDesk --vendor ClinicDesk @"$ROOT/packaging/linux/jpackage-linux.args" \
    --description "Front desk for a specialist clinic: enquiries, consultations, information sheets" \
    @"$ROOT/packaging/linux/jpackage-deb.args" \
    --type deb --app-image "$OUT/ClinicDesk" --app-version "$VERSION" --dest "$OUT"
  echo "Debian package: $(ls "$OUT"/*.deb)"
else
  echo "fakeroot/dpkg-deb missing: skipped the .deb (apt-get install -y fakeroot)"
fi
