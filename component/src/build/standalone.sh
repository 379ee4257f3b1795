#!/usr/bin/env bash
# Finishes the standalone distribution that the assembly laid out in $1 (component/target/taipan):
#  1. jvm/: a Java runtime linked with jlink from the build JDK, without the JDK's stub
#     jdk.graal.compiler module, so the real Graal compiler (compiler/compiler.jar) loads from
#     the module path. Running without --upgrade-module-path keeps class-data sharing on.
#  2. lib/taipan.aot: an AOT cache (JDK 25, JEP 483/515) recorded by a training run
#     (lib/training.py): the classes of the JDK, Truffle, Graal and Taipan pre-parsed and
#     linked, plus method profiles that shorten the Graal compiler's own warm-up. It is tied
#     to the directory; bin/taipan records it again where an unpacked archive lives.
#  3. unless $2 is "skip-archive": target/taipan-VERSION-standalone.tar.gz
set -euo pipefail

dist=$(cd "$1" && pwd)
archive_mode=${2:-archive}
version=${3:-snapshot}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jdk=${JAVA_HOME:?JAVA_HOME must name the build JDK}

# the JDK modules Truffle, Graal, polyglot and Taipan use (jdeps on the jars in lib/ and compiler/)
modules=java.base,java.logging,java.management,java.sql,jdk.internal.vm.ci,jdk.jfr,jdk.management,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata

stamp="$dist/jvm/.linked-from"
if [ ! -x "$dist/jvm/bin/java" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$jdk $modules" ]; then
    rm -rf "$dist/jvm"
    "$jdk/bin/jlink" --add-modules "$modules" --output "$dist/jvm" \
        --strip-debug --no-man-pages --no-header-files --generate-cds-archive >/dev/null
    echo "$jdk $modules" > "$stamp"
fi

# the AOT cache, from a training run (bin/taipan knows the exact JVM options it must match)
cp "$here/training.py" "$dist/lib/training.py"
"$dist/bin/taipan" --record-aot-cache
[ -f "$dist/lib/taipan.aot.home" ] || { echo "standalone.sh: the AOT training run failed" >&2; exit 1; }
# in a source checkout, bin/taipan rebuilds when a source is newer than this stamp: a build by
# Maven (bin/test) counts as fresh too
touch "$dist/.built"

if [ "$archive_mode" != "skip-archive" ]; then
    name="taipan-$version"
    tar -C "$(dirname "$dist")" --transform "s,^taipan,$name," --exclude taipan/lib/taipan.aot --exclude taipan/lib/taipan.aot.home \
        -czf "$(dirname "$dist")/$name-standalone.tar.gz" taipan
fi
