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

@test "a word of less than eight ASCII bytes keeps its ending, case and classes" {
	# -ly: an adverb between speaker and verb; "rally" is no adverb
	expect 'Peskov calmly said the talks were over.' \
		'indirect|the talks were over|said|Peskov|19-38|14-18|0-6'
	expect 'A rally organiser said the talks were over.' \
		'indirect|the talks were over|said|A rally organiser|23-42|18-22|0-17'
	# all capitals; a cue of seven bytes in -ed
	expect 'NATO said the talks were over.' \
		'indirect|the talks were over|said|NATO|10-29|5-9|0-4'
	expect 'Peskov claimed the talks were over.' \
		'indirect|the talks were over|claimed|Peskov|15-34|7-14|0-6'
	# endings of five bytes: an adverb, a participle before the noun
	expect 'Peskov fully said the talks were over.' \
		'indirect|the talks were over|said|Peskov|18-37|13-17|0-6'
	expect 'Many bored staff said the talks were over.' \
		'indirect|the talks were over|said|staff|22-41|17-21|11-16'
}

@test "straight single marks after and before white space pair as a quotation" {
	expect "Peskov said the talks were 'over' now." \
		'partial|over|said|Peskov|28-32|7-11|0-6'
	expect "'The talks are over,' Peskov said." \
		'direct|The talks are over,|said|Peskov|1-20|29-33|22-28'
}

@test "a paragraph without final punctuation is a headline, the last of the text too" {
	expect 'Peskov Warns the talks are over' \
		'indirect|the talks are over|Warns|Peskov|13-31|7-12|0-6'
	expect $'Peskov said it.\nPeskov Warns the talks are over' \
		'indirect|the talks are over|Warns|Peskov|29-47|23-28|16-22'
	run found 'Peskov Warns the talks are over.'
	assert_success
	assert_output ''
}

@test "words of seven, eight and nine bytes meet at the end of the eight-byte read" {
	expect 'Peskov insists the talks were over.' \
		'indirect|the talks were over|insists|Peskov|15-34|7-14|0-6'
	expect 'Peskov conceded the talks were over.' \
		'indirect|the talks were over|conceded|Peskov|16-35|7-15|0-6'
	expect 'Peskov suggested the talks were over.' \
		'indirect|the talks were over|suggested|Peskov|17-36|7-16|0-6'
}

@test "a word followed by a dot, a hyphen or a straight double mark ends there" {
	expect 'Peskov said the talks.. were over.' \
		'indirect|the talks.. were over|said|Peskov|12-33|7-11|0-6'
	expect 'Peskov said the talks were over... Then he left.' \
		'indirect|the talks were over...|said|Peskov|12-34|7-11|0-6'
	expect 'Peskov said: "The talks - and the rest -- are over."' \
		'direct|The talks - and the rest -- are over.|said|Peskov|14-51|7-11|0-6'
}

@test "sentences start after final punctuation, not after an abbreviation" {
	expect 'The talks ended, Peskov said. Then he left.' \
		'indirect|The talks ended|said|Peskov|0-15|24-28|17-23'
	expect 'Mr. Peskov said the talks were over.' \
		'indirect|the talks were over|said|Mr. Peskov|16-35|11-15|0-10'
}

@test "a quotation left open ends with its paragraph, a closed one carries on in the next" {
	expect $'Peskov said: \xe2\x80\x9cThe talks are over\nLavrov said it was fine.' \
		'direct|The talks are over|said|Peskov|14-32|7-11|0-6' \
		'indirect|it was fine|said|Lavrov|45-56|40-44|33-39'
	expect $'\xe2\x80\x9cThe talks are over,\xe2\x80\x9d Peskov said.\n\xe2\x80\x9cWe will see.\xe2\x80\x9d' \
		'direct|The talks are over,|said|Peskov|1-20|29-33|22-28' \
		'direct|We will see.|-|Peskov|36-48|null-null|22-28'
}

@test "a quote's strings are escaped and its offsets written in full, however far into the text" {
	expect '“He said "no" and \ to it,” Peskov said.' \
		'direct|He said "no" and \ to it,|said|Peskov|1-26|35-39|28-34'
	local filler
	filler=$(printf 'Filler words. %.0s' $(seq 800))
	expect "${filler}Peskov said the talks were over." \
		"indirect|the talks were over|said|Peskov|$((${#filler} + 12))-$((${#filler} + 31))|$((${#filler} + 7))-$((${#filler} + 11))|${#filler}-$((${#filler} + 6))"
}

# --- records: read by lib/jsonflat (a compact line of strings and
# numbers), else lib/jsonscan, else jansson; all must read the same ---

# records - the two sentence records of one document in the form $1:
# compact, blanks, nested, escaped (\u escapes in the text, one a
# surrogate pair), key-escaped, key-utf8
records() {
	local t0='Müller said the talks were over.' t1='“We’re done 😀,” he said.'
	case $1 in
	compact)
		printf '%s\n' "{\"doc\":\"t\",\"sent\":0,\"para\":0,\"start\":0,\"end\":32,\"text\":\"$t0\"}" \
			"{\"doc\":\"t\",\"sent\":1,\"para\":0,\"start\":33,\"end\":57,\"text\":\"$t1\"}" ;;
	blanks)
		printf '%s\n' "{ \"doc\": \"t\", \"sent\": 0, \"para\": 0, \"start\": 0, \"end\": 32, \"text\": \"$t0\" } " \
			"{\"doc\":\"t\",\"sent\":1,\"para\":0,\"start\":33,\"end\":57,\"text\":\"$t1\"}" ;;
	nested)
		printf '%s\n' "{\"doc\":\"t\",\"sent\":0,\"para\":0,\"start\":0,\"end\":32,\"text\":\"$t0\",\"x\":{\"y\":[1,true,null]}}" \
			"{\"doc\":\"t\",\"x\":[],\"sent\":1,\"para\":0,\"start\":33,\"end\":57,\"text\":\"$t1\"}" ;;
	escaped)
		printf '%s\n' '{"doc":"t","sent":0,"para":0,"start":0,"end":32,"text":"M\u00fcller said the talks were over."}' \
			'{"doc":"t","sent":1,"para":0,"start":33,"end":57,"text":"\u201cWe\u2019re done \ud83d\ude00,\u201d he said."}' ;;
	key-escaped)
		printf '%s\n' "{\"doc\":\"t\",\"sent\":0,\"para\":0,\"start\":0,\"end\":32,\"text\":\"$t0\",\"no\\u0074e\":1}" \
			"{\"doc\":\"t\",\"sent\":1,\"para\":0,\"start\":33,\"end\":57,\"text\":\"$t1\"}" ;;
	key-utf8)
		printf '%s\n' "{\"doc\":\"t\",\"sent\":0,\"para\":0,\"start\":0,\"end\":32,\"text\":\"$t0\",\"nöte\":-7}" \
			"{\"doc\":\"t\",\"sent\":1,\"para\":0,\"start\":33,\"end\":57,\"text\":\"$t1\"}" ;;
	esac
}

@test "a record in any JSON form gives the quotes of its compact form, the line kept as it was" {
	local form
	for form in compact blanks nested escaped key-escaped key-utf8; do
		records "$form" > in.jsonl
		run parley-quotes in.jsonl
		assert_success
		assert_equal "$(printf '%s\n' "$output" | jq -r '.quotes[] | [.kind, .text, .speaker,
		    "\(.start)-\(.end)", "\(.cue_start)-\(.cue_end)", "\(.speaker_start)-\(.speaker_end)"] | join("|")')" \
			"$(printf '%s\n' 'indirect|the talks were over|Müller|12-31|7-11|0-6' \
				'direct|We’re done 😀,|he|34-47|52-56|49-51')"
		# each line as it was read, with "quotes" added at its end
		assert_equal "$(printf '%s\n' "$output" | sed 's/,"quotes":.*//')" \
			"$(sed 's/} *$//' in.jsonl)"
	done
}

@test "every form of record is written the same with --no-fast-path" {
	local form
	# one document each: the first "t" of a line is its doc
	for form in compact blanks nested escaped key-escaped key-utf8; do
		records "$form" | sed "s/\"t\"/\"$form\"/"
	done > in.jsonl
	parley-quotes --no-fast-path in.jsonl > slow.jsonl
	run parley-quotes in.jsonl
	assert_success
	assert_output "$(cat slow.jsonl)"
}

@test "a line jansson refuses is rejected on the fast path too" {
	local bad rest='"sent":1,"para":0,"start":33,"end":36'
	# a repeated key, \u0000, a leading zero, a byte that is no UTF-8, a
	# raw tab, an unknown escape, a lone surrogate, a misspelt literal
	for bad in "\"doc\":\"t\",\"doc\":\"t\",$rest,\"text\":\"abc\"" \
	    "\"doc\":\"t\",$rest,\"text\":\"a\\u0000c\"" \
	    "\"doc\":\"t\",\"sent\":1,\"para\":0,\"start\":033,\"end\":36,\"text\":\"abc\"" \
	    "\"doc\":\"t\",$rest,\"text\":\"a"$'\xff'"c\"" \
	    "\"doc\":\"t\",$rest,\"text\":\"a"$'\t'"c\"" \
	    "\"doc\":\"t\",$rest,\"text\":\"a\\qc\"" \
	    "\"doc\":\"t\",$rest,\"text\":\"\\udc00bc\"" \
	    "\"doc\":\"t\",\"x\":tru,$rest,\"text\":\"abc\""; do
		{ records compact | head -1; printf '{%s}\n' "$bad"; } > in.jsonl
		run --separate-stderr parley-quotes --rejects rej.txt in.jsonl
		assert_failure 65
		[[ $stderr == *in.jsonl:2:* ]] || fail "$bad: stderr: $stderr"
		assert_equal "$(cat rej.txt)" "$(sed -n 2p in.jsonl)"
		assert_equal "$(printf '%s\n' "$output" | wc -l)" 1
	done
	# the same line well formed is read
	printf '{"doc":"t",%s,"text":"a\\u00e9c"}\n' "$rest" > in.jsonl
	run parley-quotes in.jsonl
	assert_success
	assert_output --partial '"text":"a\u00e9c","quotes":[]}'
}

# --- session 5: more fast paths (an ASCII word of less than sixteen bytes
# by one SSE2 load; a word before 's or ’s; curly marks that cannot be
# apostrophes; a stable sort of the quotes; integers, code points and
# escapes read and written sixteen bytes at a time) ---

@test "words of nine to fifteen bytes keep their case, ending and classes" {
	# all capitals (a transcript label), a cue in -ed, an adverb in -ly
	# and a participle in -ed before the speaker, each of 9 to 15 bytes
	expect '“SCHWARZENEGGER: We will see what happens next.”' \
		'direct|SCHWARZENEGGER: We will see what happens next.|:|SCHWARZENEGGER|1-47|15-16|1-15'
	expect 'Peskov acknowledged that the talks were over.' \
		'indirect|the talks were over|acknowledged|Peskov|25-44|7-19|0-6'
	expect 'Peskov repeatedly said the talks were over.' \
		'indirect|the talks were over|said|Peskov|23-42|18-22|0-6'
	expect 'Many frustrated staff said the talks were over.' \
		'indirect|the talks were over|said|staff|27-46|22-26|16-21'
}

@test "words of nine to sixteen bytes within sixteen bytes of the end are read alike" {
	# the last bytes of the text are read eight at a time
	expect 'The talks were over, Peskov acknowledged' \
		'indirect|The talks were over|acknowledged|Peskov|0-19|28-40|21-27'
	expect 'The talks were over, the representatives acknowledged' \
		'indirect|The talks were over|acknowledged|the representatives|0-19|41-53|21-40'
}

@test "a word before 's or ’s ends there; before 'S and a letter it goes on" {
	expect "Peskov's aide said the talks were over." \
		"indirect|the talks were over|said|Peskov's aide|19-38|14-18|0-13"
	expect 'Peskov’s aide said the talks were over.' \
		'indirect|the talks were over|said|Peskov’s aide|19-38|14-18|0-13'
	expect 'PESKOV’S AIDE said the talks were over.' \
		'indirect|the talks were over|said|PESKOV’S AIDE|19-38|14-18|0-13'
	expect "O'Shea said the talks were over." \
		"indirect|the talks were over|said|O'Shea|12-31|7-11|0-6"
	expect 'O’Shea said the talks were over.' \
		'indirect|the talks were over|said|O’Shea|12-31|7-11|0-6'
}

@test "curly marks before a space or punctuation are quotation marks, before a letter maybe not" {
	expect 'Peskov said the talks were ‘over’ for now.' \
		'partial|over|said|Peskov|28-32|7-11|0-6'
	expect 'Peskov said the talks were “over”, for now.' \
		'partial|over|said|Peskov|28-32|7-11|0-6'
	expect 'Peskov said the ’90s talks were over.' \
		'indirect|the ’90s talks were over|said|Peskov|12-36|7-11|0-6'
	# single marks nested in double ones: each keeps its own kind
	expect '“He said ‘no’ twice,” Peskov said.' \
		'direct|He said ‘no’ twice,|said|Peskov|1-20|29-33|22-28'
}

@test "quotes come out in the order of the text, however many a document has" {
	# each pair: an indirect quote, then a direct one (found in that
	# order only after sorting: direct quotes are made first)
	local pair='Lavrov said the talks were over. “We will see,” Peskov said. ' text= want=() k o
	for ((k = 0; k < 12; k++)); do
		text+=$pair
		o=$((k * ${#pair}))
		want+=("indirect|the talks were over|said|Lavrov|$((o + 12))-$((o + 31))|$((o + 7))-$((o + 11))|$o-$((o + 6))")
		want+=("direct|We will see,|said|Peskov|$((o + 34))-$((o + 46))|$((o + 55))-$((o + 59))|$((o + 48))-$((o + 54))")
	done
	expect "$text" "${want[@]}"
}

@test "offsets of six digits and escapes past the first sixteen bytes are written whole" {
	local filler
	filler=$(printf 'Filler words. %.0s' $(seq 7200))
	expect "${filler}Peskov said the talks were over." \
		"indirect|the talks were over|said|Peskov|$((${#filler} + 12))-$((${#filler} + 31))|$((${#filler} + 7))-$((${#filler} + 11))|${#filler}-$((${#filler} + 6))"
	# a '\', a '"' and a tab after the first sixteen bytes of the quote,
	# each alone in its sixteen
	printf '%s\n' '{"doc":"t","sent":0,"para":0,"start":0,"end":0,"text":"“The talks are over, and so\\is the deal in all the ways we know \"now\" and\tthen,” he said."}' |
		jq -c '.end = (.text | length)' > in.jsonl
	run parley-quotes in.jsonl
	assert_success
	assert_output --partial '"text":"The talks are over, and so\\is the deal in all the ways we know \"now\" and\tthen,","start":1,"end":79,'
}

@test "integers of one to ten digits and 0 are read as jansson reads them" {
	# sentences in two paragraphs: the quotation left open ends with the
	# first; in one paragraph it runs on (para: 0 and 1, two digits, nine
	# digits that differ in the last, nine and ten digits; then the same).
	# Offsets of tens, so that only "para" tells the paragraphs apart
	local p q
	for p in '0 1' '11 12' '123456788 123456789' '999999999 1000000000' '7 7' '12 12'; do
		read -r p q <<< "$p"
		printf '%s\n' "{\"doc\":\"t\",\"sent\":0,\"para\":$p,\"start\":10,\"end\":40,\"text\":\"Peskov said: “We are over now.\"}" \
			"{\"doc\":\"t\",\"sent\":1,\"para\":$q,\"start\":50,\"end\":70,\"text\":\"Lavrov said no more.\"}" > in.jsonl
		run parley-quotes in.jsonl
		assert_success
		if [ "$p" = "$q" ]; then
			assert_line --index 0 --partial '"quotes":[{"kind":"direct","text":"We are over now.          Lavrov said no more.","start":24,"end":70,'
		else
			assert_line --index 0 --partial '"quotes":[{"kind":"direct","text":"We are over now.","start":24,"end":40,'
		fi
		assert_equal "$(parley-quotes --no-fast-path in.jsonl)" "$output"
	done
}

@test "a record whose end - start is not its text's code points is rejected on the fast path too" {
	local text='“We’re done with these talks,” Peskov said of the Müller plan.' cps bytes
	cps=$(jq -n --arg t "$text" '$t | length')
	bytes=$(printf '%s' "$text" | wc -c)
	printf '{"doc":"t","sent":0,"para":0,"start":0,"end":%s,"text":"%s"}\n' "$cps" "$text" > in.jsonl
	run parley-quotes in.jsonl
	assert_success
	assert_output --partial '"quotes":[{"kind":"direct","text":"We’re done with these talks,","start":1,"end":29,'
	# the byte count instead of the code points
	printf '{"doc":"t","sent":0,"para":0,"start":0,"end":%s,"text":"%s"}\n' "$bytes" "$text" > bad.jsonl
	run --separate-stderr parley-quotes bad.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-quotes: bad.jsonl:1: 'end' - 'start' is $bytes but 'text' has $cps code points"
}

@test "cues after a closing mark, at a paragraph's start and inside a sentence are all found" {
	# cues_find tries the rules for marks and labels only after a closing
	# mark or at a paragraph's start, and the lexicon only at cue words
	expect $'“This is fantastic!” beamed Donald Hartley. “We won,” an angry Hollande retaliated. “Not yet,” said Jones. Smith said the vote was lost.\n\n“Never again.”\n\n- Bernie Sanders.' \
		'direct|This is fantastic!|beamed|Donald Hartley|1-19|21-27|28-42' \
		'direct|We won,|retaliated|an angry Hollande|45-52|72-82|54-71' \
		'direct|Not yet,|said|Jones|85-93|95-99|100-105' \
		'indirect|the vote was lost|said|Smith|118-135|113-117|107-112' \
		'direct|Never again.|-|Bernie Sanders|139-151|154-155|156-170'
}

@test "a fragment inside a report before a reporting clause is that report's, the clause reports the rest" {
	# inner_report asks each quotation for the least content start of the
	# reporting clauses after it (noted once), not every cue
	expect 'Her friends have mocked the campaign, calling Smith “a clown,” Jones said as she left.' \
		'indirect|Her friends have mocked the campaign, calling Smith “a clown,”|said|Jones|0-62|69-73|63-68' \
		'indirect|the campaign|mocked|Her friends|24-36|17-23|0-11' \
		'partial|a clown,|calling|Her friends|53-61|38-45|0-11'
}

@test "a quotation with no cue continues the nearest report before it, a fragment takes the report of its sentence" {
	# last_speaker_cue and sentence_report find the cues of a token range
	# by a binary search over the cues, which are in token order
	expect 'Jones said the talks had failed. Smith said the vote was lost. “We will try again.”' \
		'indirect|the talks had failed|said|Jones|11-31|6-10|0-5' \
		'indirect|the vote was lost|said|Smith|44-61|39-43|33-38' \
		'direct|We will try again.|-|Smith|64-82|null-null|33-38'
	# the fragment after the clause's end leaves the clause its own
	# record (quotes-recall18)
	expect 'Green noted that the mill was doomed, and “this time I fear she is right.”' \
		'indirect|the mill was doomed|noted|Green|17-36|6-11|0-5' \
		'partial|this time I fear she is right.|noted|Green|43-73|6-11|0-5'
}

# speed7

# found_with VERBS TEXT - found TEXT with the lexicon VERBS (a file)
found_with() {
	jq -n -c --arg t "$2" '{doc: "t", text: $t}' > doc.jsonl
	parley-split doc.jsonl > sentences.jsonl
	parley-quotes --verbs "$1" sentences.jsonl > out.jsonl || return
	jq -r '.quotes[] | [.kind, .text, (.cue // "-"), (.speaker // "-"),
	    "\(.start)-\(.end)", "\(.cue_start)-\(.cue_end)",
	    "\(.speaker_start)-\(.speaker_end)"] | join("|")' out.jsonl
}

@test "a longer lexicon phrase is tried before a shorter one with its first word; one form's entries in file order" {
	# the entries are sorted by one stable counting sort (first word,
	# longer phrases first), not qsort
	printf 'say|says|said\thczqiw\nwarn|warns|warned\tc\nwarn of|warns of|warned of\tn\n' > verbs.txt
	run found_with verbs.txt 'Smith warned of a crisis. Jones warned that the deal was dead.'
	assert_success
	assert_output "$(printf '%s\n' 'indirect|a crisis|warned of|Smith|16-24|6-15|0-5' \
		'indirect|the deal was dead|warned|Jones|44-61|32-38|26-31')"
	printf 'tell|tells|told\tn\ntell|tells|told\toc\n' > verbs.txt
	run found_with verbs.txt 'Smith told reporters that the vote was lost.'
	assert_success
	assert_output 'indirect|reporters that the vote was lost|told|Smith|11-43|6-10|0-5'
	printf 'tell|tells|told\toc\ntell|tells|told\tn\n' > verbs.txt
	run found_with verbs.txt 'Smith told reporters that the vote was lost.'
	assert_success
	assert_output 'indirect|the vote was lost|told reporters|Smith|26-43|6-20|0-5'
}

@test "a document's quotes are its own, whatever document came before it" {
	# the per-token cue index is cleared only where the document before
	# set it: a mark left over cuts a content at a comma
	local f="$FIXTURES/split/seeds-sentences.jsonl" a b pair
	for pair in '003_a12f1123640493cf 000_c57ef8b43f332ce7' \
	    '004_787fc37a2c284b61 001_170d018892ab2280' \
	    '000_c57ef8b43f332ce7 003_a12f1123640493cf'; do
		read -r a b <<< "$pair"
		jq -c --arg d "$b" 'select(.doc == $d)' "$f" > alone.jsonl
		{ jq -c --arg d "$a" 'select(.doc == $d)' "$f"; cat alone.jsonl; } > both.jsonl
		parley-quotes alone.jsonl > alone.out
		parley-quotes both.jsonl | jq -c --arg d "$b" 'select(.doc == $d)' > both.out
		assert_equal "$(jq -c . alone.out)" "$(cat both.out)"
		assert_equal "$(jq '[.quotes[]] | length' alone.out | paste -sd+ | bc)" \
			"$(jq '[.quotes[]] | length' both.out | paste -sd+ | bc)"
	done
}

@test "a cue and a speaker followed at once by a byte to escape are written alone; escapes at every place of sixteen" {
	# quote strings are written sixteen bytes at a time, read past their
	# end: the bytes after the string are no part of it
	printf '%s\n' '{"doc":"t","sent":0,"para":0,"start":0,"end":31,"text":"“We won,” Lavrov\tsaid\tand left."}' > in.jsonl
	run parley-quotes in.jsonl
	assert_success
	assert_output --partial '"cue":"said","cue_start":17,"cue_end":21,"speaker":"Lavrov","speaker_start":10,"speaker_end":16,'
	local k text want
	for k in 0 1 7 14 15 16 17 30 31 32; do
		want="$(head -c "$k" /dev/zero | tr '\0' a)\\$(head -c 20 /dev/zero | tr '\0' b)	c"
		text="“${want},” Peskov said."
		jq -n -c --arg t "$text" '{doc: "t", sent: 0, para: 0, start: 0, end: ($t | length), text: $t}' > in.jsonl
		run parley-quotes in.jsonl
		assert_success
		assert_equal "$(jq -r '.quotes[0].text' <<< "$output")" "${want},"
		assert_equal "$(jq -r '.quotes[0].cue' <<< "$output")" 'said'
	done
}

@test "a word the general path reads is found in the lexicon, of up to 8 and of 9 to 16 bytes, in any case" {
	# word_info reads a joined word eight bytes at a time: its flags,
	# its lower-case form and its key
	printf 'say|says|said\thczqiw\nre-tell|re-tells|re-told\tn\nre-state|re-states|re-stated\tc\n' > verbs.txt
	run found_with verbs.txt 'Smith re-told the story. Jones re-stated that the vote was lost. Lee Re-Stated that the war was over. LEE RE-STATED THAT THE WAR WAS OVER.'
	assert_success
	assert_output "$(printf '%s\n' 'indirect|the story|re-told|Smith|14-23|6-13|0-5' \
		'indirect|the vote was lost|re-stated|Jones|46-63|31-40|25-30' \
		'indirect|the war was over|Re-Stated|Lee|84-100|69-78|65-68' \
		'indirect|THE WAR WAS OVER|RE-STATED|LEE|121-137|106-115|102-105')"
}

@test "a record whose last string has a mark, an escape or a non-ASCII letter near the line's end reads alike both ways" {
	# lib/jsonflat reads the last fewer than sixteen bytes of a line by
	# one load of its last sixteen
	local k tail
	: > in.jsonl
	for k in 0 1 2 5 13 14 15 16 17; do
		tail=$(head -c "$k" /dev/zero | tr '\0' x)
		printf '{"doc":"d%s","sent":0,"para":0,"start":0,"end":25,"text":"Smith said it was over.ü.","note":"%s\\"%sü"}\n' \
			"$k" "$tail" "$tail" >> in.jsonl
		printf '{"doc":"e%s","sent":0,"para":0,"start":0,"end":25,"text":"Smith said it was over.ü.","note":"ü%s"}\n' \
			"$k" "$tail" >> in.jsonl
		printf '{"doc":"f%s","sent":0,"para":0,"start":0,"end":%s,"text":"Smith said it %s."}\n' \
			"$k" "$((15 + k))" "$tail" >> in.jsonl
	done
	same_both_ways quotes in.jsonl
	assert_success
	assert_equal "$(grep -c '"quotes":\[{"kind":"indirect","text":"it ' fast.out)" 26
}
