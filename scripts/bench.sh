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
# BENCH_RUNS (default 1): runs of each line; with more, the median wall time and peak RSS, and
# the range of the wall times (a shared machine varies from one run to the next).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${BENCH_SIZES:-"10000 100000 1000000"}
binary=.build/release/customer-review
work=${BENCH_DIR:-.build-bench}
mkdir -p "$work"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

runs=${BENCH_RUNS:-1}
# `"${fresh[@]}" DIR command…`: empties DIR, then runs the command in the same process (what
# /usr/bin/time measures).
fresh=(bash -c 'rm -rf -- "$1" && shift && exec "$@"' fresh)

measure() { # label, then the command
    local label=$1; shift
    local walls=() rsses=() k
    for ((k = 0; k < runs; k++)); do
        /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null
        # h:mm:ss or m:ss, in seconds
        walls+=("$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" \
            | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')")
        rsses+=("$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")")
    done
    local wall rss spread=""
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    rss=$(printf '%s\n' "${rsses[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    if ((runs > 1)); then
        spread=$(printf '%s\n' "${walls[@]}" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "  (%s–%s s)", lo, hi }')
    fi
    printf '%-34s %9s s %8d MB%s\n' "$label" "$wall" $((rss / 1024)) "$spread"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
printf '%-34s %10s %11s\n' "run" "wall" "peak RSS"
for n in $sizes; do
    data="$work/data-$n"
    if [ ! -f "$data/.complete" ]; then
        runs=1 measure "sample $n customers × 12 months" "$binary" sample --out "$data" --customers "$n" --months 12 --seed 1 --quiet
        touch "$data/.complete"
    fi
    rows=$(($(wc -l < "$data/visits.csv") - 1))
    invoices=$(($(wc -l < "$data/receivables.csv") - 1))
    evaluations=$(($(wc -l < "$data/evaluations.csv") - 1))
    echo "# $n customers, ~$rows visit lines, ~$invoices invoice lines, ~$evaluations evaluation lines, $(du -shL "$data" | cut -f1) of CSV"
    rm -rf "$work/out-$n" "$work/history-$n" "$work/backfill-$n"
    # Without a previous month: the history folder is emptied before each run (a run writes
    # its month's snapshot there).
    measure "monthly $n (xlsx, html, json)" "${fresh[@]}" "$work/history-$n" "$binary" monthly --data "$data" \
        --as-of 2026-11-15 --out "$work/out-$n" --history "$work/history-$n" --quiet
    # The workbook alone: its share of the monthly run (sheets on two threads, then the packing).
    measure "monthly $n (xlsx only)" "${fresh[@]}" "$work/history-$n" "$binary" monthly --data "$data" \
        --as-of 2026-11-15 --out "$work/out-$n" --history "$work/history-$n" --formats xlsx --quiet
    measure "backfill $n, 12 months of snapshots" "${fresh[@]}" "$work/backfill-$n" "$binary" monthly --data "$data" \
        --as-of 2026-11-15 --backfill 2025-11..2026-10 --history "$work/backfill-$n" --quiet
    measure "monthly $n since last month" "$binary" monthly --data "$data" --as-of 2026-11-15 --out "$work/out-$n" \
        --history "$work/backfill-$n" --quiet
    measure "quarterly $n (xlsx, html, json)" "$binary" quarterly --data "$data" --as-of 2026-11-15 --out "$work/out-$n" \
        --history "$work/history-$n" --quiet
done
