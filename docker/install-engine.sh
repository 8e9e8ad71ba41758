#!/usr/bin/env bash
# Installs, where missing, what the container tests need, from Debian's package registry: the Docker engine
# (docker.io from bookworm) and Docker Compose v2. Bookworm's docker-compose is v1 (1.29, Python), which Spring
# Boot's Docker Compose support cannot drive, so Compose v2 comes from trixie's docker-compose 2.x package (a
# static Go binary needing glibc 2.34, installed as the "docker compose" CLI plugin), fetched with a private apt
# configuration that leaves this machine's sources and package lists alone.
# Needs root. Exits non-zero when something could not be installed.
set -euo pipefail

if [ "$(id -u)" != "0" ]; then
	echo "install-engine.sh needs root (apt-get, dpkg)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive

if ! command -v dockerd >/dev/null 2>&1; then
	apt-get update -qq
	apt-get install -y -qq docker.io >/dev/null
fi

if ! docker compose version >/dev/null 2>&1; then
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' EXIT
	mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
	echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
		>"$work/sources.list"
	apt_options=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
		-o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
	apt-get "${apt_options[@]}" update -qq
	(cd "$work" && apt-get "${apt_options[@]}" download -qq docker-compose)
	dpkg -i "$work"/docker-compose_2.*_amd64.deb >/dev/null
fi

echo "Docker engine: $(dockerd --version)"
echo "$(docker compose version)"
