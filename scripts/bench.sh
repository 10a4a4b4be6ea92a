#!/usr/bin/env bash
# make bench: the speed and memory table of the README.
#
# Generates data with `customer-review sample` (12 months, about one visit and one invoice per
# customer-month, and the committee's evaluations: about four rows per customer) at each size,
# then runs, in release mode under /usr/bin/time -v, `monthly` (xlsx, html and json), `monthly`
# with the workbook alone (`--formats xlsx`), a backfill of 12 months of monthly snapshots,
# `monthly` compared with last month's snapshot, and `quarterly`, and prints wall time and
# peak RSS for each.
# Sizes: BENCH_SIZES (default "10000 100000 1000000"); data and reports go to .build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${BENCH_SIZES:-"10000 100000 1000000"}
binary=.build/release/customer-review
work=${BENCH_DIR:-.build-bench}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

measure() { # label, then the command
    local label=$1; shift
    /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    printf '%-34s %10s %8d MB\n' "$label" "$wall" $((rss / 1024))
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
printf '%-34s %10s %11s\n' "run" "wall" "peak RSS"
for n in $sizes; do
    data="$work/data-$n"
    if [ ! -f "$data/.complete" ]; then
        measure "sample $n customers × 12 months" "$binary" sample --out "$data" --customers "$n" --months 12 --seed 1 --quiet
        touch "$data/.complete"
    fi
    rows=$(($(wc -l < "$data/visits.csv") - 1))
    invoices=$(($(wc -l < "$data/receivables.csv") - 1))
    evaluations=$(($(wc -l < "$data/evaluations.csv") - 1))
    echo "# $n customers, ~$rows visit lines, ~$invoices invoice lines, ~$evaluations evaluation lines, $(du -shL "$data" | cut -f1) of CSV"
    rm -rf "$work/out-$n" "$work/history-$n" "$work/backfill-$n"
    measure "monthly $n (xlsx, html, json)" "$binary" monthly --data "$data" --as-of 2026-11-15 --out "$work/out-$n" \
        --history "$work/history-$n" --quiet
    # The workbook alone: its share of the monthly run (sheets on two threads, then the packing).
    measure "monthly $n (xlsx only)" "$binary" monthly --data "$data" --as-of 2026-11-15 --out "$work/out-$n" \
        --history "$work/history-$n" --formats xlsx --quiet
    measure "backfill $n, 12 months of snapshots" "$binary" monthly --data "$data" --as-of 2026-11-15 \
        --backfill 2025-11..2026-10 --history "$work/backfill-$n" --quiet
    measure "monthly $n since last month" "$binary" monthly --data "$data" --as-of 2026-11-15 --out "$work/out-$n" \
        --history "$work/backfill-$n" --quiet
    measure "quarterly $n (xlsx, html, json)" "$binary" quarterly --data "$data" --as-of 2026-11-15 --out "$work/out-$n" \
        --history "$work/history-$n" --quiet
done
