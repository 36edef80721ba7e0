bats_require_minimum_version 1.5.0

# Shared setup for every tests/*.bats file: bats-support, bats-assert, the
# built commands on PATH (PARLEY_BIN overrides, e.g. a sanitizer build), the
# fixtures directory, and a scratch directory per test.
bats_load_library bats-support
bats_load_library bats-assert

TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
FIXTURES="$TOP/tests/fixtures"
PATH="${PARLEY_BIN:-$TOP/bin}:$PATH"
export PATH TOP FIXTURES

# jsonl_docs FILE... - document records of the given text files, on stdout.
jsonl_docs() {
	parley-ingest --date 2025-04-23 -- "$@"
}

# same_both_ways STAGE INPUT [OPTION]... - the stage's output, messages,
# status and rejects are the same with and without the fast path (run's
# $status, $output and $stderr are then both ways'; the fast output is
# also in fast.out, its rejects in fast.rej)
same_both_ways() {
	local stage=$1 input=$2
	shift 2
	run --separate-stderr "parley-$stage" "$@" --rejects fast.rej "$input"
	# shellcheck disable=SC2154 # status, output and stderr are set by bats' run
	local fast_status=$status fast_out=$output fast_err=$stderr
	printf '%s\n' "$output" > fast.out
	run --separate-stderr "parley-$stage" "$@" --no-fast-path --rejects slow.rej "$input"
	assert_equal "$fast_status" "$status"
	assert_equal "$fast_err" "$stderr"
	assert_equal "$fast_out" "$output"
	cmp fast.rej slow.rej
}
