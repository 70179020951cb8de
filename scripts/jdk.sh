# Sourced by the other scripts: points JAVA_HOME at a JDK >= 21.
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK under /usr/lib/jvm.
# Every command pays for this before Java starts, so it forks almost nothing: ~20 forks of
# readlink, dirname and sed cost 0.14 s of each run.

read_jdk_version() {  # sets jdk_version to the major version of the JDK at $1, or 0
  local line
  jdk_version=0
  # The JDK's release file answers without starting a JVM (each start costs ~0.1 s).
  if [ -f "$1/release" ]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
        jdk_version=${BASH_REMATCH[1]}
        return 0
      fi
    done <"$1/release"
  fi
  if [ -x "$1/bin/java" ]; then
    line=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
    jdk_version=${line:-0}
  fi
}

pick_jdk() {
  local candidate best="" best_version=0 javac
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    read_jdk_version "$JAVA_HOME"
    [ "$jdk_version" -ge 21 ] && return 0
  fi
  javac=$(command -v javac 2>/dev/null || true)
  [ -n "$javac" ] && javac=$(readlink -f "$javac")
  for candidate in /usr/lib/jvm/* "${javac%/bin/javac}"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    read_jdk_version "$candidate"
    if [ "$jdk_version" -ge 21 ] && [ "$jdk_version" -gt "$best_version" ]; then
      best=$candidate best_version=$jdk_version
    fi
  done
  if [ -z "$best" ]; then
    echo "Verbatim needs a JDK 21 or newer; none found in JAVA_HOME, /usr/lib/jvm or on PATH. Install one (e.g. apt-get install openjdk-21-jdk) and retry." >&2
    return 1
  fi
  jdk_version=$best_version
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

pick_jdk || return 1 2>/dev/null || exit 1
# Maven 3.8 uses sun.misc.Unsafe, which JDK 24+ warns about on every run.
if [ "$jdk_version" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
