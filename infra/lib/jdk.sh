# shellcheck shell=bash
# Sourced by the infra scripts: selects a JDK of version 21 or newer.
#
#   . infra/lib/jdk.sh            # exports JAVA_HOME (>= 21) and puts $JAVA_HOME/bin first on PATH
#
# Keeps $JAVA_HOME when it already points at a JDK >= 21; otherwise picks the newest JDK >= 21
# under ${HELPDESK_JVM_DIR:-/usr/lib/jvm}. Returns 1 (and prints why) when there is none, so a
# caller running with `set -e` stops there. Running the file directly prints the chosen JAVA_HOME.

HELPDESK_MIN_JAVA=${HELPDESK_MIN_JAVA:-21}

# helpdesk_java_version DIR -> prints the full version ("25.0.3", "17.0.15", "1.8.0_402") or fails.
helpdesk_java_version() {
    local dir=$1 v=""
    [ -x "$dir/bin/java" ] || return 1
    if [ -r "$dir/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$dir/release" | head -n 1)
    fi
    if [ -z "$v" ]; then
        # e.g.: openjdk version "21.0.5" 2024-10-15
        v=$("$dir/bin/java" -version 2>&1 | sed -n 's/^.* version "\([^"]*\)".*$/\1/p' | head -n 1)
    fi
    [ -n "$v" ] || return 1
    printf '%s\n' "$v"
}

# helpdesk_java_major VERSION -> 25 for "25.0.3", 8 for "1.8.0_402", 21 for "21-ea".
helpdesk_java_major() {
    local v=$1 major
    case $v in
        1.*) major=${v#1.}; major=${major%%[!0-9]*} ;;
        *)   major=${v%%[!0-9]*} ;;
    esac
    printf '%s\n' "${major:-0}"
}

helpdesk_select_jdk() {
    local min=$HELPDESK_MIN_JAVA jvm_dir=${HELPDESK_JVM_DIR:-/usr/lib/jvm}
    local v major cand real best="" best_v="" seen=" "
    if [ -n "${JAVA_HOME:-}" ] && v=$(helpdesk_java_version "$JAVA_HOME") \
        && [ "$(helpdesk_java_major "$v")" -ge "$min" ]; then
        best=$JAVA_HOME
    else
        for cand in "$jvm_dir"/*; do
            [ -d "$cand" ] || continue
            real=$(readlink -f "$cand") || continue
            case $seen in *" $real "*) continue ;; esac   # symlinked aliases of the same JDK
            seen="$seen$real "
            v=$(helpdesk_java_version "$real") || continue
            major=$(helpdesk_java_major "$v")
            [ "$major" -ge "$min" ] || continue
            if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best_v" "$v" | sort -V | tail -n 1)" = "$v" ]; then
                best=$real best_v=$v
            fi
        done
    fi
    if [ -z "$best" ]; then
        echo "jdk.sh: no JDK >= $min found (JAVA_HOME='${JAVA_HOME:-}' is older or unset, nothing suitable under $jvm_dir)." >&2
        echo "jdk.sh: install one (e.g. apt-get install openjdk-21-jdk-headless, or Temurin 21/25) or set JAVA_HOME." >&2
        return 1
    fi
    JAVA_HOME=$best
    export JAVA_HOME
    case "$PATH:" in
        "$JAVA_HOME/bin:"*) ;;                      # already first
        *) PATH="$JAVA_HOME/bin:$PATH"; export PATH ;;
    esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    # executed, not sourced
    helpdesk_select_jdk || exit 1
    echo "JAVA_HOME=$JAVA_HOME ($(helpdesk_java_version "$JAVA_HOME"))"
else
    helpdesk_select_jdk || return 1
fi
