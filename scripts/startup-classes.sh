#!/bin/sh
# Regenerates the list of classes the app's first window loads from the jar (app/src/main/resources/org/archsim/app/
# startup-classes.txt), in the order they are loaded. The app's preload thread loads them while JavaFX starts, so the
# thread drawing the first frame finds them loaded. Run after changing what the window builds; needs a display
# (DISPLAY) and a built jar. A stale list is harmless: names that no longer exist are skipped.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/app/target/archsim.jar
log=$(mktemp)
java -Xshare:off -Xlog:class+load=info:file="$log" -Darchsim.preload=false -Darchsim.startupTiming=exit \
    -jar "$jar" "$root/assets/examples/microservices.archsim.json" >/dev/null
grep "source: file:.*archsim.jar" "$log" | awk '{print $2}' | grep -v -e '/0x' -e 'Lambda' \
    > "$root/app/src/main/resources/org/archsim/app/startup-classes.txt"
rm -f "$log"
wc -l "$root/app/src/main/resources/org/archsim/app/startup-classes.txt"
