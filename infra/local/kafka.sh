# Apache Kafka (KRaft, one node) from Maven Central jars; sourced by up.sh / down.sh / status.sh.
# The broker runs in a session of its own (setsid), out of reach of a Ctrl-C in the terminal.
KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT/infra/kafka/pom.xml")"
KAFKA_HOME="$CACHE/kafka-$KAFKA_VERSION"
KAFKA_DIR="$LOCAL/kafka"
KAFKA_PID="$KAFKA_DIR/kafka.pid"
KAFKA_MAIN="kafka.Kafka"

kafka_fetch() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  log "fetching Kafka $KAFKA_VERSION jars through Maven (once) into the user cache"
  rm -rf "$KAFKA_HOME/libs"
  mvn -B -q -Dstyle.color=never -f "$ROOT/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME/libs"
  unzip -l "$KAFKA_HOME/libs/kafka_2.13-$KAFKA_VERSION.jar" | grep 'kafka/tools/StorageTool.class' >/dev/null \
    || { log "kafka.tools.StorageTool is missing from kafka_2.13-$KAFKA_VERSION"; return 1; }
  touch "$KAFKA_HOME/.complete"
}

kafka_up() {
  if running "$KAFKA_PID" "$KAFKA_MAIN"; then log "kafka already running (pid $(cat "$KAFKA_PID"))"; return 0; fi
  port_open "$KAFKA_PORT" && { log "port $KAFKA_PORT is taken by another process"; return 1; }
  kafka_fetch
  mkdir -p "$KAFKA_DIR/data"
  sed -e "s#@DATA@#$KAFKA_DIR/data#" -e "s#@PORT@#$KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$KAFKA_CONTROLLER_PORT#g" \
    "$ROOT/infra/kafka/server.properties" >"$KAFKA_DIR/server.properties"
  local cp="$KAFKA_HOME/libs/*"
  [ -s "$KAFKA_DIR/cluster-id" ] || java -cp "$cp" kafka.tools.StorageTool random-uuid >"$KAFKA_DIR/cluster-id"
  java -cp "$cp" -Dlog4j2.configurationFile="file:$ROOT/infra/kafka/log4j2.properties" kafka.tools.StorageTool format \
    --ignore-formatted -t "$(cat "$KAFKA_DIR/cluster-id")" -c "$KAFKA_DIR/server.properties" >>"$KAFKA_DIR/kafka.log" 2>&1
  log "starting kafka on 127.0.0.1:$KAFKA_PORT"
  # Serial GC: no parallel GC threads fighting Node for two cores. Heap ~512 MiB.
  setsid java -Xms256m -Xmx512m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="file:$ROOT/infra/kafka/log4j2.properties" \
    -cp "$cp" "$KAFKA_MAIN" "$KAFKA_DIR/server.properties" >>"$KAFKA_DIR/kafka.log" 2>&1 </dev/null &
  echo $! >"$KAFKA_PID"
  wait_port "$KAFKA_PORT" 90 kafka "$KAFKA_DIR/kafka.log"
}

kafka_down() { stop_pid "$KAFKA_PID" "$KAFKA_MAIN" kafka; }
kafka_status() { running "$KAFKA_PID" "$KAFKA_MAIN" && echo "kafka: running (pid $(cat "$KAFKA_PID")) on 127.0.0.1:$KAFKA_PORT" || echo "kafka: stopped"; }
