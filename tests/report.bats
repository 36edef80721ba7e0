#!/usr/bin/env bats
# parley-report: aggregate rows and quotes to report.md and report.html
# (issue 7). The fixtures in tests/fixtures/report/ are parley-aggregate's
# rows (--by actor,group,issue), unknown speakers and the quotes of the seed
# articles' enriched records (see tests/fixtures/report/README.md).

load test_helper

R="$FIXTURES/report"

setup() {
	cd "$BATS_TEST_TMPDIR"
}

report() {
	parley-report --quotes "$R/quotes.jsonl" --unknown "$R/unknown.jsonl" --counts "$R/counts.json" "$@" "$R/rows.jsonl"
}

# chromium_shot FILE PNG: a screenshot of FILE in headless Chromium.
chromium_run() {
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$(mktemp -d)" --window-size=1280,2000 "$@" 2> /dev/null
}

@test "report.md's table has each actor's quotes by issue, grouped by side, with totals" {
	report --format md > report.md
	# the table, read back: {name: {issue label: count}}
	table=$(sed -n '/^| actor | side |/,/^| \*\*total\*\*/p' report.md | jq -R -s -c '
		split("\n") | map(select(length > 0) | split(" | ") | map(ltrimstr("| ") | rtrimstr(" |")))
		| .[0] as $head
		| .[2:-1] | map({key: .[0], value: ([range(2; $head | length - 1) as $i
			| select(.[$i] != "") | {key: $head[$i], value: (.[$i] | tonumber)}] | from_entries)})
		| from_entries')
	expected=$(jq -s -c 'map(select(.quotes > 0))
		| group_by(.name) | map({key: (.[0].name // "unresolved speakers"),
			value: (group_by(.issue) | map({key: (.[0].issue // "no issue" | gsub("_"; " ")),
				value: (map(.quotes) | add)}) | from_entries)}) | from_entries' "$R/rows.jsonl")
	assert_equal "$(jq -S . <<<"$table")" "$(jq -S . <<<"$expected")"
	# actors of a side are together, the side with most quotes first
	sides=$(sed -n '/^| actor | side |/,/^| \*\*total\*\*/p' report.md | sed '1,2d;$d' | awk -F ' \\| ' '{ print $2 }' | uniq)
	assert_equal "$sides" "$(jq -r -s 'map(select(.actor != null)) | group_by(.group)
		| map({g: .[0].group, n: (map(.quotes) | add)}) | sort_by(- .n, .g) | .[].g' "$R/rows.jsonl")
–"
	assert_equal "$(grep -c '^| \*\*total\*\* |' report.md)" 1
}

@test "report.md lists every quote under each of its issues with speaker, outlet, date and doc" {
	report --format md > report.md
	assert_equal "$(grep -c '^- “' report.md)" \
		"$(jq -s 'map(if (.issues | length) == 0 then 1 else (.issues | length) end) | add' "$R/quotes.jsonl")"
	# one quote, in full
	line=$(jq -r 'select(.speaker == "Zelenskyy" and .kind == "direct") | "- “\(.text)” — *\(.speaker)*, \(.source), \(.date), doc \(.doc), \(.kind)"' "$R/quotes.jsonl" | head -n 1)
	[ -n "$line" ]
	grep -qxF -- "$line" report.md
	# per issue, a heading with its count
	assert_equal "$(grep -c '^## ' report.md)" "$(($(jq -s 'map(.issue) | unique | length' "$R/rows.jsonl") + 2))"
}

@test "report.html's heatmap holds the rows' counts, shaded, actors under their side" {
	report > report.html
	# a shaded cell per (actor, issue) with quotes; their counts add up
	cells=$(grep -o '<td class="l[1-8]"><a href="#issue-[^"]*" title="[^"]*">[0-9]*</a></td>' report.html)
	assert_equal "$(wc -l <<<"$cells")" "$(jq -s 'map(select(.quotes > 0) | [.actor, .issue]) | unique | length' "$R/rows.jsonl")"
	assert_equal "$(sed 's/.*">\([0-9]*\)<\/a><\/td>/\1/' <<<"$cells" | awk '{ s += $1 } END { print s }')" \
		"$(jq -s 'map(.quotes) | add' "$R/rows.jsonl")"
	# the biggest count is the darkest
	max=$(jq -s 'map(.quotes) | max' "$R/rows.jsonl")
	grep -q "<td class=\"l8\"><a href=\"[^\"]*\" title=\"$max quotes\">$max</a></td>" report.html
	# the sides' heads in order, each followed by its own actors
	got=$(grep -o '<tr class="side-head"><th colspan="[0-9]*"><span class="chip"></span>[^ ]*\|<tr><th class="actor">[^<]*</th><td' report.html \
		| sed 's/.*<\/span>//; s/<tr><th class="actor">/  /; s/<\/th><td$//')
	expected=$(jq -r -s 'map(select(.actor != null)) | group_by(.group)
		| map({g: .[0].group, n: (map(.quotes) | add),
		       a: (group_by(.actor) | map({name: .[0].name, n: (map(.quotes) | add)}) | sort_by(- .n, .name))})
		| sort_by(- .n, .g) | .[] | .g, (.a[] | "  " + .name)' "$R/rows.jsonl")
	assert_equal "$got" "$expected
unresolved
  unresolved speakers"
}

@test "report.html lists each issue's quotes with speaker, outlet, date and document id" {
	report > report.html
	for id in $(jq -r '.issue // empty' "$R/rows.jsonl" | sort -u); do
		grep -q "<section class=\"issue\" id=\"issue-$id\">" report.html
	done
	assert_equal "$(grep -o '<li class="q ' report.html | wc -l)" \
		"$(jq -s 'map(if (.issues | length) == 0 then 1 else (.issues | length) end) | add' "$R/quotes.jsonl")"
	q=$(jq -r 'select(.speaker == "Peskov" and .kind == "direct") | @html "“\(.text)”</blockquote><p class=\"meta\"><span class=\"who\">\(.speaker)</span> · \(.source) · <time>\(.date)</time> · doc <code>\(.doc)</code>"' "$R/quotes.jsonl" | head -n 1)
	[ -n "$q" ]
	grep -qF -- "$q" report.html
}

@test "report.html shows the unknown speakers, most quoted first, and the night's counts" {
	report > report.html
	assert_equal "$(grep -o '<td class="who">[^<]*' report.html | sed 's/.*>//')" \
		"$(jq -r -s 'sort_by(- .quotes, .speaker) | .[].speaker' "$R/unknown.jsonl")"
	for k in documents sentences quotes; do
		grep -q "<li class=\"\"><b>$(jq ".$k" "$R/counts.json")</b><span>$k</span></li>" report.html
	done
	grep -q '<li class=""><b>0</b><span>inputs rejected</span></li>' report.html
	pct=$(jq -s '(map(select(.actor != null)) | length) * 100 / length | floor' "$R/quotes.jsonl")
	grep -q "<li class=\"\"><b>$pct%</b><span>attributed to an actor</span></li>" report.html
	grep -q '<title>parley report: 2025-04-23</title>' report.html
}

@test "everything is escaped: markup in a quote, speaker, name, side, issue or outlet shows as text" {
	parley-report --quotes "$R/markup-quotes.jsonl" --unknown "$R/markup-unknown.jsonl" "$R/markup-rows.jsonl" > report.html
	run grep -c '<script\|<img\|<u>\|<b>E\|<i>s\|<h1>t' report.html
	assert_output 0
	grep -qF '<blockquote>“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *not bold* [link](http://x)”</blockquote>' report.html
	grep -qF '<span class="who">&lt;img src=x onerror=alert(1)&gt;</span>' report.html
	grep -qF '<th class="actor">&lt;b&gt;Evil &amp; Co&lt;/b&gt;</th>' report.html
	grep -qF '<span class="ex">“&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(2)&lt;/script&gt;”</span>' report.html
	parley-report --format md --quotes "$R/markup-quotes.jsonl" --unknown "$R/markup-unknown.jsonl" "$R/markup-rows.jsonl" > report.md
	run grep -c '<' report.md
	assert_output 0
	grep -qF -- '- “&lt;script&gt;alert("x")&lt;/script&gt; \| \*not bold\* \[link\](http://x)” — *&lt;img src=x onerror=alert(1)&gt;*, A &amp; B, 2025-04-23, doc d&lt;1&gt;, direct' report.md
}

@test "report.html is self-contained: no script, nothing to fetch" {
	report > report.html
	run grep -c -i '<script\|<link\|<img\|<iframe\|src=\|@import\|url(' report.html
	assert_output 0
	run grep -o -i 'https\?://[^"<]*' report.html
	assert_output ""
	grep -q '^<style>$' report.html
}

@test "without --quotes the rows' examples are listed, and the page says so" {
	parley-report --counts "$R/counts.json" "$R/rows.jsonl" > report.html
	grep -q "From the aggregate rows' examples" report.html
	# the share of the (quote, issue) pairs with an actor, without the quotes
	pct=$(jq -s '(map(select(.actor != null) | .quotes) | add) * 100 / (map(.quotes) | add) | floor' "$R/rows.jsonl")
	grep -q "<li class=\"\"><b>$pct%</b><span>attributed to an actor</span></li>" report.html
	assert_equal "$(grep -o '<li class="q ' report.html | wc -l)" \
		"$(jq -s 'map(.examples | length) | add' "$R/rows.jsonl")"
	parley-report --format md "$R/rows.jsonl" > report.md
	grep -q "^\*The quotes above are the aggregate rows' examples" report.md
}

@test "rows come from standard input too; --title, --max-quotes and the title of all nights" {
	run --separate-stderr bash -c 'parley-report --format md --title "Peace talks, week 17" < "$1"' _ "$R/rows.jsonl"
	assert_success
	assert_line --index 0 "# Peace talks, week 17"
	report --max-quotes 1 > report.html
	assert_equal "$(grep -o '<ul class="quotes">\(<li class="q [a-z]*"><blockquote>[^<]*</blockquote><p class="meta">.\{0,400\}</p></li>\)\{2,\}' report.html | wc -l)" 0
	grep -q '<p class="more">11 more in quotes.jsonl</p>' report.html
	jq -n -c '{nights: ["2025-04-01", "2025-04-23"], documents: 40, sentences: 900, quotes: 300, rejected: 2}' > all.json
	parley-report --counts all.json "$R/rows.jsonl" > all.html
	grep -q '<title>parley report: all nights (2025-04-01 to 2025-04-23)</title>' all.html
	grep -q '<li class=""><b>2</b><span>nights</span></li>' all.html
	grep -q '<li class="bad"><b>2</b><span>inputs rejected</span></li>' all.html
}

@test "headless Chromium renders the page: not blank, the title and the escaped quote in its DOM" {
	[ -x /usr/bin/chromium ] || skip "chromium is not installed (CI installs Debian's chromium)"
	cat "$R/rows.jsonl" "$R/markup-rows.jsonl" > rows.jsonl
	cat "$R/quotes.jsonl" "$R/markup-quotes.jsonl" > quotes.jsonl
	parley-report --quotes quotes.jsonl --counts "$R/counts.json" rows.jsonl > report.html
	printf '<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>\n' > blank.html
	chromium_run --screenshot="$PWD/blank.png" "file://$PWD/blank.html"
	chromium_run --screenshot="$PWD/report.png" "file://$PWD/report.html"
	# PNG files, and the page's is far bigger than a blank one: it has
	# colours, text and shapes (a blank page compresses to almost nothing)
	assert_equal "$(od -An -tx1 -N8 report.png | tr -d ' ')" 89504e470d0a1a0a
	blank=$(stat -c %s blank.png)
	page=$(stat -c %s report.png)
	[ "$page" -gt $((blank * 10)) ] || fail "screenshot of $page bytes, a blank page is $blank"
	chromium_run --dump-dom "file://$PWD/report.html" > dom.html
	grep -q '<title>parley report: 2025-04-23</title>' dom.html
	grep -q '<table class="heat">' dom.html
	grep -qF '&lt;script&gt;alert("x")&lt;/script&gt;' dom.html
	run grep -c '<script' dom.html
	assert_output 0
}

@test "bad input exits 65, an unreadable file 66, a bad option 64" {
	printf '{"actor": "a", "issue": "b", "quotes": 1}\nnot json\n' > bad.jsonl
	run --separate-stderr parley-report bad.jsonl
	assert_equal "$status" 65
	assert_equal "${stderr%%:*}" "parley-report"
	run --separate-stderr parley-report --quotes no-such-file "$R/rows.jsonl"
	assert_equal "$status" 66
	assert_equal "$stderr" "parley-report: cannot read 'no-such-file'"
	run --separate-stderr parley-report --format pdf "$R/rows.jsonl"
	assert_equal "$status" 64
	assert_equal "$stderr" "parley-report: --format: 'pdf' is not html or md
Try 'parley-report --help'."
	run --separate-stderr parley-report --templates "$PWD" "$R/rows.jsonl"
	assert_equal "$status" 66
}

@test "--help shows the synopsis and an example; --version the version" {
	run parley-report --help
	assert_success
	assert_line --index 0 "Usage: parley-report [OPTION]... [ROWS.jsonl]..."
	assert_output --partial "Example:"
	run parley-report --version
	assert_success
	assert_output --regexp '^parley-report \(parley\) [0-9]+\.[0-9]+\.[0-9]+$'
}
