# Sourced by ./mvnw, ./opendoms and .ci/run (POSIX sh).
# OpenDOMS needs JDK 21+. Keep JAVA_HOME when it already points at one; otherwise pick the newest
# JDK >= 21 from the usual install locations, so that a machine whose default java is older still
# builds without hand-editing its environment.
opendoms_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
opendoms_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(opendoms_java_major "$JAVA_HOME"); [ "${v:-0}" -ge 21 ] && return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    h=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(opendoms_java_major "$h"); if [ "${v:-0}" -ge 21 ]; then JAVA_HOME=$h; export JAVA_HOME; return 0; fi
  fi
  best=""; bestv=0
  case $- in *f*) set +f; reglob=1 ;; *) reglob=0 ;; esac
  for h in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME-}"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$h/bin/javac" ] || continue
    v=$(opendoms_java_major "$h")
    if [ "${v:-0}" -ge 21 ] && [ "${v:-0}" -gt "$bestv" ]; then best=$h; bestv=$v; fi
  done
  [ "$reglob" = 1 ] && set -f
  if [ -n "$best" ]; then JAVA_HOME=$best; export JAVA_HOME; return 0; fi
  echo "OpenDOMS needs a JDK 21 or newer; none found. Install one and set JAVA_HOME." >&2
  return 1
}
opendoms_find_jdk || exit 1
