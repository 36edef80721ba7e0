#!/usr/bin/env bats
# parley-nightly: the nightly batch (issue 7). Each test uses the real stages
# where they are built and the stand-ins of tests/fixtures/nightly/ for the
# others (use_stages); the end-to-end test needs the real ones.

load test_helper

NIGHTLY="$FIXTURES/nightly"
DATE=2025-04-23

setup() {
	cd "$BATS_TEST_TMPDIR"
	use_stages
	mkdir -p inbox
	cp "$FIXTURES"/seeds/*.txt inbox/
}

# use_stages: a stand-in for every stage that is not built.
use_stages() {
	local s var
	for s in split quotes actors issues aggregate; do
		var="PARLEY_${s^^}"
		if ! command -v "parley-$s" > /dev/null; then
			export "$var=$NIGHTLY/standin-$s"
		fi
	done
}

# real_stages: the built stages, not the stand-ins.
real_stages() {
	unset PARLEY_SPLIT PARLEY_QUOTES PARLEY_ACTORS PARLEY_ISSUES PARLEY_AGGREGATE
}

# untimed FILE: a run.log without what changes from run to run (times).
untimed() {
	sed -E '/^(started|finished): /d; s/ +[0-9]+\.[0-9]{3}s$//; s/; [0-9]+\.[0-9]{3}s from first to last//' "$1"
}

# same_night A B: the two nights hold the same files, byte for byte, but
# run.log (compared without its times unless NOLOG is set).
same_night() {
	local a=$1 b=$2 f
	diff <(cd "$a" && ls) <(cd "$b" && ls)
	for f in "$a"/*; do
		if [ "${f##*/}" != run.log ]; then
			cmp -- "$f" "$b/${f##*/}"
		fi
	done
}

# night_files DIR: the names of a published night's files.
night_files() {
	(cd "$1" && ls)
}

@test "a night is published with every file, all/ and latest, silently" {
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_success
	assert_equal "$stderr" ""
	assert_equal "$(night_files out/$DATE | paste -sd' ')" \
		"aggregate.jsonl counts.json docs.jsonl quotes.jsonl rejects.jsonl report.html report.md run.log sentences.jsonl unknown.jsonl"
	assert_equal "$(readlink out/latest)" "$DATE"
	assert_equal "$(jq -r .doc out/$DATE/docs.jsonl | paste -sd' ')" \
		"000_c57ef8b43f332ce7 001_170d018892ab2280 002_c8a227c999383b0e 003_a12f1123640493cf 004_787fc37a2c284b61"
	assert_equal "$(jq -c . out/$DATE/counts.json)" "$(jq -n -c --arg d "$DATE" \
		--argjson docs 5 --argjson s "$(wc -l < out/$DATE/sentences.jsonl)" \
		--argjson q "$(jq -s 'map(.quotes | length) | add' out/$DATE/sentences.jsonl)" \
		'{date: $d, documents: $docs, sentences: $s, quotes: $q, rejected: 0}')"
	assert_equal "$(wc -l < out/$DATE/rejects.jsonl)" 0
	cmp out/all/aggregate.jsonl out/$DATE/aggregate.jsonl
	cmp out/run.log out/$DATE/run.log
	assert_equal "$(tail -n 2 out/run.log)" "result: published $PWD/out/$DATE
exit status: 0"
	# every stage has its line in run.log, and count in = out + rejected
	# for the sentence stages
	for s in ingest inbox split quotes actors issues aggregate unknown all report; do
		grep -q "^$s " out/$DATE/run.log
	done
	run awk '$1 ~ /^(quotes|actors|issues)$/ && $2 != $3 + $4' out/$DATE/run.log
	assert_output ""
}

@test "quotes.jsonl has one line per quote with its sentence's doc fields, actor and issues" {
	run parley-nightly --date "$DATE" inbox out
	assert_success
	n=out/$DATE
	assert_equal "$(wc -l < $n/quotes.jsonl)" "$(jq -s 'map(.quotes | length) | add' $n/sentences.jsonl)"
	run jq -c 'select((has("doc") and has("sent") and has("date") and has("title")
		and has("kind") and has("text") and has("start") and has("end")
		and has("actor") and has("issues")) | not)' $n/quotes.jsonl
	assert_output ""
	# the same quotes, in the same order, as in the sentences
	diff <(jq -c '.quotes[] | [.start, .end, .text]' $n/sentences.jsonl) \
		<(jq -c '[.start, .end, .text]' $n/quotes.jsonl)
	diff <(jq -c '.doc as $d | .sent as $s | .quotes[] | [$d, $s, .actor, .issues]' $n/sentences.jsonl) \
		<(jq -c '[.doc, .sent, .actor, .issues]' $n/quotes.jsonl)
}

@test "end to end with the real stages: quotes are the text at their offsets, rows add up, report rendered" {
	real_stages
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_success
	n=out/$DATE
	# every quote's text is the document's text at its code-point offsets
	run jq -n -c --slurpfile docs $n/docs.jsonl '
		($docs | map({(.doc): .text}) | add) as $t
		| inputs | select($t[.doc][.start:.end] != .text) | [.doc, .start, .text]' $n/quotes.jsonl
	assert_output ""
	# the rows count each (quote, issue) pair once
	assert_equal "$(jq -s 'map(.quotes) | add' $n/aggregate.jsonl)" \
		"$(jq -s 'map(if (.issues | length) == 0 then 1 else (.issues | length) end) | add' $n/quotes.jsonl)"
	grep -q "<title>parley report: $DATE</title>" $n/report.html
	grep -q "^# parley report: $DATE" $n/report.md
}

@test "the example articles: metadata.tsv gives each its outlet, and the report lists them" {
	real_stages
	run --separate-stderr parley-nightly --quiet --date "$DATE" "$TOP/examples/articles" out
	assert_success
	assert_equal "$(jq -r '[.doc, .source] | @tsv' out/$DATE/docs.jsonl)" \
		"$(tail -n +2 "$TOP/examples/articles/metadata.tsv" | cut -f 1,2 | sed 's/\.txt	/	/')"
	assert_equal "$(jq -r 'select(.source == null) | .doc' out/$DATE/quotes.jsonl)" ""
	grep -q 'novinite.com' out/$DATE/report.md
}

@test "the articles of INBOX/DATE are taken when that folder exists, with *.jsonl records and metadata.tsv" {
	mkdir -p "inbox/$DATE"
	mv inbox/000_c57ef8b43f332ce7.txt inbox/001_170d018892ab2280.txt "inbox/$DATE/"
	# written by hand: 1.50 and the spaces stay as they are
	printf '%s\n' '{"doc": "wire-1", "text": "Peskov said that talks would go on in Riyadh next week.", "date": "2025-04-22", "source": "Wire", "n": 1.50}' \
		> "inbox/$DATE/wire.jsonl"
	jq -n -c '{doc: "wire-2", text: "Rubio said the US could walk away from the talks."}' >> "inbox/$DATE/wire.jsonl"
	printf 'file\tsource\tdate\n000_c57ef8b43f332ce7.txt\tLBC\t2025-04-21\nwire-2\tWire\t\n' > "inbox/$DATE/metadata.tsv"
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_success
	n=out/$DATE
	assert_equal "$(jq -r '[.doc, .source // "-", .date] | @tsv' $n/docs.jsonl)" "$(printf '%s\t%s\t%s\n' \
		000_c57ef8b43f332ce7 LBC 2025-04-21 001_170d018892ab2280 - "$DATE" \
		wire-1 Wire 2025-04-22 wire-2 Wire "$DATE")"
	# a record that needs nothing added is kept byte for byte
	assert_equal "$(sed -n 3p $n/docs.jsonl)" "$(head -n 1 "inbox/$DATE/wire.jsonl")"
	grep -q "^inbox: $PWD/inbox/$DATE (2 .txt, 1 .jsonl, metadata.tsv)$" $n/run.log
}

@test "the whole INBOX is the night when it has no folder for the date" {
	mkdir -p inbox/2025-04-22
	mv inbox/004_787fc37a2c284b61.txt inbox/2025-04-22/
	run parley-nightly --date "$DATE" inbox out
	assert_success
	assert_equal "$(jq -r .doc out/$DATE/docs.jsonl | wc -l)" 4
	assert_equal "$(jq -r .date out/$DATE/docs.jsonl | sort -u)" "$DATE"
}

@test "bad input is rejected with file and reason, the night still published, exit 65, run.log says why" {
	printf '\000\001binary' > inbox/binary.txt
	{
		echo '{"doc": "ok-1", "text": "Vance said the talks were over."}'
		echo 'not json at all'
		echo '{"doc": "no-text"}'
		echo '{"doc": "ok-1", "text": "A second record with the same id."}'
		echo '{"doc": "004_787fc37a2c284b61", "text": "Same id as a .txt article."}'
	} > inbox/more.jsonl
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_equal "$status" 65
	assert_equal "$stderr" "parley-nightly: 5 input(s) rejected; night $DATE published in '$PWD/out/$DATE' (see its run.log)"
	n=out/$DATE
	assert_equal "$(jq -r .doc $n/docs.jsonl | paste -sd' ')" \
		"000_c57ef8b43f332ce7 001_170d018892ab2280 002_c8a227c999383b0e 003_a12f1123640493cf 004_787fc37a2c284b61 ok-1"
	assert_equal "$(jq -r '[.stage, (.file // "" | sub(".*/"; "")), (.line // ""), .error] | @tsv' $n/rejects.jsonl)" \
		"$(printf '%s\t%s\t%s\t%s\n' ingest binary.txt '' "$(jq -r .error $n/rejects.jsonl | head -n 1)" \
			inbox more.jsonl 2 'not a JSON object' \
			inbox more.jsonl 3 'no "doc" and "text" strings' \
			inbox more.jsonl 4 'duplicate document id "ok-1"' \
			inbox more.jsonl 5 'duplicate document id "004_787fc37a2c284b61"')"
	assert_equal "$(jq .rejected $n/counts.json)" 5
	grep -q "^result: published $PWD/$n; 5 input(s) rejected, see rejects.jsonl and the messages$" $n/run.log
	grep -q "^exit status: 65$" $n/run.log
	grep -q '^parley-ingest: .*binary.txt' $n/run.log
	grep -q '^inbox: .*more.jsonl:3: no "doc" and "text" strings$' $n/run.log
}

@test "a record a stage rejects is in rejects.jsonl with its stage, the rest goes on, exit 65" {
	# an awk stand-in in front of the issues stage: it rejects the sentences
	# that say "walk away", the stage gets the others
	cat > picky-issues <<-EOF
	#!/usr/bin/env bash
	set -euo pipefail
	rejects=/dev/null
	args=()
	while [ "\$#" -gt 0 ]; do
		if [ "\$1" = --rejects ]; then rejects=\$2; shift 2; else args+=("\$1"); shift; fi
	done
	awk -v rej="\$rejects" '/walk away/ { print > rej; bad = 1; next } { print } END { exit bad }' > kept.jsonl \
		&& status=0 || status=65
	${PARLEY_ISSUES:-parley-issues} "\${args[@]}" < kept.jsonl
	exit "\$status"
	EOF
	chmod +x picky-issues
	PARLEY_ISSUES="$PWD/picky-issues" run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_equal "$status" 65
	n=out/$DATE
	assert_equal "$(jq -r .stage $n/rejects.jsonl | sort -u)" issues
	run jq -r '.line | test("walk away")' $n/rejects.jsonl
	refute_output --partial false
	refute_output ""
	run grep -c 'walk away' $n/sentences.jsonl
	assert_output 0
	assert_equal "$(awk '$1 == "issues" { print $2 - $3 - $4 }' $n/run.log)" 0
}

@test "rerunning a night gives the same files, byte for byte (run.log but its times)" {
	run parley-nightly --date "$DATE" inbox out
	assert_success
	cp -RL out/$DATE first
	cp out/all/aggregate.jsonl first-all.jsonl
	run parley-nightly --date "$DATE" inbox out
	assert_success
	same_night first out/$DATE
	diff <(untimed first/run.log) <(untimed out/$DATE/run.log)
	cmp first-all.jsonl out/all/aggregate.jsonl
	# only the published run is left in the store
	assert_equal "$(ls out/.parley | grep -c '^run-')" 1
}

@test "all/ merges every night's rows; a rerun night is not counted twice; latest is the newest night" {
	mkdir -p inbox/2025-04-22 inbox/$DATE
	mv inbox/000_*.txt inbox/001_*.txt inbox/002_*.txt inbox/2025-04-22/
	mv inbox/003_*.txt inbox/004_*.txt inbox/$DATE/
	run parley-nightly --date 2025-04-22 inbox out
	assert_success
	run parley-nightly --date "$DATE" inbox out
	assert_success
	assert_equal "$(readlink out/latest)" "$DATE"
	# the merge is what one aggregate over both nights gives
	cat out/2025-04-22/sentences.jsonl out/$DATE/sentences.jsonl > both.jsonl
	${PARLEY_AGGREGATE:-parley-aggregate} --by actor,group,issue both.jsonl > expected.jsonl
	cmp expected.jsonl out/all/aggregate.jsonl
	assert_equal "$(jq -c .nights out/all/counts.json)" '["2025-04-22","2025-04-23"]'
	assert_equal "$(jq .documents out/all/counts.json)" 5
	# rerun the older night: same all/, latest unchanged
	run parley-nightly --date 2025-04-22 inbox out
	assert_success
	cmp expected.jsonl out/all/aggregate.jsonl
	assert_equal "$(readlink out/latest)" "$DATE"
	grep -q '<title>parley report: all nights (2025-04-22 to 2025-04-23)</title>' out/all/report.html
}

@test "--jobs 3 gives the same night as --jobs 1, whatever the block size" {
	run parley-nightly --date "$DATE" --jobs 1 --block 5 inbox one
	assert_success
	run parley-nightly --date "$DATE" --jobs 3 --block 1 inbox three
	assert_success
	same_night one/$DATE three/$DATE
	cmp one/all/aggregate.jsonl three/all/aggregate.jsonl
	grep -q '^jobs: 3; 5 block(s) of up to 1 documents$' three/$DATE/run.log
	grep -q '^jobs: 1; 1 block(s) of up to 5 documents$' one/$DATE/run.log
}

@test "a second run while the lock is held is refused with a clear message (exit 75)" {
	run parley-nightly --date "$DATE" inbox out
	assert_success
	cp -RL out/$DATE before
	exec 9>> out/.parley/lock
	flock -n 9
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	exec 9>&-
	assert_equal "$status" 75
	assert_equal "$stderr" "parley-nightly: '$PWD/out' is locked by another run (pid $(sed -n 's/^pid \([0-9]*\),.*/\1/p' out/.parley/lock), night $DATE, since $(sed -n 's/.*, since //p' out/.parley/lock)); not starting"
	same_night before out/$DATE
}

@test "a stage that fails publishes nothing, keeps the previous night, exit 70, run.log says which" {
	run parley-nightly --date "$DATE" inbox out
	assert_success
	cp -RL out/$DATE before
	printf '#!/bin/sh\nkill -SEGV $$\n' > crash
	chmod +x crash
	PARLEY_ACTORS="$PWD/crash" run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_equal "$status" 70
	assert_equal "$stderr" "parley-nightly: block 1: parley-actors failed (killed by SIGSEGV); the stages failed (parallel: exit status 1)"
	same_night before out/$DATE
	diff <(untimed before/run.log) <(untimed out/$DATE/run.log)
	grep -q '^result: failed: block 1: parley-actors failed (killed by SIGSEGV); the stages failed (parallel: exit status 1); nothing published$' out/run.log
	grep -q '^exit status: 70$' out/run.log
	# nothing left of the failed run
	assert_equal "$(ls out/.parley | grep -c '^run-')" 1
}

@test "a run killed with SIGKILL at any moment leaves the previous night whole; the next run cleans up" {
	run parley-nightly --date "$DATE" inbox out
	assert_success
	cp -RL out/$DATE old
	cp out/all/aggregate.jsonl old-all.jsonl
	# the new night: other articles; its output once, to compare with
	mkdir inbox2
	cp inbox/002_*.txt inbox/003_*.txt inbox2/
	start=$(date +%s%N)
	run parley-nightly --date "$DATE" inbox2 reference
	assert_success
	took=$((($(date +%s%N) - start) / 1000000))
	cp -R out pristine
	for k in 1 2 3 4 5 6 7 8 9; do
		setsid parley-nightly --date "$DATE" inbox2 out 2> /dev/null &
		pid=$!
		sleep "$(awk -v t="$took" -v k="$k" 'BEGIN { printf "%.3f", t * k / 10 / 1000 }')"
		kill -9 -- "-$pid" 2> /dev/null || true
		wait "$pid" || true
		# what GNU parallel started may outlive it a moment, with the lock
		flock -w 60 out/.parley/lock true
		# either the old night or the new one, whole
		if cmp -s out/$DATE/docs.jsonl old/docs.jsonl; then
			same_night old out/$DATE
		else
			same_night reference/$DATE out/$DATE
		fi
		for f in out/all/aggregate.jsonl; do
			cmp -s "$f" old-all.jsonl || cmp "$f" reference/all/aggregate.jsonl
		done
		[ "$(readlink out/latest)" = "$DATE" ]
	done
	run parley-nightly --date "$DATE" inbox2 out
	assert_success
	same_night reference/$DATE out/$DATE
	assert_equal "$(ls -A out/.parley | grep -v '^lock$' | grep -vc '^run-')" 0
	assert_equal "$(ls out/.parley | grep -c '^run-')" 1
}

@test "PARLEY_ISSUES swaps the stage for a jq stand-in, PARLEY_ISSUES_DICT and PARLEY_ACTORS_DICT name dictionaries" {
	printf 'walkaway\twalk away|move on\n' > issues.tsv
	printf 'the_us\tthe United States\tus\tVance|Rubio|Trump\n' > actors.tsv
	PARLEY_ISSUES="$NIGHTLY/standin-issues" PARLEY_ISSUES_DICT="$PWD/issues.tsv" \
	PARLEY_ACTORS="$NIGHTLY/standin-actors" PARLEY_ACTORS_DICT="$PWD/actors.tsv" \
		run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_success
	assert_equal "$(jq -r '.issue // "none"' out/$DATE/aggregate.jsonl | sort -u | paste -sd' ')" "none walkaway"
	assert_equal "$(jq -r '.actor // "none"' out/$DATE/aggregate.jsonl | sort -u | paste -sd' ')" "none the_us"
}

@test "names with spaces, newlines and leading dashes work for INBOX, OUTDIR and articles" {
	in=$(printf -- '-in box\nx')
	out=$(printf -- '-out dir\ny')
	mkdir -- "$in"
	cp -- inbox/000_*.txt "$in/$(printf -- "-a b\nc.txt")"
	cp -- inbox/004_*.txt "$in/"
	run --separate-stderr parley-nightly --date "$DATE" -- "$in" "$out"
	assert_success
	assert_equal "$(jq -c .doc < "$out/$DATE/docs.jsonl" | paste -sd' ')" '"-a b\nc" "004_787fc37a2c284b61"'
	assert_equal "$(readlink -- "$out/latest")" "$DATE"
	[ -s "$out/$DATE/report.html" ]
}

@test "progress goes to a terminal; none with --quiet or when stderr is not a terminal" {
	command -v script > /dev/null || skip "script (util-linux) is not installed"
	printf '#!/bin/sh\nsleep 0.6\nexec "$@"\n' > slow
	chmod +x slow
	slowed="$PWD/slow ${PARLEY_SPLIT:-parley-split}"
	PARLEY_SPLIT=$slowed run script -qec "parley-nightly --date $DATE --block 1 inbox out" /dev/null
	assert_success
	assert_output --regexp 'parley-nightly: [0-9]/5 documents, [0-9]+\.[0-9]/s'
	assert_output --partial "parley-nightly: night $DATE: 5 documents; report in $PWD/out/$DATE/report.html"
	run script -qec "parley-nightly --quiet --date $DATE inbox out" /dev/null
	assert_success
	assert_output ""
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_success
	assert_equal "$stderr" ""
}

@test "the jobs run over ssh on 127.0.0.1 (--sshloginfile) give the same night" {
	[ -x /usr/sbin/sshd ] || skip "openssh-server is not installed"
	mkdir -p /run/sshd 2> /dev/null || [ -d /run/sshd ] || skip "cannot create /run/sshd for sshd"
	ssh-keygen -q -t ed25519 -N '' -f hostkey
	ssh-keygen -q -t ed25519 -N '' -f userkey
	cp userkey.pub authorized_keys
	port=$((20000 + RANDOM % 20000))
	cat > sshd_config <<-EOF
	Port $port
	ListenAddress 127.0.0.1
	HostKey $PWD/hostkey
	AuthorizedKeysFile $PWD/authorized_keys
	PasswordAuthentication no
	KbdInteractiveAuthentication no
	PermitRootLogin prohibit-password
	StrictModes no
	UsePAM no
	PidFile $PWD/sshd.pid
	EOF
	/usr/sbin/sshd -f "$PWD/sshd_config" -E "$PWD/sshd.log"
	for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s sshd.pid ] && break; sleep 0.2; done
	echo "1/ssh -p $port -i $PWD/userkey -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR 127.0.0.1" > logins
	run parley-nightly --date "$DATE" --block 1 --sshloginfile logins inbox remote
	kill "$(cat sshd.pid)"
	assert_success
	run parley-nightly --date "$DATE" inbox local
	assert_success
	same_night local/$DATE remote/$DATE
	grep -q "^jobs: 1 per machine of logins; 5 block(s) of up to 1 documents$" remote/$DATE/run.log
}

@test "the Hadoop Streaming recipe (mapper, shuffle by doc, reducer, merge) gives the night's rows" {
	run parley-nightly --date "$DATE" inbox out
	assert_success
	# the recipe of docs/parley-nightly.md, with sort as the shuffle and two
	# reducers taking the documents by the hash of their key
	mapper() {
		${PARLEY_SPLIT:-parley-split} | ${PARLEY_QUOTES:-parley-quotes} | ${PARLEY_ACTORS:-parley-actors} \
			| ${PARLEY_ISSUES:-parley-issues} | jq -c -r '(.doc | tojson) + "\t" + tojson'
	}
	reducer() { cut -f 2- | ${PARLEY_AGGREGATE:-parley-aggregate} --by actor,group,issue; }
	head -n 3 out/$DATE/docs.jsonl | mapper > map1
	tail -n +4 out/$DATE/docs.jsonl | mapper > map2
	sort -t "$(printf '\t')" -k 1,1 map1 map2 > shuffled
	# the key is the doc id as JSON ("000_…"): its last digit picks the reducer
	awk -F '\t' '{ print > ("part" (substr($1, 4, 1) % 2)) }' shuffled
	reducer < part0 > rows0
	reducer < part1 > rows1
	${PARLEY_AGGREGATE:-parley-aggregate} --merge rows0 rows1 > merged
	cmp merged out/$DATE/aggregate.jsonl
}

@test "OUTDIR/DATE or OUTDIR/all that parley-nightly did not publish is not replaced (exit 73)" {
	mkdir -p "out/$DATE"
	echo mine > "out/$DATE/file"
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_equal "$status" 73
	assert_equal "$stderr" "parley-nightly: '$PWD/out/$DATE' exists and is not what parley-nightly publishes (a symlink); not replacing it"
	assert_equal "$(cat "out/$DATE/file")" mine
	rm -r "out/$DATE"
	mkdir out/all
	run --separate-stderr parley-nightly --date "$DATE" inbox out
	assert_equal "$status" 73
	assert_equal "$stderr" "parley-nightly: '$PWD/out/all' exists and is not what parley-nightly publishes (a symlink); not replacing it"
	[ ! -e "out/$DATE" ]
}

@test "an inbox without articles publishes an empty night, with a warning" {
	mkdir empty
	run --separate-stderr parley-nightly --date "$DATE" empty out
	assert_success
	assert_equal "$stderr" "parley-nightly: no articles for the night $DATE in '$PWD/empty'"
	assert_equal "$(jq -c '[.documents, .sentences, .quotes]' out/$DATE/counts.json)" "[0,0,0]"
	grep -q '<title>parley report: 2025-04-23</title>' out/$DATE/report.html
}

@test "usage errors exit 64, an unreadable inbox 66" {
	run --separate-stderr parley-nightly --date 2025-02-30 inbox out
	assert_equal "$status" 64
	assert_equal "$stderr" "parley-nightly: --date: '2025-02-30' is not a date YYYY-MM-DD
Try 'parley-nightly --help'."
	run --separate-stderr parley-nightly --jobs 0 inbox out
	assert_equal "$status" 64
	run --separate-stderr parley-nightly inbox
	assert_equal "$status" 64
	assert_equal "${stderr_lines[0]}" "parley-nightly: expected INBOX and OUTDIR, got 1 argument(s)"
	run --separate-stderr parley-nightly --frobnicate inbox out
	assert_equal "$status" 64
	run --separate-stderr parley-nightly --date "$DATE" no-such-inbox out
	assert_equal "$status" 66
	assert_equal "$stderr" "parley-nightly: cannot read the inbox 'no-such-inbox'"
	grep -q "^result: failed: cannot read the inbox 'no-such-inbox'; nothing published$" out/run.log
	[ ! -e "out/$DATE" ]
}

@test "--help shows the synopsis and an example; --version the version" {
	run parley-nightly --help
	assert_success
	assert_line --index 0 "Usage: parley-nightly [OPTION]... INBOX OUTDIR"
	assert_output --partial "Example (crontab"
	run parley-nightly --version
	assert_success
	assert_output --regexp '^parley-nightly \(parley\) [0-9]+\.[0-9]+\.[0-9]+$'
}
