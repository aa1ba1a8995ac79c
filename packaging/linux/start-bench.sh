#!/usr/bin/env bash
# Start to the first window and to a usable Today (its data shown) of the packaged app-image, with and without its
# AOT cache, at the demo size and (if given) on a large data folder, each beside a bare JavaFX window packaged and
# started the same way, in the same run. Appends its table to target/bench/results.md.
#   ./mvnw -B -ntp -Ppackage -DskipTests package
#   ./mvnw -B -ntp -Pbench test -Dbench.enquiries=1000000 -Dbench.dataDir=target/bench/big   # optional large folder
#   packaging/linux/start-bench.sh [target/bench/big]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BIG="${1:-}"
RUNS="${RUNS:-3}"
JDK="${JAVA_HOME:?set JAVA_HOME to a JDK 25}"
IMAGE="$ROOT/target/installer/ClinicDesk/bin/ClinicDesk"
OUT="$ROOT/target/bench"
WORK="$OUT/start"
[ -x "$IMAGE" ] || { echo "Build the app-image first: ./mvnw -B -ntp -Ppackage -DskipTests package"; exit 2; }
mkdir -p "$WORK"

# the bare window, packaged with the same jpackage and the same JavaFX jars, with its own training run and AOT cache
BARE="$WORK/bare/BareWindow/bin/BareWindow"
if [ ! -x "$BARE" ]; then
  rm -rf "$WORK/bare" && mkdir -p "$WORK/bare/classes" "$WORK/bare/in"
  "$JDK/bin/javac" -cp "$ROOT/target/lib/*" -d "$WORK/bare/classes" "$ROOT/packaging/linux/bench/BareWindow.java"
  "$JDK/bin/jar" --create --file "$WORK/bare/in/bare.jar" -C "$WORK/bare/classes" .
  cp "$ROOT"/target/lib/javafx-*.jar "$WORK/bare/in/"
  "$JDK/bin/jpackage" --type app-image --input "$WORK/bare/in" --main-jar bare.jar --main-class BareWindow \
    --name BareWindow --dest "$WORK/bare" --java-options "--enable-native-access=ALL-UNNAMED"
fi

Xvfb :77 -screen 0 1440x900x24 >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=:77
sleep 1
if [ ! -s "$WORK/bare/bare.aot" ]; then
  JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$WORK/bare/bare.aotconf" "$BARE" >/dev/null 2>&1 || true
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$WORK/bare/bare.aotconf -XX:AOTCache=$WORK/bare/bare.aot" \
    "$BARE" >/dev/null 2>&1 || true
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR ? a[int((NR+1)/2)] : "")}'; }

bare_once() { # $1: extra JVM options
  JAVA_TOOL_OPTIONS="$1" timeout 120 "$BARE" 2>/dev/null | sed -n 's/^Window shown \([0-9]*\) ms.*/\1/p'
}

desk_once() { # $1: data folder, $2: extra JVM options; prints "window today"
  rm -rf "$1/logs"
  JAVA_TOOL_OPTIONS="$2" "$IMAGE" --demo --data-dir "$1" >/dev/null 2>&1 &
  local pid=$! log="$1/logs/clinicdesk.log" waited=0
  until grep -q "Today shown with its data" "$log" 2>/dev/null || [ $waited -ge 600 ]; do sleep 0.5; waited=$((waited + 1)); done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(sed -n 's/.*Window shown \([0-9]*\) ms.*/\1/p' "$log" | head -1) $(sed -n 's/.*Today shown with its data \([0-9]*\) ms.*/\1/p' "$log" | head -1)"
}

SMALL="$WORK/demo-data"
[ -f "$SMALL/clinicdesk.db" ] || desk_once "$SMALL" "" >/dev/null   # the first --demo start generates the demo clinic
{
  echo
  echo "Start, packaged app-image under Xvfb, median of $RUNS runs ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before):"
  echo
  echo "| data | AOT cache | first window | usable Today | bare JavaFX window | window ratio | Today ratio | target |"
  echo "|---|---|---|---|---|---|---|---|"
} > "$WORK/start.md"
for data in "$SMALL" ${BIG:+"$BIG"}; do
  enquiries="$(basename "$data")"
  for cache in on off; do
    if [ $cache = on ]; then desk_opts=""; bare_opts="-XX:AOTCache=$WORK/bare/bare.aot"; else desk_opts="-XX:AOTMode=off"; bare_opts=""; fi
    : > "$WORK/w" ; : > "$WORK/t"; : > "$WORK/b"
    for _ in $(seq "$RUNS"); do
      read -r w t <<<"$(desk_once "$data" "$desk_opts")"
      echo "$w" >> "$WORK/w"; echo "$t" >> "$WORK/t"
      bare_once "$bare_opts" >> "$WORK/b"
    done
    W=$(median < "$WORK/w"); T=$(median < "$WORK/t"); B=$(median < "$WORK/b")
    echo "| $enquiries ($(du -h "$data/clinicdesk.db" | cut -f1)) | $cache | $W ms | $T ms | $B ms | $(awk "BEGIN {printf \"%.2f×\", $W/$B}") | $(awk "BEGIN {printf \"%.2f×\", $T/$B}") | ≤ 1.3× |" >> "$WORK/start.md"
  done
done
cat "$WORK/start.md"
cat "$WORK/start.md" >> "$OUT/results.md"
