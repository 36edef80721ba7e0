#!/usr/bin/env bats
# parley-split: document records to sentence records (issue 2).
#
# The splitting cases are data: tests/fixtures/split/golden-rules.jsonl
# (the English "Golden Rules" of pySBD / pragmatic_segmenter, with their
# expected sentences), news-cases.jsonl (the phenomena of issue 2) and
# seeds-sentences.jsonl (every sentence record of the five seed articles).

load test_helper

SPLIT=$FIXTURES/split

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# split_case FILE KEY N - splits the text of case N (field KEY) of FILE and
# checks the sentences exactly (the case's "parley" list when it has one,
# else "sentences"), the paragraphs when it lists "paras", and that each
# sentence is the document's text at its code-point offsets.
split_case() {
	local file=$SPLIT/$1 key=$2 n=$3
	jq -c --arg k "$key" --argjson n "$n" 'select(.[$k] == $n)' "$file" > case.json
	[ -s case.json ] || fail "no case $key $n in $1"
	jq -c '{doc: "t", text}' case.json > in.jsonl
	run --separate-stderr parley-split in.jsonl
	assert_success
	assert_equal "$stderr" ""
	printf '%s\n' "$output" > out.jsonl
	assert_equal "$(jq -c -s 'map(.text)' out.jsonl)" "$(jq -c '.parley // .sentences' case.json)"
	if [ "$(jq 'has("paras")' case.json)" = true ]; then
		assert_equal "$(jq -c -s 'map(.para)' out.jsonl)" "$(jq -c '.paras' case.json)"
	fi
	assert_equal "$(jq -s -c --slurpfile d in.jsonl \
		'map(select(.text != ($d[0].text[.start:.end])))' out.jsonl)" "[]"
}

# seed_docs - the document records of the five seed articles
seed_docs() {
	jsonl_docs "$FIXTURES"/seeds/*.txt
}

@test "golden rule 1: simple period to end sentence" {
	split_case golden-rules.jsonl rule 1
}

@test "golden rule 2: question mark to end sentence" {
	split_case golden-rules.jsonl rule 2
}

@test "golden rule 3: exclamation point to end sentence" {
	split_case golden-rules.jsonl rule 3
}

@test "golden rule 4: one letter upper case abbreviations" {
	split_case golden-rules.jsonl rule 4
}

@test "golden rule 5: one letter lower case abbreviations" {
	split_case golden-rules.jsonl rule 5
}

@test "golden rule 6: two letter lower case abbreviations in the middle of a sentence" {
	split_case golden-rules.jsonl rule 6
}

@test "golden rule 7: two letter upper case abbreviations in the middle of a sentence" {
	split_case golden-rules.jsonl rule 7
}

@test "golden rule 8: two letter lower case abbreviations at the end of a sentence" {
	split_case golden-rules.jsonl rule 8
}

@test "golden rule 9: two letter upper case abbreviations at the end of a sentence" {
	split_case golden-rules.jsonl rule 9
}

@test "golden rule 10: two letter (prepositive) abbreviations" {
	split_case golden-rules.jsonl rule 10
}

@test "golden rule 11: two letter (prepositive & postpositive) abbreviations" {
	split_case golden-rules.jsonl rule 11
}

@test "golden rule 12: possesive two letter abbreviations" {
	split_case golden-rules.jsonl rule 12
}

@test "golden rule 13: multi-period abbreviations in the middle of a sentence" {
	split_case golden-rules.jsonl rule 13
}

@test "golden rule 14: multi-period abbreviations at the end of a sentence" {
	split_case golden-rules.jsonl rule 14
}

@test "golden rule 15: u.s. as sentence boundary" {
	split_case golden-rules.jsonl rule 15
}

@test "golden rule 16: u.s. as non sentence boundary with next word capitalized" {
	split_case golden-rules.jsonl rule 16
}

@test "golden rule 17: u.s. as non sentence boundary" {
	split_case golden-rules.jsonl rule 17
}

@test "golden rule 18: a.m. / p.m. as non sentence boundary and sentence boundary" {
	split_case golden-rules.jsonl rule 18
}

@test "golden rule 19: number as non sentence boundary" {
	split_case golden-rules.jsonl rule 19
}

@test "golden rule 20: number as sentence boundary" {
	split_case golden-rules.jsonl rule 20
}

@test "golden rule 21: parenthetical inside sentence" {
	split_case golden-rules.jsonl rule 21
}

@test "golden rule 22: email addresses" {
	split_case golden-rules.jsonl rule 22
}

@test "golden rule 23: web addresses" {
	split_case golden-rules.jsonl rule 23
}

@test "golden rule 24: single quotations inside sentence" {
	split_case golden-rules.jsonl rule 24
}

@test "golden rule 25: double quotations inside sentence" {
	split_case golden-rules.jsonl rule 25
}

@test "golden rule 26: double quotations at the end of a sentence" {
	split_case golden-rules.jsonl rule 26
}

@test "golden rule 27: double punctuation (exclamation point)" {
	split_case golden-rules.jsonl rule 27
}

@test "golden rule 28: double punctuation (question mark)" {
	split_case golden-rules.jsonl rule 28
}

@test "golden rule 29: double punctuation (exclamation point / question mark)" {
	split_case golden-rules.jsonl rule 29
}

@test "golden rule 30: double punctuation (question mark / exclamation point)" {
	split_case golden-rules.jsonl rule 30
}

@test "golden rule 31: list (period followed by parens and no period to end item)" {
	split_case golden-rules.jsonl rule 31
}

@test "golden rule 32: list (period followed by parens and period to end item)" {
	split_case golden-rules.jsonl rule 32
}

@test "golden rule 33: list (parens and no period to end item)" {
	split_case golden-rules.jsonl rule 33
}

@test "golden rule 34: list (parens and period to end item)" {
	split_case golden-rules.jsonl rule 34
}

@test "golden rule 35: list (period to mark list and no period to end item)" {
	split_case golden-rules.jsonl rule 35
}

@test "golden rule 36: list (period to mark list and period to end item)" {
	split_case golden-rules.jsonl rule 36
}

@test "golden rule 37: list with bullet" {
	split_case golden-rules.jsonl rule 37
}

@test "golden rule 38: list with hypthen" {
	split_case golden-rules.jsonl rule 38
}

@test "golden rule 39: alphabetical list" {
	split_case golden-rules.jsonl rule 39
}

@test "golden rule 40: errant newlines in the middle of sentences (pdf)" {
	split_case golden-rules.jsonl rule 40
}

@test "golden rule 41: errant newlines in the middle of sentences" {
	split_case golden-rules.jsonl rule 41
}

@test "golden rule 42: lower case list separated by newline" {
	split_case golden-rules.jsonl rule 42
}

@test "golden rule 43: geo coordinates" {
	split_case golden-rules.jsonl rule 43
}

@test "golden rule 44: named entities with an exclamation point" {
	split_case golden-rules.jsonl rule 44
}

@test "golden rule 45: i as a sentence boundary and i as an abbreviation" {
	split_case golden-rules.jsonl rule 45
}

@test "golden rule 46: ellipsis at end of quotation" {
	split_case golden-rules.jsonl rule 46
}

@test "golden rule 47: ellipsis with square brackets" {
	split_case golden-rules.jsonl rule 47
}

@test "golden rule 48: ellipsis as sentence boundary (standard ellipsis rules)" {
	split_case golden-rules.jsonl rule 48
}

@test "golden rule 49: ellipsis as sentence boundary (non-standard ellipsis rules)" {
	split_case golden-rules.jsonl rule 49
}

@test "golden rule 50: ellipsis as non sentence boundary" {
	split_case golden-rules.jsonl rule 50
}

@test "golden rule 51: 4-dot ellipsis" {
	split_case golden-rules.jsonl rule 51
}

@test "golden rule 52: no whitespace in between sentences" {
	split_case golden-rules.jsonl rule 52
}

@test "golden rule 53: roman numeral list" {
	split_case golden-rules.jsonl rule 53
}

@test "golden rule 54: ellipsis with square brackets (period inside the quotation)" {
	split_case golden-rules.jsonl rule 54
}

@test "news: titles before names" {
	split_case news-cases.jsonl case 1
}

@test "news: ranks and offices before names" {
	split_case news-cases.jsonl case 2
}

@test "news: Pres., St., Mt. before names" {
	split_case news-cases.jsonl case 3
}

@test "news: Jr. in the middle of a sentence" {
	split_case news-cases.jsonl case 4
}

@test "news: an abbreviation that ends the sentence" {
	split_case news-cases.jsonl case 5
}

@test "news: Inc. Corp. Ltd. inside sentences" {
	split_case news-cases.jsonl case 6
}

@test "news: a company abbreviation before a title" {
	split_case news-cases.jsonl case 7
}

@test "news: vs. e.g. i.e. etc. inside a sentence" {
	split_case news-cases.jsonl case 8
}

@test "news: etc. at a sentence end" {
	split_case news-cases.jsonl case 9
}

@test "news: approx., No., pp. and months before numbers" {
	split_case news-cases.jsonl case 10
}

@test "news: a month abbreviation at a sentence end" {
	split_case news-cases.jsonl case 11
}

@test "news: No. as a word" {
	split_case news-cases.jsonl case 12
}

@test "news: initials J.D. and Donald J." {
	split_case news-cases.jsonl case 13
}

@test "news: U.S. at a sentence end before a proper noun" {
	split_case news-cases.jsonl case 14
}

@test "news: U.K., E.U., U.N. at sentence ends" {
	split_case news-cases.jsonl case 15
}

@test "news: U.S. before a title and before a number" {
	split_case news-cases.jsonl case 16
}

@test "news: a.m. and p.m. mid-sentence and at the end" {
	split_case news-cases.jsonl case 17
}

@test "news: a.m. and p.m. before lowercase" {
	split_case news-cases.jsonl case 18
}

@test "news: money, percentages, decimals, thousands" {
	split_case news-cases.jsonl case 19
}

@test "news: a number at a sentence end" {
	split_case news-cases.jsonl case 20
}

@test "news: URL and e-mail address" {
	split_case news-cases.jsonl case 21
}

@test "news: file names" {
	split_case news-cases.jsonl case 22
}

@test "news: three-dot ellipsis ending a sentence" {
	split_case news-cases.jsonl case 23
}

@test "news: ellipsis character inside and at the end" {
	split_case news-cases.jsonl case 24
}

@test "news: ellipsis before lowercase" {
	split_case news-cases.jsonl case 25
}

@test "news: ? and ! with lowercase after" {
	split_case news-cases.jsonl case 26
}

@test "news: multiple punctuation" {
	split_case news-cases.jsonl case 27
}

@test "news: a question in quotation marks, then the speaker" {
	split_case news-cases.jsonl case 28
}

@test "news: a question in quotation marks, then a named speaker and a cue" {
	split_case news-cases.jsonl case 29
}

@test "news: a sentence ending inside the closing quotation mark" {
	split_case news-cases.jsonl case 30
}

@test "news: comma inside the quotation, then the cue" {
	split_case news-cases.jsonl case 31
}

@test "news: several sentences inside one quotation" {
	split_case news-cases.jsonl case 32
}

@test "news: single quotes and apostrophes" {
	split_case news-cases.jsonl case 33
}

@test "news: parentheses with full stops" {
	split_case news-cases.jsonl case 34
}

@test "news: brackets with an abbreviation" {
	split_case news-cases.jsonl case 35
}

@test "news: a numbered list, one item a line" {
	split_case news-cases.jsonl case 36
}

@test "news: a lettered list in parentheses" {
	split_case news-cases.jsonl case 37
}

@test "news: a roman list with v. after iv." {
	split_case news-cases.jsonl case 38
}

@test "news: a dateline with an agency" {
	split_case news-cases.jsonl case 39
}

@test "news: a dateline with a month" {
	split_case news-cases.jsonl case 40
}

@test "news: a dateline ending in D.C. before a dash" {
	split_case news-cases.jsonl case 41
}

@test "news: headline, byline and debris lines" {
	split_case news-cases.jsonl case 42
}

@test "news: a byline glued to the outlet's name" {
	split_case news-cases.jsonl case 43
}

@test "news: a domain name glued to the first sentence" {
	split_case news-cases.jsonl case 44
}

@test "news: a related-article headline between paragraphs" {
	split_case news-cases.jsonl case 45
}

@test "news: a line break ends a sentence without final punctuation" {
	split_case news-cases.jsonl case 46
}

@test "news: a lowercase continuation line joins the sentence and the paragraph" {
	split_case news-cases.jsonl case 47
}

@test "news: blank lines make no paragraphs" {
	split_case news-cases.jsonl case 48
}

@test "news: CRLF line ends" {
	split_case news-cases.jsonl case 49
}

@test "news: Cyrillic and accented capitals start sentences" {
	split_case news-cases.jsonl case 50
}

@test "news: a time or place before a weekday or time zone" {
	split_case news-cases.jsonl case 51
}

@test "news: no-break spaces and tabs are spaces" {
	split_case news-cases.jsonl case 52
}

# ---- the seed articles ----

# seed_case DOC - the sentences of seed article DOC are exactly the
# expected records (text, offsets, paragraphs, fields)
seed_case() {
	seed_docs > docs.jsonl
	run --separate-stderr parley-split docs.jsonl
	assert_success
	assert_equal "$stderr" ""
	printf '%s\n' "$output" | jq -c --arg d "$1" 'select(.doc == $d)' > got.jsonl
	jq -c --arg d "$1" 'select(.doc == $d)' "$SPLIT/seeds-sentences.jsonl" > want.jsonl
	[ -s want.jsonl ]
	diff -u want.jsonl got.jsonl
}

@test "seed 000: headline, glued byline, debris lines, a quotation opened by ' and closed by ”" {
	seed_case 000_c57ef8b43f332ce7
	assert_equal "$(jq -r 'select(.sent <= 5) | .text' got.jsonl)" "$(cat <<'TXT'
US ‘could walk away’ from peace talks if Ukraine and Russia don’t give up land, warns JD Vance
by Josef Al Shemary · LBC
By Josef Al Shemary
US vice president JD Vance has said Moscow and Kyiv must strike a deal to end the war in Ukraine or the US will ‘walk away’.
Listen to this article
Loading audio...
TXT
)"
	assert_equal "$(jq -r 'select(.sent == 14 or .sent == 15) | .text' got.jsonl)" "$(cat <<'TXT'
Putin open to direct peace talks with Ukraine as Trump pushes for deal this week
"Stopping the killing is the number one task.
TXT
)"
}

@test "seed 001: sentences ending inside closing quotation marks, several to a paragraph" {
	seed_case 001_170d018892ab2280
	assert_equal "$(jq -r 'select(.para == 4) | .text' got.jsonl)" "$(cat <<'TXT'
According to the official, an alternative in the form of NATO membership for Ukraine “is incredibly unlikely.”
Ukraine has demanded accession to the US-led military bloc whereas Moscow views Kiev’s NATO aspirations as a root cause of the ongoing conflict.
TXT
)"
}

@test "seed 002: a quotation left open at a paragraph's end ends its sentence there" {
	seed_case 002_c8a227c999383b0e
	assert_equal "$(jq -r 'select(.sent == 1) | .text' got.jsonl)" \
		"Speaking just before today’s peace talks in Saudi Arabia, Rubio said Ukraine must be willing to accept that it cannot recapture all the territory lost so far from the three-year invasion and be “prepared to do difficult things, like the Russians …"
}

@test "seed 003: the site name glued to the first sentence is a sentence of its own" {
	seed_case 003_a12f1123640493cf
	assert_equal "$(jq -r 'select(.sent <= 2) | "\(.para) \(.text)"' got.jsonl)" "$(cat <<'TXT'
0 Deadlock in London: Ministerial Talks Canceled as US Suggests Ukraine-Russia Land Swap
1 · novinite.com
1 Kremlin spokesman Dmitry Peskov commented on the failure of the planned foreign minister-level peace talks on Ukraine, originally scheduled to be held in London.
TXT
)"
}

@test "seed 004: a blank line makes no paragraph; J.D. Vance and 6,000 stay inside sentences" {
	seed_case 004_787fc37a2c284b61
	assert_equal "$(jq -r 'select(.sent <= 1) | "\(.para) \(.start) \(.end)"' got.jsonl)" "$(printf '0 0 59\n1 61 271')"
	assert_equal "$(jq -r 'select(.sent == 5) | .text' got.jsonl)" \
		"“One issue is territorial,” Vance stated, adding: “The Russians want about 6,000 or so square kilometers that they have not yet conquered through military force."
}

@test "every seed sentence is its document's text at its code-point offsets, with nothing lost" {
	seed_docs > docs.jsonl
	parley-split docs.jsonl > out.jsonl
	# text == document text[start:end], sent counts from 0, offsets grow
	run jq -n -r --slurpfile d docs.jsonl --slurpfile s out.jsonl '
		($d | map({(.doc): .text}) | add) as $t
		| $s | group_by(.doc)[] | . as $g
		| [range(length) | select($g[.].sent != .)] as $badsent
		| [$g[] | select(.text != $t[.doc][.start:.end] or (.text | test("^\\s|\\s$")))] as $badtext
		| [range(1; length) | select($g[.].start < $g[. - 1].end)] as $overlap
		| "\($g[0].doc) \($badsent | length) \($badtext | length) \($overlap | length)"'
	assert_success
	assert_equal "$(printf '%s\n' "$output" | awk '$2 + $3 + $4 > 0')" ""
	assert_equal "${#lines[@]}" 5
	# every non-space character of each document is in one of its sentences
	assert_equal "$(jq -r '.text | gsub("\\s"; "")' docs.jsonl)" \
		"$(jq -s -r 'group_by(.doc)[] | map(.text) | join("") | gsub("\\s"; "")' out.jsonl)"
}

# ---- records ----

@test "a sentence record has doc, sent, para, start, end, text, then the document's fields in order" {
	seed_docs | head -1 > doc.jsonl
	run --separate-stderr parley-split doc.jsonl
	assert_success
	assert_equal "$(printf '%s\n' "$output" | jq -c 'keys_unsorted' | sort -u)" \
		'["doc","sent","para","start","end","text","date","title"]'
}

@test "unknown fields pass through unchanged; the stage's own fields replace the document's" {
	printf '%s\n' '{"doc":"d1","lang":"en","text":"One. Two.","meta":{"x":[1,2.5,null,true]},"n":3,"sent":99,"start":"x","é":"ü"}' > in.jsonl
	run --separate-stderr parley-split in.jsonl
	assert_success
	assert_equal "$output" "$(cat <<'OUT'
{"doc":"d1","sent":0,"para":0,"start":0,"end":4,"text":"One.","lang":"en","meta":{"x":[1,2.5,null,true]},"n":3,"é":"ü"}
{"doc":"d1","sent":1,"para":0,"start":5,"end":9,"text":"Two.","lang":"en","meta":{"x":[1,2.5,null,true]},"n":3,"é":"ü"}
OUT
)"
}

@test "escapes are decoded, offsets count code points, and output is escaped as jansson does" {
	printf '%s\n' '{"doc":"d\u00e9","text":"Caf\u00e9 \"ok\" \\ \/ \ud83d\ude00 \u0007.\nNext\tline.","x":"a\u2019b"}' > in.jsonl
	run --separate-stderr parley-split in.jsonl
	assert_success
	assert_equal "$output" "$(cat <<'OUT'
{"doc":"dé","sent":0,"para":0,"start":0,"end":18,"text":"Café \"ok\" \\ / 😀 \u0007.","x":"a’b"}
{"doc":"dé","sent":1,"para":1,"start":19,"end":29,"text":"Next\tline.","x":"a’b"}
OUT
)"
}

@test "the fast reader and jansson give the same bytes" {
	{
		seed_docs
		jq -c '{doc: (.rule | tostring), text, n: .rule, tags: [.name]}' "$SPLIT/golden-rules.jsonl"
		printf '%s\n' '{"doc":"e","text":"A \u201cquote.\u201d\r\nB\u00a0C.","z":"\ud834\udd1e"}'
		printf '%s\n' ' { "doc" : "s" , "text" : "Spaced out. Record." } '
	} > in.jsonl
	parley-split in.jsonl > fast.jsonl
	parley-split --no-fast-path in.jsonl > slow.jsonl
	[ "$(wc -l < fast.jsonl)" -gt 150 ]
	cmp fast.jsonl slow.jsonl
}

@test "on damaged documents the fast reader keeps, rejects and reports exactly what jansson does" {
	# 400 short documents with a byte changed, bytes cut out, or a member
	# added of another type (null, -1, 1.5, [], {}, a lone surrogate, \u0000...)
	run --separate-stderr parley-split --rejects fast.rej "$SPLIT/damaged.jsonl"
	assert_failure 65
	printf '%s\n' "$output" > fast.out
	printf '%s\n' "$stderr" > fast.err
	run --separate-stderr parley-split --no-fast-path --rejects slow.rej "$SPLIT/damaged.jsonl"
	assert_failure 65
	assert_equal "$output" "$(cat fast.out)"
	assert_equal "$stderr" "$(cat fast.err)"
	cmp fast.rej slow.rej
	[ "$(wc -l < fast.out)" -gt 300 ]
	[ "$(wc -l < fast.rej)" -gt 50 ]
}

@test "a document with empty or blank text has no sentences and is not rejected" {
	printf '%s\n' '{"doc":"e","text":""}' '{"doc":"w","text":" \n\t \r\n "}' '{"doc":"x","text":"Hi."}' > in.jsonl
	run --separate-stderr parley-split in.jsonl
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(jq -r .doc <<<"$output")" "x"
}

@test "the same input gives the same output" {
	seed_docs > docs.jsonl
	parley-split docs.jsonl > a.jsonl
	parley-split < docs.jsonl > b.jsonl
	cmp a.jsonl b.jsonl
}

# ---- bad input ----

# bad_line MESSAGE LINE - good, LINE, good: LINE is reported as in.jsonl:2
# with MESSAGE, kept verbatim in the rejects, both good documents split,
# exit 65; and count in = count out + count rejected.
bad_line() {
	local message=$1
	{ echo '{"doc":"g1","text":"First. Second."}'; printf '%s\n' "$2"; echo '{"doc":"g2","text":"Third."}'; } > in.jsonl
	printf '%s\n' "$2" > bad.jsonl
	run --separate-stderr parley-split --rejects rej.jsonl in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-split: in.jsonl:2: $message"
	cmp rej.jsonl bad.jsonl
	assert_equal "$(jq -r .text <<<"$output")" "$(printf 'First.\nSecond.\nThird.')"
	assert_equal "$(( $(jq -r .doc <<<"$output" | sort -u | wc -l) + $(wc -l < rej.jsonl) ))" 3
}

@test "a line that is not JSON is rejected with file and line" {
	bad_line "invalid JSON at column 5: invalid token near 'hello'" 'hello'
}

@test "JSON that is not an object is rejected" {
	bad_line "record is an array, not a JSON object" '[1,2]'
	bad_line "record is a string, not a JSON object" '"text"'
}

@test "invalid UTF-8 is rejected" {
	bad_line "invalid JSON at column 19: unable to decode byte 0xc0 near '\"'" "$(printf '{"doc":"x","text":"\xC0\xAF"}')"
	bad_line "invalid JSON at column 21: unable to decode byte 0xed near '\"ab'" "$(printf '{"doc":"x","text":"ab\xED\xA0\x80"}')"
}

@test "a missing or non-string text or doc is rejected" {
	bad_line "missing field 'text'" '{"doc":"x","txt":"A."}'
	bad_line "field 'text' is a number, not a string" '{"doc":"x","text":5}'
	bad_line "field 'text' is null, not a string" '{"doc":"x","text":null}'
	bad_line "missing field 'doc'" '{"text":"A."}'
	bad_line "field 'doc' is an array, not a string" '{"doc":["x"],"text":"A."}'
}

@test "NUL bytes, raw or escaped, are rejected" {
	bad_line "invalid JSON at column 27: \\u0000 is not allowed without JSON_ALLOW_NUL near '\"a\\u0000\"'" '{"doc":"x","text":"a\u0000"}'
	printf '{"doc":"x","text":"a\000b"}\n' > nul.jsonl
	{ echo '{"doc":"g1","text":"First."}'; cat nul.jsonl; } > in.jsonl
	run --separate-stderr parley-split --rejects rej.jsonl in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-split: in.jsonl:2: invalid JSON at column 20: control character 0x0 near '\"a'"
	cmp rej.jsonl nul.jsonl
	assert_equal "$(jq -r .text <<<"$output")" "First."
}

@test "duplicate keys are rejected, also by the fast reader" {
	bad_line "invalid JSON at column 29: duplicate object key near '\"text\"'" '{"doc":"x","text":"A.","text":"B."}'
}

@test "a truncated last line is rejected and the records before it are split" {
	{ echo '{"doc":"g1","text":"First."}'; printf '{"doc":"g2","text":"Sec'; } > in.jsonl
	run --separate-stderr parley-split --rejects rej.jsonl in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-split: in.jsonl:2: invalid JSON at column 23: premature end of input near '\"Sec'"
	assert_equal "$(cat rej.jsonl)" '{"doc":"g2","text":"Sec'
	assert_equal "$(jq -r .text <<<"$output")" "First."
}

@test "an empty file and a blank file give nothing and exit 0" {
	: > empty.jsonl
	printf '\n  \n\t\n' > blank.jsonl
	run --separate-stderr parley-split empty.jsonl blank.jsonl
	assert_success
	assert_equal "$output" ""
	assert_equal "$stderr" ""
}

@test "a 50 MB line is split when good and kept verbatim when bad" {
	# a good 50 MB document: 1,000,000 sentences of 50 bytes
	awk 'BEGIN { printf "{\"doc\":\"big\",\"text\":\""; for (i = 0; i < 1000000; i++) printf "Sentence number %08d of the big document here. ", i; print "\"}" }' > big.jsonl
	[ "$(wc -c < big.jsonl)" -gt 50000000 ]
	run --separate-stderr bash -c 'parley-split big.jsonl | wc -l'
	assert_success
	assert_equal "$output" 1000000
	# the same line cut short: rejected, copied whole, the rest goes on
	{ head -c 50000000 big.jsonl; echo; echo '{"doc":"g","text":"After."}'; } > bad.jsonl
	run --separate-stderr parley-split --rejects rej.jsonl bad.jsonl
	assert_failure 65
	assert_equal "${stderr%%: premature*}" "parley-split: bad.jsonl:1: invalid JSON at column 50000000"
	cmp rej.jsonl <(head -c 50000000 big.jsonl; echo)
	assert_equal "$(jq -r .text <<<"$output")" "After."
}

@test "--strict stops at the first bad line with exit 65, keeping what came before" {
	{ echo '{"doc":"g1","text":"First. Second."}'; echo 'oops'; echo '{"doc":"g2","text":"Third."}'; echo 'bad'; } > in.jsonl
	run --separate-stderr parley-split --strict in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-split: in.jsonl:2: invalid JSON at column 4: invalid token near 'oops'"
	assert_equal "$(jq -r .text <<<"$output")" "$(printf 'First.\nSecond.')"
	echo '{"doc":"g1"}' > in.jsonl
	run --separate-stderr parley-split --strict in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-split: in.jsonl:1: missing field 'text'"
}

@test "an input that cannot be opened is reported (66) and the others are still split" {
	echo '{"doc":"g1","text":"First."}' > in.jsonl
	run --separate-stderr parley-split nope.jsonl in.jsonl
	assert_failure 66
	assert_equal "$stderr" "parley-split: cannot open 'nope.jsonl': No such file or directory"
	assert_equal "$(jq -r .text <<<"$output")" "First."
}

# ---- command line, output errors ----

@test "usage: --help with an example, --version, a bad option is 64" {
	run parley-split --help
	assert_success
	assert_line "Usage: parley-split [OPTION]... [FILE]..."
	assert_line --partial "parley-ingest --date 2025-04-23 articles/*.txt | parley-split"
	run parley-split --version
	assert_success
	assert_output --regexp '^parley-split [0-9]+\.[0-9]+\.[0-9]+$'
	run --separate-stderr parley-split --bogus
	assert_failure 64
	assert_equal "${stderr_lines[-1]}" "Try 'parley-split --help'."
}

@test "the example of --help works" {
	run bash -c "echo '{\"doc\":\"d1\",\"text\":\"Mr. Smith left at 5 p.m. He was tired.\"}' | parley-split | jq -r .text"
	assert_success
	assert_equal "$output" "$(printf 'Mr. Smith left at 5 p.m.\nHe was tired.')"
}

@test "a write error exits 74 with a message" {
	seed_docs > docs.jsonl
	run --separate-stderr bash -c 'parley-split docs.jsonl > /dev/full'
	assert_failure 74
	assert_equal "$stderr" "parley-split: write error on standard output: No space left on device"
}

@test "a closed pipe downstream ends quietly" {
	seed_docs > docs.jsonl
	for i in $(seq 200); do cat docs.jsonl; done > many.jsonl
	run --separate-stderr bash -c 'parley-split many.jsonl | head -1 > /dev/null; echo "${PIPESTATUS[0]}"'
	assert_success
	assert_output --regexp '^(0|141)$'
	assert_equal "$stderr" ""
}

# ---- data files ----

@test "--abbreviations replaces the list: a listed title keeps its name" {
	echo '{"doc":"d","text":"I met Foo. Bar there."}' > in.jsonl
	run parley-split in.jsonl
	assert_equal "$(jq -r .text <<<"$output")" "$(printf 'I met Foo.\nBar there.')"
	printf '# test list\nFoo.\ttitle\n' > abbr.txt
	run parley-split --abbreviations abbr.txt in.jsonl
	assert_success
	assert_equal "$(jq -r .text <<<"$output")" "I met Foo. Bar there."
}

@test "--starters and --continuers replace their lists" {
	echo '{"doc":"d","text":"Did you see Albert I. Jones? I work for the U.S. Government."}' > in.jsonl
	run parley-split in.jsonl
	assert_equal "$(jq -r .text <<<"$output")" "$(printf 'Did you see Albert I. Jones?\nI work for the U.S. Government.')"
	echo Jones > starters.txt
	echo Army > continuers.txt
	run parley-split --starters starters.txt --continuers continuers.txt in.jsonl
	assert_success
	assert_equal "$(jq -r .text <<<"$output")" "$(printf 'Did you see Albert I.\nJones?\nI work for the U.S.\nGovernment.')"
}

@test "a mistake in a data file is refused with file, line and reason" {
	printf 'Mr.\ttitle\nMrs\ttitle\nDr.\tperson\nMr.\tfinal\nSt.\n' > abbr.txt
	echo '{"doc":"d","text":"A."}' > in.jsonl
	run --separate-stderr parley-split --abbreviations abbr.txt in.jsonl
	assert_failure 65
	assert_equal "$output" ""
	assert_equal "$stderr" "$(cat <<'ERR'
parley-split: abbr.txt:2: 'Mrs' does not end with '.'
parley-split: abbr.txt:3: unknown kind 'person' (title, inner, number, final, place or time)
parley-split: abbr.txt:4: 'Mr' is listed twice
parley-split: abbr.txt:5: unknown kind '' (title, inner, number, final, place or time)
ERR
)"
	printf 'The\nNew York\n' > starters.txt
	run --separate-stderr parley-split --starters starters.txt in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-split: starters.txt:2: more than one word on the line"
	run --separate-stderr parley-split --continuers nope.txt in.jsonl
	assert_failure 66
	assert_equal "$stderr" "parley-split: cannot open 'nope.txt': No such file or directory"
}

@test "the default data files are found through PARLEY_DATADIR" {
	mkdir dict
	cp "$TOP"/lib/dict/abbreviations.txt "$TOP"/lib/dict/split-starters.txt dict/
	echo '{"doc":"d","text":"A."}' > in.jsonl
	run --separate-stderr env PARLEY_DATADIR="$PWD/dict" parley-split in.jsonl
	assert_failure 66
	assert_equal "$stderr" "parley-split: cannot open '$PWD/dict/split-continuers.txt': No such file or directory"
	cp "$TOP"/lib/dict/split-continuers.txt dict/
	run --separate-stderr env PARLEY_DATADIR="$PWD/dict" parley-split in.jsonl
	assert_success
}

@test "parley-split runs clean under valgrind" {
	command -v valgrind > /dev/null || skip "valgrind is not installed"
	valgrind -q parley-split --version > /dev/null 2>&1 ||
		skip "parley-split does not run under valgrind (a sanitizer build?)"
	{
		seed_docs
		jq -c '{doc: (.case | tostring), text}' "$SPLIT/news-cases.jsonl"
		echo 'bad'
		echo '{"doc":"x","text":"\u00e9t\u00e9. \u201cOui.\u201d","n":[1]}'
	} > in.jsonl
	for fast in "" --no-fast-path; do
		run --separate-stderr valgrind -q --error-exitcode=99 --leak-check=full \
			--errors-for-leak-kinds=definite,indirect,possible parley-split $fast in.jsonl
		assert_failure 65
	done
}

# split9
# Boundaries that cut a report from its speaker or cue (issue 3): each rule
# with sentences it must keep whole and sentences that must still split.

# splits_into TEXT SENTENCE... - TEXT splits into exactly the SENTENCEs
splits_into() {
	local text=$1
	shift
	jq -nc --arg t "$text" '{doc: "t", text: $t}' > in.jsonl
	run --separate-stderr parley-split in.jsonl
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(printf '%s\n' "$output" | jq -c -s 'map(.text)')" \
		"$(jq -nc '$ARGS.positional' --args "$@")"
}

@test "split9: a middle initial P. keeps the name whole; P. before a page number stays" {
	splits_into 'The letter was signed by Martin P. Holloway, a vice president.' \
		'The letter was signed by Martin P. Holloway, a vice president.'
	splits_into 'The judge, Lucia P. Marquez, ruled on Friday.' \
		'The judge, Lucia P. Marquez, ruled on Friday.'
	splits_into 'The rule is on P. 12 of the manual.' 'The rule is on P. 12 of the manual.'
	splits_into 'His grade was a P. He was pleased.' 'His grade was a P.' 'He was pleased.'
}

@test "split9: a title after a hyphen (then-Sen., ex-Gov.) keeps its name" {
	splits_into 'She ran against then-Sen. Jane Roe in 2010, she said.' \
		'She ran against then-Sen. Jane Roe in 2010, she said.'
	splits_into 'The unit was led by then-Cmdr. Ann Doyle, records show.' \
		'The unit was led by then-Cmdr. Ann Doyle, records show.'
	splits_into 'He met ex-Gov. Jane Roe. She said little.' \
		'He met ex-Gov. Jane Roe.' 'She said little.'
	splits_into 'She grew up in Winston-Salem. Smith did not.' \
		'She grew up in Winston-Salem.' 'Smith did not.'
}

@test "split9: a bracketed tag after Jr. or a state, (D-Pa.) or (AP), stays in the sentence" {
	splits_into 'The bill has support, said Sen. Robert Hale Jr. (D-Pa.), a sponsor.' \
		'The bill has support, said Sen. Robert Hale Jr. (D-Pa.), a sponsor.'
	splits_into 'Polls close at 8 p.m. (ET), officials said.' 'Polls close at 8 p.m. (ET), officials said.'
	splits_into 'BEDFORD, N.H. (AP) — The governor said she would run. Her rival did not.' \
		'BEDFORD, N.H. (AP) — The governor said she would run.' 'Her rival did not.'
	splits_into 'He joined Acme Inc. (The firm later failed.) Nobody noticed.' \
		'He joined Acme Inc.' '(The firm later failed.)' 'Nobody noticed.'
	splits_into 'She lives in the U.S. (Her family does not.)' \
		'She lives in the U.S.' '(Her family does not.)'
}

@test "split9: a title-case headline keeps U.S. and U.N. inside it" {
	splits_into 'Mayor Tells Farmers U.S. Tariffs Will End Soon' \
		'Mayor Tells Farmers U.S. Tariffs Will End Soon'
	splits_into 'U.S. Picks Jane Roe for a Seat on the Board of the Fund' \
		'U.S. Picks Jane Roe for a Seat on the Board of the Fund'
	splits_into 'U.N. REPORT FAULTS PORT OFFICIALS ON SAFETY' 'U.N. REPORT FAULTS PORT OFFICIALS ON SAFETY'
	splits_into 'Most of the aid comes from the U.S. Europe pays the rest.' \
		'Most of the aid comes from the U.S.' 'Europe pays the rest.'
	splits_into 'Aid Comes From The U.S. Europe Pays The Rest, she said.' \
		'Aid Comes From The U.S.' 'Europe Pays The Rest, she said.'
}

@test "split9: U.S. before Republican or Democratic, p.m. before Eastern carry the phrase on" {
	splits_into 'The minister voiced support for U.S. Republican candidate Jane Roe on Monday.' \
		'The minister voiced support for U.S. Republican candidate Jane Roe on Monday.'
	splits_into 'U.S. Democratic candidate John Doe said so.' 'U.S. Democratic candidate John Doe said so.'
	splits_into 'The charge falls under U.S. Code 42, a lawyer wrote.' 'The charge falls under U.S. Code 42, a lawyer wrote.'
	splits_into 'The show airs at 9 p.m. Eastern on Fridays, she said.' \
		'The show airs at 9 p.m. Eastern on Fridays, she said.'
	splits_into 'He lives in the U.S. Republicans there like him.' \
		'He lives in the U.S.' 'Republicans there like him.'
}

@test "split9: an opening quotation mark after N.Y. or U.S. starts a sentence, even before a continuer" {
	splits_into 'He spoke at a rally in Albany, N.Y. “Senator Smith is wrong,” he said.' \
		'He spoke at a rally in Albany, N.Y.' '“Senator Smith is wrong,” he said.'
	splits_into 'It was made in the U.S. "Government money paid for it," she said.' \
		'It was made in the U.S.' '"Government money paid for it," she said.'
	splits_into 'He works for the U.S. Senate in Washington.' 'He works for the U.S. Senate in Washington.'
}

@test "split9: what must still split: U.S. before a pronoun, D.C. before a starter" {
	splits_into 'She studied in the U.S. He says it changed her.' \
		'She studied in the U.S.' 'He says it changed her.'
	splits_into 'He came from Washington, D.C. She did not.' \
		'He came from Washington, D.C.' 'She did not.'
}

@test "split9: P.S. opens a postscript and ends nothing" {
	splits_into 'The letter closes: “P.S. We will bring the cake.”' \
		'The letter closes: “P.S. We will bring the cake.”'
	splits_into 'She added a P.S. to the letter. Nobody read it.' \
		'She added a P.S. to the letter.' 'Nobody read it.'
}
