#!/usr/bin/env bats
# parley-quotes: every quote and reported statement, with its cue and its
# speaker (issue 3). Short sentences of our own for each phenomenon of the
# issue, then the seeds against their gold (tests/fixtures/seeds-gold.jsonl).

# shellcheck disable=SC1111,SC1112 # the curly marks are the test data
# shellcheck disable=SC2154 # run --separate-stderr sets stderr

load test_helper

QUOTES=$FIXTURES/quotes

setup() {
	cd "$BATS_TEST_TMPDIR" || exit
}

# found TEXT [OPTION]... - the quotes parley finds in a one-document article
# of TEXT, one a line: kind|content|cue|speaker|continues ("-" for null)
found() {
	local text=$1
	shift
	jq -n -c --arg t "$text" '{doc: "t", text: $t}' > doc.jsonl
	parley-split doc.jsonl > sentences.jsonl
	parley-quotes "$@" sentences.jsonl > out.jsonl || return
	jq -r '.quotes[] | [.kind, .text, (.cue // "-"), (.speaker // "-"), (.continues | tostring)] | join("|")' out.jsonl
}

# expect TEXT LINE... - found TEXT prints exactly the LINEs
expect() {
	local text=$1
	shift
	run found "$text"
	assert_success
	if [ "$#" -eq 0 ]; then
		assert_output ""
	else
		assert_output "$(printf '%s\n' "$@")"
	fi
}

# seed_quotes - the seeds through ingest, split and quotes, in seeds.jsonl
seed_quotes() {
	jsonl_docs "$FIXTURES"/seeds/*.txt | parley-split | parley-quotes > seeds.jsonl
}

# --- quotation marks ---

@test "curly double marks make a direct quote" {
	expect '“We will not give up,” Rubio said.' \
		'direct|We will not give up,|said|Rubio|false'
}

@test "straight double marks make a direct quote" {
	expect '"We will not give up," Rubio said.' \
		'direct|We will not give up,|said|Rubio|false'
}

@test "curly single marks make a direct quote" {
	expect '‘We will walk away,’ Vance said.' \
		'direct|We will walk away,|said|Vance|false'
}

@test "straight single marks make a direct quote" {
	expect "'We will walk away,' Vance said." \
		'direct|We will walk away,|said|Vance|false'
}

@test "a quotation opened with ' and closed with ” is one quote" {
	expect "'We will walk away,” Vance said." \
		'direct|We will walk away,|said|Vance|false'
}

@test "a quotation opened with “ and closed with \" is one quote" {
	expect '“We will walk away," Vance said.' \
		'direct|We will walk away,|said|Vance|false'
}

@test "apostrophes inside a quotation do not end it" {
	expect "\"Don't take Russia’s word, nor Kyiv's,\" Rubio said." \
		"direct|Don't take Russia’s word, nor Kyiv's,|said|Rubio|false"
}

@test "apostrophes outside quotations open nothing" {
	expect "In the ’90s, Kyiv’s leaders didn’t trust Moscow. Peskov said: “It’s Russia’s land.”" \
		'direct|It’s Russia’s land.|said|Peskov|false'
}

@test "a quotation nested in a quotation stays inside it" {
	expect '“He said ‘no’ twice,” Rubio said.' \
		'direct|He said ‘no’ twice,|said|Rubio|false'
}

@test "a quotation left unclosed ends with its paragraph" {
	expect $'Peskov said: “This is the end of the talks\n\nThe war went on.' \
		'direct|This is the end of the talks|said|Peskov|false'
}

@test "a quotation carried into the next paragraph by a new opening mark continues" {
	expect $'“We will never accept it,” Zelensky said. “It is our land.\n\n“Never. Not now, not later.”\n\nThe talks ended.' \
		'direct|We will never accept it,|said|Zelensky|false' \
		'direct|It is our land.|-|Zelensky|true' \
		'direct|Never. Not now, not later.|-|Zelensky|true'
}

@test "a paragraph that is only a quotation, after a paragraph quoting someone, continues it" {
	expect $'Zelensky said: “We will never accept it.”\n\n“Never. Not now, not later.”' \
		'direct|We will never accept it.|said|Zelensky|false' \
		'direct|Never. Not now, not later.|-|Zelensky|true'
}

@test "a paragraph that is only a quotation, after one that quotes nobody, has no speaker" {
	expect $'Zelensky spoke at length.\n\n“Never. Not now, not later.”' \
		'direct|Never. Not now, not later.|-|-|false'
}

# --- speakers before and after the quotation ---

@test "speaker after the quotation: “…,” Rubio said" {
	expect '“It is up to them,” Rubio said.' 'direct|It is up to them,|said|Rubio|false'
}

@test "speaker after an inverted verb: “…,” said Rubio, with the whole mention" {
	expect '“It is up to them,” said US Secretary of State Marco Rubio.' \
		'direct|It is up to them,|said|US Secretary of State Marco Rubio|false'
}

@test "speaker before the quotation: Rubio said: “…”" {
	expect 'Rubio said: “It is up to them.”' 'direct|It is up to them.|said|Rubio|false'
}

@test "a pronoun speaker: “…,” he added" {
	expect '“It is over,” he added.' 'direct|It is over,|added|he|false'
}

@test "a description as speaker: “…,” the Kremlin spokesman said" {
	expect '“It is over,” the Kremlin spokesman said.' 'direct|It is over,|said|the Kremlin spokesman|false'
}

@test "a title and a name are one mention: Kremlin spokesman Dmitry Peskov" {
	expect 'Kremlin spokesman Dmitry Peskov said: “No deal.”' \
		'direct|No deal.|said|Kremlin spokesman Dmitry Peskov|false'
}

@test "a possessive description and a name are one mention: Trump's special envoy Steve Witkoff" {
	expect "Trump's special envoy Steve Witkoff said: \"No deal.\"" \
		"direct|No deal.|said|Trump's special envoy Steve Witkoff|false"
}

@test "told with an addressee and a place: the addressee is part of the cue" {
	expect '“It is over,” Vance told reporters in India.' \
		'direct|It is over,|told reporters|Vance|false'
}

@test "wrote on social media reports what follows" {
	expect 'Zelensky wrote on social media that the talks had failed.' \
		'indirect|the talks had failed|wrote|Zelensky|false'
}

@test "told an outlet: the security officials told Bloomberg" {
	expect 'The security officials told Bloomberg that the plan was dead.' \
		'indirect|the plan was dead|told Bloomberg|The security officials|false'
}

@test "stated, adding: “…” gives the quotation to the subject" {
	expect 'Vance stated, adding: “We are done.”' 'direct|We are done.|adding|Vance|false'
}

@test "a second report of the same speaker after adding" {
	expect '“It is over,” Vance told reporters, adding that talks would go on.' \
		'direct|It is over,|told reporters|Vance|false' \
		'indirect|talks would go on|adding|Vance|false'
}

# --- indirect speech ---

@test "X said that …" {
	expect 'Peskov said that no date had been set.' 'indirect|no date had been set|said|Peskov|false'
}

@test "X told Y that …" {
	expect 'Putin told Trump that Russia would not stop.' 'indirect|Russia would not stop|told Trump|Putin|false'
}

@test "reporting verbs without that: warned, insisted, argued, noted, stated, reiterated, emphasized, acknowledged" {
	local verb
	for verb in warned insisted argued noted stated reiterated emphasized acknowledged; do
		run found "Lavrov $verb the West must lift the sanctions."
		assert_success
		assert_output "indirect|the West must lift the sanctions|$verb|Lavrov|false"
	done
}

@test "predicted a noun phrase" {
	expect 'Vance predicted a deal within weeks.' 'indirect|a deal within weeks|predicted|Vance|false'
}

@test "dismissed, described: an object as a description" {
	expect 'Zelensky dismissed the proposal as a trap.' 'indirect|the proposal as a trap|dismissed|Zelensky|false'
	expect 'Witkoff described the meeting as productive.' 'indirect|the meeting as productive|described|Witkoff|false'
}

@test "ruled out, a phrasal cue" {
	expect 'Kyiv ruled out any recognition of Crimea as Russian.' \
		'indirect|any recognition of Crimea as Russian|ruled out|Kyiv|false'
}

@test "according to X, before the statement" {
	expect 'According to Peskov, the meeting will take place next week.' \
		'indirect|the meeting will take place next week|According to|Peskov|false'
}

@test "according to X, after the statement" {
	expect 'The talks are stalled, according to Western officials.' \
		'indirect|The talks are stalled|according to|Western officials|false'
}

@test "a headline: …, warns JD Vance" {
	expect 'US could walk away from talks, warns JD Vance' \
		'indirect|US could walk away from talks|warns|JD Vance|false'
}

@test "X's view that …: the possessor is the speaker" {
	run found "Zelensky's view that Crimea belongs to Ukraine is well known."
	assert_success
	assert_line --regexp '^indirect\|Crimea belongs to Ukraine[^|]*\|view\|Zelensky\|false$'
}

@test "commented on and asked about report their topic" {
	expect 'Peskov commented on the talks in Istanbul.' 'indirect|the talks in Istanbul|commented on|Peskov|false'
	expect 'Reporters asked about the talks in Istanbul.' 'indirect|the talks in Istanbul|asked about|Reporters|false'
}

@test "an agreement to a thing reports nothing, an agreement that … does" {
	expect 'Russia agreed to a ceasefire.'
	expect 'Russia agreed that a ceasefire was needed.' 'indirect|a ceasefire was needed|agreed|Russia|false'
}

@test "rare beliefs are quotes only with --beliefs" {
	run found 'Trump supposes that Putin is serious.'
	assert_success
	assert_output ''
	run found 'Trump supposes that Putin is serious.' --beliefs
	assert_success
	assert_output 'indirect|Putin is serious|supposes|Trump|false'
}

# --- partial quotes and quotes without a speaker ---

@test "a partial quote's speaker is the subject of the sentence's reporting verb" {
	expect 'Rubio said the US could ‘move on’ if there was no progress.' 'partial|move on|said|Rubio|false'
}

@test "a partial quote after a cue such as called" {
	expect 'He called the idea “absurd”.' 'partial|absurd|called|He|false'
}

@test "scare quotes have no speaker" {
	expect 'The “coalition of the willing” met in Paris.' 'partial|coalition of the willing|-|-|false'
}

@test "a quoted word inside an interviewer's question has no speaker, its cue the question" {
	expect 'Asked whether Russia should be “punished”, Rubio said it was up to Europe.' \
		'partial|punished|Asked|-|false' \
		'indirect|it was up to Europe|said|Rubio|false'
}

@test "a speaker is a name, a pronoun or a description, never an arbitrary word" {
	expect '“Peace now,” read the banner.' 'direct|Peace now,|-|-|false'
	expect 'Moscow, “as always”, said nothing.' 'partial|as always|-|-|false'
}

# --- the lexicon ---

@test "the reporting-verb lexicon is a data file of hundreds of cues with their forms" {
	local lexicon=$TOP/lib/dict/reporting-verbs.txt
	run bash -c 'grep -v "^#" "$1" | grep -c "	"' _ "$lexicon"
	assert_success
	[ "$output" -ge 300 ] || fail "only $output cues"
	run bash -c 'grep -v "^#" "$1" | tr "|\t" "\n\n" | grep -c .' _ "$lexicon"
	[ "$output" -ge 1000 ] || fail "only $output forms"
}

@test "--verbs FILE replaces the lexicon: a cue of our own is read" {
	printf 'quack|quacks|quacked|quacking\thczqiw\n' > verbs.txt
	expect 'Peskov quacked that no date had been set.'
	run found 'Peskov quacked that no date had been set.' --verbs verbs.txt
	assert_success
	assert_output 'indirect|no date had been set|quacked|Peskov|false'
}

@test "PARLEY_DATADIR is searched first for the lexicons" {
	mkdir data
	cp "$TOP"/lib/dict/*.txt data/
	printf 'quack|quacks|quacked|quacking\thczqiw\n' > data/reporting-verbs.txt
	PARLEY_DATADIR=$PWD/data run found 'Peskov quacked that no date had been set.'
	assert_success
	assert_output 'indirect|no date had been set|quacked|Peskov|false'
}

@test "a lexicon that cannot be read exits 66 naming it" {
	run --separate-stderr parley-quotes --verbs no-such-file.txt /dev/null
	assert_failure 66
	assert_equal "$output" ""
	[[ $stderr == *no-such-file.txt* ]] || fail "stderr: $stderr"
}

@test "a bad lexicon line exits 65 naming the file and line" {
	printf 'say|says\thczqiw\ntell|tells\n' > verbs.txt
	run --separate-stderr parley-quotes --verbs verbs.txt /dev/null
	assert_failure 65
	[[ $stderr == *verbs.txt:2* ]] || fail "stderr: $stderr"
}

# --- records ---

@test "every sentence record gets quotes, [] when it has none, and keeps its other fields" {
	jq -n -c '{doc: "t", text: "Nothing was said. “Yes,” he said.", source: "x"}' | parley-split |
		jq -c '. + {extra: {"deep": [1, 2]}}' > in.jsonl
	run parley-quotes in.jsonl
	assert_success
	assert_equal "$(printf '%s\n' "$output" | jq -c '[.text, (.quotes | length), .extra, .source]')" \
		"$(printf '%s\n' '["Nothing was said.",0,{"deep":[1,2]},"x"]' '["“Yes,” he said.",1,{"deep":[1,2]},"x"]')"
}

@test "a bad record is rejected with file:line, kept in --rejects, and the others are kept" {
	jq -n -c '{doc: "t", text: "“Yes,” he said."}' | parley-split > good.jsonl
	{ cat good.jsonl; echo 'not json'; cat good.jsonl | jq -c '.doc = "u"'; } > in.jsonl
	run --separate-stderr parley-quotes --rejects rej.txt in.jsonl
	assert_failure 65
	[[ $stderr == *in.jsonl:2:* ]] || fail "stderr: $stderr"
	assert_equal "$(cat rej.txt)" 'not json'
	assert_equal "$(printf '%s\n' "$output" | jq -r '.doc + " " + (.quotes | length | tostring)')" "$(printf 't 1\nu 1')"
}

@test "the output is the same on every run and from a pipe" {
	seed_quotes
	jsonl_docs "$FIXTURES"/seeds/*.txt | parley-split > s.jsonl
	parley-quotes < s.jsonl > again.jsonl
	cmp seeds.jsonl again.jsonl
}

# --- the seeds against the gold ---

@test "seeds: every quote's content, cue and speaker are the document's text at their offsets" {
	seed_quotes
	local f bad
	for f in "$FIXTURES"/seeds/*.txt; do
		bad=$(jq -R -s -c --slurpfile out seeds.jsonl --arg doc "$(basename "$f" .txt)" '
			. as $t
			| [$out[] | select(.doc == $doc) | .quotes[]
			   | select(.text != $t[.start:.end]
			            or (.cue != null and .cue != $t[.cue_start:.cue_end])
			            or (.speaker != null and .speaker != $t[.speaker_start:.speaker_end]))]' "$f")
		assert_equal "$bad" "[]"
	done
}

@test "seeds: every direct and partial quote of the gold is found with its exact span, kind and speaker" {
	seed_quotes
	jq -n --slurpfile gold "$FIXTURES/seeds-gold.jsonl" --slurpfile out seeds.jsonl \
		-f "$QUOTES/gold-score.jq" > score.json
	assert_equal "$(jq -c '[.quotes, .quotes_found, .quotes_kind_right, .quotes_speaker_right]' score.json)" '[39,39,39,39]'
}

@test "seeds: at least 90% of the gold's indirect quotes are found, with the right speaker" {
	seed_quotes
	jq -n --slurpfile gold "$FIXTURES/seeds-gold.jsonl" --slurpfile out seeds.jsonl \
		-f "$QUOTES/gold-score.jq" > score.json
	run jq '.indirect_found / .indirect >= 0.9 and .indirect_speaker_right / .indirect >= 0.9' score.json
	assert_output true
}

@test "seeds: at least 90% of what is reported is in the gold" {
	seed_quotes
	jq -n --slurpfile gold "$FIXTURES/seeds-gold.jsonl" --slurpfile out seeds.jsonl \
		-f "$QUOTES/gold-score.jq" > score.json
	run jq '.predicted_in_gold / .predicted >= 0.9' score.json
	assert_output true
}
