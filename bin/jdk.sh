# Sourced by bin/taipan and bin/test: finds a JDK >= 25 without starting a JVM.
# Looks at $JAVA_HOME first, then the newest JDK in the system JVM directory.

TAIPAN_MIN_JDK=25

# The feature version ("25") of the JDK in directory $1, from its release file; empty if none.
taipan_jdk_version() {
    local release="$1/release" v
    [ -x "$1/bin/java" ] && [ -f "$release" ] || return 0
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    echo "$v"
}

# Prints the home of a JDK >= 25, or explains what is missing on stderr and fails.
taipan_find_jdk() {
    local c v best="" bestv=0
    if [ -n "$JAVA_HOME" ]; then
        v=$(taipan_jdk_version "$JAVA_HOME")
        if [ -n "$v" ] && [ "$v" -ge "$TAIPAN_MIN_JDK" ]; then
            echo "$JAVA_HOME"
            return 0
        fi
    fi
    for c in /usr/lib/jvm/*; do
        [ -d "$c" ] && [ ! -L "$c" ] || continue
        v=$(taipan_jdk_version "$c")
        if [ -n "$v" ] && [ "$v" -ge "$TAIPAN_MIN_JDK" ] && [ "$v" -gt "$bestv" ]; then
            best="$c"
            bestv="$v"
        fi
    done
    if [ -n "$best" ]; then
        echo "$best"
        return 0
    fi
    echo "taipan: needs a JDK $TAIPAN_MIN_JDK or newer: set JAVA_HOME to one (none found in \$JAVA_HOME${JAVA_HOME:+=$JAVA_HOME} or /usr/lib/jvm)" >&2
    return 1
}
