#!/usr/bin/env bats
# scripts/eval-polnear: parley-quotes scored against PolNeAR-format
# annotations (issue 3). tests/fixtures/eval/ is a one-article corpus
# written for these tests (see its README.md): six attributions, a quotation
# in double marks, one in single marks, an apostrophe, and a rare belief
# that parley reports only with --beliefs.

load test_helper

E="$FIXTURES/eval"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# figure MEASURE FIELD - a field of one measure of the last --json run
figure() {
	jq -r --arg m "$1" --arg f "$2" '.[$m][$f]' <<< "$output"
}

@test "eval-polnear prints every measure with its counts from the annotations" {
	run "$TOP/scripts/eval-polnear" "$E"
	assert_success
	assert_line --index 0 'PolNeAR: 1 articles, 6 attributions'
	assert_line --regexp '^direct quotes +100 +100 +100 +2 +2$'
	assert_line --regexp '^content overlap +100 +83\.3 +90\.9 +5 +6$'
	assert_line --regexp '^source overlap +100 +80 +88\.9 +4 +5$'
	assert_line --regexp '^attribution +100 +83\.3 +90\.9 +5 +6$'
	assert_line --regexp '^cue tokens '
}

@test "eval-polnear: a quotation in single marks inside a gold content is a direct quote, an apostrophe is none" {
	run "$TOP/scripts/eval-polnear" --json "$E"
	assert_success
	assert_equal "$(figure direct_quotes n_gold)" 2
	assert_equal "$(figure direct_quotes r)" 1
	assert_equal "$(figure speaker f)" 1
}

@test "eval-polnear: options after -- go to parley-quotes" {
	run "$TOP/scripts/eval-polnear" --json -- --beliefs "$E"
	assert_success
	assert_equal "$(figure content n_pred)" 6
	assert_equal "$(figure content r)" 1
}

@test "eval-polnear --misses lists the gold attribution no prediction overlaps" {
	run "$TOP/scripts/eval-polnear" --misses "$E"
	assert_success
	run jq -c 'select(.doc) | .content_missed[] | [.content, .cue, .source]' <<< "$(grep '^{' <<< "$output")"
	assert_output '["the river will rise again",["suppose"],["Many residents"]]'
}

@test "eval-polnear --keep DIR keeps the documents, sentences, quotes and gold" {
	run "$TOP/scripts/eval-polnear" --keep kept "$E"
	assert_success
	[ -s kept/docs.jsonl ]
	[ -s kept/sentences.jsonl ]
	[ -s kept/quotes.jsonl ]
	assert_equal "$(wc -l < kept/gold.jsonl)" 6
	assert_equal "$(jq -r .doc kept/gold.jsonl | sort -u)" bridge
}

@test "eval-polnear reads a corpus whose path has spaces and a leading dash" {
	mkdir -- "-my corpus"
	cp -R -- "$E/text" "$E/attributions" "-my corpus/"
	run "$TOP/scripts/eval-polnear" "./-my corpus"
	assert_success
	assert_line --index 0 'PolNeAR: 1 articles, 6 attributions'
}

@test "eval-polnear: a directory without text/ and attributions/ exits 66 naming it" {
	mkdir empty
	run --separate-stderr "$TOP/scripts/eval-polnear" empty
	assert_failure 66
	assert_equal "$stderr" "eval-polnear: 'empty' has no text/ and attributions/ directories"
}

@test "eval-polnear: articles without annotations are skipped, and none at all exits 66" {
	mkdir -p corpus/text corpus/attributions
	cp -- "$E/text/bridge.txt" corpus/text/unannotated.txt
	run --separate-stderr "$TOP/scripts/eval-polnear" corpus
	assert_failure 66
	assert_equal "$stderr" "eval-polnear: no article in 'corpus' has annotations"
	cp -- "$E/text/bridge.txt" corpus/text/
	cp -- "$E"/attributions/*.ann corpus/attributions/
	run "$TOP/scripts/eval-polnear" corpus
	assert_success
	assert_line --index 0 'PolNeAR: 1 articles, 6 attributions'
}

@test "eval-polnear without a corpus or with an unknown option is a usage error" {
	run "$TOP/scripts/eval-polnear"
	assert_failure 64
	run "$TOP/scripts/eval-polnear" --frobnicate "$E"
	assert_failure 64
}

@test "eval-polnear: a content that ends between the two marks of a closing '' pair holds the whole quotation" {
	mkdir -p corpus/text corpus/attributions
	printf '%s\n' "Jo Ames said: ''We are ready to go.'' Then she left." > corpus/text/ready.txt
	# the content runs from the first opening mark to the first closing one
	printf 'T1\tSource 0 7\tJo Ames\nT2\tCue 8 12\tsaid\nT3\tContent 14 36\t%s\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n' \
		"''We are ready to go.'" > corpus/attributions/ready_0001.ann
	run "$TOP/scripts/eval-polnear" --json corpus
	assert_success
	assert_equal "$(figure direct_quotes_exact n_gold)" 1
	assert_equal "$(figure direct_quotes_exact r)" 1
}

@test "eval-polnear: an annotation line with bad offsets is named with file and line, left out, and the exit is 65" {
	mkdir -p corpus/text corpus/attributions
	cp -- "$E/text/bridge.txt" corpus/text/
	cp -- "$E/attributions/bridge_a1b2.ann" corpus/attributions/
	printf 'T99\tSource x 7\tjunk\n' >> corpus/attributions/bridge_a1b2.ann
	run --separate-stderr "$TOP/scripts/eval-polnear" corpus
	assert_failure 65
	assert_equal "$stderr" "eval-polnear: $PWD/corpus/attributions/bridge_a1b2.ann:31: bad offsets in \"Source x 7\", line left out"
	assert_line --index 0 'PolNeAR: 1 articles, 6 attributions'
	assert_line --regexp '^content overlap +100 +83\.3 +90\.9 +5 +6$'
}
