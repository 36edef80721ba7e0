#!/usr/bin/env bats
# The fast paths (the speed targets of issues 3, 4 and 5): lib/jsonscan.h
# takes a line only when jansson would take it with the same meaning, and
# every stage that reads records without jansson writes, rejects and
# reports exactly what it writes, rejects and reports with --no-fast-path.

load test_helper

setup_file() {
	# the scanner's own check: tests/fuzz/fuzz-jsonscan.c as a program
	# (a compiler that cannot build it leaves its errors in JSCHECK_LOG,
	# and the tests that need it fail, saying so)
	JSCHECK="$BATS_FILE_TMPDIR/jscheck"
	JSCHECK_LOG="$BATS_FILE_TMPDIR/jscheck.log"
	export JSCHECK JSCHECK_LOG
	if command -v cc > /dev/null; then
		cc -std=c11 -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -I"$TOP/lib" \
			-DJSONSCAN_CHECK_MAIN -o "$JSCHECK" "$TOP/tests/fuzz/fuzz-jsonscan.c" \
			"$TOP/lib/jsonscan.c" "$TOP/lib/jsonflat.c" "$TOP/lib/utf8.c" "$TOP/lib/xalloc.c" \
			"$TOP/lib/diag.c" -ljansson 2> "$JSCHECK_LOG" || rm -f "$JSCHECK"
	fi
}

# need_jscheck: skip without a C compiler; fail when it could not build
need_jscheck() {
	command -v cc > /dev/null || skip "no C compiler to build the scanner's check"
	[ -x "$JSCHECK" ] || fail "the scanner's check did not build: $(cat "$JSCHECK_LOG")"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# seed_pipeline - the seed articles split, then quoted, with actors and
# issues: split.jsonl quotes.jsonl actors.jsonl
seed_pipeline() {
	jsonl_docs "$FIXTURES"/seeds/*.txt > docs.jsonl
	parley-split docs.jsonl > split.jsonl
	parley-quotes split.jsonl > quotes.jsonl
	parley-actors quotes.jsonl > actors.jsonl
}

@test "the scanner takes or leaves each edge case as planned, and what it takes jansson reads alike" {
	need_jscheck
	run "$JSCHECK" < "$FIXTURES/fastpath/cases.txt"
	assert_success
	assert_output "$(cat "$FIXTURES/fastpath/cases.expected")"
}

@test "the scanner takes blanks only outside the compact form" {
	need_jscheck
	run "$JSCHECK" <<< '{"a":"b","c":[1,{"d":null}]}'
	assert_success
	assert_output "fast fast"
	run "$JSCHECK" <<< '{"a": "b","c":[1,{"d":null}]}'
	assert_success
	assert_output "fast jansson"
	run "$JSCHECK" <<< '{"a":"b","c":[1,{"d":null} ]}'
	assert_success
	assert_output "fast jansson"
}

@test "parley-quotes writes the seeds the same with and without the fast path" {
	seed_pipeline
	same_both_ways quotes split.jsonl
	assert_equal "$status" 0
	assert_equal "${#lines[@]}" "$(wc -l < split.jsonl)"
	[ "$(jq -s 'map(.quotes | length) | add' quotes.jsonl)" -gt 50 ]
}

@test "parley-actors writes the seeds the same with and without the fast path" {
	seed_pipeline
	same_both_ways actors quotes.jsonl
	assert_equal "$status" 0
	assert_equal "${#lines[@]}" "$(wc -l < quotes.jsonl)"
}

@test "parley-issues writes the seeds the same with and without the fast path" {
	seed_pipeline
	same_both_ways issues actors.jsonl
	assert_equal "$status" 0
	assert_equal "${#lines[@]}" "$(wc -l < actors.jsonl)"
}

@test "every record stage writes the hardening records the same either way" {
	for input in "$FIXTURES"/hardening/good-sentence.jsonl \
	    "$FIXTURES"/hardening/good-enriched.jsonl; do
		for stage in quotes actors issues; do
			same_both_ways "$stage" "$input"
			assert_equal "$status" 0
			assert_equal "${#lines[@]}" 1
		done
	done
}

@test "parley-quotes takes blanks, escapes, nesting and odd fields as jansson does" {
	same_both_ways quotes "$FIXTURES/fastpath/records.jsonl"
	assert_equal "$status" 65
	# the good records, in order: e1 0-8 and 10, e2 0, e3 0-1, e4 2
	assert_equal "$(jq -c '[.doc, .sent]' <<< "$output" | paste -sd ' ')" \
		'["e1",0] ["e1",1] ["e1",2] ["e1",3] ["e1",4] ["e1",5] ["e1",6] ["e1",7] ["e1",8] ["e1",10] ["e2",0] ["e3",0] ["e3",1] ["e4",2]'
	# the rejected lines, each with jansson's or sentence_check's words
	assert_equal "$(cut -d: -f3 <<< "$stderr" | paste -sd ' ')" \
		'10 12 13 14 15 16 17 18 19 20 21 25 26'
	assert_equal "$(wc -l < fast.rej)" 13
}

@test "parley-quotes keeps the line as it was, blanks and escapes included" {
	run --separate-stderr parley-quotes "$FIXTURES/fastpath/records.jsonl"
	assert_failure 65
	# a line with blanks keeps them, up to its last '}'
	assert_equal "${lines[2]%%,\"quotes\":*}" \
		"$(sed -n 3p "$FIXTURES/fastpath/records.jsonl" | sed 's/} *$//')"
	# escapes are not decoded in the line written
	assert_equal "${lines[3]%%,\"quotes\":*}" \
		"$(sed -n 4p "$FIXTURES/fastpath/records.jsonl" | sed 's/}$//')"
	# a record that had "quotes" is re-encoded by jansson
	assert_equal "$(jq -c '[.z, (.quotes | length), .quotes[0].kind]' <<< "${lines[5]}")" \
		'[1,1,"partial"]'
}

@test "parley-quotes gives code points of escaped text, the same either way" {
	run --separate-stderr parley-quotes "$FIXTURES/fastpath/records.jsonl"
	assert_failure 65
	# "Zelenskyy’s aide said 😀 it was été/done." (\u escapes, a pair)
	assert_equal "$(jq -c 'select(.doc == "e1" and .sent == 3) | .quotes[] | [.speaker, .speaker_start, .speaker_end, .text]' <<< "$output")" \
		'["Zelenskyy’s aide",96,112,"😀 it was été/done"]'
}

@test "--strict stops at the same line with and without the fast path" {
	same_both_ways quotes "$FIXTURES/fastpath/records.jsonl" --strict
	assert_equal "$status" 65
	assert_equal "$(cut -d: -f3 <<< "$stderr")" 10
}

@test "parley-quotes runs clean under valgrind on the edge cases, either way" {
	command -v valgrind > /dev/null || skip "valgrind is not installed"
	valgrind -q parley-quotes --version > /dev/null 2>&1 ||
		skip "parley-quotes does not run under valgrind (a sanitizer build?)"
	for fast in "" --no-fast-path; do
		run --separate-stderr valgrind -q --error-exitcode=99 --leak-check=full \
			--errors-for-leak-kinds=definite,indirect,possible \
			parley-quotes $fast "$FIXTURES/fastpath/records.jsonl"
		assert_failure 65
	done
}

@test "an integer too big for jansson is rejected alike by every record stage" {
	# 24 digits: a fast reader must not overflow on it (a sanitizer build
	# stops at signed overflow) and must leave it to jansson
	jq -c '.n = 0' "$FIXTURES/hardening/good-sentence.jsonl" |
		sed 's/"n":0/"n":123456789012345678901234/' > big.jsonl
	cat "$FIXTURES/hardening/good-sentence.jsonl" >> big.jsonl
	for stage in quotes actors issues; do
		same_both_ways "$stage" big.jsonl
		assert_equal "$status" 65
		assert_equal "${stderr%%: too big integer*}" \
			"parley-$stage: big.jsonl:1: invalid JSON at column 131"
		assert_equal "${#lines[@]}" 1
	done
}

# issues-speed10

# edge_records - records for parley-issues' fast path: escapes, ’ and a
# closing quote where its 16- and 32-byte steps meet, backslash runs before
# a quote, integers and keys of every length the shapes hold, keys in a
# new order, and a last line cut after a comma (no newline)
edge_records() {
	local n x
	for n in $(seq 0 40); do
		x=$(printf "%${n}s" '' | tr ' ' x)
		printf '{"doc":"a%d","start":0,"end":%d,"text":"%s\\" ceasefire"}\n' "$n" $((n + 11)) "$x"
		printf '{"doc":"b%d","start":0,"end":%d,"text":"%s’ land","quotes":[{"text":"%s’","start":0}]}\n' \
			"$n" $((n + 6)) "$x" "$x"
		printf '{"doc":"c%d","start":0,"end":%d,"text":"%s\\\\\\\\\\""}\n' "$n" $((n + 3)) "$x"
		printf '{"doc":"d%d","start":0,"end":%d,"text":"%s\\\\"}\n' "$n" $((n + 1)) "$x"
		printf '{"doc":"e%d","start":0,"end":%d,"text":"%s"}\n' "$n" "$n" "$x"
	done
	cat <<-'END'
	{"doc":"f1","sent":123456789012345,"start":0,"end":4,"text":"land"}
	{"doc":"f2","sent":1234567890123456,"start":0,"end":4,"text":"land"}
	{"doc":"f3","sent":00,"start":0,"end":4,"text":"land"}
	{"doc":"f4","sent":-0,"start":0,"end":4,"text":"land"}
	{"doc":"f5","sent":1.5,"start":0,"end":4,"text":"land"}
	{"doc":"f6","sent":1e5,"start":0,"end":4,"text":"land"}
	{"doc":"f7","sent":1E5,"start":0,"end":4,"text":"land"}
	{"doc":"f8","sent":-12,"start":0,"end":4.0,"text":"land"}
	{"doc":"g1","start":0,"end":4,"text":"land","quotes":[{"speaker_start":1,"speaker_startx":2,"text":"land","a\"b":3}]}
	{"doc":"g2","start":0,"end":4,"text":"land","quotes":[{"speaker_start":1,"speaker_startx":2,"text":"land","a\"b":3}]}
	{"doc":"g3","start":0,"end":4,"text":"land","quotes":[{"speaker_start":1,"text":"land","speaker_startx":2}]}
	{"doc":"g4","start":0,"end":4,"text":"land","quotes":[{"speaker_start":1,"text":"land"},{"speaker_start":1,"text":"land","z":1,"y":2}]}
	{"doc":"g5","start":0,"end":4,"text":"land","quotes":[{"speaker_start":1,"text":"land","z":1,"z":2}]}
	{"doc":"g6","start":0,"end":4,"text":"land","quotes":[{"text":"land"},{"speaker_start":1}]}
	{"end":4,"doc":"g7","text":"land","start":0}
	{"end":4,"doc":"g8","text":"land","start":0,"end":4}
	END
	printf '%s' '{"doc":"h","start":0,"end":4,"text":"land",'
}

@test "parley-issues reads the edges of its fast path as jansson does: 16- and 32-byte steps, backslashes, integers, key orders, a cut line" {
	printf '%s\n' 'issue c | C | c' '	phrase ceasefire' 'issue l | L | l' '	phrase land' > edge.txt
	edge_records > edge.jsonl
	same_both_ways issues edge.jsonl --dict edge.txt
	[ "$(grep -c '"issues"' fast.out)" -eq 216 ]
	[ "$(wc -l < fast.rej)" -eq 6 ]
}
