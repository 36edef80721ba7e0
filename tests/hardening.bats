#!/usr/bin/env bats
# The bad-input matrix (issue 8) over every record stage: no crash, no hang,
# a message with file:line, the bad line kept verbatim in --rejects, every
# good record processed, count in = count out + count rejected.

load test_helper

# The stages that read records, and what a good input record is for each.
RECORD_STAGES="split quotes actors issues aggregate"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# good_input STAGE N - a good record of document dN for STAGE
good_input() {
	if [ "$1" = split ]; then
		jq -c --arg d "d$2" '.doc = $d' "$FIXTURES"/hardening/good-doc.jsonl
	elif [ "$1" = aggregate ]; then
		jq -c --arg d "d$2" '.doc = $d' "$FIXTURES"/hardening/good-enriched.jsonl
	else
		jq -c --arg d "d$2" '.doc = $d' "$FIXTURES"/hardening/good-sentence.jsonl
	fi
}

# need_stage STAGE - skip when the stage is not built
need_stage() {
	command -v "parley-$1" > /dev/null || skip "parley-$1 is not built"
}

# check_bad_line STAGE MESSAGE BAD_LINE_FILE - runs STAGE on good, bad,
# good and checks status, message, rejects and the good records' output.
check_bad_line() {
	local stage=$1 message=$2 bad=$3
	{ good_input "$stage" 1; cat "$bad"; good_input "$stage" 2; } > in.jsonl
	run --separate-stderr "parley-$stage" --rejects rej.jsonl in.jsonl
	assert_equal "$status" 65
	assert_equal "${stderr_lines[0]%%: ${message}*}" "parley-$stage: in.jsonl:2"
	assert_equal "${#stderr_lines[@]}" 1
	cmp rej.jsonl "$bad"
	if [ "$stage" != aggregate ]; then
		assert_equal "$(jq -r .doc <<<"$output" | sort -u | paste -sd,)" "d1,d2"
	fi
	if [ "$stage" = quotes ] || [ "$stage" = actors ] || [ "$stage" = issues ]; then
		assert_equal "${#lines[@]}" 2
	fi
}

# bad_line_case NAME MESSAGE PRINTF_FORMAT - one matrix row over every stage
bad_line_case() {
	local message=$1 format=$2 stage
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		# shellcheck disable=SC2059
		printf "$format\n" > bad.jsonl
		check_bad_line "$stage" "$message" bad.jsonl
	done
}

@test "every record stage is built" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage"
	done
}

@test "a line that is not JSON is rejected with file:line by every stage" {
	bad_line_case "invalid JSON" 'hello'
}

@test "a JSON array or number instead of an object is rejected by every stage" {
	bad_line_case "record is an array, not a JSON object" '[1,2]'
	bad_line_case "record is a number, not a JSON object" '42'
}

@test "invalid UTF-8 (overlong, surrogate, truncated) is rejected by every stage" {
	bad_line_case "invalid JSON" '{"doc":"d9","text":"\xC0\xAF"}'
	bad_line_case "invalid JSON" '{"doc":"d9","text":"\xED\xA0\x80"}'
	bad_line_case "invalid JSON" '{"doc":"d9","text":"\xE2\x80"}'
}

@test "a NUL inside a string, escaped or raw, is rejected by every stage" {
	bad_line_case "invalid JSON" '{"doc":"d9","text":"a\\u0000b"}'
	bad_line_case "invalid JSON" '{"doc":"d9","text":"a\000b"}'
}

@test "duplicate keys and absurdly deep nesting are rejected by every stage" {
	bad_line_case "invalid JSON" '{"doc":"d9","doc":"d8","text":"x"}'
	deep=$(printf '%.0s[' $(seq 3000))$(printf '%.0s]' $(seq 3000))
	bad_line_case "invalid JSON" "{\"doc\":\"d9\",\"text\":\"x\",\"u\":$deep}"
}

@test "a record without doc is rejected by every stage" {
	bad_line_case "missing field 'doc'" '{"text":"x","start":0,"end":1}'
}

@test "a field of the wrong type is rejected by every stage" {
	bad_line_case "field 'doc' is a number, not a string" '{"doc":5,"text":"x","start":0,"end":1}'
}

@test "empty input and whitespace-only input give no output and exit 0" {
	: > empty.jsonl
	printf '  \n\t\n\n' > blank.jsonl
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		run --separate-stderr "parley-$stage" empty.jsonl blank.jsonl
		assert_success
		assert_equal "$stderr" ""
	done
}

@test "CRLF line ends and a byte-order mark give the same output as plain lines" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		{ good_input "$stage" 1; good_input "$stage" 2; } > plain.jsonl
		{ printf '\xEF\xBB\xBF'; sed 's/$/\r/' plain.jsonl; } > crlf.jsonl
		"parley-$stage" plain.jsonl > plain.out
		"parley-$stage" crlf.jsonl > crlf.out
		cmp plain.out crlf.out
	done
}

@test "a truncated last line is rejected and what came before is kept" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		{ good_input "$stage" 1; good_input "$stage" 2 | head -c 20; } > trunc.jsonl
		run --separate-stderr "parley-$stage" --rejects rej.jsonl trunc.jsonl
		assert_equal "$status" 65
		assert_equal "${stderr_lines[0]%%: invalid JSON*}" "parley-$stage: trunc.jsonl:2"
		assert_equal "$(cat rej.jsonl)" "$(good_input "$stage" 2 | head -c 20)"
	done
}

@test "--strict stops at the first bad line with exit 65" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		{ good_input "$stage" 1; echo 'oops'; good_input "$stage" 2; } > in.jsonl
		run --separate-stderr "parley-$stage" --strict in.jsonl
		assert_equal "$status" 65
		refute_output --partial '"d2"'
	done
}

@test "writing to a full disk exits 74 with a message" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		good_input "$stage" 1 > in.jsonl
		run --separate-stderr bash -c '"$1" in.jsonl > /dev/full' _ "parley-$stage"
		assert_equal "$status" 74
		assert_equal "$stderr" "parley-$stage: write error on standard output: No space left on device"
	done
}

@test "a downstream head ends every stage quietly" {
	need_stage split
	for i in $(seq 3000); do good_input split "$i"; done > docs.jsonl
	run --separate-stderr bash -c 'parley-split docs.jsonl | head -1 | jq -r .doc'
	assert_equal "$output" "d1"
	assert_equal "$stderr" ""
}

@test "the pipeline survives a 200 MB single-line document" {
	for stage in $RECORD_STAGES; do need_stage "$stage"; done
	{ printf '{"doc":"big","text":"'; head -c 200000000 /dev/zero | tr '\0' 'a'; printf '"}\n'; } > big.jsonl
	run --separate-stderr bash -c 'set -o pipefail; parley-split big.jsonl | parley-quotes | parley-actors | parley-issues > out.jsonl'
	assert_success
	assert_equal "$(jq -c '[.doc, .start, .end, (.quotes|length)]' out.jsonl)" '["big",0,200000000,0]'
}

@test "the pipeline handles a million tiny documents" {
	for stage in $RECORD_STAGES; do need_stage "$stage"; done
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "{\"doc\":\"d%d\",\"text\":\"Hi.\"}\n", i }' > many.jsonl
	run --separate-stderr bash -c 'set -o pipefail; parley-split many.jsonl | parley-quotes | parley-actors | parley-issues | wc -l'
	assert_success
	assert_equal "$output" "1000000"
}

@test "the pipeline handles a document of 100,000 sentences" {
	for stage in $RECORD_STAGES; do need_stage "$stage"; done
	awk 'BEGIN { printf "{\"doc\":\"long\",\"text\":\""; for (i = 0; i < 100000; i++) printf "Putin said talks were over %d times. ", i; print "\"}" }' > long.jsonl
	run --separate-stderr bash -c 'set -o pipefail; parley-split long.jsonl | parley-quotes | parley-actors | parley-issues > out.jsonl'
	assert_success
	assert_equal "$(wc -l < out.jsonl)" 100000
	assert_equal "$(jq -s 'map(.quotes | length) | add' out.jsonl)" 100000
}

@test "a 1 MB quotation is found whole" {
	for stage in $RECORD_STAGES; do need_stage "$stage"; done
	awk 'BEGIN { printf "{\"doc\":\"q\",\"text\":\"“"; for (i = 0; i < 100000; i++) printf "peace now "; print "now,” Putin said.\"}" }' > q.jsonl
	run --separate-stderr bash -c 'set -o pipefail; parley-split q.jsonl | parley-quotes | parley-actors | parley-issues > out.jsonl'
	assert_success
	assert_equal "$(jq -c '.quotes[] | [.kind, (.text | length), .speaker, .actor]' out.jsonl)" '["direct",1000004,"Putin","putin"]'
}

@test "unbalanced quotation marks everywhere neither crash nor hang any stage" {
	for stage in $RECORD_STAGES; do need_stage "$stage"; done
	awk 'BEGIN { srand(7); split("“ ” ‘ ’ \\\" '"'"' « »", m, " "); printf "{\"doc\":\"u\",\"text\":\"";
	       for (i = 0; i < 20000; i++) printf "%s word%s %s", m[int(rand() * 8) + 1], (i % 9 ? "" : "."), (i % 50 ? "" : "\\n"); print "\"}" }' > u.jsonl
	jq -e . u.jsonl > /dev/null
	run --separate-stderr timeout 60 bash -c 'set -o pipefail; parley-split u.jsonl | parley-quotes | parley-actors | parley-issues | parley-aggregate > out.jsonl'
	assert_success
}

@test "a catastrophic actors pattern on a long line of a's ends fast with a limit error" {
	need_stage actors
	{ printf '{"doc":"d","start":0,"end":200000,"text":"'; head -c 199999 /dev/zero | tr '\0' a; printf '!"}\n'
	  printf '%s\n' '{"doc":"e","start":0,"end":19,"text":"Vladimir Putin won."}'; } > in.jsonl
	t0=$(date +%s%N)
	run --separate-stderr timeout 60 parley-actors --dict "$FIXTURES/hardening/hostile-actors.txt" in.jsonl
	ms=$((($(date +%s%N) - t0) / 1000000))
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-actors: document 'd': a search was cut short by a pcre2 limit; its actors may be incomplete"
	assert_equal "${#lines[@]}" 2
	assert_equal "$(jq -c '[.doc, .actors]' <<< "${lines[0]}")" '["d",[]]'
	assert_equal "$(jq -c '[.doc, [.actors[].id]]' <<< "${lines[1]}")" '["e",["putin"]]'
	# well under a second in a normal build; sanitizers and valgrind are slower
	[ "$ms" -lt 10000 ]
}

# Regression tests for what the fuzzers found (tests/fuzz/; issue 8). The
# bugs were undefined behaviour that only `make sanitize` shows, so these
# tests fail under it, not in a normal build.

@test "documents without any quotation mark or quote are read by parley-quotes (fuzz-quotes, make sanitize: qsort of none)" {
	need_stage quotes
	run --separate-stderr parley-quotes "$FIXTURES/hardening/fuzz-quotes-no-marks.jsonl"
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c '[.doc, (.quotes | length)]' <<< "$output")" '["fz0",0]
["fz",1]'
	assert_equal "$(jq -c '.quotes[] | [.kind, .text, .cue, .speaker]' <<< "$output")" '["indirect","it was over","said","Peskov"]'
}

@test "a reporting clause with nothing before it, at a document's first token, is read (fuzz-quotes, ASan: read before the tokens)" {
	need_stage quotes
	run --separate-stderr parley-quotes "$FIXTURES/hardening/fuzz-quotes-nothing-before.jsonl"
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c '[.doc, .sent, (.quotes | map(.start >= 0 and .end <= 8) | all)]' <<< "$output")" '["fz",0,true]
["fz",1,true]'
}

@test "two cues whose contents hold each other do not send parley-quotes round for ever (fuzz-quotes: stack overflow with --beliefs)" {
	need_stage quotes
	run --separate-stderr parley-quotes --beliefs "$FIXTURES/hardening/fuzz-quotes-cue-cycle.jsonl"
	assert_success
	assert_equal "$stderr" ""
	# expect's belief is inside the content of envisioned: part of that report
	assert_equal "$(jq -c '.quotes[] | [.kind, .cue, .speaker]' <<< "$output")" '["partial","envisioned","R"]'
}

@test "a colon cue whose content is one word is read without looking the colon up as a word (fuzz-quotes, ASan: read before the lexicon's words)" {
	need_stage quotes
	run --separate-stderr parley-quotes "$FIXTURES/hardening/fuzz-quotes-colon-cue.jsonl"
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c '.quotes[] | [.kind, .text, .cue, .speaker]' <<< "$output")" '["indirect","seven",":","DF"]'
}

@test "an issues dictionary whose only entry begins with punctuation tags (fuzz-issues-dict: qsort of none)" {
	need_stage issues
	run --separate-stderr parley-issues --dict "$FIXTURES/hardening/fuzz-issues-anywhere.txt" \
		"$FIXTURES/hardening/fuzz-issues-anywhere.jsonl"
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c '[.text, .issues]' <<< "$output")" '["Nothing to see",[]]
["Then: !now",["bang"]]'
}

@test "an issues dictionary of one-letter phrases and [a-z]{3} loads fast and tags as before (fuzz-issues-dict: slow unit)" {
	need_stage issues
	t0=$(date +%s%N)
	run --separate-stderr timeout 120 parley-issues --dict "$FIXTURES/hardening/fuzz-issues-slow-build.txt" \
		"$FIXTURES/hardening/fuzz-issues-slow-build.jsonl"
	ms=$((($(date +%s%N) - t0) / 1000000))
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c '[.text, .issues]' <<< "$output")" '["I saw a cat.",["letters","words"]]
["Peace talks",[]]
["x-rays",["letters"]]'
	# 13 s of CPU before the fix; well under a second now, slower under sanitizers
	[ "$ms" -lt 5000 ]
}

@test "an issues regex that breaks out of its group is refused with file:line (fuzz-issues-dict: exit 70)" {
	need_stage issues
	run --separate-stderr parley-issues --check "$FIXTURES/hardening/fuzz-issues-breakout.txt"
	assert_equal "$status" 65
	assert_equal "$output" ""
	assert_equal "$stderr" "parley-issues: $FIXTURES/hardening/fuzz-issues-breakout.txt:7: bad pattern at offset 5: unmatched closing parenthesis"
}

@test "issues entries that cannot share one pcre2 alternation still tag (a group name twice, 3000 phrases alike)" {
	need_stage issues
	printf '%s\n' '{"doc":"d","start":0,"end":15,"text":"Pearls, no more"}' \
		'{"doc":"d","start":16,"end":42,"text":"Peace talks round number7."}' > in.jsonl
	run --separate-stderr parley-issues --dict "$FIXTURES/hardening/fuzz-issues-dupnames.txt" in.jsonl
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c .issues <<< "$output")" '["x"]
["x"]'
	{ echo 'issue talks | Talks | round after round'
	  for i in $(seq 3000); do printf '\tphrase peace talks round number%s\n' "$i"; done; } > big.txt
	run --separate-stderr parley-issues --dict big.txt in.jsonl
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -c .issues <<< "$output")" '[]
["talks"]'
}

# record8: the record reader reads blocks (read(2)) and hands lines out in
# place; these hold it to what getline gave.

# padded_input STAGE N - N good records of STAGE (documents d1..dN), each
# with an unknown member "pad" of a length that varies from 0 to 3,000
# bytes (and 150,000 for record 7), so that the reader's blocks of 64 KiB
# end at every kind of place in a line
padded_input() {
	good_input "$1" 1 | jq -c --argjson n "$2" '. as $r | range(1; $n + 1) |
		$r + { doc: "d\(.)", pad: ("p" * (if . == 7 then 150000 else . * 997 % 3000 end)) }'
}

@test "lines of any length are read whole across the reader's blocks, from a file or a pipe" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		padded_input "$stage" 400 > padded.jsonl
		jq -c 'del(.pad)' padded.jsonl > plain.jsonl
		"parley-$stage" padded.jsonl > file.out
		cat padded.jsonl | "parley-$stage" > pipe.out
		cmp file.out pipe.out
		if [ "$stage" = aggregate ]; then
			"parley-$stage" plain.jsonl | cmp - file.out
		else
			assert_equal "$(jq -r .doc file.out | uniq | wc -l)" 400
			cmp <(jq -c 'del(.pad)' file.out) <("parley-$stage" plain.jsonl | jq -c .)
		fi
	done
}

@test "a rejected line of a CRLF file goes to the rejects file with its CR" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		{ good_input "$stage" 1; echo '{"doc":'; good_input "$stage" 2; } | sed 's/$/\r/' > crlf.jsonl
		run --separate-stderr "parley-$stage" --rejects rej.jsonl crlf.jsonl
		assert_equal "$status" 65
		assert_equal "${stderr_lines[0]%%: invalid JSON*}" "parley-$stage: crlf.jsonl:2"
		cmp rej.jsonl <(printf '{"doc":\r\n')
	done
}

@test "a file's last line without a newline ends with the file; line numbers start again in the next" {
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		good_input "$stage" 1 | head -c -1 > one.jsonl
		{ good_input "$stage" 2; printf 'oops'; } > two.jsonl
		run --separate-stderr "parley-$stage" --rejects rej.jsonl one.jsonl two.jsonl
		assert_equal "$status" 65
		assert_equal "$stderr" "parley-$stage: two.jsonl:2: invalid JSON at column 4: invalid token near 'oops'"
		cmp rej.jsonl <(echo oops)
		if [ "$stage" != aggregate ]; then
			assert_equal "$(jq -r .doc <<<"$output" | uniq | paste -sd,)" "d1,d2"
		fi
	done
}

@test "an input that cannot be read (a directory) is reported and the others are read" {
	mkdir dir
	for stage in $RECORD_STAGES; do
		command -v "parley-$stage" > /dev/null || continue
		good_input "$stage" 1 > one.jsonl
		run --separate-stderr "parley-$stage" dir one.jsonl
		assert_equal "$status" 66
		assert_equal "$stderr" "parley-$stage: dir: read error: Is a directory"
		"parley-$stage" one.jsonl | cmp - <(printf '%s\n' "$output")
	done
}
