#!/usr/bin/env bats
# parley-quotes reads words by two paths: runs of ASCII letters and digits
# eight bytes at a time, looked up by their packed bytes (words up to 16
# bytes), and everything else (non-ASCII letters, curly apostrophes,
# combining marks, joined words, odd bytes) by the general path. These
# sentences cross from one to the other; each quote is printed with its
# offsets in code points, so a word cut in the wrong place, a word the
# lexicon no longer finds or a byte counted as a code point fails.

# shellcheck disable=SC1111,SC1112 # the curly marks are the test data

load test_helper

setup() {
	cd "$BATS_TEST_TMPDIR" || exit
}

# found TEXT - the quotes of a one-document article of TEXT, one a line:
# kind|content|cue|speaker|start-end|cue_start-cue_end|speaker_start-speaker_end
found() {
	jq -n -c --arg t "$1" '{doc: "t", text: $t}' > doc.jsonl
	parley-split doc.jsonl > sentences.jsonl
	parley-quotes sentences.jsonl > out.jsonl || return
	jq -r '.quotes[] | [.kind, .text, (.cue // "-"), (.speaker // "-"),
	    "\(.start)-\(.end)", "\(.cue_start)-\(.cue_end)",
	    "\(.speaker_start)-\(.speaker_end)"] | join("|")' out.jsonl
}

# expect TEXT LINE... - found TEXT prints exactly the LINEs
expect() {
	local text=$1
	shift
	run found "$text"
	assert_success
	assert_output "$(printf '%s\n' "$@")"
}

@test "a name with a non-ASCII letter is one word, counted in code points" {
	expect 'Müller said the talks were over.' \
		'indirect|the talks were over|said|Müller|12-31|7-11|0-6'
	expect 'Ángel Gurría said the talks were over.' \
		'indirect|the talks were over|said|Ángel Gurría|18-37|13-17|0-12'
}

@test "a combining mark stays inside its word" {
	expect $'Mu\xcc\x88ller said the talks were over.' \
		$'indirect|the talks were over|said|Mu\xcc\x88ller|13-32|8-12|0-7'
}

@test "a non-ASCII letter inside the content keeps the word whole" {
	expect 'Peskov said the naïve talks were over.' \
		'indirect|the naïve talks were over|said|Peskov|12-37|7-11|0-6'
}

@test "a curly apostrophe joins a possessive to its speaker" {
	expect 'Russia’s foreign minister said the talks were over.' \
		'indirect|the talks were over|said|Russia’s foreign minister|31-50|26-30|0-25'
}

@test "cue words of 8 and of 9 to 16 bytes are found in the lexicon" {
	expect 'Peskov insisted the talks were over.' \
		'indirect|the talks were over|insisted|Peskov|16-35|7-15|0-6'
	expect 'Peskov acknowledged that the talks were over.' \
		'indirect|the talks were over|acknowledged|Peskov|25-44|7-19|0-6'
}

@test "a speaker noun of 15 bytes is found in lower and in upper case" {
	expect 'The representatives insisted the talks were over.' \
		'indirect|the talks were over|insisted|The representatives|29-48|20-28|0-19'
	expect 'The REPRESENTATIVES insisted the talks were over.' \
		'indirect|the talks were over|insisted|The REPRESENTATIVES|29-48|20-28|0-19'
}

@test "words longer than 16 bytes are read whole" {
	expect 'Peskov described the talks as counterproductive.' \
		'indirect|the talks as counterproductive|described|Peskov|17-47|7-16|0-6'
	expect 'The administrationsrepresentatives said the talks were over.' \
		'indirect|the talks were over|said|The administrationsrepresentatives|40-59|35-39|0-34'
}

@test "a word all in capitals is read as one (a cue, a transcript label)" {
	expect 'PESKOV SAID the talks were over.' \
		'indirect|the talks were over|SAID|PESKOV|12-31|7-11|0-6'
	expect '“PESKOV: We will see what happens next.”' \
		'direct|PESKOV: We will see what happens next.|:|PESKOV|1-39|7-8|1-7'
}

@test "hyphens, ampersands, dots and commas join the parts of a word" {
	expect 'Vice-President Vance said the talks were over.' \
		'indirect|the talks were over|said|Vice-President Vance|26-45|21-25|0-20'
	expect 'AT&T said the talks were over.' \
		'indirect|the talks were over|said|AT&T|10-29|5-9|0-4'
	expect 'U.S. officials said the talks were over.' \
		'indirect|the talks were over|said|U.S. officials|20-39|15-19|0-14'
	expect 'Peskov said the talks were over by 2,000 votes, 4.5 points.' \
		'indirect|the talks were over by 2,000 votes, 4.5 points|said|Peskov|12-58|7-11|0-6'
}

@test "white space beyond ASCII separates words (no-break space, line separator)" {
	expect $'Peskov\xc2\xa0said the talks were over.' \
		'indirect|the talks were over|said|Peskov|12-31|7-11|0-6'
	expect $'Peskov said the talks were \xe2\x80\x9cover\xe2\x80\xa8soon\xe2\x80\x9d.' \
		$'partial|over\xe2\x80\xa8soon|said|Peskov|28-37|7-11|0-6'
}

@test "odd bytes end a word without breaking the sentence" {
	expect $'Peskov said the talks were over\xef\xbb\xbf.' \
		'indirect|the talks were over|said|Peskov|12-31|7-11|0-6'
	expect $'Peskov said the talks were ov\x7fer.' \
		$'indirect|the talks were ov\x7fer|said|Peskov|12-32|7-11|0-6'
}

@test "a word at the very end of the text is read to its last byte" {
	expect 'Peskov said the talks were over' \
		'indirect|the talks were over|said|Peskov|12-31|7-11|0-6'
	expect 'Peskov said the talks were over in 2024' \
		'indirect|the talks were over in 2024|said|Peskov|12-39|7-11|0-6'
}

@test "a word is looked up whole: a cue followed by a non-ASCII letter is none" {
	# "told" alone would be a cue here ("told reporters ...")
	expect 'Peskov toldé reporters the talks were over. Lavrov said it was fine.' \
		'indirect|it was fine|said|Lavrov|56-67|51-55|44-50'
}

@test "a hyphen joins an ASCII part to a non-ASCII one in a speaker's name" {
	expect 'Smith-Álvarez said the talks were over.' \
		'indirect|the talks were over|said|Smith-Álvarez|19-38|14-18|0-13'
	expect 'Al-Ñasr officials said the talks were over.' \
		'indirect|the talks were over|said|Al-Ñasr officials|23-42|18-22|0-17'
}
