#!/bin/sh
# Measures the time from JVM start to the app's first shown frame (-Darchsim.startupTiming=exit prints it, then the
# app quits), N runs each: plain `java -jar` and the AppCDS launcher (scripts/archsim), cold and warm. The plain jar
# opens its window in a second JVM with its own class-data archive (see Relaunch.java): its first launch here records
# that archive, like the launcher's.
#   cold: before each run the jar and the native libraries beside it, the JDK's class files, the CDS archives and
#         JavaFX's native-library cache are evicted from the page cache (posix_fadvise DONTNEED on those files only),
#         like a first launch after boot;
#   warm: one untimed launch first, then the runs, with everything in memory.
# Needs a display (DISPLAY=:NN with Xvfb works) and python3. Usage: scripts/measure-startup.sh [N] [design-file]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5}
design=${2:-$root/assets/examples/microservices.archsim.json}
jar=${ARCHSIM_JAR:-$root/app/target/archsim.jar}
export ARCHSIM_JAR="$jar"
export ARCHSIM_CDS=${ARCHSIM_CDS:-$(mktemp -d)/archsim-app.jsa}
props="-Darchsim.startupTiming=exit -Darchsim.prefs=archsim-startup-bench -Darchsim.dataDir=$(mktemp -d)"
javahome=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")

evict() {
    python3 - "$@" <<'PY'
import os, sys
for root in sys.argv[1:]:
    paths = [root] if os.path.isfile(root) else [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs]
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
        except OSError:
            pass
PY
}

once() { # $1 = plain|cds
    if [ "$1" = plain ]; then
        JAVA_OPTS= java $props -jar "$jar" "$design" 2>/dev/null
    else
        JAVA_OPTS=$props "$root/scripts/archsim" "$design" 2>/dev/null
    fi | sed -n 's/^startup: first frame after \([0-9]*\) ms.*/\1/p'
}

# Record the archive once (a launch with ArchiveClassesAtExit), so the cds runs below all use it.
once cds >/dev/null
for mode in plain cds; do
    for temp in cold warm; do
        [ "$temp" = warm ] && once "$mode" >/dev/null
        figures=""
        i=0
        while [ $i -lt "$n" ]; do
            [ "$temp" = cold ] && evict "$jar" "$(dirname "$jar")"/*.so "$javahome/lib" "$(dirname "$ARCHSIM_CDS")" \
                "${XDG_CACHE_HOME:-$HOME/.cache}/archsim" "$HOME/.openjfx"
            figures="$figures $(once "$mode")"
            i=$((i + 1))
        done
        median=$(printf '%s\n' $figures | sort -n | sed -n "$(( (n + 1) / 2 ))p")
        echo "$mode $temp: runs (ms):$figures   median $median"
    done
done
