#!/usr/bin/env bash
# Fails when container tests were skipped although a Docker engine runs. They skip themselves where Docker is
# absent (Testcontainers' disabledWithoutDocker), and Testcontainers also reports Docker as absent when its own
# set-up fails (an image it cannot pull, say): after docker/start-engine.sh, a skip means a broken set-up, not a
# missing engine. Reads the Surefire reports of the modules with container tests, after ./mvnw verify.
#
# Usage: docker/assert-container-tests-ran.sh
# Environment: SLACK_BUILD_DIRECTORY, Maven's output folder, "target" by default
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_directory="${SLACK_BUILD_DIRECTORY:-target}"
shopt -s nullglob
reports=("$root/slack-spring-boot-testcontainers/$build_directory"/surefire-reports/TEST-*.xml
	"$root/samples/hello-bot/$build_directory"/surefire-reports/TEST-*ContainerTests.xml)
if [ "${#reports[@]}" -eq 0 ]; then
	echo "No Surefire reports of the container tests under */$build_directory/surefire-reports" >&2
	exit 1
fi
skipped="$(grep -l '<skipped' "${reports[@]}" || true)"
if [ -n "$skipped" ]; then
	echo "Container tests were skipped although a Docker engine runs:" >&2
	echo "$skipped" | sed 's#^#  #' >&2
	exit 1
fi
echo "Container tests ran, none skipped (${#reports[@]} test classes)"
