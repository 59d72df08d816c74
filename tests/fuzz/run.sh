#!/usr/bin/env bash
# Runs one fuzz target for a number of seconds on its seeds and prints what it did:
#   tests/fuzz/run.sh agenda|session|csv SECONDS [BUILD_DIR]
# Builds the fuzz tree (build-fuzz, clang with libFuzzer and ASan/UBSan) first when needed.
# Seeds: the corpus of real agendas (GAVEL_CORPUS_DIR, default ../shared/corpus), the test
# fixtures, tests/fuzz/seeds/<target> and every earlier finding in tests/fuzz/regressions/<target>.
# A crash, a hang over 5 s or an out-of-memory is saved under BUILD_DIR/findings/<target>/ and
# the run fails: copy the input into tests/fuzz/regressions/<target>/ with a name that says
# what it broke, and fix it; tst_fuzzregressions then replays it in every test run.
set -uo pipefail

target=${1:-}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build=${3:-$source_dir/build-fuzz}
case "$target" in
    agenda | session | csv) ;;
    *)
        echo "usage: $0 agenda|session|csv SECONDS [BUILD_DIR]" >&2
        exit 2
        ;;
esac
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "$0: SECONDS must be a whole number of seconds, not '$seconds'" >&2
    exit 2
fi

binary=$build/bin/fuzz_$target
if [ ! -x "$binary" ]; then
    (cd "$source_dir" && cmake --preset fuzz >/dev/null && cmake --build --preset fuzz) || exit 1
fi

corpus_dir=${GAVEL_CORPUS_DIR:-$source_dir/../shared/corpus}
seeds=("$here/seeds/$target" "$here/regressions/$target")
case "$target" in
    agenda) seeds+=("$corpus_dir" "$source_dir/resources/sample" "$source_dir/tests/fixtures") ;;
    session) seeds+=("$source_dir/tests/fixtures") ;;
esac
dictionary=$here/$target.dict

work=$build/corpus/$target # what the fuzzer learns, kept between runs; the seeds stay as they are
findings=$build/findings/$target
rm -rf "$findings" # this run's findings only
mkdir -p "$work" "$findings"
log=$build/fuzz-$target.log

if [ "$target" = agenda ] && [ ! -d "$corpus_dir" ]; then
    echo "$0: no corpus of real agendas at $corpus_dir (set GAVEL_CORPUS_DIR): the agenda fuzzer needs it as seeds" >&2
    exit 1
fi
existing=()
for dir in "${seeds[@]}"; do
    if [ -d "$dir" ]; then
        existing+=("$dir")
        echo "fuzz_$target: seeds from $dir ($(find "$dir" -type f | wc -l) files)"
    fi
done

"$binary" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -dict="$dictionary" -print_final_stats=1 -artifact_prefix="$findings/" \
    "$work" "${existing[@]}" >"$log" 2>&1
status=$?

executions=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
cov=$(echo "$coverage" | awk '{print $2}')
ft=$(echo "$coverage" | awk '{print $4}')
corp=$(echo "$coverage" | awk '{print $6}')
found=$(find "$findings" -type f | wc -l)
printf 'fuzz_%s: %s s, %s executions, coverage %s edges (%s features), corpus %s inputs, findings %s\n' \
    "$target" "$seconds" "${executions:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$found"
if [ -z "$executions" ] || [ "$executions" -eq 0 ]; then
    echo "fuzz_$target ran no input: nothing was tested. The fuzzer's output is in $log:" >&2
    tail -20 "$log" >&2
    exit 1
fi
if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    echo "fuzz_$target found a problem; the fuzzer's report is in $log:" >&2
    grep -E 'ERROR|SUMMARY|runtime error|broken promise|Test unit written' "$log" | head -20 >&2
    find "$findings" -type f | sed 's/^/  input: /' >&2
    exit 1
fi
exit 0
