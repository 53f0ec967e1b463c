#!/bin/sh
# Builds a JRE base image tarball without any container registry, for machines that reach only Maven Central and
# Debian mirrors (like this project's build machines), so that Jib can build the services' real, runnable images:
#
#   deploy/images/offline-base-image.sh /tmp/chainsignal-base            # writes /tmp/chainsignal-base/base.tar
#   ./mvnw -pl listener-service jib:buildTar -Djib.from.image=tar:///tmp/chainsignal-base/base.tar
#
# The base is a jlink runtime of the local JDK ($JAVA_HOME, 21 or newer) on glibc, libstdc++ and bash from the
# Debian packages of this machine's apt sources. It is a proof and a fallback, not the production base: releases use
# the pinned eclipse-temurin 21 JRE (docs/deploy.md). Needs root (apt-get download, dpkg-deb).
set -eu

out="${1:?usage: $0 <output directory>}"
java_home="${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}"
rm -rf "$out"
mkdir -p "$out/rootfs" "$out/debs"

# glibc, the C++ runtime (RocksDB in fraud-service), zlib, and bash for the compose health checks
(cd "$out/debs" && apt-get download libc6 libgcc-s1 libstdc++6 zlib1g bash libtinfo6 >/dev/null)
for deb in "$out"/debs/*.deb; do dpkg-deb -x "$deb" "$out/rootfs"; done

"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.management,jdk.naming.dns,jdk.zipfs,jdk.localedata \
	--strip-debug --no-man-pages --no-header-files --output "$out/rootfs/opt/java"

mkdir -p "$out/rootfs/tmp" "$out/rootfs/proc" "$out/rootfs/dev" "$out/rootfs/etc"
chmod 1777 "$out/rootfs/tmp"
echo "nonroot:x:65532:65532::/tmp:/bin/bash" >"$out/rootfs/etc/passwd"
tar -C "$out/rootfs" --numeric-owner -cf "$out/layer.tar" .

# a "docker save" tarball: manifest.json, the image configuration and the one layer
diff_id=$(sha256sum "$out/layer.tar" | cut -d' ' -f1)
cat >"$out/config.json" <<EOF
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
EOF
echo '[{"Config":"config.json","RepoTags":["chainsignal-offline-base:local"],"Layers":["layer.tar"]}]' >"$out/manifest.json"
tar -C "$out" -cf "$out/base.tar" manifest.json config.json layer.tar
rm -rf "$out/debs" "$out/layer.tar"
echo "$out/base.tar"
