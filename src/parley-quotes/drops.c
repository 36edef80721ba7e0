/* drops.c - cues dropped once every cue of the document is known: a stance
 * inside the content of another report by the same speaker, a belief
 * inside a report, a report inside a title's label, and the shares of a
 * poll ("60% said") inside the poll's own report. */
#include "cues.h"

/* drop_where forgets every cue still kept that test says reports
 * nothing of its own. */
static void
drop_where(struct quote_finder *f,
    bool (*test)(const struct quote_finder *, const struct cue *))
{
	for (size_t k = 0; k < f->ncues; k++)
		if (!f->cues[k].drop && test(f, &f->cues[k]))
			f->cues[k].drop = true;
}

/* stance_only: does cue c only take a noun phrase (support, back,
 * oppose, call X Y): a position, not words? */
bool
stance_only(const struct cue *c)
{
	return (c->frames & ~(uint32_t)(FR_NP | FR_AS | FR_OBJECT | FR_ANYSUBJ |
	    FR_NOPRON)) == 0;
}

/* in_content: is token i in the content of a cue other than k, one that
 * `of` accepts when it is given? Contents reach at most a paragraph from
 * their cue. */
static bool
in_content(const struct quote_finder *f, size_t k, int32_t i,
    bool (*of)(const struct quote_finder *, const struct cue *))
{
	for (size_t j = 0; j < f->ncues; j++) {
		const struct cue *o = &f->cues[j];

		if (o->t0 > i + 400)
			break;
		if (j != k && !o->drop && o->c0 >= 0 && o->c0 <= i &&
		    i < o->c1 && (of == NULL || of(f, o)))
			return true;
	}
	return false;
}

/* nested: is token i in a quotation or in the content of a cue other
 * than k? */
static bool
nested(const struct quote_finder *f, size_t k, int32_t i)
{
	return f->toks[i].q >= 0 || in_content(f, k, i, NULL);
}

/* drop_nested_stances: "Smith said he would support Jones": a stance
 * taken by a pronoun inside what another report says (or inside a
 * quotation) is that report's, not a report of its own; forget it. A
 * named one stays: "Vance said Ukraine is pressing for guarantees". */
void
drop_nested_stances(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && c->use == CU_NP && stance_only(c) &&
		    c->s0 >= 0 && c->s1 - c->s0 == 1 && is_pron(f, c->s0) &&
		    nested(f, k, c->t0))
			c->drop = true;
	}
}

/* drop_nested_beliefs: "Smith said he planned to vote", "Smith said the
 * party wants a recount", "Smith said Jones seemed to waver": a belief, a
 * wish or a judgement inside what another report says (or inside a
 * quotation) is part of that report, not a report of its own; forget
 * it. So is a noun's ("Ryan said Trump's criticism of the judge was
 * wrong"). */
void
drop_nested_beliefs(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && (c->belief || (c->frames & (FR_EVIDENT | FR_ABOUT))) &&
		    nested(f, k, c->t0))
			c->drop = true;
	}
}

/* headline_label: is cue o a label's colon in the document's title
 * ("NY Daily News: Paris Attacks Highlight Threat"; colon_label)? */
static bool
headline_label(const struct quote_finder *f, const struct cue *o)
{
	return o->entry < 0 && tok_punct(f, o->t0, ':') &&
	    f->toks[o->t0].para == 0;
}

/* drop_headline_label_reports: "NY Daily News: Paris Terror Attacks
 * Highlight Threat", "Trey Gowdy: Benghazi Probe Helped Reveal Scandal": a
 * report inside what a title's label says is part of that report, its
 * subject a Title Case noun more often than a speaker; forget it. */
void
drop_headline_label_reports(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && c->entry >= 0 && f->toks[c->t0].para == 0 &&
		    in_content(f, k, c->t0, headline_label))
			c->drop = true;
	}
}

/* object_of_report: is token i the first of the content of a cue other
 * than k (the noun phrase a verb reports starts there)? */
static bool
object_of_report(const struct quote_finder *f, size_t k, int32_t i)
{
	for (size_t j = 0; j < f->ncues; j++) {
		const struct cue *o = &f->cues[j];

		if (o->t0 > i)
			break;
		if (j != k && !o->drop && o->c0 == i)
			return true;
	}
	return false;
}

/* possessor_mention: is the speaker of cue c a possessive determiner
 * (his) or a mention before a possessive 's or a plural's apostrophe
 * (Smith's, the hawks’)? */
static bool
possessor_mention(const struct quote_finder *f, const struct cue *c)
{
	if (c->s1 - c->s0 == 1 && tok_has(f, c->s0, WC_DET))
		return true;
	return (size_t)c->s1 < f->ntoks && (f->toks[c->s1].type == TK_POSS ||
	    plural_possessive(f, c->s1));
}

/* drop_reported_possessed_nouns: "Jones repeated his promise to close the
 * mill", "he reiterated his claim that ...", "the mayor dismissed Smith's
 * claim that ...": a noun cue whose speaker is a possessive determiner or
 * a possessor opening the noun phrase another cue reports is part of that
 * report, not a report of its own; forget it. */
void
drop_reported_possessed_nouns(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && (c->frames & FR_NOUN) && c->s0 >= 0 &&
		    possessor_mention(f, c) && object_of_report(f, k, c->s0))
			c->drop = true;
	}
}

/* share_speaker: is the speaker of cue c a share of people a poll asked
 * ("51 percent of respondents", "6 in 10 voters", "about 4 in 10",
 * "about half", "a majority of Democrats")? */
static bool
share_speaker(const struct quote_finder *f, const struct cue *c)
{
	static const char *const shares[] = {
		"percent", "half", "third", "thirds", "quarter", "majority",
		"plurality", "fifth"
	};

	int32_t s0 = c->s0;

	if (s0 >= 0 && c->s1 - s0 > 1 && near_word(f, s0))
		s0++;    /* about 4 in 10 */
	if (s0 < 0 || (f->toks[s0].flags & TF_DIGIT))
		return s0 >= 0;
	for (int32_t k = s0; k < c->s1; k++)
		if (tok_punct(f, k, '%') || (tok_lower(f, k) &&
		    word_among(f, k, shares, sizeof shares / sizeof *shares)))
			return true;
	return false;
}

/* poll_speaker: is the speaker of cue o a poll or a survey ("a CNN poll",
 * "the survey released Sunday")? */
static bool
poll_speaker(const struct quote_finder *f, const struct cue *o)
{
	if (o->s0 < 0)
		return false;
	for (int32_t k = o->s0; k < o->s1; k++)
		if (poll_word(f, k))
			return true;
	return false;
}

/* drop_polled_shares: "A poll found that 51 percent said they ...",
 * "In a CNN poll, 38 percent of voters said ...": what a share of those
 * polled says inside what a poll reports is the poll's report (the
 * reporter names the poll as the source), not one of its own; forget it.
 * A share with no poll around it speaks for itself ("half said so"). */
void
drop_polled_shares(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && share_speaker(f, c) &&
		    in_content(f, k, c->t0, poll_speaker))
			c->drop = true;
	}
}

/* cue_at: is there a cue, not dropped, whose first token is i? */
static bool
cue_at(const struct quote_finder *f, int32_t i)
{
	for (size_t j = 0; j < f->ncues; j++)
		if (f->cues[j].t0 == i && !f->cues[j].drop)
			return true;
	return false;
}

/* speech_then_quote: is the content of cue c a noun phrase naming a
 * document that ends with a form of a reporting verb right before a
 * quotation opens ("released a statement saying, “...”", "a marketing
 * video that said, “...”"), no quotation of its own inside, that verb a
 * cue of its own? */
static bool
speech_then_quote(const struct quote_finder *f, const struct cue *c)
{
	int32_t k = c->c1, last = c->c1 - 1;

	bool document = false;

	if (c->use != CU_NP || c->quote >= 0 || c->c0 < 0 || last <= c->c0 ||
	    !tok_lower(f, last) || !(f->toks[last].cls & WC_REPORT))
		return false;
	for (int32_t i = c->c0; i < last; i++) {
		if (f->toks[i].q >= 0 || f->toks[i].type == TK_QUOTE)
			return false;
		if (f->toks[i].cls & WC_DOCUMENT)
			document = true;
	}
	if (!document || !cue_at(f, last))
		return false;
	while (k < (int32_t)f->ntoks && (tok_punct(f, k, ',') ||
	    tok_punct(f, k, ':')))
		k++;
	return k < (int32_t)f->ntoks && f->toks[k].type == TK_QUOTE &&
	    (f->toks[k].flags & TF_OPEN);
}

/* drop_speech_before_quotes: "Obama released a statement condemning
 * “what appears to be ...”": a content that holds only the document and
 * the verb whose words the quotation after it gives reports nothing of
 * its own (the quotation carries the words); forget it. */
void
drop_speech_before_quotes(struct quote_finder *f)
{
	drop_where(f, speech_then_quote);
}

/* written_work: "she wrote a children's book", "he wrote his
 * dissertation on ...", "the Republican who wrote the speech": cue c, a
 * verb of writing whose content, right after it, is a noun phrase
 * naming a work of its own (a book, a speech, a poem) and holding no
 * quotation, names what was written, not what it says. */
static bool
written_work(const struct quote_finder *f, const struct cue *c)
{
	static const char *const writing[] = {
		"wrote", "write", "writes", "writing", "written", "penned",
		"published", "authored"
	};
	static const char *const works[] = {
		"book", "books", "dissertation", "thesis", "introduction",
		"foreword", "novel", "novels", "memoir", "memoirs", "biography",
		"screenplay", "speech", "speeches", "poem", "poems"
	};

	if ((c->use != CU_NP && c->use != CU_CLAUSE) || c->t1 != c->t0 + 1 ||
	    c->c0 != c->t1 || tok_is(f, c->c0, f->w_that) || c->quote >= 0 ||
	    c->has_quote ||
	    !word_among(f, c->t0, writing, sizeof writing / sizeof *writing))
		return false;
	for (int32_t k = c->c0; k < c->c1; k++)
		if (f->toks[k].q >= 0 || f->toks[k].type == TK_QUOTE)
			return false;    /* a book, “Who's Who in the CIA,” */
	for (int32_t k = c->c0; k < c->c1 && k < c->c0 + 6; k++) {
		if (f->toks[k].type == TK_POSS)
			continue;    /* a children's book */
		if (!tok_word(f, k) || tok_has(f, k, WC_PREP | WC_REL | WC_CONJ))
			return false;
		if (word_among(f, k, works, sizeof works / sizeof *works))
			return true;
	}
	return false;
}

/* drop_written_works: forget every cue whose content names a work it
 * wrote rather than what it says (written_work). */
void
drop_written_works(struct quote_finder *f)
{
	drop_where(f, written_work);
}

/* question_to_you: "Do you support the mayor?", "Would you say the plan
 * works?": cue c's speaker is "you" right after an auxiliary that opens
 * its sentence, and the sentence closes with a question mark: a yes/no
 * question put to the reader or to a respondent, which reports no one's
 * words nor stance ("What do you call ...", "..., will you vote for
 * him?" are not this shape and stay). */
static bool
question_to_you(const struct quote_finder *f, const struct cue *c)
{
	static const char *const aux[] = {
		"do", "does", "did", "would", "will", "can", "could", "should"
	};

	if (c->inverted || c->s0 < 1 || c->s1 != c->s0 + 1 ||
	    !tok_is(f, c->s0, f->w_you) ||
	    sentence_start(f, c->s0) != c->s0 - 1 ||
	    !word_among(f, c->s0 - 1, aux, sizeof aux / sizeof *aux))
		return false;
	return tok_punct(f, sentence_last(f, c->s0), '?');
}

/* drop_questions_to_you: forget every cue that only asks the reader or
 * a respondent a yes/no question (question_to_you). */
void
drop_questions_to_you(struct quote_finder *f)
{
	drop_where(f, question_to_you);
}

/* verb_content: "One tweet said: “...”", "a post that read, “...”", "Trump
 * reportedly said, “...”", "G-III reports show.": is cue c a noun form or
 * an adverb in -ly whose content is one lower-case word that is itself a
 * reporting verb and no noun ("expressed concern" stays), a cue of its own
 * or the last word of its clause? That word is the verb whose subject the
 * cue stands in, not what it reports. */
static bool
verb_content(const struct quote_finder *f, const struct cue *c)
{
	int32_t k = c->c0;

	if (k < 0 || c->c1 != k + 1 || c->quote >= 0 || !tok_lower(f, k) ||
	    !(is_noun_form(f, c->t0) || (f->toks[c->t0].flags & TF_LY)) ||
	    f->toks[k].q >= 0 || !(f->toks[k].cls & WC_CUE) ||
	    is_noun_form(f, k))
		return false;    /* expressed concern, sought answers */
	if (cue_at(f, k))
		return true;
	return (size_t)k + 1 >= f->ntoks || (f->toks[k + 1].flags & TF_SENT) ||
	    tok_punct(f, k + 1, '.') || tok_punct(f, k + 1, ',') ||
	    tok_punct(f, k + 1, ':');
}

/* drop_verb_contents: forget every cue whose content is only the verb it
 * is the subject of (verb_content). */
void
drop_verb_contents(struct quote_finder *f)
{
	drop_where(f, verb_content);
}
