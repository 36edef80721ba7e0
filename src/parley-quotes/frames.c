/* frames.c - cues whose speaker or content is not the verb's subject and
 * complement: "according to X, ...", noun cues ("Rubio's assurance that
 * ...", "his support for X"), passives with their agent ("called X by
 * Y"), subjects of passives ("The issue was first reported by ..."), and
 * records that speak ("a memo released Friday said"). */
#include "cues.h"

static bool possessive_det(const struct quote_finder *f, int32_t i);

/* poll_word: is token i a poll or a survey? */
bool
poll_word(const struct quote_finder *f, int32_t i)
{
	int32_t w = f->toks[i].wid;

	return w >= 0 && (w == f->w_poll || w == f->w_polls || w == f->w_survey ||
	    w == f->w_surveys);
}

/* named_polls: is the poll mention [s0, s1) one poll or survey, or polls
 * named or dated ("Iowa polls", "the 2012 surveys")? */
static bool
named_polls(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	int32_t w = f->toks[s1 - 1].wid;

	if (w != f->w_polls && w != f->w_surveys)
		return true;
	for (int32_t k = s0; k < s1; k++)
		if (f->toks[k].flags & (TF_CAP | TF_DIGIT))
			return true;
	return false;
}

/* poll_end: the end of the poll mention [s0, s1) that "in" opens: the
 * dates np_right read after the poll left out ("a CBS News poll last
 * month", "a Marist poll Jan. 17-23"), and an average read over the polls
 * it is of ("the RealClearPolitics average of New Hampshire polls"); s1
 * when neither. */
static int32_t
poll_end(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	int32_t e = s1, j = s1, a, b;

	if (poll_word(f, s1 - 1))
		return s1;
	while (e - 1 > s0 && !poll_word(f, e - 1) && f->toks[e - 1].q < 0 &&
	    (tok_has(f, e - 1, WC_TIME) || tok_is(f, e - 1, f->w_last) ||
	    tok_is(f, e - 1, f->w_this) || (f->toks[e - 1].flags & TF_DIGIT) ||
	    tok_punct(f, e - 1, '.') || tok_punct(f, e - 1, '-')))
		e--;
	if (e < s1 && poll_word(f, e - 1))
		return e;
	/* the RealClearPolitics average: np_right stops after the name */
	if (tok_is(f, s1 + 1, f->w_of) && lower_word(f, s1, "average"))
		j++;
	else if (!tok_is(f, s1, f->w_of) || !lower_word(f, s1 - 1, "average"))
		return s1;
	if (tok_lower(f, j) && np_right(f, j + 1, &a, &b, NP_OBJECT) &&
	    a == j + 1 && poll_word(f, b - 1))
		return b;
	return s1;
}

/* source_opens: does "according to X" at token t0 still open its clause
 * when token p (before it, over conjunctions, adverbs and commas) is not
 * the sentence's start: after an opening parenthesis or a colon ("(According
 * to X, ...", "...: According to X, ..."), or after an opening adjunct
 * ("In addition, according to X, ...")? */
static bool
source_opens(const struct quote_finder *f, int32_t p, int32_t t0)
{
	int32_t ss = sentence_start(f, t0);

	if (tok_punct(f, p, '(') || tok_punct(f, p, ':'))
		return true;
	if (!tok_punct(f, t0 - 1, ',') || !adjuncts_before(f, t0))
		return false;
	for (int32_t k = ss; k < t0 - 1; k++)
		if (f->toks[k].type == TK_PUNCT && f->toks[k].cp != '.')
			return false;    /* one adjunct, no more */
	return true;
}

/* source_np: the source after "according to" at token k: a noun phrase,
 * one with a short quotation after its determiner ("her “clawback”
 * plan", "the “Medicare for all” document"), or one opened by an adverb
 * ("recently hacked documents", "a newly uncovered email"); true with
 * its span. */
static bool
source_np(const struct quote_finder *f, int32_t k, int32_t *s0, int32_t *s1)
{
	int32_t j = k, e, a, b;

	while (j - k < 2 && tok_word(f, j) && tok_has(f, j, WC_DET))
		j++;
	if (j > k && (size_t)j < f->ntoks && (f->toks[j].flags & TF_OPEN) &&
	    f->toks[j].q >= 0) {
		e = f->qs[f->toks[j].q].close;
		if (e > j && e - j <= 8 && np_right(f, e + 1, &a, &b, NP_OBJECT) &&
		    a == e + 1) {
			*s0 = k;
			*s1 = b;
			return true;
		}
	}
	if (np_right(f, k, s0, s1, NP_OBJECT))
		return true;
	j = tok_has(f, k, WC_DET) ? k + 1 : k;
	if (tok_lower(f, j) && (f->toks[j].flags & TF_LY) &&
	    !(f->toks[j].cls & WC_NOTLY) && tok_lower(f, j + 1) &&
	    (f->toks[j + 1].flags & TF_ED) &&
	    np_right(f, j + 2, &a, &b, NP_OBJECT) && a == j + 2) {
		*s0 = k;
		*s1 = b;
		return true;
	}
	return false;
}

/* tail_time: the token after the time adjunct at token k ("Monday",
 * "last week", "on Friday", "in March 2016"), k when there is none. */
static int32_t
tail_time(const struct quote_finder *f, int32_t k)
{
	int32_t j = k;

	if ((tok_is(f, k, f->w_on) || tok_is(f, k, f->w_in) ||
	    tok_is(f, k, f->w_last) || tok_is(f, k, f->w_this)) &&
	    tok_lower(f, k) && tok_has(f, k + 1, WC_TIME))
		j++;
	while ((size_t)j < f->ntoks && tok_word(f, j) && f->toks[j].q < 0 &&
	    !(f->toks[j].flags & TF_SENT) && (tok_has(f, j, WC_TIME) ||
	    ((f->toks[j].flags & TF_DIGIT) && j > k)))
		j++;
	return j;
}

/* tail_prep: is token k a preposition that opens a phrase naming who
 * holds a source (of, from, by, with, for, in, on, at)? */
static bool
tail_prep(const struct quote_finder *f, int32_t k)
{
	return tok_lower(f, k) && (tok_is(f, k, f->w_of) ||
	    tok_is(f, k, f->w_from) || tok_is(f, k, f->w_by) ||
	    tok_is(f, k, f->w_with) || tok_is(f, k, f->w_for) ||
	    tok_is(f, k, f->w_in) || tok_is(f, k, f->w_on) ||
	    tok_is(f, k, f->w_at));
}

/* source_ends: may an "according to" source end before token e: no word
 * of the same sentence outside quotations follows, or one that opens a
 * phrase naming who holds the source (tail_prep)? */
static bool
source_ends(const struct quote_finder *f, int32_t e)
{
	return !((size_t)e < f->ntoks && tok_word(f, e) && f->toks[e].q < 0 &&
	    !(f->toks[e].flags & TF_SENT)) || tail_prep(f, e);
}

/* ing_compound: the end of a noun compound with an -ing word inside that
 * np_right stopped at: the mention ends at token b before a lower-case
 * -ing word that is no reporting verb ("state gaming regulators") and a
 * noun phrase that ends the source (punctuation, the sentence's end or a
 * phrase naming who holds it: not "a poll by X showing voters prefer");
 * b when there is none. */
static int32_t
ing_compound(const struct quote_finder *f, int32_t b)
{
	int32_t a, e;

	if (!tok_lower(f, b) || !(f->toks[b].flags & TF_ING) ||
	    (f->toks[b].cls & (WC_REPORT | WC_PREP | WC_AUX | WC_BE)) ||
	    f->toks[b].q >= 0 || (f->toks[b].flags & TF_SENT) ||
	    !tok_lower(f, b - 1) || tok_has(f, b - 1, WC_DET | WC_PREP) ||
	    !tok_lower(f, b + 1) || tok_has(f, b + 1, WC_DET | WC_QUANT) ||
	    !np_right(f, b + 1, &a, &e, NP_OBJECT) || a != b + 1 ||
	    (f->toks[a].flags & TF_SENT))
		return b;
	if (!source_ends(f, e))
		return b;
	return e;
}

/* tail_and: "exit polls conducted for the AP and television networks",
 * "their friends and advisers": when token k is "and" and a noun phrase
 * after it ends the source (punctuation, the sentence's end or a phrase
 * naming who holds it: not "a poll by X and Smith leads"), the token
 * after that noun phrase; k when there is none. */
static int32_t
tail_and(const struct quote_finder *f, int32_t k)
{
	int32_t a, e;

	if (!tok_lower(f, k) || !tok_is(f, k, f->w_and) ||
	    !np_right(f, k + 1, &a, &e, NP_OBJECT) || a != k + 1 ||
	    (f->toks[a].flags & TF_SENT) || (e == a + 1 &&
	    tok_has(f, a, WC_PRON | WC_OBJPRON)))
		return k;
	if (!source_ends(f, e))
		return k;
	return e;
}

/* source_compound: "the RealClearPolitics polling average", "the Daily
 * Star tally", "recent polling": the lower-case nouns (up to three, an
 * -ing word among them) that np_right left after the source ending at
 * token s1, when the source may end after them (source_ends); returns
 * the token after them, s1 when there are none. */
static int32_t
source_compound(const struct quote_finder *f, int32_t s1)
{
	int32_t k = s1;

	while ((size_t)k < f->ntoks && k - s1 < 3 && tok_lower(f, k) &&
	    f->toks[k].q < 0 && !(f->toks[k].flags & (TF_SENT | TF_LY |
	    TF_ED)) && !tok_has(f, k, WC_PREP | WC_DET | WC_QUANT | WC_CONJ |
	    WC_SUB | WC_REL | WC_WH | WC_AUX | WC_BE | WC_NEG | WC_PRON |
	    WC_OBJPRON | WC_ADV | WC_TIME | WC_REPORT))
		k++;
	return k > s1 && source_ends(f, k) ? k : s1;
}

/* source_tail: "a report from the SITE group", "a poll of voters
 * released Sunday by Gallup", "people familiar with the plans": the
 * prepositional phrases (tail_prep and a noun phrase with no time word)
 * and participles followed by a time or such a phrase ("released
 * Monday", "conducted by X"; not "the survey approved.") after the source
 * that ends at token s1, which name who holds it; returns the token after
 * them, s1 when there are none. Stops at punctuation, a quotation and
 * the sentence's end. */
static int32_t
source_tail(const struct quote_finder *f, int32_t s1)
{
	int32_t k = s1, a, b, j;

	while ((size_t)k < f->ntoks && tok_word(f, k) && f->toks[k].q < 0 &&
	    !(f->toks[k].flags & TF_SENT) && k - s1 < 40) {
		const struct tok *t = &f->toks[k];

		if (tail_and(f, k) > k) {
			k = tail_and(f, k);
			continue;
		}
		if (tok_lower(f, k) && (t->flags & TF_ED) &&
		    !(t->cls & (WC_AUX | WC_BE | WC_PREP))) {
			j = tail_time(f, k + 1);
			if (j == k + 1 && !tail_prep(f, j))
				break;
			k = j;
			continue;
		}
		if (!tail_prep(f, k) || !np_right(f, k + 1, &a, &b, NP_OBJECT) ||
		    a != k + 1 || (f->toks[a].flags & TF_SENT))
			break;
		for (j = a; j < b && !tok_has(f, j, WC_TIME); j++)
			;
		if (j < b)
			break;
		k = ing_compound(f, b);
	}
	return k;
}

/* held_polls: "in recent polls from Quinnipiac and Fox News", "in polls
 * taken in December", "in polls in Ohio": do the words after polls left
 * unnamed, ending at token s1, say whose or which they are (source_tail,
 * a capitalised word among them; not "of" those polled, "in opinion
 * polls of Republican voters", nor "and" another noun, "his drop in
 * national polls and Trump's plan")? */
static bool
held_polls(const struct quote_finder *f, int32_t s1)
{
	int32_t e = source_tail(f, s1);

	if (e == s1 || tok_is(f, s1, f->w_of) || tok_is(f, s1, f->w_and))
		return false;
	for (int32_t k = s1 + 1; k < e; k++)
		if (f->toks[k].flags & TF_CAP)
			return true;
	return false;
}

/* opening_polls: "In exit polls, voters ...", "In the latest polls, he
 * trails": does "in" (cue c) and polls left unnamed, ending at token s1,
 * open sentence ss and end at a comma before a clause of two words or
 * more (a report of the polls, not a standing in them: "Smith leads in
 * the polls"; not "In the polls, anyway.")? */
static bool
opening_polls(const struct quote_finder *f, const struct cue *c, int32_t ss,
    int32_t s1)
{
	int32_t k = source_tail(f, s1);

	return c->t0 == ss && tok_punct(f, k, ',') && tok_word(f, k + 1) &&
	    tok_word(f, k + 2) && !(f->toks[k + 1].flags & TF_SENT) &&
	    !(f->toks[k + 2].flags & TF_SENT);
}

/* after_subordinator: "after, according to him, Televisa censured ...",
 * "reported that, according to an analysis, 85 of ...": is the cue at
 * t0 set off by a comma right after a lower-case subordinator or "that",
 * so that what it reports is the clause the subordinator opens? */
static bool
after_subordinator(const struct quote_finder *f, int32_t t0, int32_t ss)
{
	return t0 - 2 >= ss && tok_punct(f, t0 - 1, ',') && tok_lower(f, t0 - 2) &&
	    ((tok_has(f, t0 - 2, WC_SUB) && !tok_has(f, t0 - 2, WC_WH) &&
	    !tok_is(f, t0 - 2, f->w_as)) || tok_is(f, t0 - 2, f->w_that));
}

/* quoted_before_comma: "Citing the attack as a “wake-up call,” Smith
 * urged": does a quotation open after the source ending at s1, before
 * any comma, in sentence ss? Then an opening cue has no clause after its
 * source, and none before it either. */
static bool
quoted_before_comma(const struct quote_finder *f, int32_t s1, int32_t ss)
{
	for (int32_t k = s1; (size_t)k < f->ntoks && k - s1 < 30 &&
	    f->toks[k].sent == f->toks[ss].sent; k++) {
		if (f->toks[k].q >= 0)
			return true;
		if (tok_punct(f, k, ','))
			return false;
	}
	return false;
}

/* according: "according to X, ..." reports the clause after X; "...,
 * according to X" the clause before. X runs over what names who holds
 * it ("a report from the SITE group"). */
void
according(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s0, s1, p = c->t0 - 1, k;

	if (!source_np(f, c->t1, &s0, &s1))
		return;
	if (c->frames & FR_RECORD)
		s1 = poll_end(f, s0, s1);
	/* in a CNN poll, ...: only a poll or a survey reports this way */
	if ((c->frames & FR_RECORD) && !poll_word(f, s1 - 1))
		return;
	/* leading in the polls, behind in national polls: a standing, no report */
	if ((c->frames & FR_RECORD) && !named_polls(f, s0, s1) &&
	    !opening_polls(f, c, ss, s1) && !held_polls(f, s1))
		return;
	if (!(c->frames & FR_RECORD))
		s1 = source_compound(f, s1);
	s1 = source_tail(f, s1);
	c->s0 = s0;
	c->s1 = s1;
	while (p >= ss && (tok_has(f, p, WC_CONJ | WC_ADV) || tok_punct(f, p, ',')))
		p--;
	if (p >= ss && !tok_is(f, p, f->w_but) && !source_opens(f, p, c->t0) &&
	    !after_subordinator(f, c->t0, ss)) {
		c->use = CU_BEFORE;
		return;
	}
	/* According to early results of exit polls by X, ...: the clause
	 * after the comma that ends the source */
	for (k = s1; (size_t)k < f->ntoks && k - s1 < 30 &&
	    !(f->toks[k].flags & TF_SENT); k++) {
		if (f->toks[k].q >= 0)
			break;
		if (tok_punct(f, k, ',')) {
			if ((size_t)k + 1 < f->ntoks && !(f->toks[k + 1].flags & TF_SENT)) {
				c->use = CU_CLAUSE;
				c->c0 = k + 1;
			}
			return;
		}
	}
	if (p < ss && quoted_before_comma(f, s1, ss))
		return;
	c->use = CU_BEFORE;
}

/* plural_possessive: "budget hawks’ warnings", "Francis' remarks": is
 * token p an apostrophe closing a word in -s, with no space before it and
 * one after it (no quotation mark)? */
bool
plural_possessive(const struct quote_finder *f, int32_t p)
{
	const struct tok *t = &f->toks[p];

	return t->type == TK_QUOTE && (t->cp == '\'' || t->cp == 0x2019) &&
	    !(t->flags & (TF_OPEN | TF_CLOSE | TF_SPB)) && tok_word(f, p - 1) &&
	    (f->text[t->b - 1] == 's' || f->text[t->b - 1] == 'S') &&
	    (size_t)p + 1 < f->ntoks && (f->toks[p + 1].flags & TF_SPB);
}

/* possessor_speaker: "Rubio's assurance", "Trump's criticism", "the
 * hawks’ warnings": when token p before the noun of cue c is a possessive
 * 's or a plural's apostrophe after a speaker, that speaker is c's; true
 * when so. */
static bool
possessor_speaker(struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t s0, s1;

	if (p > ss && (f->toks[p].type == TK_POSS || plural_possessive(f, p)) &&
	    np_left(f, p - 1, ss, &s0, &s1) && np_is_speaker(f, s0, s1, false)) {
		c->s0 = s0;
		c->s1 = s1;
		return true;
	}
	return false;
}

/* agent_apposition: "calls from her rivals, Sen. Bob Jones and Gov. Tim
 * Lee, to break up ...": when the comma at token p opens an apposition
 * (a noun phrase, then at most a dozen tokens with no verb, relative,
 * subordinator or quotation mark) closed by a comma, the position of that
 * closing comma; -1 when not. */
static int32_t
agent_apposition(const struct quote_finder *f, int32_t p)
{
	int32_t a0, a1;

	if (!tok_punct(f, p, ',') || !np_right(f, p + 1, &a0, &a1, 0))
		return -1;
	for (int32_t k = a1; (size_t)k < f->ntoks && k - p <= 14; k++) {
		if ((f->toks[k].flags & TF_SENT) || f->toks[k].q >= 0 ||
		    (f->toks[k].cls & (WC_AUX | WC_BE | WC_REL | WC_SUB)) ||
		    tok_is(f, k, f->w_to))
			return -1;
		if (tok_punct(f, k, ','))
			return k;
	}
	return -1;
}

/* noun_agent: "an admission from Elizabeth Warren that ...", "a demand,
 * by Nancy Pelosi, that ...", "pledges from individual countries to
 * limit ...": the noun of cue c followed by "from" or "by" and a speaker
 * (a comma before and after it at most, or an apposition set off by
 * commas) reports the that-clause, the to-infinitive or what it is
 * "about" after them, said by that speaker; true when so. */
static bool
noun_agent(struct quote_finder *f, struct cue *c)
{
	int32_t k = c->t1, a0, a1;
	enum cue_use use = CU_CLAUSE;

	if (tok_punct(f, k, ','))
		k++;
	if (!tok_lower(f, k) || !(tok_is(f, k, f->w_from) || tok_is(f, k, f->w_by)) ||
	    !np_right(f, k + 1, &a0, &a1, 0) || (f->toks[a0].flags & TF_SENT) ||
	    !np_is_speaker(f, a0, a1, false))
		return false;
	/* from his wife, Ivana Smith, that ...: a name after a noun is part
	 * of the speaker's mention, a noun after a name is not */
	if ((k = agent_apposition(f, a1)) > 0 && (tok_is(f, k + 1, f->w_that) ||
	    tok_is(f, k + 1, f->w_to))) {
		if (tok_lower(f, a1 - 1))
			a1 = k;
		k++;
	} else
		k = tok_punct(f, a1, ',') ? a1 + 1 : a1;
	if ((size_t)k + 1 >= f->ntoks || (f->toks[k + 1].flags & TF_SENT))
		return false;
	/* a warning from experts that Zika spreads: any word opens the clause */
	if (tok_is(f, k, f->w_that) && tok_word(f, k + 1))
		c->c0 = k + 1;
	else if (tok_is(f, k, f->w_to) && tok_lower(f, k + 1) &&
	    !tok_has(f, k + 1, WC_DET | WC_PRON |
	    WC_OBJPRON | WC_QUANT))
		c->c0 = k;
	/* warnings from experts about Zika: the noun phrase or wh-clause */
	else if (tok_is(f, k, f->w_about) && (np_start(f, k + 1) ||
	    (tok_has(f, k + 1, WC_WH) && !tok_is(f, k + 1, f->w_that)))) {
		use = CU_NP;
		c->c0 = k + 1;
	} else
		return false;
	c->use = use;
	c->s0 = a0;
	c->s1 = a1;
	return true;
}

/* unowned_noun: "Despite complaints that he is a crusader", "amid
 * reports that ...", "it was drawing complaints that ...": is the noun
 * of cue c, whose content is a that-clause, held by no one the text
 * names: after a preposition that opens an adjunct or a verb that
 * receives it, over a determiner and adjectives? An adjunct that opens
 * the sentence ends c's content at its comma. */
static bool
unowned_noun(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	static const char *const before[] = { "despite", "amid", "amidst",
	    "over", "after", "before", "following", "including", "against",
	    "about", "draw", "draws", "drew", "drawing", "face", "faces",
	    "faced", "facing" };

	int32_t k = c->t0 - 1;
	size_t n = sizeof before / sizeof *before;

	if (c->use != CU_CLAUSE || !tok_is(f, c->c0 - 1, f->w_that))
		return false;
	while (k > ss && c->t0 - k <= 3 && tok_lower(f, k) &&
	    !word_among(f, k, before, n) && (adjective_like(f, k) ||
	    (tok_has(f, k, WC_DET | WC_QUANT) && !possessive_det(f, k))))
		k--;
	if (k < ss || !tok_word(f, k) || !word_among(f, k, before, n))
		return false;
	/* Despite complaints that ..., Hall passed: the adjunct ends at its comma */
	if (k == ss)
		for (int32_t j = c->c0; (size_t)j < f->ntoks &&
		    !(f->toks[j].flags & TF_SENT) && f->toks[j].q < 0; j++)
			if (tok_punct(f, j, ',')) {
				c->c1 = j;
				break;
			}
	return true;
}

/* noun_cue: "Rubio's assurance that ...", "made repeated pledges to ...". */
void
noun_cue(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = c->t0 - 1, n = skip_adjunct_right(f, c->t1), s0, s1;
	int32_t m = before_modifiers(f, c->t0, ss);

	if (noun_agent(f, c))
		return;

	/* his answer was that ...; her response was: “...” */
	if (tok_has(f, n, WC_BE) && tok_is(f, n + 1, f->w_that))
		n++;
	else if (tok_has(f, n, WC_BE) && tok_punct(f, n + 1, ':') &&
	    (size_t)n + 2 < f->ntoks && (f->toks[n + 2].flags & TF_OPEN)) {
		c->use = CU_QUOTE;
		c->quote = f->toks[n + 2].q;
	}
	if (c->use == CU_QUOTE)
		;
	else if (tok_is(f, n, f->w_that) && (size_t)n + 1 < f->ntoks &&
	    !(f->toks[n + 1].flags & TF_SENT)) {
		c->use = CU_CLAUSE;
		c->c0 = n + 1;
	} else if (tok_is(f, n, f->w_to) && tok_lower(f, n + 1)) {
		c->use = CU_CLAUSE;
		c->c0 = n;
	} else
		return;
	if (possessor_speaker(f, c, m, ss))
		return;
	/* his statement that ..., their main claim that ... */
	if (m >= ss && possessive_det(f, m)) {
		c->s0 = m;
		c->s1 = m + 1;
		return;
	}
	/* a light verb: made (repeated) pledges, issued a warning */
	while (p >= ss && p > c->t0 - 4 && tok_word(f, p) &&
	    !tok_is(f, p, f->w_made) && !tok_is(f, p, f->w_make) &&
	    !tok_is(f, p, f->w_makes) && !tok_is(f, p, f->w_issued) &&
	    (f->toks[p].cls & (WC_DET | WC_QUANT) ||
	    !(f->toks[p].cls & (WC_PREP | WC_CONJ | WC_SUB | WC_PRON | WC_AUX))))
		p--;
	if (p >= ss && (tok_is(f, p, f->w_made) || tok_is(f, p, f->w_make) ||
	    tok_is(f, p, f->w_makes) || tok_is(f, p, f->w_issued))) {
		int32_t q = skip_left(f, p - 1, ss);

		if (np_left(f, q, ss, &s0, &s1) && np_is_speaker(f, s0, s1, false)) {
			c->s0 = s0;
			c->s1 = s1;
			return;
		}
	}
	/* despite complaints that ...: said by no one named */
	if (unowned_noun(f, c, ss)) {
		c->frames |= FR_EVIDENT;
		return;
	}
	c->use = CU_NONE;
}

/* possessive_det: is token i a possessive determiner (his, her, their,
 * its, my, our, your), the speaker of the noun after it? */
static bool
possessive_det(const struct quote_finder *f, int32_t i)
{
	static const char *const dets[] = {
		"his", "her", "their", "its", "my", "our", "your"
	};

	if (!tok_has(f, i, WC_DET) || (f->toks[i].flags & TF_UPPER))
		return false;
	return word_among(f, i, dets, sizeof dets / sizeof *dets);
}

/* governing_cue: "expressed support for X": when the verb whose object
 * the noun of cue c heads (only determiners, a possessive pronoun or
 * adjectives between them) is a cue that reports nothing there, its
 * subject is the speaker; true when so. (When it reports the noun
 * phrase, "reiterated his support for X", the noun is inside its
 * content and dropped with the nested ones.) */
static bool
governing_cue(struct quote_finder *f, struct cue *c, int32_t ss)
{
	const struct cue *v;
	int32_t k;

	if (f->ncues < 2)
		return false;
	v = &f->cues[f->ncues - 2];
	if (v->use != CU_NONE || v->s0 < 0 || v->t1 > c->t0 ||
	    v->t1 < c->t0 - 3 || v->t0 < ss || v->inverted)
		return false;
	for (k = v->t1; k < c->t0; k++)
		if (!tok_lower(f, k) || (f->toks[k].cls & (WC_PREP | WC_CONJ |
		    WC_SUB | WC_REL | WC_AUX | WC_BE | WC_PRON)))
			if (!possessive_det(f, k))
				return false;
	c->s0 = v->s0;
	c->s1 = v->s1;
	c->inherit = true;
	return true;
}

/* before_modifiers: the token before the noun at t0 and at most two
 * adjectives or -ly adverbs before it ("Trump's harsh criticism", "his
 * repeated attacks", "her strongly worded criticism"), not before ss. */
int32_t
before_modifiers(const struct quote_finder *f, int32_t t0, int32_t ss)
{
	int32_t p = t0 - 1;

	while (p > ss && t0 - p <= 2 && (adjective_like(f, p) ||
	    (tok_lower(f, p) && (f->toks[p].flags & (TF_LY | TF_ED)) &&
	    !tok_has(f, p, WC_AUX | WC_BE))))
		p--;
	return p;
}

/* stance_holder: "Adelson, a fierce supporter of Israel", "Smith is a
 * longtime critic of the plan": a person noun of a stance (supporter of,
 * critic of) with no possessor is held by what it is said of: the
 * subject of the form of be before it ("was one of the earliest
 * backers of"), or the noun phrase before the comma that sets it off.
 * Token p is the one before its modifiers; sets the speaker of c and
 * returns true when found. */
static bool
stance_holder(struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t k = p, s0, s1;

	if (!(f->toks[c->t0].cls & WC_PERSON) || k <= ss)
		return false;
	while (k > ss && tok_lower(f, k) && tok_has(f, k, WC_MODIFIER))
		k--;    /* a longtime supporter */
	if (tok_is(f, k, f->w_a) || tok_is(f, k, f->w_an) || tok_is(f, k, f->w_the))
		k--;
	if (k - 1 > ss && tok_is(f, k, f->w_of) && word_is(f, k - 1, "one"))
		k -= 2;
	if (k > ss && tok_has(f, k, WC_BE) && tok_lower(f, k)) {
		while (k > ss && tok_lower(f, k) && (tok_has(f, k, WC_BE |
		    WC_AUX | WC_NEG) || (f->toks[k].flags & TF_LY)))
			k--;
	} else if (k > ss && tok_punct(f, k, ','))
		k--;
	else
		return false;
	if (!np_left(f, k, ss, &s0, &s1) || s1 != k + 1 ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	/* Jones, a critic of the dam, spoke: the aside ends at its comma */
	if (tok_punct(f, k + 1, ','))
		for (int32_t j = c->t1; (size_t)j < f->ntoks &&
		    !(f->toks[j].flags & TF_SENT); j++)
			if (tok_punct(f, j, ',')) {
				c->c1 = j;
				break;
			}
	return true;
}

/* perfect_participle: is token v a verb in -ed after have or be ("has
 * faced questions", "had dropped attacks"), not an adjective? */
static bool
perfect_participle(const struct quote_finder *f, int32_t v)
{
	return (f->toks[v].flags & TF_ED) &&
	    tok_has(f, v - 1, WC_HAVE | WC_BE | WC_AUX);
}

/* adjective_comma: is token v a comma between two adjectives before a
 * noun ("a bizarre, thinly-veiled attack")? */
static bool
adjective_comma(const struct quote_finder *f, int32_t v)
{
	return tok_punct(f, v, ',') && adjective_like(f, v - 1) &&
	    adjective_like(f, v + 1);
}

/* object_of: the noun of cue c (over a determiner and adjectives) is
 * the object of one of the n verbs, whose subject (that of the clause
 * for a participle, not a progressive; the mention before "who"; not
 * the object of a preposition) is its speaker; sets it as the speaker
 * of c and returns true when found. */
static bool
object_of(struct quote_finder *f, struct cue *c, int32_t ss,
    const char *const *verbs, size_t n)
{
	int32_t v = c->t0 - 1, s0, s1, k, commas = 0;

	/* a bizarre, thinly-veiled attack: over commas between adjectives */
	while (v > ss && c->t0 - v - commas <= 3) {
		if (adjective_comma(f, v)) {
			commas++;
			v--;
			continue;
		}
		if (!tok_lower(f, v) || word_among(f, v, verbs, n) ||
		    !((tok_has(f, v, WC_DET | WC_QUANT) &&
		    !possessive_det(f, v)) || adjective_like(f, v)) ||
		    perfect_participle(f, v))
			break;
		v--;
	}
	if (v <= ss || !tok_lower(f, v) || !word_among(f, v, verbs, n))
		return false;
	/* while raising: the clause's subject; are mounting: the subject of
	 * "are", found below as a finite verb's */
	if (f->toks[v].flags & TF_ING) {
		for (k = v - 1; k > ss && tok_lower(f, k) &&
		    (tok_has(f, k, WC_ADV) || (f->toks[k].flags & TF_LY)); k--)
			;
		if (!(tok_has(f, k, WC_BE) && tok_lower(f, k))) {
			if (tok_has(f, k, WC_AUX) || f->toks[k].type == TK_POSS ||
			    !inherit_speaker(f, c, ss))
				return false;
			c->inherit = true;
			return true;
		}
	}
	v = skip_left(f, v - 1, ss);
	if (v > ss && tok_is(f, v, f->w_who)) {
		c->s0 = np_left(f, v - 1, ss, &s0, &s1) && s1 == v &&
		    np_is_speaker(f, s0, s1, true) ? s0 : v;
		c->s1 = v + 1;
		return true;
	}
	/* the bloodshed in Paris posed: not the object of a preposition */
	if (!np_left(f, v, ss, &s0, &s1) || !np_is_speaker(f, s0, s1, false) ||
	    (s0 > ss && tok_lower(f, s0 - 1) && tok_has(f, s0 - 1, WC_PREP) &&
	    !tok_has(f, s0 - 1, WC_SUB)))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* raised_by: "Trump has raised questions about X", "groups expressed
 * concerns about X", "she began raising questions about X": the noun of
 * cue c is the object of raise, express, voice or pose, whose subject
 * raises it (object_of); true when found. */
static bool
raised_by(struct quote_finder *f, struct cue *c, int32_t ss)
{
	static const char *const raise[] = { "raise", "raised", "raises",
	    "raising", "express", "expressed", "expresses", "expressing",
	    "voice", "voiced", "voices", "voicing", "pose", "posed", "poses",
	    "posing" };

	return object_of(f, c, ss, raise, sizeof raise / sizeof *raise);
}

/* launched_by: "Christie unleashed withering attacks against Rubio",
 * "Cruz made an unprompted call for X", "Trump has taken a firm stance
 * against X", "Will had nothing but praise for X": the noun of a stance
 * or a statement is the object of a verb that only carries it (launch,
 * unleash, mount, level, heap, deliver, make, take, have), whose subject
 * holds it (object_of); true when found. */
static bool
launched_by(struct quote_finder *f, struct cue *c, int32_t ss)
{
	static const char *const light[] = { "launch", "launched",
	    "launches", "launching", "unleash", "unleashed", "unleashes",
	    "unleashing", "mount", "mounted", "mounts", "mounting", "level",
	    "leveled", "levelled", "levels", "leveling", "levelling", "heap",
	    "heaped", "heaps", "heaping", "deliver", "delivered", "delivers",
	    "delivering", "make", "made", "makes", "making", "take", "took",
	    "taken", "takes", "taking", "have", "has", "had", "having" };

	return object_of(f, c, ss, light, sizeof light / sizeof *light);
}

/* about_agent: "the criticism of her actions by the FBI director",
 * "opposition to the deal from the left": the noun phrase noun cue c
 * is about, then "by" or "from" and a speaker right after it (not a
 * place after a person, "the senator from Texas", nor a text after
 * "from"); that speaker is c's, and c's content ends before "by"; true
 * when so. */
static bool
about_agent(struct quote_finder *f, struct cue *c)
{
	int32_t a0, a1, s0, s1;

	if (!np_right(f, c->c0, &a0, &a1, NP_OBJECT) || !tok_lower(f, a1) ||
	    !(tok_is(f, a1, f->w_by) || tok_is(f, a1, f->w_from)) ||
	    !np_right(f, a1 + 1, &s0, &s1, 0) ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	/* the senator from Texas, attacks from her speech: a place, a text */
	if (tok_is(f, a1, f->w_from) && ((f->toks[a1 - 1].cls & WC_PERSON) ||
	    (f->toks[s1 - 1].cls & WC_DOCUMENT)))
		return false;
	c->c1 = a1;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* possessor_agrees: may the one-word mention at token s, the subject of
 * the clause, be what the possessive determiner at token p stands for:
 * not a pronoun of another person, number or gender ("I" for "his",
 * "it" for "her") nor a quantifier alone but for "their" ("some of his
 * own views, such as his support for"; "Both ... their denunciation")? */
static bool
possessor_agrees(const struct quote_finder *f, int32_t p, int32_t s)
{
	static const char *const det[] = {
		"his", "her", "their", "its", "my", "our", "your"
	};
	static const char *const pron[] = {
		"he", "she", "they", "it", "i", "we", "you"
	};

	if (tok_has(f, s, WC_QUANT) && !(f->toks[s].flags & TF_DIGIT))
		return word_is(f, p, "their");
	if (!tok_has(f, s, WC_PRON))
		return true;
	for (size_t k = 0; k < sizeof det / sizeof *det; k++)
		if (word_is(f, p, det[k]))
			return word_is(f, s, pron[k]);
	return true;
}

/* about_noun: "Trump's criticism of the judge", "his support for the
 * bill", "questions about her emails": a noun and the preposition of
 * its entry report the noun phrase or wh-clause after them. The speaker
 * is the possessor (a possessive pronoun after a verb: that verb's
 * subject), or the subject of a cue that governs the noun; with none,
 * an entry marked v is reported with no speaker (questions about X),
 * the others not at all ("support for X grew"). */
void
about_noun(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = before_modifiers(f, c->t0, ss);
	bool anon = (c->frames & FR_EVIDENT) != 0;

	c->frames &= ~(uint32_t)FR_EVIDENT;    /* until no speaker is found */
	if ((size_t)c->t1 >= f->ntoks || (f->toks[c->t1].flags & TF_SENT) ||
	    !(np_start(f, c->t1) || (tok_has(f, c->t1, WC_WH) &&
	    !tok_is(f, c->t1, f->w_that))))
		return;
	c->use = CU_NP;
	c->c0 = c->t1;
	if (governing_cue(f, c, ss))
		return;
	if (possessor_speaker(f, c, p, ss))
		return;
	/* doubled down on his support for X: the subject his stands for */
	if (p >= ss && possessive_det(f, p)) {
		if (p > ss && inherit_speaker(f, c, ss) &&
		    (c->s1 - c->s0 > 1 || possessor_agrees(f, p, c->s0))) {
			c->inherit = true;
			return;
		}
		c->s0 = p;
		c->s1 = p + 1;
		return;
	}
	if (stance_holder(f, c, p, ss))
		return;
	if (anon && raised_by(f, c, ss))
		return;
	if (!anon && launched_by(f, c, ss))
		return;
	if (about_agent(f, c))
		return;
	/* questions about X (v): no one's; the criticism of X: no report */
	if (anon)
		c->frames |= FR_EVIDENT;
	else
		c->use = CU_NONE;
}

/* agent: "the “just and lasting peace” outlined by the European Union":
 * the speaker is the agent, the report the quotation before the verb. */
bool
agent(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s0, s1;

	if (!(f->toks[c->t0].flags & TF_ED) || !tok_is(f, c->t1, f->w_by) ||
	    c->t0 == ss || !(f->toks[c->t0 - 1].flags & TF_CLOSE) ||
	    !np_right(f, c->t1 + 1, &s0, &s1, 0) ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	c->use = CU_BEFORE;
	c->quote = f->toks[c->t0 - 1].q;
	c->inverted = true;
	return true;
}

/* stance_by_agent: "The bill, opposed by Democrats, failed", "candidates
 * backed by super PACs": a stance cue in -ed right after a noun phrase
 * (or the comma after it), with "by" and a speaker after it, is that
 * speaker's stance on the noun phrase (only verbs of a stance: not
 * "a statement released by X"); sets c and returns true when so. */
bool
stance_by_agent(struct quote_finder *f, struct cue *c, int32_t ss)
{
	static const char *const stances[] = {
		"supported", "opposed", "backed", "endorsed", "favored",
		"favoured", "criticized", "criticised", "championed",
		"condemned", "denounced", "praised", "rejected"
	};
	int32_t p = c->t0 - 1, s0, s1, a0, a1;

	if (!(f->toks[c->t0].flags & TF_ED) || !tok_is(f, c->t1, f->w_by) ||
	    !word_among(f, c->t0, stances, sizeof stances / sizeof *stances) ||
	    !tok_lower(f, c->t0) || p < ss ||
	    !np_right(f, c->t1 + 1, &a0, &a1, 0) ||
	    !np_is_speaker(f, a0, a1, false))
		return false;
	if (tok_punct(f, p, ','))
		p--;
	if (p < ss || !tok_word(f, p) || tok_has(f, p, WC_BE | WC_AUX |
	    WC_PRON | WC_CONJ | WC_PREP) || !np_left(f, p, ss, &s0, &s1) ||
	    s1 != p + 1 || only_pronoun(f, s0, s1))
		return false;
	c->s0 = a0;
	c->s1 = a1;
	c->use = CU_NP;
	c->c0 = s0;
	c->c1 = s1;
	return true;
}

/* reduced_passive: "a fact first reported by Ann Heath", "measures added
 * by Republicans": a cue in -ed right after a lower-case noun (over
 * adverbs: first, later, -ly), with "by" and a speaker after it, is a
 * passive whose agent is that speaker, when the noun phrase follows a
 * comma, a dash or a quotation (not the subject of an active verb: "The
 * senator responded by email"; a participle after "by" is no agent:
 * "responded by saying"). */
bool
reduced_passive(const struct quote_finder *f, const struct cue *c, int32_t ss)
{
	int32_t p = c->t0 - 1, s0, s1;

	if (!(f->toks[c->t0].flags & TF_ED) || !tok_lower(f, c->t0) ||
	    !tok_is(f, c->t1, f->w_by) || (size_t)c->t1 + 1 >= f->ntoks ||
	    (f->toks[c->t1 + 1].flags & TF_ING) ||
	    !np_right(f, c->t1 + 1, &s0, &s1, 0) ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	while (p > ss && tok_word(f, p) && tok_lower(f, p) &&
	    ((f->toks[p].cls & WC_ADV) || (f->toks[p].flags & TF_LY) ||
	    lower_word(f, p, "first")))
		p--;
	if (p < ss || !tok_word(f, p) || !tok_lower(f, p) ||
	    (f->toks[p].flags & (TF_ED | TF_ING | TF_LY)) ||
	    tok_has(f, p, WC_BE | WC_AUX | WC_HAVE | WC_PRON | WC_OBJPRON |
	    WC_CONJ | WC_PREP | WC_DET | WC_REL | WC_SUB | WC_NEG | WC_QUANT |
	    WC_ADV | WC_WH) || !np_left(f, p, ss, &s0, &s1) || s1 != p + 1 ||
	    only_pronoun(f, s0, s1) || s0 <= ss)
		return false;
	/* after a comma, a dash or a quotation: not the subject of a clause
	 * ("The senator responded by email") */
	return comma_like(f, s0 - 1) || tok_punct(f, s0 - 1, 0x2014) ||
	    tok_punct(f, s0 - 1, 0x2013) || (f->toks[s0 - 1].flags & TF_CLOSE);
}

/* noun_participle: is token k a participle after a noun, whose own
 * agent a "by" after it is ("was asked during a luncheon held by the
 * Journal", "disclosures filed Sunday by the PAC"): a word in -ed or a
 * few common irregular ones? */
static bool
noun_participle(const struct quote_finder *f, int32_t k)
{
	static const char *const irregular[] = { "held", "led", "run", "paid",
	    "made", "sent", "brought", "bought", "built", "won" };
	const struct tok *t = &f->toks[k];
	bool form = false;

	if (!tok_lower(f, k))
		return false;
	if ((t->flags & TF_ED) && t->e - t->b > 3 && f->text[t->e - 1] == 'd')
		form = true;
	for (size_t i = 0; !form && i < sizeof irregular / sizeof *irregular; i++)
		form = lower_word(f, k, irregular[i]);
	return form &&
	    tok_word(f, k - 1) && !(f->toks[k - 1].flags & TF_LY) &&
	    !tok_has(f, k - 1, WC_AUX | WC_BE | WC_ADV | WC_NEG | WC_CONJ |
	    WC_PREP | WC_PRON | WC_REL | WC_SUB);
}

/* passive_agent: "has been called “strategic ambiguity” by Joshua
 * Hendrick": the agent is the speaker. */
void
passive_agent(const struct quote_finder *f, struct cue *c)
{
	int32_t s0, s1;

	for (int32_t k = c->t1; (size_t)k < f->ntoks && k - c->t1 < 16; k++) {
		const struct tok *t = &f->toks[k];

		if (t->flags & TF_SENT)
			return;
		if (t->q >= 0)
			continue;
		if (t->type == TK_PUNCT && t->cp != ',' && t->cp != '.')
			return;
		if (t->wid == f->w_by) {
			if (np_right(f, k + 1, &s0, &s1, 0) &&
			    np_is_speaker(f, s0, s1, false)) {
				c->s0 = s0;
				c->s1 = s1;
				c->passive = false;
				c->agent = true;
			}
			return;
		}
		if ((t->cls & (WC_SUB | WC_CONJ | WC_REPORT)) && !(t->cls & WC_PREP))
			return;
		if (noun_participle(f, k))
			return;
	}
}

/* passive_subject: "The issue was first reported by The Washington
 * Post": what the agent reported is the subject of the passive. */
void
passive_subject(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = skip_left(f, c->t0 - 1, ss), s0, s1;

	if (p < ss || !np_left(f, p, ss, &s0, &s1) || s1 != p + 1 ||
	    only_pronoun(f, s0, s1))
		return;
	c->use = CU_NP;
	c->c0 = s0;
	c->c1 = s1;
}

/* record_modifier: can tokens [a, b) follow a record's noun in its noun
 * phrase: "of Ohio released on Tuesday", "out Monday", ", conducted
 * jointly with X,", "by RealClearPolitics", "there"? */
static bool
record_modifier(const struct quote_finder *f, int32_t a, int32_t b)
{
	const struct tok *t = &f->toks[a];

	if (b - a > 20 || !(tok_punct(f, a, ',') || (tok_word(f, a) &&
	    (t->cls & WC_PREP || (tok_lower(f, a) && t->flags & TF_ED) ||
	    t->wid == f->w_there))))
		return false;
	for (int32_t k = a; k < b; k++) {
		t = &f->toks[k];
		if (t->q >= 0 || (t->type == TK_PUNCT && t->cp != ',' &&
		    t->cp != '.' && t->cp != '-' && t->cp != '(' && t->cp != ')' &&
		    t->cp != '&' && t->cp != '/'))
			return false;
		if (t->type == TK_WORD && (t->cls & (WC_SUB | WC_REL | WC_AUX |
		    WC_BE | WC_PRON)) && !(t->cls & WC_PREP))
			return false;
	}
	return true;
}

/* record_subject: "A CNN poll of Ohio released on Tuesday showed", "The
 * poll, released by X, showed": a cue that only a record may be the
 * subject of takes the record whose noun phrase, with what modifies it,
 * opens the clause before the verb. */
void
record_subject(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s0, s1;

	/* Clinton plans to find: an infinitive has no record for subject */
	if (tok_is(f, c->t0 - 1, f->w_to))
		return;
	for (int32_t k = c->t0 - 1; k >= ss && c->t0 - k < 22; k--) {
		if (!(f->toks[k].cls & WC_DOCUMENT) || !tok_word(f, k))
			continue;
		if (!np_left(f, k, ss, &s0, &s1) || s1 != k + 1 ||
		    !record_modifier(f, k + 1, c->t0))
			continue;
		if (s0 > ss && !tok_punct(f, s0 - 1, ',') &&
		    !tok_has(f, s0 - 1, WC_CONJ | WC_SUB))
			continue;
		c->s0 = s0;
		c->s1 = s1;
		c->inverted = false;
		return;
	}
}
