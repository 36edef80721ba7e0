#!/usr/bin/env bats
# parley-ingest: plain-text articles to document records.

load test_helper

setup() {
	cd "$BATS_TEST_TMPDIR"
}

@test "ingest makes one record per file with doc, text, date and title" {
	run --separate-stderr parley-ingest --date 2025-04-23 "$FIXTURES"/seeds/000_c57ef8b43f332ce7.txt
	assert_success
	assert_equal "$(jq -r .doc <<<"$output")" "000_c57ef8b43f332ce7"
	assert_equal "$(jq -r .date <<<"$output")" "2025-04-23"
	assert_equal "$(jq -r .title <<<"$output")" "US ‘could walk away’ from peace talks if Ukraine and Russia don’t give up land, warns JD Vance"
	jq -j .text <<<"$output" > text
	cmp text "$FIXTURES"/seeds/000_c57ef8b43f332ce7.txt
}

@test "ingest keeps the text byte for byte so code-point offsets match the file" {
	parley-ingest --date 2025-04-23 "$FIXTURES"/seeds/*.txt > docs.jsonl
	run jq -r '.doc' docs.jsonl
	assert_output "$(printf '%s\n' 000_c57ef8b43f332ce7 001_170d018892ab2280 002_c8a227c999383b0e 003_a12f1123640493cf 004_787fc37a2c284b61)"
	for f in "$FIXTURES"/seeds/*.txt; do
		id=$(basename "$f" .txt)
		jq -j --arg id "$id" 'select(.doc == $id) | .text' docs.jsonl > text
		cmp text "$f"
	done
}

@test "ingest sets source when --source is given and omits it otherwise" {
	run parley-ingest --date 2025-04-23 --source LBC "$FIXTURES"/seeds/000_c57ef8b43f332ce7.txt
	assert_success
	assert_equal "$(jq -r .source <<<"$output")" "LBC"
	run parley-ingest --date 2025-04-23 "$FIXTURES"/seeds/000_c57ef8b43f332ce7.txt
	assert_equal "$(jq -r 'has("source")' <<<"$output")" "false"
}

@test "ingest takes the date from the file's modification time without --date" {
	cp "$FIXTURES"/seeds/001_170d018892ab2280.txt art.txt
	touch -d '2024-02-29 12:00' art.txt
	run parley-ingest art.txt
	assert_success
	assert_equal "$(jq -r .date <<<"$output")" "2024-02-29"
}

@test "ingest refuses a malformed --date with a usage error" {
	run --separate-stderr parley-ingest --date 2025-13-45 "$FIXTURES"/seeds/000_c57ef8b43f332ce7.txt
	assert_failure 64
	assert_equal "$stderr" "parley-ingest: --date: '2025-13-45' is not a date YYYY-MM-DD
Try 'parley-ingest --help'."
}

@test "ingest handles names with spaces, newlines and leading dashes" {
	cp "$FIXTURES/ingest/-dash name.txt" "./-dash name.txt"
	cp "$FIXTURES/ingest/-dash name.txt" "$(printf 'new\nline.txt')"
	run --separate-stderr parley-ingest --date 2025-04-23 -- "-dash name.txt" "$(printf 'new\nline.txt')"
	assert_success
	assert_equal "$(jq -r .doc <<<"$output" | head -1)" "-dash name"
	assert_equal "$(jq -c .doc <<<"$output" | tail -1)" '"new\nline"'
	assert_equal "$(jq -r .title <<<"$output" | head -1)" "Headline here"
}

@test "ingest reads paths from --from-list, names with spaces included" {
	cp "$FIXTURES/ingest/-dash name.txt" "a b.txt"
	cp "$FIXTURES"/seeds/004_787fc37a2c284b61.txt c.txt
	printf '%s\n' "a b.txt" c.txt > list
	run --separate-stderr parley-ingest --date 2025-04-23 --from-list list
	assert_success
	assert_equal "$(jq -r .doc <<<"$output")" "$(printf 'a b\nc')"
	run --separate-stderr bash -c 'printf "%s\n" c.txt | parley-ingest --date 2025-04-23 --from-list -'
	assert_success
	assert_equal "$(jq -r .doc <<<"$output")" "c"
}

@test "ingest drops a UTF-8 byte-order mark and keeps CRLF text" {
	run parley-ingest --date 2025-04-23 "$FIXTURES"/ingest/bom.txt
	assert_success
	assert_equal "$(jq -c .text <<<"$output")" '"BOM article\r\nline two\r\n"'
	assert_equal "$(jq -r .title <<<"$output")" "BOM article"
}

@test "ingest skips a non-UTF-8, a binary and an empty file, keeps the good one and exits 65" {
	run --separate-stderr parley-ingest --date 2025-04-23 --rejects rej.jsonl \
		"$FIXTURES"/ingest/latin1.txt "$FIXTURES"/ingest/binary.bin \
		"$FIXTURES"/ingest/empty.txt "$FIXTURES"/seeds/004_787fc37a2c284b61.txt
	assert_failure 65
	assert_equal "$(jq -r .doc <<<"$output")" "004_787fc37a2c284b61"
	assert_equal "$stderr" "parley-ingest: $FIXTURES/ingest/latin1.txt: not UTF-8 text
parley-ingest: $FIXTURES/ingest/binary.bin: binary file (holds a NUL byte)
parley-ingest: $FIXTURES/ingest/empty.txt: empty file"
	run jq -r '.file + " | " + .error' rej.jsonl
	assert_output "$FIXTURES/ingest/latin1.txt | not UTF-8 text
$FIXTURES/ingest/binary.bin | binary file (holds a NUL byte)
$FIXTURES/ingest/empty.txt | empty file"
}

@test "ingest --strict stops at the first bad file" {
	run --separate-stderr parley-ingest --strict --date 2025-04-23 \
		"$FIXTURES"/ingest/latin1.txt "$FIXTURES"/seeds/004_787fc37a2c284b61.txt
	assert_failure 65
	assert_output ""
}

@test "ingest reports a missing file, goes on, and exits 66" {
	run --separate-stderr parley-ingest --date 2025-04-23 nosuch.txt "$FIXTURES"/seeds/004_787fc37a2c284b61.txt
	assert_failure 66
	assert_equal "$stderr" "parley-ingest: nosuch.txt: cannot open: No such file or directory"
	assert_equal "$(jq -r .doc <<<"$output")" "004_787fc37a2c284b61"
}

@test "ingest without input files is a usage error" {
	run --separate-stderr parley-ingest
	assert_failure 64
	assert_equal "${stderr_lines[0]}" "parley-ingest: no input files (give FILE... or --from-list)"
}

@test "ingest exits 74 with a message when the output cannot be written" {
	run --separate-stderr bash -c 'parley-ingest --date 2025-04-23 "$1" > /dev/full' _ "$FIXTURES"/seeds/004_787fc37a2c284b61.txt
	assert_failure 74
	assert_equal "$stderr" "parley-ingest: write error on standard output: No space left on device"
}

@test "ingest ends quietly when the reader goes away" {
	run --separate-stderr bash -c 'set -o pipefail; for i in $(seq 2000); do echo "$1"; done | parley-ingest --date 2025-04-23 --from-list - | head -1 | jq -r .doc' _ "$FIXTURES"/seeds/004_787fc37a2c284b61.txt
	assert_equal "$stderr" ""
	assert_equal "$output" "004_787fc37a2c284b61"
}

@test "ingest --help shows usage with an example and --version the version" {
	run parley-ingest --help
	assert_success
	assert_line --index 0 "Usage: parley-ingest [OPTION]... [FILE]..."
	assert_output --partial "Example:"
	run parley-ingest --version
	assert_success
	assert_output --regexp '^parley-ingest [0-9]+\.[0-9]+\.[0-9]+$'
}
