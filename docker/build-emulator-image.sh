#!/usr/bin/env bash
# Builds the slack-emulator container image without any image registry: a single-layer image "FROM scratch"
# holding a Java runtime cut with jlink from the local JDK 17 (with its CDS archive), the shared libraries that
# runtime needs (copied from this machine, as ldd lists them), and the emulator's jars extracted from
# slack-emulator-app's executable jar. The layer is assembled deterministically (sorted entries, fixed times and
# owners, a fixed creation date) and loaded with "docker load": the same jars and JDK give the same files, all but
# the CDS archive (lib/server/classes.jsa), which JDK 17 does not dump reproducibly, so the image ID changes.
# Started in a container, the emulator listens on 0.0.0.0:8080 as user 10001; JDK_JAVA_OPTIONS holds its JVM
# options (serial GC, C1 only: a quick start matters more than peak speed) and may be overridden.
#
# Usage: docker/build-emulator-image.sh [--skip-jar]
#   --skip-jar   use slack-emulator-app/<build dir>/slack-emulator.jar as it is (by default it is built with the
#                Maven Wrapper first: ./mvnw -pl slack-emulator-app -am -DskipTests package)
# Environment:
#   DOCKER_HOST            the engine to load the image into (docker/start-engine.sh prints it)
#   SLACK_BUILD_DIRECTORY  Maven's output folder (the build's slack.build.directory), "target" by default
#   SLACK_EMULATOR_IMAGE   the image name, "slack-emulator" by default; tagged "latest" and with the project version
#   JAVA_HOME              a JDK 17 with jmods (Debian's openjdk-17-jdk-headless has them); found from javac if unset
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_directory="${SLACK_BUILD_DIRECTORY:-target}"
image="${SLACK_EMULATOR_IMAGE:-slack-emulator}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
jar="$root/slack-emulator-app/$build_directory/slack-emulator.jar"
work="$root/slack-emulator-app/$build_directory/image"
started=$(date +%s%N)

if [ "${1:-}" != "--skip-jar" ]; then
	(cd "$root" && ./mvnw -q -B -ntp "-Dslack.build.directory=$build_directory" -pl slack-emulator-app -am \
		-DskipTests package)
fi
if [ ! -f "$jar" ]; then
	echo "No $jar: build it with ./mvnw -pl slack-emulator-app -am -DskipTests package" >&2
	exit 1
fi
if [ ! -d "$java_home/jmods" ]; then
	echo "$java_home has no jmods: set JAVA_HOME to a JDK 17 with jmods (apt-get install openjdk-17-jdk-headless)" >&2
	exit 1
fi
version="$("$java_home/bin/java" -version 2>&1 | head -1)"
case "$version" in
	*'"17'*) ;;
	*) echo "jlink needs a JDK 17, found: $version" >&2; exit 1 ;;
esac

rm -rf "$work"
rootfs="$work/rootfs"
mkdir -p "$rootfs/app" "$rootfs/etc" "$rootfs/tmp" "$work/archive"

# The application: the thin jar and its libraries side by side (Class-Path in the manifest), started without the
# Spring Boot launcher.
"$java_home/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$rootfs/app" --force >/dev/null

# The Java runtime: the modules the jars use, as jdeps reports them, plus the CDS archive of the JDK's classes.
# java.desktop comes for java.beans only: its AWT, font, image and sound libraries are left out (the emulator is
# headless), as is the CDS archive for heaps over 32 GB.
modules="$("$java_home/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 17 \
	--class-path "$rootfs/app/lib/*" "$rootfs/app/slack-emulator.jar" "$rootfs"/app/lib/*.jar 2>/dev/null | tail -1)"
strip_native=()
if command -v objcopy >/dev/null; then
	strip_native=(--strip-native-debug-symbols "objcopy=$(command -v objcopy)")
fi
headless_only=""
for library in awt awt_headless awt_xawt fontmanager javajpeg jawt jsound lcms mlib_image splashscreen; do
	headless_only="$headless_only,**/lib/lib$library.so"
done
"$java_home/bin/jlink" --add-modules "$modules,java.logging" --output "$rootfs/opt/java" --strip-debug \
	"${strip_native[@]}" --no-header-files --no-man-pages --generate-cds-archive \
	"--exclude-files=${headless_only#,}" | grep -v '^Created CDS archive successfully$' || true
rm -f "$rootfs/opt/java/lib/server/classes_nocoops.jsa"

# The shared libraries the runtime links to (glibc, zlib, libstdc++ ...), and libgcc_s that glibc opens itself
# when a thread exits.
{
	find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
		| awk -v own="$rootfs/" '/=> \// && index($3, own) != 1 { print $3 } /^\t\/[^ ]+ \(/ { print $1 }'
	ldconfig -p | awk '/libgcc_s\.so\.1 .*x86-64/ { print $NF; exit }'
} | sort -u | while read -r library; do
	mkdir -p "$rootfs$(dirname "$library")"
	cp -L "$library" "$rootfs$library"
done

printf 'root:x:0:0:root:/root:/sbin/nologin\nemulator:x:10001:10001:Slack emulator:/tmp:/sbin/nologin\n' \
	>"$rootfs/etc/passwd"
printf 'root:x:0:\nemulator:x:10001:\n' >"$rootfs/etc/group"
chmod 1777 "$rootfs/tmp"

# The layer, deterministic: sorted names, fixed times and owners.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=posix \
	--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -C "$rootfs" -cf "$work/layer.tar" .
layer_digest="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
mkdir -p "$work/archive/$layer_digest"
mv "$work/layer.tar" "$work/archive/$layer_digest/layer.tar"

project_version="$(basename "$(ls "$rootfs"/app/lib/slack-spring-boot-test-*.jar)" .jar)"
project_version="${project_version#slack-spring-boot-test-}"
jvm_options='-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xss512k -Xshare:auto'
cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
"config":{"User":"10001:10001","WorkingDir":"/app",
"Env":["PATH=/opt/java/bin","JAVA_HOME=/opt/java","SLACK_EMULATOR_HOST=0.0.0.0","SLACK_EMULATOR_PORT=8080",
"JDK_JAVA_OPTIONS=$jvm_options"],
"Entrypoint":["/opt/java/bin/java","-jar","/app/slack-emulator.jar"],
"ExposedPorts":{"8080/tcp":{}},
"Labels":{"org.opencontainers.image.title":"slack-emulator",
"org.opencontainers.image.description":"A local Slack server: Web API, RTM, Socket Mode and Events API, with a control API under /_emulator/",
"org.opencontainers.image.version":"$project_version",
"org.springframework.boot.service-connection":"slack-emulator"}},
"rootfs":{"type":"layers","diff_ids":["sha256:$layer_digest"]},
"history":[{"created":"1970-01-01T00:00:00Z","created_by":"docker/build-emulator-image.sh"}]}
JSON
config_digest="$(sha256sum "$work/config.json" | cut -d' ' -f1)"
mv "$work/config.json" "$work/archive/$config_digest.json"
printf '[{"Config":"%s.json","RepoTags":["%s:latest","%s:%s"],"Layers":["%s/layer.tar"]}]\n' "$config_digest" \
	"$image" "$image" "$project_version" "$layer_digest" >"$work/archive/manifest.json"

tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/archive" -cf - . | docker load -q >/dev/null
docker image prune -f --filter "label=org.opencontainers.image.title=slack-emulator" >/dev/null
size=$(docker image inspect -f '{{.Size}}' "$image:latest")
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
printf 'Built %s:latest (%s:%s), image ID sha256:%.12s, %d MB, in %d.%d s\n' "$image" "$image" "$project_version" \
	"$config_digest" $((size / 1000000)) $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
