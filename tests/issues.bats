#!/usr/bin/env bats
# parley-issues: which issues each sentence and each quote raises (issue 5).

load test_helper

DICT="$TOP/lib/dict/issues.txt"
ISSUES="$FIXTURES/issues"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# gold_records - the seed sentences with the gold quotes (without their
# issues) attached, in gold.jsonl
gold_records() {
	jsonl_docs "$FIXTURES"/seeds/*.txt |
		jq -c --slurpfile gold "$FIXTURES/seeds-gold.jsonl" \
			-f "$ISSUES/gold-sentences.jq" > gold.jsonl
	[ "$(wc -l < gold.jsonl)" -eq 100 ]
}

# records FILE - sentence records of the TAB-separated lines on stdin
# (TEXT, then KIND and QUOTE pairs) into FILE
records() {
	jq -R -s -c -f "$ISSUES/records.jq" > "$1"
}

# sentence DOC START TEXT [QUOTES] - a compact sentence record, end computed
sentence() {
	jq -n -c --arg d "$1" --argjson s "$2" --arg t "$3" --argjson q "${4:-[]}" \
		'{doc: $d, start: $s, end: ($s + ($t | length)), text: $t, quotes: $q}'
}

# check_cases ISSUE - every "+" sentence of cases.tsv for ISSUE raises it,
# every "-" sentence does not
check_cases() {
	grep -v '^#' "$ISSUES/cases.tsv" |
		jq -R -c --arg i "$1" 'split("\t") | select(.[0] == $i)
			| {doc: "c", issue: .[0], want: .[1], text: .[2], start: 0, end: (.[2] | length)}' |
		jq -c -s 'to_entries[] | .value + {doc: "c\(.key)"}' > cases.jsonl
	[ "$(grep -c '"want":"+"' cases.jsonl)" -ge 2 ]
	[ "$(grep -c '"want":"-"' cases.jsonl)" -ge 2 ]
	parley-issues cases.jsonl > out.jsonl
	run jq -r '.issue as $i | select((.want == "+") != ((.issues | index($i)) != null))
		| "\(.want) \(.text) -> \(.issues)"' out.jsonl
	assert_success
	assert_output ""
}

@test "the seeds' quotes reach a micro-F1 of at least 0.9 against the gold" {
	gold_records
	[ "$(jq -s 'map(.quotes | length) | add' gold.jsonl)" -eq 97 ]
	parley-issues gold.jsonl > tagged.jsonl
	jq -s --slurpfile gold "$FIXTURES/seeds-gold.jsonl" -f "$ISSUES/quote-f1.jq" tagged.jsonl > f1.json
	echo "# $(jq -c 'del(.errors)' f1.json)" >&3
	run jq -r '.matched' f1.json
	assert_output 97
	run jq -e '.f1 >= 0.9' f1.json
	assert_success
}

@test "the fast path and jansson give the same bytes on the seeds" {
	gold_records
	parley-issues gold.jsonl > fast.jsonl
	parley-issues --no-fast-path gold.jsonl > slow.jsonl
	cmp fast.jsonl slow.jsonl
	[ "$(wc -l < fast.jsonl)" -eq "$(wc -l < gold.jsonl)" ]
}

@test "tagging tagged records again changes nothing" {
	gold_records
	parley-issues gold.jsonl > once.jsonl
	parley-issues once.jsonl > twice.jsonl
	cmp once.jsonl twice.jsonl
}

@test "territory: land, borders, the front line, the annexed regions" { check_cases territory; }
@test "crimea: Crimea and Sevastopol, not other regions" { check_cases crimea; }
@test "ceasefire: truce, halting the fighting, and going on fighting" { check_cases ceasefire; }
@test "security_guarantees: guarantees and assurances, not security officials" { check_cases security_guarantees; }
@test "nato: NATO membership, not NATO as a speaker" { check_cases nato; }
@test "peacekeepers: foreign troops in Ukraine, not Russian troops" { check_cases peacekeepers; }
@test "sanctions: sanctions, pressure on Moscow, tariffs" { check_cases sanctions; }
@test "prisoners: prisoners of war, detainees, deported children" { check_cases prisoners; }
@test "minerals: the minerals deal and rare earths" { check_cases minerals; }
@test "military_aid: weapons, military aid, intelligence sharing" { check_cases military_aid; }
@test "kursk: Ukrainian troops in the Kursk region" { check_cases kursk; }
@test "mediation: talks, negotiators, proposals, progress, not 'in the process'" { check_cases mediation; }
@test "neutrality: neutrality, demilitarisation, root causes" { check_cases neutrality; }
@test "legitimacy: Zelensky's legitimacy and mandate" { check_cases legitimacy; }
@test "peace_deal: the deal and the peace, not the peace talks or the minerals deal" { check_cases peace_deal; }

@test "every issue of the dictionary has cases" {
	run bash -c "sed -n 's/^issue \\([a-z_0-9]*\\) .*/\\1/p' '$DICT' | sort"
	assert_success
	ids=$output
	run bash -c "grep -v '^#' '$ISSUES/cases.tsv' | cut -f1 | sort -u"
	assert_output "$ids"
}

@test "a sentence gets its issues in the dictionary's order, unknown fields kept" {
	printf '%s\n' '{"doc":"d","sent":0,"start":0,"end":43,"text":"The truce and NATO membership were on land.","x":{"y":[1,true,null]}}' > in.jsonl
	run parley-issues in.jsonl
	assert_success
	assert_output '{"doc":"d","sent":0,"start":0,"end":43,"text":"The truce and NATO membership were on land.","x":{"y":[1,true,null]},"issues":["territory","ceasefire","nato"]}'
}

@test "an existing issues field is replaced where it stands" {
	printf '%s\n' '{"doc":"d","issues":["old"],"start":0,"end":6,"text":"Truce.","quotes":[{"issues_from":"x","text":"Truce","start":0,"issues":[]}]}' > in.jsonl
	run parley-issues in.jsonl
	assert_success
	assert_output '{"doc":"d","issues":["ceasefire"],"start":0,"end":6,"text":"Truce.","quotes":[{"issues_from":"quote","text":"Truce","start":0,"issues":["ceasefire"]}]}'
	run parley-issues --no-fast-path in.jsonl
	assert_output '{"doc":"d","issues":["ceasefire"],"start":0,"end":6,"text":"Truce.","quotes":[{"issues_from":"quote","text":"Truce","start":0,"issues":["ceasefire"]}]}'
}

@test "a fragment takes the issues of its clause, not of the clause before" {
	printf 'Speaking before the peace talks, Rubio said Kyiv could not retake the land and must be “prepared to act”.\tpartial\tprepared to act\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.issues, (.quotes[] | .issues, .issues_from)]"'
	assert_success
	assert_output '[["territory","mediation"],["territory"],"sentence"]'
}

@test "a fragment whose clause says nothing takes the issues of the whole sentence" {
	printf 'Asked about sanctions if Putin rejects a truce, Waltz replied that “all options remain”.\tpartial\tall options remain\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.quotes[] | .issues, .issues_from]"'
	assert_output '[["ceasefire","sanctions"],"sentence"]'
}

@test "a fragment that raises issues of its own adds those of its clause" {
	printf 'Vance said the talks could end the war “with a truce”.\tpartial\twith a truce\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.quotes[] | .issues, .issues_from]"'
	assert_output '[["ceasefire","mediation","peace_deal"],"quote+sentence"]'
}

@test "a dash between spaces ends a clause, en dash or em dash" {
	printf 'Crimea was annexed in 2014 %s the truce was “premature”, he said.\tpartial\tpremature\n' – — | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.issues, (.quotes[] | .issues, .issues_from)]"'
	assert_output "$(printf '%s\n' '[["territory","crimea","ceasefire"],["ceasefire"],"sentence"]' \
		'[["territory","crimea","ceasefire"],["ceasefire"],"sentence"]')"
}

@test "a clause opened by a participle joins the clause before it" {
	printf 'Putin spoke of the prospects for peace, saying “the sun is rising” again.\tpartial\tthe sun is rising\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.quotes[] | .issues]"'
	assert_output '[["peace_deal"]]'
}

@test "a whole clause that raises nothing borrows nothing from the other clauses" {
	printf 'Despite the peace deal, officials warned that he will not change course.\tindirect\the will not change course\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.issues, (.quotes[] | .issues, .issues_from)]"'
	assert_output '[["peace_deal"],[],"quote"]'
}

@test "a content that points elsewhere takes the sentence's issues" {
	printf 'Asked about the Kremlin visit, Peskov described the situation as fluid.\tindirect\tthe situation as fluid\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.quotes[] | .issues, .issues_from]"'
	assert_output '[["mediation"],"sentence"]'
}

@test "a content points elsewhere by its first word after blanks, quotes or a bracket, or by 'this situation' inside, in any case and spacing" {
	# parley-issues rules out most contents before running the two anaphor
	# patterns; these are the cases where the check must let pcre2 decide
	# (upper case, long s, opening marks, several or no-break spaces)
	records in.jsonl < "$ISSUES/anaphors.tsv"
	run bash -c 'parley-issues in.jsonl | jq -r "[.quotes[0].text, (.quotes[0].issues | join(\",\")), .quotes[0].issues_from] | @tsv"'
	assert_success
	assert_output "$(printf '%s\t%s\t%s\n' 'It was fluid.' mediation sentence '  it was fluid.' mediation sentence \
		'"IT was fluid.' mediation sentence '(its state was fluid.' mediation sentence \
		'“It was fluid.' mediation sentence 'ſuch is life.' mediation sentence \
		'All options remain.' mediation sentence 'Them, not us.' '' quote 'Fluid, he said.' '' quote \
		'we faced THIS   situation.' mediation sentence 'we faced thiſ matter.' mediation sentence \
		'we faced this situation.' mediation sentence 'we faced that, task.' '' quote \
		'we faced thistask.' '' quote 'we faced that tasks.' '' quote \
		"$(printf 'we faced this\xc2\xa0situation.')" mediation sentence)"
}

@test "a fragment whose content raises every issue of its sentence keeps them, from the quote" {
	printf 'Talks on a truce went on, he said, calling it “talks on a truce”.\tpartial\ttalks on a truce\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.issues, (.quotes[] | .issues, .issues_from)]"'
	assert_output '[["ceasefire","mediation"],["ceasefire","mediation"],"quote"]'
}

@test "a direct quote that raises issues keeps only its own" {
	printf '“We want a truce,” Zelensky said before the NATO summit talks.\tdirect\tWe want a truce,\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.quotes[] | .issues, .issues_from]"'
	assert_output '[["ceasefire"],"quote"]'
}

@test "nothing from outside the reporting sentence is used" {
	printf 'Crimea was annexed in 2014.\n“This is ours,” he said.\tdirect\tThis is ours,\n' | records in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.issues, (.quotes[] | .issues)]"'
	assert_output $'[["territory","crimea"]]\n[[],[]]'
}

@test "a quote that runs past its sentence is tagged on its whole content" {
	sentence d 0 'He said: “We want a' '[{"kind":"direct","text":"We want a truce. Now.","start":10,"end":31}]' > in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.issues, (.quotes[] | .issues, .issues_from)]"'
	assert_output '[[],["ceasefire"],"quote"]'
	run bash -c 'parley-issues --no-fast-path in.jsonl | jq -c "[.issues, (.quotes[] | .issues, .issues_from)]"'
	assert_output '[[],["ceasefire"],"quote"]'
}

@test "a quote without offsets is tagged from its text, its context the sentence" {
	sentence d 0 'Rubio said talks would go on “for now”.' '[{"kind":"partial","text":"for now"}]' > in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c "[.quotes[] | .issues, .issues_from]"'
	assert_output '[["mediation"],"sentence"]'
}

@test "an exclusion cancels only the match it overlaps" {
	{ sentence d 0 'NATO said'; sentence e 0 'NATO chief Rutte ruled out NATO entry.'; } > in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -c .issues'
	assert_output $'[]\n["nato"]'
}

@test "records written by hand (blanks, escapes) give what compact records give" {
	printf '%s\n' '{"doc":"d","start":0,"end":20,"text":"A \"truce\"\tin Donbas.","quotes":[{"text":"\"truce\"","start":2}]}' > compact.jsonl
	printf '%s\n' '{ "doc" : "d", "start" : 0, "end" : 20, "text" : "A \u0022truce\u0022\tin Donbas.", "quotes" : [ { "text" : "\"truce\"", "start" : 2 } ] }' > loose.jsonl
	run parley-issues compact.jsonl
	assert_output '{"doc":"d","start":0,"end":20,"text":"A \"truce\"\tin Donbas.","quotes":[{"text":"\"truce\"","start":2,"issues":["ceasefire"],"issues_from":"quote"}],"issues":["territory","ceasefire"]}'
	run parley-issues loose.jsonl
	assert_output '{"doc":"d","start":0,"end":20,"text":"A \"truce\"\tin Donbas.","quotes":[{"text":"\"truce\"","start":2,"issues":["ceasefire"],"issues_from":"quote"}],"issues":["territory","ceasefire"]}'
}

@test "--dict uses another dictionary: phrases, stems, hyphens, apostrophes, (?-i)" {
	{ sentence d 0 'After ceasefire talking, KYIV’S OFFER met a UN envoy.'
	  sentence e 0 'War crimes; an un envoy; the cease talks; the war.'
	  sentence f 0 'The war crimes'; } > in.jsonl
	run bash -c 'parley-issues --dict "$1" in.jsonl | jq -c .issues' _ "$ISSUES/tiny.txt"
	assert_success
	assert_output $'["talks"]\n["war"]\n[]'
}

@test "a short entry is found whatever follows it: punctuation, non-ASCII, the end" {
	n=0
	for text in 'war' 'War.' '(war)' 'war—now' 'war’s end' 'WAR!' 'war' 'a war' $'war\tthen' 'war,' 'war2' 'warm' 'war_' 'prewar'; do
		sentence "d$((n += 1))" 0 "$text"
	done > in.jsonl
	run bash -c 'parley-issues --dict "$1" in.jsonl | jq -c .issues | paste -sd " "' _ "$ISSUES/tiny.txt"
	assert_output '["war"] ["war"] ["war"] ["war"] ["war"] ["war"] ["war"] ["war"] ["war"] ["war"] [] [] [] []'
}

# plain TEXT... - the issues of each TEXT as a sentence, by plain.txt,
# on one line
plain() {
	local n=0 t
	for t in "$@"; do
		sentence "d$((n += 1))" 0 "$t"
	done > in.jsonl
	run bash -c 'parley-issues --dict "$1" in.jsonl | jq -c .issues | paste -sd " "' _ "$ISSUES/plain.txt"
}

@test "a plain phrase's blank matches white space or one dash between spaces, as its pattern does" {
	plain 'front line' 'Front  Line' 'front-line' 'front – line' 'front‐line' $'front\u00a0line' \
		'front -- line' 'frontline' 'front lines' 'front_line'
	assert_success
	assert_output '["front"] ["front"] ["front"] ["front"] ["front"] ["front"] [] [] [] []'
}

@test "a plain phrase's hyphen matches a hyphen, one space or nothing; its star the rest of a word" {
	plain 'ceasefire' 'Cease-Fires' 'cease fire' 'cease‑fire' 'cease  fire' 'cease–fire' 'cease-firing' \
		'peace talks' 'peaceful talks' 'peace-talks' 'peace talk' 'US-led bloc' 'usled bloc' 'us led - bloc'
	assert_success
	assert_output '["truce"] ["truce"] ["truce"] ["truce"] [] [] [] ["talks"] ["talks"] ["talks"] [] ["bloc"] ["bloc"] ["bloc"]'
}

@test "a plain phrase's apostrophe matches ' and ’, and the phrase ends where a word ends" {
	plain "Russia's" 'RUSSIA’S' 'Russias' "Russia'sx" 'POW’s' '(POW)'
	assert_success
	assert_output '["own"] ["own"] [] [] ["pow"] ["pow"]'
}

@test "a word begins only after a byte that is not a letter, digit or '_', wherever it falls in the text" {
	# the scanner looks at sixteen bytes at a time: a word, or a '_' before
	# one, may straddle any two of them
	jq -n -c 'range(0; 40) as $k | ("x" * $k) as $x
		| ($x + " land", $x + "land", $x + "_land", $x + "9land", "Z" + $x + " LAND", $x + ":Land_")
		| {doc: "d", start: 0, end: length, text: .}' |
		jq -c -s 'to_entries[] | .value + {doc: "d\(.key)"}' > in.jsonl
	run bash -c 'parley-issues in.jsonl | jq -r "[(.text | sub(\"x+\"; \"x\")), (.issues | join(\",\"))] | @tsv" | LC_ALL=C sort | uniq -c'
	assert_success
	assert_output "$(printf '%s\n' '      1 Z LAND	territory' '     39 Zx LAND	territory' '     39 x land	territory' '     39 x:Land_	' \
		'     39 x9land	' '     39 x_land	' '     39 xland	' '      1  land	territory' \
		'      1 9land	' '      1 :Land_	' '      1 _land	' '      1 land	territory' | LC_ALL=C sort -k2)"
}

@test "a plain phrase begins where a word begins, after ASCII or any other letter" {
	plain 'éPOW' '_POW' '2POW' 'ПPOW' 'a POW' '“POW”'
	assert_success
	assert_output '[] [] [] [] ["pow"] ["pow"]'
}

@test "plain phrases match in any case, long s and Kelvin sign too; a pattern can turn case back on" {
	plain 'pow' 'POW' 'POWs' 'pows' 'POWS' 'Kurſk' $'\u212aursk' $'Kur\u212a'
	assert_success
	assert_output '["pow"] ["pow"] ["pows"] [] ["pows"] ["kursk"] [] []'
}

@test "a plain phrase and a pattern of the same issue each raise it; an exclusion still cancels a plain phrase" {
	plain 'Kursk region' 'KURSK' 'kurskaya region' 'the front line workers' 'front line, front line worker'
	assert_success
	assert_output '["kursk"] ["kursk"] [] [] ["front"]'
}

@test "phrases with other characters stay patterns and still match" {
	plain 'U.S.' 'u.s. aid' 'US' 'CAFÉ' 'cafe'
	assert_success
	assert_output '["other"] ["other"] [] ["other"] []'
}

@test "a quote's content raises a plain phrase only when it holds all of the match, bytes counted right" {
	sentence d 0 'Troops left Kurſk. Then the front line held.' \
		'[{"kind":"direct","text":"Kurſk","start":12},{"kind":"direct","text":"left Kurſ","start":7},{"kind":"direct","text":"the front line held.","start":24}]' > in.jsonl
	run bash -c 'parley-issues --dict "$1" in.jsonl | jq -c "[.issues, (.quotes[] | [.issues_from, .issues])]"' _ "$ISSUES/plain.txt"
	assert_success
	# the second quote's content raises nothing: its issues come from its clause
	assert_output '[["front","kursk"],["quote",["kursk"]],["sentence",["front","kursk"]],["quote",["front"]]]'
}

@test "plain phrases match exactly what their pcre2 patterns match, spans and exclusions included" {
	jq -R -c '(input_line_number) as $n | (length) as $len | (($n * 7) % ([$len, 1] | max)) as $s
		| {doc: "t\($n)", start: 0, end: $len, text: .,
		   quotes: [{kind: "direct", text: .[$s:$s + 12], start: $s}, {kind: "partial", text: .[0:$s], start: 0}]}' \
		"$ISSUES/plain-texts.txt" > in.jsonl
	[ "$(wc -l < in.jsonl)" -eq 304 ]
	parley-issues --dict "$ISSUES/plain.txt" in.jsonl | jq -c '[.issues, (.quotes[] | [.issues, .issues_from])]' > plain.out
	parley-issues --dict "$ISSUES/plain-regex.txt" in.jsonl | jq -c '[.issues, (.quotes[] | [.issues, .issues_from])]' > regex.out
	run cmp plain.out regex.out
	assert_success
	# the texts raise every issue, and some raise none
	run bash -c 'jq -r ".[0][]" plain.out | sort -u | paste -sd " "'
	assert_output 'bloc front kursk other own pow pows talks truce'
	run grep -c '^\[\[\],' plain.out
	refute_output 0
}

@test "plain phrases give the same bytes through the fast path and through jansson" {
	grep -v '^#' "$ISSUES/cases.tsv" | cut -f3 | jq -R -c '{doc: "c\(input_line_number)", start: 0, end: length, text: ., quotes: [{text: .[0:12], start: 0, kind: "partial"}]}' > in.jsonl
	[ "$(wc -l < in.jsonl)" -ge 100 ]
	parley-issues in.jsonl > fast.jsonl
	parley-issues --no-fast-path in.jsonl > slow.jsonl
	run cmp fast.jsonl slow.jsonl
	assert_success
	run bash -c 'jq -c ".issues[]" fast.jsonl | sort -u | wc -l'
	assert_output 15
}

# both LABEL [OPTION]... - parley-issues on in.jsonl into LABEL.out,
# LABEL.err and LABEL.rc
both() {
	local label=$1
	shift
	parley-issues "$@" in.jsonl > "$label.out" 2> "$label.err" && echo 0 > "$label.rc" ||
		echo "$?" > "$label.rc"
}

# fast_and_slow_alike: parley-issues on in.jsonl writes the same records
# and the same messages with and without the fast path (fast.* and slow.*)
fast_and_slow_alike() {
	both fast
	both slow --no-fast-path
	run cmp fast.out slow.out
	assert_success
	run cmp fast.err slow.err
	assert_success
}

@test "the fast path reads every line as jansson does: every cut of a record, escapes, bad UTF-8, duplicates, reals, nesting" {
	# parser-lines.jsonl: good records (escapes, non-ASCII, nested values,
	# 70 keys) and bad or unusual ones (a duplicate key, a real, -0, 007,
	# 19 digits, a control character, overlong and surrogate UTF-8, a
	# sequence cut at the end, blanks, trailing bytes, a string left open);
	# then every cut of the first record, byte by byte
	cp "$ISSUES/parser-lines.jsonl" in.jsonl
	LC_ALL=C awk 'NR == 1 { for (i = 1; i < length($0); i++) print substr($0, 1, i) }' \
		"$ISSUES/parser-lines.jsonl" >> in.jsonl
	[ "$(wc -l < in.jsonl)" -gt 400 ]
	fast_and_slow_alike
	run cat fast.rc slow.rc
	assert_output "$(printf '65\n65')"
	# count in = count out + count rejected, and both kinds are there
	[ "$(( $(wc -l < fast.out) + $(wc -l < fast.err) ))" -eq "$(wc -l < in.jsonl)" ]
	run jq -r .doc fast.out
	assert_line p1
	assert_line p39
	refute_line p5
}

@test "the fast path reads keys in the order of the object before as jansson does: duplicates there, near misses, escapes, long keys" {
	# shape-lines.jsonl: objects (records, quotes, actors) whose keys follow
	# those of the one before for a while, then differ: a duplicate of a key
	# read in that order, a key one byte off or one byte longer or shorter,
	# a blank or a comma in place of the colon, an escaped or long key; bad ones after the
	# order was learnt in part
	cp "$ISSUES/shape-lines.jsonl" in.jsonl
	fast_and_slow_alike
	run cat fast.rc
	assert_output 65
	run jq -r .doc fast.out
	assert_output "$(printf '%s\n' s1 s4 s10 s12 s13 s14 s15 s17 s21)"
	run grep -c 'duplicate object key' fast.err
	assert_output 9
}

@test "the fast path counts a text's code points as the jansson path does: 2, 3 and 4-byte sequences, one too many or few, bytes" {
	local t1='ceasefire – é' t2='truce 😀 ü…' n
	for n in 13 16 12 14; do
		jq -n -c --arg t "$t1" --argjson n "$n" '{doc: "a\($n)", start: 0, end: $n, text: $t}'
	done > in.jsonl
	for n in 10 11 9 17; do
		jq -n -c --arg t "$t2" --argjson n "$n" '{doc: "b\($n)", start: 0, end: $n, text: $t}'
	done >> in.jsonl
	fast_and_slow_alike
	run jq -r .doc fast.out
	assert_output "$(printf '%s\n' a13 b10)"
	run cat fast.err
	assert_line "parley-issues: in.jsonl:2: 'end' - 'start' is 16 but 'text' has 13 code points"
	assert_line "parley-issues: in.jsonl:8: 'end' - 'start' is 17 but 'text' has 10 code points"
	[ "$(wc -l < fast.err)" -eq 6 ]
}

@test "patterns are found as pcre2 finds them when what follows a word's first four bytes decides (lookaheads, blanks, case)" {
	# the scanner skips a pattern when the two bytes after a word's first
	# four cannot go on with any match of it (learnt from pcre2)
	printf '%s\n' 'issue a | A | a' '	regex abcd(?=-x)' 'issue b | B | b' '	regex wxyz(?=\s+now)' \
		'issue c | C | c' '	regex pqrs(?!-t)' 'issue d | D | d' '	regex efgh(?<=fgh)-?i' > la.txt
	printf '%s\n' abcd-x abcd-y 'wxyz now' 'wxyz  now' 'wxyz later' pqrs-t pqrs-u efgh-i efghi 'efgh i' ABCD-X \
		"$(printf 'Wxyz\tnow')" "$(printf 'wxyz\xc2\xa0now')" |
		jq -R -c '{doc: "d\(input_line_number)", start: 0, end: length, text: .}' > in.jsonl
	run bash -c 'parley-issues --dict la.txt in.jsonl | jq -r "[.text, (.issues | join(\",\"))] | @tsv"'
	assert_success
	assert_output "$(printf '%s\t%s\n' abcd-x a abcd-y '' 'wxyz now' b 'wxyz  now' b 'wxyz later' '' \
		pqrs-t '' pqrs-u c efgh-i d efghi d 'efgh i' '' ABCD-X a 'Wxyz\tnow' b "$(printf 'wxyz\xc2\xa0now')" b)"
}

@test "--check reports what a good dictionary holds" {
	run parley-issues --check "$ISSUES/tiny.txt"
	assert_success
	assert_output "$ISSUES/tiny.txt: 2 issues, 3 phrases, 1 regexes, 1 exclusions"
	run parley-issues --check "$DICT"
	assert_success
}

@test "--check names file, line, pcre2's message and offset of a bad pattern" {
	printf 'issue a | A | first\n\tregex  ok\n\tregex  (ab\n\tphrase fine\n' > bad.txt
	run --separate-stderr parley-issues --check bad.txt
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-issues: bad.txt:3: bad pattern at offset 3: missing closing parenthesis"
	assert_output ""
}

@test "--check refuses back references, recursion and (*VERBS), which cannot be joined with other patterns" {
	printf '%s\n' 'issue a | A | first' '	regex  (a)\1b' '	regex  (?<n>c)\k<n>' '	regex  (d(?1)?)' \
		'	regex  e(*SKIP)f' '	regex  (g)h' > bad.txt
	run --separate-stderr parley-issues --check bad.txt
	assert_equal "$status" 65
	assert_equal "$stderr" "$(printf 'parley-issues: bad.txt:%s: back references, recursion and (*VERBS) are not allowed in a pattern\n' \
		"2: '(a)\1b'" "3: '(?<n>c)\k<n>'" "4: '(d(?1)?)'" "5: 'e(*SKIP)f'")"
	assert_output ""
}

@test "--check refuses a duplicate id, a missing column, an unknown keyword, an orphan entry" {
	cat > bad.txt <<-'EOF'
	phrase  early
	issue a | A | first
		phrase  one
	issue a | A again | second
	issue b | B
	issue C | c | bad id
	issue d | D | nothing raises it
	frobnicate  x
	issue e | E | matches nothing at all
		regex  x?
	EOF
	run --separate-stderr parley-issues --check bad.txt
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-issues: bad.txt:1: 'phrase' before any 'issue' line
parley-issues: bad.txt:4: duplicate issue id 'a' (first on line 2)
parley-issues: bad.txt:5: missing column: expected 'issue ID | LABEL | DESCRIPTION'
parley-issues: bad.txt:6: bad issue id 'C' (lowercase letters, digits and _ only)
parley-issues: bad.txt:8: unknown keyword 'frobnicate' (issue, phrase, regex, unless, unless-regex)
parley-issues: bad.txt:10: 'x?' matches the empty string"
}

@test "--check refuses a pattern that matches the empty string only after a character, and keeps one with \\G that cannot" {
	printf '%s\n' 'issue a | A | first' '	regex  (?<= )' '	regex  (?= )' '	regex  (?<= )\G' > bad.txt
	run --separate-stderr parley-issues --check bad.txt
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-issues: bad.txt:2: '(?<= )' matches the empty string
parley-issues: bad.txt:3: '(?= )' matches the empty string"
}

@test "--check refuses an issue that nothing raises" {
	printf 'issue a | A | first\n\tunless x\n' > bad.txt
	run --separate-stderr parley-issues --check bad.txt
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-issues: bad.txt:1: issue 'a' has no phrase or regex"
}

@test "a bad dictionary stops the run before any record: 65, or 66 when missing" {
	printf 'issue a | A\n' > bad.txt
	gold_records
	run --separate-stderr parley-issues --dict bad.txt gold.jsonl
	assert_equal "$status" 65
	assert_output ""
	run --separate-stderr parley-issues --dict nowhere.txt gold.jsonl
	assert_equal "$status" 66
	assert_equal "$stderr" "parley-issues: cannot open dictionary 'nowhere.txt': No such file or directory"
	assert_output ""
}

@test "a catastrophic pattern on a long line of a's ends fast with a limit error" {
	{ printf '{"doc":"d","start":0,"end":200000,"text":"'; head -c 199999 /dev/zero | tr '\0' a; printf '!"}\n'
	  sentence e 0 'The war.'; } > in.jsonl
	SECONDS=0
	run --separate-stderr timeout 60 parley-issues --dict "$ISSUES/catastrophic.txt" in.jsonl
	[ "$SECONDS" -lt 30 ]
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-issues: in.jsonl:1: pcre2 match limit hit by issue 'slow' ($ISSUES/catastrophic.txt:2); its issues may be incomplete"
	assert_equal "${#lines[@]}" 2
	assert_equal "$(jq -c .issues <<< "${lines[1]}")" '["war"]'
}

@test "bad lines are rejected with file:line, kept in --rejects, the rest tagged" {
	printf '%s\n' '{"doc":"d","start":0,"end":6,"text":"Truce."}' \
		'not json' \
		'[1]' \
		'{"doc":"d","start":7,"end":9,"text":"Hi there"}' \
		'{"text":"x","start":0,"end":1}' \
		'{"doc":"d","start":0,"end":1,"text":"x"}' \
		'{"doc":"d","start":10,"end":11,"text":"x","quotes":{}}' \
		'{"doc":"d","start":10,"end":11,"text":"x","quotes":[{"start":1}]}' \
		'{"doc":"d","start":10,"end":11,"text":"x","quotes":[{"text":"x","start":-1}]}' \
		'{"doc":"d","start":10,"end":15,"text":"NATO.","quotes":[]}' > in.jsonl
	printf '{"doc":"d","start":20,"end":21,"text":"\xff"}\n' >> in.jsonl
	run --separate-stderr parley-issues --rejects rej.jsonl in.jsonl
	assert_equal "$status" 65
	assert_equal "${#stderr_lines[@]}" 9
	assert_equal "${stderr_lines[0]%%: invalid JSON*}" "parley-issues: in.jsonl:2"
	assert_equal "${stderr_lines[1]}" "parley-issues: in.jsonl:3: record is an array, not a JSON object"
	assert_equal "${stderr_lines[2]}" "parley-issues: in.jsonl:4: 'end' - 'start' is 2 but 'text' has 8 code points"
	assert_equal "${stderr_lines[3]}" "parley-issues: in.jsonl:5: missing field 'doc'"
	assert_equal "${stderr_lines[4]}" "parley-issues: in.jsonl:6: sentence starts at 0, before the end of the previous sentence of its document"
	assert_equal "${stderr_lines[5]}" "parley-issues: in.jsonl:7: field 'quotes' is not an array"
	assert_equal "${stderr_lines[6]}" "parley-issues: in.jsonl:8: quotes[0]: missing string field 'text'"
	assert_equal "${stderr_lines[7]}" "parley-issues: in.jsonl:9: quotes[0]: field 'start' is not a non-negative integer"
	assert_equal "${stderr_lines[8]%%: invalid JSON*}" "parley-issues: in.jsonl:11"
	assert_equal "${#lines[@]}" 2
	assert_equal "$(jq -c .issues <<< "${lines[0]}")" '["ceasefire"]'
	assert_equal "$(jq -c .issues <<< "${lines[1]}")" '["nato"]'
	assert_equal "$(wc -l < rej.jsonl)" 9
	cmp rej.jsonl <(sed -n '2,9p;11p' in.jsonl)
}

@test "--strict stops at the first bad line with 65" {
	printf '%s\n' '{"doc":"d","start":0,"end":6,"text":"Truce."}' '{"doc":5}' '{"doc":"e","start":0,"end":6,"text":"Truce."}' > in.jsonl
	run --separate-stderr parley-issues --strict in.jsonl
	assert_equal "$status" 65
	assert_equal "${#lines[@]}" 1
	assert_equal "$stderr" "parley-issues: in.jsonl:2: field 'doc' is a number, not a string"
}

@test "a full disk gives 74" {
	printf '%s\n' '{"doc":"d","start":0,"end":6,"text":"Truce."}' > in.jsonl
	run --separate-stderr bash -c 'parley-issues in.jsonl > /dev/full'
	assert_equal "$status" 74
	assert_equal "$stderr" "parley-issues: write error on standard output: No space left on device"
}

@test "empty input gives no output and 0; an unknown option 64; --help and --version" {
	: > empty.jsonl
	run --separate-stderr parley-issues empty.jsonl
	assert_success
	assert_output ""
	run --separate-stderr parley-issues --frob
	assert_equal "$status" 64
	run --separate-stderr parley-issues --check a.txt b.jsonl
	assert_equal "$status" 64
	run parley-issues --help
	assert_success
	assert_line --partial "Usage: parley-issues [OPTION]... [FILE]..."
	assert_line --partial "  parley-ingest articles/*.txt | parley-split | parley-quotes \\"
	run parley-issues --version
	assert_success
	assert_output --regexp '^parley-issues [0-9]+\.[0-9]+\.[0-9]+$'
}

# json7
@test "the fast path sets issues and issues_from where they stand: before or after the quotes, in either order, one of them, none" {
	local t='Kyiv said the truce talks in Donbas would \"go on\".' q
	q='"text":"the truce talks","start":10'
	{
		printf '{"issues":["x"],"doc":"a","start":0,"end":50,"text":"%s","quotes":[{"issues_from":"q",%s,"issues":[]}]}\n' "$t" "$q"
		printf '{"doc":"b","start":0,"end":50,"text":"%s","quotes":[{%s,"issues":["y"],"kind":"partial"},{"text":"\\"go on\\"","start":42}],"issues":[],"z":1}\n' "$t" "$q"
		printf '{"doc":"c","start":0,"end":50,"text":"%s","quotes":[{"issues_from":"","text":"would","start":37},{%s,"issues_from":"q","issues":{"a":[1]}}],"z":[]}\n' "$t" "$q"
		printf '{"doc":"d","start":0,"end":50,"quotes":[{%s},{"text":"Donbas"}],"text":"%s"}\n' "$q" "$t"
	} > in.jsonl
	fast_and_slow_alike
	run jq -c '[.doc, .issues, (.quotes[] | [.issues, .issues_from])]' fast.out
	assert_output "$(printf '%s\n' \
		'["a",["territory","ceasefire","mediation"],[["ceasefire","mediation"],"quote"]]' \
		'["b",["territory","ceasefire","mediation"],[["territory","ceasefire","mediation"],"quote+sentence"],[["territory","ceasefire","mediation"],"sentence"]]' \
		'["c",["territory","ceasefire","mediation"],[["territory","ceasefire","mediation"],"sentence"],[["ceasefire","mediation"],"quote"]]' \
		'["d",["territory","ceasefire","mediation"],[["ceasefire","mediation"],"quote"],[["territory"],"quote"]]')"
	# the members stay where they were
	run jq -r 'keys_unsorted | join(" ")' fast.out
	assert_output "$(printf '%s\n' 'issues doc start end text quotes' 'doc start end text quotes issues z' \
		'doc start end text quotes z issues' 'doc start end quotes text issues')"
	run jq -r '.quotes[0] | keys_unsorted | join(" ")' fast.out
	assert_output "$(printf '%s\n' 'issues_from text start issues' 'text start issues kind issues_from' \
		'issues_from text start issues' 'text start issues issues_from')"
}

@test "records the fast path writes in batches keep their places among those jansson writes" {
	local i
	for i in $(seq 1 60); do
		if [ $((i % 15)) -eq 0 ]; then
			printf '{ "doc": "d%s", "start": 0, "end": 6, "text": "Truce." }\n' "$i"
		else
			printf '{"doc":"d%s","start":0,"end":6,"text":"Truce.","pad":"%0100d"}\n' "$i" 0
		fi
	done > in.jsonl
	fast_and_slow_alike
	run jq -r .doc fast.out
	assert_output "$(seq 1 60 | sed 's/^/d/')"
}

@test "the fast path finds a duplicate key whatever objects inside its object read: keys learnt apart for each depth" {
	local r='"start":0,"end":5,"text":"Truce"' deep='{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":1,"a":2}}}}}}}}'
	printf '{"doc":"a",%s,"o":{"a":1,"b":2,"c":3}}\n' "$r" > in.jsonl
	# an object inside "b" learns a, x, b: the second "b" must still be seen
	printf '{"doc":"b",%s,"o":{"a":1,"b":{"a":1,"x":1,"b":1},"b":2}}\n' "$r" >> in.jsonl
	# learnt while an inner object learnt too: q, then p q r (not q q r)
	printf '{"doc":"c",%s,"o":{"p":1,"q":{"q":1},"r":1}}\n' "$r" >> in.jsonl
	printf '{"doc":"d",%s,"o":{"q":1,"q":2}}\n' "$r" >> in.jsonl
	printf '{"doc":"e",%s,"o":{"p":1,"q":{"q":1},"r":1,"q":2}}\n' "$r" >> in.jsonl
	printf '{"doc":"f",%s,"o":%s}\n{"doc":"g",%s,"o":%s}\n' "$r" "${deep/,\"a\":2/}" "$r" "$deep" >> in.jsonl
	fast_and_slow_alike
	run jq -r .doc fast.out
	assert_output "$(printf '%s\n' a c f)"
	run grep -c 'duplicate object key' fast.err
	assert_output 4
}

@test "a fragment's clause ends at each delimiter wherever it falls, sixteen bytes at a time or not" {
	# Donbas<D>the truce was "fragile"<D>Donbas: the clause raises the
	# truce only; padding moves both delimiters over 40 offsets
	jq -n -c '[",", ";", ":", "(", ")", " - ", " but ", " whereas ", "—", "–"] as $ds
		| range(0; 40) as $i | $ds[] as $d
		| ("x" * $i // "") as $pad
		| ($pad + " Donbas" + $d + "the truce was " + ("y" * (40 - $i) // "") + " \"") as $a
		| ($a + "fragile\"" + $d + "Donbas") as $t
		| {doc: "d\($i)\($d)", start: 0, end: ($t | length), text: $t,
		   quotes: [{kind: "partial", text: "fragile", start: ($a | length)}]}' > in.jsonl
	[ "$(wc -l < in.jsonl)" -eq 400 ]
	fast_and_slow_alike
	run jq -c '.quotes[0] | [.issues, .issues_from]' fast.out
	[ "${#lines[@]}" -eq 400 ]
	run bash -c 'jq -c ".quotes[0] | [.issues, .issues_from]" fast.out | sort -u'
	assert_output '[["ceasefire"],"sentence"]'
}

@test "the fast path reads the literals it does not need as jansson does: misspelt ones of the right length are refused" {
	local r='"doc":"d","start":0,"end":5,"text":"Truce"' v
	for v in null nulx nuLL nil1 Null true trux tRue false falsy fals0 null; do
		printf '{%s,"a":%s,"q":[{"b":%s}],"quotes":[{"text":"x","c":%s}]}\n' "$r" "$v" "$v" "$v"
		printf '{"a":%s,%s}\n' "$v" "$r"
	done | awk '{ sub(/"doc":"d"/, "\"doc\":\"d" NR "\""); print }' > in.jsonl
	fast_and_slow_alike
	run jq -r .doc fast.out
	assert_output "$(printf 'd%s\n' 1 2 11 12 17 18 23 24)"
	[ "$(wc -l < fast.err)" -eq 16 ]
}

# scan7

# shared_key_issues [FILLERS] - a dictionary in pq.txt where p and q share
# the key "abcd", after FILLERS issues that share it too; in.jsonl: words
# where both match, only q (p ruled out by its prefix tree at once, or
# further on), neither (a word character before), twice over
shared_key_issues() {
	{
		for i in $(seq "${1:-0}"); do printf 'issue f%d | F | f\n\tregex abcdyy%d\n' "$i" "$i"; done
		printf '%s\n' 'issue p | P | p' '	regex abcd\w*z' 'issue q | Q | q' '	regex abcd\w*'
	} > pq.txt
	printf '%s\n' 'Abcdz.' 'abcdq' 'abcd-z' 'abcdz-x' 'abcdefghijz' 'abcdefghijq' 'ABCDZ ABCD' 'abcd' 'éabcdz.' \
		'Abcdz.' 'abcdq' 'abcd-z' 'abcdz-x' 'abcdefghijz' 'abcdefghijq' 'ABCDZ ABCD' 'abcd' 'éabcdz.' |
		jq -R -c '{doc: "d\(input_line_number)", start: 0, end: length, text: .}' > in.jsonl
}

@test "the entries a word start shares are each found, each after its prefix tree let it run" {
	shared_key_issues
	run bash -c 'parley-issues --dict pq.txt in.jsonl | jq -r ".issues | join(\",\")" | paste -sd " "'
	assert_success
	assert_output "p,q q q p,q p,q q p,q q  p,q q q p,q p,q q p,q q "
}

@test "the entries of a bucket of more than 64 are found by one alternation, then the ones after it one by one" {
	shared_key_issues 63
	run bash -c 'parley-issues --dict pq.txt in.jsonl | jq -r ".issues | join(\",\")" | paste -sd " "'
	assert_success
	assert_output "p,q q q p,q p,q q p,q q  p,q q q p,q p,q q p,q q "
}

@test "a match a prefix tree learnt ends where pcre2's does: an exclusion it overlaps cancels it" {
	printf '%s\n' 'issue p | P | p' '	regex abcd\w*\s+\w+' '	unless-regex now' > p.txt
	printf '%s\n' 'Abcdz now.' 'abcdz then.' 'abcdz now.' 'abcdz then.' 'abcdz nowhere.' |
		jq -R -c '{doc: "d\(input_line_number)", start: 0, end: length, text: .}' > in.jsonl
	run bash -c 'parley-issues --dict p.txt in.jsonl | jq -r ".issues | join(\",\")" | paste -sd " "'
	assert_success
	assert_output " p  p p"
}

@test "an entry that looks behind after its word start, or turns case back on, is run without its prefix tree" {
	# the tree sees only the folded bytes from the word start on
	printf '%s\n' 'issue q | Q | q' '	regex abcde(?<=x abcde)\w*' 'issue r | R | r' '	regex abcd(?-i:Q)' > qr.txt
	printf '%s\n' 'x abcdeq' 'y abcdeq' 'abcdQ' 'abcdq' 'x abcdeq' 'abcdQ' |
		jq -R -c '{doc: "d\(input_line_number)", start: 0, end: length, text: .}' > in.jsonl
	run bash -c 'parley-issues --dict qr.txt in.jsonl | jq -r ".issues | join(\",\")" | paste -sd " "'
	assert_success
	assert_output "q  r  q r"
	# nor by one that asks where the text begins or ends
	printf '%s\n' 'issue p | P | p' '	regex ^abcd' 'issue q | Q | q' '	regex wxyz$' 'issue r | R | r' '	regex \Amnop' > anchors.txt
	printf '%s\n' '"x abcd"' '"abcd and"' '"wxyz\nx"' '"wxyz\n"' '"a wxyz"' '"x mnop"' '"mnop!"' |
		jq -c '{doc: "d\(input_line_number)", start: 0, end: length, text: .}' > in.jsonl
	run bash -c 'parley-issues --dict anchors.txt in.jsonl | jq -r ".issues | join(\",\")" | paste -sd " "'
	assert_success
	assert_output " p  q q  r"
}

# record8

@test "a record cut at any byte, as the last line without a newline, goes to jansson: both ways the same" {
	# the fast path reads the line where the reader left it: the zero
	# byte after it (and the reader's padding) end every string, number
	# and literal; under make sanitize, a read past them is an error
	local rec='{"doc":"d1","sent":0,"start":0,"end":29,"text":"Talks on a “ceasefire” \"now\".","quotes":[{"kind":"partial","text":"ceasefire","start":11,"issues":[]}],"n":null,"t":true,"f":false,"x":[1,{"y":-2}]}'
	local cut
	for cut in $(seq 1 "${#rec}"); do
		printf '%s' "${rec:0:cut}" > cut.jsonl
		same_both_ways issues cut.jsonl
	done
	printf '%s\n' "$rec" > whole.jsonl
	same_both_ways issues whole.jsonl
	assert_success
	assert_equal "$(jq -c '[.issues, .quotes[0].issues]' <<<"$output")" '[["ceasefire","mediation"],["ceasefire","mediation"]]'
}

@test "dictionaries of 7, 8, 9 and 17 issues: ids in the dictionary's order, a fragment's context (issue sets are read eight flags at a time)" {
	local words=(alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec)
	local n i text expect
	for n in 7 8 9 17; do
		for i in $(seq 0 $((n - 1))); do
			printf 'issue %s | %s | %s\n\tphrase %s\n' "i$i" "I$i" "i$i" "${words[i]}"
		done > d.txt
		# every word but the second, backwards (alpha last); an indirect
		# quote of the first two words, and fragments of them and of all
		# but alpha: the clause around each (all the sentence) adds the rest
		text=$(for i in $(seq $((n - 1)) -1 0); do [ "$i" = 1 ] || printf '%s ' "${words[i]}"; done)
		expect=$(for i in $(seq 0 $((n - 1))); do [ "$i" = 1 ] || printf '"i%s",' "$i"; done)
		jq -n -c --arg t "$text" --arg q "${words[n-1]} ${words[n-2]}" \
			'{doc: "d", start: 0, end: ($t | length), text: $t, quotes: [
				{kind: "indirect", text: $q, start: 0}, {kind: "partial", text: $q, start: 0},
				{kind: "partial", text: ($t | rtrimstr("alpha ")), start: 0}]}' > in.jsonl
		same_both_ways issues in.jsonl --dict d.txt
		assert_success
		assert_equal "$(jq -c '[.issues, (.quotes[] | .issues, .issues_from)]' <<<"$output")" \
			"[[${expect%,}],[\"i$((n - 2))\",\"i$((n - 1))\"],\"quote\",[${expect%,}],\"quote+sentence\",[${expect%,}],\"quote+sentence\"]"
	done
}

# startup8

# issues_of DICT LINE... - the issues of one sentence record per LINE,
# space-separated, one comma-separated list per line
issues_of() {
	local dict=$1
	shift
	printf '%s\n' "$@" | jq -R -c '{doc: "d\(input_line_number)", start: 0, end: length, text: .}' > in.jsonl
	parley-issues --dict "$dict" in.jsonl | jq -r '.issues | join(",")' | paste -sd ' '
}

@test "an entry that looks behind to before its word, within the bytes the scanner files it by, is found" {
	# the scanner learns where a pattern can begin by partial matching,
	# which sees no byte before the word: a look-behind that reaches there
	# must hold for it, at the start, in the first four bytes or the two after
	printf '%s\n' 'issue p | P | p' '	regex (?<=eastern\s)front' 'issue q | Q | q' '	regex abcd(?<=x abcd)\w*' \
		'issue r | R | r' '	regex mnopq(?<=y mnopq)\w*' 'issue s | S | s' '	regex st(?<=z st)uv' > lb.txt
	run issues_of lb.txt 'the eastern front' 'the western front' 'x abcd' 'x abcdef' 'w abcd' \
		'y mnopqr' 'x mnopqr' 'z stuv' 'a stuv'
	assert_success
	assert_output "p  q q  r  s "
	# the default dictionary has such entries
	run issues_of "$DICT" 'It is Russian soil.' 'The soil is wet.'
	assert_output "territory "
}

@test "an entry whose look-behind sits inside a negative assertion is searched for over the whole text" {
	# there, what the look-behind cannot see would turn "holds" into "fails"
	printf '%s\n' 'issue p | P | p' '	regex (?!(?<!x )ab)abcd' 'issue q | Q | q' '	regex qrst' > neg.txt
	run issues_of neg.txt 'x abcd' 'y abcd' 'x abcd qrst' 'abcd'
	assert_success
	assert_output "p  p,q "
}

@test "entries are filed by the keys the text of their pattern tells, without pcre2: groups, classes, quantifiers, escapes" {
	# each begins with four bytes the scanner reads from its text; a
	# character >= 0x80 among them (a curly apostrophe, K or ſ for k or s)
	# files it under the bytes before
	printf '%s\n' 'issue a | A | a' '	regex (?:stop(?:s|ped)?|halt)\s+(?:the\s+)?war' \
		'issue b | B | b' '	regex re[-\s]?(?:tak|captur)e[sd]?' \
		'issue c | C | c' '	regex caſe\w*' 'issue d | D | d' '	regex \d{2,}\s*km' \
		'issue e | E | e' '	regex u\.s\.\s+aid' 'issue f | F | f' "	regex o['’]?neill" \
		'issue g | G | g' '	regex ba(?i:k)hmut' 'issue h | H | h' '	regex (?-i:HI)mars' \
		'issue i | I | i' '	regex [Zs]ero(?=\s)' 'issue j | J | j' '	regex (?:us|uk)\s+aid' \
		'issue k | K | k' '	regex f-?16s?' > shapes.txt
	run issues_of shapes.txt 'Stopped the war' 'halt  war' 'stops war' 'stop wars' 're-take' 'Re take' \
		'retakes' 'recaptured' 'retaking' 'Cases' 'caſes' '25 km' "$(printf '25\tkm')" '100km' '5 km' 'U.S. aid' 'US aid' \
		'O’Neill' "o'neill" 'oneill' "$(printf 'ba\342\204\252hmut')" 'Bakhmut' 'HIMARS' 'himars' 'zero sum' 'sero' 'Sero.' \
		"$(printf 'US\taid')" 'uk aid' 'usaid' 'F16, then' 'the f-16.' 'f16s' 'f16' 'f16_x' 'f16é' 'f16’s'
	assert_success
	assert_output "a a a  b b b b  c c d d d  e j f f f g g h  i   j j  k k k k   k"
}

@test "a regex whose groups close where they open is compiled once, inside its word boundaries; the others alone first" {
	# the same messages either way: one that breaks out of its boundaries
	# compiles inside them, and must be refused as it is written
	printf '%s\n' 'issue p | P | p' '	regex a)|(?:b' '	regex (c|d' '	regex abc(?:de|f)' \
		'	regex (ab)\1x' '	regex ab(?<=x\w+)' '	regex ab|' > bo.txt
	run --separate-stderr parley-issues --check bo.txt
	assert_equal "$status" 65
	assert_equal "$output" ""
	assert_equal "$stderr" "parley-issues: bo.txt:2: bad pattern at offset 1: unmatched closing parenthesis
parley-issues: bo.txt:3: bad pattern at offset 4: missing closing parenthesis
parley-issues: bo.txt:5: '(ab)\1x': back references, recursion and (*VERBS) are not allowed in a pattern
parley-issues: bo.txt:6: bad pattern at offset 2: lookbehind assertion is not fixed length
parley-issues: bo.txt:7: 'ab|' matches the empty string"
}

# json9

@test "the fast path counts an escaped text's code points in the pass that reads it: an escape is one, as jansson counts" {
	# say \"ceasefire\"\ttoday\n: 22 code points in 26 bytes of the line;
	# an end that counts the escapes' bytes, or none of them, is refused
	local n
	for n in 22 26 18 21 23; do
		jq -n -c --argjson n "$n" '{doc: "e\($n)", start: 0, end: $n,
			text: "say \"ceasefire\"\ttoday\n"}'
	done > in.jsonl
	[ "$(grep -c 'say \\"ceasefire\\"\\ttoday\\n"' in.jsonl)" -eq 5 ]
	fast_and_slow_alike
	run jq -r '[.doc, (.issues | join(","))] | join(" ")' fast.out
	assert_output "e22 ceasefire"
	run cat fast.err
	assert_line "parley-issues: in.jsonl:2: 'end' - 'start' is 26 but 'text' has 22 code points"
	assert_line "parley-issues: in.jsonl:3: 'end' - 'start' is 18 but 'text' has 22 code points"
	[ "$(wc -l < fast.err)" -eq 4 ]
}

@test "texts are scanned where they lie: a decoded text ends where it ends, not where a longer one before it did" {
	# the first record's text, decoded (its quotation marks are escaped in
	# the line), is longer: the byte after the second's would make its last
	# word "armisticel" if it were read on; the third's quote, a fragment,
	# runs past its sentence and is scanned apart, decoded after it: its
	# clause is read in the sentence, which must still be there (from the
	# colon on: not Sevastopol's)
	{
		sentence d1 0 '"a" Sevastopol; armisticex'
		sentence d2 0 '"b" armistice'
		sentence d3 0 'Sevastopol: the "c" armistice' \
			'[{"kind":"partial","text":"\"c\" armistice it said","start":16}]'
	} > in.jsonl
	[ "$(grep -c '\\"' in.jsonl)" -eq 3 ]
	fast_and_slow_alike
	run jq -r '[.doc, (.issues | join(",")), (.quotes[] | (.issues | join(",")), .issues_from)] | join(" ")' fast.out
	assert_output "$(printf '%s\n' 'd1 crimea' 'd2 ceasefire' 'd3 crimea,ceasefire ceasefire quote')"
}

@test "the fast path reads integers sixteen bytes at once as jansson does: digits next to ':' and '/', 15 and 16 digits, reals" {
	local v i=0
	for v in 1:2 1/2 9:0 0/ 123456789012345 1234567890123456 12345678901234567 \
		-123456789012345 1.5 7e2 '19,"x":0' 0 -0 09 - 99999999999999999999; do
		i=$((i + 1))
		printf '{"doc":"d%d","start":0,"end":5,"text":"truce","n":%s}\n' "$i" "$v"
	done > in.jsonl
	fast_and_slow_alike
	run jq -r .doc fast.out
	assert_output "$(printf 'd%s\n' 5 6 7 8 9 10 11 12 13)"
	run sed 's/^parley-issues: in.jsonl://' fast.err
	assert_output "$(printf '%s\n' "1: invalid JSON at column 51: '}' expected near ':'" \
		"2: invalid JSON at column 51: '}' expected near '/'" \
		"3: invalid JSON at column 51: '}' expected near ':'" \
		"4: invalid JSON at column 51: '}' expected near '/'" \
		"14: invalid JSON at column 51: invalid token near '0'" \
		"15: invalid JSON at column 51: invalid token near '-'" \
		"16: invalid JSON at column 70: too big integer near '99999999999999999999'")"
}

@test "the fast path takes a three-byte sequence led by E2 (’ “ ” – —) at once, and refuses it cut or with a byte that does not continue it" {
	local seq i=0
	# good: ’ – …, U+2FFF; bad: a second or third byte that is not
	# 10xxxxxx (ASCII, a lead byte), the sequence cut by the string's end
	for seq in '\342\200\231' '\342\200\223' '\342\200\246' '\342\277\277' \
		'\342\050\241' '\342\202\050' '\342\200\302' '\342\300\200' '\342' '\342\202'; do
		i=$((i + 1))
		printf '{"doc":"u%d","start":0,"end":5,"text":"truce","note":"a'"$seq"'"}\n' "$i"
		printf '{"doc":"t%d","start":0,"end":7,"text":"truce'"$seq"'b"}\n' "$i"
	done > in.jsonl
	# ’ counted as one code point, not two or none
	printf '{"doc":"v","start":0,"end":%d,"text":"truce\342\200\231b"}\n' 8 6 >> in.jsonl
	fast_and_slow_alike
	run jq -r .doc fast.out
	assert_output "$(printf '%s\n' u1 t1 u2 t2 u3 t3 u4 t4)"
	[ "$(wc -l < fast.err)" -eq 14 ]
	run grep -c 'invalid UTF-8\|invalid JSON' fast.err
	assert_output 12
}

@test "a quote that raises its sentence's issues gets the sentence's ids as written once; one that raises others, or fewer, its own" {
	local t='On Sevastopol: "Sevastopol is ours," he said, and an armistice.'
	jq -n -c --arg t "$t" '{doc: "q", start: 0, end: ($t | length), text: $t,
		quotes: [{kind: "direct", text: "Sevastopol is ours,", start: 16},
			{kind: "partial", text: "an armistice", start: ($t | index("an armistice"))},
			{kind: "direct", text: "Sevastopol and an armistice", start: 70},
			{kind: "direct", text: "he said", start: ($t | index("he said"))}]}' > in.jsonl
	fast_and_slow_alike
	run jq -r '[(.issues | join(",")), (.quotes[] | .issues | join(","))] | join(" ")' fast.out
	assert_output "crimea,ceasefire crimea ceasefire crimea,ceasefire "
}

@test "a content that speaks of this situation leans on its sentence wherever the words fall, sixteen bytes at a time or not" {
	# the content raises ceasefire, its sentence crimea too: only a content
	# that leans on it (this situation, THAT MATTER) takes crimea from it;
	# a content with "thin situation" or "thisituation" does not
	local k w
	for k in $(seq 0 20); do
		for w in 'this situation' 'THAT MATTER' 'thin situation' 'thisituation'; do
			jq -n -c --argjson k "$k" --arg w "$w" '
				([range($k)] | map("b") | join("") | if $k > 0 then . + " " else . end) as $p
				| ($p + "an armistice would end " + $w) as $q
				| ("On Sevastopol he said \"" + $q + "\" today.") as $t
				| {doc: "a\($k) \($w)", start: 0, end: ($t | length), text: $t,
				   quotes: [{kind: "direct", text: $q, start: 23}]}'
		done
	done > in.jsonl
	fast_and_slow_alike
	run jq -r 'select(.quotes[0].issues_from == "quote+sentence") | .doc' fast.out
	assert_output "$(for k in $(seq 0 20); do printf 'a%s %s\n' "$k" 'this situation' "$k" 'THAT MATTER'; done)"
	run jq -r 'select(.quotes[0].issues_from == "quote") | .quotes[0].issues | join(",")' fast.out
	assert_output "$(for k in $(seq 0 41); do echo ceasefire; done)"
}

@test "a word that only begins like a delimiter (butter, whereabouts, -x, bu, wherea) does not end a clause" {
	jq -n -c '[" butter ", " whereabouts ", " -x ", " bu ", " wherea "] as $ds
		| range(0; 20) as $i | $ds[] as $d
		| ("x" * $i // "") as $pad
		| ($pad + " Donbas" + $d + "the truce was \"") as $a
		| ($a + "fragile\"" + $d + "Donbas") as $t
		| {doc: "d\($i)\($d)", start: 0, end: ($t | length), text: $t,
		   quotes: [{kind: "partial", text: "fragile", start: ($a | length)}]}' > in.jsonl
	fast_and_slow_alike
	run bash -c 'jq -c ".quotes[0] | [.issues, .issues_from]" fast.out | sort | uniq -c'
	assert_output "$(printf '%7d %s' 100 '[["territory","ceasefire"],"sentence"]')"
}

@test "sentences of a document in order: the fast path compares the doc once, and keeps the end of the last good one" {
	# a: 0-5, 5-10 (starts where the last ended), 7-12 (before), 10-15
	# (after the last good one, not the refused one); b: 0-5, 3-8 (before);
	# a again after b, whatever a's end was; 15 before its 12-17; ab, then
	# a, then ab twice: 31 is before ab's 30-35, not a's 20-25
	local s
	for s in a:0 a:5 a:7 a:10 b:0 b:3 a:12 a:15 ab:0 a:20 ab:30 ab:31; do
		jq -n -c --arg d "${s%:*}" --argjson s "${s#*:}" \
			'{doc: $d, start: $s, end: ($s + 5), text: "truce"}'
	done > in.jsonl
	fast_and_slow_alike
	run jq -r '"\(.doc):\(.start)"' fast.out
	assert_output "$(printf '%s\n' a:0 a:5 a:10 b:0 a:12 ab:0 a:20 ab:30)"
	run cut -d: -f3- fast.err
	assert_output "$(printf '%s: sentence starts at %s, before the end of the previous sentence of its document\n' 3 7 6 3 8 15 12 31)"
}

# scan9

@test "one walk serves every entry of a key: an entry settled early keeps what it settled while the others go on" {
	# p settles at the first byte after the key (matched, or dead), q a
	# few bytes on, r only after a blank and a word; the tree of the key
	# is one for the three, walked once along the text
	printf '%s\n' 'issue p | P | p' '	regex abcd' 'issue q | Q | q' '	regex abcd\w*z' \
		'issue r | R | r' '	regex abcd\w*\s+gh' > pqr.txt
	run issues_of pqr.txt 'abcd gh' 'abcdxyz' 'abcdxyz gh' 'abcd.' 'abcdxy' 'abcd ghost' 'ABCD GH' 'abcd gh' 'abcdxyz gh'
	assert_success
	assert_output "p,r q q,r p  p p,r p,r q,r"
	# the same with the entries the other way round in the dictionary
	printf '%s\n' 'issue r | R | r' '	regex abcd\w*\s+gh' 'issue q | Q | q' '	regex abcd\w*z' \
		'issue p | P | p' '	regex abcd' > rqp.txt
	run issues_of rqp.txt 'abcd gh' 'abcdxyz' 'abcdxyz gh' 'abcd.' 'abcd gh'
	assert_output "r,p q r,q p r,p"
	# each key its own tree (its root kept by the key's slot)
	printf '%s\n' 'issue p | P | p' '	regex abcd\w*z' 'issue q | Q | q' '	regex wxyz\s+q' 'issue r | R | r' \
		'	regex mnop(?:q|rs)\b' > keys.txt
	run issues_of keys.txt 'abcd q wxyz q' 'abcdz wxyz q' 'wxyz q abcdz' 'abcdz.' 'wxyz q' 'wxyz z mnopq' \
		'mnopq abcdz wxyz q' 'mnoprs wxyz'
	assert_output "q p,q p,q p q r p,q,r r"
}

@test "the last bytes of a text are scanned as one more block: every word start there, none inside a word" {
	# texts of 17 to 40 bytes, the word at every place of the last 16
	# bytes, and a word that runs across where the blocks meet
	printf '%s\n' 'issue land | Land | land' '	phrase land' '	regex frontline' > last.txt
	local texts=() want=() i
	for i in $(seq 12 35); do
		texts+=("$(printf '%*s' "$i" '' | tr ' ' x) land")
		want+=(land)
	done
	texts+=('xxxxxxxxxxxxxxxmainland' 'xxxxxxxxxxxxxxxxmainland' 'xxxxxxxxxxxxxxmainland is' 'xxxxxxxxxxxx frontline' \
		'xxxxxxxxxxxxxxxxxfrontlines' 'xxxxxxxxxxxxxxxxxxxfrontline.' 'xxxxxxxxxxxxxxxxxxx frontline.')
	want+=('' '' '' land '' '' land)
	run issues_of last.txt "${texts[@]}"
	assert_success
	assert_output "$(printf '%s\n' "${want[@]}" | paste -sd ' ')"
}

@test "a plain phrase's literal rules it out, matches it, or leaves it to the matcher, as pcre2 would match" {
	# the literal: the phrase's letters and single spaces, up to 8 bytes;
	# where a text leaves it for a blank or a hyphen (which a run of
	# blanks may take), or a character >= 0x80, the matcher decides
	printf '%s\n' 'issue p | P | p' '	phrase in the process' '	phrase talks' '	phrase abcd' \
		'	unless efgh' '	phrase line of contact' > lit.txt
	run issues_of lit.txt 'in the process now' 'in Ukraine now' 'in  the process now' 'in-the process now' \
		"$(printf 'in\tthe process now')" 'in the processes now' 'talks' 'talks. Now' 'talks_ now' 'talksx now' \
		'Talks now' 'abcd efgh now' 'abcd-efgh now' 'line of contact now' 'line  of contact now' \
		'line of contacts now' 'line ofcontact now'
	assert_success
	assert_output "p  p p p  p p   p p p p p  "
}

@test "a phrase of two or three characters before its first blank or hyphen is found by its first two bytes" {
	printf '%s\n' 'issue n | N | n' '	phrase US-led bloc' '	phrase non-bloc' '	phrase pow' > short.txt
	run issues_of short.txt 'a US-led bloc' 'a US led bloc' 'a USled bloc' 'US-led' 'a nonbloc' 'non bloc' 'POW' 'pows' 'us'
	assert_success
	assert_output "n n n  n n n  "
}

# issues-speed10

@test "a walk goes on through characters above 0x7F: what matches before one is found, what needs an ASCII byte there is not" {
	# the prefix trees walk a character above 0x7F byte by byte (a node
	# inside it keeps its parent's answers), and start at a key's first
	# such byte; each text comes twice: once learnt, once from the tree
	printf '%s\n' 'issue w | W | w' '	regex walk(?:s|ed)?\s+away' 'issue c | C | c' \
		'	regex caf(?:é|e)\s+talks' 'issue u | U | u' "	regex us\\s+(?:‘|')?could" > high.txt
	local texts=('they walk away’ now' 'walks away’s' 'walk awa’y' 'café talks' 'cafè talks' 'cafe talks' \
		'US ‘could' 'US “could' 'us could')
	run issues_of high.txt "${texts[@]}" "${texts[@]}"
	assert_success
	assert_output "w w  c  c u  u w w  c  c u  u"
}

@test "a walk that reaches the end of the text asks pcre2 once there: a match at the end is found, one that needs more text is not" {
	printf '%s\n' 'issue a | A | a' '	regex article\s+5(?:-|\s+)(?:like|style|type)' 'issue d | D | d' \
		'	regex deals?' 'issue l | L | l' '	regex land\s+(?:swap|for\s+peace)' 'issue x | X | x' \
		'	regex war' > end.txt
	local texts=('the deal' 'the deals' 'the dealer' 'an article 5-style' 'an article 5-' 'an article' \
		'a land swap' 'land' 'land for' 'the war' 'wa' 'a war’' 'warx')
	run issues_of end.txt "${texts[@]}" "${texts[@]}"
	assert_success
	assert_output "d d  a   l   x  x  d d  a   l   x  x "
}

@test "a word whose bytes | 0x20 are those of a listed key, but not folded, raises nothing" {
	# the filters before the tables read a word's four bytes | 0x20
	# (control characters then look like digits); the tables are exact
	printf '%s\n' 'issue g | G | g' '	phrase g0ld' '	phrase g7 summit' > coarse.txt
	run issues_of coarse.txt 'G0LD' "$(printf 'g\x10ld')" 'a G7 summit' "$(printf 'a g\x17 summit')" 'g0ld'
	assert_success
	assert_output "g  g  g"
}

@test "a quote is found in its sentence after characters of two, three and four bytes, wherever sixteen-byte blocks end" {
	# each fragment takes the issues of its own clause: found at the
	# wrong place, it would take the other's, or its sentence's
	printf '%s\n' 'issue c | C | c' '	phrase ceasefire' 'issue l | L | l' '	phrase land' > loc.txt
	local k ch prefix text out
	for ch in é ’ 😀 x; do
		for k in $(seq 0 17); do
			prefix=$(printf "%${k}s" '' | sed "s/ /$ch/g")
			text="$prefix the ceasefire was “firm”; the land was “lost” there"
			# (match's offsets are code points; jq 1.6's index gives bytes)
			jq -n -c --arg t "$text" --arg d "$ch$k" '{doc: $d, start: 0, end: ($t | length),
				text: $t, quotes: [{kind: "partial", text: "firm", start: ($t | match("firm").offset)},
					{kind: "partial", text: "lost", start: ($t | match("lost").offset)}]}'
		done
	done > loc.jsonl
	parley-issues --dict loc.txt loc.jsonl > out.jsonl
	run jq -r -c '[.quotes[] | [.issues, .issues_from]] | tostring' out.jsonl
	assert_success
	[ "${#lines[@]}" -eq 72 ]
	run sort -u <<< "$output"
	assert_output '[[["c"],"sentence"],[["l"],"sentence"]]'
}
