#!/usr/bin/env bash
# Builds and runs a libFuzzer target for a bounded time.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]
#
# TARGET is csv-reader, date-parser, amount-parser, template, snapshot, or all (one after another).
# The library is compiled once with -sanitize=fuzzer,address (and -enable-testing, so that the
# targets in Fuzz/ reach internal entry points with @testable import) into .build-fuzz/lib;
# each target links against it. Several invocations may run at once (`make -j2 fuzz`): the
# build is serialised with a lock.
#
# Corpus: the seeds in Fuzz/corpus/TARGET (small, committed) are read; what the fuzzer finds
# goes to .build-fuzz/corpus/TARGET (not committed). A crash or a broken invariant leaves its
# input in .build-fuzz/artifacts/TARGET/ and makes the script exit 1; reproduce it with
#   .build-fuzz/TARGET .build-fuzz/artifacts/TARGET/crash-…
# and turn it into a regression test in Tests/.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(csv-reader date-parser amount-parser template snapshot)
usage() { echo "usage: scripts/fuzz.sh {$(IFS='|'; echo "${targets[*]}")|all} SECONDS [libFuzzer options…]" >&2; exit 64; }
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage

if [ "$target" = all ]; then
  status=0
  for t in "${targets[@]}"; do "$0" "$t" "$seconds" "$@" || status=1; done
  exit $status
fi

case $target in
  csv-reader) source=CSVReaderFuzz; max_len=16384 ;;
  date-parser) source=DateParserFuzz; max_len=64 ;;
  amount-parser) source=AmountParserFuzz; max_len=64 ;;
  template) source=TemplateFuzz; max_len=8192 ;;
  snapshot) source=SnapshotFuzz; max_len=4096 ;;
  *) usage ;;
esac

SWIFTC=${SWIFTC:-swiftc}
build=.build-fuzz
mkdir -p "$build/lib" "$build/corpus/$target" "$build/artifacts/$target" "$build/logs"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)
xlsx_cflags=$(pkg-config --cflags xlsxwriter 2>/dev/null || true)
xlsx_libs=$(pkg-config --libs xlsxwriter 2>/dev/null || echo "-lxlsxwriter -lz")

# Newer than $1: does any file in the rest of the arguments have a later time than it?
stale() {
  local product=$1; shift
  [ -e "$product" ] || return 0
  [ -n "$(find "$@" -newer "$product" -print -quit)" ]
}

(
  flock 9
  mapfile -t library < <(find Sources/CustomerReview -name '*.swift' | LC_ALL=C sort)
  if stale "$build/lib/libCustomerReview.a" "${library[@]}" Sources/CXlsxWriter; then
    echo "fuzz: building the library (sanitize=fuzzer,address)…" >&2
    # The ld.gold warnings about ASan's local symbols are harmless and hidden.
    "$SWIFTC" "${flags[@]}" -enable-testing -enable-upcoming-feature ExistentialAny \
      -module-name CustomerReview -I Sources/CXlsxWriter $xlsx_cflags \
      -emit-library -static -emit-module -emit-module-path "$build/lib/CustomerReview.swiftmodule" \
      -o "$build/lib/libCustomerReview.a" "${library[@]}" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: library build failed" >&2; exit 1; }
  fi
  if stale "$build/$target" "$build/lib/libCustomerReview.a" Fuzz/FuzzInput.swift "Fuzz/$source.swift"; then
    echo "fuzz: building $target…" >&2
    "$SWIFTC" "${flags[@]}" -module-name "$source" -I "$build/lib" -I Sources/CXlsxWriter $xlsx_cflags \
      Fuzz/FuzzInput.swift "Fuzz/$source.swift" -L "$build/lib" -lCustomerReview $xlsx_libs \
      -o "$build/$target" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: $target build failed" >&2; exit 1; }
  fi
) 9>"$build/build.lock"

log=$build/logs/$target.log
echo "fuzz: running $target for ${seconds}s (log: $log)" >&2
started=$SECONDS
set +e
"$build/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
  -max_len="$max_len" -dict="Fuzz/dict/$target.dict" -artifact_prefix="$build/artifacts/$target/" \
  "$@" "$build/corpus/$target" "Fuzz/corpus/$target" >"$log" 2>&1
status=$?
set -e
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
echo "fuzz: $target: $(stat number_of_executed_units) executions in $((SECONDS - started))s, $(stat average_exec_per_sec)/s," \
  "$(stat new_units_added) new inputs, peak RSS $(stat peak_rss_mb) MB, corpus $(find "$build/corpus/$target" -type f | wc -l) files"
if [ $status -ne 0 ]; then
  echo "fuzz: $target FOUND A FAILURE (exit $status):" >&2
  grep -E "ERROR|invariant|Test unit written|==[0-9]+==" "$log" | head -20 >&2
  exit 1
fi
