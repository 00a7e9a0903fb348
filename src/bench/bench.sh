#!/usr/bin/env bash
# Reruns every benchmark of issue #7 and writes the raw output to target/bench/.
#   bash src/bench/bench.sh            (from the repository root or anywhere; ~8 minutes on 2 cores)
# Needs only the JDK 17 and Maven; installs nothing. Loopback only. See src/bench/BENCHMARKS.md.
# Knobs (environment): JMH_ARGS (default "-f 1 -wi 2 -w 1s -i 3 -r 1s"), LOAD_ARGS ("16 8 2 8":
# connections, seconds per round, rounds, warm-up seconds), MEM_USERS (1000000), MEM_XMX (256m),
# STARTUP_RUNS (15), PROFILE=1 to also record JFR profiles of the warm-cache answer and the Slack load.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 2 -w 1s -i 3 -r 1s"}
LOAD_ARGS=${LOAD_ARGS:-"16 8 2 8"}
MEM_USERS=${MEM_USERS:-1000000}
MEM_XMX=${MEM_XMX:-256m}
STARTUP_RUNS=${STARTUP_RUNS:-15}
T0=$(date +%s)
section() { echo; echo "=== $1   [$(date -u +%H:%M:%S) UTC, $(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/load avg /')]"; }

section "build (mvn -Pbench -DskipTests package)"
mvn -B -q -Pbench -DskipTests package
mkdir -p "$OUT"
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

{
section "machine"
echo "nproc: $(nproc)"
free -m | sed -n 1,2p
grep -m1 'model name' /proc/cpuinfo || true
java -version 2>&1
mvn -B -v 2>&1 | sed -n 1p
} | tee "$OUT/machine.txt"

section "1. JMH: answer path warm/cold, free text, renderers, load + index, the scan over the examples" | tee "$OUT/jmh.txt"
java -cp "$CP" org.openjdk.jmh.Main $JMH_ARGS -rf json -rff "$OUT/jmh.json" \
  'AnswerPathBenchmark' 'FreeTextBenchmark' 'RenderBenchmark' 'IndexBenchmark' 'SemanticScanBenchmark' 2>&1 | tee -a "$OUT/jmh.txt" \
  | grep -E '^(Benchmark|m\.[A-Za-z.]+Benchmark\.|[A-Za-z]+Benchmark\.)|large reply|^# Run complete' || true
section "1b. JMH single shot in fresh JVMs: first index build and first Core.create" | tee "$OUT/jmh-ss.txt"
java -cp "$CP" org.openjdk.jmh.Main -bm ss -f 5 -wi 0 -i 1 -tu ms -rf json -rff "$OUT/jmh-ss.json" \
  'IndexBenchmark.(indexBuild|coreCreate)' 2>&1 | tee -a "$OUT/jmh-ss.txt" \
  | grep -E '^(Benchmark|IndexBenchmark\.)' || true
section "1c. free text per question: wall vs thread CPU time (is the tail the code or the machine?)" \
  | tee "$OUT/freetext-per-question.txt"
java -cp "$CP" mentorbot.bench.FreeTextPerQuestion 300 2>&1 | tee -a "$OUT/freetext-per-question.txt"
section "1d. free text as a new member meets it: each question once, nothing cached (short set, then stories)" \
  | tee "$OUT/freetext-cold.txt"
BLIND=src/test/resources/eval/blind
java -cp "$CP" mentorbot.bench.FreeTextColdQuestions $BLIND/dev5.jsonl $BLIND/dev6.jsonl -- \
  src/test/resources/eval/questions.jsonl ../shared/eval/questions.sample.jsonl 2>&1 | tee -a "$OUT/freetext-cold.txt"
java -cp "$CP" mentorbot.bench.FreeTextColdQuestions $BLIND/dev5.jsonl $BLIND/dev6.jsonl -- \
  $BLIND/dev17.jsonl $BLIND/dev19.jsonl 2>&1 | tee -a "$OUT/freetext-cold.txt"

section "2. Slack endpoint load: ours vs the Bolt floor" | tee "$OUT/slack-load.txt"
java -Xmx1g -cp "$CP" mentorbot.bench.SlackLoad $LOAD_ARGS 2>&1 | tee -a "$OUT/slack-load.txt"

section "3. memory: $MEM_USERS distinct users, child JVM -Xmx$MEM_XMX, default settings" | tee "$OUT/memory.txt"
java -Xmx"$MEM_XMX" -cp "$CP" mentorbot.bench.MemoryDriver "$MEM_USERS" 2>&1 | tee -a "$OUT/memory.txt"

section "4. start-up: ask \"/salary senior\" vs a trivial main in the same jar" | tee "$OUT/startup.txt"
cp target/mentor-bot.jar "$OUT/startup.jar"
(cd target/test-classes && jar uf "../bench/startup.jar" mentorbot/bench/TrivialMain.class)
java -cp "$CP" mentorbot.bench.StartupDriver "$OUT/startup.jar" "$STARTUP_RUNS" 2>&1 | tee -a "$OUT/startup.txt"

if [[ "${PROFILE:-0}" == 1 ]]; then
  section "profiles (JFR)"
  java -cp "$CP" org.openjdk.jmh.Main -f 1 -wi 2 -i 3 -p request="salary senior" 'AnswerPathBenchmark.warm' \
    -jvmArgsAppend "-XX:StartFlightRecording=filename=$OUT/warm.jfr,settings=profile" > "$OUT/warm-jfr-run.txt" 2>&1
  java -Xmx1g -XX:StartFlightRecording=filename="$OUT/slack-load.jfr",settings=profile -cp "$CP" \
    mentorbot.bench.SlackLoad 16 10 1 5 > "$OUT/slack-load-jfr-run.txt" 2>&1
  for f in warm slack-load; do
    jfr print --events jdk.ExecutionSample "$OUT/$f.jfr" \
      | awk '/stackTrace = \[/{getline; sub(/^[ \t]+/,""); sub(/line:.*/,""); c[$0]++} END{for(k in c) print c[k], k}' \
      | sort -rn | head -25 > "$OUT/$f-top-frames.txt"
    echo "--- $f: top frames (JFR execution samples)"; cat "$OUT/$f-top-frames.txt"
  done
fi

section "done in $(( $(date +%s) - T0 )) s; raw output in $OUT/"
