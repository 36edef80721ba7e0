#!/usr/bin/env bats
# scripts/bench: it runs every stage, prints its table and ratios, and exits 0.
# (Speed itself is never asserted here: the figures are read by a person.)
load test_helper

setup() {
	[ -z "${PARLEY_BIN:-}" ] || skip "bench measures bin/, not PARLEY_BIN"
}

@test "bench prints a row for every stage, jq's ratio and the pipeline, and exits 0" {
	run --separate-stderr "$TOP/scripts/bench" --size 1 --runs 1 --no-previous
	assert_success
	for row in 'cat (docs.jsonl)' parley-split parley-quotes parley-actors \
	    parley-issues 'parley-actors (5,000 actors)' parley-aggregate \
	    'jq aggregate.jq (1 run)' 'pipeline (5 stages)'; do
		assert_line --regexp "^$(printf '%s' "$row" | sed 's/[][().*+?^$|]/\\&/g') +[0-9.]+ s "
	done
	assert_line --regexp '^parley-aggregate is [0-9.]+x faster than jq$'
	assert_line --regexp '^parley-quotes .*target 60 MB/s: (met|NOT met)$'
	refute_line --partial 'previous build'
}

@test "bench against a previous revision compares every stage and exits 0" {
	git -C "$TOP" rev-parse --verify -q HEAD > /dev/null || skip "not a git checkout"
	run --separate-stderr "$TOP/scripts/bench" --size 1 --runs 1 --previous HEAD
	assert_success
	assert_line --regexp '^previous build: [0-9a-f]+$'
	for stage in split quotes actors issues aggregate; do
		assert_line --regexp "^parley-$stage +([0-9.]+x the CPU time of the previous build \([0-9.]+ s against [0-9.]+ s, median of 1 alternating pairs\)|too short to compare .*)$"
	done
}

@test "bench refuses an unknown option and a size that is not a number" {
	run --separate-stderr "$TOP/scripts/bench" --sise 1
	assert_failure 64
	assert_equal "${stderr_lines[0]}" "bench: unknown argument '--sise'"
	run --separate-stderr "$TOP/scripts/bench" --size 1e3
	assert_failure 64
	assert_equal "$stderr" "bench: --size and --runs take numbers"
}

@test "bench --articles builds its corpus from the articles of that folder, whatever its name" {
	dir="$BATS_TEST_TMPDIR/-my news
folder"
	mkdir -p "$dir"
	cp "$FIXTURES/seeds/000_c57ef8b43f332ce7.txt" "$dir/one article.txt"
	cp "$FIXTURES/seeds/003_a12f1123640493cf.txt" "$dir/-two.txt"
	printf 'not an article\n' > "$dir/notes.md"
	bytes=$(parley-ingest --date 2025-04-23 --source example -- "$dir/-two.txt" "$dir/one article.txt" | wc -c)
	run --separate-stderr "$TOP/scripts/bench" --size 1 --runs 1 --no-previous --articles "$dir"
	assert_success
	assert_line "corpus: $(( (1000000 / bytes + 1) * 2 )) documents, $(awk -v b="$(cat "$dir"/*.txt | wc -c)" -v n=$((1000000 / bytes + 1)) 'BEGIN { printf "%.3f", b * n / 1e6 }') MB of article text, 1 runs, medians"
	assert_line --regexp '^parley-issues +[0-9.]+ s '
}

@test "bench --articles refuses a folder without articles and a missing value" {
	run --separate-stderr "$TOP/scripts/bench" --size 1 --runs 1 --no-previous --articles "$BATS_TEST_TMPDIR"
	assert_failure 66
	assert_equal "$stderr" "bench: building a corpus of about 1 MB
bench: no *.txt articles in '$BATS_TEST_TMPDIR'"
	run --separate-stderr "$TOP/scripts/bench" --articles
	assert_failure 64
	assert_equal "$stderr" "bench: --articles needs a value"
}
