#!/usr/bin/env bats
# parley-actors: who is named in each sentence and who speaks each quote
# (issue 4).

load test_helper

ACTORS="$FIXTURES/actors"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

# gold_records - the seed sentences with the gold quotes, without their
# gold actor, in gold.jsonl
gold_records() {
	jsonl_docs "$FIXTURES"/seeds/*.txt |
		jq -c --slurpfile gold "$FIXTURES/seeds-gold.jsonl" \
			-f "$ACTORS/gold-sentences.jq" > gold.jsonl
	[ "$(jq -s 'map(.quotes | length) | add' gold.jsonl)" -eq 97 ]
	[ "$(jq -s 'map(.quotes[] | select(has("actor"))) | length' gold.jsonl)" -eq 0 ]
}

# story JSON - the sentence records of a story (tests/fixtures/actors/
# story.jq) in in.jsonl
story() {
	jq -c -f "$ACTORS/story.jq" <<<"$1" > in.jsonl
}

# speakers JSON [OPTION]... - each quote's speaker, actor and actor_via,
# one a line, after parley-actors with the options on the story
speakers() {
	local spec=$1
	shift
	story "$spec"
	parley-actors "$@" in.jsonl > out.jsonl || return
	jq -r '.quotes[]? | "\(.speaker) \(.actor) \(.actor_via)"' out.jsonl
}

# named JSON [OPTION]... - each sentence's actors: id=mention@start-end
named() {
	local spec=$1
	shift
	story "$spec"
	parley-actors "$@" in.jsonl > out.jsonl || return
	jq -r '[.actors[] | "\(.id)=\(.mention)@\(.start)-\(.end)"] | join(" ")' out.jsonl
}

# say TEXT SPEAKER - a one-sentence story whose quote has that speaker
say() {
	jq -n -c --arg t "$1" --arg s "$2" \
		'{doc: "d", paras: [[{text: $t, quotes: [{speaker: $s}]}]]}'
}

@test "every gold actor of the seeds is found, and no quote with a null gold actor gets one" {
	gold_records
	parley-actors gold.jsonl > out.jsonl
	jq -c '.quotes[] | {start, speaker, actor}' out.jsonl > got.jsonl
	jq -c '{start, speaker, actor}' "$FIXTURES/seeds-gold.jsonl" > want.jsonl
	run jq -n -r --slurpfile got got.jsonl --slurpfile want want.jsonl \
		'range($want | length) as $i | select($want[$i] != $got[$i])
		 | "\($want[$i].start) \($want[$i].speaker): want \($want[$i].actor), got \($got[$i].actor)"'
	assert_success
	assert_output ""
	[ "$(wc -l < got.jsonl)" -eq 97 ]
	[ "$(jq -s 'map(select(.actor != null)) | length' got.jsonl)" -eq 88 ]
}

@test "each way of resolving a seed speaker is used: name, role, pronoun, continues" {
	gold_records
	parley-actors gold.jsonl > out.jsonl
	run jq -r '.quotes[] | .actor_via' out.jsonl
	assert_success
	assert_equal "$(sort <<<"$output" | uniq -c | awk '{ printf "%s:%s ", $2, $1 }')" \
		"continues:3 name:66 null:9 pronoun:12 role:7 "
}

@test "the quotes carry the actor's display name and side, null when unresolved" {
	gold_records
	parley-actors gold.jsonl > out.jsonl
	run jq -c '.quotes[] | select(.start == 58 or .start == 1542)
		| [.speaker, .actor, .actor_via, .actor_name, .group]' out.jsonl
	assert_success
	assert_output '["Trump’s national security adviser","waltz","role","Mike Waltz","us"]
[null,null,null,null,null]'
}

@test "unknown fields pass through and only actors and the quotes' actor fields are added" {
	gold_records
	jq -c '. + {extra: {"x": [1, "y"]}}' gold.jsonl > in.jsonl
	parley-actors in.jsonl > out.jsonl
	run jq -c 'del(.actors) | .quotes |= map(del(.actor, .actor_via, .actor_name, .group))' out.jsonl
	assert_success
	assert_output "$(cat in.jsonl)"
}

@test "the fast path writes byte for byte what jansson writes" {
	gold_records
	{
		cat gold.jsonl
		# escapes, a \u escape, blanks between tokens, reals, an empty quote
		jq -c '.doc = "esc" | .text |= gsub("Vance"; "Va\"n\\") | .z = 1.5' gold.jsonl | head -3
		printf '%s\n' '{"doc":"u","start":0,"end":9,"text":"Vance \u00e9t\u00e9","quotes":[{}]}'
		printf '%s\n' '{ "doc": "w", "start": 0, "end": 5, "text": "Putin", "quotes": [ {"speaker": "Putin"} ] }'
		printf '%s\n' '{"doc":"x","start":0,"end":5,"text":"Putin","actors":7,"quotes":[{"actor":1,"speaker":"he"}],"para":2}'
	} > in.jsonl
	parley-actors in.jsonl > fast.jsonl
	parley-actors --no-fast-path in.jsonl > slow.jsonl
	cmp fast.jsonl slow.jsonl
	[ "$(wc -l < fast.jsonl)" -eq 106 ]
}

@test "the fast path and jansson agree on records in every JSON form" {
	gold_records
	jq -c -s -f "$ACTORS/vary.jq" gold.jsonl > in.jsonl
	[ "$(wc -l < in.jsonl)" -eq 100 ]
	parley-actors in.jsonl > fast.jsonl
	parley-actors --no-fast-path in.jsonl > slow.jsonl
	cmp fast.jsonl slow.jsonl
	run jq -c '[.actors[0].id, .x, .quotes[0].actor]' fast.jsonl
	assert_line --index 0 '["us_gov","a\nb\t\"q\"\\ é \u0001","vance"]'
}

@test "a text's code points are counted with its escapes and multi-byte characters: a wrong end is rejected as jansson rejects it" {
	text='Vance \"é\"\tsaid\n’no’ \\ ok'
	# its code points, and what a count of bytes or undecoded ones gives
	n=$(printf '"%s"' "$text" | jq 'length')
	raw=$(printf '%s' "$text" | wc -c)
	rawcp=$(printf '%s' "$text" | jq -R 'length')
	bytes=$(printf '"%s"' "$text" | jq -j . | wc -c)
	[ "$n" -eq 24 ] && [ "$raw" -eq 36 ] && [ "$rawcp" -eq 28 ] && [ "$bytes" -eq 31 ]
	for end in "$n" $((n + 1)) $((n - 1)) "$raw" "$rawcp" "$bytes" 21; do
		printf '{"doc":"e%s","start":0,"end":%s,"text":"%s"}\n' "$end" "$end" "$text"
	done > in.jsonl
	same_both_ways actors in.jsonl
	[ "$status" -eq 65 ]
	[ "$(wc -l < fast.rej)" -eq 6 ]
	run jq -r '[.doc, .actors[0].mention, .actors[0].end] | @tsv' fast.out
	assert_output "e24	Vance	5"
}

@test "records whose keys change order or repeat after records of one form are read as jansson reads them" {
	r='"sent":0,"para":0,"start":0,"end":17,"text":"Vance said: \"No\".","quotes":[{"kind":"direct","text":"No","start":13,"end":15,"speaker":"Vance","speaker_start":0,"speaker_end":5,"continues":false}]'
	{
		for d in a b c; do printf '{"doc":"%s",%s}\n' "$d" "$r"; done
		printf '{"doc":"d","start":0,%s}\n' "$r"
		printf '{"doc":"e",%s,"doc":"e"}\n' "$r"
		printf '{"doc":"f",%s}\n' "$r"
		printf '{"quotes":[{"speaker":"Vance","kind":"direct","start":13,"end":15}],"end":17,"start":0,"text":"Vance said: \\"No\\".","doc":"g"}\n'
		printf '{"doc":"h",%s}\n' "${r/\"continues\":false/\"continues\":false,\"speaker\":\"he\"}"
		printf '{"doc":"i",%s}\n' "${r/\"continues\":false/\"continues\":false,\"kind\":\"x\"}"
		printf '{"doc":"j",%s}\n' "$r"
	} > in.jsonl
	same_both_ways actors in.jsonl
	[ "$status" -eq 65 ]
	run jq -r '.doc' fast.rej
	assert_output "d
e
h
i"
	run jq -r '"\(.doc) \(.quotes[0].actor) \(.actors[0].id)"' fast.out
	assert_output "a vance vance
b vance vance
c vance vance
f vance vance
g vance vance
j vance vance"
}

@test "a key near the end of the line is read by its bytes, not by the key the record before had there" {
	{
		printf '%s\n' '{"doc":"a","start":0,"end":5,"text":"Vance","quotes":[]}'
		printf '%s\n' '{"doc":"a","start":6,"end":11,"text":"Putin","actors":[]}'
		printf '%s\n' '{"doc":"a","start":12,"end":17,"text":"Rubio","quotes":[]}'
	} > in.jsonl
	[ "$(tail -c 13 in.jsonl | head -c 9)" = '"quotes":' ]
	same_both_ways actors in.jsonl
	assert_success
	run jq -c '[.actors[0].id, .quotes]' fast.out
	assert_output '["vance",[]]
["putin",null]
["rubio",[]]'
}

@test "a long value repeated from the record before is checked again when a byte of it differs" {
	# the fast path compares a value of 32 bytes or more (a document's
	# title) with the same member of the record before it, and takes it
	# unread when it is the same
	t='Peace talks go on: Vance says a deal is near, and Kyiv waits'
	bad=$(printf '%s' "$t" | sed 's/deal/\xffeal/')
	ctl=$(printf '%s' "$t" | sed 's/deal/\x01eal/')
	other=$(printf '%s' "$t" | sed 's/deal/pact/')
	rec() { # DOC SENT TITLE: a record with the title before its quotes
		printf '{"doc":"%s","sent":%s,"para":0,"start":%s,"end":%s,"text":"Vance","title":"%s","quotes":[]}\n' \
			"$1" "$2" $(($2 * 6)) $(($2 * 6 + 5)) "$3"
	}
	{
		rec d 0 "$t"
		rec d 1 "$bad"
		rec d 2 "$ctl"
		rec d 3 "$other"
		rec d 4 "$t!"
		rec d 5 "$t"
		printf '{"doc":"d","sent":6,"para":0,"title":"%s","start":36,"end":41,"text":"Vance","quotes":[]}\n' "$t"
		rec e 0 "$bad"
	} > in.jsonl
	[ "$(printf '%s' "$t" | wc -c)" -ge 32 ]
	[ "$(printf '%s' "$bad" | wc -c)" -eq "$(printf '%s' "$t" | wc -c)" ]
	same_both_ways actors in.jsonl
	[ "$status" -eq 65 ]
	run env LC_ALL=C sed -E 's/^\{"doc":"([a-z])","sent":([0-9]).*/\1 \2/' fast.rej
	assert_output "d 1
d 2
e 0"
	run jq -r '"\(.sent) \(.title | sub("Peace talks go on: Vance says a "; "")) \(.actors[0].id)"' fast.out
	assert_output "0 deal is near, and Kyiv waits vance
3 pact is near, and Kyiv waits vance
4 deal is near, and Kyiv waits! vance
5 deal is near, and Kyiv waits vance
6 deal is near, and Kyiv waits vance"
}

@test "integers with a leading zero, a sign, a fraction or an exponent are read as jansson reads them" {
	r='"para":0,"end":5,"text":"Vance"'
	q='"speaker":"Vance","speaker_start":0,"speaker_end":5'
	{
		printf '{"doc":"a","sent":0,"start":0,%s,"quotes":[{"start":0,"end":5,%s}]}\n' "$r" "$q"
		printf '{"doc":"b","sent":0,"start":00,%s}\n' "$r"
		printf '{"doc":"c","sent":0,"start":01,%s}\n' "$r"
		printf '{"doc":"d","sent":007,"start":0,%s}\n' "$r"
		printf '{"doc":"e","sent":0,"start":0,%s,"quotes":[{"start":01,"end":5,%s}]}\n' "$r" "$q"
		printf '{"doc":"f","sent":-0,"start":0,%s}\n' "$r"
		printf '{"doc":"g","sent":1.0,"start":0,%s}\n' "$r"
		printf '{"doc":"h","sent":1e2,"start":0,%s}\n' "$r"
		printf '{"doc":"i","sent":-12,"start":0,%s,"quotes":[{"start":0,"end":5,"cue_start":0,"cue_end":10,%s}]}\n' "$r" "$q"
		printf '{"doc":"j","sent":1234567890123456789,"start":0,%s}\n' "$r"
		printf '{"doc":"k","sent":0,"start":0,%s,"quotes":[{"start":0,"end":5,"speaker_start":05,"speaker_end":5}]}\n' "$r"
	} > in.jsonl
	same_both_ways actors in.jsonl
	[ "$status" -eq 65 ]
	run jq -r '.doc' fast.rej
	assert_output "b
c
d
e
k"
	# as jansson writes them
	run sed -E 's/^\{"doc":"([a-z])","sent":([^,]*),.*/\1 \2/' fast.out
	assert_output "a 0
f 0
g 1.0
h 100.0
i -12
j 1234567890123456789"
	run jq -r '"\(.doc) \(.actors[0].id) \(.quotes[0].actor)"' fast.out
	assert_output "a vance vance
f vance null
g vance null
h vance null
i vance vance
j vance null"
}

@test "a speaker in another sentence than its quote is read in its own sentence and paragraph" {
	# the speaker's sentence is looked for from the quote's first
	story '{"doc": "d", "paras": [["Bob Smith arrived."], ["He spoke."],
		[{"text": "We will win, it was said.", "quotes": [{"speaker": "He", "content": "We will win"}]}]]}'
	jq -c 'if .sent == 2 then .quotes[0] += {speaker_start: 19, speaker_end: 21} else . end' in.jsonl > moved.jsonl
	run jq -r 'select(.sent == 1) | .text[(19 - .start):(21 - .start)]' moved.jsonl
	assert_output "He"
	run parley-actors --dict "$ACTORS/small.txt" moved.jsonl
	assert_success
	run jq -r '.quotes[]? | "\(.speaker) \(.actor) \(.actor_via)"' <<<"$output"
	assert_output "He smith_bob pronoun"
	# where the quote is, He cannot reach back to Bob Smith
	parley-actors --dict "$ACTORS/small.txt" in.jsonl > out.jsonl
	run jq -r '.quotes[]? | "\(.speaker) \(.actor)"' out.jsonl
	assert_output "He null"
}

@test "code points are counted to a speaker and between mentions after long runs of multi-byte characters" {
	# 16 bytes at a time, then 8, then one by one: runs of é (2 bytes), €
	# (3) and 𝄞 (4) of many lengths before a speaker and between names
	for n in 0 1 7 8 15 16 17 31 33 40; do
		run_e=$(printf 'é%.0s' $(seq "$n"))
		run_x=$(printf '€𝄞%.0s' $(seq "$n"))
		jq -n -c --arg a "$run_e" --arg b "$run_x" --argjson n "$n" \
			'{doc: "d\($n)", paras: [[{text: ($a + " the Washington Post said: " + $b + " Putin and " + $a + $b + " Rubio met.”"),
			   quotes: [{speaker: "Washington", content: "Putin"}]}]]}' |
			jq -c -f "$ACTORS/story.jq"
	done > in.jsonl
	same_both_ways actors in.jsonl
	assert_success
	# the speaker's offsets hold "Washington" in the Post: the outlet
	run jq -r '.quotes[0] | "\(.speaker) \(.actor)"' fast.out
	assert_output "$(for n in 0 1 7 8 15 16 17 31 33 40; do echo "Washington wapo"; done)"
	run jq -c '. as $r | .actors[] | select($r.text[(.start - $r.start):(.end - $r.start)] != .mention)' fast.out
	assert_output ""
	[ "$(jq -s 'map(.actors | length) | add' fast.out)" -eq 30 ]
}

@test "a mention in a text with escapes is written with its escapes" {
	printf '%s\n' '{"doc":"t","start":0,"end":13,"text":"J\tSmith met X"}' \
		'{"doc":"u","start":0,"end":13,"text":"J  Smith \"X\"."}' > in.jsonl
	parley-actors --dict "$ACTORS/filter.txt" in.jsonl > fast.jsonl
	parley-actors --no-fast-path --dict "$ACTORS/filter.txt" in.jsonl > slow.jsonl
	cmp fast.jsonl slow.jsonl
	run jq -c '[.actors[] | .mention]' fast.jsonl
	assert_output '["J\tSmith","X"]
["J  Smith","X"]'
	run grep -c 'J\\tSmith' fast.jsonl
	assert_output 1
}

@test "titles are found the same before and after the anchored role patterns are compiled (after 2,000 searches)" {
	jq -n -c '[range(0; 2400) | if . % 10 == 9 then "The US and JD Vance spoke."
		else "US Vice President JD Vance spoke." end]
		| {doc: "d", paras: [.]}' > spec.json
	story "$(cat spec.json)"
	parley-actors in.jsonl > out.jsonl
	run jq -r -s 'group_by(.text) | map("\(.[0].text) \(length) \(map([.actors[].id] | join(",")) | unique)") | .[]' out.jsonl
	assert_success
	assert_output 'The US and JD Vance spoke. 240 ["us_gov,vance"]
US Vice President JD Vance spoke. 2160 ["vance"]'
}

@test "running twice gives the same output as running once" {
	gold_records
	parley-actors gold.jsonl > once.jsonl
	parley-actors once.jsonl > twice.jsonl
	cmp once.jsonl twice.jsonl
}

@test "a document mixing records with and without the actor fields, and records jansson reads, is written as jansson writes it" {
	gold_records
	parley-actors gold.jsonl > once.jsonl
	# every other record loses the fields; every third is written with blanks
	jq -c 'if input_line_number % 2 == 0 then . else del(.actors) | .quotes |= map(del(.actor, .actor_via, .actor_name, .group)) end' once.jsonl |
		awk 'NR % 3 == 0 { sub(/,"text":/, ", \"text\": ") } { print }' > mixed.jsonl
	[ "$(grep -c '"actors"' mixed.jsonl)" -ge 40 ]
	[ "$(grep -c ', "text": ' mixed.jsonl)" -ge 30 ]
	parley-actors mixed.jsonl > fast.jsonl
	parley-actors --no-fast-path mixed.jsonl > slow.jsonl
	cmp fast.jsonl slow.jsonl
	cmp fast.jsonl once.jsonl
}

@test "the output is the same from run to run" {
	gold_records
	parley-actors gold.jsonl > a.jsonl
	parley-actors gold.jsonl > b.jsonl
	cmp a.jsonl b.jsonl
}

@test "spellings of a name resolve to one actor: Zelenskyy, Zelensky, Zelenskiy, Volodymyr Zelenskyy" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "Zelenskyy said no.", "quotes": [{"speaker": "Zelenskyy"}]},
		{"text": "Zelensky said no.", "quotes": [{"speaker": "Zelensky"}]},
		{"text": "Zelenskiy said no.", "quotes": [{"speaker": "Zelenskiy"}]},
		{"text": "Volodymyr Zelenskyy said no.", "quotes": [{"speaker": "Volodymyr Zelenskyy"}]},
		{"text": "JD Vance said no.", "quotes": [{"speaker": "JD Vance"}]},
		{"text": "J.D. Vance said no.", "quotes": [{"speaker": "J.D. Vance"}]},
		{"text": "J. D. Vance said no.", "quotes": [{"speaker": "J. D. Vance"}]}]]}'
	assert_success
	assert_output "Zelenskyy zelenskyy name
Zelensky zelenskyy name
Zelenskiy zelenskyy name
Volodymyr Zelenskyy zelenskyy name
JD Vance vance name
J.D. Vance vance name
J. D. Vance vance name"
}

@test "a title before a name resolves to the person, and the title's country is not listed as named" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "US Vice President JD Vance said no.", "quotes": [{"speaker": "US Vice President JD Vance"}]},
		{"text": "Russian President Vladimir Putin said no.", "quotes": [{"speaker": "Russian President Vladimir Putin"}]},
		{"text": "President Trump said no.", "quotes": [{"speaker": "President Trump"}]}]]}'
	assert_success
	assert_output "US Vice President JD Vance vance name
Russian President Vladimir Putin putin name
President Trump trump name"
	run jq -r '[.actors[].id] | join(" ")' out.jsonl
	assert_output "vance
putin
trump"
}

@test "a possessive names its actor: Zelenskyy’s, Putin's" {
	run speakers "$(say "Zelenskyy’s message and Putin's reply." "Zelenskyy’s")"
	assert_success
	assert_output "Zelenskyy’s zelenskyy name"
	run named "$(say "Zelenskyy’s message and Putin's reply." "Putin's")"
	assert_output "zelenskyy=Zelenskyy@0-9 putin=Putin@24-29"
}

@test "names match case and whole words: Vance, not advance or VANCEs" {
	run named '{"doc": "d", "paras": [["They advance on Vance and vance, Vances, RUSSIAN, Russian, Russia."]]}'
	assert_success
	assert_output "vance=Vance@16-21 kremlin=Russia@59-65"
}

@test "an all-caps headline names its actors: VANCE, ZELENSKYY, PUTIN" {
	run named '{"doc": "d", "paras": [["VANCE WARNS ZELENSKYY AND PUTIN, NOT ADVANCE"]]}'
	assert_success
	assert_output "vance=VANCE@0-5 zelenskyy=ZELENSKYY@12-21 putin=PUTIN@26-31"
}

@test "Kyiv and Kiev are Ukraine, Luhansk and Lugansk one place of its side" {
	run named '{"doc": "d", "paras": [["Kyiv and Kiev spoke of Luhansk and Lugansk."]]}'
	assert_success
	assert_output "ukraine_gov=Kyiv@0-4 ukraine_gov=Kiev@9-13 luhansk=Luhansk@23-30 luhansk=Lugansk@35-42"
	run jq -r '[.actors[].group] | join(" ")' out.jsonl
	assert_output "ukraine ukraine ukraine ukraine"
}

@test "a place is named but never speaks" {
	run speakers "$(say "Crimea said it was ready." "Crimea")"
	assert_success
	assert_output "Crimea null null"
}

@test "the longest name wins: the Washington Post is an outlet, not Washington" {
	run named '{"doc": "d", "paras": [["The Washington Post and Washington and the US State Department."]]}'
	assert_success
	assert_output "wapo=Washington Post@4-19 us_gov=Washington@24-34 state_department=US State Department@43-62"
}

@test "sentence offsets are code points of the document, across sentences and paragraphs" {
	run named '{"doc": "d", "paras": [["“Peace,” said Putin’s aide.", "Then Rubio spoke."], ["Médecins, Zelenskyy."]]}'
	assert_success
	assert_output "putin=Putin@14-19
rubio=Rubio@33-38
zelenskyy=Zelenskyy@56-65"
	run jq -r '.text[(.actors[0].start - .start):(.actors[0].end - .start)]' out.jsonl
	assert_output "Putin
Rubio
Zelenskyy"
}

@test "a surname alone names a person once the full name has been used" {
	run named '{"doc": "d", "paras": [["Okafor arrived.", "Chidi Okafor spoke.", "Okafor left."]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "
okafor=Chidi Okafor@16-28
okafor=Okafor@36-42"
}

@test "a surname two people share names the one named in full last" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "Anna Smith met Bob Smith, and Smith said no.", "quotes": [{"speaker": "Smith", "speaker_nth": 2}]},
		{"text": "Anna Smith came back and Smith said yes.", "quotes": [{"speaker": "Smith", "speaker_nth": 1}]}]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "Smith smith_bob name
Smith smith_anna name"
}

@test "a surname with a particle: van den Berg" {
	run named '{"doc": "d", "paras": [["Els van den Berg spoke and van den Berg left."]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "vdberg=Els van den Berg@0-16 vdberg=van den Berg@27-39"
}

@test "a surname is never carried to another document" {
	run named '{"doc": "d1", "paras": [["Chidi Okafor spoke."]]}' --dict "$ACTORS/small.txt"
	jq -c '.doc = "d2" | .text = "Okafor spoke." | .end = 13' in.jsonl >> in.jsonl
	run parley-actors --dict "$ACTORS/small.txt" in.jsonl
	assert_success
	assert_equal "$(jq -c '[.doc, [.actors[].id]]' <<<"$output")" '["d1",["okafor"]]
["d2",[]]'
}

@test "a name is found wherever it may begin, and nowhere inside a word (the first-bytes filter)" {
	run named '{"doc": "d", "paras": [["Élysée and ’t Hooft met X, J  Smith and J\u00a0Smith; ÉÉlysée, aX, Xa, éX and ÉX are not names, nor Ursula von der Leyen2. Ursula VDL and von der Leyen spoke: X"]]}' --dict "$ACTORS/filter.txt"
	assert_success
	nbsp=$(printf '\u00a0')
	assert_output "elysee=Élysée@0-6 hooft=’t Hooft@11-19 ex=X@24-25 jsmith=J  Smith@27-35 jsmith=J${nbsp}Smith@40-47 vdl=Ursula VDL@118-128 vdl=von der Leyen@133-146 ex=X@154-155"
	run named '{"doc": "d", "paras": [["A. B. Cee, A.B. Cee, A.B.Cee and A.  B. Cee met the US, USA and US-led"]]}' --dict "$ACTORS/filter.txt"
	assert_success
	assert_output "abc=A. B. Cee@0-9 abc=A.B. Cee@11-19 abc=Cee@25-28 abc=Cee@40-43 us=US@52-54 us=US@64-66"
}

@test "a name is found at every place of a 16-byte and 32-byte step, with few lead bytes (32 at a time) and many (byte by byte)" {
	jq -c -n -f "$ACTORS/leads.jq" > in.jsonl
	[ "$(wc -l < in.jsonl)" -eq 48 ]
	for dict in leads-few leads-many; do
		parley-actors --dict "$ACTORS/$dict.txt" in.jsonl > "$dict.jsonl"
		run jq -c 'select([.actors[] | "\(.id)@\(.start)-\(.end)"] != .want) | .text' "$dict.jsonl"
		assert_success
		assert_output ""
		[ "$(wc -l < "$dict.jsonl")" -eq 48 ]
	done
	# the prefixes do end with letters (no name then) and with others
	[ "$(jq -s 'map(select(.want | length == 1)) | length' in.jsonl)" -gt 10 ]
	[ "$(jq -s 'map(select(.want | length == 2)) | length' in.jsonl)" -gt 10 ]
}

@test "every mention's offsets hold its text, in sentences of ASCII text and others" {
	gold_records
	parley-actors gold.jsonl > out.jsonl
	[ "$(jq -s 'map(select(.text | explode | all(. < 128))) | length' out.jsonl)" -gt 20 ]
	[ "$(jq -s 'map(select(.text | explode | any(. >= 128))) | length' out.jsonl)" -gt 20 ]
	[ "$(jq -s 'map(.actors | length) | add' out.jsonl)" -gt 100 ]
	run jq -c '. as $r | .actors[] | select($r.text[(.start - $r.start):(.end - $r.start)] != .mention)' out.jsonl
	assert_success
	assert_output ""
}

@test "a role is found in any case, however short, and with the role filter off" {
	local kelvin
	kelvin=$(printf 'the desk cler\u212a')
	spec=$(jq -n -c --arg k "$kelvin" '{doc: "d", paras: [[
		{text: "“Yes,” said the VP.", quotes: [{speaker: "the VP"}]},
		{text: "“No,” said The vp.", quotes: [{speaker: "The vp"}]},
		{text: "“Maybe,” said Smith’s No. 2.", quotes: [{speaker: "Smith’s No. 2"}]},
		{text: ("“Yes,” said " + $k + "."), quotes: [{speaker: $k}]},
		{text: "“Never,” said the deputy.", quotes: [{speaker: "the deputy"}]},
		{text: "“Soon,” said the ATTACHÉ.", quotes: [{speaker: "the ATTACHÉ"}]}]]}')
	run speakers "$spec" --dict "$ACTORS/roles-short.txt"
	assert_success
	assert_output "the VP jsmith role
The vp jsmith role
Smith’s No. 2 jsmith role
$kelvin jsmith role
the deputy null null
the ATTACHÉ null null"
	run speakers "$spec" --dict "$ACTORS/roles-short.txt" --dict "$ACTORS/roles-accent.txt"
	assert_success
	assert_output "the VP jsmith role
The vp jsmith role
Smith’s No. 2 jsmith role
$kelvin jsmith role
the deputy null null
the ATTACHÉ marie role"
}

@test "a regex name matches as the dictionary says" {
	run named '{"doc": "d", "paras": [["GREY BAY and Grey Bay and grey  bay."]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "bay=GREY BAY@0-8 bay=Grey Bay@13-21 bay=grey  bay@26-35"
}

@test "a role names the one actor that holds it" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "The vice president said no.", "quotes": [{"speaker": "The vice president"}]},
		{"text": "Kremlin spokesman said no.", "quotes": [{"speaker": "Kremlin spokesman"}]},
		{"text": "Ukraine’s president said no.", "quotes": [{"speaker": "Ukraine’s president"}]},
		{"text": "The national security adviser said no.", "quotes": [{"speaker": "the national security adviser"}]},
		{"text": "Trump’s national security adviser said no.", "quotes": [{"speaker": "Trump’s national security adviser"}]}]]}'
	assert_success
	assert_output "The vice president vance role
Kremlin spokesman peskov role
Ukraine’s president zelenskyy role
the national security adviser waltz role
Trump’s national security adviser waltz role"
}

@test "a name before its own role in the mention names the actor" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "Keith Kellogg met him.", "quotes": []},
		{"text": "Steve Witkoff, Trump’s special envoy, said no.", "quotes": [{"speaker": "Steve Witkoff, Trump’s special envoy"}]},
		{"text": "Peskov, the Kremlin spokesman, said no.", "quotes": [{"speaker": "Peskov, the Kremlin spokesman"}]}]]}'
	assert_success
	assert_output "Steve Witkoff, Trump’s special envoy witkoff name
Peskov, the Kremlin spokesman peskov name"
}

@test "a generic role names the last actor of the document, named or heard, who holds it" {
	run speakers '{"doc": "d", "paras": [
		["Marco Rubio met Mike Waltz."],
		[{"text": "The diplomat said no.", "quotes": [{"speaker": "The diplomat"}]}],
		["Then Waltz left."],
		[{"text": "The official said yes.", "quotes": [{"speaker": "the official"}]}],
		[{"text": "The diplomat said more.", "quotes": [{"speaker": "The diplomat"}]}],
		[{"text": "The official said more.", "quotes": [{"speaker": "the official"}]}],
		["Putin then met Trump.", {"text": "The president said so.", "quotes": [{"speaker": "The president"}]}]]}'
	assert_success
	assert_output "The diplomat rubio role
the official waltz role
The diplomat rubio role
the official rubio role
The president trump role"
}

@test "a generic role with no one before it, or with an indefinite article, stays null" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "The president said no.", "quotes": [{"speaker": "The president"}]},
		{"text": "Dmitry Peskov spoke, then a Kremlin official said no.", "quotes": [{"speaker": "a Kremlin official"}]}]]}'
	assert_success
	assert_output "The president null null
a Kremlin official null null"
}

@test "a name before a generic role keeps to that name's side" {
	run speakers '{"doc": "d", "paras": [
		["Chidi Okafor and Dana Ruiz met."],
		[{"text": "The envoy said yes.", "quotes": [{"speaker": "The envoy"}]}],
		[{"text": "Northland’s envoy said no.", "quotes": [{"speaker": "Northland’s envoy"}]}]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "The envoy ruiz role
Northland’s envoy okafor role"
}

@test "he and she name the last person of that pronoun in the same or the previous paragraph" {
	run speakers '{"doc": "d", "paras": [
		[{"text": "Anna Smith said it was over.", "quotes": [{"speaker": "Anna Smith", "content": "it was over"}]},
		 {"text": "Bob Smith said it was not.", "quotes": [{"speaker": "Bob Smith", "content": "it was not"}]}],
		[{"text": "She said more, he added.", "quotes": [{"speaker": "She", "content": "more"}, {"speaker": "he", "content": "more"}]}]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "Anna Smith smith_anna name
Bob Smith smith_bob name
She smith_anna pronoun
he smith_bob pronoun"
}

@test "a pronoun does not reach back beyond the previous paragraph" {
	run speakers '{"doc": "d", "paras": [
		[{"text": "Bob Smith said it was over.", "quotes": [{"speaker": "Bob Smith", "content": "it was over"}]}],
		["Nothing here."],
		["Nor here."],
		[{"text": "He said more.", "quotes": [{"speaker": "He", "content": "more"}]}]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "Bob Smith smith_bob name
He null null"
}

@test "a pronoun skips the people named inside quotes" {
	run speakers '{"doc": "d", "paras": [
		[{"text": "Zelenskyy rejected recognising Crimea, which was annexed by Putin.", "quotes": [{"speaker": "Zelenskyy", "content": "recognising Crimea, which was annexed by Putin"}]}],
		[{"text": "This is ours, he said.", "quotes": [{"speaker": "he", "content": "This is ours"}]}]]}'
	assert_success
	assert_output "Zelenskyy zelenskyy name
he zelenskyy pronoun"
}

@test "it names the last body, they a body or a they-person, and nothing after a group" {
	run speakers '{"doc": "d", "paras": [
		["Northland and Bob Smith spoke."],
		[{"text": "It insists on peace.", "quotes": [{"speaker": "It", "content": "on peace"}]}],
		["Dana Ruiz arrived."],
		[{"text": "They said yes.", "quotes": [{"speaker": "They", "content": "yes"}]}],
		[{"text": "Northern officials said no.", "quotes": [{"speaker": "Northern officials", "content": "no"}]}],
		[{"text": "They said no again.", "quotes": [{"speaker": "They", "content": "no again"}]}]]}' --dict "$ACTORS/small.txt"
	assert_success
	assert_output "It northland pronoun
They ruiz pronoun
Northern officials null null
They null null"
}

@test "a pronoun never finds an actor of another document" {
	story '{"doc": "d1", "paras": [[{"text": "Bob Smith said no.", "quotes": [{"speaker": "Bob Smith"}]}]]}'
	mv in.jsonl one.jsonl
	story '{"doc": "d2", "paras": [[{"text": "He said yes.", "quotes": [{"speaker": "He"}]}]]}'
	cat one.jsonl in.jsonl > both.jsonl
	run parley-actors --dict "$ACTORS/small.txt" both.jsonl
	assert_success
	assert_equal "$(jq -c '[.doc, .quotes[0].actor]' <<<"$output")" '["d1","smith_bob"]
["d2",null]'
}

@test "a quote that continues another takes its actor" {
	run speakers '{"doc": "d", "paras": [
		[{"text": "We will go on, he said.", "quotes": [{"speaker": "he", "content": "We will go on"}]}],
		[{"text": "And on.", "quotes": [{"content": "And on.", "continues": true}]}]]}'
	assert_success
	assert_output "he null null
null null null"
	run speakers '{"doc": "d", "paras": [
		[{"text": "We will go on, Rubio said.", "quotes": [{"speaker": "Rubio", "content": "We will go on"}]}],
		[{"text": "And on.", "quotes": [{"content": "And on.", "continues": true}]}]]}'
	assert_success
	assert_output "Rubio rubio name
null rubio continues"
}

@test "groups, unnamed reports and two speakers stay unresolved" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "Western security officials said no.", "quotes": [{"speaker": "Western security officials"}]},
		{"text": "The officials said no.", "quotes": [{"speaker": "the officials"}]},
		{"text": "Both sides said no.", "quotes": [{"speaker": "both sides"}]},
		{"text": "Reports said no.", "quotes": [{"speaker": "Reports"}]},
		{"text": "US officials said no.", "quotes": [{"speaker": "US officials"}]},
		{"text": "Vance and Rubio said no.", "quotes": [{"speaker": "Vance and Rubio"}]}]]}'
	assert_success
	assert_output "Western security officials null null
the officials null null
both sides null null
Reports null null
US officials null null
Vance and Rubio null null"
}

@test "a speaker the dictionary does not know keeps its mention and gets no actor" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "John Doe said no.", "quotes": [{"speaker": "John Doe"}]},
		{"text": "US envoy John Doe said no.", "quotes": [{"speaker": "US envoy John Doe"}]},
		{"text": "A Kremlin source said no.", "quotes": [{"speaker": "A Kremlin source"}]}]]}'
	assert_success
	assert_output "John Doe null null
US envoy John Doe null null
A Kremlin source null null"
}

@test "a name inside a description speaks for its actor: a US deal, Rubio's assurance" {
	run speakers '{"doc": "d", "paras": [[
		{"text": "A US deal called for a truce.", "quotes": [{"speaker": "A US deal"}]},
		{"text": "Rubio’s assurance came.", "quotes": [{"speaker": "Rubio’s assurance"}]}]]}'
	assert_success
	assert_output "A US deal us_gov name
Rubio’s assurance rubio name"
}

@test "a speaker without offsets is read from its own text" {
	story "$(say "He met Putin." "Vladimir Putin")"
	jq -c '.quotes[0].speaker_start = null | .quotes[0].speaker_end = null' in.jsonl > nooff.jsonl
	run parley-actors nooff.jsonl
	assert_success
	assert_equal "$(jq -c '[.quotes[0].actor, .quotes[0].actor_via]' <<<"$output")" '["putin","name"]'
}

@test "a record without quotes gets its actors and no quotes" {
	printf '%s\n' '{"doc":"d","sent":0,"para":0,"start":0,"end":24,"text":"Peskov said it was over."}' > in.jsonl
	run parley-actors in.jsonl
	assert_success
	assert_output '{"doc":"d","sent":0,"para":0,"start":0,"end":24,"text":"Peskov said it was over.","actors":[{"id":"peskov","mention":"Peskov","start":0,"end":6,"group":"russia"}]}'
}

@test "a display name with quotes and a backslash is written escaped on the quotes" {
	printf '%s\n' 'actor odd | The "Odd" \ One | north | person | he' '	name Odd One' \
		'actor ann | Ann | north | person | she' '	name Ann Lee' > odd.txt
	run speakers '{"doc": "d", "paras": [[{"text": "Odd One said no, Ann Lee said yes.",
		"quotes": [{"speaker": "Odd One", "content": "no"}, {"speaker": "Ann Lee", "content": "yes"}, {"speaker": "Bo", "content": "said"}]}]]}' --dict odd.txt
	assert_success
	run jq -r '.quotes[] | "\(.actor_name)|\(.group)"' out.jsonl
	assert_output 'The "Odd" \ One|north
Ann|north
null|null'
	grep -F '"actor_name":"The \"Odd\" \\ One"' out.jsonl
	same_both_ways actors in.jsonl --dict odd.txt
	assert_success
}

@test "an empty quote object gets the four fields" {
	printf '%s\n' '{"doc":"d","start":0,"end":5,"text":"Hello","quotes":[{}]}' > in.jsonl
	run parley-actors in.jsonl
	assert_success
	assert_output '{"doc":"d","start":0,"end":5,"text":"Hello","quotes":[{"actor":null,"actor_via":null,"actor_name":null,"group":null}],"actors":[]}'
}

@test "--check prints what a good dictionary holds" {
	run --separate-stderr parley-actors --check "$ACTORS/small.txt"
	assert_success
	assert_output "$ACTORS/small.txt: 9 actors (5 people, 1 organisations, 1 countries, 1 outlets, 1 places), 10 names (and 10 in capitals), 4 surnames, 1 patterns, 6 roles (3 shared); 2 name patterns, 1 role pattern"
	assert_equal "$stderr" ""
}

@test "--check covers every actor id of the gold in the default dictionary" {
	run parley-actors --check "$TOP/lib/dict/actors.txt"
	assert_success
	run bash -c "jq -r 'select(.actor) | .actor' '$FIXTURES/seeds-gold.jsonl' | sort -u"
	for id in $output lavrov ushakov dmitriev medvedev yermak sybiha umerov starmer \
		macron merz meloni von_der_leyen kallas rutte erdogan bin_salman white_house \
		state_department nato un ft bloomberg abc fox reuters ap bbc cnn tass ria; do
		grep -q "^actor $id |" "$TOP/lib/dict/actors.txt" || fail "no actor '$id'"
	done
}

@test "--check reports every mistake of a dictionary with file:line and exits 65" {
	cp "$ACTORS/bad.txt" bad.txt
	run --separate-stderr parley-actors --check bad.txt
	assert_failure 65
	assert_output ""
	assert_equal "$stderr" "parley-actors: bad.txt:4: regex 'Alpha(': bad pattern at offset 6: missing closing parenthesis
parley-actors: bad.txt:5: duplicate actor id 'a1' (first at bad.txt:2)
parley-actors: bad.txt:7: missing column(s): want 'actor ID | NAME | GROUP | KIND [| PRONOUN]'
parley-actors: bad.txt:10: name 'Alpha One' is already a name of 'a1' (bad.txt:3)
parley-actors: bad.txt:12: actor 'd4': unknown kind 'robot': want person, organisation, country, outlet or place
parley-actors: bad.txt:15: actor 'e5': bad pronoun 'it': want he, she or they, for a person
parley-actors: bad.txt:18: pattern 'x*' matches the empty string
parley-actors: bad.txt:19: unknown entry 'nickname': want actor, name, regex, role or surname
parley-actors: bad.txt:20: bad actor id 'G7': want lower-case letters, digits and _
parley-actors: bad.txt:21: actor 'h8' has no 'name' or 'regex' line
parley-actors: 10 mistakes in the actors dictionary"
}

@test "a name claimed in two dictionaries is refused with both places" {
	printf 'actor x | X | north | person\n\tname  Anna Smith\n' > more.txt
	run --separate-stderr parley-actors --check "$ACTORS/small.txt" --check more.txt
	assert_failure 65
	assert_equal "${stderr_lines[0]}" "parley-actors: more.txt:2: name 'Anna Smith' is already a name of 'smith_anna' ($ACTORS/small.txt:6)"
}

@test "--dict takes several dictionaries, together" {
	printf 'actor x | Xavier Quill | north | person | he\n\tname  Xavier Quill\n' > more.txt
	run named '{"doc": "d", "paras": [["Xavier Quill met Anna Smith and Putin."]]}' --dict "$ACTORS/small.txt" --dict more.txt
	assert_success
	assert_output "x=Xavier Quill@0-12 smith_anna=Anna Smith@17-27"
}

@test "a bad dictionary stops the run with 65 before any output" {
	gold_records
	run --separate-stderr parley-actors --dict "$ACTORS/bad.txt" gold.jsonl
	assert_failure 65
	assert_output ""
	assert_equal "${stderr_lines[-1]}" "parley-actors: 10 mistakes in the actors dictionary"
}

@test "a dictionary that cannot be read exits 66" {
	run --separate-stderr parley-actors --dict no-such.txt /dev/null
	assert_failure 66
	assert_equal "$stderr" "parley-actors: cannot open dictionary 'no-such.txt': No such file or directory"
}

@test "the default dictionary is found through PARLEY_DATADIR" {
	mkdir data
	cp "$ACTORS/small.txt" data/actors.txt
	story "$(say "Anna Smith met Putin." "Anna Smith")"
	PARLEY_DATADIR=$PWD/data run parley-actors in.jsonl
	assert_success
	assert_equal "$(jq -c '[.actors[].id]' <<<"$output")" '["smith_anna"]'
}

@test "bad lines are reported with file:line, kept in --rejects, and the rest is written" {
	gold_records
	head -3 gold.jsonl > in.jsonl
	{
		echo 'not json'
		echo '[1]'
		printf '{"doc":"d9","text":"\xC0\xAF","start":0,"end":1}\n'
		echo '{"doc":"000_c57ef8b43f332ce7","start":0,"end":5}'
		echo '{"doc":"d9","text":"Putin","start":0,"end":5,"quotes":7}'
		echo '{"doc":"d9","text":"Putin","start":0,"end":5,"quotes":[{"speaker":5}]}'
		echo '{"doc":"d9","text":"Putin","start":0,"end":5,"quotes":[{"speaker_start":-2}]}'
		echo '{"doc":"d9","text":"Putin","start":0,"end":6}'
	} > bad.jsonl
	cat bad.jsonl >> in.jsonl
	sed -n '4,10p' gold.jsonl >> in.jsonl
	run --separate-stderr parley-actors --rejects rej.jsonl in.jsonl
	assert_failure 65
	cmp rej.jsonl bad.jsonl
	# jansson's own words after "invalid JSON at column N" vary by version
	assert_equal "$(sed 's/\(invalid JSON at column [0-9]*\): .*/\1/' <<<"$stderr")" \
"parley-actors: in.jsonl:4: invalid JSON at column 3
parley-actors: in.jsonl:5: record is an array, not a JSON object
parley-actors: in.jsonl:6: invalid JSON at column 20
parley-actors: in.jsonl:7: missing field 'text'
parley-actors: in.jsonl:8: field 'quotes' is a number, not an array
parley-actors: in.jsonl:9: quotes[0]: field 'speaker' is a number, not a string
parley-actors: in.jsonl:10: quotes[0]: field 'speaker_start' is negative, not a non-negative integer
parley-actors: in.jsonl:11: 'end' - 'start' is 6 but 'text' has 5 code points"
	assert_equal "${#lines[@]}" 10
	assert_equal "$(jq -c .sent <<<"$output" | paste -sd,)" "0,1,2,3,4,5,6,7,8,9"
}

@test "a sentence that goes back in its document is rejected" {
	gold_records
	sed -n '1,3p;2p;4p' gold.jsonl > in.jsonl
	run --separate-stderr parley-actors in.jsonl
	assert_failure 65
	assert_equal "$stderr" "parley-actors: in.jsonl:3: sentence starts at 95, before the end of the previous sentence of its document"
	assert_equal "$(jq -c .sent <<<"$output" | paste -sd,)" "0,1,2,3"
}

@test "--strict stops at the first bad line after writing the records before it" {
	gold_records
	{ head -5 gold.jsonl; echo 'oops'; sed -n '6,$p' gold.jsonl; } > in.jsonl
	run --separate-stderr parley-actors --strict in.jsonl
	assert_failure 65
	assert_equal "${stderr%%: invalid JSON at column 4: *}" "parley-actors: in.jsonl:6"
	assert_equal "${#stderr_lines[@]}" 1
	assert_equal "$(jq -c .sent <<<"$output" | paste -sd,)" "0,1,2,3,4"
	assert_equal "$(jq -c '.quotes[0].actor' <<<"$output" | head -1)" '"vance"'
}

@test "empty input gives no output and exit 0" {
	: > empty.jsonl
	run --separate-stderr parley-actors empty.jsonl
	assert_success
	assert_output ""
	assert_equal "$stderr" ""
}

@test "a write error exits 74" {
	gold_records
	run --separate-stderr parley-actors gold.jsonl
	assert_success
	run --separate-stderr bash -c 'parley-actors gold.jsonl > /dev/full'
	assert_failure 74
	assert_equal "$stderr" "parley-actors: write error on standard output: No space left on device"
}

@test "a closed pipe downstream ends quietly" {
	gold_records
	for i in 1 2 3 4 5 6 7 8; do cat gold.jsonl; done > many.jsonl
	run --separate-stderr bash -c 'parley-actors many.jsonl | head -1 > /dev/null; echo "${PIPESTATUS[0]}"'
	assert_success
	assert_output --regexp '^(0|141)$'
	assert_equal "$stderr" ""
}

@test "usage: --help with an example, --version, a bad option is 64" {
	run parley-actors --help
	assert_success
	assert_line --partial "Usage: parley-actors [OPTION]... [FILE]..."
	assert_line --partial "parley-actors | jq -c"
	run parley-actors --version
	assert_success
	assert_output --regexp '^parley-actors [0-9]+\.[0-9]+\.[0-9]+$'
	run --separate-stderr parley-actors --bogus
	assert_failure 64
	run --separate-stderr parley-actors --check x.txt --dict y.txt
	assert_failure 64
	assert_equal "${stderr_lines[0]}" "parley-actors: --check takes dictionaries and nothing else"
}

@test "gen-actors-dict writes the requested number of actors, the same each time, that --check accepts" {
	run "$TOP/scripts/gen-actors-dict" 600
	assert_success
	printf '%s\n' "$output" > d1.txt
	"$TOP/scripts/gen-actors-dict" 600 > d2.txt
	cmp d1.txt d2.txt
	assert_equal "$(grep -c '^actor ' d1.txt)" 600
	run parley-actors --check d1.txt
	assert_success
	assert_output --partial ": 600 actors ("
	"$TOP/scripts/gen-actors-dict" --no-base 50 > d3.txt
	assert_equal "$(grep -c '^actor ' d3.txt)" 50
	run --separate-stderr "$TOP/scripts/gen-actors-dict" --base "$ACTORS/small.txt" 5
	assert_failure 64
	assert_equal "$stderr" "gen-actors-dict: $ACTORS/small.txt already has 9 actors, more than 5 (--no-base?)"
}

@test "with a dictionary cut into several patterns every name is still found" {
	"$TOP/scripts/gen-actors-dict" --no-base 4000 > big.txt
	run parley-actors --check big.txt
	assert_output --regexp '; ([2-9]|[1-9][0-9]+) name patterns,'
	# every 97th actor's first name, in a text with commas between them
	awk '/^actor / { a = $2 } /^\tname/ && a != last { sub(/^\tname  /, ""); n[a] = $0; last = a; ids[++k] = a }
	     END { for (i = 1; i <= k; i += 97) printf "%s\t%s\n", ids[i], n[ids[i]] }' big.txt > picked.tsv
	[ "$(wc -l < picked.tsv)" -ge 40 ]
	cut -f2 picked.tsv | paste -sd, - | sed 's/,/, and /g' |
		jq -R -c '{doc: "d", sent: 0, start: 0, end: length, text: .}' > in.jsonl
	run parley-actors --dict big.txt in.jsonl
	assert_success
	assert_equal "$(jq -r '.actors[].id' <<<"$output")" "$(cut -f1 picked.tsv)"
}

@test "a first-letter group too deep for one pcre2 pattern falls back to the whole trie, cut, and finds the same names" {
	# Ab, Abb, ... A and 300 b: each name nests the next (pcre2 allows
	# 250 nested parentheses), all in the group of A (their capitals too)
	{
		echo "actor deep | Deep | north | organisation"
		for k in $(seq 300); do printf '\tname A%s\n' "$(printf 'b%.0s' $(seq "$k"))"; done
		echo "actor zed | Zed | south | organisation"
		printf '\tname Zed\n'
	} > deep.txt
	# the names do not fit one pattern: neither does the group of A
	run parley-actors --check deep.txt
	assert_success
	patterns=$(sed -E 's/.*; ([0-9]+) name patterns?,.*/\1/' <<<"$output")
	[ "$patterns" -ge 2 ]
	b40=$(printf 'b%.0s' $(seq 40))
	run named "{\"doc\": \"d\", \"paras\": [[\"Abbb met Zed, and ABBBBB and A$b40 and Abx and Ab.\"]]}" --dict deep.txt
	assert_success
	assert_output "deep=Abbb@0-4 zed=Zed@9-12 deep=ABBBBB@18-24 deep=A$b40@29-70 deep=Ab@83-85"
	# and in the documents after it
	b300=$(printf 'b%.0s' $(seq 300))
	story "{\"doc\": \"d1\", \"paras\": [[\"Zed and A$b300.\"]]}"
	mv in.jsonl d1.jsonl
	story '{"doc": "d2", "paras": [["Ab, Zed."]]}'
	cat d1.jsonl in.jsonl > both.jsonl
	run parley-actors --dict deep.txt both.jsonl
	assert_success
	run jq -r '[.actors[] | "\(.id)=\(.mention | length)@\(.start)"] | join(" ")' <<<"$output"
	assert_output "zed=3@0 deep=301@8
deep=2@0 zed=3@4"
}

@test "a large dictionary gives the seeds the same actors as the default one" {
	gold_records
	"$TOP/scripts/gen-actors-dict" 3000 > big.txt
	parley-actors gold.jsonl > default.jsonl
	parley-actors --dict big.txt gold.jsonl > big.jsonl
	cmp default.jsonl big.jsonl
}

@test "parley-actors runs clean under valgrind" {
	command -v valgrind > /dev/null || skip "valgrind is not installed"
	valgrind -q parley-actors --version > /dev/null 2>&1 ||
		skip "parley-actors does not run under valgrind (a sanitizer build?)"
	gold_records
	head -40 gold.jsonl > in.jsonl
	echo 'bad' >> in.jsonl
	run --separate-stderr valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect,possible parley-actors in.jsonl
	assert_failure 65
	run --separate-stderr valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect,possible parley-actors --no-fast-path in.jsonl
	assert_failure 65
	run --separate-stderr valgrind -q --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect,possible parley-actors --check "$ACTORS/bad.txt"
	assert_failure 65
}

@test "end to end: on parley-quotes' output, a quote found with the gold's speaker gets the gold's actor" {
	command -v parley-quotes > /dev/null || skip "parley-quotes is not built"
	if command -v parley-split > /dev/null; then
		jsonl_docs "$FIXTURES"/seeds/*.txt | parley-split > sentences.jsonl
	else
		jsonl_docs "$FIXTURES"/seeds/*.txt |
			jq -c --slurpfile gold /dev/null -f "$ACTORS/gold-sentences.jq" |
			jq -c 'del(.quotes)' > sentences.jsonl
	fi
	parley-quotes sentences.jsonl > quotes.jsonl
	parley-actors quotes.jsonl > out.jsonl
	# the quotes at a gold quote's start whose speaker holds the gold's or
	# is held in it (the gold's rule for speakers), and their actors
	jq -n -c --slurpfile gold "$FIXTURES/seeds-gold.jsonl" '
		[inputs | .doc as $d | .quotes[] | . + {doc: $d}] as $got
		| $gold[] as $g | $got[]
		| select(.doc == $g.doc and .start == $g.start and $g.speaker != null
		    and .speaker != null
		    and (.speaker as $s | ($s | contains($g.speaker)) or ($g.speaker | contains($s))))
		| {doc, start, speaker, want: $g.actor, got: .actor}' out.jsonl > pairs.jsonl
	echo "# $(wc -l < pairs.jsonl) of the gold's quotes found with its speaker" >&3
	[ "$(wc -l < pairs.jsonl)" -ge 1 ]
	run jq -r 'select(.want != .got) | "\(.doc) \(.start) \(.speaker): want \(.want), got \(.got)"' pairs.jsonl
	assert_success
	assert_output ""
}
