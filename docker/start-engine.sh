#!/usr/bin/env bash
# Starts a Docker engine for the container tests, unless one already answers on its socket: Debian's dockerd
# (docker/install-engine.sh installs it), run by hand with the vfs storage driver, its data, exec root, pid file,
# log and socket under one folder (/tmp by default), and published ports bound to 127.0.0.1 only. Idempotent: a
# second call finds the engine answering and changes nothing.
#
# Usage: eval "$(docker/start-engine.sh)"
# It prints the variables to export: DOCKER_HOST=unix:///tmp/docker.sock, and SLACK_DOCKER_ENGINE_PID, the
# process ID of the engine, only when this call started it: docker/stop-engine.sh stops that one and nothing else.
# Environment: SLACK_DOCKER_ROOT, the folder (default /tmp)
set -euo pipefail

folder="${SLACK_DOCKER_ROOT:-/tmp}"
socket="$folder/docker.sock"
pidfile="$folder/dockerd.pid"
log="$folder/dockerd.log"
export DOCKER_HOST="unix://$socket"

answers() {
	docker version --format '{{.Server.Version}}' >/dev/null 2>&1
}

if answers; then
	echo "A Docker engine already answers on $socket" >&2
	echo "export DOCKER_HOST=$DOCKER_HOST"
	exit 0
fi
if ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; then
	echo "dockerd or docker is missing: docker/install-engine.sh installs them" >&2
	exit 1
fi
if [ "$(id -u)" != "0" ]; then
	echo "dockerd runs as root here" >&2
	exit 1
fi

started=""
if ! { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }; then
	setsid dockerd --storage-driver=vfs --data-root="$folder/dockerd-data" --exec-root="$folder/dockerd-exec" \
		--pidfile="$pidfile" -H "unix://$socket" --ip=127.0.0.1 </dev/null >"$log" 2>&1 &
	started="$!"
fi
for _ in $(seq 1 120); do
	answers && break
	sleep 0.25
done
if ! answers; then
	echo "The Docker engine did not answer on $socket within 30 s; its log $log ends with:" >&2
	tail -n 20 "$log" >&2
	exit 1
fi
echo "Docker engine $(docker version --format '{{.Server.Version}}') answers on $socket" >&2
echo "export DOCKER_HOST=$DOCKER_HOST"
if [ -n "$started" ]; then
	echo "export SLACK_DOCKER_ENGINE_PID=$started"
fi
