#!/usr/bin/env bash
# Export time grows in step with the text in every field (issue 16): exports a template with one
# field at 1,000 and at 4,000 characters (JMH, TextLengthBenchmark) and fails if 4x the text
# takes more than 6x the time. About four minutes.
#
#   bench/text-growth.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -Pbenchmarks test-compile
CP_FILE=target/test-classpath.txt
[[ -f $CP_FILE ]] || mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$CP_FILE >/dev/null
java -cp "target/test-classes:target/classes:$(cat $CP_FILE)" org.handoutstudio.bench.TextGrowthCheck
