#!/usr/bin/env bash
# Stops the Docker engine that docker/start-engine.sh started, named by the SLACK_DOCKER_ENGINE_PID it exported,
# and nothing else: with that variable unset (start-engine.sh found an engine running), it does nothing. The
# engine's containers stop with it; its images stay in <folder>/dockerd-data for the next start, unless --purge
# is given.
#
# Usage: docker/stop-engine.sh [--purge]
# Environment: SLACK_DOCKER_ENGINE_PID; SLACK_DOCKER_ROOT, the folder start-engine.sh used (default /tmp)
set -euo pipefail

folder="${SLACK_DOCKER_ROOT:-/tmp}"
pid="${SLACK_DOCKER_ENGINE_PID:-}"
containerd_pidfile="$folder/dockerd-exec/containerd/containerd.pid"

if [ -z "$pid" ]; then
	echo "SLACK_DOCKER_ENGINE_PID is not set: no Docker engine was started by docker/start-engine.sh here" >&2
	exit 0
fi
ours() {
	[ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q -- "$2"
}
if ! ours "$pid" "--pidfile=$folder/dockerd.pid"; then
	echo "Process $pid is not the Docker engine started by docker/start-engine.sh: left alone" >&2
	exit 0
fi
containerd_pid="$(cat "$containerd_pidfile" 2>/dev/null || true)"
kill -TERM "$pid"
for _ in $(seq 1 120); do
	kill -0 "$pid" 2>/dev/null || break
	sleep 0.25
done
if kill -0 "$pid" 2>/dev/null; then
	echo "The Docker engine ($pid) did not stop within 30 s: killing it" >&2
	kill -KILL "$pid"
fi
if [ -n "$containerd_pid" ] && ours "$containerd_pid" "$folder/dockerd-exec/containerd"; then
	kill -TERM "$containerd_pid"
fi
echo "Stopped the Docker engine ($pid)" >&2
if [ "${1:-}" = "--purge" ]; then
	rm -rf "$folder/dockerd-data" "$folder/dockerd-exec" "$folder/dockerd.log"
fi
