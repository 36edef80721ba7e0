#!/usr/bin/env bats
# make install: commands, data files, report templates and man pages under
# DESTDIR/PREFIX, and the installed tree works on its own.

load test_helper

@test "make install puts commands, dictionaries and man pages under DESTDIR and PREFIX" {
	run make -s -C "$TOP" install PREFIX=/opt/parley DESTDIR="$BATS_TEST_TMPDIR/root"
	assert_success
	root=$BATS_TEST_TMPDIR/root/opt/parley
	for c in ingest split quotes actors issues aggregate nightly report; do
		[ -x "$root/bin/parley-$c" ]
		[ -s "$root/share/man/man1/parley-$c.1" ]
	done
	for f in "$TOP"/lib/dict/*; do
		cmp "$f" "$root/share/parley/${f##*/}"
	done
	[ -s "$root/share/parley/report/report-html.jq" ]
}

@test "the installed commands run the nightly job without the checkout" {
	make -s -C "$TOP" install PREFIX=/opt/parley DESTDIR="$BATS_TEST_TMPDIR/root"
	root=$BATS_TEST_TMPDIR/root/opt/parley
	run --separate-stderr env PATH="$root/bin:/usr/bin:/bin" PARLEY_DATADIR= \
		"$root/bin/parley-nightly" --quiet --date 2025-04-23 "$TOP/examples/articles" "$BATS_TEST_TMPDIR/out"
	assert_success
	[ -s "$BATS_TEST_TMPDIR/out/2025-04-23/report.html" ]
	assert_equal "$(jq -s 'map(.quotes | length) | add' "$BATS_TEST_TMPDIR/out/2025-04-23/sentences.jsonl")" \
		"$(parley-ingest --date 2025-04-23 "$TOP"/examples/articles/*.txt | parley-split | parley-quotes | jq -s 'map(.quotes | length) | add')"
}
