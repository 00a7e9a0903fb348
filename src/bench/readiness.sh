#!/usr/bin/env bash
# Start-up of issue #14, one run per call, so that a timing tool (or `time`) can repeat it:
#   readiness.sh ready [JAVA_OPTION...]   the jar in Slack HTTP mode, from process start until GET /readyz
#                                         answers 200; the JVM is then killed (SIGKILL: its exit is not timed)
#   readiness.sh ask [JAVA_OPTION...]     `ask "$ASK_TEXT"` (default "what does an NLP engineer do?"), one-shot,
#                                         to its exit
#   readiness.sh archive [FILE]           the class-data-sharing archive (default target/mentor-bot.jsa): a
#                                         training run of `ask` on a few questions with -XX:ArchiveClassesAtExit,
#                                         as the Dockerfile makes it
# e.g. readiness.sh ready -XX:SharedArchiveFile=target/mentor-bot.jsa
# `ready` needs a Slack Web API that answers auth.test: src/bench/slack-stub.py on SLACK_STUB_PORT (default 18700).
# State (tips.db, the native-library cache) stays in BENCH_DATA (default target/bench/readiness-data) between
# runs, as on a server's volume. Loopback only; installs nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/mentor-bot.jar
DATA=${BENCH_DATA:-target/bench/readiness-data}
mkdir -p "$DATA/cache"
export MENTORBOT_DATA_DIR="$DATA" XDG_CACHE_HOME="$DATA/cache" DJL_CACHE_DIR="$DATA/cache/djl"
mode=${1:?ready, ask or archive}
shift
case "$mode" in
  ready)
    port=${BENCH_HTTP_PORT:-18701}
    SLACK_MODE=http SLACK_BOT_TOKEN=xoxb-bench-0000 SLACK_SIGNING_SECRET=bench-secret \
      SLACK_API_URL="http://127.0.0.1:${SLACK_STUB_PORT:-18700}/api/" MENTORBOT_HTTP_PORT=$port \
      java "$@" -jar "$JAR" >/dev/null 2>&1 &
    pid=$!
    # Bounded: 600 polls 20 ms apart (about 12 s plus the requests' own time).
    for _ in $(seq 600); do
      if curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; then
        kill -9 $pid
        wait $pid 2>/dev/null || true
        exit 0
      fi
      if ! kill -0 $pid 2>/dev/null; then
        echo "the bot exited before /readyz answered 200" >&2
        exit 1
      fi
      sleep 0.02
    done
    kill -9 $pid
    echo "/readyz did not answer 200 in time" >&2
    exit 1
    ;;
  ask)
    exec java "$@" -jar "$JAR" ask "${ASK_TEXT:-what does an NLP engineer do?}" >/dev/null
    ;;
  archive)
    file=${1:-target/mentor-bot.jsa}
    printf '%s\n' "/salary senior" "what does an NLP engineer do?" "how do I become an MLOps engineer?" \
      "/roadmap" "/tip" | java -XX:ArchiveClassesAtExit="$file" -jar "$JAR" ask >/dev/null
    ls -l "$file"
    ;;
  *)
    echo "ready, ask or archive" >&2
    exit 2
    ;;
esac
