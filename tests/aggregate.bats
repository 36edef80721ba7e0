#!/usr/bin/env bats
# parley-aggregate: rows of who speaks on what, how often, since when, where.
# Fixtures (tests/fixtures/aggregate/): seeds.jsonl, the enriched sentence
# records of the five seed articles with the gold quotes (make-records.jq);
# edge.jsonl, hand-written cases (make-edge.jq); *.expected.*, golden rows.

# shellcheck disable=SC2154 # run --separate-stderr sets stderr, stderr_lines
load test_helper

AGG="$FIXTURES/aggregate"
REF="$TOP/tests/aggregate.jq"

setup() {
	cd "$BATS_TEST_TMPDIR" || return
	cat "$AGG/seeds.jsonl" "$AGG/edge.jsonl" > all.jsonl
}

# split_docs FILE N - writes part0.jsonl .. part{N-1}.jsonl, the documents
# of FILE dealt out in turn (each document whole, in one part)
split_docs() {
	rm -f part*.jsonl
	jq -r '.doc' "$1" | awk -v n="$2" '$0 != prev { d++; prev = $0 } { print d % n }' > which
	paste -d '\t' which "$1" | awk -F '\t' '{ f = "part" $1 ".jsonl"; sub(/^[0-9]+\t/, ""); print > f }'
}

# agree ARGS... - parley-aggregate ARGS and the jq reference (same options
# as --arg/--argjson, passed in $JQ_ARGS) give the same rows on all.jsonl
agree() {
	parley-aggregate "$@" all.jsonl | jq -c . > c.out
	# shellcheck disable=SC2086
	jq -n -c -f "$REF" $JQ_ARGS < all.jsonl > jq.out
	[ -s c.out ]
	cmp c.out jq.out
}

# merges ARGS... - rows of three disjoint parts, merged, equal one run over
# all; $MERGE_ARGS (order, format) go to the merge and to the one run
merges() {
	split_docs all.jsonl 3
	# shellcheck disable=SC2086
	parley-aggregate "$@" $MERGE_ARGS all.jsonl > whole.out
	for p in 0 1 2; do parley-aggregate "$@" "part$p.jsonl" > "rows$p.jsonl"; done
	# shellcheck disable=SC2086
	parley-aggregate --merge $MERGE_ARGS rows2.jsonl rows0.jsonl rows1.jsonl > merged.out
	[ -s whole.out ]
	cmp whole.out merged.out
}

# row FILTER - the rows of edge.jsonl (default keys) selected by FILTER, as
# [quotes, unique, docs]
row() {
	parley-aggregate "$AGG/edge.jsonl" | jq -c "select($1) | [.quotes, .unique, .docs]"
}

@test "the default rows of the seed records are the expected ones" {
	run --separate-stderr parley-aggregate "$AGG/seeds.jsonl"
	assert_success
	assert_equal "$stderr" ""
	assert_output "$(cat "$AGG/seeds.expected.jsonl")"
}

@test "the fixtures are what their generators make of the seeds and the gold" {
	jsonl_docs "$FIXTURES"/seeds/*.txt \
		| jq -c --slurpfile gold "$FIXTURES/seeds-gold.jsonl" -f "$AGG/make-records.jq" > seeds.jsonl
	cmp seeds.jsonl "$AGG/seeds.jsonl"
	jq -n -c -f "$AGG/make-edge.jq" > edge.jsonl
	cmp edge.jsonl "$AGG/edge.jsonl"
}

@test "every gold quote of the seeds is counted once per issue" {
	run parley-aggregate --by issue "$AGG/seeds.jsonl"
	assert_success
	assert_equal "$(jq -s 'map(.quotes) | add' <<<"$output")" \
		"$(jq -s 'map(.issues | if length == 0 then 1 else unique | length end) | add' "$FIXTURES/seeds-gold.jsonl")"
	run parley-aggregate --by doc "$AGG/seeds.jsonl"
	assert_equal "$(jq -s 'map(.quotes) | add' <<<"$output")" 97
}

@test "the C program and the jq reference agree for every key" {
	for by in actor issue group doc date source kind speaker group,issue \
	    issue,actor doc,kind date,group,issue actor,group,issue,doc,date,source,kind,speaker; do
		JQ_ARGS="--arg by $by" agree --by "$by"
	done
}

@test "the C program and the jq reference agree on sentences, examples, order and the unknown list" {
	JQ_ARGS="--arg unit sentence" agree --unit sentence
	for by in actor group actor,group issue,actor,group source,issue doc; do
		JQ_ARGS="--arg unit sentence --arg by $by" agree --unit sentence --by "$by"
	done
	for n in 0 1 2 7; do
		JQ_ARGS="--argjson examples $n" agree --examples "$n"
	done
	JQ_ARGS="--arg sort count --arg by issue" agree --sort count --by issue
	JQ_ARGS="--arg unknown 1" agree --unknown
}

@test "the C program and the jq reference write the same TSV" {
	parley-aggregate --format tsv --by group,issue all.jsonl > c.tsv
	jq -n -r -f "$REF" --arg format tsv --arg by group,issue < all.jsonl > jq.tsv
	cmp c.tsv jq.tsv
	parley-aggregate --format tsv --unknown all.jsonl > c.tsv
	jq -n -r -f "$REF" --arg format tsv --arg unknown 1 < all.jsonl > jq.tsv
	cmp c.tsv jq.tsv
}

@test "merging the rows of disjoint parts gives the rows of one run over all" {
	merges
	merges --by issue
	merges --by speaker,kind
	merges --by doc,date,source
	merges --examples 1
	merges --examples 0
	MERGE_ARGS="--sort count" merges
	MERGE_ARGS="--format md" merges --by group,issue
	MERGE_ARGS="--format tsv" merges --unit sentence
}

@test "merging sentence counts and the unknown list is exact too" {
	merges --unit sentence
	merges --unit sentence --by actor,group
	split_docs all.jsonl 3
	parley-aggregate --unknown all.jsonl > whole.out
	for p in 0 1 2; do parley-aggregate --unknown "part$p.jsonl" > "rows$p.jsonl"; done
	parley-aggregate --merge --unknown rows1.jsonl rows2.jsonl rows0.jsonl > merged.out
	cmp whole.out merged.out
}

@test "merging is associative, order-free and idempotent on one part" {
	split_docs all.jsonl 4
	parley-aggregate all.jsonl > whole.out
	for p in 0 1 2 3; do parley-aggregate "part$p.jsonl" > "rows$p.jsonl"; done
	parley-aggregate --merge rows0.jsonl rows1.jsonl > m01
	parley-aggregate --merge rows3.jsonl rows2.jsonl > m32
	parley-aggregate --merge m32 m01 > merged.out
	cmp whole.out merged.out
	parley-aggregate --merge whole.out > again.out
	cmp whole.out again.out
}

@test "the jq reference merges rows to the same result" {
	split_docs all.jsonl 3
	for p in 0 1 2; do parley-aggregate --by actor "part$p.jsonl" > "rows$p.jsonl"; done
	parley-aggregate --merge rows0.jsonl rows1.jsonl rows2.jsonl | jq -c . > c.out
	cat rows2.jsonl rows1.jsonl rows0.jsonl | jq -n -c -f "$REF" --arg merge 1 > jq.out
	cmp c.out jq.out
}

@test "merging to fewer examples than the rows carry equals a run with as few" {
	split_docs all.jsonl 2
	for p in 0 1; do parley-aggregate "part$p.jsonl" > "rows$p.jsonl"; done
	parley-aggregate --merge --examples 1 rows0.jsonl rows1.jsonl > merged.out
	parley-aggregate --examples 1 all.jsonl > whole.out
	cmp whole.out merged.out
}

@test "merging rows of different --examples gives as many as the poorest row" {
	split_docs all.jsonl 2
	parley-aggregate --examples 3 part0.jsonl > rows0.jsonl
	parley-aggregate --examples 1 part1.jsonl > rows1.jsonl
	parley-aggregate --merge rows0.jsonl rows1.jsonl > merged.out
	parley-aggregate --examples 1 all.jsonl > whole.out
	cmp whole.out merged.out
	jq -n -c -f "$REF" --arg merge 1 < <(cat rows0.jsonl rows1.jsonl) > jq.out
	jq -c . merged.out | cmp - jq.out
}

@test "a wire quote in several outlets is one unique quote, its fragment too" {
	run row '.actor == "rubio" and .issue == "mediation"'
	assert_success
	assert_output '[4,1,4]'
	run parley-aggregate "$AGG/edge.jsonl"
	assert_equal "$(jq -c 'select(.actor == "rubio") | .sources' <<<"$output")" \
		'["AP","Politico Europe","Reuters","The Guardian"]'
}

@test "the same words said by another speaker are another quote" {
	run parley-aggregate --by issue "$AGG/edge.jsonl"
	assert_success
	assert_equal "$(jq -c 'select(.issue == "mediation") | [.quotes, .unique]' <<<"$output")" '[6,3]'
	assert_equal "$(jq -c 'select(.issue == "mediation") | .merge.unique | map(.[0])' <<<"$output")" \
		'["a:lavrov","a:rubio","s:a senior official"]'
}

@test "a quote with several issues counts once under each, a repeated issue once" {
	run row '.actor == null and .issue == "military_aid"'
	assert_output '[1,1,1]'
	run row '.actor == null and .issue == "ceasefire"'
	assert_output '[1,1,1]'
	run row '.actor == "zelenskyy" and .issue == "ceasefire"'
	assert_output '[2,2,2]'
}

@test "quotes without actor or without issue group under null" {
	run row '.actor == null and .issue == null'
	assert_output '[3,3,3]'
	run row '.actor == "zelenskyy" and .issue == null'
	assert_output '[1,1,1]'
	run row '.actor == null and .issue == "sanctions"'
	assert_output '[3,3,2]'
}

@test "a row has the dates, outlets and display name of its quotes" {
	run parley-aggregate --by actor "$AGG/edge.jsonl"
	assert_success
	assert_equal "$(jq -c 'select(.actor == "zelenskyy") | [.name, .first, .last, .sources, .merge.name_date]' <<<"$output")" \
		'["Volodymyr Zelenskyy","2025-05-04","2025-05-05",["Kyiv Independent","Politico Europe"],"2025-05-05"]'
	assert_equal "$(jq -c 'select(.actor == null) | [.name, .docs]' <<<"$output")" '[null,6]'
}

@test "examples: distinct quotes, direct and longest first, no quote without words" {
	run parley-aggregate --by actor "$AGG/edge.jsonl"
	assert_success
	assert_equal "$(jq -c 'select(.actor == "rubio") | .examples | map([.doc, .kind, .start, .end])' <<<"$output")" \
		'[["e6-politico","direct",1,80],["e3-guardian","partial",33,74]]'
	assert_equal "$(jq -c 'select(.actor == "zelenskyy") | .examples | map(.doc)' <<<"$output")" \
		'["e5-kyiv","e4-undated","e6-politico"]'
}

@test "examples of the same kind and length come earliest first" {
	for d in 2025-03-02 2025-01-09 2025-02-14; do
		printf '{"doc":"d%s","date":"%s","quotes":[{"kind":"direct","text":"Quote of %s.","actor":"a","issues":["x"]}]}\n' "$d" "$d" "$d"
	done > same.jsonl
	run parley-aggregate --examples 2 same.jsonl
	assert_success
	assert_equal "$(jq -c '.examples | map(.date)' <<<"$output")" '["2025-01-09","2025-02-14"]'
	assert_equal "$(jq -c '[.quotes, .unique, .docs]' <<<"$output")" '[3,3,3]'
}

@test "--unit sentence counts the sentences that name each actor" {
	run parley-aggregate --unit sentence --by actor all.jsonl
	assert_success
	for id in vance rubio zelenskyy kremlin; do
		assert_equal "$(jq -r --arg id "$id" 'select(.actor == $id) | .sentences' <<<"$output")" \
			"$(jq -s --arg id "$id" 'map(select(any(.actors[]; .id == $id))) | length' all.jsonl)"
	done
	assert_equal "$(jq -r 'select(.actor == null) | .sentences' <<<"$output")" \
		"$(jq -s 'map(select((.actors // []) == [])) | length' all.jsonl)"
}

@test "--unit sentence pairs each actor with its own group" {
	run parley-aggregate --unit sentence --by actor,group "$AGG/edge.jsonl"
	assert_success
	assert_equal "$(jq -c '[.actor, .group, .sentences]' <<<"$output" | paste -sd ' ')" \
		'["lavrov","russia",1] ["rubio","us",4] ["us_gov","us",1] ["zelenskyy","ukraine",3] [null,null,8]'
}

@test "--unknown lists unresolved speakers, most frequent first, without pronouns" {
	run --separate-stderr parley-aggregate --unknown "$AGG/edge.jsonl"
	assert_success
	assert_equal "$(jq -c '[.speaker, .quotes, .docs, .example.doc]' <<<"$output" | paste -sd ' ')" \
		'["A senior official",2,2,"e1-reuters"] ["Kaja Kallas",2,2,"e2-ap"] ["Maroš Šefčovič",2,2,"e5-kyiv"]'
	run parley-aggregate --unknown "$AGG/seeds.jsonl"
	assert_equal "$(jq -r '.speaker' <<<"$output" | head -1)" "reports"
	refute_output --partial '"speaker":"he"'
}

@test "--format tsv writes a header line and escapes as jq's @tsv" {
	run parley-aggregate --format tsv "$AGG/edge.jsonl"
	assert_success
	assert_output "$(cat "$AGG/edge.expected.tsv")"
	printf '{"doc":"t","quotes":[{"text":"a\\tb\\nc\\\\d","actor":"x"}]}\n' > tab.jsonl
	run parley-aggregate --format tsv tab.jsonl
	assert_equal "${lines[1]}" "$(printf 'x\t\t\t1\t1\t1\t\t\t\t%s\tt' 'a\tb\nc\\d')"
}

@test "--format md writes a table for people, null actors reading unknown" {
	run parley-aggregate --format md "$AGG/edge.jsonl"
	assert_success
	assert_output "$(cat "$AGG/edge.expected.md")"
	assert_line --index 2 --partial '| Sergei Lavrov | mediation | 1 | 1 | 1 |'
	assert_line --partial '| unknown | none | 3 | 3 | 3 |'
}

@test "--format md escapes markup and cuts long examples" {
	long=$(printf 'word %.0s' $(seq 100))
	printf '{"doc":"m","quotes":[{"kind":"direct","text":"<script>a|b</script> %s","actor":"x_y"}]}\n' "$long" > md.jsonl
	run parley-aggregate --format md --by actor md.jsonl
	assert_success
	assert_line --index 2 --partial '| x\_y | 1 | 1 | 1 |  |  |  | “\<script\>a\|b\</script\> word word'
	assert_line --index 2 --partial 'word wor…” |'
}

@test "--sort count puts the most quoted rows first" {
	run parley-aggregate --sort count --by actor "$AGG/seeds.jsonl"
	assert_success
	assert_equal "$(jq -r '.quotes' <<<"$output" | paste -sd ' ')" \
		"$(jq -r '.quotes' <<<"$output" | sort -rn | paste -sd ' ')"
	assert_equal "$(jq -r '.actor' <<<"$output" | head -1)" "vance"
}

@test "the fast reader gives the rows jansson gives, escapes and blanks included" {
	for args in "" "--unit sentence --by actor,group,issue" "--unknown" "--by speaker,kind"; do
		# shellcheck disable=SC2086
		parley-aggregate $args all.jsonl > fast.out
		# shellcheck disable=SC2086
		parley-aggregate --no-fast-path $args all.jsonl > slow.out
		cmp fast.out slow.out
	done
	{
		printf '{"doc":"x","quotes":[{"text":"\\"Peace\\u00e9\\/now\\"","actor":"a\\u0062","issues":["i"]}]}\n'
		printf '{ "doc" : "y", "quotes" : [ {"text":"Peace now","actor":"ab","issues":["i"],"score":0.5e1} ] }\n'
	} > esc.jsonl
	parley-aggregate esc.jsonl > fast.out
	parley-aggregate --no-fast-path esc.jsonl > slow.out
	cmp fast.out slow.out
	assert_equal "$(jq -c '[.actor, .quotes, .unique, .examples[0].text]' fast.out)" '["ab",2,2,"\"Peaceé/now\""]'
}

@test "on damaged records the fast reader keeps, rejects and reports exactly what jansson does" {
	# 400 records of seeds.jsonl and edge.jsonl with a byte changed, bytes
	# cut out or a value replaced (null, -1, 1.5, "x", [], {}, 20 digits...)
	for unit in quote sentence; do
		run --separate-stderr parley-aggregate --unit "$unit" --rejects fast.rej "$AGG/damaged.jsonl"
		assert_failure 65
		printf '%s\n' "$output" > fast.out
		printf '%s\n' "$stderr" > fast.err
		run --separate-stderr parley-aggregate --no-fast-path --unit "$unit" --rejects slow.rej "$AGG/damaged.jsonl"
		assert_failure 65
		assert_equal "$output" "$(cat fast.out)"
		assert_equal "$stderr" "$(cat fast.err)"
		cmp fast.rej slow.rej
		# both kinds of line are there: some rows, many rejects
		[ "$(jq -s 'map(.quotes // .sentences) | add' fast.out)" -gt 10 ]
		[ "$(wc -l < fast.rej)" -gt 100 ]
	done
}

@test "a huge quote and thousands of its fragments are counted quickly" {
	big=$(printf 'peace now %.0s' $(seq 50000))
	{
		printf '{"doc":"h","quotes":[{"text":"%s","actor":"a"}]}\n' "$big"
		for i in $(seq 2000); do
			printf '{"doc":"f%d","quotes":[{"text":"now peace now %d","actor":"a"},{"text":"peace now peace","actor":"a"}]}\n' "$i" "$i"
		done
	} > huge.jsonl
	run --separate-stderr timeout 60 parley-aggregate --by actor huge.jsonl
	assert_success
	assert_equal "$(jq -c '[.quotes, .unique, .docs]' <<<"$output")" '[4001,2001,2001]'
}

@test "memory stays flat when the same groups get more records" {
	jq -c --argjson n 40 '. as $r | range($n) as $i | $r | .doc += "-\($i)"' all.jsonl > many.jsonl
	/usr/bin/time -f '%M' -o one.rss parley-aggregate all.jsonl > /dev/null
	/usr/bin/time -f '%M' -o many.rss parley-aggregate many.jsonl > /dev/null
	[ "$(cat many.rss)" -lt $(( $(cat one.rss) + 4096 )) ]
}

@test "bad lines are reported with file:line, kept in --rejects, the rest counted" {
	good='{"doc":"d1","quotes":[{"text":"Peace now.","actor":"a","issues":["x"]}]}'
	{
		echo "$good"
		echo 'not json'
		echo '[1,2]'
		printf '{"doc":"d2","quotes":[{"text":"\xC0\xAF"}]}\n'
		echo '{"quotes":[]}'
		echo '{"doc":"d3","quotes":{"text":"x"}}'
		echo '{"doc":"d3","quotes":["x"]}'
		echo '{"doc":"d3","quotes":[{"actor":"a"}]}'
		echo '{"doc":"d3","quotes":[{"text":"x","issues":"x"}]}'
		echo '{"doc":"d3","quotes":[{"text":"x","issues":[1]}]}'
		echo '{"doc":"d3","quotes":[{"text":"x","start":-4}]}'
		echo '{"doc":"d3","date":20250101}'
		echo "${good/d1/d4}"
	} > bad.jsonl
	run --separate-stderr parley-aggregate --rejects rej.jsonl bad.jsonl
	assert_equal "$status" 65
	assert_equal "$output" "$(parley-aggregate <(echo "$good"; echo "${good/d1/d4}"))"
	assert_equal "$(jq -c '[.quotes, .docs]' <<<"$output")" '[2,2]'
	assert_equal "$stderr" "parley-aggregate: bad.jsonl:2: invalid JSON at column 3: invalid token near 'not'
parley-aggregate: bad.jsonl:3: record is an array, not a JSON object
parley-aggregate: bad.jsonl:4: invalid JSON at column 31: unable to decode byte 0xc0 near '\"'
parley-aggregate: bad.jsonl:5: missing field 'doc'
parley-aggregate: bad.jsonl:6: field 'quotes' is an object, not an array
parley-aggregate: bad.jsonl:7: quotes[0] is a string, not an object
parley-aggregate: bad.jsonl:8: quotes[0]: missing field 'text'
parley-aggregate: bad.jsonl:9: quotes[0]: field 'issues' is a string, not an array
parley-aggregate: bad.jsonl:10: quotes[0]: issues[0] is a number, not a string
parley-aggregate: bad.jsonl:11: quotes[0]: field 'start' is negative, not a non-negative integer
parley-aggregate: bad.jsonl:12: field 'date' is a number, not a string"
	sed -n '2,12p' bad.jsonl > want.jsonl
	cmp rej.jsonl want.jsonl
}

@test "--unit sentence rejects a sentence whose actors are not objects with an id" {
	printf '%s\n' '{"doc":"s","text":"x","actors":[{"id":3}]}' '{"doc":"s","text":"x","actors":"x"}' \
		'{"doc":"s","actors":[]}' '{"doc":"s","text":"Hi.","actors":[{"id":"a"}]}' > s.jsonl
	run --separate-stderr parley-aggregate --unit sentence --by actor s.jsonl
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-aggregate: s.jsonl:1: actors[0]: field 'id' is a number, not a string
parley-aggregate: s.jsonl:2: field 'actors' is a string, not an array
parley-aggregate: s.jsonl:3: missing field 'text'"
	assert_equal "$(jq -c '[.actor, .sentences]' <<<"$output")" '["a",1]'
}

@test "--strict stops at the first bad line with exit 65 and no rows" {
	{ head -3 "$AGG/seeds.jsonl"; echo '{"doc":5}'; tail -3 "$AGG/seeds.jsonl"; } > in.jsonl
	run --separate-stderr parley-aggregate --strict in.jsonl
	assert_equal "$status" 65
	assert_equal "$output" ""
	assert_equal "$stderr" "parley-aggregate: in.jsonl:4: field 'doc' is a number, not a string"
}

@test "--merge rejects what is not an aggregate row of the same shape" {
	parley-aggregate "$AGG/edge.jsonl" > rows.jsonl
	parley-aggregate --by issue "$AGG/edge.jsonl" | head -1 > other.jsonl
	head -1 rows.jsonl | jq -c '.merge.unique[0][1] = "Not Normalised!"' > tampered.jsonl
	head -1 rows.jsonl | jq -c '.quotes = "many"' > typed.jsonl
	parley-aggregate --unknown "$AGG/edge.jsonl" | head -1 > unknown.jsonl
	# the first good row sets the shape of the merge
	{ head -1 "$AGG/edge.jsonl"; head -1 rows.jsonl; cat other.jsonl tampered.jsonl typed.jsonl unknown.jsonl
	  tail -n +2 rows.jsonl; } > in.jsonl
	run --separate-stderr parley-aggregate --merge --rejects rej.jsonl in.jsonl
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-aggregate: in.jsonl:1: not an aggregate row: missing field 'merge'
parley-aggregate: in.jsonl:3: a row of --by issue, not --by actor,issue
parley-aggregate: in.jsonl:4: merge.unique[0] is not in the comparison form
parley-aggregate: in.jsonl:5: field 'quotes' is a string, not a non-negative integer
parley-aggregate: in.jsonl:6: not an aggregate row (merge.row is not \"aggregate\")"
	assert_equal "$output" "$(cat rows.jsonl)"
	assert_equal "$(wc -l < rej.jsonl)" 5
}

@test "--merge --examples asks no more examples than the rows carry" {
	parley-aggregate --examples 2 "$AGG/edge.jsonl" | head -1 > rows.jsonl
	run --separate-stderr parley-aggregate --merge --examples 3 rows.jsonl
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-aggregate: rows.jsonl:1: a row of --examples 2, fewer than the 3 asked"
}

@test "bad option values and combinations are usage errors" {
	run --separate-stderr parley-aggregate --by actor,topic
	assert_equal "$status" 64
	assert_equal "$stderr" "parley-aggregate: --by: unknown key 'topic' (keys: actor, group, issue, doc, date, source, kind, speaker)
Try 'parley-aggregate --help'."
	run --separate-stderr parley-aggregate --by issue,issue
	assert_equal "$status" 64
	assert_equal "${stderr_lines[0]}" "parley-aggregate: --by: key 'issue' given twice"
	run --separate-stderr parley-aggregate --unit sentence --by kind
	assert_equal "$status" 64
	assert_equal "${stderr_lines[0]}" "parley-aggregate: --by kind needs --unit quote (a sentence has no kind)"
	run --separate-stderr parley-aggregate --unknown --by actor
	assert_equal "$status" 64
	run --separate-stderr parley-aggregate --examples -1
	assert_equal "$status" 64
	assert_equal "${stderr_lines[0]}" "parley-aggregate: --examples: '-1' is not a number from 0 to 10000"
	run --separate-stderr parley-aggregate --format xml
	assert_equal "$status" 64
	assert_equal "${stderr_lines[0]}" "parley-aggregate: --format: 'xml' is not one of jsonl, tsv, md"
}

@test "empty input gives no rows, a TSV header alone, and exit 0" {
	: > empty.jsonl
	run --separate-stderr parley-aggregate empty.jsonl
	assert_success
	assert_output ""
	run parley-aggregate --format tsv empty.jsonl
	assert_output "$(printf 'actor\tissue\tname\tquotes\tunique\tdocs\tfirst\tlast\tsources\texample\texample_doc')"
	run parley-aggregate --merge empty.jsonl
	assert_success
	assert_output ""
}

@test "a missing input file is reported and exits 66" {
	run --separate-stderr parley-aggregate no-such-file.jsonl
	assert_equal "$status" 66
	assert_equal "$stderr" "parley-aggregate: cannot open 'no-such-file.jsonl': No such file or directory"
}

@test "writing to a full disk exits 74 with a message" {
	run --separate-stderr bash -c 'parley-aggregate "$1" > /dev/full' _ "$AGG/seeds.jsonl"
	assert_equal "$status" 74
	assert_equal "$stderr" "parley-aggregate: write error on standard output: No space left on device"
}

@test "a downstream head ends it quietly" {
	jq -c --argjson n 30 '. as $r | range($n) as $i | $r | .doc += "-\($i)"' all.jsonl > many.jsonl
	run --separate-stderr bash -c 'parley-aggregate --by doc,actor many.jsonl | head -1 | jq -r .doc'
	assert_equal "$output" "000_c57ef8b43f332ce7-0"
	assert_equal "$stderr" ""
}

@test "--help shows an example and --version the version" {
	run parley-aggregate --help
	assert_success
	assert_line --partial 'parley-aggregate --merge nights/*.jsonl > all.jsonl'
	assert_line --partial '--unknown'
	run parley-aggregate --version
	assert_success
	assert_output --regexp '^parley-aggregate [0-9]+\.[0-9]+\.[0-9]+$'
}

@test "valgrind finds no error and no leak" {
	command -v valgrind > /dev/null || skip "valgrind is not installed"
	if grep -qa __asan_init "$(command -v parley-aggregate)"; then
		skip "parley-aggregate is built with AddressSanitizer (make sanitize)"
	fi
	# shellcheck disable=SC2054 # the commas belong to the option
	vg=(valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect)
	"${vg[@]}" "$(command -v parley-aggregate)" all.jsonl > rows.jsonl
	"${vg[@]}" "$(command -v parley-aggregate)" --no-fast-path --unit sentence --by actor,group all.jsonl > /dev/null
	"${vg[@]}" "$(command -v parley-aggregate)" --unknown --format md all.jsonl > /dev/null
	"${vg[@]}" "$(command -v parley-aggregate)" --merge --format tsv rows.jsonl rows.jsonl > /dev/null
	printf '{"doc":5}\nnope\n' > bad.jsonl
	run "${vg[@]}" "$(command -v parley-aggregate)" bad.jsonl
	assert_equal "$status" 65
}
