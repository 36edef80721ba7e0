#!/usr/bin/env bats
# The reading fixes of parley-quotes, one behaviour each, on short
# sentences: each test gives a little article and the exact quotes found
# (kind, content, speaker, cue).

load test_helper

# quotes_of TEXT: the quotes parley-quotes finds in an article whose text
# is TEXT (a title paragraph is put before it), one JSON object a line.
quotes_of() {
	printf 'A title.\n\n%s\n' "$1" > "$BATS_TEST_TMPDIR/article.txt"
	parley-ingest --date 2016-01-01 -- "$BATS_TEST_TMPDIR/article.txt" |
		parley-split | parley-quotes |
		jq -c '.quotes[] | {kind, text, speaker, cue}'
}

@test "a poll is the source of what it shows" {
	run quotes_of 'The latest poll showed Smith leading the field with 31 percent.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith leading the field with 31 percent","speaker":"The latest poll","cue":"showed"}'
}

@test "a person who shows something reports nothing" {
	run quotes_of 'Smith showed great restraint on Tuesday.'
	assert_success
	assert_output ''
}

@test "a survey is the source of what it found" {
	run quotes_of 'A new survey found Jones ahead of Smith in the north.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones ahead of Smith in the north","speaker":"A new survey","cue":"found"}'
}

@test "a paragraph opened by a name and a colon reports the rest of it" {
	run quotes_of 'Smith: The plan will not survive the winter.'
	assert_success
	assert_output '{"kind":"indirect","text":"The plan will not survive the winter","speaker":"Smith","cue":":"}'
}

@test "a question after Q and a colon is reported with its question mark" {
	run quotes_of 'Q: Why did you leave the party?'
	assert_success
	assert_output '{"kind":"indirect","text":"Why did you leave the party?","speaker":"Q","cue":":"}'
}

@test "a section label before a colon is no speaker" {
	run quotes_of 'Related: Smith wins the vote.'
	assert_success
	assert_output ''
}

@test "a quotation after a name and a colon is that speaker's direct quote" {
	run quotes_of 'Smith: “We will win.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will win.","speaker":"Smith","cue":":"}'
}

@test "a quoted fragment with no cue belongs to the subject of its sentence" {
	run quotes_of 'Jones also mourned a climate in which people “hate each other” over taxes.'
	assert_success
	assert_output '{"kind":"partial","text":"hate each other","speaker":"Jones","cue":"mourned"}'
}

@test "a quoted title of a show is not a quote" {
	run quotes_of 'She appeared on “The Evening Hour” last week.'
	assert_success
	assert_output ''
}

@test "a quoted handle is not a quote" {
	run quotes_of 'Follow “@newsdesk” for more.'
	assert_success
	assert_output ''
}

@test "a reporting clause set off by commas reports both sides of it" {
	run quotes_of 'In his town, Smith said, most shops are closed on Sunday.'
	assert_success
	assert_output '{"kind":"indirect","text":"In his town, Smith said, most shops are closed on Sunday","speaker":"Smith","cue":"said"}'
}

@test "according to after a conjunction and a comma reports the clause after the source" {
	run quotes_of 'But, according to the poll, most voters remain undecided.'
	assert_success
	assert_output '{"kind":"indirect","text":"most voters remain undecided","speaker":"the poll","cue":"according to"}'
}

@test "a reporting verb in a Title Case headline is a cue" {
	run quotes_of 'Mayor Smith Says The Bridge Will Reopen In May.'
	assert_success
	assert_output '{"kind":"indirect","text":"The Bridge Will Reopen In May","speaker":"Mayor Smith","cue":"Says"}'
}

@test "a quoted noun phrase inside someone's reported clause is that reporter's fragment" {
	run quotes_of 'Smith said that he would offer “a fresh start” to the town.'
	assert_success
	assert_output '{"kind":"partial","text":"a fresh start","speaker":"Smith","cue":"said"}'
}

@test "defending something is a stated position" {
	run quotes_of 'Jones defended the budget cuts at the meeting.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget cuts at the meeting","speaker":"Jones","cue":"defended"}'
}

@test "endorsing a person is a stated position, reiterating this is not" {
	run quotes_of 'The mayor endorsed her. Jones reiterated this.'
	assert_success
	assert_output '{"kind":"indirect","text":"her","speaker":"The mayor","cue":"endorsed"}'
}

@test "a name like Kelly opening a sentence is a speaker" {
	run quotes_of 'Kelly said the interview went well.'
	assert_success
	assert_output '{"kind":"indirect","text":"the interview went well","speaker":"Kelly","cue":"said"}'
}

@test "a parenthesis opened by when between speaker and verb is skipped" {
	run quotes_of 'The office, when contacted by phone, said the minister was away.'
	assert_success
	assert_output '{"kind":"indirect","text":"the minister was away","speaker":"The office","cue":"said"}'
}

@test "an unnamed interviewer's question is reported with no speaker and ends at the comma" {
	run quotes_of 'Asked whether he would run again, Smith smiled.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether he would run again","speaker":null,"cue":"Asked"}'
}

@test "a poll after in is the source of the clause before it" {
	run quotes_of 'Jones has a clear lead in a new city poll ahead of the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones has a clear lead","speaker":"a new city poll","cue":"in"}'
}

@test "a verb the lexicon lacks after a quotation and its subject reports the quotation" {
	run quotes_of '“The town will stand,” an angry Smith retaliated.'
	assert_success
	assert_output '{"kind":"direct","text":"The town will stand,","speaker":"an angry Smith","cue":"retaliated"}'
}

@test "a speaker after the verb may carry a relative clause" {
	run quotes_of '“We want answers,” said a council member who supports Jones.'
	assert_success
	assert_line --index 0 '{"kind":"direct","text":"We want answers,","speaker":"a council member","cue":"said"}'
	assert_line --index 1 '{"kind":"indirect","text":"Jones","speaker":"a council member who","cue":"supports"}'
}

@test "a reporting clause after a quotation may end in a when-clause" {
	run quotes_of '“This is a movement,” Smith said when endorsing Jones.'
	assert_success
	assert_output '{"kind":"direct","text":"This is a movement,","speaker":"Smith","cue":"said"}
{"kind":"indirect","text":"Jones","speaker":"Smith","cue":"endorsing"}'
}

@test "a dash credit line after a quoted paragraph names its speaker" {
	run quotes_of '"The town deserves better than this."

- Mary Jones.'
	assert_success
	assert_output '{"kind":"direct","text":"The town deserves better than this.","speaker":"Mary Jones","cue":"-"}'
}

@test "a contraction after the subject is no part of the speaker" {
	run quotes_of 'The moderators didn’t say whether the vote was fair.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the vote was fair","speaker":"The moderators","cue":"say"}'
}

@test "The Latest before a colon is a section label" {
	run quotes_of 'The Latest: Smith tells voters she will stay.'
	assert_success
	assert_output '{"kind":"indirect","text":"she will stay","speaker":"Smith","cue":"tells voters"}'
}

@test "a verb of quotations only does not govern a lower-case fragment run on after it" {
	run quotes_of 'She said that the campaign would continue “to break barriers” next year.'
	assert_success
	assert_output '{"kind":"partial","text":"to break barriers","speaker":"She","cue":"said"}'
}

@test "a cue ending its paragraph with a colon reports the next paragraph" {
	run quotes_of 'In a speech last year, Smith said:

Let no one be mistaken, the plan is a failure.'
	assert_success
	assert_output '{"kind":"indirect","text":"Let no one be mistaken, the plan is a failure","speaker":"Smith","cue":"said"}'
}

@test "most of them is a speaker" {
	run quotes_of 'Most of them said the plant should stay open.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plant should stay open","speaker":"Most of them","cue":"said"}'
}

@test "refusing to do something is a stated position" {
	run quotes_of 'Jones refused to endorse the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"to endorse the mayor","speaker":"Jones","cue":"refused"}'
}

@test "a quoted transcript paragraph opened by a name in capitals is that name's" {
	run quotes_of '"SMITH: We will rebuild the bridge this year.'
	assert_success
	assert_output '{"kind":"direct","text":"SMITH: We will rebuild the bridge this year.","speaker":"SMITH","cue":":"}'
}

@test "a dash and a name after a quotation at the end of its paragraph credit it" {
	run quotes_of '“The bridge is our pride.” ― Mary Jones'
	assert_success
	assert_output '{"kind":"direct","text":"The bridge is our pride.","speaker":"Mary Jones","cue":"―"}'
}

@test "he's before a reporting verb is the speaker with has or is" {
	run quotes_of 'He’s said the vote was rigged. It’s said that he left.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the vote was rigged","speaker":"He","cue":"said"}'
	assert_line --index 1 '{"kind":"indirect","text":"he left","speaker":null,"cue":"said"}'
}

@test "opening adjuncts with several commas before the speaker do not make the clause a reporting clause after its content" {
	run quotes_of 'In Fort Pierce, Florida Friday, Smith laid out her plans for the port.'
	assert_success
	assert_output '{"kind":"indirect","text":"her plans for the port","speaker":"Smith","cue":"laid out"}'
}

@test "what an agent reported in a passive is its subject" {
	run quotes_of 'The closure was first reported by the local paper.'
	assert_success
	assert_output '{"kind":"indirect","text":"The closure","speaker":"the local paper","cue":"reported"}'
}

@test "a fragment in an opening participle belongs to the subject after it" {
	run quotes_of 'Bemoaning the “rigged system,” Smith accused the board of bias.'
	assert_success
	assert_output '{"kind":"partial","text":"rigged system,","speaker":"Smith","cue":null}'
}

@test "a dash ending a quotation's paragraph does not credit a name that opens the next paragraph" {
	run quotes_of '“The bridge is our pride.” -

Mary Jones said nothing.'
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"The bridge is our pride.","speaker":null,"cue":null}
{"kind":"indirect","text":"nothing","speaker":"Mary Jones","cue":"said"}
OUT
}

@test "a quoted fragment in a clause someone reports belongs to the outermost speaker" {
	run quotes_of 'Jones said the mayor told the council that the budget was “a total mess.”'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the budget was “a total mess.”","speaker":"the mayor","cue":"told the council"}
{"kind":"partial","text":"a total mess.","speaker":"Jones","cue":"said"}
OUT
}

@test "a reporting verb and a noun phrase right after a quotation name the speaker whatever the noun" {
	run quotes_of '“We will reopen on Monday,” said the baker, who runs the shop on Elm Street.'
	assert_success
	assert_output '{"kind":"direct","text":"We will reopen on Monday,","speaker":"the baker","cue":"said"}'
}

@test "a quoted fragment belongs to the subject of its sentence over an apposition" {
	run quotes_of 'Ann Lee, the governor’s former aide, left the board over its “reckless spending” last year.'
	assert_success
	assert_output '{"kind":"partial","text":"reckless spending","speaker":"Ann Lee","cue":null}'
}

@test "a quotation after a colon that no cue governs is said by the subject of the clause before the colon" {
	run quotes_of 'The vote was close. Jones then turned to the crowd: “We are not done yet.”'
	assert_success
	assert_output '{"kind":"direct","text":"We are not done yet.","speaker":"Jones","cue":"turned"}'
}

@test "the paragraphs of a quotation after a colon ending the paragraph before are the subject's" {
	run quotes_of 'The council issued the following statement:

“We regret the delay.”

“The bridge will open in May.”'
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"We regret the delay.","speaker":"The council","cue":"issued"}
{"kind":"direct","text":"The bridge will open in May.","speaker":"The council","cue":null}
OUT
}

@test "a name standing as a label before a colon after a dash is the speaker of the quotation after it" {
	run quotes_of 'The count was late - Ann Lee and Tom Ross: “We saw it coming.”'
	assert_success
	assert_output '{"kind":"direct","text":"We saw it coming.","speaker":"Ann Lee and Tom Ross","cue":":"}'
}

@test "a name after from before a colon is the speaker of the quotation after it" {
	run quotes_of 'What it means for the vote - More from Jones: “The state leans left.”'
	assert_success
	assert_output '{"kind":"direct","text":"The state leans left.","speaker":"Jones","cue":":"}'
}

@test "a quoted fragment belongs to the subject of its own sentence before the speaker of the sentence before" {
	run quotes_of 'Jones said the plan would fail. Lee then visited the council for its “bold vision” on housing.'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the plan would fail","speaker":"Jones","cue":"said"}
{"kind":"partial","text":"bold vision","speaker":"Lee","cue":"visited"}
OUT
}

@test "a participle set off by commas between the speaker and the verb is passed over" {
	run quotes_of 'Judge Ann Lee, writing for the panel, said Kent County’s new voting period “is quite generous.”'
	assert_success
	assert_output '{"kind":"partial","text":"is quite generous.","speaker":"Judge Ann Lee","cue":"said"}'
}

@test "that after a comma is no relative pronoun naming a speaker" {
	run quotes_of 'Jones said Thursday at a forum in Albany, New York, that states can pass such rules because “towns should decide.”'
	assert_success
	assert_output '{"kind":"partial","text":"towns should decide.","speaker":"Jones","cue":"said"}'
}

@test "that before a time word ending the clause is an adjunct of the reporting clause after a quotation" {
	run quotes_of 'Lee spoke first. “We will win. We will build it,” he said at the rally that night.'
	assert_success
	assert_output '{"kind":"direct","text":"We will win. We will build it,","speaker":"he","cue":"said"}'
}

@test "a verb of the manner of speaking after a quotation is its cue" {
	run quotes_of '“Sit down, all of you,” Jones urged.'
	assert_success
	assert_output '{"kind":"direct","text":"Sit down, all of you,","speaker":"Jones","cue":"urged"}'
}

@test "a name right after a quotation is its speaker over an apposition of several commas before the verb" {
	run quotes_of '“We will appeal,” Ann Lee, 67, a retired nurse in Dover, said on Friday.'
	assert_success
	assert_output '{"kind":"direct","text":"We will appeal,","speaker":"Ann Lee","cue":"said"}'
}

@test "a show named in quotation marks after on is no quote and the report before it is found" {
	run quotes_of 'Taxes will fall next year, Jones said on “Meet the Press.”'
	assert_success
	assert_output '{"kind":"indirect","text":"Taxes will fall next year","speaker":"Jones","cue":"said"}'
}

@test "a work named in quotation marks after a possessive is part of the report, not a quote" {
	run quotes_of 'Lee praised the cast of Smith’s “Summer Nights” on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cast of Smith’s “Summer Nights” on Monday","speaker":"Lee","cue":"praised"}'
}

@test "a title-case quotation in a headline after a label and a colon is no quote" {
	printf 'A title.\n\nJones: Smith Joins “Growing List of Critics”\n\nThe vote is on Monday.\n' > "$BATS_TEST_TMPDIR/article.txt"
	run bash -c 'parley-ingest --date 2016-01-01 -- "$1" | parley-split | parley-quotes | jq -c ".quotes[] | select(.kind != \"indirect\")"' _ "$BATS_TEST_TMPDIR/article.txt"
	assert_success
	assert_output ''
}

@test "about before a number opens the reported clause, not an adjunct" {
	run quotes_of 'Jones said about 200 people stayed home.'
	assert_success
	assert_output '{"kind":"indirect","text":"about 200 people stayed home","speaker":"Jones","cue":"said"}'
}

@test "an aside between dashes after the reporting verb is stepped over to the that-clause" {
	run quotes_of 'Jones said — on the radio, as it happens — that Smith raised $4 million.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith raised $4 million","speaker":"Jones","cue":"said"}'
}

@test "verbs of comparing, evoking and attacking report their object" {
	run quotes_of 'Jones compared the tax plan to a lottery ticket. Lee invoked the civil rights leader. Smith has hammered Jones for his vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax plan to a lottery ticket","speaker":"Jones","cue":"compared"}
{"kind":"indirect","text":"the civil rights leader","speaker":"Lee","cue":"invoked"}
{"kind":"indirect","text":"Jones for his vote","speaker":"Smith","cue":"hammered"}'
}

@test "bemoaned reports a that-clause" {
	run quotes_of 'Jones bemoaned that the costs of health care are rising.'
	assert_success
	assert_output '{"kind":"indirect","text":"the costs of health care are rising","speaker":"Jones","cue":"bemoaned"}'
}

@test "a campaign that released figures is their source" {
	run quotes_of 'The campaign released its fundraising totals on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"its fundraising totals on Monday","speaker":"The campaign","cue":"released"}'
}

@test "a participle before a noun after the reporting verb of a quotation is a modifier, not a report" {
	run quotes_of '“Let’s win this,” he tells hundreds of screaming supporters.'
	assert_success
	assert_output '{"kind":"direct","text":"Let’s win this,","speaker":"he","cue":"tells"}'
}

@test "that after an adjunct of the reporting clause of a quotation opens a relative clause" {
	run quotes_of '“It is like a new plane,” Jones said in a film that showed the rooms.'
	assert_success
	assert_output '{"kind":"direct","text":"It is like a new plane,","speaker":"Jones","cue":"said"}'
}

@test "a quoted name right after the reporting clause of a quotation leaves the cue to that quotation" {
	run quotes_of '“Being a father is my job,” Smith said on Tuesday on the podcast “Here and Now.”'
	assert_success
	assert_output '{"kind":"direct","text":"Being a father is my job,","speaker":"Smith","cue":"said"}'
}

@test "a relative clause after an adjunct of the reporting clause of a quotation is not reported" {
	run quotes_of '“I have no idea how they voted,” he said of people whose rights were restored.'
	assert_success
	assert_output '{"kind":"direct","text":"I have no idea how they voted,","speaker":"he","cue":"said"}'
}

@test "an addressee and adjuncts after the reporting clause of a quotation are not reported" {
	run quotes_of '“Well, they have to listen,” the surgeon told a TV station in a video posted online.'
	assert_success
	assert_output '{"kind":"direct","text":"Well, they have to listen,","speaker":"the surgeon","cue":"told"}'
}

@test "a clause after an adjunct of the reporting clause of a quotation is not reported" {
	run quotes_of '“He looked me in the eye,” Ann Lee recalled of a talk she had with Smith.'
	assert_success
	assert_output '{"kind":"direct","text":"He looked me in the eye,","speaker":"Ann Lee","cue":"recalled"}'
}

@test "two mentions joined by and opening the clause are one speaker" {
	run quotes_of '“It is too late,” Smith and Jones said. Lee and his aide said the vote would wait.'
	assert_success
	assert_output '{"kind":"direct","text":"It is too late,","speaker":"Smith and Jones","cue":"said"}
{"kind":"indirect","text":"the vote would wait","speaker":"Lee and his aide","cue":"said"}'
}

@test "an object joined by and to the subject of a reporting verb is not part of the speaker" {
	run quotes_of 'Smith attacked Lee and Jones said the vote would wait.'
	assert_success
	assert_output '{"kind":"indirect","text":"Lee","speaker":"Smith","cue":"attacked"}
{"kind":"indirect","text":"the vote would wait","speaker":"Jones","cue":"said"}'
}

@test "a name after a verb before a colon is the speaker of the quotation after it" {
	run quotes_of 'The surge does not surprise the pollster Dan Shaw: “Lesser-known candidates often get a boost.”'
	assert_success
	assert_output '{"kind":"direct","text":"Lesser-known candidates often get a boost.","speaker":"the pollster Dan Shaw","cue":":"}'
}

@test "a record after from before a colon is the speaker of the quotation after it" {
	run quotes_of 'More from the report: “Samples with longer field periods were more accurate.”'
	assert_success
	assert_output '{"kind":"direct","text":"Samples with longer field periods were more accurate.","speaker":"the report","cue":":"}'
}

@test "referenced, chastised and rebuked report their object" {
	run quotes_of 'The commission chastised the council. Smith referenced the attacks. Lee rebuked the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council","speaker":"The commission","cue":"chastised"}
{"kind":"indirect","text":"the attacks","speaker":"Smith","cue":"referenced"}
{"kind":"indirect","text":"the mayor","speaker":"Lee","cue":"rebuked"}'
}

@test "a value in markup after an equals sign is no quote" {
	printf 'A title.\n\nThere is more:\n\n<tweet pic="" author="jonesbob">We will win the state. Join us.</tweet>.\n\nThe vote is today.\n' > "$BATS_TEST_TMPDIR/article.txt"
	run bash -c 'parley-ingest --date 2016-01-01 -- "$1" | parley-split | parley-quotes | jq -c ".quotes[] | {kind, text}"' _ "$BATS_TEST_TMPDIR/article.txt"
	assert_success
	assert_output ''
}

@test "state before a title is a noun, not a reporting verb" {
	run quotes_of 'Wisconsin state Rep. David Bowen endorsed her. The letter stated that the plant would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"her","speaker":"Wisconsin state Rep. David Bowen","cue":"endorsed"}
{"kind":"indirect","text":"the plant would close","speaker":"The letter","cue":"stated"}'
}

@test "an aside in the sentence that reports a quotation does not take the next one over" {
	run quotes_of '“We stay neutral,” said Mr. Brown, whose group does not endorse candidates. “A general election is different.”'
	assert_success
	assert_output '{"kind":"direct","text":"We stay neutral,","speaker":"Mr. Brown","cue":"said"}
{"kind":"direct","text":"A general election is different.","speaker":"Mr. Brown","cue":null}'
}

@test "a second verb shares the subject of the report, not of the clause it reports" {
	run quotes_of 'Smith said he welcomed the ruling and added, “I will plead guilty.”'
	assert_success
	assert_output '{"kind":"indirect","text":"he welcomed the ruling","speaker":"Smith","cue":"said"}
{"kind":"direct","text":"I will plead guilty.","speaker":"Smith","cue":"added"}'
}

@test "a participle shares the subject of the main clause, not of a that-clause after a noun" {
	run quotes_of 'Jones bristled at the claim that he had told Smith to back down, saying, “the advice I give is private.”'
	assert_success
	assert_output '{"kind":"indirect","text":"the claim that he had told Smith to back down","speaker":"Jones","cue":"bristled at"}
{"kind":"indirect","text":"to back down","speaker":"he","cue":"told Smith"}
{"kind":"partial","text":"the advice I give is private.","speaker":"Jones","cue":"saying"}'
}

@test "words quoted after a speech that has not happened are the reporter's" {
	run quotes_of 'Smith said he expected that voters will say “no” to the plan.'
	assert_success
	assert_output '{"kind":"partial","text":"no","speaker":"Smith","cue":"said"}'
}

@test "a relative clause after an appositive with a prepositional phrase has the whole appositive as its speaker" {
	run quotes_of '“The plan failed,” said Tom Brown, the president of a small group, who also said the city must pay.'
	assert_success
	assert_output '{"kind":"direct","text":"The plan failed,","speaker":"Tom Brown","cue":"said"}
{"kind":"indirect","text":"the city must pay","speaker":"Tom Brown, the president of a small group, who","cue":"said"}'
}

@test "a poll with words after its noun is the source of what it shows" {
	run quotes_of 'A city poll released on Friday showed Smith ahead of Jones in the north.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith ahead of Jones in the north","speaker":"A city poll","cue":"showed"}'
}

@test "a survey with a participle phrase set off by commas is the source of what it found" {
	run quotes_of 'The survey, conducted by a local college, found Jones ahead of Smith.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones ahead of Smith","speaker":"The survey","cue":"found"}'
}

@test "exit polling is the source of what it shows" {
	run quotes_of 'Exit polling shows Jones won most voters under 30.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones won most voters under 30","speaker":"Exit polling","cue":"shows"}'
}

@test "a letter in an adjunct of a person's clause shows nothing" {
	run quotes_of 'Smith, in a letter to Jones, showed his anger.'
	assert_success
	assert_output ''
}

@test "a plan to find something: the infinitive find reports nothing, the plan does" {
	run quotes_of 'Smith plans to find a cure for the disease.'
	assert_success
	assert_output '{"kind":"indirect","text":"to find a cure for the disease","speaker":"Smith","cue":"plans"}'
}

@test "a share in per cent opening a clause is the source of what it says" {
	run quotes_of 'On the budget, 38% say the city spends too much.'
	assert_success
	assert_output '{"kind":"indirect","text":"the city spends too much","speaker":"38%","cue":"say"}'
}

@test "those surveyed are the source of what they say" {
	run quotes_of 'Again, those surveyed said the mayor was best placed to fix the roads.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor was best placed to fix the roads","speaker":"those surveyed","cue":"said"}'
}

@test "a person who surveyed something is no mention of those polled" {
	run quotes_of 'Jones surveyed the damage and said the town would recover.'
	assert_success
	assert_output '{"kind":"indirect","text":"the town would recover","speaker":"Jones","cue":"said"}'
}

@test "a lead in the polls is a standing, not a report of the polls" {
	run quotes_of 'Smith has a wide lead in the polls over Jones.'
	assert_success
	assert_output ''
}

@test "a lead in a poll that is named is that poll's report" {
	run quotes_of 'Smith trails Jones in Iowa polls.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith trails Jones","speaker":"Iowa polls","cue":"in"}'
}

@test "a stance a pronoun takes inside another report is no report of its own" {
	run quotes_of 'Smith said she would back Jones in the primary.'
	assert_success
	assert_output '{"kind":"indirect","text":"she would back Jones in the primary","speaker":"Smith","cue":"said"}'
}

@test "a stance a name takes inside another report is a report of its own" {
	run quotes_of 'Smith said the union is pressing for higher wages.'
	assert_success
	assert_output '{"kind":"indirect","text":"the union is pressing for higher wages","speaker":"Smith","cue":"said"}
{"kind":"indirect","text":"higher wages","speaker":"the union","cue":"pressing for"}'
}

@test "a label before a number alone reports nothing" {
	run quotes_of 'Smith: 1,204.'
	assert_success
	assert_output ''
}

@test "a label before a list of names reports nothing" {
	run quotes_of 'Ohio: Ann Lee, Bo Li, Cy Ng, Di Ro and Ed Fu.'
	assert_success
	assert_output ''
}

@test "a newsroom label before a colon is no speaker" {
	run quotes_of 'Contributing: Ann Lee in Dover.'
	assert_success
	assert_output ''
}

@test "a label before names that do something is a speaker" {
	run quotes_of 'Smith: Jones, Brown, Green and White all lied.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones, Brown, Green and White all lied","speaker":"Smith","cue":":"}'
}

@test "a second verb after a when-asked clause shares the subject of the main clause" {
	run quotes_of 'When asked about the vote, Smith frowned and said, “No comment.”'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the vote","speaker":null,"cue":"asked about"}
{"kind":"direct","text":"No comment.","speaker":"Smith","cue":"said"}
OUT
}

@test "an ampersand in a relative clause set off by commas keeps the name before it the speaker" {
	run quotes_of 'Ann Lee, who runs the shop for the firm Smith & Jones, said the town had “made great strides” lately.'
	assert_success
	assert_output '{"kind":"partial","text":"made great strides","speaker":"Ann Lee","cue":"said"}'
}

# spans7

@test "a plural noun after a determiner is no verb: the whole noun phrase speaks" {
	run quotes_of 'The villagers have gathered at the gate, saying: “We will not move.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will not move.","speaker":"The villagers","cue":"saying"}'
}

@test "neighbours and a town are nouns of speakers" {
	run quotes_of 'His neighbours have laughed at the plan, calling it “a fantasy.” The town released a statement saying it was “not amused.”'
	assert_success
	assert_output '{"kind":"partial","text":"a fantasy.","speaker":"His neighbours","cue":"calling"}
{"kind":"indirect","text":"a statement saying it was “not amused.”","speaker":"The town","cue":"released"}
{"kind":"partial","text":"not amused.","speaker":"The town","cue":"saying"}'
}

@test "a participle after an object and a day names the subject of the verb before them" {
	run quotes_of 'The mayor released a statement Wednesday saying the plan was “dead on arrival.”'
	assert_success
	assert_output '{"kind":"indirect","text":"a statement Wednesday saying the plan was “dead on arrival.”","speaker":"The mayor","cue":"released"}
{"kind":"partial","text":"dead on arrival.","speaker":"The mayor","cue":"saying"}'
}

@test "a dateline in capitals before a dash is no speaker" {
	run quotes_of 'DOVER — Rep. Ann Lee on Friday pummeled Smith as divisive while praising Jones as a “work horse.”'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith as divisive","speaker":"Rep. Ann Lee","cue":"pummeled"}
{"kind":"partial","text":"work horse.","speaker":"Rep. Ann Lee","cue":"praising"}'
}

@test "a verb in -ed after the noun of a speaker ends the noun phrase" {
	run quotes_of 'DOVER (AP) — After the vote, the mayor’s chief aide rallied supporters, saying: “We have to stop him.”'
	assert_success
	assert_output '{"kind":"direct","text":"We have to stop him.","speaker":"the mayor’s chief aide","cue":"saying"}'
}

@test "a verb after a preposition and that is a noun: that is no speaker" {
	run quotes_of 'Smith replied to that tweet by calling Jones “dopey.”'
	assert_success
	assert_output '{"kind":"partial","text":"dopey.","speaker":"Smith","cue":"calling"}'
}

# recall7

# recall_quotes TEXT [OPTION...]: as quotes_of, with the options given to
# parley-quotes.
recall_quotes() {
	local text=$1
	shift
	printf 'A title.\n\n%s\n' "$text" > "$BATS_TEST_TMPDIR/article.txt"
	parley-ingest --date 2016-01-01 -- "$BATS_TEST_TMPDIR/article.txt" |
		parley-split | parley-quotes "$@" |
		jq -c '.quotes[] | {kind, text, speaker, cue}'
}

@test "a belief is a report without --beliefs: thinks, believes, fears" {
	run recall_quotes 'Smith thinks the new plan is a mistake.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new plan is a mistake","speaker":"Smith","cue":"thinks"}'
	run recall_quotes 'Jones believes that the tax will pass in May.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax will pass in May","speaker":"Jones","cue":"believes"}'
	run recall_quotes 'Brown fears the vote will be close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote will be close","speaker":"Brown","cue":"fears"}'
}

@test "a wish or intention is a report without --beliefs: wants, plans, seeks" {
	run recall_quotes 'Jones wants to cut the school budget by half.'
	assert_success
	assert_output '{"kind":"indirect","text":"to cut the school budget by half","speaker":"Jones","cue":"wants"}'
	run recall_quotes 'Smith plans to run for the Senate next year.'
	assert_success
	assert_output '{"kind":"indirect","text":"to run for the Senate next year","speaker":"Smith","cue":"plans"}'
	run recall_quotes 'Brown is seeking to end the strike before June.'
	assert_success
	assert_output '{"kind":"indirect","text":"to end the strike before June","speaker":"Brown","cue":"seeking"}'
}

@test "a belief or wish inside what another report says is part of that report" {
	local out='{"kind":"indirect","text":"Jones wants to cut the school budget by half","speaker":"Smith","cue":"said"}'
	run recall_quotes 'Smith said Jones wants to cut the school budget by half.'
	assert_success
	assert_output "$out"
	run recall_quotes 'Smith said Jones wants to cut the school budget by half.' --beliefs
	assert_success
	assert_output "$out"
	run recall_quotes 'Smith told us that he thought the plan was a mistake.' --beliefs
	assert_success
	assert_output '{"kind":"indirect","text":"he thought the plan was a mistake","speaker":"Smith","cue":"told us"}'
}

@test "a lexicon entry marked u is a cue only with --beliefs" {
	printf 'say|says|said\thczqiw\nponder|ponders|pondered\tbczu\n' > "$BATS_TEST_TMPDIR/verbs.txt"
	run recall_quotes 'Smith ponders whether the town will grow.' --verbs "$BATS_TEST_TMPDIR/verbs.txt"
	assert_success
	assert_output ''
	run recall_quotes 'Smith ponders that the town will grow.' --verbs "$BATS_TEST_TMPDIR/verbs.txt"
	assert_success
	assert_output ''
	run recall_quotes 'Smith ponders that the town will grow.' --beliefs --verbs "$BATS_TEST_TMPDIR/verbs.txt"
	assert_success
	assert_output '{"kind":"indirect","text":"the town will grow","speaker":"Smith","cue":"ponders"}'
}

@test "a verb of seeming reports its to-infinitive with no speaker" {
	run recall_quotes 'Smith seems to favour a delay of the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"to favour a delay of the vote","speaker":null,"cue":"seems"}'
	run recall_quotes 'The crowd appeared to grow after dark.'
	assert_success
	assert_output '{"kind":"indirect","text":"to grow after dark","speaker":null,"cue":"appeared"}'
}

@test "a passive belief before a to-infinitive reports it with no speaker, unless an agent is named" {
	run recall_quotes 'The vote is expected to be close.'
	assert_success
	assert_output '{"kind":"indirect","text":"to be close","speaker":null,"cue":"expected"}'
	run recall_quotes 'Smith is expected by Jones to win the seat.'
	assert_success
	assert_output '{"kind":"indirect","text":"to win the seat","speaker":"Jones","cue":"expected"}'
}

@test "a verb of seeming inside another report, or with no infinitive, reports nothing of its own" {
	run recall_quotes 'Jones said Smith appeared to waver on the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith appeared to waver on the plan","speaker":"Jones","cue":"said"}'
	run recall_quotes 'Smith appeared at the fair with his family.'
	assert_success
	assert_output ''
}

# clauses8

@test "according to X after an opening adjunct, a parenthesis or a colon reports the clause after X" {
	run quotes_of 'In addition, according to the agency, nine thousand more farms will get water.'
	assert_success
	assert_output '{"kind":"indirect","text":"nine thousand more farms will get water","speaker":"the agency","cue":"according to"}'
	run quotes_of 'The pool closes at ten. (According to the city council, it loses money every night.)'
	assert_success
	assert_output '{"kind":"indirect","text":"it loses money every night.)","speaker":"the city council","cue":"According to"}'
	run quotes_of 'Nobody noticed: According to the mayor, the bridge is unsafe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge is unsafe","speaker":"the mayor","cue":"According to"}'
}

@test "according to X after a clause still reports that clause" {
	run quotes_of 'The farms got water in May, according to the agency, after a long wait.'
	assert_success
	assert_output '{"kind":"indirect","text":"The farms got water in May","speaker":"the agency","cue":"according to"}'
}

@test "a short answer is what was said: said so, said yes, said the same" {
	run quotes_of 'Asked whether the bridge was safe, the mayor said yes.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the bridge was safe","speaker":null,"cue":"Asked"}
{"kind":"indirect","text":"yes","speaker":"the mayor","cue":"said"}'
	run quotes_of 'Last year, 30 percent of farmers said the same.'
	assert_success
	assert_output '{"kind":"indirect","text":"the same","speaker":"30 percent of farmers","cue":"said"}'
	run quotes_of 'The mayor said so on Tuesday.'
	assert_success
	assert_output '{"kind":"indirect","text":"so on Tuesday","speaker":"The mayor","cue":"said"}'
}

@test "so, no or the same that a clause goes on after is no short answer" {
	run quotes_of 'The mayor said the same farms would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the same farms would close","speaker":"The mayor","cue":"said"}'
	run quotes_of 'The mayor said no farms would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"no farms would close","speaker":"The mayor","cue":"said"}'
}

@test "a quantity word or a gerund of have opens the clause reported" {
	run quotes_of 'The agency said about half of the farms lost money.'
	assert_success
	assert_output '{"kind":"indirect","text":"about half of the farms lost money","speaker":"The agency","cue":"said"}'
	run quotes_of 'The mayor said having the bridge closed for a month is costly.'
	assert_success
	assert_output '{"kind":"indirect","text":"having the bridge closed for a month is costly","speaker":"The mayor","cue":"said"}'
}

@test "a gerund of have after the subject's auxiliary is no clause of its own" {
	run quotes_of 'The mayor said having been told of it, he acted.'
	assert_success
	refute_output --partial '"text":"having'
}

@test "a verb of seeming with an adjective, like or a noun phrase reports it with no speaker" {
	run quotes_of 'The mayor seemed rather irritated by the delay.'
	assert_success
	assert_output '{"kind":"indirect","text":"rather irritated by the delay","speaker":null,"cue":"seemed"}'
	run quotes_of 'The new bridge seems like a costly mistake.'
	assert_success
	assert_output '{"kind":"indirect","text":"like a costly mistake","speaker":null,"cue":"seems"}'
	run quotes_of 'For the farmers, the vote appeared a setback.'
	assert_success
	assert_output '{"kind":"indirect","text":"a setback","speaker":null,"cue":"appeared"}'
}

@test "it seems (likely) (that) reports the clause after it with no speaker" {
	run quotes_of 'It seems unlikely that the bridge will open this year.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge will open this year","speaker":null,"cue":"seems"}'
	run quotes_of 'It appears, though, that the farms were spared.'
	assert_success
	assert_output '{"kind":"indirect","text":"the farms were spared","speaker":null,"cue":"appears"}'
	run quotes_of 'By now it seems the council has lost its nerve.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council has lost its nerve","speaker":null,"cue":"seems"}'
}

@test "a verb of seeming that is no judgement reports nothing" {
	run quotes_of 'The mayor appeared on the radio and later appeared together with his wife.'
	assert_success
	assert_output ''
	run quotes_of 'The mayor tried hard to appear calm.'
	assert_success
	assert_output ''
	run quotes_of 'Jones said the mayor seemed irritated.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor seemed irritated","speaker":"Jones","cue":"said"}'
}

@test "an aside set off by commas between the cue and its clause is stepped over" {
	run quotes_of 'The mayor says, rain or shine on Friday, the fair will open.'
	assert_success
	assert_output '{"kind":"indirect","text":"the fair will open","speaker":"The mayor","cue":"says"}'
	run quotes_of 'Jones said, twice, that the bridge was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge was safe","speaker":"Jones","cue":"said"}'
	run quotes_of 'Jones said on Monday at a fair in Dover, Delaware, that the bridge was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge was safe","speaker":"Jones","cue":"said"}'
	run quotes_of 'Jones wondered, as many do, why the bridge was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"why the bridge was closed","speaker":"Jones","cue":"wondered"}'
}

@test "after an aside, a relative clause or a pronoun that is no clause of the cue; a clause reported before it stays" {
	run quotes_of 'Jones is not known as a builder, either, which is why he hired Smith.'
	assert_success
	assert_output ''
	run quotes_of 'Jones insisted for years, though, that was never the plan.'
	assert_success
	assert_output ''
	run quotes_of 'The fair was closed, Jones said, the mayor agreed.'
	assert_success
	refute_output --partial '"text":"the mayor agreed"'
}

@test "a question opening the sentence after adjuncts is asked by no one named" {
	run quotes_of 'Asked on Monday whether the bridge would open, the mayor smiled.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the bridge would open","speaker":null,"cue":"Asked"}'
	run quotes_of 'Asked at a fair in Dover why the bridge was closed, Jones said it was unsafe.'
	assert_success
	assert_output '{"kind":"indirect","text":"why the bridge was closed","speaker":null,"cue":"Asked"}
{"kind":"indirect","text":"it was unsafe","speaker":"Jones","cue":"said"}'
}

@test "a participle opening the sentence before adjuncts and no question asks nothing" {
	run quotes_of 'Asked on Monday, the mayor smiled.'
	assert_success
	assert_output ''
	run quotes_of 'Asked on Monday when the fair opens, the mayor smiled.'
	assert_success
	assert_output ''
}

@test "a request in the passive before a to-infinitive, no agent named, is reported with no speaker" {
	run quotes_of 'The farmers were asked to pick a new site for the fair.'
	assert_success
	assert_output '{"kind":"indirect","text":"to pick a new site for the fair","speaker":null,"cue":"asked"}'
	run quotes_of 'Jones was ordered to close the bridge by Friday.'
	assert_success
	assert_output '{"kind":"indirect","text":"to close the bridge by Friday","speaker":null,"cue":"ordered"}'
}

@test "a request in the passive inside another report is part of that report" {
	run quotes_of 'Jones said the farmers were asked to pick a new site.'
	assert_success
	assert_output '{"kind":"indirect","text":"the farmers were asked to pick a new site","speaker":"Jones","cue":"said"}'
}

@test "quotations inside what a passive belief reports are no one's, as that report is" {
	run quotes_of "At the fair, farmers are expected to show breeds beyond TV shows, including goats like ''Snow Queen,'' ''Red Duke,'' ''Blue'' and, perhaps, ''Old Tom,'' with Jane Smith showing them."
	assert_success
	assert_output '{"kind":"partial","text":"Snow Queen,","speaker":null,"cue":"expected"}
{"kind":"direct","text":"Red Duke,","speaker":null,"cue":"expected"}
{"kind":"direct","text":"Blue","speaker":null,"cue":"expected"}
{"kind":"partial","text":"Old Tom,","speaker":null,"cue":"expected"}'
}

@test "quotations inside what a verb of seeming reports are still its subject's" {
	run quotes_of 'Jones seemed to call the plan “a fair deal” on Friday.'
	assert_success
	assert_output '{"kind":"indirect","text":"to call the plan “a fair deal” on Friday","speaker":null,"cue":"seemed"}
{"kind":"partial","text":"a fair deal","speaker":"Jones","cue":"seemed"}'
}

@test "a subject with prepositional phrases, or opened by those, before an auxiliary opens the clause reported" {
	run quotes_of 'Smith thinks the price of grain in the north will rise.'
	assert_success
	assert_output '{"kind":"indirect","text":"the price of grain in the north will rise","speaker":"Smith","cue":"thinks"}'
	run quotes_of 'Jones said those bridges were unsafe.'
	assert_success
	assert_output '{"kind":"indirect","text":"those bridges were unsafe","speaker":"Jones","cue":"said"}'
}

@test "a noun phrase with prepositional phrases and no auxiliary is no clause" {
	run quotes_of 'Jones told the farmers of Dover in the north.'
	assert_success
	assert_output ''
	run quotes_of 'Jones told the council in Dover in May.'
	assert_success
	assert_output ''
}

@test "an opening adverbial set off by a comma is no content of the cue after it when a complement follows" {
	run quotes_of 'Shortly after the vote, the mayor announced his resignation.'
	assert_success
	assert_output '{"kind":"indirect","text":"his resignation","speaker":"the mayor","cue":"announced"}'
	run quotes_of 'Having lost the vote, Jones offered a deal to the farmers.'
	assert_success
	assert_output '{"kind":"indirect","text":"a deal to the farmers","speaker":"Jones","cue":"offered"}'
}

@test "a clause before a reporting clause with no complement is still its content" {
	run quotes_of 'The bridge will open in May, the mayor announced.'
	assert_success
	assert_output '{"kind":"indirect","text":"The bridge will open in May","speaker":"the mayor","cue":"announced"}'
	run quotes_of 'Shortly after the vote, the mayor announced.'
	assert_success
	assert_output '{"kind":"indirect","text":"Shortly after the vote","speaker":"the mayor","cue":"announced"}'
	run quotes_of 'When the bridge opens, the farmers will cross, the mayor announced.'
	assert_success
	assert_output '{"kind":"indirect","text":"the farmers will cross","speaker":"the mayor","cue":"announced"}'
}

# speaker8

@test "a speaker named after a quotation is found when a relative clause or a participle follows the name" {
	run quotes_of '“The bridge is unsafe,” said the site manager known as Red, speaking for the first time.'
	assert_success
	assert_output '{"kind":"direct","text":"The bridge is unsafe,","speaker":"the site manager","cue":"said"}'
	run quotes_of '“Nobody came back,” said the chief officer of a port that lost its boats.'
	assert_success
	assert_output '{"kind":"direct","text":"Nobody came back,","speaker":"the chief officer","cue":"said"}'
}

@test "a quantity of a group named after a quotation is its speaker" {
	run quotes_of '“It was chaos. The doors were locked,” said one of three officers who saw the fire but asked not to be named.'
	assert_success
	assert_line --index 0 '{"kind":"direct","text":"It was chaos. The doors were locked,","speaker":"one of three officers","cue":"said"}'
	run quotes_of '“We lost the vote,” said several of his aides.'
	assert_success
	assert_output '{"kind":"direct","text":"We lost the vote,","speaker":"several of his aides","cue":"said"}'
}

@test "a subject set off by a participle or a relative clause about a thing is the speaker of the verb after it" {
	run quotes_of 'The lawsuit, filed in Dover on Monday, alleged that the council “ignored every warning.”'
	assert_success
	assert_output '{"kind":"partial","text":"ignored every warning.","speaker":"The lawsuit","cue":"alleged"}'
	run quotes_of 'The lawsuit, which was filed in Dover, alleged that the council “ignored every warning.”'
	assert_success
	assert_output '{"kind":"partial","text":"ignored every warning.","speaker":"The lawsuit","cue":"alleged"}'
}

@test "a time adjunct with its article between the subject and the verb is stepped over" {
	run quotes_of 'Jones has in the past described Smith as “a dangerous man.”'
	assert_success
	assert_output '{"kind":"partial","text":"a dangerous man.","speaker":"Jones","cue":"described"}'
	run quotes_of 'Jones over the past few weeks has called the plan “a joke.”'
	assert_success
	assert_output '{"kind":"partial","text":"a joke.","speaker":"Jones","cue":"called"}'
	run quotes_of 'Jones at the time said the plan was “a joke.”'
	assert_success
	assert_output '{"kind":"partial","text":"a joke.","speaker":"Jones","cue":"said"}'
}

@test "a relative who set off by a comma is the speaker of any frame of its verb" {
	run quotes_of 'Jones, who has described Smith as “a liar,” left the party.'
	assert_success
	assert_output '{"kind":"partial","text":"a liar,","speaker":"Jones, who","cue":"described"}'
}

@test "a participle after an object with a to-phrase or after a verb with a particle belongs to that verb's subject" {
	run quotes_of 'The union quickly sent an email to members stating, “The season is over.”'
	assert_success
	assert_output '{"kind":"direct","text":"The season is over.","speaker":"The union","cue":"stating"}'
	run quotes_of 'The council sent out a notice saying the road was “closed for good.”'
	assert_success
	assert_output '{"kind":"partial","text":"closed for good.","speaker":"The council","cue":"saying"}'
}

@test "a participle takes the subject of the clause, not a reporting noun in its object" {
	run quotes_of 'Mary Lane quickly posted a Facebook comment of her own, saying, “We are so proud!”'
	assert_success
	assert_output '{"kind":"direct","text":"We are so proud!","speaker":"Mary Lane","cue":"saying"}'
}

@test "a participle takes the subject of a verb the lexicon does not know right after a speaker noun" {
	run quotes_of 'The senator began by talking about the city’s housing crisis, saying a flat is now “cheaper than a car.”'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the city’s housing crisis","speaker":"The senator","cue":"talking about"}
{"kind":"partial","text":"cheaper than a car.","speaker":"The senator","cue":"saying"}
OUT
	run quotes_of 'Speaking at a town hall event in Dover, Smith turned on Jones, calling him “a total bore.”'
	assert_success
	assert_output '{"kind":"partial","text":"a total bore.","speaker":"Smith","cue":"calling"}'
}

@test "what a pronoun calls something is named by the subject of the clause that holds it" {
	run quotes_of 'Jones has railed against what he calls the “city cartel” for years.'
	assert_success
	assert_output '{"kind":"partial","text":"city cartel","speaker":"Jones","cue":"calls"}'
	run quotes_of 'He railed against what he calls the “cartel.”'
	assert_success
	assert_output '{"kind":"partial","text":"cartel.","speaker":"he","cue":"calls"}'
}

# topics8

@test "a verb of a topic reports the topic, its subject the speaker" {
	run recall_quotes 'Smith talked about the new bridge at the fair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge at the fair","speaker":"Smith","cue":"talked about"}'
	run recall_quotes 'Jones spoke about how the mill could reopen.'
	assert_success
	assert_output '{"kind":"indirect","text":"how the mill could reopen","speaker":"Jones","cue":"spoke about"}'
	run recall_quotes 'The mayor discussed the budget with the council.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget with the council","speaker":"The mayor","cue":"discussed"}'
	run recall_quotes 'Brown focused on school meals in her speech.'
	assert_success
	assert_output '{"kind":"indirect","text":"school meals in her speech","speaker":"Brown","cue":"focused on"}'
}

@test "a topic inside another report is part of it; a passive focus is no topic" {
	run recall_quotes 'Jones said Smith talked about the bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith talked about the bridge","speaker":"Jones","cue":"said"}'
	run recall_quotes 'Jones argued the talks should focus on the “facts on the ground” first.'
	assert_success
	assert_output '{"kind":"partial","text":"facts on the ground","speaker":"Jones","cue":"argued"}'
	run recall_quotes 'The talks were focused on the harbour.'
	assert_success
	assert_output ''
}

@test "asked about by no one named reports the topic with no speaker, up to the comma" {
	run recall_quotes 'Asked about the bridge, Smith smiled.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge","speaker":null,"cue":"Asked about"}'
	run recall_quotes 'When asked about the visit by the envoy, Jones said it was off.'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the visit by the envoy","speaker":null,"cue":"asked about"}
{"kind":"indirect","text":"it was off","speaker":"Jones","cue":"said"}
OUT
}

@test "a noun of a stance reports what it is about, its possessor the speaker" {
	run recall_quotes "Smith's criticism of the judge was sharp."
	assert_success
	assert_output '{"kind":"indirect","text":"the judge","speaker":"Smith","cue":"criticism of"}'
	run recall_quotes 'His support for the levy has not changed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"His","cue":"support for"}'
}

@test "a possessor of a noun of a stance is no subject a participle after it shares" {
	run recall_quotes "Voters cheered Smith's attacks on Jones, saying he had lied."
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"Jones","speaker":"Smith","cue":"attacks on"}
{"kind":"indirect","text":"he had lied","speaker":"Voters","cue":"saying"}
OUT
}

@test "a possessive pronoun after a verb stands for its subject; a verb that reports nothing lends its subject" {
	run recall_quotes 'Smith doubled down on his support for the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"Smith","cue":"support for"}'
	run recall_quotes 'Smith expressed support for the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"Smith","cue":"support for"}'
}

@test "a noun of a stance with no possessor, the object of a report, or inside one reports nothing of its own" {
	run recall_quotes 'Support for the levy has grown.'
	assert_success
	assert_output ''
	run recall_quotes 'The criticism of the judge was sharp.'
	assert_success
	assert_output ''
	run recall_quotes 'Smith reiterated his support for the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"his support for the levy","speaker":"Smith","cue":"reiterated"}'
	run recall_quotes "Jones said Smith's criticism of the judge was unfair."
	assert_success
	assert_output '{"kind":"indirect","text":"Smith'"'"'s criticism of the judge was unfair","speaker":"Jones","cue":"said"}'
}

@test "questions about a topic with no possessor are reported with no speaker" {
	run recall_quotes 'There were questions about whether the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the mill would close","speaker":null,"cue":"questions about"}'
}

@test "commenting, writing or joking about a thing reports it as a topic" {
	run recall_quotes 'Smith commented on the new bridge at the fair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge at the fair","speaker":"Smith","cue":"commented on"}'
	run recall_quotes 'Jones wrote about the mill in her column.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill in her column","speaker":"Jones","cue":"wrote about"}'
	run recall_quotes 'Brown joked about his height.'
	assert_success
	assert_output '{"kind":"indirect","text":"his height","speaker":"Brown","cue":"joked about"}'
}

# recall9

@test "recall9: more nouns of a stance report what they are about: critique of, stance against, swipes at, call for, assessment of" {
	run recall_quotes "Smith's critique of the budget was long."
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"Smith","cue":"critique of"}'
	run recall_quotes "The mayor's stance against the tower has not changed."
	assert_success
	assert_output '{"kind":"indirect","text":"the tower","speaker":"The mayor","cue":"stance against"}'
	run recall_quotes 'Her swipes at the mayor were mild.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Her","cue":"swipes at"}'
	run recall_quotes 'His call for a recount was ignored.'
	assert_success
	assert_output '{"kind":"indirect","text":"a recount","speaker":"His","cue":"call for"}'
	run recall_quotes "Green's assessment of the harvest was grim."
	assert_success
	assert_output '{"kind":"indirect","text":"the harvest","speaker":"Green","cue":"assessment of"}'
}

@test "recall9: a noun of a stance with no possessor is no report; a statement on a day is still a statement" {
	run recall_quotes 'A call for a recount went out.'
	assert_success
	assert_output ''
	run recall_quotes 'The swipe at the mayor was mild.'
	assert_success
	assert_output ''
	run recall_quotes 'Brown made a statement on Monday that the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Brown","cue":"statement"}'
}

@test "recall9: being critical of a thing is a stance, its subject the speaker" {
	run recall_quotes 'Jones has been sharply critical of the new toll.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new toll","speaker":"Jones","cue":"critical of"}'
	run recall_quotes 'Smith said he was critical of the toll.'
	assert_success
	assert_output '{"kind":"indirect","text":"he was critical of the toll","speaker":"Smith","cue":"said"}'
}

@test "recall9: agreeing to do a thing is a report; agreeing to a thing is not" {
	run recall_quotes 'Smith agreed to pay the fine.'
	assert_success
	assert_output '{"kind":"indirect","text":"to pay the fine","speaker":"Smith","cue":"agreed"}'
	run recall_quotes 'Smith agreed to a ceasefire.'
	assert_success
	assert_output ''
}

@test "recall9: agreeing takes a bare clause; agreeing terms is no report" {
	run recall_quotes 'Most voters agreed the road was too narrow.'
	assert_success
	assert_output '{"kind":"indirect","text":"the road was too narrow","speaker":"Most voters","cue":"agreed"}'
	run recall_quotes 'The two sides agreed terms on Monday.'
	assert_success
	assert_output ''
}

@test "recall9: reportedly reports what its clause goes on to say with no speaker, not inside another report" {
	run recall_quotes 'The mill is reportedly closing in May.'
	assert_success
	assert_output '{"kind":"indirect","text":"closing in May","speaker":null,"cue":"reportedly"}'
	run recall_quotes 'The board is reportedly in talks with a buyer.'
	assert_success
	assert_output '{"kind":"indirect","text":"in talks with a buyer","speaker":null,"cue":"reportedly"}'
	run recall_quotes 'Jones said Smith had reportedly left.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith had reportedly left","speaker":"Jones","cue":"said"}'
}

@test "recall9: criticism drawn or faced reports its subject, the source after from" {
	run recall_quotes 'The plan drew sharp criticism from Jones.'
	assert_success
	assert_output '{"kind":"indirect","text":"The plan","speaker":"Jones","cue":"criticism"}'
	run recall_quotes 'Smith has faced criticism for the remark.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":null,"cue":"criticism"}'
	run recall_quotes 'Criticism from Jones was swift.'
	assert_success
	assert_output ''
}

@test "recall9: asking or telling someone about a thing reports it as a topic, not inside another report" {
	run recall_quotes 'Jones asked the mayor about the new bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge","speaker":"Jones","cue":"asked the mayor about"}'
	run recall_quotes 'Smith said Jones asked the mayor about the bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones asked the mayor about the bridge","speaker":"Smith","cue":"said"}'
}

@test "recall9: an adjective between the possessor and a noun of a stance keeps the possessor the speaker" {
	run recall_quotes "Smith's harsh criticism of the judge was noted."
	assert_success
	assert_output '{"kind":"indirect","text":"the judge","speaker":"Smith","cue":"criticism of"}'
	run recall_quotes 'His fierce attacks on the mayor have stopped.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"His","cue":"attacks on"}'
	run recall_quotes 'The harsh criticism of the judge was noted.'
	assert_success
	assert_output ''
}

# speaker9

@test "a capitalised auxiliary after a word or a comma is a name, not a verb" {
	run quotes_of '“We will win,” said Will Dole.'
	assert_success
	assert_output '{"kind":"direct","text":"We will win,","speaker":"Will Dole","cue":"said"}'
	run quotes_of 'In a column, Will described Smith as a “caricature.”'
	assert_success
	assert_output '{"kind":"partial","text":"caricature.","speaker":"Will","cue":"described"}'
}

@test "a capitalised auxiliary in a headline in Title Case stays a verb" {
	run quotes_of 'Smith Wants To Do Things Better'
	assert_success
	assert_output '{"kind":"indirect","text":"To Do Things Better","speaker":"Smith","cue":"Wants"}'
}

@test "an adverb opening a clause with no comma is not its subject's start" {
	run quotes_of 'Then he cut into Jones, calling him a "stiff."'
	assert_success
	assert_output '{"kind":"partial","text":"stiff.","speaker":"he","cue":"calling"}'
	run quotes_of 'And then Smith went on the attack, saying, "The mayor should resign."'
	assert_success
	assert_output '{"kind":"direct","text":"The mayor should resign.","speaker":"Smith","cue":"saying"}'
}

@test "always between a subject and its verb is no speaker" {
	run quotes_of 'The local press has always claimed itself to be a “fair” voice.'
	assert_success
	assert_output '{"kind":"partial","text":"fair","speaker":"The local press","cue":"claimed"}'
}

@test "a dateline with a date is no speaker, and the clause starts after its dash" {
	run quotes_of 'DOVER, Dec. 8 (UPI) — In reply to the plan, the mayor rallied supporters, saying: “We have to be ready.”'
	assert_success
	assert_output '{"kind":"direct","text":"We have to be ready.","speaker":"the mayor","cue":"saying"}'
	run quotes_of 'DOVER (UPI) — The mill will close next year, the mayor said.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill will close next year","speaker":"the mayor","cue":"said"}'
}

@test "a noun ending in -is, -ss or -us is not the verb whose subject a participle shares" {
	run quotes_of 'Jones won the county caucus, claiming a third victory in a row.'
	assert_success
	assert_output '{"kind":"indirect","text":"a third victory in a row","speaker":"Jones","cue":"claiming"}'
}

@test "a participle or a second verb does not share the subject of a cue in the clause opening the sentence" {
	run quotes_of 'When Jones said the mill would close, Smith went on stage and joked, “You are all being silly.”'
	assert_success
	assert_line '{"kind":"direct","text":"You are all being silly.","speaker":"Smith","cue":"joked"}'
	run quotes_of 'When Brown asked the board to reopen the mill, it declined, citing the cost of repairs.'
	assert_success
	assert_line '{"kind":"indirect","text":"the cost of repairs","speaker":"it","cue":"citing"}'
}

@test "a subordinate clause after an opening adjunct is skipped to find the clause of a cue" {
	run quotes_of 'At the debate, while most of his rivals called for more troops, Jones held back, noting that the two sides are enemies.'
	assert_success
	assert_line '{"kind":"indirect","text":"the two sides are enemies","speaker":"Jones","cue":"noting"}'
	run quotes_of 'Still, though the plan may be good for the town -- after all the costs -- the case for it is weak, Mr. Brown argued.'
	assert_success
	assert_output '{"kind":"indirect","text":"though the plan may be good for the town -- after all the costs -- the case for it is weak","speaker":"Mr. Brown","cue":"argued"}'
}

@test "a participle after a preposition opening the sentence is said by the main clause's subject" {
	run quotes_of 'In calling the plan “a farce,” the mayor again showed her temper.'
	assert_success
	assert_output '{"kind":"partial","text":"a farce,","speaker":"the mayor","cue":"calling"}'
	run quotes_of 'But while denouncing the “waste” of public money, she has not cut her own budget.'
	assert_success
	assert_output '{"kind":"partial","text":"waste","speaker":"she","cue":"denouncing"}'
}

@test "what a share of those polled says inside a poll's report is the poll's" {
	run quotes_of 'A county poll in June showed that 60 percent of voters said the mill should stay open.'
	assert_success
	assert_output '{"kind":"indirect","text":"60 percent of voters said the mill should stay open","speaker":"A county poll","cue":"showed"}'
	run quotes_of 'In a county poll, 60 percent of farmers said the levy was “too high.”'
	assert_success
	assert_output '{"kind":"partial","text":"too high.","speaker":"a county poll","cue":"In"}'
	run quotes_of 'Half of the farmers said the levy was too high.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy was too high","speaker":"Half","cue":"said"}'
}

# lead8

@test "a content read after its cue ends before its own speaker after a comma, not before a passive's agent" {
	run quotes_of "Along with discussing the terms of a new lease, the mayor's team settled the dispute over the car park."
	assert_success
	assert_output '{"kind":"indirect","text":"the terms of a new lease","speaker":"the mayor'"'"'s team","cue":"discussing"}'
	run quotes_of 'After describing the budget as a mistake, Smith voted for it anyway.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the budget as a mistake","speaker":"Smith","cue":"describing"}'
	assert_line --index 1 '{"kind":"indirect","text":"it anyway","speaker":"Smith","cue":"voted for"}'
	run quotes_of 'The post is to be filled by Governor Anne Lee, the board announced.'
	assert_success
	assert_output '{"kind":"indirect","text":"The post is to be filled by Governor Anne Lee","speaker":"the board","cue":"announced"}'
}

# labels10

@test "a noun cue after a determiner and an adjective has no adjective for its speaker" {
	run quotes_of 'Smith delivered a curt retort: “Nobody is cutting the budget.”'
	assert_success
	assert_output '{"kind":"direct","text":"Nobody is cutting the budget.","speaker":"Smith","cue":"delivered"}'
	run quotes_of 'The crowd reprised the old chant “Four more years!” at the rally.'
	assert_success
	assert_output '{"kind":"partial","text":"Four more years!","speaker":"The crowd","cue":"reprised"}'
}

@test "a reporting verb after its subject keeps that subject as speaker" {
	run quotes_of 'A spokeswoman for the mayor retorted: “Nobody is cutting the budget.”'
	assert_success
	assert_output '{"kind":"direct","text":"Nobody is cutting the budget.","speaker":"A spokeswoman","cue":"retorted"}'
}

# relative10

@test "an organisation before which or that speaks by the relative clause" {
	run quotes_of 'Smith met the union, which endorsed Jones in March.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones in March","speaker":"the union, which","cue":"endorsed"}'
	run quotes_of 'Smith spoke to farm groups that have endorsed him.'
	assert_success
	assert_output '{"kind":"indirect","text":"him","speaker":"farm groups that","cue":"endorsed"}'
}

@test "a thing before which or that is no speaker of the relative clause" {
	run quotes_of 'Smith walked along the old mill, which backed onto the river.'
	assert_success
	assert_output ''
	run quotes_of 'A sign that read “No mill” hung on the gate.'
	assert_success
	assert_output '{"kind":"partial","text":"No mill","speaker":"A sign that","cue":"read"}'
}

# quotes-precision11

@test "a participle after a noun with a preposition before it reports nothing" {
	run quotes_of 'In a memo released as the polls closed, Smith conceded the race.'
	assert_success
	assert_output '{"kind":"indirect","text":"the race","speaker":"Smith","cue":"conceded"}'
	run quotes_of 'Water use fell, according to figures released Monday by county water officials.'
	assert_success
	assert_output '{"kind":"indirect","text":"Water use fell","speaker":"figures released Monday by county water officials","cue":"according to"}'
}

@test "a participle after an article and an adverb describes the noun after it" {
	run quotes_of 'A newly released email finds that the mill lost money.'
	assert_success
	refute_output --partial '"cue":"released"'
	run quotes_of 'Newly Released Memo Shows Mill Lost Money'
	assert_success
	assert_output '{"kind":"indirect","text":"Mill Lost Money","speaker":"Newly Released Memo","cue":"Shows"}'
}

@test "a pronoun after a reporting verb and before an auxiliary is the subject of its clause" {
	run quotes_of 'Among the voters, about half, 48 percent, say they will vote for Jones.'
	assert_success
	assert_output '{"kind":"indirect","text":"they will vote for Jones","speaker":"48 percent","cue":"say"}'
}

@test "a short fragment in the sentence after a report is a scare quote with no speaker" {
	run quotes_of 'Jones said the mill would close. The deal is really a “pre-agreement” because some members did not agree.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"the mill would close","speaker":"Jones","cue":"said"}
	{"kind":"partial","text":"pre-agreement","speaker":null,"cue":null}
	OUT
}

@test "a name in Title Case in the sentence after a report is no quote of it" {
	run quotes_of 'Jones said the mill would close. Smith was the founder of “Friends of the Mill.”'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Jones","cue":"said"}'
}

@test "an opening time or place before a reporting clause is not what it reports" {
	run quotes_of 'This month, she wrote a sharp letter to the board.'
	assert_success
	assert_output '{"kind":"indirect","text":"a sharp letter to the board","speaker":"she","cue":"wrote"}'
	run quotes_of 'In the early 1990s, Smith said, when the mill was open, a worker earned little.'
	assert_success
	assert_output ''
	run quotes_of 'In the end, Smith said, the mill was lost.'
	assert_success
	assert_output '{"kind":"indirect","text":"In the end, Smith said, the mill was lost","speaker":"Smith","cue":"said"}'
}

@test "in a Title Case headline a plural noun before a verb is the subject, not a cue" {
	run quotes_of 'Rival Attacks Highlight Weakness of Mill Plan'
	assert_success
	assert_output '{"kind":"indirect","text":"Weakness of Mill Plan","speaker":"Rival Attacks","cue":"Highlight"}'
}

@test "a poll phrase inside a subject reports the whole clause" {
	run quotes_of 'Fifteen percent of voters in the poll were undecided about the race.'
	assert_success
	assert_output '{"kind":"indirect","text":"Fifteen percent of voters in the poll were undecided about the race","speaker":"the poll","cue":"in"}'
}

@test "a poll phrase in an aside of the subject reports nothing" {
	run quotes_of 'Smith, the leader in Republican polls, tweeted that the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Smith","cue":"tweeted"}'
	run quotes_of 'Jones, who is third in many Iowa polls, stressed defense issues.'
	assert_success
	assert_output '{"kind":"indirect","text":"defense issues","speaker":"Jones","cue":"stressed"}'
}

@test "a quoted fragment with no cue does not belong to a subject it" {
	run quotes_of 'It depended almost entirely on “very conservative” voters in the north.'
	assert_success
	assert_output '{"kind":"partial","text":"very conservative","speaker":null,"cue":null}'
}

@test "may or might want to is the writer's advice, no wish of the subject" {
	run quotes_of 'Smith may want to check his figures again.'
	assert_success
	assert_output ''
	run quotes_of 'Smith wants to check his figures again.'
	assert_success
	assert_output '{"kind":"indirect","text":"to check his figures again","speaker":"Smith","cue":"wants"}'
}

@test "a Title Case quotation after a word that names a work is a title, not a quote" {
	run quotes_of '“The mill will close,” said Smith, the author of “The Long Road Home.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill will close,","speaker":"Smith","cue":"said"}'
	run quotes_of 'Smith published a book titled “The Long Road Home” last year.'
	assert_success
	assert_output '{"kind":"indirect","text":"a book titled “The Long Road Home” last year","speaker":"Smith","cue":"published"}'
}

@test "called before a name after an indefinite noun names it, it reports nothing" {
	run quotes_of 'Smith set up a website called “Mill Town Forever” that pitches the town to tourists.'
	assert_success
	assert_output ''
	run quotes_of 'Jones worked for a firm called Acme Mills, which lost money.'
	assert_success
	assert_output ''
	run quotes_of 'The mayor called Smith “a liar” on Monday.'
	assert_success
	assert_output '{"kind":"partial","text":"a liar","speaker":"The mayor","cue":"called"}'
}

@test "what stands before a relative clause is not what its reporting verb reports" {
	run quotes_of 'Lloyd Grove, the editor who wrote the profile, tweeted a picture.'
	assert_success
	assert_output '{"kind":"indirect","text":"a picture","speaker":"Lloyd Grove","cue":"tweeted"}'
}

@test "an adverbial clause before a reporting verb with a complement is not what it reports" {
	run quotes_of 'On Tuesday, even as shares of the mill were tumbling, Mr. Smith wrote to investors, telling them the mill was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill was safe","speaker":"Mr. Smith","cue":"telling them"}'
	run quotes_of 'If the mill closes, he said this week, the town will die.'
	assert_success
	assert_output '{"kind":"indirect","text":"If the mill closes, he said this week, the town will die","speaker":"he","cue":"said"}'
}

# quotes-spans11

@test "a report in a relative clause set off by commas ends at the comma before the main verb" {
	run quotes_of 'The union, which endorsed Smith, is pleased with the deal.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"The union, which","cue":"endorsed"}'
	run quotes_of 'Jones, who said the mill would close, later resigned from the board.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Jones, who","cue":"said"}'
}

@test "a reported clause in a relative clause keeps an aside set off by commas" {
	run quotes_of 'Jones, who said Smith, a lawyer, was wrong, resigned from the board.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith, a lawyer, was wrong","speaker":"Jones, who","cue":"said"}'
	run quotes_of 'Jones, who said the vote was lost, in the end, stayed on.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote was lost, in the end, stayed on","speaker":"Jones, who","cue":"said"}'
}

@test "a report in a relative clause ends before a second relative clause" {
	run quotes_of 'Jones, who endorsed Smith in March, and who has raised money for him, is pleased.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith in March","speaker":"Jones, who","cue":"endorsed"}'
}

@test "a report in a relative clause with no comma ends before the main verb" {
	run quotes_of 'Groups that have endorsed him are happy.'
	assert_success
	assert_output '{"kind":"indirect","text":"him","speaker":"Groups that","cue":"endorsed"}'
	run quotes_of 'Voters who say the economy matters most to them were divided.'
	assert_success
	assert_output '{"kind":"indirect","text":"the economy matters most to them","speaker":"Voters who","cue":"say"}'
	run quotes_of 'Most of those who said they would be dissatisfied were young.'
	assert_success
	assert_output '{"kind":"indirect","text":"they would be dissatisfied","speaker":"those who","cue":"said"}'
}

@test "a reported clause in a relative clause with no comma keeps its own verbs" {
	run quotes_of 'Voters who said the plan would be passed by the council are angry.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan would be passed by the council","speaker":"Voters who","cue":"said"}'
	run quotes_of 'Critics who say the deal, known as the pact, is weak were loud.'
	assert_success
	assert_output '{"kind":"indirect","text":"the deal, known as the pact, is weak","speaker":"Critics who","cue":"say"}'
}

@test "the verb after a relative clause with no comma is its antecedent's" {
	run quotes_of 'Groups that have endorsed him say the plan is sound.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"him","speaker":"Groups that","cue":"endorsed"}
	{"kind":"indirect","text":"the plan is sound","speaker":"Groups","cue":"say"}
	OUT
	run quotes_of 'Groups that backed the plan said it was sound.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"the plan","speaker":"Groups that","cue":"backed"}
	{"kind":"indirect","text":"it was sound","speaker":"Groups","cue":"said"}
	OUT
	run quotes_of 'Voters who said Smith would win also said the race was close.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"Smith would win","speaker":"Voters who","cue":"said"}
	{"kind":"indirect","text":"the race was close","speaker":"Voters","cue":"said"}
	OUT
}

@test "the subject of a clause after a relative clause's report stays its speaker" {
	run quotes_of 'A nurse who said she planned to strike was fired.'
	assert_success
	assert_output '{"kind":"indirect","text":"she planned to strike","speaker":"A nurse who","cue":"said"}'
	run quotes_of 'Officials who spoke on condition of anonymity said Smith said the plan was dead.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"Smith said the plan was dead","speaker":"Officials","cue":"said"}
	{"kind":"indirect","text":"the plan was dead","speaker":"Smith","cue":"said"}
	OUT
}

@test "a report in a subordinate clause opening the sentence ends before the main clause" {
	run quotes_of 'When Jones said the mill would close, Smith went on stage.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Jones","cue":"said"}'
	run quotes_of 'While one group says there are too many rules, others say there are too few.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"there are too many rules","speaker":"one group","cue":"says"}
	{"kind":"indirect","text":"there are too few","speaker":"others","cue":"say"}
	OUT
	run quotes_of 'When Smith praised the mayor for her budget, the council applauded loudly.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor for her budget","speaker":"Smith","cue":"praised"}'
}

@test "a report in an opening subordinate clause keeps an aside and a list" {
	run quotes_of 'If Smith says the mill, a big employer, will close, the town will suffer.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill, a big employer, will close","speaker":"Smith","cue":"says"}'
	run quotes_of 'If Smith says Jones, Brown and Green will win, he is wrong.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones, Brown and Green will win","speaker":"Smith","cue":"says"}'
}

@test "a verb in no -s after a plural person is a verb, not a noun they modify" {
	run quotes_of 'Some critics fear the new plan will fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new plan will fail","speaker":"Some critics","cue":"fear"}'
	run quotes_of 'Local officials claim that the road is safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the road is safe","speaker":"Local officials","cue":"claim"}'
}

@test "a verb of quotations before a speaker noun is its modifier, not the cue" {
	run quotes_of '“We will look at it,” said Jane Doe, the White House press secretary, on Monday.'
	assert_success
	assert_output '{"kind":"direct","text":"We will look at it,","speaker":"Jane Doe","cue":"said"}'
	run quotes_of '“We will look at it,” the White House press secretary, Jane Doe, said.'
	assert_success
	assert_output '{"kind":"direct","text":"We will look at it,","speaker":"the White House press secretary, Jane Doe","cue":"said"}'
}

@test "a belief after and that shares the subject goes on the reported clause" {
	run quotes_of 'Smith said he was alarmed by the photos and wanted to see the town himself.'
	assert_success
	assert_output '{"kind":"indirect","text":"he was alarmed by the photos and wanted to see the town himself","speaker":"Smith","cue":"said"}'
	run quotes_of 'Smith said the plan was bad and urged Jones to quit.'
	assert_success
	assert_output - <<-'OUT'
	{"kind":"indirect","text":"the plan was bad","speaker":"Smith","cue":"said"}
	{"kind":"indirect","text":"to quit","speaker":"Smith","cue":"urged Jones"}
	OUT
}

@test "a verb the lexicon does not know ends a relative clause's report before its object" {
	run quotes_of 'The union, which endorsed Smith, spent at least $3 million on the race.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"The union, which","cue":"endorsed"}'
	run quotes_of 'Jones, who endorsed Smith, head of the party, is pleased.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith, head of the party","speaker":"Jones, who","cue":"endorsed"}'
}

# quotes-speaker11

@test "a lexicon verb with no reporting-clause frame right after a quotation reports it" {
	run quotes_of '“Keep the tax as it is,” the council recommended.'
	assert_success
	assert_output '{"kind":"direct","text":"Keep the tax as it is,","speaker":"the council","cue":"recommended"}'
}

@test "a verb that takes an object before its subject after a quotation reports nothing" {
	run quotes_of '“It works,” portrayed his rival as a fool.'
	assert_success
	assert_output '{"kind":"direct","text":"It works,","speaker":null,"cue":null}'
}

@test "a question in quotation marks is reported by the next sentence's verb with a topic" {
	run quotes_of '“Why would you go?” Smith said about the effort to go.'
	assert_success
	assert_output '{"kind":"direct","text":"Why would you go?","speaker":"Smith","cue":"said"}'
}

@test "a verb with an addressee and about right after a quotation reports the quotation" {
	run quotes_of '“We are not ready,” Jones told the paper about the merger.'
	assert_success
	assert_output '{"kind":"direct","text":"We are not ready,","speaker":"Jones","cue":"told the paper"}'
}

@test "a clause in the paragraph after a quoted question is not its reporting clause" {
	run quotes_of 'Jones asked Smith about the vote.

“Does that not speak to your judgment?”

The crowd booed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote","speaker":"Jones","cue":"asked Smith about"}
{"kind":"direct","text":"Does that not speak to your judgment?","speaker":"Jones","cue":null}'
}

@test "a participle opening the sentence and its object is no speaker" {
	run quotes_of 'Holding signs calling Smith a loser, the protesters chanted “Go home, Smith.”'
	assert_success
	assert_output '{"kind":"partial","text":"Go home, Smith.","speaker":"the protesters","cue":"chanted"}'
}

@test "a participle after a reporting clause and its object is no speaker" {
	run quotes_of '“We will win,” Smith said, drawing some audible gasps from the crowd.'
	assert_success
	assert_output '{"kind":"direct","text":"We will win,","speaker":"Smith","cue":"said"}'
}

@test "a participle after by and a noun is said by the clause's subject, not the noun's" {
	run quotes_of 'Jones distanced himself from the Tea Party movement by saying the plan was “a mistake.”'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the Tea Party movement by saying the plan was “a mistake.”","speaker":"Jones","cue":"distanced himself from"}
{"kind":"partial","text":"a mistake.","speaker":"Jones","cue":"saying"}
OUT
	run quotes_of 'Jones corrected the GOP candidate by tweeting that crime was “down.”'
	assert_success
	assert_output '{"kind":"partial","text":"down.","speaker":"Jones","cue":"tweeting"}'
}

@test "a second verb after an opening question is said by the main clause's subject" {
	run quotes_of 'Asked on Monday whether Jones would run, Smith shook his head and said, “No.”'
	assert_success
	assert_output '{"kind":"indirect","text":"whether Jones would run","speaker":null,"cue":"Asked"}
{"kind":"direct","text":"No.","speaker":"Smith","cue":"said"}'
}

@test "a participle after a passive of perception is said by the passive's subject" {
	run quotes_of 'In the video, the cleric is shown lecturing: “Take heed.”'
	assert_success
	assert_output '{"kind":"direct","text":"Take heed.","speaker":"the cleric","cue":"lecturing"}'
	run quotes_of 'Smith can be heard asking, “Where is the money?”'
	assert_success
	assert_output '{"kind":"direct","text":"Where is the money?","speaker":"Smith","cue":"asking"}'
}

@test "a place and an agency in brackets before a dash is a dateline, no speaker" {
	run quotes_of 'Washington (AFP) – Jones has taken a swipe at Smith, saying that “bombastic comments” do harm.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"Jones","cue":"swipe at"}
{"kind":"partial","text":"bombastic comments","speaker":"Jones","cue":"saying"}'
}

@test "a quotation after a colon is said by the subject after an opening adjunct" {
	run quotes_of 'But back on home soil, he returned to his old lines: “We will build it.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will build it.","speaker":"he","cue":"returned"}'
	run quotes_of 'Wait, it gets better: “The law sets the number.”'
	assert_success
	assert_output '{"kind":"direct","text":"The law sets the number.","speaker":null,"cue":null}'
}

@test "a quotation after a colon answers an opening question with the main clause's subject" {
	run quotes_of 'Asked which county was his favorite, he demurred: “Whichever one I am in.”'
	assert_success
	assert_output '{"kind":"indirect","text":"which county was his favorite","speaker":null,"cue":"Asked"}
{"kind":"direct","text":"Whichever one I am in.","speaker":"he","cue":"demurred"}'
}

@test "a sentence after a quoted question whose verb is far from its subject does not report it" {
	run quotes_of '“Mr. Smith?” I had prepared a short statement to read.'
	assert_success
	assert_output '{"kind":"direct","text":"Mr. Smith?","speaker":null,"cue":null}'
}

@test "a cueless quotation right after a sentence of its paragraph is that sentence's subject's" {
	run quotes_of 'The judge then turned to me. “Mr. Smith?” I stood up.'
	assert_success
	assert_output '{"kind":"direct","text":"Mr. Smith?","speaker":"The judge","cue":"turned"}'
	run quotes_of 'The film is made by Sony. “The Big Short” opens on Friday.'
	assert_success
	assert_output ''
}

@test "a noun phrase opened by a and called before a name is no speaker" {
	run quotes_of 'A new group called Black Votes Matter said it would act.'
	assert_success
	assert_output '{"kind":"indirect","text":"it would act","speaker":"Black Votes Matter","cue":"said"}'
	run quotes_of 'Smith shared a syllabus for a class called “Politics of Fear” on Facebook, writing “Here it is.”'
	assert_success
	assert_output '{"kind":"partial","text":"Here it is.","speaker":"Smith","cue":"writing"}'
}

@test "a commenter or a user is a speaker after a quotation" {
	run quotes_of '“They will find a way,” wrote one commenter.'
	assert_success
	assert_output '{"kind":"direct","text":"They will find a way,","speaker":"one commenter","cue":"wrote"}'
}

@test "a businessman, a mogul or an actress heads a speaker mention" {
	run quotes_of 'The billionaire businessman began by talking about taxes, saying that cuts are “good for everyone.”'
	assert_success
	assert_output '{"kind":"indirect","text":"taxes","speaker":"The billionaire businessman","cue":"talking about"}
{"kind":"partial","text":"good for everyone.","speaker":"The billionaire businessman","cue":"saying"}'
}

@test "a faction or a lobbyist heads a speaker mention" {
	run quotes_of 'The rebel faction endorsed Smith.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"The rebel faction","cue":"endorsed"}'
	run quotes_of 'Several lobbyists endorsed Smith.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"Several lobbyists","cue":"endorsed"}'
}

# lead9

@test "a subordinate clause alone before a verb and its addressee is not what it reports, an interposed one is" {
	run quotes_of 'Even as prices were falling, the mayor wrote to residents, telling them the town was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the town was safe","speaker":"the mayor","cue":"telling them"}'
	run quotes_of 'If the town can build a bridge, he observed this week, without any help, then it can build a school.'
	assert_success
	assert_output '{"kind":"indirect","text":"If the town can build a bridge","speaker":"he","cue":"observed"}'
}

# quotes-missed11

@test "a clause opened by an adverb or a preposition is the content of a reporting clause after it" {
	run quotes_of 'About forty farmers have now left the valley, officials said.'
	assert_success
	assert_output '{"kind":"indirect","text":"About forty farmers have now left the valley","speaker":"officials","cue":"said"}'
	run quotes_of 'And now there is some doubt about the mill, he said.'
	assert_success
	assert_output '{"kind":"indirect","text":"now there is some doubt about the mill","speaker":"he","cue":"said"}'
	run quotes_of 'Today, the newspaper calls it a fraud.'
	assert_success
	assert_output '{"kind":"indirect","text":"it a fraud","speaker":"the newspaper","cue":"calls"}'
}

@test "a fragment quoted in a relative clause set off by a comma is that clause's, and the report around it stays" {
	run quotes_of 'Smith said the mill, which he called “a relic,” would close in May.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the mill, which he called “a relic,” would close in May","speaker":"Smith","cue":"said"}'
	assert_line --index 1 '{"kind":"partial","text":"a relic,","speaker":"he","cue":"called"}'
	run quotes_of 'Smith said he would offer “a prayer” for them.'
	assert_success
	assert_output '{"kind":"partial","text":"a prayer","speaker":"Smith","cue":"said"}'
}

@test "a record with its modifiers reports a that-clause after show or find" {
	run quotes_of 'The report published Tuesday showed that the mill lost money.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill lost money","speaker":"The report","cue":"showed"}'
	run quotes_of 'A survey released on Monday found that most farmers want rain.'
	assert_success
	assert_output '{"kind":"indirect","text":"most farmers want rain","speaker":"A survey","cue":"found"}'
}

@test "as X noted after a conjunction, and as reported by X, report the clause after the comma" {
	run quotes_of 'But as Jones noted, the farmers will vote for the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"the farmers will vote for the mill","speaker":"Jones","cue":"noted"}'
	run quotes_of 'As reported by the Gazette, the mill lost money last year.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill lost money last year","speaker":"the Gazette","cue":"reported"}'
}

@test "an adjunct whose noun phrase opens with a day's possessive is stepped over before that" {
	run quotes_of 'Smith argued during Saturday’s debate that the mill should stay open.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill should stay open","speaker":"Smith","cue":"argued"}'
}

@test "a reporting clause opening a paragraph does not take the quotation that ends the paragraph before" {
	run quotes_of '“Can the mill stay open?”

Some farmers said none of the attempts to save it will work.'
	assert_success
	assert_line --index 0 '{"kind":"direct","text":"Can the mill stay open?","speaker":null,"cue":null}'
	assert_line --index 1 '{"kind":"indirect","text":"none of the attempts to save it will work","speaker":"Some farmers","cue":"said"}'
}

@test "a subject with a to-infinitive after its noun opens the clause a verb reports" {
	run quotes_of 'Jones argued Smith’s plan to sell the mill would cost jobs.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith’s plan to sell the mill would cost jobs","speaker":"Jones","cue":"argued"}'
}

@test "recall reports a noun phrase or a gerund" {
	run quotes_of 'The senator recalled the flood of 1990 in the valley.'
	assert_success
	assert_output '{"kind":"indirect","text":"the flood of 1990 in the valley","speaker":"The senator","cue":"recalled"}'
	run quotes_of 'Jones spoke for an hour, recalling visits to the old mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"visits to the old mill","speaker":"Jones","cue":"recalling"}'
}

@test "a passive ask with adjuncts before about reports the topic" {
	run quotes_of 'When asked at the meeting about the mill, Smith defended the plan.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the mill","speaker":null,"cue":"asked"}'
	assert_line --index 1 '{"kind":"indirect","text":"the plan","speaker":"Smith","cue":"defended"}'
	run quotes_of 'When asked by Jones on Monday about the mill, Smith said no.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the mill","speaker":"Jones","cue":"asked"}'
	assert_line --index 1 '{"kind":"indirect","text":"no","speaker":"Smith","cue":"said"}'
}

@test "a participle in -ed opening the sentence is an opener, not what the clause after it reports" {
	run quotes_of 'Asked at a briefing in May about the mill, the mayor said the 1990 flood plan has been “a disaster” for them.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the mill","speaker":null,"cue":"Asked"}'
	assert_line --index 1 '{"kind":"partial","text":"a disaster","speaker":"the mayor","cue":"said"}'
}

@test "according to a source with a quoted word or an adverb before its noun reports the clause" {
	run quotes_of 'According to her “fair share” plan, the mill must pay more tax.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"the mill must pay more tax","speaker":"her “fair share” plan","cue":"According to"}'
	run quotes_of 'The mill lost money last year, according to a newly released report.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill lost money last year","speaker":"a newly released report","cue":"according to"}'
}

@test "names joined by a slash before a capital are one word of a mention" {
	run quotes_of 'In a Gazette/Herald poll released Monday, 40 percent of farmers backed the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"40 percent of farmers backed the mill","speaker":"a Gazette/Herald poll released Monday","cue":"In"}'
	run quotes_of 'A CNN/ORC poll showed Smith with a lead; 3/4 of the farmers and/or their wives agreed.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith with a lead","speaker":"A CNN/ORC poll","cue":"showed"}'
}

@test "a source close to or familiar with something is one speaker" {
	run quotes_of 'The mill will close, a source close to him said.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill will close","speaker":"a source close to him","cue":"said"}'
	run quotes_of 'People familiar with the talks say the mill will close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill will close","speaker":"People familiar with the talks","cue":"say"}'
}

@test "a handful of people is a speaker" {
	run quotes_of 'The mill must stay open, said a handful of Democrats.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill must stay open","speaker":"a handful of Democrats","cue":"said"}'
}

# quotes-mentions12

@test "a common word opening a sentence is no name: its noun goes on with the mention" {
	run quotes_of 'Good advice can still drive out bad, but only when “the truth is sexier than the lie.” It is good advice.'
	assert_success
	assert_output '{"kind":"partial","text":"the truth is sexier than the lie.","speaker":null,"cue":null}'
	run quotes_of 'Federal mill unions have long campaigned against having private firms do jobs that are “inherently public.” The federal budget pays for it.'
	assert_success
	assert_output '{"kind":"partial","text":"inherently public.","speaker":"Federal mill unions","cue":"campaigned"}'
}

@test "a participle or an adverb opening a sentence before a preposition or a number is no speaker" {
	run quotes_of 'Reached by phone, Jones, the county treasurer, renewed his criticism of the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill","speaker":"Jones","cue":"criticism of"}'
	run quotes_of 'Arriving upon the scene, the guards began a search, believing there was a fire.'
	assert_success
	refute_output --partial '"speaker":"Arriving"'
	run quotes_of 'Kelly said the mill is vital.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill is vital","speaker":"Kelly","cue":"said"}'
}

@test "a coordination of speakers after a subordinator or that is the whole subject" {
	run quotes_of 'Smith got angry when Jones and Brown implied that the mayor could not win.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor could not win","speaker":"Jones and Brown","cue":"implied"}'
	run quotes_of 'Smith was angry because the mayor and his aides warned that the river would flood.'
	assert_success
	assert_output '{"kind":"indirect","text":"the river would flood","speaker":"the mayor and his aides","cue":"warned"}'
	run quotes_of 'Smith said that Jones and his aides told reporters the mill was closed.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"the mill was closed","speaker":"Jones and his aides","cue":"told reporters"}'
}

@test "as and a speaker before a verb in -s and a colon or a comma: the verb reports, not a noun" {
	run quotes_of 'The mill has a long past, as the mayor notes: “In 1960 the mill opened.”'
	assert_success
	assert_output '{"kind":"direct","text":"In 1960 the mill opened.","speaker":"the mayor","cue":"notes"}'
	run quotes_of 'As the town website notes, the mill is old.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill is old","speaker":"the town website","cue":"notes"}'
}

@test "a by after a participle of a noun is that participle's agent, not the speaker of the passive before it" {
	run quotes_of 'When Smith was asked during a lunch held by The Daily Star if the mill would close, he said, “We’ll see.”'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"if the mill would close","speaker":null,"cue":"asked"}'
	assert_line --index 1 '{"kind":"direct","text":"We’ll see.","speaker":"he","cue":"said"}'
	run quotes_of 'Smith was asked by The Daily Star if the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"if the mill would close","speaker":"The Daily Star","cue":"asked"}'
}

@test "a hyphenated prefix before a name is a modifier of the subject, not a verb in -s" {
	run quotes_of 'Hundreds of pro-Jones protesters marched through the town, chanting “No mill!”'
	assert_success
	assert_output '{"kind":"partial","text":"No mill!","speaker":"Hundreds of pro-Jones protesters","cue":"chanting"}'
}

@test "a modifier joined by a hyphen to an abbreviation stays in the mention" {
	run quotes_of 'A U.S.-based group said the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"A U.S.-based group","cue":"said"}'
}

# quotes-clauses12

@test "a description of the speaker after an inverted reporting clause is not in the content" {
	run quotes_of 'The mill lost money last year, said Jo Gilbert, a farmer in Ohio.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill lost money last year","speaker":"Jo Gilbert","cue":"said"}'
	run quotes_of 'The mill is safe, said Wilcox, a lawyer who founded the co-op.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill is safe","speaker":"Wilcox","cue":"said"}'
	run quotes_of 'The mill, said Smith, is dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill, said Smith, is dead","speaker":"Smith","cue":"said"}'
}

@test "a participle set off by commas after the subject reports only up to the main verb" {
	run quotes_of 'Jones, citing new data, said the mill would close.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"new data","speaker":"Jones","cue":"citing"}'
	assert_line --index 1 '{"kind":"indirect","text":"the mill would close","speaker":"Jones","cue":"said"}'
	run quotes_of 'The board responded Friday, saying the mill was safe, which was true.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill was safe, which was true","speaker":"The board","cue":"saying"}'
}

@test "a quotation a participle cites after the subject is not what the verb after it reports" {
	run quotes_of 'Jones, citing “deep concerns,” said the mill would close.'
	assert_success
	assert_line --index 0 '{"kind":"partial","text":"deep concerns,","speaker":"Jones","cue":"citing"}'
	assert_line --index 1 '{"kind":"indirect","text":"the mill would close","speaker":"Jones","cue":"said"}'
	run quotes_of '“The mill is dead,” said the mayor.'
	assert_success
	assert_output '{"kind":"direct","text":"The mill is dead,","speaker":"the mayor","cue":"said"}'
}

@test "a number alone after a comma or a conjunction is the speaker of the verb after it" {
	run quotes_of 'Most farmers backed the mill, but 43 said the same for the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the same for the dam","speaker":"43","cue":"said"}'
	run quotes_of 'Jo Smith, 60, a farmer, said the mill was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill was safe","speaker":"Jo Smith","cue":"said"}'
}

@test "a relative clause with no pronoun whose gap is the subject reports the clause after its verb" {
	run quotes_of 'They opened a probe the agency said was ongoing.'
	assert_success
	assert_output '{"kind":"indirect","text":"was ongoing","speaker":"the agency","cue":"said"}'
	run quotes_of 'The only regret he acknowledged was a failed promise.'
	assert_success
	assert_output ''
}

# quotes-speaker13

@test "another standing alone before a reporting verb is its speaker" {
	run quotes_of 'One farmer backed the mill. Another said, “The mill is a disgrace.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill is a disgrace.","speaker":"Another","cue":"said"}'
	run quotes_of 'Yet another tweeted, “The dam will fail.”'
	assert_success
	assert_output '{"kind":"direct","text":"The dam will fail.","speaker":"another","cue":"tweeted"}'
	run quotes_of 'Another report said the mill was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill was safe","speaker":"Another report","cue":"said"}'
	run quotes_of 'They hired a firm called Ardent, and another called Borden.'
	assert_success
	assert_output ''
}

@test "a participle after the object of a verb whose subject is set off by commas is the subject's" {
	run quotes_of 'Jo Smith, the mayor of Dover, sent a note confirming the mill will close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill will close","speaker":"Jo Smith","cue":"confirming"}'
	run quotes_of 'Smith, who spoke last week, issued a statement Tuesday saying, “The mill will close.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill will close.","speaker":"Smith","cue":"saying"}'
	run quotes_of 'They met the union, which sent a letter questioning whether the mill was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the mill was safe","speaker":"the union, which","cue":"questioning"}'
}

@test "a reporting verb opening the sentence before a name and a comma has that name for speaker" {
	run quotes_of 'Said Jones, “The mill will close.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill will close.","speaker":"Jones","cue":"Said"}'
	run quotes_of 'Said to be worth millions, the mill was sold.'
	assert_success
	assert_output ''
}

@test "a fragment in a wish of someone else after a report of speech in its sentence is the reporter's words" {
	run quotes_of 'Jones says he called the mayor and the family planned to hold a “paint over” ceremony.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"he called the mayor","speaker":"Jones","cue":"says"}'
	assert_line --index 1 '{"kind":"partial","text":"paint over","speaker":"Jones","cue":"says"}'
	run quotes_of 'Jones says he called the mayor and he planned to hold a “paint over” ceremony.'
	assert_success
	assert_line --index 1 '{"kind":"partial","text":"paint over","speaker":"he","cue":"planned"}'
}

@test "a capitalised preposition, auxiliary or month after a quotation closed by a comma is a name" {
	run quotes_of '“The mill is a disgrace,” Will wrote.'
	assert_success
	assert_output '{"kind":"direct","text":"The mill is a disgrace,","speaker":"Will","cue":"wrote"}'
	run quotes_of '“The mill is a disgrace,” From said.'
	assert_success
	assert_output '{"kind":"direct","text":"The mill is a disgrace,","speaker":"From","cue":"said"}'
	run quotes_of '“The mill is a disgrace,” I said.'
	assert_success
	assert_output '{"kind":"direct","text":"The mill is a disgrace,","speaker":"I","cue":"said"}'
}

@test "a thing that a verb's subject puts out and that says something gives that subject's words" {
	run quotes_of 'The mayor put out a video that said, “The mill will close.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill will close.","speaker":"The mayor","cue":"said"}'
	run quotes_of 'The mayor met a union that said, “The mill will close.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill will close.","speaker":"a union that","cue":"said"}'
}

@test "a quotation carrying on a report goes on with the outer speaker, not a report inside it" {
	run quotes_of "$(printf 'Jones said that for years the critics had warned of a closure.\n\n“That is why the mill matters.”')"
	assert_success
	assert_line --index 2 '{"kind":"direct","text":"That is why the mill matters.","speaker":"Jones","cue":null}'
}

@test "Given opening a sentence before a determiner is no speaker" {
	run quotes_of 'Given his past comments on “rapists,” the mayor was careful.'
	assert_success
	assert_output '{"kind":"partial","text":"rapists,","speaker":"his","cue":"comments on"}'
}

# quotes-spans13

@test "a quotation after a colon said by the subject of its clause has that clause's verb for cue" {
	run quotes_of 'Kasich resisted: “Governors do not have that power.”'
	assert_success
	assert_output '{"kind":"direct","text":"Governors do not have that power.","speaker":"Kasich","cue":"resisted"}'
	run quotes_of 'The judge then turned to me. “Mr. Jones?”'
	assert_success
	assert_output '{"kind":"direct","text":"Mr. Jones?","speaker":"The judge","cue":"turned"}'
}

@test "a quotation after a name and a colon has the colon for cue" {
	run quotes_of 'Pollsters agree - Jo Smith: “It was too early to tell.”'
	assert_success
	assert_output '{"kind":"direct","text":"It was too early to tell.","speaker":"Jo Smith","cue":":"}'
}

@test "a fragment said by its sentence's subject has the subject's reporting verb for cue" {
	run quotes_of 'The ad claims “Smith is the one you can trust.”'
	assert_success
	assert_output '{"kind":"partial","text":"Smith is the one you can trust.","speaker":"The ad","cue":"claims"}'
	run quotes_of 'Smith won just 19 percent among “moderate” voters.'
	assert_success
	assert_output '{"kind":"partial","text":"moderate","speaker":"Smith","cue":null}'
}

@test "both, all or each between the subject and its verb is no speaker" {
	run quotes_of 'Smith and Jones have both urged the mayor to resign.'
	assert_success
	assert_output '{"kind":"indirect","text":"to resign","speaker":"Smith and Jones","cue":"urged the mayor"}'
	run quotes_of 'The workers were all critical of the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"The workers","cue":"critical of"}'
	run quotes_of 'Both farmers said the dam would fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam would fail","speaker":"Both farmers","cue":"said"}'
}

@test "names listed with commas before a coordination that opens the clause are one speaker" {
	run quotes_of 'Ann Lee, Tom Ross and Jo Smith attacked the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"Ann Lee, Tom Ross and Jo Smith","cue":"attacked"}'
	run quotes_of 'In Ohio, Tom Ross and Jo Smith said the plan was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was dead","speaker":"Tom Ross and Jo Smith","cue":"said"}'
}

# quotes-stance13

@test "a stance noun won or held by its subject reports the subject, the source after of or from" {
	run quotes_of 'Cruz won the endorsement of the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"Cruz","speaker":"the mayor","cue":"endorsement of"}'
	run quotes_of 'The dam has the support of most farmers.'
	assert_success
	assert_output '{"kind":"indirect","text":"The dam","speaker":"most farmers","cue":"support of"}'
	run quotes_of 'Jones picked up an endorsement from the union.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones","speaker":"the union","cue":"endorsement"}'
	run quotes_of 'He has fielded sharp criticism on the dam.'
	assert_success
	assert_output ''
}

@test "a vote for, against or to do something is the stance of who votes" {
	run quotes_of 'Smith voted against the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"Smith","cue":"voted against"}'
	run quotes_of 'Most voters would vote for Jones.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones","speaker":"Most voters","cue":"vote for"}'
	run quotes_of 'The council voted to close the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"to close the mill","speaker":"The council","cue":"voted"}'
	run quotes_of 'The vote to close the mill was close.'
	assert_success
	assert_output ''
}

@test "a stance verb whose content is only it reports it" {
	run quotes_of 'The mayor proposed a dam. Most voters opposed it because it was costly.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"it","speaker":"Most voters","cue":"opposed"}'
}

@test "a stance in a restrictive relative clause is held by the noun phrase before who" {
	run quotes_of 'Voters who support the dam are older.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"Voters who","cue":"support"}'
	run quotes_of 'He met a senator who had endorsed him.'
	assert_success
	assert_output '{"kind":"indirect","text":"him","speaker":"a senator who","cue":"endorsed"}'
}

@test "a supporter or critic of something is the stance of whom it is said of" {
	run quotes_of 'Jones, a fierce critic of the dam, spoke on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"Jones","cue":"critic of"}'
	run quotes_of 'Smith has been a longtime supporter of the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"Smith","cue":"supporter of"}'
	run quotes_of 'The union was one of the earliest backers of the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"The union","cue":"backers of"}'
	run quotes_of 'Supporters of the dam marched.'
	assert_success
	assert_output ''
}

@test "any noun phrase before who may hold the stance of its relative clause" {
	run quotes_of 'The town has a young baker who backs the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"a young baker who","cue":"backs"}'
}

@test "a stance participle after a noun phrase with its agent is the agent's stance on it" {
	run quotes_of 'The bill, opposed by the council, failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"The bill","speaker":"the council","cue":"opposed"}'
	run quotes_of 'Voters chose the candidates backed by the union.'
	assert_success
	assert_output '{"kind":"indirect","text":"the candidates","speaker":"the union","cue":"backed"}'
	run quotes_of 'A statement released by the mayor was short.'
	assert_success
	assert_output ''
}

@test "a stance with no object after a relative pronoun reports the pronoun" {
	run quotes_of 'They signed the deal, which the mayor strongly opposed.'
	assert_success
	assert_output '{"kind":"indirect","text":"which","speaker":"the mayor","cue":"opposed"}'
	run quotes_of 'The mayor, who the council backed, spoke.'
	assert_success
	assert_output '{"kind":"indirect","text":"who","speaker":"the council","cue":"backed"}'
}

@test "an amount of money is a noun phrase a stance may report" {
	run quotes_of 'The mayor proposed $5 million for the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"$5 million for the dam","speaker":"The mayor","cue":"proposed"}'
}

# quotes-extra13

@test "a cue form heading the subject of a finite verb is a noun, no report" {
	run quotes_of 'The March report exceeded the forecasts of the bankers.'
	assert_success
	assert_output ''
	run quotes_of 'Jobs report gives the mayor a lift.'
	assert_success
	assert_output ''
	run quotes_of 'In his disclosures, Trump reports investments in the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"investments in the mill","speaker":"Trump","cue":"reports"}'
}

@test "a document and the verb of the quotation after it report nothing of their own" {
	run quotes_of 'The mayor released a statement saying, “The mill will close.”'
	assert_success
	assert_output '{"kind":"direct","text":"The mill will close.","speaker":"The mayor","cue":"saying"}'
	run quotes_of 'The mayor released a statement Monday night condemning “what appears to be a closure of the mill.”'
	assert_success
	assert_output '{"kind":"partial","text":"what appears to be a closure of the mill.","speaker":"The mayor","cue":"condemning"}'
	run quotes_of 'The mayor released a statement on the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"a statement on the mill","speaker":"The mayor","cue":"released"}'
}

@test "a label before a colon and three words or fewer is a caption, no report" {
	run quotes_of 'Jones: A late surge.'
	assert_success
	assert_output ''
	run quotes_of 'Jones: The mill will close.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill will close","speaker":"Jones","cue":":"}'
	run quotes_of 'JONES: Why not vote?'
	assert_success
	assert_output '{"kind":"indirect","text":"Why not vote?","speaker":"JONES","cue":":"}'
}

@test "a verb of writing whose object is a work of its own names what was written, no report" {
	run quotes_of "She got a degree and wrote a children's book."
	assert_success
	assert_output ''
	run quotes_of 'The aide who wrote the speech for the mayor left.'
	assert_success
	assert_output ''
	run quotes_of 'She wrote a letter to the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"a letter to the mayor","speaker":"She","cue":"wrote"}'
	run quotes_of 'She wrote a book, “The Mill Town,” about the closure.'
	assert_success
	assert_output '{"kind":"partial","text":"The Mill Town,","speaker":"She","cue":"wrote"}'
}

# quotes-speech13

@test "explain, repeat, remind, recount and preach report the noun phrase they take" {
	run quotes_of 'The mayor explained his reasoning on the radio.'
	assert_success
	assert_output '{"kind":"indirect","text":"his reasoning on the radio","speaker":"The mayor","cue":"explained"}'
	run quotes_of 'Jones repeated his promise to close the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"his promise to close the mill","speaker":"Jones","cue":"repeated"}'
	run quotes_of 'She reminded the farmers of the flood last spring.'
	assert_success
	assert_output '{"kind":"indirect","text":"the farmers of the flood last spring","speaker":"She","cue":"reminded"}'
	run quotes_of 'The pastor preached a message of patience.'
	assert_success
	assert_output '{"kind":"indirect","text":"a message of patience","speaker":"The pastor","cue":"preached"}'
}

@test "a request reports its to-infinitive after any object, not only a speaker" {
	run quotes_of 'Jones asked him to probe the claims.'
	assert_success
	assert_output '{"kind":"indirect","text":"to probe the claims","speaker":"Jones","cue":"asked him"}'
	run quotes_of 'The mayor asked the workers to sign up for the cut.'
	assert_success
	assert_output '{"kind":"indirect","text":"to sign up for the cut","speaker":"The mayor","cue":"asked the workers"}'
}

@test "a speaker noun after to and before its object is a verb, not an adjunct" {
	run quotes_of 'The mayor wants to sign the bill.'
	assert_success
	assert_output '{"kind":"indirect","text":"to sign the bill","speaker":"The mayor","cue":"wants"}'
	run quotes_of 'Jones said in a letter to staff that the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Jones","cue":"said"}'
}

# titled_quotes_of TEXT: the quotes of an article whose first paragraph
# (its title) is TEXT
titled_quotes_of() {
	printf '%s\n' "$1" > "$BATS_TEST_TMPDIR/article.txt"
	parley-ingest --date 2016-01-01 -- "$BATS_TEST_TMPDIR/article.txt" |
		parley-split | parley-quotes |
		jq -c '.quotes[] | {kind, text, speaker, cue}'
}

@test "a title opened by a speaker, to, at or on and a Title Case name before a colon reports what follows" {
	run titled_quotes_of $'Mayor Smith to Farm Bureau: The mill will stay open.\n\nThe farmers met.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill will stay open","speaker":"Mayor Smith","cue":":"}'
	run titled_quotes_of $'Jones at County Fair: ‘We Will Not Close The Mill.’\n\nThe farmers met.'
	assert_success
	assert_output '{"kind":"direct","text":"We Will Not Close The Mill.","speaker":"Jones","cue":":"}'
	run quotes_of 'Jones at County Fair: the mill will stay open.'
	assert_success
	assert_output ''
}

@test "a cue word right after a reporting verb is its object noun phrase" {
	run quotes_of 'The mayor announced plans to close the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"plans to close the mill","speaker":"The mayor","cue":"announced"}'
	run quotes_of 'Jones cited reports of a flood upstream.'
	assert_success
	assert_output '{"kind":"indirect","text":"reports of a flood upstream","speaker":"Jones","cue":"cited"}'
}

@test "argue against, argue in favor of, complain of and speak of report the noun phrase after them" {
	run quotes_of 'Jones argued against a new dam upstream.'
	assert_success
	assert_output '{"kind":"indirect","text":"a new dam upstream","speaker":"Jones","cue":"argued against"}'
	run quotes_of 'The mayor complained of the noise from the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"the noise from the mill","speaker":"The mayor","cue":"complained of"}'
	run quotes_of 'The mayor spoke of a recent visit to the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"a recent visit to the mill","speaker":"The mayor","cue":"spoke of"}'
}

@test "a clause opened by there and an adverb, or by a degree and a quantity, is reported" {
	run quotes_of 'Jones said there certainly was more water upstream.'
	assert_success
	assert_output '{"kind":"indirect","text":"there certainly was more water upstream","speaker":"Jones","cue":"said"}'
	run quotes_of 'Jones said nearly half of the farmers want the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"nearly half of the farmers want the mill","speaker":"Jones","cue":"said"}'
}

@test "a reporting clause opened by as after a comma reports the clause before it" {
	run quotes_of 'The mill will close next spring, as Jones noted in the Gazette.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill will close next spring","speaker":"Jones","cue":"noted"}'
	run quotes_of 'The mill closed, as the mayor accused the council of greed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council of greed","speaker":"the mayor","cue":"accused"}'
}

@test "a passive of speech with a that-clause and no agent is reported with no speaker" {
	run quotes_of 'It was reported on Monday that the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":null,"cue":"reported"}'
	run quotes_of 'The plan was posted on a site of a group that sells grain.'
	assert_success
	assert_output ''
}

@test "a passive accused of with no agent is reported with no speaker" {
	run quotes_of 'The miller is accused of stealing grain from the co-op.'
	assert_success
	assert_output '{"kind":"indirect","text":"stealing grain from the co-op","speaker":null,"cue":"accused of"}'
}

@test "the mention opening the sentence before a relative clause that runs up to the verb is its speaker" {
	run quotes_of 'Executives for Acme, which sold $3 million in grain last year, say the mill must stay.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill must stay","speaker":"Executives for Acme","cue":"say"}'
	run quotes_of 'The officials whose permits were revoked say the mill must stay.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill must stay","speaker":"The officials","cue":"say"}'
}

@test "a poll's share set off by commas or after a semicolon is the speaker of the verb after it" {
	run quotes_of 'About a third, 34 percent, say the mill must stay.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill must stay","speaker":"34 percent","cue":"say"}'
	run quotes_of 'Most growers back the mill; 26% say it must close.'
	assert_success
	assert_output '{"kind":"indirect","text":"it must close","speaker":"26%","cue":"say"}'
}

@test "a participle opening the sentence with a clause after it is said by the subject of the main clause" {
	run quotes_of 'Noting that the mill lost money, Jones closed it.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill lost money","speaker":"Jones","cue":"Noting"}'
	run quotes_of 'Pointing to the losses, Jones closed the mill.'
	assert_success
	refute_output --partial '"cue":"Pointing to"'
}

# quotes-indirect13

@test "a time noun opening the sentence is no verb of the subject a second verb shares" {
	run quotes_of 'A few minutes later they changed course and said they would vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"they would vote","speaker":"they","cue":"said"}'
}

@test "a participle after began or kept is said by that verb's subject" {
	run quotes_of 'The mayor began saying the plan was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was dead","speaker":"The mayor","cue":"saying"}'
	run quotes_of 'Brown moved to Boston and began writing columns against the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"columns against the plan","speaker":"Brown","cue":"writing"}'
}

@test "the object of a relative clause whose reporting word is no cue is no speaker" {
	run quotes_of 'Even economists who prefer the tax agree that the cuts will hurt.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cuts will hurt","speaker":"economists","cue":"agree"}'
}

@test "a participle after by is said by the subject of the verb whose object stands before by" {
	run quotes_of 'Smith attacked the deal, and the governor tripped up Brown by calling him a liar.'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the deal","speaker":"Smith","cue":"attacked"}
{"kind":"indirect","text":"him a liar","speaker":"the governor","cue":"calling"}
OUT
}

@test "a name or a bare noun in a phrase after the subject's head is no speaker" {
	run quotes_of 'The senator from Vermont said the bill was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bill was dead","speaker":"The senator","cue":"said"}'
	run quotes_of 'People in Fort Pierce say the town is safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the town is safe","speaker":"People","cue":"say"}'
}

# lead10

@test "a stance in a relative clause with no commas and the report of its main clause each keep their speaker" {
	run quotes_of 'Even economists who favor the tax agree that the cuts will hurt.'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"the tax","speaker":"economists who","cue":"favor"}
{"kind":"indirect","text":"the cuts will hurt","speaker":"economists","cue":"agree"}
OUT
}

# quotes-relative13

@test "a noun phrase reported in a relative clause with no comma ends before the main verb in the past" {
	run quotes_of 'A baker who backs the dam spoke at noon.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"A baker who","cue":"backs"}'
	run quotes_of 'People who endorsed the plan sounded wary.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"People who","cue":"endorsed"}'
	run quotes_of 'A voter who backs the mayor quietly left the hall.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"A voter who","cue":"backs"}'
	run quotes_of 'A post that attacks Smith includes a map.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"A post that","cue":"attacks"}'
}

@test "a noun phrase reported in a relative clause with no comma keeps its nouns and participles" {
	run quotes_of 'Farmers who oppose the new dam project gathered outside.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new dam project","speaker":"Farmers who","cue":"oppose"}'
	run quotes_of 'A voter who supports an alien policy wrote to us.'
	assert_success
	assert_output '{"kind":"indirect","text":"an alien policy","speaker":"A voter who","cue":"supports"}'
}

@test "a noun phrase reported in a relative clause with no comma ends before a participle of the main clause" {
	run quotes_of 'Voters who back the mayor, giving him a big lead, stayed home.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Voters who","cue":"back"}'
	run quotes_of 'Groups that oppose the dam, including the union, are angry.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam, including the union","speaker":"Groups that","cue":"oppose"}'
}

@test "a stance with its object gapped before the main verb reports the relative pronoun" {
	run quotes_of 'The bill that the council backed failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"that","speaker":"the council","cue":"backed"}'
	run quotes_of 'The bill which the mayor opposed passed the Senate.'
	assert_success
	assert_output '{"kind":"indirect","text":"which","speaker":"the mayor","cue":"opposed"}'
	run quotes_of 'The town in which the mayor backed heightened security was calm.'
	assert_success
	refute_output --partial '"text":"which"'
}

# quotes-speakers14

@test "a headline's capitalised adverb and be between the subject and the cue are no speaker" {
	run quotes_of 'Mayor Jones Is Now Calling For A Ban On Kites'
	assert_success
	assert_output '{"kind":"indirect","text":"A Ban On Kites","speaker":"Mayor Jones","cue":"Calling For"}'
	run quotes_of 'Mayor Jones Just Revealed Her Plan For The Port'
	assert_success
	assert_output '{"kind":"indirect","text":"Her Plan For The Port","speaker":"Mayor Jones","cue":"Revealed"}'
}

@test "a verb after a conjunction and a prepositional phrase shares the subject before" {
	run quotes_of 'The mayor, but in a later interview said the port was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port was closed","speaker":"The mayor","cue":"said"}'
	run quotes_of 'The mayor met the press and in an interview said the port was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port was closed","speaker":"The mayor","cue":"said"}'
	run quotes_of 'The firm, in a statement said the port was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port was closed","speaker":"The firm","cue":"said"}'
}

@test "asked after a question names any noun phrase after it as the speaker" {
	run quotes_of '“Is the port closed?” asked the boy.'
	assert_success
	assert_output '{"kind":"direct","text":"Is the port closed?","speaker":"the boy","cue":"asked"}'
}

@test "any noun before who is a person who can speak" {
	run quotes_of 'A clerk, who asked not to be named, said the port was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port was closed","speaker":"A clerk","cue":"said"}'
	run quotes_of 'A clerk who is new said the port was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port was closed","speaker":"A clerk","cue":"said"}'
}

@test "a second verb after and in a subordinate clause is said by that clause's subject" {
	run quotes_of 'The crowd cheered when Smith spotted a kite and asked who flew it.'
	assert_success
	assert_output '{"kind":"indirect","text":"who flew it","speaker":"Smith","cue":"asked"}'
}

# quotes-speech14

@test "a headline in Title Case reports a capitalised to-infinitive after an addressee" {
	run titled_quotes_of $'Mayor Tells Farmers To Sell Early\n\nThe farmers met.'
	assert_success
	assert_output '{"kind":"indirect","text":"To Sell Early","speaker":"Mayor","cue":"Tells Farmers"}'
	run quotes_of $'The farmers met.\n\nJones Calls On Smith To Resign.'
	assert_success
	assert_output '{"kind":"indirect","text":"To Resign","speaker":"Jones","cue":"Calls On Smith"}'
	run quotes_of 'Smith told the farmers To Sell early.'
	assert_success
	refute_output --partial '"text":"To Sell'
}

@test "a reporting clause opening a paragraph reports nothing of the paragraph before" {
	run quotes_of $'The mill closed in May.\n\nMayor Smith Tells Farmers'
	assert_success
	assert_output ''
	run quotes_of 'The mill closed in May, Mayor Smith said.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill closed in May","speaker":"Mayor Smith","cue":"said"}'
}

@test "a reporting verb in a relative clause reports the clause with its subject gapped" {
	run quotes_of 'Farmers built dams, which they argue save water.'
	assert_success
	assert_output '{"kind":"indirect","text":"save water","speaker":"they","cue":"argue"}'
	run quotes_of 'It is a tax which the mayor claimed hurts farmers.'
	assert_success
	assert_output '{"kind":"indirect","text":"hurts farmers","speaker":"the mayor","cue":"claimed"}'
	run quotes_of 'It is a town with which the mayor maintains close ties.'
	assert_success
	assert_output ''
}

@test "a clause reported with its subject gapped in a relative clause set off by commas ends at the comma before the main verb" {
	run quotes_of 'The new dam, which the mayor says will save water, is late.'
	assert_success
	assert_output '{"kind":"indirect","text":"will save water","speaker":"the mayor","cue":"says"}'
	run quotes_of 'The levy, which he argued slows trade, was cut.'
	assert_success
	assert_output '{"kind":"indirect","text":"slows trade","speaker":"he","cue":"argued"}'
}

@test "a share written as nine out of 10 is a speaker" {
	run quotes_of 'Nine out of 10 say the levy is too high.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy is too high","speaker":"Nine out of 10","cue":"say"}'
	run quotes_of 'Almost four out of 10 farmers said the dam was late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam was late","speaker":"four out of 10 farmers","cue":"said"}'
}

# quotes-stance14

@test "her before to and a verb is the addressee of a request, not a determiner" {
	run quotes_of 'The mayor called on her to resign.'
	assert_success
	assert_output '{"kind":"indirect","text":"to resign","speaker":"The mayor","cue":"called on her"}'
	run quotes_of 'The mayor called on her aides to resign.'
	assert_success
	assert_output '{"kind":"indirect","text":"to resign","speaker":"The mayor","cue":"called on her aides"}'
}

# quotes-cue15

@test "a comma inside closing marks ends a report before a participle of its speaker, which reports the fragment after it" {
	run quotes_of 'The mayor said the dam was "late," noting that it was "a scandal."'
	assert_success
	assert_output '{"kind":"partial","text":"late,","speaker":"The mayor","cue":"said"}
{"kind":"partial","text":"a scandal.","speaker":"The mayor","cue":"noting"}'
	run quotes_of 'The mayor attacked the clerk on the radio show “Morning Talk,” calling him lazy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the clerk on the radio show “Morning Talk,”","speaker":"The mayor","cue":"attacked"}
{"kind":"indirect","text":"him lazy","speaker":"The mayor","cue":"calling"}'
}

# quotes-recall15

@test "a possessive pronoun before a noun cue is its speaker, past the noun's modifiers" {
	run quotes_of 'His claim was that the dam leaks.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam leaks","speaker":"His","cue":"claim"}'
	run quotes_of 'Their main argument is that the levy hurts farmers.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy hurts farmers","speaker":"Their","cue":"argument"}'
	run quotes_of "The mayor's main argument is that the levy hurts farmers."
	assert_success
	assert_output '{"kind":"indirect","text":"the levy hurts farmers","speaker":"The mayor","cue":"argument"}'
}

@test "the content of a noun cue heading the subject ends before the main verb" {
	run quotes_of 'Her criticism of the plan surprised the council.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"Her","cue":"criticism of"}'
	run quotes_of "Smith's claim that the dam is safe was denied."
	assert_success
	assert_output '{"kind":"indirect","text":"the dam is safe","speaker":"Smith","cue":"claim"}'
	run quotes_of "Jones's support for the new levy came late."
	assert_success
	assert_output '{"kind":"indirect","text":"the new levy","speaker":"Jones","cue":"support for"}'
}

@test "stances taken by siding with, embracing, disavowing, walking back or exposing" {
	run quotes_of 'The council sided with the farmers. The senator embraced the levy. The mayor disavowed the group. Smith later walked back his remarks. The audit exposed the scheme.'
	assert_success
	assert_output '{"kind":"indirect","text":"the farmers","speaker":"The council","cue":"sided with"}
{"kind":"indirect","text":"the levy","speaker":"The senator","cue":"embraced"}
{"kind":"indirect","text":"the group","speaker":"The mayor","cue":"disavowed"}
{"kind":"indirect","text":"his remarks","speaker":"Smith","cue":"walked back"}
{"kind":"indirect","text":"the scheme","speaker":"The audit","cue":"exposed"}'
}

@test "phrasal speech and stances: called out, weighed in on, came out against, pleaded guilty to, asked for" {
	run quotes_of 'Smith called out the mayor. Voters weighed in on the levy. The union came out against the levy. Smith pleaded guilty to fraud. The mayor asked for patience.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Smith","cue":"called out"}
{"kind":"indirect","text":"the levy","speaker":"Voters","cue":"weighed in on"}
{"kind":"indirect","text":"the levy","speaker":"The union","cue":"came out against"}
{"kind":"indirect","text":"fraud","speaker":"Smith","cue":"pleaded guilty to"}
{"kind":"indirect","text":"patience","speaker":"The mayor","cue":"asked for"}'
}

@test "noun cues: an observation that, a proposal for" {
	run quotes_of 'He made the observation that the dam was old.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam was old","speaker":"He","cue":"observation"}'
	run quotes_of "Jones's proposal for a new dam was rejected."
	assert_success
	assert_output '{"kind":"indirect","text":"a new dam","speaker":"Jones","cue":"proposal for"}'
}

# quotes-precision15

@test "an opening adverbial whose first word is no adverb is not what a verb with its own complement reports: the complement is" {
	run quotes_of 'Back in April, the paper announced its plan to print the letters.'
	assert_success
	assert_output '{"kind":"indirect","text":"its plan to print the letters","speaker":"the paper","cue":"announced"}'
	run quotes_of 'The next month, the mayor announced plans to sue the county.'
	assert_success
	assert_output '{"kind":"indirect","text":"plans to sue the county","speaker":"the mayor","cue":"announced"}'
	run quotes_of 'Worst of all, the mayor is revealing the weakness of the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the weakness of the plan","speaker":"the mayor","cue":"revealing"}'
	run quotes_of 'Two hours after his first post, the mayor tweeted a photo of the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"a photo of the dam","speaker":"the mayor","cue":"tweeted"}'
	run quotes_of 'So far, no group has claimed responsibility for the fire.'
	assert_success
	assert_output ''
}

@test "the clause before a reporting clause with nothing after it is still its content" {
	run quotes_of 'Back then the dam was full, the mayor said.'
	assert_success
	assert_output '{"kind":"indirect","text":"Back then the dam was full","speaker":"the mayor","cue":"said"}'
	run quotes_of 'The next mayor will cut the levy, Smith said on Tuesday.'
	assert_success
	assert_output '{"kind":"indirect","text":"The next mayor will cut the levy","speaker":"Smith","cue":"said"}'
}

@test "a quoted headline credited to its writer with by is a title, not a quote" {
	run quotes_of 'NOW OPEN—"A bakery opens on Main Street," by the Gazette'"'"'s Ann Lee: http://example.com/1.'
	assert_success
	assert_output ''
	run quotes_of 'READ—"Farmers wait for rain," by Ann Lee: http://example.com/2.'
	assert_success
	assert_output ''
	run quotes_of 'Smith called the levy "unfair, costly and late," by his count the third time this year.'
	assert_success
	assert_output '{"kind":"partial","text":"unfair, costly and late,","speaker":"Smith","cue":"called"}'
}

@test "a quotation right before a role in a show is the show's name, not a quote" {
	run quotes_of '“Rain is the New Gold” star Ann Lee spoke about her youth.'
	assert_success
	assert_output ''
	run quotes_of '“Life goes on” host Ann Lee visited the dam on Monday.'
	assert_success
	assert_output ''
	run quotes_of 'Ann Lee, the “Life goes on” host, visited the dam.'
	assert_success
	assert_output ''
}

# quotes-source15

@test "the noun before the to of an infinitive is an object, not a verb: the speaker is the subject before it" {
	run quotes_of 'The mayor held an impromptu press briefing to boast that the dam was finished.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam was finished","speaker":"The mayor","cue":"boast"}'
	run quotes_of 'The union has mounted a public campaign to condemn the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"The union","cue":"condemn"}'
	run quotes_of 'A spokesman took to the radio to say the dam was late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam was late","speaker":"A spokesman","cue":"say"}'
	run quotes_of 'The mayor spoke at the Dover meeting to discuss the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"The mayor","cue":"discuss"}'
}

@test "the source after according to runs over the phrases that name who holds it" {
	run quotes_of 'The dam was late, according to a report from the Water Institute.'
	assert_success
	assert_output '{"kind":"indirect","text":"The dam was late","speaker":"a report from the Water Institute","cue":"according to"}'
	run quotes_of 'According to a poll of farmers released on Monday by the Times, the dam was late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam was late","speaker":"a poll of farmers released on Monday by the Times","cue":"According to"}'
	run quotes_of 'The dam was late, according to officials familiar with the plans.'
	assert_success
	assert_output '{"kind":"indirect","text":"The dam was late","speaker":"officials familiar with the plans","cue":"according to"}'
	run quotes_of 'Just 13 percent of farmers in the survey approved.'
	assert_success
	assert_output '{"kind":"indirect","text":"Just 13 percent of farmers","speaker":"the survey","cue":"in"}'
}

@test "questions or concerns raised, expressed or posed by someone are theirs" {
	run quotes_of 'The mayor has raised questions about the cost of the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cost of the dam","speaker":"The mayor","cue":"questions about"}'
	run quotes_of 'Smith praised the plan, while raising questions about its cost.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"its cost","speaker":"Smith","cue":"questions about"}'
	run quotes_of 'Costs that the mayor would cut are raising questions about the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":null,"cue":"questions about"}'
}

@test "a participle after a thing in an adjunct, after a particle or over an adverb is said by the verb's subject" {
	run quotes_of 'The mayor spoke on Tuesday in a speech attacking the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy","speaker":"The mayor","cue":"attacking"}'
	run quotes_of 'The union fired back a response saying the levy was unfair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy was unfair","speaker":"The union","cue":"saying"}'
	run quotes_of 'The union published a letter strongly disputing the claims of the mayor.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"the claims of the mayor","speaker":"The union","cue":"disputing"}'
}

@test "both after an aside between dashes leaves the subject before the aside" {
	run quotes_of 'The two mayors — whose towns share the dam — both said the levy was unfair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the levy was unfair","speaker":"The two mayors","cue":"said"}'
}

@test "an expletive it before be and an adjective governs an infinitive that no one reports" {
	run quotes_of 'It is easy to criticize the levy.'
	assert_success
	assert_output ''
	run quotes_of "It's fair to say the dam was late."
	assert_success
	assert_output ''
	run quotes_of 'It plans to criticize the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"to criticize the levy","speaker":"It","cue":"plans"}'
}

@test "a participle or second verb after an expletive or cleft it has no speaker" {
	run quotes_of 'It was at the meeting that Smith spoke, pointing to the cost of the dam.'
	assert_success
	assert_output ''
	run quotes_of "It's easy to be cynical about the dam and call the mayor a liar."
	assert_success
	assert_output ''
	run quotes_of 'The union met on Monday, pointing to the cost of the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cost of the dam","speaker":"The union","cue":"pointing to"}'
}

@test "a place of several words before an agency in brackets and a dash is a dateline, no speaker" {
	run quotes_of 'New York (AFP) – The mayor on Monday toured the dam for the first time, calling it a disaster.'
	assert_success
	assert_output '{"kind":"indirect","text":"it a disaster","speaker":"The mayor","cue":"calling"}'
}

@test "a participle after stop, keep or continue is said by their subject" {
	run quotes_of 'The farmers stop reporting the cost of the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cost of the dam","speaker":"The farmers","cue":"reporting"}'
	run quotes_of 'The mayor continued saying the dam was late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam was late","speaker":"The mayor","cue":"saying"}'
}

# quotes-speaker15

@test "a participle after a comma is said by the subject, not by a noun after a verb that is no subject" {
	run quotes_of 'Smith tied those test scores to higher rates, saying the law helped “millions of kids.”'
	assert_success
	assert_output '{"kind":"partial","text":"millions of kids.","speaker":"Smith","cue":"saying"}'
}

@test "a participle after a comma is not said by the subject of a how or why clause" {
	run quotes_of 'The doctor gave no details about how he planned to fix it, saying only that he was “refining some practices.”'
	assert_success
	assert_line '{"kind":"partial","text":"refining some practices.","speaker":"The doctor","cue":"saying"}'
}

@test "a participle after a reporting clause that follows a quotation is said by that clause's speaker" {
	run quotes_of 'The judge cannot say that “from his view,” Smith added, saying it should be “up to the jury.”'
	assert_success
	assert_line '{"kind":"partial","text":"up to the jury.","speaker":"Smith","cue":"saying"}'
}

@test "a fragment with no cue inside a relative clause set off by a comma is said by the mention the clause is about" {
	run quotes_of 'He was profiled in the Daily Post, which ran a long article on him naming him the “angry enforcer” of the race.'
	assert_success
	assert_output '{"kind":"partial","text":"angry enforcer","speaker":"the Daily Post, which","cue":"ran"}'
	run quotes_of 'Her tone was milder than that of her aides, who, on a call Friday, criticized Jones for taking their data and for “misstating what had occurred.”'
	assert_success
	assert_output '{"kind":"partial","text":"misstating what had occurred.","speaker":"her aides, who","cue":"criticized"}'
}

@test "a relative clause closed by a comma inside a quotation holds no fragment after it" {
	run quotes_of 'Roe, who goes by “Bud,” was among the “night owls” of the firm.'
	assert_success
	assert_output '{"kind":"partial","text":"night owls","speaker":null,"cue":null}'
}

@test "a fragment with no cue inside a subordinate clause is said by that clause's subject" {
	run quotes_of 'This is why the rivals can’t just point their fingers and cry “but it is a scam!” at every turn.'
	assert_success
	assert_output '{"kind":"partial","text":"but it is a scam!","speaker":"the rivals","cue":"point"}'
	run quotes_of 'The mayor was calm, even if he saved his best lines for the cause of “fair taxes.”'
	assert_success
	assert_output '{"kind":"partial","text":"fair taxes.","speaker":"he","cue":"saved"}'
}

@test "a fragment in a question introduced by whether or if is not said by its subject" {
	run quotes_of 'The issue is whether someone issued a “stand down” order.'
	assert_success
	assert_output '{"kind":"partial","text":"stand down","speaker":null,"cue":null}'
}

@test "a noun cue after a possessive determiner or a possessor and modifiers is said by that possessor" {
	run quotes_of 'The mayor left, and his warning that the town would go to the “back of the line” angered many.'
	assert_success
	assert_output '{"kind":"partial","text":"back of the line","speaker":"his","cue":"warning"}'
	run quotes_of 'The mayor’s recent assertion that “thousands” of people cheered is false.'
	assert_success
	assert_output '{"kind":"partial","text":"thousands","speaker":"The mayor","cue":"assertion"}'
}

@test "a second verb after a question put in a clause opened by when is said by the subject of the main clause" {
	run quotes_of 'When Jones, the manager, was asked at a lunch if the mayor would resign, he laughed and said, “We will see.”'
	assert_success
	assert_line '{"kind":"direct","text":"We will see.","speaker":"he","cue":"said"}'
}

@test "a name and its party label before a stray comma is the subject of the verb after it" {
	run quotes_of 'After winning the vote in the primary, Gov. Jane Roe (R-OH), said, “I am ready to go.”'
	assert_success
	assert_output '{"kind":"direct","text":"I am ready to go.","speaker":"Gov. Jane Roe","cue":"said"}'
}

# quotes-fixes16

@test "a word that only opens a cue phrase is no reporting verb on its own" {
	run quotes_of 'The breaking point, Ash wrote, came on Friday.'
	assert_success
	assert_output '{"kind":"indirect","text":"The breaking point, Ash wrote, came on Friday","speaker":"Ash","cue":"wrote"}'
	run quotes_of 'Lawmakers have endorsed making the dam taller.'
	assert_success
	assert_output '{"kind":"indirect","text":"making the dam taller","speaker":"Lawmakers","cue":"endorsed"}'
	run quotes_of 'The mayor took a risk, telling the crowd that the dam would hold.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam would hold","speaker":"The mayor","cue":"telling the crowd"}'
	run quotes_of 'Smith came out against the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"Smith","cue":"came out against"}'
}

@test "speak out against and speak out in favor of report a stance" {
	run quotes_of 'Smith spoke out against the dam.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"Smith","cue":"spoke out against"}'
	run quotes_of 'Jones has spoken out in favor of a new levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"a new levy","speaker":"Jones","cue":"spoken out in favor of"}'
	run quotes_of 'Trump, speaking at a rally in Wilmington, warned that the dam would fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam would fail","speaker":"Trump","cue":"warned"}'
}

@test "drew and a few more irregular pasts end the noun phrase a subject's cue reports" {
	run quotes_of "Jones's proposal for a new dam drew fire from farmers."
	assert_success
	assert_output '{"kind":"indirect","text":"a new dam","speaker":"Jones","cue":"proposal for"}'
	run quotes_of 'A farmer who backs the dam drew a crowd.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"A farmer who","cue":"backs"}'
	run quotes_of 'A farmer who backs the dam found a buyer.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam","speaker":"A farmer who","cue":"backs"}'
}

@test "an object and of to the end of the sentence is what the cue reports, however short the word after of" {
	run quotes_of 'Smith accused Jones of lying.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones of lying","speaker":"Smith","cue":"accused"}'
	run quotes_of 'Smith accused Jones of fraud.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones of fraud","speaker":"Smith","cue":"accused"}'
	run quotes_of 'Smith told members of the board that the dam would hold.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam would hold","speaker":"Smith","cue":"told members"}'
	run quotes_of '“The dam will hold,” Smith told a crowd of farmers.'
	assert_success
	assert_output '{"kind":"direct","text":"The dam will hold,","speaker":"Smith","cue":"told a crowd"}'
}

@test "a parenthesis with a clause of its own at the end of a content is the writer's aside, not the report" {
	run quotes_of 'Smith claimed the dam would cost 40 million (the real figure is 12 million).'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam would cost 40 million","speaker":"Smith","cue":"claimed"}'
	run quotes_of 'Smith backed the plan of the council (D-Ohio).'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan of the council (D-Ohio)","speaker":"Smith","cue":"backed"}'
}

@test "a dateline opening the paragraph is no part of the content before a reporting clause" {
	run quotes_of 'New York (AFP) – The dam will hold, Smith said on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"The dam will hold","speaker":"Smith","cue":"said"}'
	run quotes_of 'DOVER, June 10 (UPI) — The levy is too high, the mayor said.'
	assert_success
	assert_output '{"kind":"indirect","text":"The levy is too high","speaker":"the mayor","cue":"said"}'
}

@test "a verb form after a determiner and a day or a month is a noun, no cue" {
	run quotes_of 'The Friday attacks wore off.'
	assert_success
	assert_output ''
	run quotes_of 'The Friday attacks shocked the town.'
	assert_success
	assert_output ''
}

# quotes-subjects16

@test "a name opening the clause is the speaker over appositions with a title in quotes, a reporting word no cue, or dashes" {
	run quotes_of 'Ann Lee, host of the “Morning Show,” suggested the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Ann Lee","cue":"suggested"}'
	run quotes_of 'Tom Reed, a farmer whose firm, Reed Farms, made the ads, said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Tom Reed","cue":"said"}'
	run quotes_of 'Ann Lee - his aide and co-host on the show - told the paper that the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Ann Lee","cue":"told the paper"}'
	run quotes_of 'Tom Reed — often the first to complain — has been “very upset about it,” said a friend of his.'
	assert_success
	assert_output '{"kind":"partial","text":"very upset about it,","speaker":"a friend","cue":"said"}'
}

@test "a share in words before in and a number is the whole speaker, not its first number" {
	run quotes_of 'Two in three voters said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Two in three voters","cue":"said"}'
	run quotes_of 'About one in five say the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"About one in five","cue":"say"}'
}

@test "a speaker noun and a relative clause with no pronoun of its own, someone spoke to it, is the subject" {
	run quotes_of "Several people I've spoken with said the plan was bad."
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Several people","cue":"said"}'
	run quotes_of 'An official she spoke to on camera said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"An official","cue":"said"}'
	run quotes_of 'I spoke to Smith and said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"I","cue":"said"}'
}

@test "a relative clause before the verb is gone over when it ends in a verb, holds a possessive or a reporting word that reports nothing" {
	run quotes_of 'A clerk who asked not to be named said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"A clerk","cue":"said"}'
	run quotes_of "Many farmers who came to Dover to protest this week's fair say the plan was bad."
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Many farmers","cue":"say"}'
}

@test "a speaker noun with of and its object, before an aside, is the subject" {
	run quotes_of 'Supporters of the new dam, on the other hand, argued that the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Supporters of the new dam","cue":"argued"}'
}

# quotes-names17

@test "an according-to source runs over an -ing word inside a noun compound and a noun phrase after and" {
	run quotes_of 'Sales fell, according to figures released Monday by state mining inspectors.'
	assert_success
	assert_output '{"kind":"indirect","text":"Sales fell","speaker":"figures released Monday by state mining inspectors","cue":"according to"}'
	run quotes_of 'According to a survey by the farm bureau and two local banks, sales fell.'
	assert_success
	assert_output '{"kind":"indirect","text":"sales fell","speaker":"a survey by the farm bureau and two local banks","cue":"According to"}'
	run quotes_of 'Sales fell, according to a survey by Gallup and Smith leads the field.'
	assert_success
	assert_output '{"kind":"indirect","text":"Sales fell","speaker":"a survey by Gallup","cue":"according to"}'
}

@test "a nickname in quotation marks inside a name is part of the mention and no quote" {
	run quotes_of 'Maria “Mia” Lopez said that the plan was a failure.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was a failure","speaker":"Maria “Mia” Lopez","cue":"said"}'
	run quotes_of 'The plan failed, said Thomas “Tip” Jones.'
	assert_success
	assert_output '{"kind":"indirect","text":"The plan failed","speaker":"Thomas “Tip” Jones","cue":"said"}'
	run quotes_of 'Smith said the plan was “Great” and Jones agreed.'
	assert_success
	assert_output '{"kind":"partial","text":"Great","speaker":"Smith","cue":"said"}'
	run quotes_of 'The General Reveals “Grim” Truth'
	assert_success
	assert_output '{"kind":"partial","text":"Grim","speaker":"The General","cue":"Reveals"}'
}

@test "a reporting verb in -ing after the subject's noun is a reduced relative: its object is no subject" {
	run quotes_of 'The group backing Smith praised the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"The group","cue":"backing"}
{"kind":"indirect","text":"the plan","speaker":"The group","cue":"praised"}'
	run quotes_of 'The head of the club backing Smith, Jane Doe, praised the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"The head","cue":"backing"}
{"kind":"indirect","text":"the plan","speaker":"The head of the club backing Smith, Jane Doe","cue":"praised"}'
	run quotes_of 'Smith, backing Jones, said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones","speaker":"Smith","cue":"backing"}
{"kind":"indirect","text":"the plan was bad","speaker":"Smith","cue":"said"}'
}

# quotes-subjects17

@test "a verb before a name and a relative pronoun is no part of the speaker" {
	run quotes_of 'Then he met Jones, who said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Jones, who","cue":"said"}'
	run quotes_of 'Trump met Mr. Jones, who said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Mr. Jones, who","cue":"said"}'
}

@test "more or fewer than a share is the speaker, not the comparative alone" {
	run quotes_of 'More than six in 10 said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"More than six in 10","cue":"said"}'
	run quotes_of 'Fewer than one in five say the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Fewer than one in five","cue":"say"}'
	run quotes_of 'More than 100 voters said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"More than 100 voters","cue":"said"}'
}

@test "a speaker noun familiar with something, over two prepositional phrases or a possessive, is the subject" {
	run quotes_of "A person familiar with the planning for Friday's vote says the plan was bad."
	assert_success
	assert_output "{\"kind\":\"indirect\",\"text\":\"the plan was bad\",\"speaker\":\"A person familiar with the planning for Friday's vote\",\"cue\":\"says\"}"
	run quotes_of "A source close to the mayor's thinking said the plan was bad."
	assert_success
	assert_output "{\"kind\":\"indirect\",\"text\":\"the plan was bad\",\"speaker\":\"A source close to the mayor's thinking\",\"cue\":\"said\"}"
}

@test "a mention before an aside of examples, like or including a name, is the speaker" {
	run quotes_of 'The biggest hawks, like Smith and Jones, say the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"The biggest hawks","cue":"say"}'
	run quotes_of 'Numerous veterans interviewed at rallies, including Mr. Smith, said the plan was bad.'
	assert_success
	assert_output ''
}

# quotes-cue18

@test "a fragment after a cue of its own sentence that read no complement is that cue's, not a continuation" {
	run quotes_of 'Last week, Jones called the mayor a “coward” on the radio.'
	assert_success
	assert_output '{"kind":"partial","text":"coward","speaker":"Jones","cue":"called"}'
}

@test "the second part of a quotation split by a reporting clause with adjuncts has that clause's cue" {
	run quotes_of '“That does not mean silence,” one aide said late last month, “but a quiet answer.”'
	assert_success
	assert_output '{"kind":"direct","text":"That does not mean silence,","speaker":"one aide","cue":"said"}
{"kind":"direct","text":"but a quiet answer.","speaker":"one aide","cue":"said"}'
	run quotes_of '“They have every reason to agree,” he said of Smith and Jones, “because each needs the other.”'
	assert_success
	assert_output '{"kind":"direct","text":"They have every reason to agree,","speaker":"he","cue":"said"}
{"kind":"direct","text":"because each needs the other.","speaker":"he","cue":"said"}'
}

@test "the next fragment of a list in the same sentence shares the first one's cue" {
	run quotes_of 'Last week, Jones called the mayor a “coward” and a “liar” on the radio.'
	assert_success
	assert_output '{"kind":"partial","text":"coward","speaker":"Jones","cue":"called"}
{"kind":"partial","text":"liar","speaker":"Jones","cue":"called"}'
}

# quotes-speaker18

@test "a that after the addressee of a reporting clause after a quotation is a relative clause" {
	run quotes_of '“We will fix the roads first,” the mayor told a crowd that organizers put at 500 people.'
	assert_success
	assert_output '{"kind":"direct","text":"We will fix the roads first,","speaker":"the mayor","cue":"told a crowd"}'
}

@test "a participle after the speaker of an inverted reporting clause describes the speaker" {
	run quotes_of '“Nobody should sleep in the cold tonight!” wrote a neighbor calling herself Ann.'
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"Nobody should sleep in the cold tonight!","speaker":"a neighbor","cue":"wrote"}
{"kind":"indirect","text":"herself Ann","speaker":"a neighbor","cue":"calling"}
OUT
}

@test "states after a quotation and its subject is the verb that reports it" {
	run quotes_of '“Our town deserves better,” a narrator in the video states.'
	assert_success
	assert_output '{"kind":"direct","text":"Our town deserves better,","speaker":"a narrator in the video","cue":"states"}'
	run quotes_of '“Our town deserves better,” the campaign states in its flyer, which went out on Monday.'
	assert_success
	assert_output '{"kind":"direct","text":"Our town deserves better,","speaker":"the campaign","cue":"states"}'
}

@test "a verb the lexicon lacks after a quotation and a subject with a prepositional phrase reports it" {
	run quotes_of '“Our town deserves better,” a narrator in the video intoned.'
	assert_success
	assert_output '{"kind":"direct","text":"Our town deserves better,","speaker":"a narrator in the video","cue":"intoned"}'
}

@test "each between a plural subject and its verb is no determiner of the verb" {
	run quotes_of 'The two senators each said the week was rough.'
	assert_success
	assert_output '{"kind":"indirect","text":"the week was rough","speaker":"The two senators","cue":"said"}'
	run quotes_of 'The senators each called the bill a “fair deal” for farmers.'
	assert_success
	assert_output '{"kind":"partial","text":"fair deal","speaker":"The senators","cue":"called"}'
}

@test "a speaker with two relative clauses joined by and is the subject" {
	run quotes_of 'A woman who lives nearby and who asked not to be named said the fire was “terrifying” at night.'
	assert_success
	assert_output '{"kind":"partial","text":"terrifying","speaker":"A woman","cue":"said"}'
}

@test "a capitalised adjective opening a sentence before a noun and an auxiliary is no speaker of a fragment" {
	run quotes_of 'Fresh water can still be found “in the hills” above town.'
	assert_success
	assert_output '{"kind":"partial","text":"in the hills","speaker":null,"cue":null}'
}

@test "a quotation after an inverted reporting clause with a who clause goes on with its speaker" {
	run quotes_of '“Do they read the papers?” said Bob Hill, a local delegate who has accused rivals of lying. “Are they reading some chain email?”'
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"Do they read the papers?","speaker":"Bob Hill","cue":"said"}
{"kind":"direct","text":"Are they reading some chain email?","speaker":"Bob Hill","cue":null}
OUT
	run quotes_of '“Do they read the papers?” said a local delegate who backs Smith, asking not to be named. “Are they reading some chain email?”'
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"Do they read the papers?","speaker":"a local delegate","cue":"said"}
{"kind":"indirect","text":"Smith","speaker":"a local delegate who","cue":"backs"}
{"kind":"direct","text":"Are they reading some chain email?","speaker":"a local delegate","cue":null}
OUT
}

# quotes-extra18

@test "a short quotation in single marks alone in its paragraph is a subhead, not a quote" {
	run quotes_of "$(printf '"We will rebuild the bridge," Jones said.\n\n'"'"'A long night.'"'"'\n\nThe water rose at dawn.')"
	assert_success
	assert_output '{"kind":"direct","text":"We will rebuild the bridge,","speaker":"Jones","cue":"said"}'
	run quotes_of "$(printf '"We will rebuild the bridge," Jones said.\n\n– ‘Not again’ –.\n\nThe water rose at dawn.')"
	assert_success
	assert_output '{"kind":"direct","text":"We will rebuild the bridge,","speaker":"Jones","cue":"said"}'
}

@test "a quotation in capitals or a word and a colon alone in a paragraph is a heading" {
	run quotes_of "$(printf '“We will rebuild the bridge,” Jones said.\n\n“THE RIVER WINS AGAIN”\n\nThe water rose at dawn.')"
	assert_success
	assert_output '{"kind":"direct","text":"We will rebuild the bridge,","speaker":"Jones","cue":"said"}'
	run quotes_of "$(printf '“We will rebuild the bridge,” Jones said.\n\n"Related:"\n\nThe water rose at dawn.')"
	assert_success
	assert_output '{"kind":"direct","text":"We will rebuild the bridge,","speaker":"Jones","cue":"said"}'
}

@test "in single-mark house style a short paragraph in marks still carries on the speech" {
	run quotes_of "$(printf '‘We will rebuild the bridge,’ Jones said.\n\n‘It will take a year.’')"
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"We will rebuild the bridge,","speaker":"Jones","cue":"said"}
{"kind":"direct","text":"It will take a year.","speaker":"Jones","cue":null}
OUT
}

@test "the excerpt after a bylined headline is no quote" {
	run quotes_of '—"Park reopens after the flood," by the Herald'"'"'s Jo Lin: "The city park opened again on Monday after two months." http://x.example/abc.'
	assert_success
	assert_output ''
}

@test "slogans cited with their year in parentheses are no quotes" {
	run quotes_of '“Build the dam now” (1998) — “Save the river, stop the dam” (2003).'
	assert_success
	assert_output ''
}

@test "a title after a work noun and a comma is no quote" {
	run quotes_of 'She told the story in her memoir, “Long Roads Home.” It sold well.'
	assert_success
	assert_output ''
}

@test "the label of a button is no quote" {
	run quotes_of 'Enter your email address and click “sign up.” Then wait for the reply.'
	assert_success
	assert_output ''
	run quotes_of 'Enter your email and press the "join" button below.'
	assert_success
	assert_output ''
}

@test "a slogan in marks before a hat, shirts or signs names what it is printed on" {
	run quotes_of 'In the square, a group dressed in "We are the mill" T-shirts marched in silence.'
	assert_success
	assert_output ''
	run quotes_of '“We will rebuild,” she said, showing off the “Keep the mill open” hat her sister gave her.'
	assert_success
	assert_output '{"kind":"direct","text":"We will rebuild,","speaker":"she","cue":"said"}'
}

# quotes-source18

@test "the object of a preposition after a past verb does not govern an infinitive after its noun" {
	run quotes_of 'The governors appeared on Sunday news shows to defend the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"The governors","cue":"defend"}'
	run quotes_of 'The senators seized on the public health crisis to attack the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"The senators","cue":"attack"}'
}

@test "a description before a name set off by commas runs over the name" {
	run quotes_of 'His top aide, Tad Devine, said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"His top aide, Tad Devine","cue":"said"}'
	run quotes_of 'And a third, Ann Lee, said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"a third, Ann Lee","cue":"said"}'
	run quotes_of 'Ann Lee, the mayor, said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Ann Lee","cue":"said"}'
	run quotes_of 'The mayor, for her part, said the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"The mayor","cue":"said"}'
}

@test "a report inside what a title's label says is part of the label's report" {
	run titled_quotes_of $'Daily Ledger: Farm Subsidies Highlight Risk to Small Towns.\n\nThe farmers met.'
	assert_success
	assert_output '{"kind":"indirect","text":"Farm Subsidies Highlight Risk to Small Towns","speaker":"Daily Ledger","cue":":"}'
	run titled_quotes_of $'Mayor Smith: Jones said the mill will close.\n\nThe farmers met.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones said the mill will close","speaker":"Mayor Smith","cue":":"}'
	run quotes_of 'Mayor Smith: Jones said the mill will close.'
	assert_success
	assert_output - <<-'EOF2'
	{"kind":"indirect","text":"Jones said the mill will close","speaker":"Mayor Smith","cue":":"}
	{"kind":"indirect","text":"the mill will close","speaker":"Jones","cue":"said"}
	EOF2
}

@test "most or more before an -ly adverb is part of the adverb, no speaker" {
	run quotes_of 'The mayor praised the farmers and most recently defended the mill.'
	assert_success
	assert_output - <<-'EOF2'
	{"kind":"indirect","text":"the farmers","speaker":"The mayor","cue":"praised"}
	{"kind":"indirect","text":"the mill","speaker":"The mayor","cue":"defended"}
	EOF2
	run quotes_of 'The mayor more recently said the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"The mayor","cue":"said"}'
}

@test "in fact and quite between a subject and its verb are adverbs, no speaker" {
	run quotes_of 'The two groups have in fact reported spending on the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"spending on the mill","speaker":"The two groups","cue":"reported"}'
	run quotes_of "The mill owners can't quite say goodbye to the town."
	assert_success
	assert_output '{"kind":"indirect","text":"goodbye to the town","speaker":"The mill owners","cue":"say"}'
}

# quotes-recall18

@test "a that-clause after long or quoted adjuncts is what the verb reports" {
	run quotes_of 'Lopez said on Friday in a long interview with a reporter from a paper in Ohio that the plan was bad.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Lopez","cue":"said"}'
	run quotes_of "Lopez said on WKRC's ''Ohio at Noon'' on Monday that the plan was bad."
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was bad","speaker":"Lopez","cue":"said"}'
}

@test "a relative that after long adjuncts, its verb lacking an object, is not what the verb reports" {
	run quotes_of 'Lopez complained on Friday in a long interview with a reporter from a paper in Ohio about the deal that Smith signed.'
	assert_success
	assert_output ''
}

@test "a clause reported before a quotation its cue governs after the clause's end keeps its indirect record" {
	run quotes_of 'Smith joked that the rain was to blame, but went on to say “we played badly.”'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the rain was to blame","speaker":"Smith","cue":"joked"}'
	assert_line --index 1 '{"kind":"partial","text":"we played badly.","speaker":"Smith","cue":"joked"}'
	run quotes_of 'Smith said the plan was “a farce” and would fail.'
	assert_success
	assert_output '{"kind":"partial","text":"a farce","speaker":"Smith","cue":"said"}'
}

@test "a reported clause ends before a relative clause after its verb that holds a quotation" {
	run quotes_of 'Smith said the deal would hurt the farmers and the mill, both of which Jones praised last week as “our pride.”'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the deal would hurt the farmers and the mill","speaker":"Smith","cue":"said"}'
	run quotes_of 'Smith said the plan, which Jones called “a farce,” would fail.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the plan, which Jones called “a farce,” would fail","speaker":"Smith","cue":"said"}'
}

# quotes-content18

@test "a yes/no question put to you at the start of a sentence reports nothing" {
	run quotes_of 'Do you support the new mayor?'
	assert_success
	assert_output ''
	run quotes_of 'Would you say the bridge plan was a mistake?'
	assert_success
	assert_output ''
	run quotes_of 'Do you support the new mayor? Ann Lee said she supports the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"she supports the mayor","speaker":"Ann Lee","cue":"said"}'
}

@test "a question with a wh-word or a named subject still reports" {
	run quotes_of 'Does the mayor support the new bridge?'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge","speaker":"the mayor","cue":"support"}'
}

@test "back right after a verb is an adverb, not the stance verb back" {
	run quotes_of 'Jo Lee wrote back: “We will build the bridge.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will build the bridge.","speaker":"Jo Lee","cue":"wrote"}'
	run quotes_of 'Jo Lee said back in May: “We will build the bridge.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will build the bridge.","speaker":"Jo Lee","cue":"said"}'
	run quotes_of 'The unions will back Jo Lee.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jo Lee","speaker":"The unions","cue":"back"}'
}

@test "a noun or an adverb before a reporting verb does not report that verb" {
	run quotes_of 'One tweet said: “The bridge is open.”'
	assert_success
	assert_output '{"kind":"direct","text":"The bridge is open.","speaker":"One tweet","cue":"said"}'
	run quotes_of 'Lee reportedly said, “The bridge is open.”'
	assert_success
	assert_output '{"kind":"direct","text":"The bridge is open.","speaker":"Lee","cue":"said"}'
	run quotes_of 'Sales rose last year, Acme reports show.'
	assert_success
	assert_output '{"kind":"indirect","text":"Sales rose last year","speaker":"Acme reports","cue":"show"}'
}

# quotes-mentions18

@test "a speaker mention that ends with an abbreviation keeps its dot" {
	run quotes_of '“We will see,” said Robert P. Casey Jr., a senator from the east.'
	assert_success
	assert_output '{"kind":"direct","text":"We will see,","speaker":"Robert P. Casey Jr.","cue":"said"}'
	run quotes_of 'The plane can fly again, according to the F.A.A.'
	assert_success
	assert_output '{"kind":"indirect","text":"The plane can fly again","speaker":"the F.A.A.","cue":"according to"}'
}

@test "a source that is a web address is read whole" {
	run quotes_of 'The men were merchants, according to Tchadinfos.com. They left early.'
	assert_success
	assert_output '{"kind":"indirect","text":"The men were merchants","speaker":"Tchadinfos.com","cue":"according to"}'
	run quotes_of 'GunBroker.com said the guns were sold.'
	assert_success
	assert_output '{"kind":"indirect","text":"the guns were sold","speaker":"GunBroker.com","cue":"said"}'
}

@test "a speaker mention goes on over lower-case words to the title before a name" {
	run quotes_of '“We are ready,” said Idaho software executive Frank Miller.'
	assert_success
	assert_output '{"kind":"direct","text":"We are ready,","speaker":"Idaho software executive Frank Miller","cue":"said"}'
	run quotes_of 'The rule covers old statements, according to Fox News legal analyst Judge Ann Brown.'
	assert_success
	assert_output '{"kind":"indirect","text":"The rule covers old statements","speaker":"Fox News legal analyst Judge Ann Brown","cue":"according to"}'
	run quotes_of '“We are ready,” mused Blaze co-host Stu Miller.'
	assert_success
	assert_output '{"kind":"direct","text":"We are ready,","speaker":"Blaze co-host Stu Miller","cue":"mused"}'
}

@test "the subject of a verb before an infinitive is the whole mention, not its first word" {
	run quotes_of 'Rural voters are slightly more likely to say that Smith will win.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith will win","speaker":"Rural voters","cue":"say"}'
	run quotes_of 'While Green Party nominee Ann Lee has yet to endorse the bill, her aides back it.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bill","speaker":"Green Party nominee Ann Lee","cue":"endorse"}'
	run quotes_of 'Federal agents have no evidence to suggest that Lee lied.'
	assert_success
	assert_output ''
}

# quotes-single19

@test "a phrase quoted inside a headline in Title Case is a quote of the headline's subject" {
	run quotes_of 'Jones Takes The New Job ‘Very Seriously.’'
	assert_success
	assert_output '{"kind":"partial","text":"Very Seriously.","speaker":"Jones","cue":"Takes"}'
	run quotes_of 'Local Mayor Just Planned The ‘Best Year Ever’ For Town'
	assert_success
	assert_output '{"kind":"partial","text":"Best Year Ever","speaker":"Local Mayor","cue":"Planned"}'
	# the slogan on the hats is a name (worn_slogan, quotes-notquote24)
	run quotes_of 'Ann Lee, Bob Smith Wear ‘Vote Early’ Hats At Rally'
	assert_success
	assert_output ''
}

@test "a Title Case quotation opening a headline or in one in capitals is still a name" {
	run quotes_of '‘Lost Roads’ Tops The Charts Again.'
	assert_success
	assert_output ''
	run quotes_of 'FOR SMALL TOWNS ‘THE GLASS IS FULL.’'
	assert_success
	assert_output ''
}

# quotes-missed19

@test "the words of a chant are a quotation however they are cased" {
	run quotes_of 'The coach was greeted with chants of “Go Blue, Go Blue” at the airport.'
	assert_success
	assert_output '{"kind":"partial","text":"Go Blue, Go Blue","speaker":null,"cue":null}'
	run quotes_of 'There were calls of "Feel the Heat" as the mayor passed by.'
	assert_success
	assert_output '{"kind":"partial","text":"Feel the Heat","speaker":null,"cue":null}'
}

@test "a show named after of is still no quote" {
	run quotes_of 'He was a fan of “Blue Bloods” for years.'
	assert_success
	assert_output ''
}

@test "the pronoun I is no sign of a title" {
	run quotes_of 'The ad’s slogan is “I’m for her.” It ran for weeks.'
	assert_success
	assert_output '{"kind":"partial","text":"I’m for her.","speaker":null,"cue":null}'
	run quotes_of 'The show “I Love Lucy” ran for years.'
	assert_success
	assert_output ''
}

@test "a mark ending the paragraph that closed an inner quotation closes the outer one too" {
	run quotes_of 'The mayor called the plan “a lot like the one we tried, with its “quick fixes” and “savings.”'
	assert_success
	assert_output '{"kind":"partial","text":"a lot like the one we tried, with its “quick fixes” and “savings.","speaker":"The mayor","cue":"called"}'
}

@test "a quotation left open before a paragraph that ends in words still runs to its end" {
	run quotes_of 'Smith said: “We will “win” this one, and then we go home.'
	assert_success
	assert_output '{"kind":"direct","text":"We will “win” this one, and then we go home.","speaker":"Smith","cue":"said"}'
}

# quotes-mentions19

@test "an article opening a subject before an infinitive is read with its noun, not alone" {
	run quotes_of 'The college declined to comment Friday on reports that the coach had quit.'
	assert_success
	assert_output '{"kind":"indirect","text":"the coach had quit","speaker":"The college","cue":"comment"}'
	run quotes_of 'The column goes on to mock the mayor for praising the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor for praising the budget","speaker":"The column","cue":"mock"}
{"kind":"indirect","text":"the budget","speaker":"The column","cue":"praising"}'
	run quotes_of 'The sudden move led some to speculate that the deal was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the deal was dead","speaker":"some","cue":"speculate"}'
	run quotes_of 'The rallies are designed to champion the nominee.'
	assert_success
	assert_output ''
	run quotes_of 'The whole process will have to respond by focusing on costs.'
	assert_success
	assert_output ''
}

@test "a lower-case particle between the words of a name stays in the speaker" {
	run quotes_of '“We will see,” said Pierre de Vos, a lawyer in Cape Town.'
	assert_success
	assert_output '{"kind":"direct","text":"We will see,","speaker":"Pierre de Vos","cue":"said"}'
	run quotes_of '“It works,” said Hans van Dam.'
	assert_success
	assert_output '{"kind":"direct","text":"It works,","speaker":"Hans van Dam","cue":"said"}'
}

@test "a speaker mention read rightwards goes on over of the before a capitalised word" {
	run quotes_of '“We will see,” said Speaker of the House Ann Lee.'
	assert_success
	assert_output '{"kind":"direct","text":"We will see,","speaker":"Speaker of the House Ann Lee","cue":"said"}'
	run quotes_of '“Prices will rise,” said Tom Hall of the Retail Workers Union.'
	assert_success
	assert_output '{"kind":"direct","text":"Prices will rise,","speaker":"Tom Hall of the Retail Workers Union","cue":"said"}'
}

# quotes-nullspeaker20

@test "a short reporting clause after a quotation closed with a full stop reports it" {
	run quotes_of '“We will find the missing files.” Trump said.'
	assert_success
	assert_output '{"kind":"direct","text":"We will find the missing files.","speaker":"Trump","cue":"said"}'
	run quotes_of '“The vote is over.” The senator added on Tuesday.'
	assert_success
	assert_output '{"kind":"direct","text":"The vote is over.","speaker":"The senator","cue":"added"}'
	run quotes_of '“The vote is over.” Smith said the count was wrong.'
	assert_success
	assert_output '{"kind":"direct","text":"The vote is over.","speaker":null,"cue":null}
{"kind":"indirect","text":"the count was wrong","speaker":"Smith","cue":"said"}'
	run quotes_of '“The vote is over.” Lee mocked Smith for losing the state.'
	assert_success
	assert_output '{"kind":"direct","text":"The vote is over.","speaker":null,"cue":null}
{"kind":"indirect","text":"Smith for losing the state","speaker":"Lee","cue":"mocked"}'
}

@test "a negated reporting verb after a quotation closed with a full stop reports nothing" {
	run quotes_of 'Smith said: “The vote is over.” The campaign did not elaborate.'
	assert_success
	assert_output '{"kind":"direct","text":"The vote is over.","speaker":"Smith","cue":"said"}'
}

# quotes-source20

@test "a cue in -ed after a noun set off by a comma, a dash or a quotation, with by and a speaker, is a passive with that agent" {
	run quotes_of 'He is not licensed to practice, a fact first reported by Ann Heath, a local reporter.'
	assert_success
	assert_output '{"kind":"indirect","text":"a fact","speaker":"Ann Heath","cue":"reported"}'
	run quotes_of 'The town must cut costs, a call echoed by Lisbon on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"a call","speaker":"Lisbon","cue":"echoed"}'
	run quotes_of 'The senator responded by email that the bill was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bill was dead","speaker":"The senator","cue":"responded"}'
}

@test "a participle after it means or it is worth is said by no one named" {
	run quotes_of 'It means admitting that the plan failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan failed","speaker":null,"cue":"admitting"}'
	run quotes_of 'For fans, it is worth pointing out that the show broke a record.'
	assert_success
	assert_output '{"kind":"indirect","text":"the show broke a record","speaker":null,"cue":"pointing out"}'
}

# quotes-recall20

@test "an aside between spaced hyphens is skipped to the subject before it" {
	run quotes_of 'Some farmers - including two of the growers here - warn that prices will fall.'
	assert_success
	assert_output '{"kind":"indirect","text":"prices will fall","speaker":"Some farmers","cue":"warn"}'
	run quotes_of 'The two judges - Ann Lee and Tom Hall - agreed there was no case.'
	assert_success
	assert_output '{"kind":"indirect","text":"there was no case","speaker":"The two judges","cue":"agreed"}'
	run quotes_of 'The well-known firm says costs will rise.'
	assert_success
	assert_output '{"kind":"indirect","text":"costs will rise","speaker":"The well-known firm","cue":"says"}'
}

@test "speech and beliefs in a restrictive who clause are not reported (quotes-recall20's rule 2 left out)" {
	run quotes_of 'The plan angered lawmakers who thought she was too involved.'
	assert_success
	assert_output ''
	run quotes_of 'Bankers who concluded the economy would recover were wrong.'
	assert_success
	assert_output ''
}

# quotes-speaker21

@test "a quotation after a colon that ends a sentence with its own subject carries on no earlier report" {
	run quotes_of 'Smith cited a report on the old system. Lee, the mayor, had a question: “Who will pay for it?”'
	assert_success
	assert_line --index 1 '{"kind":"direct","text":"Who will pay for it?","speaker":"Lee","cue":null}'
	run quotes_of 'Smith has told his fans that they should fight back. One early backer, Representative Ann Lee, Democrat of Ohio, gave the idea a whirl in an interview on Tuesday: “You can argue the mayor is a crook.”'
	assert_success
	assert_line --index 1 '{"kind":"direct","text":"You can argue the mayor is a crook.","speaker":"One early backer","cue":null}'
	run quotes_of 'Of course, as Lee observed, the big winner was not on the stage at all: “The clear winner was the network.”'
	assert_success
	assert_line --index 1 '{"kind":"direct","text":"The clear winner was the network.","speaker":"Lee","cue":"observed"}'
}

@test "a fragment after a relative clause closed by a comma is not that clause's cue's" {
	run quotes_of 'Jones was asked by the host whether his expansion of school grants, which the Budget Office estimates would cost as much as $ 170 billion a year, would risk “adding another costly program.”'
	assert_success
	assert_line --index 2 '{"kind":"partial","text":"adding another costly program.","speaker":"the host","cue":"asked"}'
	run quotes_of 'In a clip that Judge Ann Lee called “distasteful,” Smith said he would “fight to the end.”'
	assert_success
	assert_line --index 0 '{"kind":"partial","text":"distasteful,","speaker":"Judge Ann Lee","cue":"called"}'
}

@test "a second verb in a Title Case headline is no speaker of the noun after it" {
	run quotes_of 'Lee Says Rivals Hacked the Party, Calls Smith’s Moscow Remarks ‘Troubling.’'
	assert_success
	assert_line --index 1 '{"kind":"partial","text":"Troubling.","speaker":"Lee","cue":"Remarks"}'
	run quotes_of 'Railing Against Smith, Jones Vows To End Tax Breaks For “Greedy” Firms.'
	assert_success
	assert_output '{"kind":"partial","text":"Greedy","speaker":"Jones","cue":"Vows"}'
}

# quotes-speechrecall21

@test "a reporting participle and its time adjunct between a record and its verb is skipped" {
	run quotes_of 'A memo released Tuesday said the mayor broke the rules.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor broke the rules","speaker":"A memo","cue":"said"}'
	run quotes_of 'New letters published this week showed the deep rift between them.'
	assert_success
	assert_output '{"kind":"indirect","text":"the deep rift between them","speaker":"New letters","cue":"showed"}'
}

@test "a verb in -s that is a noun too is the verb after a singular speaker noun before a clause" {
	run quotes_of 'The senator claims his plan is cheaper.'
	assert_success
	assert_output '{"kind":"indirect","text":"his plan is cheaper","speaker":"The senator","cue":"claims"}'
	run quotes_of 'The union notes that the mill has closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill has closed","speaker":"The union","cue":"notes"}'
	run quotes_of 'The campaign promises he made were broken.'
	assert_success
	assert_output ''
	run quotes_of 'He kept many of the campaign pledges he made.'
	assert_success
	refute_output --partial '"cue":"pledges"'
}

@test "a clause set off by commas before an inverted reporting clause is no apposition of the noun before it" {
	run quotes_of 'As costs climb for voters, mayors have less room, said Ann Reyes.'
	assert_success
	assert_output '{"kind":"indirect","text":"mayors have less room","speaker":"Ann Reyes","cue":"said"}'
	run quotes_of 'Tom Ruiz, a farmer from Ohio, said prices will rise.'
	assert_success
	assert_output '{"kind":"indirect","text":"prices will rise","speaker":"Tom Ruiz","cue":"said"}'
}

@test "a pronoun after a reporting verb and before a verb is the reported clause's subject, not a speaker after the verb" {
	run quotes_of 'The council hid the report, admitted it lost the files, and closed the office.'
	assert_success
	assert_output '{"kind":"indirect","text":"it lost the files, and closed the office","speaker":"The council","cue":"admitted"}'
	run quotes_of '“We lost,” said he.'
	assert_success
	assert_output '{"kind":"direct","text":"We lost,","speaker":"he","cue":"said"}'
}

@test "a nurse and a ranking can be speakers" {
	run quotes_of 'The nurse later sued, claiming the ward was unsafe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the ward was unsafe","speaker":"The nurse","cue":"claiming"}'
	run quotes_of 'Another ranking says he is not rich.'
	assert_success
	assert_output '{"kind":"indirect","text":"he is not rich","speaker":"Another ranking","cue":"says"}'
}

@test "a that-clause opened by an adjunct set off by a comma starts after the comma" {
	run quotes_of 'Smith added that, in Ohio, his voters are restless.'
	assert_success
	assert_output '{"kind":"indirect","text":"in Ohio, his voters are restless","speaker":"Smith","cue":"added"}'
	run quotes_of 'The mayors argue that, while the tax may cut rents, workers will pay more.'
	assert_success
	assert_output '{"kind":"indirect","text":"while the tax may cut rents, workers will pay more","speaker":"The mayors","cue":"argue"}'
}

@test "an affidavit is a record that speaks" {
	run quotes_of 'The affidavit cited two witnesses.'
	assert_success
	assert_output '{"kind":"indirect","text":"two witnesses","speaker":"The affidavit","cue":"cited"}'
}

@test "assure, reassure, remind, inform and caution take a bare clause after their addressee" {
	run quotes_of 'Reyes reminded Tom he would have to win the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"he would have to win the vote","speaker":"Reyes","cue":"reminded Tom"}'
	run quotes_of 'The mayor assured voters the bridge was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge was safe","speaker":"The mayor","cue":"assured voters"}'
	run quotes_of 'She reminded voters of her record.'
	assert_success
	assert_output '{"kind":"indirect","text":"voters of her record","speaker":"She","cue":"reminded"}'
}

@test "a clause whose subject ends with an abbreviation's dot is a clause" {
	run quotes_of 'Smith argued the U.S. should cut its tariffs.'
	assert_success
	assert_output '{"kind":"indirect","text":"the U.S. should cut its tariffs","speaker":"Smith","cue":"argued"}'
	run quotes_of 'He spoke, adding the U.K. must act.'
	assert_success
	assert_output '{"kind":"indirect","text":"the U.K. must act","speaker":"He","cue":"adding"}'
}

@test "since between have and a reporting verb is skipped to the subject" {
	run quotes_of 'The mayor has since said she would run again.'
	assert_success
	assert_output '{"kind":"indirect","text":"she would run again","speaker":"The mayor","cue":"said"}'
	run quotes_of 'Two council members have since denounced the fee.'
	assert_success
	assert_output '{"kind":"indirect","text":"the fee","speaker":"Two council members","cue":"denounced"}'
}

@test "a that-clause opened by an aside between dashes starts after the aside" {
	run quotes_of 'Reyes says that – in her own view – the fee is fair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the fee is fair","speaker":"Reyes","cue":"says"}'
}

@test "a capitalised pronoun after a dotted abbreviation's dot opens a new sentence" {
	run quotes_of 'Reyes says the mill will move out of the U.S. He says the town “will not recover.”'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill will move out of the U.S","speaker":"Reyes","cue":"says"}
{"kind":"partial","text":"will not recover.","speaker":"He","cue":"says"}'
	run quotes_of 'Sen. Ann Lee of N.J. said the mill will close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill will close","speaker":"Sen. Ann Lee of N.J.","cue":"said"}'
}

# quotes-nouncue21

@test "a stance noun after launch, make, take or have is held by that verb's subject" {
	run quotes_of 'Mayor Hall unleashed a harsh attack on the council last week.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council last week","speaker":"Mayor Hall","cue":"attack on"}'
	run quotes_of 'During the debate, Smith made an unprompted call for an end to farm subsidies.'
	assert_success
	assert_output '{"kind":"indirect","text":"an end to farm subsidies","speaker":"Smith","cue":"call for"}'
	run quotes_of 'The governor also had strong views on how the vote was run.'
	assert_success
	assert_output '{"kind":"indirect","text":"how the vote was run","speaker":"The governor","cue":"views on"}'
}

@test "a stance noun after a verb in -ed after have is no object of have" {
	run quotes_of 'Smith had dropped direct attacks on Jones from her speeches.'
	assert_success
	assert_output ''
	run quotes_of 'The town has faced questions about its budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"its budget","speaker":null,"cue":"questions about"}'
}

@test "a noun cue with from or by and a speaker after it is that speaker's" {
	run quotes_of 'The report includes an admission from Senator Hall that the law failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the law failed","speaker":"Senator Hall","cue":"admission"}'
	run quotes_of 'One sticking point is a demand, by Mayor Lee, that the bill include tax breaks.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bill include tax breaks","speaker":"Mayor Lee","cue":"demand"}'
	run quotes_of 'She read a message from the mayor to the town.'
	assert_success
	assert_output ''
}

@test "a noun cue after despite, amid or a verb that receives it is said by no one named" {
	run quotes_of 'Despite complaints that he is a dreamer, Hall has passed many bills.'
	assert_success
	assert_output '{"kind":"indirect","text":"he is a dreamer","speaker":null,"cue":"complaints"}'
	run quotes_of 'The plan was drawing complaints that it cost too much.'
	assert_success
	assert_output '{"kind":"indirect","text":"it cost too much","speaker":null,"cue":"complaints"}'
	run quotes_of 'Hall said the plan failed amid reports that it cost too much.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan failed amid reports that it cost too much","speaker":"Hall","cue":"said"}'
	run quotes_of 'Hall read the complaints that the town sent.'
	assert_success
	assert_output ''
}

# quotes-nullspeaker21

@test "a verb in -s the lexicon lacks ends the subject a quotation is given" {
	run quotes_of 'The ad targets a “corrupt political system.”'
	assert_success
	assert_output '{"kind":"partial","text":"corrupt political system.","speaker":"The ad","cue":"targets"}'
	run quotes_of 'The letter makes a case: “Voters hate the plan.”'
	assert_success
	assert_output '{"kind":"direct","text":"Voters hate the plan.","speaker":"The letter","cue":"makes"}'
	run quotes_of 'The Smith campaign projects that “a small tax” would raise millions.'
	assert_success
	assert_output '{"kind":"partial","text":"a small tax","speaker":"The Smith campaign","cue":"projects"}'
}

@test "a fragment after an opening participle phrase is said by the subject after its comma" {
	run quotes_of 'Filling in for Smith at the rally, Jones landed a sharp dig at “my dear sister.”'
	assert_success
	assert_output '{"kind":"partial","text":"my dear sister.","speaker":"Jones","cue":"landed"}'
	run quotes_of 'Preceded at the lectern by Joe Hill, the county sheriff, Smith launched into a lament for the “countless victims” of crime.'
	assert_success
	assert_output '{"kind":"partial","text":"countless victims","speaker":"Smith","cue":"launched"}'
	run quotes_of 'Based on the statement, it seems some convincing was needed by Ailes who “has spoken to Trump.”'
	assert_success
	assert_line '{"kind":"partial","text":"has spoken to Trump.","speaker":null,"cue":null}'
}

@test "a fragment after an opening prepositional phrase with no comma is said by the pronoun after it" {
	run quotes_of 'In 2011 she spoke out for “shotgun weddings” as the answer.'
	assert_success
	assert_output '{"kind":"partial","text":"shotgun weddings","speaker":"she","cue":"spoke out"}'
	run quotes_of 'At the rally on Friday they hailed the “new dawn.”'
	assert_success
	assert_output '{"kind":"partial","text":"new dawn.","speaker":"they","cue":"hailed"}'
}

@test "a fragment after an opening adjunct and a comma is said by the subject after the comma" {
	run quotes_of 'Somewhere in there, he tossed in a “lying” senator.'
	assert_success
	assert_output '{"kind":"partial","text":"lying","speaker":"he","cue":"tossed"}'
	run quotes_of 'Somewhere along the way, the mayor landed a dig at the “old guard.”'
	assert_success
	assert_output '{"kind":"partial","text":"old guard.","speaker":"the mayor","cue":"landed"}'
}

@test "a quotation after a colon is said by a name after Here's, a name with its party label, a subject before has since" {
	run quotes_of 'Here’s Smith in June 2015: “We will build it.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will build it.","speaker":"Smith","cue":":"}'
	run quotes_of 'Rep. Jo Hill (R-Ohio): “I have not heard that figure.”'
	assert_success
	assert_output '{"kind":"direct","text":"I have not heard that figure.","speaker":"Rep. Jo Hill","cue":":"}'
	run quotes_of 'Smith has since apologized for what happened: “I made a mistake.”'
	assert_success
	assert_output '{"kind":"direct","text":"I made a mistake.","speaker":"Smith","cue":"apologized"}'
	run quotes_of 'Here’s the thing: “We will build it.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will build it.","speaker":null,"cue":null}'
}

# quotes-indsource21

@test "a subject after a time noun or in a contact clause starts there" {
	run quotes_of 'The paper reported last month Ms. Rivera had asked aides to stop the leaks.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"to stop the leaks","speaker":"Ms. Rivera","cue":"asked aides"}'
	run quotes_of 'For years some economists have warned that the bubble would burst.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bubble would burst","speaker":"some economists","cue":"warned"}'
	run quotes_of 'Mr. Hale is exactly the sort of judge many senators fear the mayor would pick.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor would pick","speaker":"many senators","cue":"fear"}'
	run quotes_of 'It is a theory some believe the board will adopt.'
	assert_success
	assert_output '{"kind":"indirect","text":"the board will adopt","speaker":"some","cue":"believe"}'
	run quotes_of 'A 10-year veteran said the unit was tired.'
	assert_success
	assert_output '{"kind":"indirect","text":"the unit was tired","speaker":"A 10-year veteran","cue":"said"}'
	run quotes_of 'Very few farmers say the rain helped.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rain helped","speaker":"Very few farmers","cue":"say"}'
}

@test "a participle after spending much of a thing is the spender's" {
	run quotes_of 'She spent much of her speech praising the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"She","cue":"praising"}'
	run quotes_of 'The firm spent part of its report praising the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"The firm","cue":"praising"}'
}

@test "a name in the object of a preposition before a noun governs no infinitive" {
	run quotes_of 'He used his State of the Union address to attack the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"He","cue":"attack"}'
	run quotes_of 'She met with Smith aides to discuss the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"She","cue":"discuss"}'
}

@test "the object of a relative clause governs no infinitive after it" {
	run quotes_of 'Nurses who met the mayor went on to praise the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"Nurses","cue":"praise"}'
}

@test "an according-to source runs over the lower-case nouns after a name" {
	run quotes_of 'According to the Daily Star polling average, Smith leads by four points.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith leads by four points","speaker":"the Daily Star polling average","cue":"According to"}'
	run quotes_of 'Smith leads by four points, according to recent polling.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith leads by four points","speaker":"recent polling","cue":"according to"}'
	run quotes_of 'Her rating in the latest Daily Star Poll stands at 53 percent.'
	assert_success
	assert_output '{"kind":"indirect","text":"Her rating in the latest Daily Star Poll stands at 53 percent","speaker":"the latest Daily Star Poll","cue":"in"}'
}

# quotes-partialcue22

@test "a fragment said by its clause's subject has that subject's verb as cue" {
	run quotes_of 'The senator heralded the pact as a “turning point.”'
	assert_success
	assert_output '{"kind":"partial","text":"turning point.","speaker":"The senator","cue":"heralded"}'
	run quotes_of 'Jones credited the win to “hard work.”'
	assert_success
	assert_output '{"kind":"partial","text":"hard work.","speaker":"Jones","cue":"credited"}'
	run quotes_of 'The council, a body of nine, derided the “vanity project.”'
	assert_success
	assert_output '{"kind":"partial","text":"vanity project.","speaker":"The council","cue":"derided"}'
}

@test "a fragment's cue keeps the particle after its verb" {
	run quotes_of 'The mayor further summed up the plan as “a mess.”'
	assert_success
	assert_output '{"kind":"partial","text":"a mess.","speaker":"The mayor","cue":"summed up"}'
	run quotes_of 'Smith ticked off a list of “broken promises.”'
	assert_success
	assert_output '{"kind":"partial","text":"broken promises.","speaker":"Smith","cue":"ticked off"}'
	run quotes_of 'The governor talked up the “new deal.”'
	assert_success
	assert_output '{"kind":"partial","text":"new deal.","speaker":"The governor","cue":"talked up"}'
}

@test "a fragment's subject gives no cue when no verb follows it" {
	run quotes_of 'He won just 19 percent among “somewhat conservative” voters.'
	assert_success
	assert_output '{"kind":"partial","text":"somewhat conservative","speaker":"He","cue":null}'
	run quotes_of 'They are skeptical of the “sharing economy.”'
	assert_success
	assert_output '{"kind":"partial","text":"sharing economy.","speaker":"They","cue":null}'
}

@test "a phrase quoted in a Title Case headline has the headline's verb as cue" {
	run quotes_of 'Smith Takes Talk Of Tax Cuts ‘Very Seriously.’'
	assert_success
	assert_output '{"kind":"partial","text":"Very Seriously.","speaker":"Smith","cue":"Takes"}'
	run quotes_of 'Jones Just Shared This ‘Bold Plan’ With Voters'
	assert_success
	assert_output '{"kind":"partial","text":"Bold Plan","speaker":"Jones","cue":"Shared"}'
}

# quotes-inverted22

@test "an -ed adjective between an article and its noun stays in the mention" {
	run quotes_of 'The mill will close, the unsigned opinion said.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mill will close","speaker":"the unsigned opinion","cue":"said"}'
	run quotes_of 'A leaked memo says the mill will close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill will close","speaker":"A leaked memo","cue":"says"}'
}

@test "a name set off by commas inside the content is no subject of a verb with its speaker after it" {
	run quotes_of 'Obama warned the leader, Xi Jinping, during their talks not to move on the shoal, said an official who saw the talks.'
	assert_success
	assert_output '{"kind":"indirect","text":"Obama warned the leader, Xi Jinping, during their talks not to move on the shoal","speaker":"an official","cue":"said"}'
	run quotes_of 'Obama met the leader, Xi Jinping, in May, said an official.'
	assert_success
	assert_output '{"kind":"indirect","text":"Obama met the leader, Xi Jinping, in May","speaker":"an official","cue":"said"}'
	run quotes_of 'Obama met the leader, Xi Jinping, in May, told reporters.'
	assert_success
	assert_output '{"kind":"indirect","text":"Obama met the leader","speaker":"Xi Jinping","cue":"told reporters"}'
	run quotes_of 'One man in the crowd, waving a sign, interrupted the mayor: “You lied.”'
	assert_success
	assert_output '{"kind":"direct","text":"You lied.","speaker":"One man","cue":null}'
}

# quotes-mentionspan22

@test "a coordination after a conjunction opening the sentence is the whole speaker" {
	run quotes_of 'But lawyers and tax experts said the rule is unlikely to last.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rule is unlikely to last","speaker":"lawyers and tax experts","cue":"said"}'
}

@test "modifiers of time joined by and open the speaker" {
	run quotes_of 'Current and former aides said the mayor rarely read his mail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor rarely read his mail","speaker":"Current and former aides","cue":"said"}'
}

@test "a number before paired modifiers of time opens the speaker" {
	run quotes_of 'On Monday, four past and present staff members told reporters the office was chaotic.'
	assert_success
	assert_output '{"kind":"indirect","text":"the office was chaotic","speaker":"four past and present staff members","cue":"told reporters"}'
}

@test "the head before an of phrase and an aside is the speaker" {
	run quotes_of 'Critics of the plan, however, say it would cost jobs.'
	assert_success
	assert_output '{"kind":"indirect","text":"it would cost jobs","speaker":"Critics","cue":"say"}'
}

@test "a head with an of phrase and a name after a comma is one speaker" {
	run quotes_of 'One of her aides, Tom Pratt, said the bill would pass.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bill would pass","speaker":"One of her aides, Tom Pratt","cue":"said"}'
}

@test "the noun of speakers before to and a determiner is the speaker" {
	run quotes_of 'Aides to the senator say she is shifting her tack.'
	assert_success
	assert_output '{"kind":"indirect","text":"she is shifting her tack","speaker":"Aides","cue":"say"}'
}

@test "the noun of speakers before to and a name is the speaker" {
	run quotes_of 'Advisers to Smith said the race was over.'
	assert_success
	assert_output '{"kind":"indirect","text":"the race was over","speaker":"Advisers","cue":"said"}'
}

@test "a noun of speakers before an infinitive gives no report" {
	run quotes_of 'Many observers expect the agency to dial back the mandate.'
	assert_success
	assert_output ''
}

@test "a share of speakers after of is the whole speaker" {
	run quotes_of 'In the north, about half of the voters said the rain came too late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rain came too late","speaker":"about half of the voters","cue":"said"}'
}

@test "a percentage of speakers after of is the whole speaker" {
	run quotes_of 'In Ohio, 40% of Democrats said the race was over.'
	assert_success
	assert_output '{"kind":"indirect","text":"the race was over","speaker":"40% of Democrats","cue":"said"}'
}

@test "a number of speakers is the whole speaker" {
	run quotes_of 'A growing number of officials say the test is unfair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the test is unfair","speaker":"A growing number of officials","cue":"say"}'
}

@test "a possessor in -s with an apostrophe opens the speaker" {
	run quotes_of 'Jones’ campaign said the count was wrong.'
	assert_success
	assert_output '{"kind":"indirect","text":"the count was wrong","speaker":"Jones’ campaign","cue":"said"}'
}

@test "a plural possessor with a straight apostrophe opens the speaker" {
	run quotes_of "The workers' union said the plant would close."
	assert_success
	assert_output '{"kind":"indirect","text":"the plant would close","speaker":"The workers'"'"' union","cue":"said"}'
}

@test "a word of nearness before a count opens the speaker" {
	run quotes_of 'Last week, nearly 140 House members said the plan was unfair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was unfair","speaker":"nearly 140 House members","cue":"said"}'
}

@test "a share after a word of nearness is the speaker and ends the content before it" {
	run quotes_of 'Two in three said they were tired, and nearly three in five said they were cold.'
	assert_success
	assert_output '{"kind":"indirect","text":"they were tired","speaker":"Two in three","cue":"said"}
{"kind":"indirect","text":"they were cold","speaker":"nearly three in five","cue":"said"}'
}

@test "a share after a word of nearness inside a poll's report is the poll's" {
	run quotes_of 'In the survey, about 6 in 10 said the roads were worse.'
	assert_success
	assert_output '{"kind":"indirect","text":"about 6 in 10 said the roads were worse","speaker":"the survey","cue":"In"}'
}

@test "registered is a modifier of the speaker's noun" {
	run quotes_of 'On Monday, nine in 10 registered voters said the roads were worse.'
	assert_success
	assert_output '{"kind":"indirect","text":"the roads were worse","speaker":"nine in 10 registered voters","cue":"said"}'
}

@test "a word of nearness opening the sentence opens a share read whole" {
	run quotes_of 'About 4 in 10 say the roads are worse.'
	assert_success
	assert_output '{"kind":"indirect","text":"the roads are worse","speaker":"About 4 in 10","cue":"say"}'
}

@test "a hyphenated share before of opens the speaker" {
	run quotes_of 'Even so, three-quarters of the voters said they were worried.'
	assert_success
	assert_output '{"kind":"indirect","text":"they were worried","speaker":"three-quarters of the voters","cue":"said"}'
}

@test "a coordination after a dateline's dash is the whole speaker" {
	run quotes_of 'LONDON (AP) — Mary Smith and Council Leader Tom Jones pledged to mend the roads.'
	assert_success
	assert_output '{"kind":"indirect","text":"to mend the roads","speaker":"Mary Smith and Council Leader Tom Jones","cue":"pledged"}'
}

@test "both before a coordination opens the speaker" {
	run quotes_of 'Both the Daily Star and the Evening Post confirmed that the mill would close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mill would close","speaker":"Both the Daily Star and the Evening Post","cue":"confirmed"}'
}

@test "a coordination before an aside is the whole speaker" {
	run quotes_of 'Tax experts and state officials, however, said the rule would fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rule would fail","speaker":"Tax experts and state officials","cue":"said"}'
}

@test "a share after at least keeps its report" {
	run quotes_of 'At least 4 in 10 say the roads are worse.'
	assert_success
	assert_output '{"kind":"indirect","text":"the roads are worse","speaker":"4 in 10","cue":"say"}'
}

# quotes-lexicon22

@test "verbs of criticism and praise report their object" {
	run quotes_of 'The senator derided the budget as a gimmick.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget as a gimmick","speaker":"The senator","cue":"derided"}'
	run quotes_of 'The mayor congratulated the team on its win.'
	assert_success
	assert_output '{"kind":"indirect","text":"the team on its win","speaker":"The mayor","cue":"congratulated"}'
	run quotes_of 'The report credited the nurses with saving lives.'
	assert_success
	assert_output '{"kind":"indirect","text":"the nurses with saving lives","speaker":"The report","cue":"credited"}'
	run quotes_of 'The mayor likened the budget to a leaky boat.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget to a leaky boat","speaker":"The mayor","cue":"likened"}'
}

@test "phrases of attack, refusal and boasting report their object" {
	run quotes_of 'Jones went after Smith over the missing funds.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith over the missing funds","speaker":"Jones","cue":"went after"}'
	run quotes_of 'Speaking in Dover, Smith went after Jones, calling him “a bore.”'
	assert_success
	assert_output - <<'OUT'
{"kind":"indirect","text":"Jones","speaker":"Smith","cue":"went after"}
{"kind":"partial","text":"a bore.","speaker":"Smith","cue":"calling"}
OUT
	run quotes_of 'He also took aim at the water board.'
	assert_success
	assert_output '{"kind":"indirect","text":"the water board","speaker":"He","cue":"took aim at"}'
	run quotes_of 'The union balked at the new contract.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new contract","speaker":"The union","cue":"balked at"}'
	run quotes_of 'The council shrugged off the complaints.'
	assert_success
	assert_output '{"kind":"indirect","text":"the complaints","speaker":"The council","cue":"shrugged off"}'
	run quotes_of 'The mayor took credit for the new bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge","speaker":"The mayor","cue":"took credit for"}'
	run quotes_of 'The actor sounded off on the new tax.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new tax","speaker":"The actor","cue":"sounded off on"}'
}

@test "grouse, confide and intimate take a that-clause" {
	run quotes_of 'Farmers groused that the rain came too late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rain came too late","speaker":"Farmers","cue":"groused"}'
	run quotes_of 'The driver confided that he had lost his map.'
	assert_success
	assert_output '{"kind":"indirect","text":"he had lost his map","speaker":"The driver","cue":"confided"}'
	run quotes_of 'The governor has intimated that she will run again.'
	assert_success
	assert_output '{"kind":"indirect","text":"she will run again","speaker":"The governor","cue":"intimated"}'
}

@test "a quoted description after summed up has that cue" {
	run quotes_of 'Smith summed up the plan as “a mess.”'
	assert_success
	assert_output '{"kind":"partial","text":"a mess.","speaker":"Smith","cue":"summed up"}'
	run quotes_of 'The senator sniped at the governor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the governor","speaker":"The senator","cue":"sniped at"}'
}

@test "the noun credit and the adjective intimate are no cues" {
	run quotes_of 'He gave her some credit for trying.'
	assert_success
	assert_output ''
	run quotes_of 'They had an intimate dinner.'
	assert_success
	assert_output ''
}

@test "a verb that only opens cue phrases still ends a relative clause's report" {
	run quotes_of 'Nurses who backed the plan sounded tired.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"Nurses who","cue":"backed"}'
}

@test "phrases of advocacy, dismissal and open stance report their object" {
	run quotes_of 'The union pushed for a new contract.'
	assert_success
	assert_output '{"kind":"indirect","text":"a new contract","speaker":"The union","cue":"pushed for"}'
	run quotes_of 'The mayor brushed off the complaints.'
	assert_success
	assert_output '{"kind":"indirect","text":"the complaints","speaker":"The mayor","cue":"brushed off"}'
	run quotes_of 'Smith has made no secret of his plans.'
	assert_success
	assert_output '{"kind":"indirect","text":"his plans","speaker":"Smith","cue":"made no secret of"}'
	run quotes_of 'Jones took a shot at the council.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council","speaker":"Jones","cue":"took a shot at"}'
	run quotes_of 'Critics heaped praise on the new bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge","speaker":"Critics","cue":"heaped praise on"}'
	run quotes_of 'The van pushed for an hour.'
	assert_success
	assert_output ''
}

# quotes-recallsubject23

@test "a subject of any noun before a connective aside speaks the verb after it" {
	run quotes_of 'Cement makers, for instance, argue that imports grew.'
	assert_success
	assert_output '{"kind":"indirect","text":"imports grew","speaker":"Cement makers","cue":"argue"}'
	run quotes_of 'The makers, for example, said the plan failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan failed","speaker":"The makers","cue":"said"}'
	run quotes_of 'In April, cement makers, however, argued that imports grew.'
	assert_success
	assert_output '{"kind":"indirect","text":"imports grew","speaker":"cement makers","cue":"argued"}'
	run quotes_of 'A look at the planes and three helicopters, however, suggests that they are old.'
	assert_success
	assert_output ''
}

@test "a subject before a who clause whose quotation closes with the comma speaks the verb after it" {
	run quotes_of 'Humphrey, who calls Trump a “sociopath,” said he does not believe it.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"he does not believe it","speaker":"Humphrey","cue":"said"}'
	run quotes_of 'The union, which calls the plan “a scam,” said it would strike.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"it would strike","speaker":"The union","cue":"said"}'
}

# quotes-mentionspan23

@test "a sentence-opening adverb is no part of the subject mention" {
	run quotes_of 'Then Mr. Lane said the road was shut.'
	assert_success
	assert_output '{"kind":"indirect","text":"the road was shut","speaker":"Mr. Lane","cue":"said"}'
	run quotes_of 'Perhaps young nurses think the pay is fair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the pay is fair","speaker":"young nurses","cue":"think"}'
}

@test "a live-blog time glued to PM is no part of the subject mention" {
	run quotes_of '4:12PM Ann Ray says the count is slow.'
	assert_success
	assert_output '{"kind":"indirect","text":"the count is slow","speaker":"Ann Ray","cue":"says"}'
}

@test "first lady keeps its first word" {
	run quotes_of 'The former first lady said the vote was close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote was close","speaker":"The former first lady","cue":"said"}'
	run quotes_of 'First lady Ann Ray said the garden was ready.'
	assert_success
	assert_output '{"kind":"indirect","text":"the garden was ready","speaker":"First lady Ann Ray","cue":"said"}'
}

@test "neither X nor Y is one speaker" {
	run quotes_of 'Neither Lane nor Ray said the plan was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was dead","speaker":"Neither Lane nor Ray","cue":"said"}'
}

# quotes-lexicon23

@test "deem and frame report an object with its description" {
	run quotes_of 'The board deemed the plan a failure.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan a failure","speaker":"The board","cue":"deemed"}'
	run quotes_of 'The mayor has deemed the vote “a farce.”'
	assert_success
	assert_output '{"kind":"partial","text":"a farce.","speaker":"The mayor","cue":"deemed"}'
	run quotes_of 'The senator framed the tax as a gift to the rich.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax as a gift to the rich","speaker":"The senator","cue":"framed"}'
}

@test "distancing, articulating, waving off and challenging report their object" {
	run quotes_of 'The mayor distanced himself from the old plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the old plan","speaker":"The mayor","cue":"distanced himself from"}'
	run quotes_of 'The singers distanced themselves from the band.'
	assert_success
	assert_output '{"kind":"indirect","text":"the band","speaker":"The singers","cue":"distanced themselves from"}'
	run quotes_of 'Smith articulated his plan for the port.'
	assert_success
	assert_output '{"kind":"indirect","text":"his plan for the port","speaker":"Smith","cue":"articulated"}'
	run quotes_of 'The council waved off the complaints.'
	assert_success
	assert_output '{"kind":"indirect","text":"the complaints","speaker":"The council","cue":"waved off"}'
	run quotes_of 'Smith challenged Jones to a debate.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones to a debate","speaker":"Smith","cue":"challenged"}'
}

@test "the nouns frame and challenge are no cues" {
	run quotes_of 'The picture frame broke.'
	assert_success
	assert_output ''
	run quotes_of 'The challenge was hard.'
	assert_success
	assert_output ''
}

# quotes-cueprune24

@test "challenging a person in an election reports nothing" {
	run quotes_of 'Jones, who is challenging Sen. Lee Park in Ohio, spoke briefly.'
	assert_success
	assert_output ''
	run quotes_of 'The mayor began to challenge her in the spring.'
	assert_success
	assert_output ''
	run quotes_of 'Nobody is able to challenge Smith and Jones.'
	assert_success
	assert_output ''
}

@test "challenging a person to do something, over a claim or a claim itself still reports" {
	run quotes_of 'The mayor challenged her over the budget cuts.'
	assert_success
	assert_output '{"kind":"indirect","text":"her over the budget cuts","speaker":"The mayor","cue":"challenged"}'
	run quotes_of 'The mayor challenged Smith’s figures.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith’s figures","speaker":"The mayor","cue":"challenged"}'
	run quotes_of 'The mayor challenged her claims.'
	assert_success
	assert_output '{"kind":"indirect","text":"her claims","speaker":"The mayor","cue":"challenged"}'
}

@test "an attack named after a place or a person is a noun, not a verb" {
	run quotes_of 'The Lisbon attack now ranks as the worst in years.'
	assert_success
	assert_output ''
	run quotes_of 'Many fear the Denver attacks compel voters to stay home.'
	assert_success
	assert_output '{"kind":"indirect","text":"the Denver attacks compel voters to stay home","speaker":"Many","cue":"fear"}'
	run quotes_of 'The mayor attacks Smith every week.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith every week","speaker":"The mayor","cue":"attacks"}'
}

@test "seeking an office is running for it, not a stance" {
	run quotes_of 'Jones, who is seeking reelection, spoke briefly.'
	assert_success
	assert_output ''
	run quotes_of 'The governor was not seeking a third term.'
	assert_success
	assert_output ''
	run quotes_of 'Two of the senators seeking the Democratic nomination met on Monday.'
	assert_success
	assert_output ''
	run quotes_of 'He is the man she is seeking to replace.'
	assert_success
	assert_output ''
	run quotes_of 'The city is seeking a delay of the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"a delay of the vote","speaker":"The city","cue":"seeking"}'
}

# quotes-speakerkind24

@test "a determiner and adjectives before a noun read as a verb are no speaker" {
	run quotes_of 'The mayor still has the final say on whether the road opens.'
	assert_success
	assert_output ''
	run quotes_of 'There is an old quip in politics that nothing is ever settled.'
	assert_success
	assert_output ''
	run quotes_of 'The locals say the road was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the road was closed","speaker":"The locals","cue":"say"}'
	run quotes_of 'A third say the road was closed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the road was closed","speaker":"A third","cue":"say"}'
}

@test "a time adjunct in ago between the subject and the verb is stepped over" {
	run quotes_of 'The agency less than two weeks ago said that the plan was dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was dead","speaker":"The agency","cue":"said"}'
	run quotes_of 'Smith a few days ago told reporters that he would run.'
	assert_success
	assert_output '{"kind":"indirect","text":"he would run","speaker":"Smith","cue":"told reporters"}'
}

@test "a verb or an adverb after an auxiliary is no subject: the subject is before the auxiliary" {
	run quotes_of 'But he did remember telling the mayor about his plans.'
	assert_success
	assert_output '{"kind":"indirect","text":"his plans","speaker":"he","cue":"telling the mayor about"}'
	run quotes_of 'Many voters would rather vote for her than for him.'
	assert_success
	assert_output '{"kind":"indirect","text":"her than for him","speaker":"Many voters","cue":"vote for"}'
	run quotes_of 'The unions will coalesce support around the plan.'
	assert_success
	assert_output ''
}

@test "a Title Case headline's noun in no -s after a singular mention is no verb of it" {
	run quotes_of 'Woman Steps Forward With Bombshell Claim: ‘The Mayor Lied To Us.’'
	assert_success
	assert_output '{"kind":"direct","text":"The Mayor Lied To Us.","speaker":"Woman","cue":null}'
	run quotes_of 'Jones Answers Smith’s Biggest Attack Yet With One Line.'
	assert_success
	assert_output ''
	run quotes_of 'New Polls Show Smith Ahead In The North.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith Ahead In The North","speaker":"New Polls","cue":"Show"}'
	run quotes_of 'Don’t Let The Papers And Smith Tell You He Won The Debate.'
	assert_success
	assert_output '{"kind":"indirect","text":"He Won The Debate","speaker":"Smith","cue":"Tell You"}'
}

# quotes-notquote24

@test "a quotation right after a language's name and for is a translation, not a quote" {
	run quotes_of 'The crowd shouted “Ciao!” - Italian for “goodbye.”'
	assert_success
	assert_output '{"kind":"partial","text":"Ciao!","speaker":"The crowd","cue":"shouted"}'
}

@test "a quotation right after a hashtag and a dash is its translation, not a quote" {
	run quotes_of 'The hashtag #OpenDoor - “open door” - spread fast on Sunday.'
	assert_success
	assert_output ''
}

@test "a Title Case quotation told in a reporting clause after a quotation is a show, not a quote" {
	run quotes_of '“We will win,” Smith told “Morning Talk,” adding that the vote was close.'
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"We will win,","speaker":"Smith","cue":"told"}
{"kind":"indirect","text":"the vote was close","speaker":"Smith","cue":"adding"}
OUT
}

@test "a Title Case title ending in an exclamation or a question after a work noun or titled is a name" {
	run quotes_of 'Jones acted in the movie “Rain Again: Oh No!” last year.'
	assert_success
	assert_output ''
	run quotes_of 'The ad, titled “Unifier?”, ends with a warning.'
	assert_success
	assert_output ''
}

@test "a Title Case quotation after perform or a pseudonym is a name, not a quote" {
	run quotes_of '“We sing for peace,” Ann Lee said before the band went on to perform “Rivers of Gold.”'
	assert_success
	assert_output '{"kind":"direct","text":"We sing for peace,","speaker":"Ann Lee","cue":"said"}'
	run quotes_of 'Smith wrote under the pseudonym “Tom River,” but he was found out.'
	assert_success
	assert_output ''
}

@test "in a Title Case headline a show before a role and a slogan before hats are names" {
	run quotes_of "$(printf '“We will win,” Ann Lee said.\n\n“Rain Town” Star Tells Fans To Vote Early.')"
	assert_success
	assert_output - <<'OUT'
{"kind":"direct","text":"We will win,","speaker":"Ann Lee","cue":"said"}
{"kind":"indirect","text":"To Vote Early","speaker":"Star","cue":"Tells Fans"}
OUT
	run quotes_of "$(printf '“We will win,” Ann Lee said.\n\nSmith and Jones Wear ‘Keep the Mill Open’ Hats at Rally.')"
	assert_success
	assert_output '{"kind":"direct","text":"We will win,","speaker":"Ann Lee","cue":"said"}'
}

# quotes-quotespeaker24

@test "a fragment in an object relative clause is said by that clause's subject" {
	run quotes_of 'Smith said the marchers, whom he described as “peaceful,” were sent home.'
	assert_success
	assert_output '{"kind":"indirect","text":"the marchers, whom he described as “peaceful,” were sent home","speaker":"Smith","cue":"said"}
{"kind":"partial","text":"peaceful,","speaker":"he","cue":"described"}'
	run quotes_of 'Lee took a swipe at Jones, who he dubbed “the little senator.”'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones","speaker":"Lee","cue":"swipe at"}
{"kind":"partial","text":"the little senator.","speaker":"he","cue":"dubbed"}'
}

@test "a relative clause closed by a comma before a fragment does not hold it" {
	run quotes_of 'Smith said the plan, which Jones opposed, was “a farce.”'
	assert_success
	assert_output '{"kind":"indirect","text":"which","speaker":"Jones","cue":"opposed"}
{"kind":"partial","text":"a farce.","speaker":"Smith","cue":"said"}'
}

@test "a quotation right after the source of in the words of is that source's" {
	run quotes_of 'Smith said that Jones was, in the words of a senior adviser, “the torchbearer” of his legacy.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones was, in the words of a senior adviser, “the torchbearer” of his legacy","speaker":"Smith","cue":"said"}
{"kind":"partial","text":"the torchbearer","speaker":"a senior adviser","cue":"in the words of"}'
}

@test "a quotation after a name's words set off by commas is that name's" {
	run quotes_of 'The summit was held in Ohio because, in Forbes’ words, “they are the best places on earth.”'
	assert_success
	assert_output '{"kind":"partial","text":"they are the best places on earth.","speaker":"Forbes","cue":null}'
	run quotes_of 'The summit was held in Ohio because, in Smith’s words, “they are the best places on earth.”'
	assert_success
	assert_output '{"kind":"partial","text":"they are the best places on earth.","speaker":"Smith","cue":null}'
	run quotes_of 'The mayor promised to fix the roads because, in her words, “he knows how to do it.”'
	assert_success
	assert_output '{"kind":"partial","text":"he knows how to do it.","speaker":"The mayor","cue":"promised"}'
}

@test "a fragment in an opening passive question is the question's, said by no one named" {
	run quotes_of 'Asked whether Smith “has the integrity to serve,” 75 percent of voters said yes.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether Smith “has the integrity to serve,” 75 percent of voters said yes","speaker":null,"cue":"Asked"}
{"kind":"partial","text":"has the integrity to serve,","speaker":null,"cue":"Asked"}'
	run quotes_of 'Asked whether he would run, Smith said he was “not ready.”'
	assert_success
	assert_output '{"kind":"indirect","text":"whether he would run","speaker":null,"cue":"Asked"}
{"kind":"partial","text":"not ready.","speaker":"Smith","cue":"said"}'
}

@test "a quotation closed by a comma ends an opening adjunct before the clause's subject" {
	run quotes_of 'With the help of “Flip the Script,” the actor held a fake audition and asked the men to act “whiter.”'
	assert_success
	assert_output '{"kind":"partial","text":"whiter.","speaker":"the actor","cue":"asked the men"}'
	run quotes_of 'With the help of “Flip the Script”, the actor held a fake audition and asked the men to act “whiter.”'
	assert_success
	assert_output '{"kind":"partial","text":"whiter.","speaker":"the actor","cue":"asked the men"}'
}

# quotes-speechrecall24

@test "a speech verb in an infinitive of purpose far from its subject is said by that subject" {
	run quotes_of 'The senator flew to a small town in the north of the state to praise the new plant.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new plant","speaker":"The senator","cue":"praise"}'
	run quotes_of 'The mayor went on a local radio show early on Monday to criticize the new budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new budget","speaker":"The mayor","cue":"criticize"}'
}

@test "after led, prompted or forced, the object says what the infinitive reports" {
	run quotes_of 'The timing of the debate led Republicans to say that Democrats were hiding her.'
	assert_success
	assert_output '{"kind":"indirect","text":"Democrats were hiding her","speaker":"Republicans","cue":"say"}'
	run quotes_of 'The clip prompted Anderson Cooper to accuse him of lying.'
	assert_success
	assert_output '{"kind":"indirect","text":"him of lying","speaker":"Anderson Cooper","cue":"accuse"}'
	run quotes_of 'His loss led her to declare that the race was over.'
	assert_success
	assert_output '{"kind":"indirect","text":"the race was over","speaker":"her","cue":"declare"}'
}

@test "a participle after a spaced dash is said by the clause's subject, as after a comma" {
	run quotes_of 'The mayor changed his mind – saying he now backs the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"he now backs the plan","speaker":"The mayor","cue":"saying"}'
	run quotes_of 'The mayor dismissed the charges — noting that the audit was late.'
	assert_success
	assert_output '{"kind":"indirect","text":"the charges","speaker":"The mayor","cue":"dismissed"}
{"kind":"indirect","text":"the audit was late","speaker":"The mayor","cue":"noting"}'
}

@test "a verb with no reporting clause after its content, opening a sentence after “...!”, reports what follows it" {
	run quotes_of 'The mayor said: “Friends, open the gates!” Residents still praise his refusal to accept the status quo.'
	assert_success
	assert_output '{"kind":"direct","text":"Friends, open the gates!","speaker":"The mayor","cue":"said"}
{"kind":"indirect","text":"his refusal to accept the status quo","speaker":"Residents","cue":"praise"}'
}

@test "a topic verb reports its topic over adverbs or an addressee before about or of" {
	run quotes_of 'The mayor spoke briefly about the new budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new budget","speaker":"The mayor","cue":"spoke briefly about"}'
	run quotes_of 'The mayor talked at length about the port.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port","speaker":"The mayor","cue":"talked at length about"}'
	run quotes_of 'The mayor spoke highly of her rival.'
	assert_success
	assert_output '{"kind":"indirect","text":"her rival","speaker":"The mayor","cue":"spoke highly of"}'
	run quotes_of 'The mayor spoke to local radio about the port.'
	assert_success
	assert_output '{"kind":"indirect","text":"the port","speaker":"The mayor","cue":"spoke to local radio about"}'
}

@test "no topic over a gap before on, nor over a noun phrase before of" {
	run quotes_of 'The mayor focused heavily on the port.'
	assert_success
	assert_output ''
	run quotes_of 'The mayor spoke to the club of donors.'
	assert_success
	assert_output ''
}

@test "a verb after a comma in a series of verbs shares the clause's subject" {
	run quotes_of 'The agency hid the files, admitted it lost the emails.'
	assert_success
	assert_output '{"kind":"indirect","text":"it lost the emails","speaker":"The agency","cue":"admitted"}'
	run quotes_of 'The mayor paused, then revealed why the plan had failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"why the plan had failed","speaker":"The mayor","cue":"revealed"}'
}

@test "teachers and speechwriters are speakers" {
	run quotes_of 'The plan is popular among parents, teachers and union officials told the paper.'
	assert_success
	assert_output '{"kind":"indirect","text":"The plan is popular among parents","speaker":"teachers and union officials","cue":"told the paper"}'
	run quotes_of 'Campaign speechwriter reveals he might vote for Smith.'
	assert_success
	assert_output '{"kind":"indirect","text":"he might vote for Smith","speaker":"Campaign speechwriter","cue":"reveals"}'
}

@test "an opening Last week or Next month is no content of the verb after it" {
	run quotes_of 'Last week, the union endorsed the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"the union","cue":"endorsed"}'
	run quotes_of 'Last year, the mayor proposed a new tax.'
	assert_success
	assert_output '{"kind":"indirect","text":"a new tax","speaker":"the mayor","cue":"proposed"}'
}

@test "a verb with no reporting clause after its content reports what follows it after an opening phrase and a comma" {
	run quotes_of 'Speaking in Salem, New Hampshire, the mayor went after his rival.'
	assert_success
	assert_output '{"kind":"indirect","text":"his rival","speaker":"the mayor","cue":"went after"}'
	run quotes_of 'Perhaps more than anyone, the senator has attacked the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"the senator","cue":"attacked"}'
}

# quotes-rejected25

@test "a person or body before of heads the speaker mention" {
	run quotes_of 'Organizers of both events insist they will raise the money.'
	assert_success
	assert_output '{"kind":"indirect","text":"they will raise the money","speaker":"Organizers of both events","cue":"insist"}'
	run quotes_of 'The leaders of both parties rejected the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"The leaders of both parties","cue":"rejected"}'
}

@test "a possessive after of is no person before of heading the mention" {
	run quotes_of 'The secretary of state’s approach endorsed the deal.'
	assert_success
	assert_output ''
}

@test "employers, pilots, objectors, associates and a chancellery are speakers" {
	run quotes_of 'The employer asked for proof of income.'
	assert_success
	assert_output '{"kind":"indirect","text":"proof of income","speaker":"The employer","cue":"asked for"}'
	run quotes_of 'Two objectors challenged the bid.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bid","speaker":"Two objectors","cue":"challenged"}'
	run quotes_of 'Several associates insist he will return.'
	assert_success
	assert_output '{"kind":"indirect","text":"he will return","speaker":"Several associates","cue":"insist"}'
	run quotes_of 'The chancellery rejected the proposal.'
	assert_success
	assert_output '{"kind":"indirect","text":"the proposal","speaker":"The chancellery","cue":"rejected"}'
}

@test "a headline's subject before to and a cue is its speaker" {
	run quotes_of 'Steelworkers Union to endorse the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Steelworkers Union","cue":"endorse"}'
	run quotes_of 'Smith to call for a recount in Ohio.'
	assert_success
	assert_output '{"kind":"indirect","text":"a recount in Ohio","speaker":"Smith","cue":"call for"}'
}

@test "an infinitive's controller is found over a relative clause set off by commas" {
	run quotes_of 'The union, which has backed the mayor, used the rally to urge members to vote.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"to vote","speaker":"The union","cue":"urge members"}'
	run quotes_of 'The senator, who leads the panel, took the floor to demand a vote.'
	assert_success
	assert_line '{"kind":"indirect","text":"a vote","speaker":"The senator","cue":"demand"}'
}

@test "an infinitive after a comma takes the subject of its clause" {
	run quotes_of 'The mayor spoke up, breaking with her party, to argue that the tax was unfair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax was unfair","speaker":"The mayor","cue":"argue"}'
}

@test "a first lady is a speaker" {
	run quotes_of 'The former first lady rejected the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"The former first lady","cue":"rejected"}'
}

# quotes-lost25

@test "a dateline before the subject is no content of the verb after it" {
	run quotes_of 'BOSTON (AP) — A local paper said the mayor sent the letter in May.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor sent the letter in May","speaker":"A local paper","cue":"said"}'
}

@test "an opening subordinate clause with adjuncts set off by commas is no content of the verb after it" {
	run quotes_of 'When she reached the hall after the vote, in front of her staff, she said the key to the win was luck.'
	assert_success
	assert_output '{"kind":"indirect","text":"the key to the win was luck","speaker":"she","cue":"said"}'
}

@test "declared the winner in the passive is a result announced by no one named" {
	run quotes_of 'Late that night, Jones was declared the winner in Ohio.'
	assert_success
	assert_output '{"kind":"indirect","text":"the winner in Ohio","speaker":null,"cue":"declared"}'
}

@test "an opening participle or prepositional phrase with commas in it is no content of the verb after it" {
	run quotes_of 'Rattling off plans to cut taxes, build roads and fix schools, the mayor claimed the budget sent a message.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget sent a message","speaker":"the mayor","cue":"claimed"}'
	run quotes_of 'With his staff looking on after the vote, in the hall, the mayor claimed the budget sent a message.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget sent a message","speaker":"the mayor","cue":"claimed"}'
}

@test "a content ends before an aside set off by a comma whose own cue governs a quotation" {
	run quotes_of 'The mayor said the plan would fail, leaving debts that critics have called "a mess."'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan would fail","speaker":"The mayor","cue":"said"}
{"kind":"partial","text":"a mess.","speaker":"critics","cue":"called"}'
	run quotes_of 'The mayor praised the new budget, in which the council promised money for "our oldest streets."'
	assert_success
	assert_output '{"kind":"indirect","text":"the new budget","speaker":"The mayor","cue":"praised"}
{"kind":"partial","text":"our oldest streets.","speaker":"the council","cue":"promised"}'
}

@test "a content ends before a subordinate clause whose own cue governs a quotation" {
	run quotes_of 'The mayor said the town would recover after the storm left what the council called "a terrible mess."'
	assert_success
	assert_output '{"kind":"indirect","text":"the town would recover","speaker":"The mayor","cue":"said"}
{"kind":"partial","text":"a terrible mess.","speaker":"the council","cue":"called"}'
}

@test "a fragment in a subordinate clause of the reported clause keeps the one partial record" {
	run quotes_of 'The mayor said she would resign because the vote was "a disgrace."'
	assert_success
	assert_output '{"kind":"partial","text":"a disgrace.","speaker":"The mayor","cue":"said"}'
}

@test "a content ends before a with-clause whose own cue governs a quotation" {
	run quotes_of 'The campaign denied the story, with its manager taking to the radio to call the reporter "a liar."'
	assert_success
	assert_output '{"kind":"indirect","text":"the story","speaker":"The campaign","cue":"denied"}
{"kind":"partial","text":"a liar.","speaker":"its manager","cue":"call"}'
}

@test "a report in an opening subordinate clause ends before a main clause that opens with an adjunct" {
	run quotes_of 'Although last year she said the plan was a mistake, at the meeting this week she said it was "a fine idea."'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan was a mistake","speaker":"she","cue":"said"}
{"kind":"partial","text":"a fine idea.","speaker":"she","cue":"said"}'
}

@test "a participle after a time phrase and a preposition opening the sentence is said by the main clause's subject" {
	run quotes_of 'Two days after announcing his run for mayor, Mr. Jones has been a frequent guest on the radio.'
	assert_success
	assert_output '{"kind":"indirect","text":"his run for mayor","speaker":"Mr. Jones","cue":"announcing"}'
	run quotes_of 'Instead of praising the plan, the mayor said it would fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"the mayor","cue":"praising"}
{"kind":"indirect","text":"it would fail","speaker":"the mayor","cue":"said"}'
}

# quotes-lexicon25

@test "recognize, calculate, hypothesize and adamant report a clause" {
	run quotes_of 'The mayor recognized that the budget had failed.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget had failed","speaker":"The mayor","cue":"recognized"}'
	run quotes_of 'The treasurer calculates that the town will lose two million dollars.'
	assert_success
	assert_output '{"kind":"indirect","text":"the town will lose two million dollars","speaker":"The treasurer","cue":"calculates"}'
	run quotes_of 'The professor hypothesized that the drought caused the famine.'
	assert_success
	assert_output '{"kind":"indirect","text":"the drought caused the famine","speaker":"The professor","cue":"hypothesized"}'
	run quotes_of 'The coach was adamant that the team would win.'
	assert_success
	assert_output '{"kind":"indirect","text":"the team would win","speaker":"The coach","cue":"adamant"}'
}

@test "recognize and calculate with a plain object report nothing" {
	run quotes_of 'The fans recognized the singer at the airport.'
	assert_success
	assert_output ''
	run quotes_of 'The engineers calculated the load of the bridge.'
	assert_success
	assert_output ''
}

@test "verbs of praise and attack report their object" {
	run quotes_of 'The governor extolled the virtues of small farms.'
	assert_success
	assert_output '{"kind":"indirect","text":"the virtues of small farms","speaker":"The governor","cue":"extolled"}'
	run quotes_of 'The mayor reprimanded the police chief.'
	assert_success
	assert_output '{"kind":"indirect","text":"the police chief","speaker":"The mayor","cue":"reprimanded"}'
	run quotes_of 'The senator demonized the unions.'
	assert_success
	assert_output '{"kind":"indirect","text":"the unions","speaker":"The senator","cue":"demonized"}'
	run quotes_of 'The governor smeared his opponent.'
	assert_success
	assert_output '{"kind":"indirect","text":"his opponent","speaker":"The governor","cue":"smeared"}'
	run quotes_of 'The senator inveighed against the tax.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax","speaker":"The senator","cue":"inveighed against"}'
	run quotes_of 'The judge singled out the lawyers for criticism.'
	assert_success
	assert_output '{"kind":"indirect","text":"the lawyers for criticism","speaker":"The judge","cue":"singled out"}'
	run quotes_of 'The senator had harsh words for the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"The senator","cue":"harsh words for"}'
}

@test "repudiate, recant, parrot and supportive of report their object" {
	run quotes_of 'The council repudiated the report.'
	assert_success
	assert_output '{"kind":"indirect","text":"the report","speaker":"The council","cue":"repudiated"}'
	run quotes_of 'The witness recanted her testimony.'
	assert_success
	assert_output '{"kind":"indirect","text":"her testimony","speaker":"The witness","cue":"recanted"}'
	run quotes_of 'The candidate parroted the talking points of his party.'
	assert_success
	assert_output '{"kind":"indirect","text":"the talking points of his party","speaker":"The candidate","cue":"parroted"}'
	run quotes_of 'The union is supportive of the new contract.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new contract","speaker":"The union","cue":"supportive of"}'
}

@test "spar over, dwell on, reminisce about and hold forth on report a topic" {
	run quotes_of 'The two candidates sparred over the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"The two candidates","cue":"sparred over"}'
	run quotes_of 'The mayor dwelled on the failures of his rival.'
	assert_success
	assert_output '{"kind":"indirect","text":"the failures of his rival","speaker":"The mayor","cue":"dwelled on"}'
	run quotes_of 'The veteran reminisced about the war.'
	assert_success
	assert_output '{"kind":"indirect","text":"the war","speaker":"The veteran","cue":"reminisced about"}'
	run quotes_of 'The president held forth on foreign policy.'
	assert_success
	assert_output '{"kind":"indirect","text":"foreign policy","speaker":"The president","cue":"held forth on"}'
}

@test "insult, backpedal on, lie about and keep mum about report their object" {
	run quotes_of 'The governor insulted the teachers.'
	assert_success
	assert_output '{"kind":"indirect","text":"the teachers","speaker":"The governor","cue":"insulted"}'
	run quotes_of 'The senator backpedaled on his promise to cut taxes.'
	assert_success
	assert_output '{"kind":"indirect","text":"his promise to cut taxes","speaker":"The senator","cue":"backpedaled on"}'
	run quotes_of 'The mayor lied about the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"The mayor","cue":"lied about"}'
	run quotes_of 'The company kept mum about the layoffs.'
	assert_success
	assert_output '{"kind":"indirect","text":"the layoffs","speaker":"The company","cue":"kept mum about"}'
}

@test "a tone toward or declarations of report what they are about" {
	run quotes_of 'The senator softened his tone toward the unions.'
	assert_success
	assert_output '{"kind":"indirect","text":"the unions","speaker":"The senator","cue":"tone toward"}'
	run quotes_of 'His declarations of victory came too early.'
	assert_success
	assert_output '{"kind":"indirect","text":"victory","speaker":"His","cue":"declarations of"}'
}

@test "cast X as Y describes X and made no mention of reports its object" {
	run quotes_of 'The senator cast her rival as a friend of the banks.'
	assert_success
	assert_output '{"kind":"indirect","text":"her rival as a friend of the banks","speaker":"The senator","cue":"cast"}'
	run quotes_of 'The voters cast their ballots early.'
	assert_success
	assert_output ''
	run quotes_of 'The mayor made no mention of the strike.'
	assert_success
	assert_output '{"kind":"indirect","text":"the strike","speaker":"The mayor","cue":"made no mention of"}'
}

@test "a gerund recognizing stays the object of ruled out" {
	run quotes_of 'The minister ruled out recognizing the region as part of the country.'
	assert_success
	assert_output '{"kind":"indirect","text":"recognizing the region as part of the country","speaker":"The minister","cue":"ruled out"}'
}

@test "make the case for, make fun of and tweet out report their object" {
	run quotes_of 'The mayor made the case for a new stadium.'
	assert_success
	assert_output '{"kind":"indirect","text":"a new stadium","speaker":"The mayor","cue":"made the case for"}'
	run quotes_of 'The comedian made fun of the governor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the governor","speaker":"The comedian","cue":"made fun of"}'
	run quotes_of 'The senator tweeted out a photo of the crowd.'
	assert_success
	assert_output '{"kind":"indirect","text":"a photo of the crowd","speaker":"The senator","cue":"tweeted out"}'
}

# quotes-topicnone25

@test "a bare clause whose verb is an irregular past is what a verb of argument reports" {
	run quotes_of 'The mayor argued the new law made the roads too slow.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new law made the roads too slow","speaker":"The mayor","cue":"argued"}'
	run quotes_of 'The nurse noted the storm left two towns without power.'
	assert_success
	assert_output '{"kind":"indirect","text":"the storm left two towns without power","speaker":"The nurse","cue":"noted"}'
}

@test "a to-infinitive negated by not or never is what a verb of intention or request reports" {
	run quotes_of 'The mayor threatened not to sign the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"not to sign the budget","speaker":"The mayor","cue":"threatened"}'
	run quotes_of 'The police urged drivers never to leave the road.'
	assert_success
	assert_output '{"kind":"indirect","text":"never to leave the road","speaker":"The police","cue":"urged drivers"}'
}

@test "call upon reports after its addressee, explain and demand a bare clause" {
	run quotes_of 'The mayor called upon the council to delay the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"to delay the vote","speaker":"The mayor","cue":"called upon the council"}'
	run quotes_of 'The mayor spoke, explaining he had no choice.'
	assert_success
	assert_output '{"kind":"indirect","text":"he had no choice","speaker":"The mayor","cue":"explaining"}'
	run quotes_of 'The union demanded they pay its workers.'
	assert_success
	assert_output '{"kind":"indirect","text":"they pay its workers","speaker":"The union","cue":"demanded"}'
}

@test "a verb whose subject must be a speaker reports the clause after an adjunct and a comma" {
	run quotes_of 'The mayor argued in a speech on Monday, the tax would fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax would fail","speaker":"The mayor","cue":"argued"}'
	run quotes_of 'She explained after losing the vote in May, she would run again.'
	assert_success
	assert_output '{"kind":"indirect","text":"she would run again","speaker":"She","cue":"explained"}'
}

@test "a day with a possessive after the cue opens the clause it reports" {
	run quotes_of "The mayor said Friday's vote will decide the race."
	assert_success
	assert_output '{"kind":"indirect","text":"Friday'"'"'s vote will decide the race","speaker":"The mayor","cue":"said"}'
}

# quotes-nullspeaker26

@test "a participle after a clause opened by an adjunct with no comma takes that clause's subject" {
	run quotes_of 'In May he used stronger words, saying the group "must be stopped."'
	assert_success
	assert_output '{"kind":"partial","text":"must be stopped.","speaker":"he","cue":"saying"}'
	run quotes_of 'At a news conference she raised her voice, saying the plan would fail.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan would fail","speaker":"she","cue":"saying"}'
}

@test "a fragment a named speaker is reported to have called something is theirs, not the speakerless report's" {
	run quotes_of 'The mayor is said to have called the council “fair-weather friends” who never help.'
	assert_success
	assert_output '{"kind":"partial","text":"fair-weather friends","speaker":"The mayor","cue":"called"}'
	run quotes_of 'It was reported that the mayor called the council “fair-weather friends.”'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor called the council “fair-weather friends.”","speaker":null,"cue":"reported"}
{"kind":"partial","text":"fair-weather friends.","speaker":"the mayor","cue":"called"}'
}

@test "a fragment in an opening participle is said by the subject after 'though' or right after the marks" {
	run quotes_of 'Granting that Jones “talks too much,” though, Smith did argue that the plan works.'
	assert_success
	assert_output '{"kind":"partial","text":"talks too much,","speaker":"Smith","cue":null}
{"kind":"indirect","text":"the plan works","speaker":"Smith","cue":"argue"}'
	run quotes_of 'Conceding a deal would come “down the road” she warned that it would take years.'
	assert_success
	assert_output '{"kind":"partial","text":"down the road","speaker":"she","cue":null}
{"kind":"indirect","text":"it would take years","speaker":"she","cue":"warned"}'
}

# quotes-topicnone26

@test "an addressee ending in an abbreviation, a label in parentheses or an aside between dashes" {
	run quotes_of 'The senator called on the U.S. to close the base.'
	assert_success
	assert_output '{"kind":"indirect","text":"to close the base","speaker":"The senator","cue":"called on the U.S."}'
	run quotes_of 'The senator called on Gov. Ann Ruiz (R) to resign.'
	assert_success
	assert_output '{"kind":"indirect","text":"to resign","speaker":"The senator","cue":"called on Gov. Ann Ruiz (R)"}'
	run quotes_of 'The judge asked the lawyer in D.C. whether the clerk had lied.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the clerk had lied","speaker":"The judge","cue":"asked the lawyer"}'
	run quotes_of 'We asked the three teams - Ajax, Lazio and Porto - why they left.'
	assert_success
	assert_output '{"kind":"indirect","text":"why they left","speaker":"We","cue":"asked the three teams"}'
}

@test "an adverb of degree before every or each opens the bare clause a cue reports" {
	run quotes_of 'The coach said nearly every player he asked wants a new field.'
	assert_success
	assert_output '{"kind":"indirect","text":"nearly every player he asked wants a new field","speaker":"The coach","cue":"said"}'
	run quotes_of 'The coach said almost each parent agreed.'
	assert_success
	assert_output '{"kind":"indirect","text":"almost each parent agreed","speaker":"The coach","cue":"said"}'
	run quotes_of 'The coach said nearly every day.'
	assert_success
	assert_output ''
}

@test "a singular speaker noun after to is the verb of the to-infinitive a cue reports" {
	run quotes_of 'The senator vowed to soldier on.'
	assert_success
	assert_output '{"kind":"indirect","text":"to soldier on","speaker":"The senator","cue":"vowed"}'
	run quotes_of 'The mayor promised on Monday to campaign in every town.'
	assert_success
	assert_output '{"kind":"indirect","text":"to campaign in every town","speaker":"The mayor","cue":"promised"}'
	run quotes_of 'The mayor promised to staff that the plan would pass.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan would pass","speaker":"The mayor","cue":"promised"}'
}

@test "a verb in -s after a singular noun ends the subject of the bare clause a cue reports" {
	run quotes_of 'The mayor argues the system gives too much power to landlords.'
	assert_success
	assert_output '{"kind":"indirect","text":"the system gives too much power to landlords","speaker":"The mayor","cue":"argues"}'
	run quotes_of 'The mayor argues the rule favors landlords.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rule favors landlords","speaker":"The mayor","cue":"argues"}'
}

@test "as X noted after a comma and a conjunction reports the clause after its comma" {
	run quotes_of 'Rents are high, and as the mayor noted, the city has few empty flats.'
	assert_success
	assert_output '{"kind":"indirect","text":"the city has few empty flats","speaker":"the mayor","cue":"noted"}'
}

@test "at least before a number or a quantity opens the clause a cue reports" {
	run quotes_of 'The radio reported at least six boats sank in the storm.'
	assert_success
	assert_output '{"kind":"indirect","text":"at least six boats sank in the storm","speaker":"The radio","cue":"reported"}'
	run quotes_of 'The mayor said at least half of them left.'
	assert_success
	assert_output '{"kind":"indirect","text":"at least half of them left","speaker":"The mayor","cue":"said"}'
}

@test "a preposition after the object that makes a cue phrase with the verb: warned X against" {
	run quotes_of 'The envoy warned Spain against hasty moves at sea.'
	assert_success
	assert_output '{"kind":"indirect","text":"hasty moves at sea","speaker":"The envoy","cue":"warned Spain against"}'
	run quotes_of 'The mayor asked the league for a quick ruling.'
	assert_success
	assert_output '{"kind":"indirect","text":"a quick ruling","speaker":"The mayor","cue":"asked the league for"}'
	run quotes_of 'The critic accused the mayor of lying.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor of lying","speaker":"The critic","cue":"accused"}'
}

@test "an adverb in -ly inside a two-word entry that takes a noun phrase: complained bitterly about" {
	run quotes_of 'The mayor complained bitterly about the new toll.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new toll","speaker":"The mayor","cue":"complained bitterly about"}'
	run quotes_of 'The mayor pressed privately for a delay.'
	assert_success
	assert_output '{"kind":"indirect","text":"a delay","speaker":"The mayor","cue":"pressed privately for"}'
}

# quotes-wrongspeaker26

@test "a participle after a clause coordinated by and or but is said by that clause's subject" {
	run quotes_of 'Farmers say the rules are unfair, and the state union has already sued the county, saying they break the law.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rules are unfair","speaker":"Farmers","cue":"say"}
{"kind":"indirect","text":"they break the law","speaker":"the state union","cue":"saying"}'
	run quotes_of 'The police arrested the driver and Mayor Green fired the chief, admitting that trust had been lost.'
	assert_success
	assert_output '{"kind":"indirect","text":"trust had been lost","speaker":"Mayor Green","cue":"admitting"}'
	run quotes_of 'Smith moved on to taxes, but Jones brought him back to the scandal, asking whether he had lied.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether he had lied","speaker":"Jones","cue":"asking"}'
}

@test "a subject coordinated by and keeps the participle after its clause" {
	run quotes_of 'Mr. Hill said that the council and its allies are wrong, pointing to the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council and its allies are wrong","speaker":"Mr. Hill","cue":"said"}
{"kind":"indirect","text":"the budget","speaker":"Mr. Hill","cue":"pointing to"}'
	run quotes_of 'Mr. Hill said the unions, farm groups and the city have won, pointing to the ruling.'
	assert_success
	assert_output '{"kind":"indirect","text":"the unions, farm groups and the city have won","speaker":"Mr. Hill","cue":"said"}
{"kind":"indirect","text":"the ruling","speaker":"Mr. Hill","cue":"pointing to"}'
}

@test "an object that makes someone act reaches over a name in apposition before the infinitive" {
	run quotes_of 'The scandal has forced his rival, Senator Jo Smith, to criticize the deal.'
	assert_success
	assert_output '{"kind":"indirect","text":"the deal","speaker":"his rival, Senator Jo Smith","cue":"criticize"}'
}

@test "a participle after a document and a phrase with to in an adjunct is said by the writer" {
	run quotes_of 'Mr. Hale wrote in a letter to Reuters explaining why he had resigned.'
	assert_success
	assert_output '{"kind":"indirect","text":"why he had resigned","speaker":"Mr. Hale","cue":"explaining"}'
	run quotes_of 'Mr. Hale wrote in his memo to employees explaining that the deal was done.'
	assert_success
	assert_output '{"kind":"indirect","text":"the deal was done","speaker":"Mr. Hale","cue":"explaining"}'
}

@test "a verb after not is no subject for a participle to share" {
	run quotes_of 'Mr. Hale did not release further details, saying only that they took place.'
	assert_success
	assert_output '{"kind":"indirect","text":"they took place","speaker":"Mr. Hale","cue":"saying"}'
}

@test "a stance verb after and and an adjunct naming a document shares the subject of the clause" {
	run quotes_of 'Ms. Ray is backing Smith and in a statement praised him for his work.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"Ms. Ray","cue":"backing"}
{"kind":"indirect","text":"him for his work","speaker":"Ms. Ray","cue":"praised"}'
}

@test "a word in -ing after most or very is an adjective, no cue" {
	run quotes_of 'The most telling promise she has made is that she will run.'
	assert_success
	assert_output ''
	run quotes_of 'It was one of his most promising paths to victory.'
	assert_success
	assert_output ''
}

@test "a participle after a channel or a thing after on is said by the subject of the verb before on" {
	run quotes_of 'Mr. Lee was on CNN talking about what he does next.'
	assert_success
	assert_output '{"kind":"indirect","text":"what he does next","speaker":"Mr. Lee","cue":"talking about"}'
	run quotes_of 'Mr. Lee was heard on a microphone telling Mr. Hall to go home.'
	assert_success
	assert_output '{"kind":"indirect","text":"to go home","speaker":"Mr. Lee","cue":"telling Mr. Hall"}'
	run quotes_of 'Mr. Lee appeared on Fox News saying that he would win.'
	assert_success
	assert_output '{"kind":"indirect","text":"he would win","speaker":"Mr. Lee","cue":"saying"}'
}

@test "a participle after a clause opened by before and set off by commas shares the main subject" {
	run quotes_of 'Mr. Lee was in Ohio on Tuesday, two months before the state votes, stressing the state'"'"'s role.'
	assert_success
	assert_output '{"kind":"indirect","text":"the state'"'"'s role","speaker":"Mr. Lee","cue":"stressing"}'
}

# quotes-rejected26

@test "a restrictive who after a person or body noun is the speaker of a speech cue" {
	run quotes_of 'World leaders who have slammed the mayor as a bully met on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor as a bully","speaker":"World leaders who","cue":"slammed"}'
}

@test "a restrictive who is no speaker of a belief nor of a quotation after the clause" {
	run quotes_of 'Voters who want lower taxes stayed home.'
	assert_success
	assert_output ''
	run quotes_of 'She spoke to a candidate who promised lower taxes: “We will cut them all.”'
	assert_success
	assert_output '{"kind":"direct","text":"We will cut them all.","speaker":"She","cue":"spoke"}'
}

@test "the verb after a relative clause keeps the antecedent over a noun after a preposition in it" {
	run quotes_of 'Lawyers who have advocated a ban on foreign donors argued that it would fail.'
	assert_success
	assert_line '{"kind":"indirect","text":"it would fail","speaker":"Lawyers","cue":"argued"}'
}

@test "those who is a mention in lower case too" {
	run quotes_of 'But those who back the mayor say the vote was fair.'
	assert_success
	assert_line '{"kind":"indirect","text":"the vote was fair","speaker":"those","cue":"say"}'
	run quotes_of 'Among those who criticized the plan were two judges.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"those who","cue":"criticized"}'
}

@test "a record cue takes a record before that as its speaker" {
	run quotes_of 'The mayor cited polls that show him leading the race.'
	assert_success
	assert_line '{"kind":"indirect","text":"him leading the race","speaker":"polls that","cue":"show"}'
}

@test "an infinitive's controller is read over a title's dot, an apposition and a superlative" {
	run quotes_of 'The results will force Sen. Jane Hill to acknowledge a hard reality.'
	assert_success
	assert_output '{"kind":"indirect","text":"a hard reality","speaker":"Sen. Jane Hill","cue":"acknowledge"}'
	run quotes_of 'Jane Hill, a longtime ally of the mayor, walked into City Hall to declare her candidacy.'
	assert_success
	assert_line '{"kind":"indirect","text":"her candidacy","speaker":"Jane Hill","cue":"declare"}'
	run quotes_of 'Hill was the first member of the council to endorse the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Hill","cue":"endorse"}'
	run quotes_of 'Hill is one of the first judges to confirm the ruling.'
	assert_success
	assert_output '{"kind":"indirect","text":"the ruling","speaker":"Hill","cue":"confirm"}'
}

@test "a superlative used as a noun before a preposition gives no infinitive its subject" {
	run quotes_of 'The plan is the latest in a line of efforts to praise the mayor.'
	assert_success
	assert_output ''
}

@test "an infinitive after a participle and its object has the participle's speaker" {
	run quotes_of 'Continuing to explain his view, Carson rejected the notion that it was over.'
	assert_success
	assert_line '{"kind":"indirect","text":"his view","speaker":"Carson","cue":"explain"}'
	run quotes_of 'The mayor spoke for an hour, taking care to praise the council.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council","speaker":"The mayor","cue":"praise"}'
	run quotes_of 'The vote gave the party control, giving them leverage to insist on a new judge.'
	assert_success
	assert_output ''
}

# quotes-nounowner26

@test "a noun cue with a from-agent reports a that-clause opened by a name" {
	run quotes_of 'The plan ran into warnings from the council that Brighton would lose its trains.'
	assert_success
	assert_output '{"kind":"indirect","text":"Brighton would lose its trains","speaker":"the council","cue":"warnings"}'
}

@test "a from-agent of a noun cue may have an apposition set off by commas" {
	run quotes_of 'The surprise was a claim from his lawyer, Tom Reed, that the deal was void.'
	assert_success
	assert_output '{"kind":"indirect","text":"the deal was void","speaker":"his lawyer, Tom Reed","cue":"claim"}'
	run quotes_of 'She resisted demands from her rivals, Sen. Ann Cole and Gov. Tim Lee, to raise the tax.'
	assert_success
	assert_output '{"kind":"indirect","text":"to raise the tax","speaker":"her rivals, Sen. Ann Cole and Gov. Tim Lee","cue":"demands"}'
}

@test "a noun received from a source reports the that-clause or about-phrase after the source" {
	run quotes_of 'The mayor faced criticism from farmers that the road was too narrow.'
	assert_success
	assert_output '{"kind":"indirect","text":"the road was too narrow","speaker":"farmers","cue":"criticism"}'
	run quotes_of 'The mayor faced criticism from farmers about the new road.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new road","speaker":"farmers","cue":"criticism"}'
}

@test "a noun cue with a from-agent reports what it is about" {
	run quotes_of 'The vote came amid warnings from doctors about the flu.'
	assert_success
	assert_output '{"kind":"indirect","text":"the flu","speaker":"doctors","cue":"warnings"}'
}

@test "a plural possessor with a bare apostrophe is the speaker of a noun cue" {
	run quotes_of 'Critics’ warnings that the dam would fail were ignored.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam would fail","speaker":"Critics","cue":"warnings"}'
}

@test "a noun cue whose possessor opens what another cue reports is part of that report" {
	run quotes_of "The mayor dismissed Smith's accusations that the vote was rigged."
	assert_success
	assert_output '{"kind":"indirect","text":"Smith'"'"'s accusations that the vote was rigged","speaker":"The mayor","cue":"dismissed"}'
}

@test "advice from someone reports the that-clause after it" {
	run quotes_of 'He went ahead despite advice from his aides that the trip was too risky.'
	assert_success
	assert_output '{"kind":"indirect","text":"the trip was too risky","speaker":"his aides","cue":"advice"}'
}

@test "a noun received after a relative pronoun reports the pronoun" {
	run quotes_of 'The mayor, who had the backing of the unions, lost the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"who","speaker":"the unions","cue":"backing of"}'
}

@test "a noun of what a report is about takes a speaker after by right after its object" {
	run quotes_of 'The criticism of the plan by the mayor surprised nobody.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"the mayor","cue":"criticism of"}'
	run quotes_of 'The rally was a show of support for the senator from Ohio.'
	assert_success
	assert_output ''
}

@test "a noun received for something from a source reports what it is for" {
	run quotes_of 'The mayor faced criticism for the delay from farmers.'
	assert_success
	assert_output '{"kind":"indirect","text":"the delay","speaker":"farmers","cue":"criticism"}'
}

@test "a participle between a possessor and its noun cue is a modifier" {
	run quotes_of "Smith's repeated claims that the bridge was safe were false."
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge was safe","speaker":"Smith","cue":"claims"}'
}

@test "boos and anger drawn from someone report what they are drawn by" {
	run quotes_of 'The mayor drew boos from the crowd.'
	assert_success
	assert_output '{"kind":"indirect","text":"The mayor","speaker":"the crowd","cue":"boos"}'
	run quotes_of 'The plan sparked anger from farmers.'
	assert_success
	assert_output '{"kind":"indirect","text":"The plan","speaker":"farmers","cue":"anger"}'
}

# quotes-lexicon27

@test "belittle, castigate, skewer, jab at, heckle, needle, rip into, rail at and talk up report their object" {
	run quotes_of 'The mayor belittled the protesters.'
	assert_success
	assert_output '{"kind":"indirect","text":"the protesters","speaker":"The mayor","cue":"belittled"}'
	run quotes_of 'The bishop castigated the government for its silence.'
	assert_success
	assert_output '{"kind":"indirect","text":"the government for its silence","speaker":"The bishop","cue":"castigated"}'
	run quotes_of 'The columnist skewered the governor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the governor","speaker":"The columnist","cue":"skewered"}'
	run quotes_of 'The senator jabbed at his rival over the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"his rival over the budget","speaker":"The senator","cue":"jabbed at"}'
	run quotes_of 'A student heckled the minister.'
	assert_success
	assert_output '{"kind":"indirect","text":"the minister","speaker":"A student","cue":"heckled"}'
	run quotes_of 'The mayor needled his opponents.'
	assert_success
	assert_output '{"kind":"indirect","text":"his opponents","speaker":"The mayor","cue":"needled"}'
	run quotes_of 'The candidate ripped into the party leaders.'
	assert_success
	assert_output '{"kind":"indirect","text":"the party leaders","speaker":"The candidate","cue":"ripped into"}'
	run quotes_of 'The senator railed at the banks.'
	assert_success
	assert_output '{"kind":"indirect","text":"the banks","speaker":"The senator","cue":"railed at"}'
	run quotes_of 'The governor talked up the new bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new bridge","speaker":"The governor","cue":"talked up"}'
}

@test "open up about and opine on report a topic, surmise a clause" {
	run quotes_of 'The actress opened up about her childhood in Ohio.'
	assert_success
	assert_output '{"kind":"indirect","text":"her childhood in Ohio","speaker":"The actress","cue":"opened up about"}'
	run quotes_of 'The judge opined on the case.'
	assert_success
	assert_output '{"kind":"indirect","text":"the case","speaker":"The judge","cue":"opined on"}'
	run quotes_of 'The professor surmised that the fire had started in the kitchen.'
	assert_success
	assert_output '{"kind":"indirect","text":"the fire had started in the kitchen","speaker":"The professor","cue":"surmised"}'
}

@test "also addressed reports a topic, addressed alone does not" {
	run quotes_of 'The senator also addressed the cost of the war.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cost of the war","speaker":"The senator","cue":"also addressed"}'
	run quotes_of 'The senator addressed the convention on Monday.'
	assert_success
	assert_output ''
}

@test "cast doubt on reports its object; cast as stays a description" {
	run quotes_of 'The economist cast doubt on the official figures.'
	assert_success
	assert_output '{"kind":"indirect","text":"the official figures","speaker":"The economist","cue":"cast doubt on"}'
	run quotes_of 'The senator cast himself as an outsider.'
	assert_success
	assert_output '{"kind":"indirect","text":"himself as an outsider","speaker":"The senator","cue":"cast"}'
}

# quotes-extra27

@test "support among a group or overall is a measure of backing, no stance" {
	run quotes_of 'Jones has strong support among young voters.'
	assert_success
	assert_output ''
	run quotes_of 'Smith has twice as much support overall.'
	assert_success
	assert_output ''
	run quotes_of 'Jones won support from the union.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones","speaker":"the union","cue":"support"}'
}

@test "seeking the White House is running for office, no stance" {
	run quotes_of 'As Smith seeks the White House, his business faces questions.'
	assert_success
	assert_output ''
	run quotes_of 'Smith is seeking a meeting at the White House.'
	assert_success
	assert_output '{"kind":"indirect","text":"a meeting at the White House","speaker":"Smith","cue":"seeking"}'
}

@test "offering goods, money or protections is no statement" {
	run quotes_of 'The state offers no protections to renters.'
	assert_success
	assert_output ''
	run quotes_of 'Smith is offering $5 million to the city.'
	assert_success
	assert_output ''
	run quotes_of 'Smith offered his condolences to the family.'
	assert_success
	assert_output '{"kind":"indirect","text":"his condolences to the family","speaker":"Smith","cue":"offered"}'
}

# quotes-polls27

@test "a poll dated after its name is the source of what it shows" {
	run quotes_of 'In a Register poll last month, Smith had a ten-point lead.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith had a ten-point lead","speaker":"a Register poll","cue":"In"}'
	run quotes_of 'Smith leads Jones 40-30 in a Marist poll Jan. 17-23.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith leads Jones 40-30","speaker":"a Marist poll","cue":"in"}'
}

@test "an average of polls is the source of what it shows" {
	run quotes_of 'Jones trails Smith in the RealClearPolitics average of state polls.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones trails Smith","speaker":"the RealClearPolitics average of state polls","cue":"in"}'
	run quotes_of 'Jones is ahead in the average of their scores.'
	assert_success
	assert_output ''
}

@test "polls left unnamed opening the sentence before a comma report the clause" {
	run quotes_of 'In the latest polls, Smith trails Jones.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith trails Jones","speaker":"the latest polls","cue":"In"}'
	run quotes_of 'Smith trails Jones in the latest polls.'
	assert_success
	assert_output ''
	run quotes_of 'In the polls, anyway.'
	assert_success
	assert_output ''
}

@test "polls left unnamed with who holds them after report the clause" {
	run quotes_of 'Smith finished ahead of Jones in recent polls from Gallup and Marist.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith finished ahead of Jones","speaker":"recent polls from Gallup and Marist","cue":"in"}'
	run quotes_of 'Jones leads in opinion polls of Ohio voters.'
	assert_success
	assert_output ''
}

@test "a group whose name ends in Watch opening a paragraph with a colon is its speaker" {
	run quotes_of 'Judicial Watch: The Agency Hid Key Email For Years.'
	assert_success
	assert_output '{"kind":"indirect","text":"The Agency Hid Key Email For Years","speaker":"Judicial Watch","cue":":"}'
	run quotes_of 'Video Watch: Smith Takes On Jones In Ohio.'
	assert_success
	assert_output ''
	run quotes_of 'Must Watch: Smith Takes On Jones In Ohio.'
	assert_success
	assert_output ''
}

@test "a name after a section label and a dash opening a paragraph with a colon speaks" {
	run quotes_of 'EXCLUSIVE – Jane Smith: Don’t Trust the Voting Machines.'
	assert_success
	assert_output '{"kind":"indirect","text":"Don’t Trust the Voting Machines","speaker":"Jane Smith","cue":":"}'
	run quotes_of 'EXCLUSIVE – Smith Wins Ohio.'
	assert_success
	assert_output ''
}

# quotes-lexicon28

@test "verbs of rejecting, softening or questioning a claim report their object" {
	run quotes_of 'Mayor Lee renounced the group’s endorsement on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"the group’s endorsement on Monday","speaker":"Mayor Lee","cue":"renounced"}'
	run quotes_of 'The governor refuted the claims about the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the claims about the budget","speaker":"The governor","cue":"refuted"}'
	run quotes_of 'The senator sugarcoated the bad news about the deficit.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bad news about the deficit","speaker":"The senator","cue":"sugarcoated"}'
	run quotes_of 'The senator retracted his apology on Friday.'
	assert_success
	assert_output '{"kind":"indirect","text":"his apology on Friday","speaker":"The senator","cue":"retracted"}'
	run quotes_of 'The mayor laughed off the rumor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rumor","speaker":"The mayor","cue":"laughed off"}'
	run quotes_of 'The governor brushed aside the questions about her health.'
	assert_success
	assert_output '{"kind":"indirect","text":"the questions about her health","speaker":"The governor","cue":"brushed aside"}'
	run quotes_of 'The paper queried whether the plan would work.'
	assert_success
	assert_output '{"kind":"indirect","text":"whether the plan would work","speaker":"The paper","cue":"queried"}'
}

@test "phrasal verbs of attack and defiance report their object" {
	run quotes_of 'Republicans piled on the mayor after the vote.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Republicans","cue":"piled on"}'
	run quotes_of 'Jones fired back at the mayor over the tax plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor over the tax plan","speaker":"Jones","cue":"fired back at"}'
	run quotes_of 'Smith fired off a sharp reply to his critics.'
	assert_success
	assert_output '{"kind":"indirect","text":"a sharp reply to his critics","speaker":"Smith","cue":"fired off"}'
	run quotes_of 'Jones took some shots at the mayor in the debate.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor in the debate","speaker":"Jones","cue":"took some shots at"}'
	run quotes_of 'Lee turned her fire on the governor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the governor","speaker":"Lee","cue":"turned her fire on"}'
	run quotes_of 'Smith harangued the reporters about the leak.'
	assert_success
	assert_output '{"kind":"indirect","text":"the reporters about the leak","speaker":"Smith","cue":"harangued"}'
	run quotes_of 'The governor pummeled the senator as weak on crime.'
	assert_success
	assert_output '{"kind":"indirect","text":"the senator as weak on crime","speaker":"The governor","cue":"pummeled"}'
	run quotes_of 'The ads caricature the mayor as a spendthrift.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor as a spendthrift","speaker":"The ads","cue":"caricature"}'
	run quotes_of 'Jones bristled at the suggestion that she was tired.'
	assert_success
	assert_output '{"kind":"indirect","text":"the suggestion that she was tired","speaker":"Jones","cue":"bristled at"}'
	run quotes_of 'Smith made light of the dispute at the rally.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dispute at the rally","speaker":"Smith","cue":"made light of"}'
	run quotes_of 'Smith makes no apologies for his tactics.'
	assert_success
	assert_output '{"kind":"indirect","text":"his tactics","speaker":"Smith","cue":"makes no apologies for"}'
	run quotes_of 'Police fired at the car.'
	assert_success
	assert_output ''
}

@test "phrasal verbs of raising, arguing and backing a topic report their object" {
	run quotes_of 'The mayor drew attention to the rising rents.'
	assert_success
	assert_output '{"kind":"indirect","text":"the rising rents","speaker":"The mayor","cue":"drew attention to"}'
	run quotes_of 'Smith weighed in with his support for the levy.'
	assert_success
	assert_output '{"kind":"indirect","text":"his support for the levy","speaker":"Smith","cue":"weighed in with"}'
	run quotes_of 'The two candidates traded barbs over the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"The two candidates","cue":"traded barbs over"}'
	run quotes_of 'Smith talked of raising the minimum wage.'
	assert_success
	assert_output '{"kind":"indirect","text":"raising the minimum wage","speaker":"Smith","cue":"talked of"}'
	run quotes_of 'The council issued a statement on the flooding.'
	assert_success
	assert_output '{"kind":"indirect","text":"the flooding","speaker":"The council","cue":"issued a statement on"}'
	run quotes_of 'Smith brought up the closing of the mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"the closing of the mill","speaker":"Smith","cue":"brought up"}'
	run quotes_of 'She was brought up in Ohio.'
	assert_success
	assert_output ''
	run quotes_of 'Lee was paraphrasing the mayor’s remarks.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor’s remarks","speaker":"Lee","cue":"paraphrasing"}'
	run quotes_of 'Party leaders lined up behind the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Party leaders","cue":"lined up behind"}'
	run quotes_of 'Jones made the case that the bridge is unsafe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge is unsafe","speaker":"Jones","cue":"made the case"}'
}

@test "nouns of condemnation, demand, plea, proposal and recommendation report what follows" {
	run quotes_of 'The senators joined in their condemnation of the attack.'
	assert_success
	assert_output '{"kind":"indirect","text":"the attack","speaker":"The senators","cue":"condemnation of"}'
	run quotes_of 'Voters ignored Smith’s demands for a recount.'
	assert_success
	assert_output '{"kind":"indirect","text":"a recount","speaker":"Smith","cue":"demands for"}'
	run quotes_of 'Lee made a plea for calm after the verdict.'
	assert_success
	assert_output '{"kind":"indirect","text":"calm","speaker":"Lee","cue":"plea for"}'
	run quotes_of 'The mayor’s proposal to close the library angered parents.'
	assert_success
	assert_output '{"kind":"indirect","text":"close the library","speaker":"The mayor","cue":"proposal to"}'
	run quotes_of 'The board issued a recommendation that the school stay open.'
	assert_success
	assert_output '{"kind":"indirect","text":"the school stay open","speaker":"The board","cue":"recommendation"}'
	run quotes_of 'The mayor heaped criticism on the council.'
	assert_success
	assert_output '{"kind":"indirect","text":"the council","speaker":"The mayor","cue":"criticism on"}'
}

@test "topic verbs zero in on, vent about, riff on and wax nostalgic about report their object" {
	run quotes_of 'The senator zeroed in on the cost of the bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"the cost of the bridge","speaker":"The senator","cue":"zeroed in on"}'
	run quotes_of 'Several mayors vented about the new tax rules.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new tax rules","speaker":"Several mayors","cue":"vented about"}'
	run quotes_of 'The comedian riffed on the senator’s hair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the senator’s hair","speaker":"The comedian","cue":"riffed on"}'
	run quotes_of 'Smith waxed nostalgic about the old mill.'
	assert_success
	assert_output '{"kind":"indirect","text":"the old mill","speaker":"Smith","cue":"waxed nostalgic about"}'
}

@test "encourage with an addressee reports its to-infinitive" {
	run quotes_of 'The governor encouraged voters to stay home.'
	assert_success
	assert_output '{"kind":"indirect","text":"to stay home","speaker":"The governor","cue":"encouraged voters"}'
	run quotes_of 'The low prices encouraged people to buy cars.'
	assert_success
	assert_output ''
}

@test "hint reports a bare clause and what someone has said about a topic is reported" {
	run quotes_of 'The mayor hinted the bridge would reopen in May.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge would reopen in May","speaker":"The mayor","cue":"hinted"}'
	run quotes_of 'Here are five things the mayor has said about the bridge.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge","speaker":"the mayor","cue":"has said about"}'
}

# quotes-rejected28

@test "adverbs of frequency and set-off adverbials between the subject and the verb are skipped" {
	run quotes_of 'The union has twice said that the logo was misused.'
	assert_success
	assert_output '{"kind":"indirect","text":"the logo was misused","speaker":"The union","cue":"said"}'
	run quotes_of 'The mayor seldom speaks of his brother.'
	assert_success
	assert_output '{"kind":"indirect","text":"his brother","speaker":"The mayor","cue":"speaks of"}'
	run quotes_of 'The prices rose, as the mayor has sometimes acknowledged.'
	assert_success
	assert_output '{"kind":"indirect","text":"The prices rose","speaker":"the mayor","cue":"acknowledged"}'
	run quotes_of 'Local critics have in particular noted the harsh campaign posters.'
	assert_success
	assert_output '{"kind":"indirect","text":"the harsh campaign posters","speaker":"Local critics","cue":"noted"}'
	run quotes_of 'The council has, however, announced that the vote is off.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote is off","speaker":"The council","cue":"announced"}'
	run quotes_of 'It did, however, require him to promise a refund.'
	assert_success
	assert_output ''
}

@test "a relative who after a dash or a parenthesis speaks with the name before it" {
	run quotes_of 'Jones—who had earlier endorsed Smith—will host a dinner.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"Jones—who","cue":"endorsed"}'
	run quotes_of 'The mayor (who has endorsed Smith) will host a dinner.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"The mayor (who","cue":"endorsed"}'
	run quotes_of 'The mayor — who said the vote was rigged — left early.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote was rigged","speaker":"The mayor — who","cue":"said"}'
}

@test "a stance noun after adjectives with a comma or a progressive light verb has the subject's speaker" {
	run quotes_of 'Jones made a bizarre, bitter attack on the mayor.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Jones","cue":"attack on"}'
	run quotes_of 'The senators are mounting a fierce attack on the secretary.'
	assert_success
	assert_output '{"kind":"indirect","text":"the secretary","speaker":"The senators","cue":"attack on"}'
	run quotes_of 'Doctors are raising questions about the drug.'
	assert_success
	assert_output '{"kind":"indirect","text":"the drug","speaker":"Doctors","cue":"questions about"}'
}

@test "a relative who with a contracted has or is reports like who has" {
	run quotes_of 'We met Jones, who’s argued that the tax is unfair.'
	assert_success
	assert_output '{"kind":"indirect","text":"the tax is unfair","speaker":"Jones, who","cue":"argued"}'
	run quotes_of "We met the mayor, who's called for a recount."
	assert_success
	assert_output '{"kind":"indirect","text":"a recount","speaker":"the mayor, who","cue":"called for"}'
}

@test "a relative who with a contracted had or have made one word speaks with the name before it" {
	run quotes_of 'We met Jones, who’d earlier endorsed Smith.'
	assert_success
	assert_output '{"kind":"indirect","text":"Smith","speaker":"Jones, who’d","cue":"endorsed"}'
	run quotes_of "We met the voters, who've said they back Smith."
	assert_success
	assert_output '{"kind":"indirect","text":"they back Smith","speaker":"the voters, who'"'"'ve","cue":"said"}'
}

@test "a time adjunct ending in later or earlier between the subject and the verb is skipped" {
	run quotes_of 'Jones a month later announced the layoffs.'
	assert_success
	assert_output '{"kind":"indirect","text":"the layoffs","speaker":"Jones","cue":"announced"}'
	run quotes_of 'The mayor two days earlier said that the bridge was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge was safe","speaker":"The mayor","cue":"said"}'
}

# quotes-none28

@test "a reporting clause set off by commas whose speaker has modifiers before its noun" {
	run quotes_of 'The idea, an inside source said, is to hand out copies of the letter.'
	assert_success
	assert_output '{"kind":"indirect","text":"The idea, an inside source said, is to hand out copies of the letter","speaker":"an inside source","cue":"said"}'
	run quotes_of 'Raising rates too early, a wide range of bankers say, slowed the growth.'
	assert_success
	assert_output '{"kind":"indirect","text":"Raising rates too early, a wide range of bankers say, slowed the growth","speaker":"a wide range of bankers","cue":"say"}'
}

@test "an addressee with a plural's apostrophe is read whole before a that-clause" {
	run quotes_of "Jones complained to CBS News' Ann Lee that linking him to the plan was unfair."
	assert_success
	assert_output '{"kind":"indirect","text":"linking him to the plan was unfair","speaker":"Jones","cue":"complained"}'
	run quotes_of "Jones told Fox News' Ann Lee that the vote was rigged."
	assert_success
	assert_output '{"kind":"indirect","text":"the vote was rigged","speaker":"Jones","cue":"told Fox News'"'"' Ann Lee"}'
}

@test "an aside opening with a subordinator and a reporting participle before a that-clause" {
	run quotes_of 'The chief stated, while testifying before the panel last week, that the mayor had lied.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor had lied","speaker":"The chief","cue":"stated"}'
}

@test "a gapped relative clause with an adverb before its speaker" {
	run quotes_of 'He gave a speech on trade, which even his critics say was his best.'
	assert_success
	assert_output '{"kind":"indirect","text":"was his best","speaker":"his critics","cue":"say"}'
}

@test "a gapped relative clause whose head noun stands before a named speaker" {
	run quotes_of 'It is a trend Smith said could help the party next year.'
	assert_success
	assert_output '{"kind":"indirect","text":"could help the party next year","speaker":"Smith","cue":"said"}'
	run quotes_of 'The only regret Smith acknowledged was a failed promise.'
	assert_success
	assert_output ''
}

@test "a gerund of have before an amount is what a report says" {
	run quotes_of 'The campaign reported having $2 million in the bank in May.'
	assert_success
	assert_output '{"kind":"indirect","text":"having $2 million in the bank in May","speaker":"The campaign","cue":"reported"}'
}

@test "a subject before an aside between dashes that holds a quotation" {
	run quotes_of 'Jane Smith - who once said she would "never give up" - said on Monday that she would leave the race.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"she would leave the race","speaker":"Jane Smith","cue":"said"}'
}

@test "a bare clause whose subject is followed by an aside between dashes" {
	run quotes_of 'In May, Smith had said the plan - there were really two of them - was never approved.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan - there were really two of them - was never approved","speaker":"Smith","cue":"said"}'
}

@test "a verb of asking reports a question opening with where or when" {
	run quotes_of 'The poll asks where each voter was born.'
	assert_success
	assert_output '{"kind":"indirect","text":"where each voter was born","speaker":"The poll","cue":"asks"}'
}

@test "a bare clause opening with a purpose for X to" {
	run quotes_of 'Experts say for the city to grow, it will need new roads.'
	assert_success
	assert_output '{"kind":"indirect","text":"for the city to grow, it will need new roads","speaker":"Experts","cue":"say"}'
}

@test "a noun phrase content ends before a clause after and and an adjunct" {
	run quotes_of 'Jones mentioned the mayor, and at one point the crowd booed loudly.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"Jones","cue":"mentioned"}'
}

@test "the next verb of a series with an object described as something shares the subject" {
	run quotes_of 'Jones slams Smith, praises Lee as a leader.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"Smith","speaker":"Jones","cue":"slams"}'
	assert_line --index 1 '{"kind":"indirect","text":"Lee as a leader","speaker":"Jones","cue":"praises"}'
}

@test "a quoted title in an opening adjunct does not stand for words reported before the cue" {
	run quotes_of 'On “Face the Nation,” Jones criticized the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"Jones","cue":"criticized"}'
	run quotes_of 'Sunday on CBS’s “Face the Nation,” Jones criticized the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"Jones","cue":"criticized"}'
	run quotes_of '“It is over,” Jones said about the budget.'
	assert_success
	assert_output '{"kind":"direct","text":"It is over,","speaker":"Jones","cue":"said"}'
}

@test "the next verb of a series after a quotation that closes with a comma inside its marks" {
	run quotes_of 'Jones called the plan “a disgrace,” denounced its cost.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"its cost","speaker":"Jones","cue":"denounced"}'
}

@test "according to X set off by commas after a subordinator reports the clause it opens" {
	run quotes_of 'He left town after, according to his aide, the mayor fired him.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor fired him","speaker":"his aide","cue":"according to"}'
}

# quotes-attrwrong28

@test "a noun read as a verb after a verb that takes its modifier as object gives no subject to a participle" {
	run quotes_of 'The mayor worked hard to calm Danish fears, reassuring the council that the bridge was safe.'
	assert_success
	assert_output '{"kind":"indirect","text":"the bridge was safe","speaker":"The mayor","cue":"reassuring the council"}'
}

@test "the subject of a clause after what gives no subject to a participle" {
	run quotes_of 'Smith lashed out at what he described as a cruel budget, urging voters to reject it.'
	assert_success
	assert_output '{"kind":"indirect","text":"to reject it","speaker":"Smith","cue":"urging voters"}'
}

@test "a possessive keeps its noun when the clause subject cannot be what it stands for" {
	run quotes_of 'Jones kept some of her own views, such as her support for the canal.'
	assert_success
	assert_output '{"kind":"indirect","text":"the canal","speaker":"her","cue":"support for"}'
	run quotes_of 'Smith kept his word on the levy, but it was her position on the dam that mattered.'
	assert_success
	assert_output '{"kind":"indirect","text":"the dam that mattered","speaker":"her","cue":"position on"}'
	run quotes_of 'Smith kept his promise, and he stood by his support for the canal.'
	assert_success
	assert_output '{"kind":"indirect","text":"the canal","speaker":"he","cue":"support for"}'
}

@test "a participle opening the sentence after a dateline is no subject of a later verb" {
	run quotes_of 'DOVER, Del. - Rallying hundreds of nurses who are struggling to get by, Jane Smith tried to cheer them and promised to fight the cuts.'
	assert_success
	assert_output '{"kind":"indirect","text":"to fight the cuts","speaker":"Jane Smith","cue":"promised"}'
}

@test "a participle after the state of a place hangs on the main clause" {
	run quotes_of 'On Monday she had cancelled a visit to the plant in Green Bay, Wis., citing the storm.'
	assert_success
	assert_output '{"kind":"indirect","text":"the storm","speaker":"she","cue":"citing"}'
}

@test "a floating all after be before an infinitive leaves the subject before it" {
	run quotes_of 'The nurses involved are all quick to point out that they are not striking.'
	assert_success
	assert_output '{"kind":"indirect","text":"they are not striking","speaker":"The nurses involved","cue":"point out"}'
}

@test "a name before the and its epithet opening the clause is in the speaker" {
	run quotes_of 'Smith the reformer knows that the vote will be close.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote will be close","speaker":"Smith the reformer","cue":"knows"}'
	run quotes_of 'Nothing the mayor said will calm the farmers.'
	assert_success
	assert_output ''
}

@test "the v. of a case's name ends no sentence" {
	run quotes_of 'Jones praised Smith, saying he would defend Roe v. Wade, and urged the crowd to vote.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"he would defend Roe v. Wade","speaker":"Jones","cue":"saying"}'
	assert_line --index 2 '{"kind":"indirect","text":"to vote","speaker":"Jones","cue":"urged the crowd"}'
}

@test "much after so before a participle is no speaker" {
	run quotes_of "Jones wasn't so much saying that the tax would fail."
	assert_success
	assert_output '{"kind":"indirect","text":"the tax would fail","speaker":"Jones","cue":"saying"}'
}

@test "a participle after as and the object of quoted keeps the whole mention out of its speaker" {
	run quotes_of 'The paper quoted another senior party official as saying that the vote was rigged.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"the vote was rigged","speaker":"The paper","cue":"saying"}'
	run quotes_of 'Jones was quoted as saying that the vote was rigged.'
	assert_success
	assert_output '{"kind":"indirect","text":"the vote was rigged","speaker":"Jones","cue":"saying"}'
}

# quotes-speaker28

@test "a lone quantifier after an inverted verb closing the sentence is the speaker" {
	run quotes_of 'Signs filled the hall. “Vote for Jones!” read one. “Smith is a fraud,” read another.'
	assert_success
	assert_line --index 0 '{"kind":"direct","text":"Vote for Jones!","speaker":"one","cue":"read"}'
	assert_line --index 1 '{"kind":"direct","text":"Smith is a fraud,","speaker":"another","cue":"read"}'
	run quotes_of 'Fans were angry. “Watch out for Smith,” tweeted another.'
	assert_success
	assert_output '{"kind":"direct","text":"Watch out for Smith,","speaker":"another","cue":"tweeted"}'
	run quotes_of '“Vote now,” said the.'
	assert_success
	assert_output '{"kind":"direct","text":"Vote now,","speaker":null,"cue":null}'
}

@test "the noun before a participle and its to- or with-phrase is the subject, not the addressee" {
	run quotes_of 'Another campaign source speaking to CNN said, “The plan is dead.”'
	assert_success
	assert_output '{"kind":"direct","text":"The plan is dead.","speaker":"Another campaign source","cue":"said"}'
	run quotes_of 'Voters talking with pollsters say the plan is dead.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan is dead","speaker":"Voters","cue":"say"}'
}

@test "an opening alongside-phrase is no subject of a participle later in the sentence" {
	run quotes_of 'Alongside union calls for action, even a top Democratic strategist said Smith must choose, saying, “She has to decide.”'
	assert_success
	assert_line --index 2 '{"kind":"direct","text":"She has to decide.","speaker":"a top Democratic strategist","cue":"saying"}'
}

@test "an opening citing-phrase whose object holds a quotation is no source reporting nothing" {
	run quotes_of 'Citing the attack as a “wake-up call,” Smith urged voters to act.'
	assert_success
	assert_line --index 0 '{"kind":"partial","text":"wake-up call,","speaker":"Smith","cue":null}'
	run quotes_of 'Citing a new poll, Smith said the plan is dead.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"Smith said the plan is dead","speaker":"a new poll","cue":"Citing"}'
}

@test "a diplomatic cable is a document that speaks" {
	run quotes_of 'The cable indicated ten guards would be the “minimum” needed.'
	assert_success
	assert_output '{"kind":"partial","text":"minimum","speaker":"The cable","cue":"indicated"}'
}

# quotes-extra29

@test "a short term in marks opening the writer's own sentence is no quote" {
	run quotes_of 'Jones spoke at length. “Soft power” has been the motto of the agency since the war.'
	assert_success
	assert_output ''
	run quotes_of 'Jones spoke at length. “Soft power” (influence without force) is his motto.'
	assert_success
	assert_output ''
	run quotes_of 'Jones spoke at length. “We will win,” he said.'
	assert_success
	assert_output '{"kind":"direct","text":"We will win,","speaker":"he","cue":"said"}'
}

# quotes-lexgap29

@test "a phrase cue matches over an adverb in -ly between its words" {
	run quotes_of 'The mayor also spoke out sharply against the new tax.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new tax","speaker":"The mayor","cue":"spoke out sharply against"}'
	run quotes_of 'The mayor made it abundantly clear that she would run.'
	assert_success
	assert_output '{"kind":"indirect","text":"she would run","speaker":"The mayor","cue":"made it abundantly clear"}'
	run quotes_of 'The senator weighed in so publicly on the fight.'
	assert_success
	assert_output '{"kind":"indirect","text":"the fight","speaker":"The senator","cue":"weighed in so publicly on"}'
}

@test "a phrase cue matches over an adjective or two before its noun" {
	run quotes_of 'The senator cast serious doubt on the report.'
	assert_success
	assert_output '{"kind":"indirect","text":"the report","speaker":"The senator","cue":"cast serious doubt on"}'
	run quotes_of 'The mayor made no real secret of her plans.'
	assert_success
	assert_output '{"kind":"indirect","text":"her plans","speaker":"The mayor","cue":"made no real secret of"}'
	run quotes_of 'The governor made a strong moral case for the plan.'
	assert_success
	assert_output '{"kind":"indirect","text":"the plan","speaker":"The governor","cue":"made a strong moral case for"}'
}

@test "no adjective gap before a particle or after a phrase's last word" {
	run quotes_of 'The mayor spoke loud out against the plan.'
	assert_success
	assert_output ''
	run quotes_of 'The mayor lashed out at angry reporters.'
	assert_success
	assert_output '{"kind":"indirect","text":"angry reporters","speaker":"The mayor","cue":"lashed out at"}'
}

# quotes-recordsrc29

@test "a poll or a letter with its of- or to-phrase is the speaker, not those polled or written to" {
	run quotes_of 'A new poll of young voters revealed that most want change.'
	assert_success
	assert_output '{"kind":"indirect","text":"most want change","speaker":"A new poll of young voters","cue":"revealed"}'
	run quotes_of 'A letter to donors says the campaign is broke.'
	assert_success
	assert_output '{"kind":"indirect","text":"the campaign is broke","speaker":"A letter to donors","cue":"says"}'
	run quotes_of 'Early results of a survey of party insiders show that he is ahead.'
	assert_success
	assert_output '{"kind":"indirect","text":"he is ahead","speaker":"Early results of a survey of party insiders","cue":"show"}'
}

@test "the of-phrase of messages names their authors, who keep the participle" {
	run quotes_of 'The messages of rivals promising upheaval won.'
	assert_success
	assert_output --partial '"speaker":"rivals","cue":"promising"'
}

# quotes-control29

@test "an infinitive after a verb's object has the verb's speaker, not the object's first words" {
	run quotes_of 'Ann Lee, the party leader, invoked the Dover floods as a reason to repeat his call for new dams.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"his call for new dams","speaker":"Ann Lee","cue":"repeat"}'
}

@test "an object pushed to act, running to the infinitive, is its speaker whole" {
	run quotes_of 'Advocates have been pushing the Dover council to release the records.'
	assert_success
	assert_output '{"kind":"indirect","text":"the records","speaker":"the Dover council","cue":"release"}'
}

# quotes-relcontent29

@test "a report further on in a relative clause after a comma ends where the relative clause does" {
	run quotes_of 'Mr. Lee, who has backed Smith and criticized his plan, offered a mild welcome on Monday.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"his plan","speaker":"Mr. Lee, who","cue":"criticized"}'
	run quotes_of 'Jones, who endorsed Brown in May and said he would campaign with her, did not show up.'
	assert_success
	assert_line --index 1 '{"kind":"indirect","text":"he would campaign with her","speaker":"Jones, who","cue":"said"}'
	run quotes_of 'The council, whose members met to discuss how to fight the plan, raised $4 million.'
	assert_success
	assert_output '{"kind":"indirect","text":"how to fight the plan","speaker":"whose members","cue":"discuss"}'
}

@test "a report after a relative clause that closed before its verb runs on past an aside" {
	run quotes_of 'Jones, who had a long career in Congress, said the speeches, already full of detail, would change.'
	assert_success
	assert_output '{"kind":"indirect","text":"the speeches, already full of detail, would change","speaker":"Jones","cue":"said"}'
}

@test "a report in a relative clause ends at the comma before an irregular past of the main clause" {
	run quotes_of 'Obama, who welcomed the leaders to a dinner, held private meetings earlier.'
	assert_success
	assert_output '{"kind":"indirect","text":"the leaders to a dinner","speaker":"Obama, who","cue":"welcomed"}'
}

@test "a report after who'd in a relative clause ends where the relative clause does" {
	run quotes_of 'Collins, who’d previously endorsed Bush in the race, represents one of the districts.'
	assert_success
	assert_output '{"kind":"indirect","text":"Bush in the race","speaker":"Collins, who’d","cue":"endorsed"}'
}

@test "a report by a participle or infinitive in an aside after the subject ends where the aside does" {
	run quotes_of 'Rep. Jane Doe, a delegate supporting Smith, said she is happy.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"Smith","speaker":"a delegate","cue":"supporting"}'
	run quotes_of 'Our Fund, a group formed to criticize the mayor, took in $4 million last month.'
	assert_success
	assert_output '{"kind":"indirect","text":"the mayor","speaker":"a group","cue":"criticize"}'
	run quotes_of 'Jones, speaking on condition of anonymity to discuss the talks, said the deal is close.'
	assert_success
	assert_line --index 0 '{"kind":"indirect","text":"the talks","speaker":"Jones","cue":"discuss"}'
}

# quotes-lexicon30

@test "raising the issue of something reports it as a topic" {
	run quotes_of 'Ann Lee raised the issue of school fees at the meeting.'
	assert_success
	assert_output '{"kind":"indirect","text":"school fees at the meeting","speaker":"Ann Lee","cue":"raised the issue of"}'
}

@test "delivering a defense of something is one cue with the adjective inside" {
	run quotes_of 'Tom Hale delivered a spirited defense of the budget.'
	assert_success
	assert_output '{"kind":"indirect","text":"the budget","speaker":"Tom Hale","cue":"delivered a spirited defense of"}'
}

@test "a disclosure of something is its owner's report" {
	run quotes_of 'The mayor'"'"'s disclosure of the payments angered the council.'
	assert_success
	assert_output '{"kind":"indirect","text":"the payments","speaker":"The mayor","cue":"disclosure of"}'
}

@test "lobbying someone to do something reports the infinitive" {
	run quotes_of 'Jones lobbied the governor to sign the bill.'
	assert_success
	assert_output '{"kind":"indirect","text":"to sign the bill","speaker":"Jones","cue":"lobbied the governor"}'
}

@test "boasting of something reports what is boasted of" {
	run quotes_of 'Ann Lee boasted of her record on jobs.'
	assert_success
	assert_output '{"kind":"indirect","text":"her record on jobs","speaker":"Ann Lee","cue":"boasted of"}'
}

@test "positions on and thoughts on something report it as their owner's topic" {
	run quotes_of 'Smith'"'"'s positions on trade have shifted.'
	assert_success
	assert_output '{"kind":"indirect","text":"trade","speaker":"Smith","cue":"positions on"}'
	run quotes_of 'Jones shared her thoughts on the new law.'
	assert_success
	assert_output '{"kind":"indirect","text":"the new law","speaker":"Jones","cue":"thoughts on"}'
}

@test "hitting back at someone reports whom it answers" {
	run quotes_of 'The union hit back at Jones on Monday.'
	assert_success
	assert_output '{"kind":"indirect","text":"Jones on Monday","speaker":"The union","cue":"hit back at"}'
}
