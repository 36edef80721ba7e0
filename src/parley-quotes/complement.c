/* complement.c - what a cue reports and where that starts: a quotation
 * right after it (said: “...”), a that-, wh-, to- or bare clause, a noun
 * phrase, an addressee ("told reporters that"), or, for a reporting clause
 * set off by a comma or a closing quotation mark, the clause before it. */
#include <string.h>

#include "cues.h"

/* dotted_abbreviation_end: is token k the dot closing an abbreviation
 * with an inner dot ("the U.S."), no space before it, a lower-case word
 * after it? */
static bool
dotted_abbreviation_end(const struct quote_finder *f, int32_t k)
{
	return tok_punct(f, k, '.') && !(f->toks[k].flags & TF_SPB) && k > 0 &&
	    (f->toks[k - 1].flags & TF_DOTTED) && tok_lower(f, k + 1);
}

/* clause_like: does a clause (subject and verb) start at token k? */
bool
clause_like(const struct quote_finder *f, int32_t k, bool any)
{
	const struct tok *t = &f->toks[k];
	int32_t s0, s1, n;

	if ((size_t)k >= f->ntoks)
		return false;
	if (t->type != TK_WORD || t->q >= 0)
		return t->type == TK_QUOTE && (t->flags & TF_OPEN);
	if ((t->cls & WC_TIME) && !(t->cls & (WC_SPEAKER | WC_DET)) &&
	    !((size_t)k + 1 < f->ntoks && f->toks[k + 1].type == TK_POSS))
		return false;    /* but: Thursday's speeches have led */
	if ((t->cls & WC_PRON) && t->wid != f->w_you && !(t->cls & WC_DET))
		return true;
	/* about half of it, over 200 people */
	if ((t->wid == f->w_about || t->wid == f->w_over) &&
	    (size_t)k + 1 < f->ntoks &&
	    (f->toks[k + 1].flags & TF_DIGIT || tok_has(f, k + 1, WC_QUANT)))
		return clause_like(f, k + 1, any);
	if (at_least(f, k))    /* at least six planes filled */
		return clause_like(f, k + 2, any);
	/* there certainly was: over adverbs to the verb */
	if (t->wid == f->w_there) {
		for (n = k + 1; n - k < 3 && tok_lower(f, n) && !tok_has(f, n,
		    WC_AUX | WC_BE) && (tok_has(f, n, WC_ADV) ||
		    (f->toks[n].flags & TF_LY)); n++)
			;
		return tok_has(f, n, WC_AUX | WC_BE);
	}
	if (t->wid == f->w_this || t->wid == f->w_these || t->wid == f->w_those)
		return tok_has(f, k + 1, WC_AUX | WC_BE);
	if (t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_ADV | WC_NEG | WC_AUX) &&
	    !(t->cls & (WC_DET | WC_QUANT | WC_SPEAKER)) && !(t->flags & TF_CAP))
		return false;
	if (any)
		return true;
	if (!np_right(f, k, &s0, &s1, 0))
		return false;
	n = s1;
	/* the U.S. should: over the dot of an abbreviation ending it, before
	 * an auxiliary (not "U.S. troops should") */
	if (dotted_abbreviation_end(f, n) && tok_has(f, n + 1, WC_AUX | WC_BE | WC_NEG))
		n++;
	/* her server - there were several - was: over an aside */
	if ((size_t)n < f->ntoks && dash_tok(&f->toks[n]))
		n = subject_aside_end(f, k, n) + 1;
	while (tok_word(f, n) && (f->toks[n].cls & WC_ADV || f->toks[n].flags & TF_LY))
		n++;
	if (!tok_word(f, n))
		return false;
	if (f->toks[n].cls & (WC_AUX | WC_BE | WC_NEG))
		return true;
	/* a verb in -s or -ed that the lexicon does not know as a noun */
	return !(f->toks[n].cls & (WC_PREP | WC_CONJ | WC_DET | WC_SUB | WC_SPEAKER)) &&
	    !(f->toks[n].flags & TF_CAP) &&
	    (f->toks[n].flags & TF_ED || f->text[f->toks[n].e - 1] == 's') &&
	    tok_word(f, n + 1);
}

/* degree_quantity: is token n, right before token k, an adverb of
 * degree before a quantity, a number, "every" or "each" that opens a
 * clause ("said nearly half of them", "only two voters", "said nearly
 * every donor"; not "nearly every day")? */
static bool
degree_quantity(const struct quote_finder *f, int32_t n, int32_t k)
{
	return k == n + 1 && tok_lower(f, n) && ((f->toks[n].cls & WC_ADV) ||
	    (f->toks[n].flags & TF_LY)) && !(f->toks[n].cls & (WC_PREP |
	    WC_CONJ | WC_SUB | WC_NEG | WC_AUX)) && f->toks[k].type == TK_WORD &&
	    ((f->toks[k].flags & TF_DIGIT) || (tok_has(f, k, WC_QUANT) &&
	    !tok_has(f, k, WC_DET)) || ((word_is(f, k, "every") ||
	    word_is(f, k, "each")) && !tok_has(f, k + 1, WC_TIME)));
}

/* object_report_noun: is the cue word at token k a noun right after a
 * reporting verb, its object ("announced plans to expand", "denied
 * reports that")? */
static bool
object_report_noun(const struct quote_finder *f, int32_t k)
{
	return k > 0 && tok_lower(f, k - 1) && tok_has(f, k - 1, WC_REPORT) &&
	    !(f->toks[k - 1].flags & TF_ING) && noun_use(f, k);
}

/* np_start: can a noun phrase (or gerund) complement start at token k? */
bool
np_start(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	if (t->type == TK_QUOTE)
		return (t->flags & TF_OPEN) != 0;
	/* proposed $275 billion, calls for €1 trillion: an amount */
	if (t->type == TK_PUNCT && t->q < 0 && (t->cp == '$' || t->cp == 0x20ac ||
	    t->cp == 0xa3) && (size_t)k + 1 < f->ntoks &&
	    (f->toks[k + 1].flags & TF_DIGIT))
		return true;
	if (t->type != TK_WORD || t->q >= 0)
		return false;
	if (t->cls & (WC_DET | WC_QUANT))
		return true;
	if ((t->cls & WC_TIME) && !(t->cls & WC_SPEAKER))
		return false;
	/* calls it “the pearl”, called him a liar */
	if ((t->cls & WC_OBJPRON) && !(t->flags & TF_UPPER) &&
	    (size_t)k + 1 < f->ntoks && (tok_word(f, k + 1) ||
	    (f->toks[k + 1].flags & TF_OPEN)))
		return true;
	if ((t->cls & WC_REPORT) && !(t->flags & TF_CAP) &&
	    !object_report_noun(f, k))
		return false;
	if (t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_AUX | WC_NEG | WC_PRON |
	    WC_REL | WC_BE) && !(t->flags & TF_CAP) && !(t->cls & WC_SPEAKER))
		return false;
	return !(t->flags & TF_LY) || (t->cls & WC_SPEAKER);
}

/* only_pronoun: is the content [c0, c1) a bare pronoun (this, it)? */
bool
only_pronoun(const struct quote_finder *f, int32_t c0, int32_t c1)
{
	if (c1 - c0 != 1)
		return false;
	return (f->toks[c0].cls & (WC_PRON | WC_OBJPRON)) ||
	    f->toks[c0].wid == f->w_this || f->toks[c0].wid == f->w_that ||
	    f->toks[c0].wid == f->w_so;
}

/* as_ahead: is there an "as" in the clause after token k? */
static bool
as_ahead(const struct quote_finder *f, int32_t k)
{
	for (int32_t j = k; (size_t)j < f->ntoks && j - k < 14; j++) {
		if (f->toks[j].flags & TF_SENT && j > k)
			return false;
		if (tok_is(f, j, f->w_as))
			return true;
		if (f->toks[j].type == TK_PUNCT && f->toks[j].cp != '-')
			return false;
	}
	return false;
}

/* only_adjuncts: after the cue of a reporting clause set off
 * before it, only adjuncts until punctuation: "..., Vance told reporters
 * in India, where ..." - no verb of the lexicon, no that. */
bool
only_adjuncts(const struct quote_finder *f, int32_t k)
{
	for (int32_t j = k; (size_t)j < f->ntoks; j++) {
		const struct tok *t = &f->toks[j];

		if (j > k && (t->flags & TF_SENT))
			return true;
		if (t->type == TK_PUNCT)
			return true;
		if (t->type == TK_QUOTE)
			return !(t->flags & TF_OPEN) || j > k;
		/* after as he launched ...: a clause of its own */
		if ((t->cls & WC_SUB) && !(t->cls & WC_SPEAKER) &&
		    t->wid != f->w_that && (j > k || (t->wid != f->w_if &&
		    t->wid != f->w_whether)))
			return true;
		/* said a member who supports Trump: a relative clause */
		if (t->wid == f->w_who || t->wid == f->w_which || t->wid == f->w_whose)
			return true;
		/* told hundreds of screaming supporters: a participle before
		 * a noun is its modifier, not a verb */
		if ((t->flags & TF_ING) && t->type == TK_WORD &&
		    (j == k || tok_is(f, j - 1, f->w_of) ||
		    tok_has(f, j - 1, WC_QUANT) ||
		    (f->toks[j - 1].flags & TF_DIGIT)) && tok_lower(f, j + 1) &&
		    !tok_has(f, j + 1, WC_DET | WC_PREP | WC_PRON | WC_OBJPRON |
		    WC_SUB | WC_CONJ | WC_REL | WC_WH | WC_ADV | WC_QUANT) &&
		    !tok_is(f, j + 1, f->w_that))
			continue;
		if (t->wid == f->w_that || (t->cls & WC_REPORT &&
		    !(t->cls & WC_SPEAKER) && !tok_has(f, j - 1, WC_DET) &&
		    !(j > 0 && f->toks[j - 1].type == TK_POSS)))
			return false;
		if (j - k > 30)
			return false;
	}
	return true;
}

/* adjuncts_before: is everything from the start of the sentence to
 * token s a run of adjuncts set off by commas, opened by a preposition
 * (In Fort Pierce, Florida Friday,), with no verb nor quotation? */
bool
adjuncts_before(const struct quote_finder *f, int32_t s)
{
	int32_t ss = sentence_start(f, s);

	if (ss >= s || !tok_has(f, ss, WC_PREP) || s - ss > 20)
		return false;
	for (int32_t k = ss; k < s; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || t->type == TK_QUOTE)
			return false;
		if (t->type == TK_WORD && !(t->flags & TF_CAP) &&
		    ((t->cls & (WC_AUX | WC_BE | WC_REPORT | WC_REL | WC_PRON)) ||
		    (t->flags & TF_ED)))
			return false;
	}
	return true;
}

/* opening_clause: is the run from the start of the sentence to the comma
 * before token s a clause that opens with an adverb or a preposition
 * ("About 270 people have been resettled, officials said", "And now
 * there is ..., he said"): not a subordinate clause, an auxiliary or a
 * form of be in it before any subordinating or relative word, no
 * quotation nor punctuation but dots and hyphens? */
static bool
opening_clause(const struct quote_finder *f, int32_t s)
{
	int32_t ss = sentence_start(f, s);

	if (ss >= s - 2 || s - ss > 60)
		return false;
	for (int32_t k = ss; k < s - 1; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || t->type == TK_QUOTE || (t->type == TK_PUNCT &&
		    t->cp != '.' && t->cp != '-'))
			return false;    /* a dateline's dash, a quotation */
		if (t->type != TK_WORD)
			continue;
		if (t->cls & (WC_SUB | WC_REL | WC_WH))
			return false;    /* while he may not have ..., where ... */
		if (k > ss && !(t->flags & TF_CAP) &&
		    (t->cls & (WC_AUX | WC_BE)) && !(t->cls & WC_PREP))
			return true;
	}
	return false;
}

/* short_report: “We will win.” Smith said.: is the sentence that starts
 * at token s a short reporting clause (at most 10 tokens, no comma, no
 * quotation, no negation: "did not elaborate"): a subject, a reporting
 * verb (no to-infinitive: "declined to elaborate"), then the full stop or only a
 * prepositional or time adjunct ("said on Tuesday"), so that it can only
 * report the quotation closed with a full stop right before it? */
static bool
short_report(const struct quote_finder *f, int32_t s)
{
	int32_t r = -1;

	for (int32_t k = s + 1; (size_t)k < f->ntoks && k - s <= 10; k++) {
		const struct tok *t = &f->toks[k];

		if ((t->flags & (TF_SENT | TF_PARA)) || t->q >= 0 ||
		    t->type == TK_QUOTE || tok_punct(f, k, ',') ||
		    tok_has(f, k, WC_NEG))
			return false;
		if (tok_punct(f, k, '.'))
			return r >= 0 && ((size_t)k + 1 >= f->ntoks ||
			    (f->toks[k + 1].flags & TF_SENT));
		if (r < 0 && tok_lower(f, k) && (t->cls & WC_REPORT) &&
		    !tok_is(f, k - 1, f->w_to)) {
			r = k;
			if (!tok_punct(f, k + 1, '.') &&
			    !tok_has(f, k + 1, WC_PREP | WC_TIME | WC_ADV))
				return false;
		} else if (r >= 0 && tok_has(f, k, WC_REPORT | WC_AUX | WC_BE |
		    WC_REL | WC_SUB | WC_PRON | WC_OBJPRON | WC_CONJ))
			return false;
	}
	return false;
}

/* boundary_before: a reporting clause starting at token s stands after
 * its content when a comma or a closing mark precedes it. */
static bool
boundary_before(const struct quote_finder *f, int32_t s)
{
	if (s <= 0)
		return false;
	/* a new sentence: only after “...?” or “...!” (“Why?” Vance asked),
	 * or after “...” closed with a full stop when the sentence is a short
	 * reporting clause, in the same paragraph */
	if (f->toks[s].flags & TF_SENT) {
		int32_t k = s - 1;

		if (f->toks[s].flags & TF_PARA)
			return false;

		while (k > 0 && (f->toks[k].flags & TF_CLOSE))
			k--;
		return k < s - 1 && (tok_punct(f, k, '?') || tok_punct(f, k, '!') ||
		    (tok_punct(f, k, '.') && short_report(f, s)));
	}
	if (tok_punct(f, s - 1, ',') && clause_start(f, s) == s &&
	    !opening_clause(f, s))
		return false;   /* Today, the newspaper calls it ... */
	if (tok_punct(f, s - 1, ',') && adjuncts_before(f, s))
		return false;   /* In Fort Pierce, Florida, Friday, Clinton said */
	return tok_punct(f, s - 1, ',') || (f->toks[s - 1].flags & TF_CLOSE) ||
	    tok_punct(f, s - 1, 0x2014) || tok_punct(f, s - 1, 0x2013);
}

/* after_quote: “...,” Fight for $15 organizing director Kendall Fells
 * told ...: a reporting clause right after a quotation in its paragraph,
 * its mention everything between. */
static bool
after_quote(const struct quote_finder *f, struct cue *c)
{
	for (int32_t k = c->s0 - 1; k > 0 && c->s0 - k < 10; k--) {
		const struct tok *t = &f->toks[k];

		if (t->flags & TF_CLOSE) {
			/* not a quotation that ends the paragraph before */
			if (f->toks[k + 1].flags & TF_PARA)
				return false;
			if (!(f->toks[k - 1].type == TK_PUNCT &&
			    strchr(",?!", (int)f->toks[k - 1].cp) != NULL &&
			    f->toks[k - 1].cp < 128))
				return false;
			c->s0 = k + 1;
			return true;
		}
		if (t->q >= 0 || (t->type == TK_PUNCT && (t->cp == ',' ||
		    t->cp == '.' || t->cp == ';' || t->cp == ':')) ||
		    (t->flags & TF_SENT))
			return false;
		if (t->type == TK_WORD && !(t->flags & (TF_CAP | TF_DIGIT)) &&
		    (t->cls & (WC_REPORT | WC_SUB | WC_CONJ | WC_AUX | WC_PRON)) &&
		    !(t->cls & (WC_SPEAKER | WC_MODIFIER)))
			return false;
	}
	return false;
}

/* quote_before: “Your Honor,” I said, “I would like ...”: a reporting
 * clause between two quotations governs both. */
static void
quote_before(const struct quote_finder *f, struct cue *c)
{
	int32_t s = c->inverted || c->s0 < 0 || c->s0 > c->t0 ? c->t0 : c->s0;

	if (s > 0 && (f->toks[s - 1].flags & TF_CLOSE) && f->toks[s - 1].q >= 0 &&
	    tok_punct(f, s - 2, ','))
		c->quote2 = f->toks[s - 1].q;
}

/* infinitive_verb: can token k, after "to", be the verb of a
 * to-infinitive: a lower-case word, or a capitalised one in a headline in
 * Title Case ("Trump Tells Supporters To Vote Early")? */
static bool
infinitive_verb(const struct quote_finder *f, int32_t k)
{
	return tok_lower(f, k) || (tok_word(f, k) &&
	    !(f->toks[k].flags & TF_SENT) && title_case(f, k));
}

/* negated_infinitive: "threatened not to show up", "vowed never to
 * return": does a to-infinitive negated by not or never start at token
 * k? Not a passive one: "asked not to be named" is no report. */
static bool
negated_infinitive(const struct quote_finder *f, int32_t k)
{
	return tok_lower(f, k) && tok_has(f, k, WC_NEG) && !tok_has(f, k, WC_AUX) &&
	    tok_is(f, k + 1, f->w_to) && infinitive_verb(f, k + 2) &&
	    !tok_has(f, k + 2, WC_BE);
}

/* label_after: the token after a short label in parentheses opened at
 * token k by a capital ("Gov. Rick Snyder (R)", "Rep. Bob Goodlatte
 * (R-Va.)"), k when there is none. */
static int32_t
label_after(const struct quote_finder *f, int32_t k)
{
	int32_t j;

	if (!tok_punct(f, k, '(') || !tok_word(f, k + 1) ||
	    !(f->toks[k + 1].flags & TF_CAP))
		return k;
	for (j = k + 1; (size_t)j < f->ntoks && j - k < 7 && f->toks[j].q < 0 &&
	    !(f->toks[j].flags & TF_SENT) && !tok_punct(f, j, ')'); j++)
		;
	return tok_punct(f, j, ')') ? j + 1 : k;
}

/* object_tail: the token after what still belongs to an object that
 * np_right ended at token o1: the dot of an abbreviation ending it
 * ("called on the U.S. to act"), a label in parentheses ("called on
 * Gov. Rick Snyder (R) to resign"), and an aside between dashes before
 * a that-, wh- or to-clause ("asked the campaigns - Trump, Cruz and
 * Kasich - why"). */
static int32_t
object_tail(const struct quote_finder *f, int32_t o1)
{
	int32_t k = o1, j;

	if (dotted_abbreviation_end(f, k) && !(f->toks[k].flags & TF_SENT) &&
	    !(f->toks[k + 1].flags & TF_SENT))
		k++;
	k = label_after(f, k);
	if ((size_t)k >= f->ntoks || !dash_tok(&f->toks[k]))
		return k;
	for (j = k + 1; (size_t)j < f->ntoks && j - k < 14 && f->toks[j].q < 0 &&
	    !(f->toks[j].flags & TF_SENT) && !dash_tok(&f->toks[j]); j++)
		;
	if (j == k + 1 || !tok_punct(f, j, f->toks[k].cp) || !tok_lower(f, j + 1) ||
	    !(tok_is(f, j + 1, f->w_that) || tok_is(f, j + 1, f->w_to) ||
	    tok_has(f, j + 1, WC_WH)))
		return k;
	return j + 1;
}

/* request_object: "asked him to probe claims", "asks her assistant to
 * print": a cue of a request (an addressee and a to-infinitive) followed
 * by any object, not only a speaker, and then "to" and a verb reports
 * the to-infinitive (never an adjunct "to X" here); the cue takes the
 * object in. */
static bool
request_object(struct quote_finder *f, struct cue *c)
{
	int32_t o0, o1;

	if ((c->frames & (FR_OBJECT | FR_TO)) != (FR_OBJECT | FR_TO) ||
	    !np_right(f, c->t1, &o0, &o1, NP_OBJECT) || o0 != c->t1 ||
	    !tok_is(f, o1 = object_tail(f, o1), f->w_to) || !infinitive_verb(f, o1 + 1) ||
	    tok_has(f, o1 + 1, WC_DET | WC_PRON | WC_OBJPRON | WC_QUANT) ||
	    (f->toks[o1].flags & TF_SENT) || (f->toks[o1 + 1].flags & TF_SENT))
		return false;
	c->t1 = o1;
	c->use = CU_CLAUSE;
	c->c0 = o1;
	return true;
}

/* split_phrase: "warned China against provocative behavior", "warned us
 * about those rapists": when the object after the one-word verb cue c is
 * followed by a preposition that makes with the verb an entry of the
 * lexicon taking a noun phrase and no topic (warn against, warn about;
 * not "of": "accused Smith of lying" reports the object with it), the
 * preposition; -1 when there is none. */
static int32_t
split_phrase(const struct quote_finder *f, const struct cue *c)
{
	const struct lex_word *w;
	int32_t o0, o1;

	if (c->t1 != c->t0 + 1 || f->lx->cues[c->entry].nwords != 1 ||
	    f->toks[c->t0].wid < 0 || !np_right(f, c->t1, &o0, &o1, NP_OBJECT) ||
	    o0 != c->t1 || !tok_lower(f, o1) || !tok_has(f, o1, WC_PREP) ||
	    tok_is(f, o1, f->w_of) || !np_start(f, o1 + 1) || (f->toks[o1 + 1].flags & TF_SENT))
		return -1;
	w = &f->lx->words[f->toks[c->t0].wid];
	for (int32_t i = w->cue0; i < w->cue0 + w->ncues; i++) {
		const struct cue_entry *e = &f->lx->cues[i];

		if (e->nwords == 2 && e->words[1] == f->toks[o1].wid &&
		    (e->frames & FR_NP) && !(e->frames & FR_ABOUT))
			return o1;
	}
	return -1;
}

/* addressee: "told reporters that", "warned Kyiv that": extend the cue
 * over the object when what follows it is a complement or the end. */
void
addressee(struct quote_finder *f, struct cue *c)
{
	int32_t o0, o1, k;
	bool person;

	if (!np_right(f, c->t1, &o0, &o1, NP_OBJECT) ||
	    !np_is_speaker(f, o0, o1, true))
		return;
	/* told the forum.: any addressee for tell; a person for the rest */
	person = np_is_speaker(f, o0, o1, false) || (c->frames & FR_ANYSUBJ);
	k = object_tail(f, skip_adjunct_right(f, object_tail(f, o1)));
	/* accused Smith of lying.: with "of" to the end of the sentence
	 * and no quotation before, what a verb with a noun phrase (FR_NP)
	 * charges him with or reminds him of, no adjunct */
	if ((c->frames & FR_NP) && tok_is(f, o1, f->w_of) &&
	    ((size_t)k >= f->ntoks || (f->toks[k].flags & TF_SENT) ||
	    tok_punct(f, k, '.')) &&
	    !closed_before(f, c))
		return;
	if (((size_t)k >= f->ntoks || f->toks[k].type == TK_PUNCT ||
	    f->toks[k].flags & TF_SENT || (f->toks[k].flags & TF_OPEN)) && person)
		c->t1 = o1;
	else if (tok_is(f, k, f->w_that) || tok_is(f, k, f->w_to) ||
	    ((c->frames & FR_TO) && negated_infinitive(f, k)) ||
	    (tok_has(f, k, WC_WH) && (c->frames & FR_WH)) ||
	    (person && clause_like(f, k, false)))
		c->t1 = o1;
}

/* dashed_adjunct: "said — on Twitter, as it happens — that ...": when
 * token k opens an aside between two dashes that a that-clause or a
 * quotation follows, the token after the aside; else k. */
static int32_t
dashed_adjunct(const struct quote_finder *f, int32_t k, uint32_t fr)
{
	const struct tok *t = &f->toks[k];
	int32_t j;

	if (t->type != TK_PUNCT || !(t->cp == 0x2014 || t->cp == 0x2013 ||
	    t->cp == 0x2015 || (t->cp == '-' && (t->flags & TF_SPB))))
		return k;
	for (j = k + 1; (size_t)j < f->ntoks && j - k < 16 &&
	    !(f->toks[j].flags & TF_SENT) && f->toks[j].q < 0; j++) {
		const struct tok *d = &f->toks[j];

		if (d->type == TK_PUNCT && d->cp == t->cp)
			break;
	}
	if (!tok_punct(f, j, t->cp) || j == k + 1)
		return k;
	if (tok_is(f, j + 1, f->w_that) && (fr & FR_THAT))
		return j + 1;
	if ((size_t)j + 1 < f->ntoks && (f->toks[j + 1].flags & TF_OPEN) &&
	    (fr & FR_QUOTE))
		return j + 1;
	return k;
}

/* asked_before: does token s, which starts a sentence, follow in its
 * paragraph a quotation closed by a question or an exclamation mark
 * (“Why?” Vance asked about the plan)? The sentence is then its
 * reporting clause. */
static bool
asked_before(const struct quote_finder *f, int32_t s)
{
	int32_t k = s - 1;

	if (k < 1 || !(f->toks[k].flags & TF_CLOSE) || (f->toks[s].flags & TF_PARA))
		return false;
	while (k > 0 && (f->toks[k].flags & TF_CLOSE))
		k--;
	return tok_punct(f, k, '?') || tok_punct(f, k, '!');
}

/* title_in_adjunct: "On “Meet the Press,” Trump criticized ...", "Later
 * on ''This Week,'' Sanders questioned ...", "Friday on CNN’s “New Day,”
 * Sen. X told ...": does the quotation closing at token p open right
 * after a preposition of its sentence, or after the possessive of a name
 * (up to four capitalised words) that follows one: a title inside an
 * opening adjunct rather than words reported? */
static bool
title_in_adjunct(const struct quote_finder *f, int32_t p)
{
	int32_t q = f->toks[p].q, a;

	if (q < 0)
		return false;
	a = f->qs[q].open - 1;
	if (a < 0 || (f->toks[a + 1].flags & TF_SENT) ||
	    f->toks[a].sent != f->toks[p].sent)
		return false;
	if (f->toks[a].type == TK_POSS)
		for (a--; a > 0 && tok_word(f, a) && (f->toks[a].flags & TF_CAP) &&
		    !(f->toks[a].flags & TF_SENT) && f->toks[a].q < 0 &&
		    f->qs[q].open - a <= 5; a--)
			;
	return a >= 0 && tok_has(f, a, WC_PREP) &&
	    (tok_lower(f, a) || (f->toks[a].flags & TF_SENT));
}

/* closed_before: does the reporting clause of cue c stand right after a
 * quotation closed in its sentence (“...,” Smith said / “...,” said
 * Smith)? Then that quotation is what it reports. */
bool
closed_before(const struct quote_finder *f, const struct cue *c)
{
	int32_t s = c->inverted || c->s0 < 0 || c->s0 > c->t0 ? c->t0 : c->s0;

	if (c->inherit || s <= 0)
		return false;
	/* “Why?” Smith said about it: a topic after the verb is no content
	 * of its own (a that-clause after it would be) */
	if (f->toks[s].flags & TF_SENT)
		return asked_before(f, s) && (tok_is(f, c->t1, f->w_about) ||
		    tok_is(f, c->t1, f->w_of));
	if (tok_punct(f, s - 1, ',') && s > 1)
		s--;
	return (f->toks[s - 1].flags & TF_CLOSE) && !title_in_adjunct(f, s - 1);
}

/* short_answer: "said so", "said yes", "said no", "said the same (of
 * Smith)": a word that stands for the clause said, when nothing but
 * adjuncts follows it in its clause. Returns the end of the answer with
 * those adjuncts, or k when there is none at k. */
static int32_t
short_answer(const struct quote_finder *f, int32_t k)
{
	int32_t e = k, j;

	if (tok_is(f, k, f->w_so) || word_is(f, k, "yes") || word_is(f, k, "no"))
		e = k + 1;
	else if (tok_is(f, k, f->w_the) && word_is(f, k + 1, "same"))
		e = k + 2;
	if (e == k || f->toks[k].q >= 0)
		return k;
	j = skip_adjunct_right(f, e);
	if ((size_t)j < f->ntoks && !(f->toks[j].flags & TF_SENT) &&
	    !(f->toks[j].type == TK_PUNCT && f->toks[j].cp != '-'))
		return k;
	return j;
}

/* subordinate_participle: "stated, while testifying before Congress,
 * that": is token j a participle right after the subordinator opening
 * the aside after the comma at k (the occasion of the report, not
 * another report)? */
static bool
subordinate_participle(const struct quote_finder *f, int32_t k, int32_t j)
{
	return j == k + 2 && (f->toks[j].flags & TF_ING) && tok_lower(f, j) &&
	    tok_lower(f, k + 1) && tok_has(f, k + 1, WC_SUB) &&
	    !tok_has(f, k + 1, WC_WH | WC_REL);
}

/* aside_clause: "says, win or lose in the primary, he is staying", "said,
 * twice, that ...", "said Thursday at a town hall in Buffalo, New York,
 * that ...", "wondered, as I do, why ...": an aside set off by commas
 * between the cue (with its adjuncts, up to the comma at k) and its
 * clause. Returns the first token of the clause, or -1. */
static int32_t
aside_clause(const struct quote_finder *f, int32_t k, uint32_t fr)
{
	if (!tok_punct(f, k, ','))
		return -1;
	for (int32_t j = k + 1; (size_t)j + 1 < f->ntoks && j - k < 18; j++) {
		const struct tok *t = &f->toks[j];

		if ((t->flags & TF_SENT) || t->q >= 0 || t->type == TK_QUOTE ||
		    (t->type == TK_PUNCT && t->cp != ',' && t->cp != '.') ||
		    ((t->cls & WC_REPORT) && !(t->cls & WC_SPEAKER) &&
		    !(t->flags & TF_CAP) && !subordinate_participle(f, k, j)))
			return -1;
		if (t->type != TK_PUNCT || t->cp != ',' || j == k + 1 ||
		    (f->toks[j + 1].flags & TF_SENT))
			continue;
		/* ..., that has yet to happen: a pronoun, no complementizer */
		if (tok_is(f, j + 1, f->w_that) && (fr & FR_THAT) &&
		    tok_word(f, j + 2) && !(f->toks[j + 2].flags & TF_SENT) &&
		    (!tok_has(f, j + 2, WC_AUX | WC_BE) || tok_has(f, j + 2, WC_PRON)))
			return j + 2;
		/* ..., which is why: a relative clause, no question */
		if (tok_has(f, j + 1, WC_WH) && !tok_has(f, j + 1, WC_REL) &&
		    (fr & FR_WH) && !tok_is(f, j + 1, f->w_when) &&
		    !tok_is(f, j + 1, f->w_where))
			return j + 1;
		if ((fr & FR_BARE) && tok_word(f, j + 1) && clause_like(f, j + 1, false))
			return j + 1;
	}
	return -1;
}

/* infinitive_end: the token after a to-infinitive that modifies a noun
 * at token n ("the attempts to trip up Trump will ...", "Trump's plan to
 * pay down the debt would ..."), when an auxiliary follows it within a
 * few words with no punctuation, quotation or clause word between; else
 * n. */
static int32_t
infinitive_end(const struct quote_finder *f, int32_t n)
{
	if (!tok_is(f, n, f->w_to) || !tok_lower(f, n + 1) ||
	    tok_has(f, n + 1, WC_DET | WC_QUANT | WC_AUX | WC_BE | WC_PRON |
	    WC_OBJPRON | WC_PREP))
		return n;
	for (int32_t j = n + 2; j < n + 10 && tok_word(f, j); j++) {
		const struct tok *t = &f->toks[j];

		if (t->q >= 0 || (t->flags & TF_SENT) || t->wid == f->w_that ||
		    (t->cls & (WC_SUB | WC_REL | WC_WH | WC_CONJ | WC_REPORT)))
			return n;
		if (!(t->flags & TF_CAP) && (t->cls & (WC_AUX | WC_NEG)) &&
		    !(t->cls & WC_PREP))
			return j;
	}
	return n;
}

/* pp_subject_clause: does a clause start at token k whose subject is a
 * noun phrase with one or two prepositional phrases or a to-infinitive
 * after it, or one opened by this, these or those, then an auxiliary
 * ("the drumbeat of public pressure will ...", "the plan to cut taxes
 * would ...", "those statements were ...")? clause_like takes only a
 * bare noun phrase, and this, these, those alone. */
static bool
pp_subject_clause(const struct quote_finder *f, int32_t k)
{
	int32_t s0, s1, n, m = 0;
	bool demonstrative = (tok_is(f, k, f->w_this) || tok_is(f, k, f->w_these) ||
	    tok_is(f, k, f->w_those)) && tok_lower(f, k + 1) &&
	    !tok_has(f, k + 1, WC_AUX | WC_BE);

	if (!tok_word(f, k) || f->toks[k].q >= 0 || !np_right(f, k, &s0, &s1, 0) ||
	    s0 != k)
		return false;
	for (n = s1; m < 2 && tok_lower(f, n) && tok_has(f, n, WC_PREP) &&
	    !tok_is(f, n, f->w_to) && !tok_has(f, n, WC_SUB | WC_CONJ) &&
	    np_right(f, n + 1, &s0, &s1, 0) && s0 == n + 1 &&
	    !tok_has(f, s0, WC_PRON | WC_OBJPRON); m++)
		n = s1;
	if (infinitive_end(f, n) > n) {
		n = infinitive_end(f, n);
		m++;
	}
	if (m == 0 && !demonstrative)
		return false;
	while (tok_word(f, n) && (f->toks[n].cls & WC_ADV || f->toks[n].flags & TF_LY))
		n++;
	return tok_lower(f, n) && tok_has(f, n, WC_AUX | WC_BE | WC_NEG);
}

/* irregular_clause: "argued the piece made Obama look good", "says long
 * lines kept many away": does a clause start at token k whose subject is
 * a noun phrase (no pronoun: clause_like reads those) and whose verb is a
 * common irregular past tense, followed by a word? np_right reads the verb
 * and its object into the noun phrase, clause_like takes only verbs in -s
 * or -ed after it. */
static bool
irregular_clause(const struct quote_finder *f, int32_t k)
{
	static const char *const past[] = { "made", "kept", "gave", "took",
	    "found", "left", "got", "won", "lost", "meant", "held", "led",
	    "brought", "sent", "told", "saw", "knew", "thought", "felt",
	    "began", "became", "came", "went", "ran", "grew", "fell", "spent",
	    "paid", "sold", "bought", "built", "stood", "rose", "drove",
	    "broke", "wrote", "spoke", "chose", "sought", "fought", "taught",
	    "caught", "struck", "hid", "forgot", "understood" };
	int32_t s0, s1, n;

	if (!tok_word(f, k) || f->toks[k].q >= 0 ||
	    tok_has(f, k, WC_PRON | WC_OBJPRON | WC_PREP | WC_SUB | WC_CONJ |
	    WC_WH | WC_AUX) || !np_right(f, k, &s0, &s1, 0) || s0 != k)
		return false;
	for (n = k + 1; n <= s1 && tok_word(f, n) && !tok_has(f, n, WC_PRON); n++)
		if (!tok_has(f, n - 1, WC_DET) && tok_lower(f, n) &&
		    word_among(f, n, past, sizeof past / sizeof *past))
			return tok_word(f, n + 1);
	return false;
}

/* agreeing_clause: "argues the system gives too much power to elites":
 * does a clause start at token k whose verb in -s np_right read as a noun
 * of its subject, after a lower-case singular noun (not after a
 * determiner) and before a determiner, a quantity, a pronoun, an adverb
 * or a lower-case word that opens no phrase or clause? */
static bool
agreeing_clause(const struct quote_finder *f, int32_t k)
{
	int32_t s0, s1, n;

	if (!tok_word(f, k) || f->toks[k].q >= 0 ||
	    tok_has(f, k, WC_PRON | WC_OBJPRON | WC_PREP | WC_SUB | WC_CONJ |
	    WC_WH | WC_AUX) || !np_right(f, k, &s0, &s1, 0) || s0 != k)
		return false;
	for (n = k + 1; n < s1; n++) {
		const struct tok *t = &f->toks[n], *p = &f->toks[n - 1];

		if (tok_lower(f, n - 1) && !(p->cls & (WC_DET | WC_QUANT)) &&
		    f->text[p->e - 1] != 's' && tok_lower(f, n) &&
		    f->text[t->e - 1] == 's' && f->text[t->e - 2] != 's' &&
		    !(t->cls & (WC_SPEAKER | WC_TIME)) &&
		    (tok_has(f, n + 1, WC_DET | WC_QUANT | WC_PRON | WC_OBJPRON |
		    WC_ADV) || (tok_lower(f, n + 1) && !tok_has(f, n + 1,
		    WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_AUX | WC_BE))))
			return true;
	}
	return false;
}

/* last_time: are tokens [a, b) "Last week", "Last year", "Next
 * month", "Last September": last, next or past and a time word? */
static bool
last_time(const struct quote_finder *f, int32_t a, int32_t b)
{
	static const char *const which[] = { "last", "next", "past" };

	return b == a + 2 && word_among(f, a, which, sizeof which /
	    sizeof *which) && tok_has(f, a + 1, WC_TIME);
}

/* opener_before: is what stands before the subject at token s, from the
 * start of its sentence, an opening adverbial set off by the one comma
 * before s ("Shortly after the vote,", "When asked,", "Having lost Iowa,",
 * "Later in the day,", "Asked at a briefing about X,"): a subordinate
 * clause, an adverb, a participle (in -ing or -ed) or
 * a time word first, no other comma, no quotation? */
static bool
opener_before(const struct quote_finder *f, int32_t s)
{
	int32_t ss = sentence_start(f, s);
	const struct tok *t = &f->toks[ss];

	if (ss >= s - 1 || !tok_punct(f, s - 1, ',') || t->type != TK_WORD ||
	    !((t->cls & (WC_SUB | WC_TIME)) || (t->cls & WC_ADV && !(t->cls &
	    WC_CONJ)) || (t->flags & (TF_LY | TF_ING | TF_ED)) ||
	    opener_phrase(f, ss, s - 1) || last_time(f, ss, s - 1)) ||
	    t->wid == f->w_that)
		return false;
	for (int32_t k = ss; k < s - 1; k++)
		if (f->toks[k].q >= 0 || f->toks[k].type == TK_QUOTE ||
		    (f->toks[k].type == TK_PUNCT && f->toks[k].cp != '.'))
			return false;
	return true;
}

/* clauses_opener_before: is what stands before the subject at token s,
 * from the start of its sentence, a subordinate clause and adjuncts set
 * off by commas, the last comma right before s ("When he took the
 * stage, at a theater in Winterset, he said ...")? Opened by a
 * subordinating word (not "that" nor "as"), or when wide by a
 * preposition or a participle in -ing ("Rattling off promises to ...,
 * reform ..., Clinton promised"); no punctuation outside quotations but
 * commas and dots, at most 40 tokens. */
static bool
clauses_opener_before(const struct quote_finder *f, int32_t s, bool wide)
{
	int32_t ss = sentence_start(f, s);
	const struct tok *t = &f->toks[ss];

	if (ss >= s - 1 || s - ss > 40 || !tok_punct(f, s - 1, ',') ||
	    t->type != TK_WORD || !((t->cls & WC_SUB) || (wide &&
	    ((t->cls & WC_PREP) || (t->flags & TF_ING)))) ||
	    t->wid == f->w_that || t->wid == f->w_as)
		return false;
	for (int32_t k = ss; k < s - 1; k++)
		if (f->toks[k].type == TK_PUNCT && f->toks[k].q < 0 &&
		    f->toks[k].cp != '.' && f->toks[k].cp != ',')
			return false;
	return true;
}

/* dateline_before: is what stands before the subject at token s, from
 * the start of its paragraph, a dateline ended by the dash before s
 * ("WASHINGTON (AP) — A report said ...", "DECATUR, Ill. — Smith said
 * ...")? Capitalised words, numbers, commas, dots and brackets, one word
 * at least all in capitals. */
static bool
dateline_before(const struct quote_finder *f, int32_t s)
{
	int32_t ss = sentence_start(f, s);
	bool upper = false;

	if (ss >= s - 1 || s - ss > 12 || !(f->toks[ss].flags & TF_PARA) ||
	    !dash_tok(&f->toks[s - 1]))
		return false;
	for (int32_t k = ss; k < s - 1; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || (t->type == TK_WORD ? !(t->flags & (TF_CAP |
		    TF_DIGIT)) : t->type != TK_PUNCT || (t->cp != ',' &&
		    t->cp != '.' && t->cp != '(' && t->cp != ')')))
			return false;
		if (t->flags & TF_UPPER)
			upper = true;
	}
	return upper;
}

/* verb_far: does the sentence of cue c start with its subject (after a
 * quotation) but put a verb and its object, not only auxiliaries,
 * adverbs or an aside between commas, between that subject and the cue
 * (“Mr. Smith?” I had prepared a statement to read)? Then it is no
 * reporting clause of that quotation. */
static bool
verb_far(const struct quote_finder *f, const struct cue *c)
{
	bool far = false;

	if (c->s0 < 0 || c->s0 >= c->t0 || !(f->toks[c->s0].flags & TF_SENT))
		return false;
	for (int32_t k = c->s1; k < c->t0; k++) {
		if (!tok_word(f, k))
			return false;
		if (!(f->toks[k].cls & (WC_AUX | WC_BE | WC_HAVE | WC_NEG |
		    WC_ADV)) && !(f->toks[k].flags & TF_LY))
			far = true;
	}
	return far;
}

/* as_opens: does the "as" at token a open its sentence (after a
 * conjunction at most: "But as Clyburn noted, ...") or follow a comma
 * (and a conjunction after it: "..., and as Comey noted, ...")? */
static bool
as_opens(const struct quote_finder *f, int32_t a)
{
	if (f->toks[a].flags & TF_SENT)
		return true;
	if (a > 0 && (f->toks[a - 1].flags & TF_SENT) && tok_has(f, a - 1, WC_CONJ))
		return true;
	if (a > 1 && tok_lower(f, a - 1) && tok_has(f, a - 1, WC_CONJ) &&
	    comma_like(f, a - 2))
		return true;
	return comma_like(f, a - 1);
}

/* as_after_clause: "The mill will close, as Smith noted (in the Times)":
 * is the speaker of cue c, before it, opened by "as" after a comma that
 * ends a clause of the sentence? Then that clause is what it reports. */
bool
as_after_clause(const struct quote_finder *f, const struct cue *c)
{
	int32_t a = c->s0 - 1;

	return c->s0 >= 0 && c->s0 < c->t0 && a >= 2 &&
	    tok_is(f, a, f->w_as) && comma_like(f, a - 1) &&
	    !(f->toks[a].flags & TF_SENT) && !(f->toks[a - 1].flags & TF_SENT) &&
	    tok_word(f, a - 2 - ((f->toks[a - 1].flags & TF_CLOSE) != 0));
}

/* bare_relative_head: "opened a probe the agency said was ongoing": is
 * the word before the speaker of cue c, right before the cue, a
 * lower-case noun that heads a relative clause with no pronoun, the
 * cue's content its gap? Not when that noun phrase opens the sentence
 * ("The only regret he acknowledged was ...": the gap is the object). */
static bool
bare_relative_head(const struct quote_finder *f, const struct cue *c)
{
	int32_t a = c->s0 - 1;
	const struct tok *t = &f->toks[a];

	if (c->s1 != c->t0 || c->t1 >= (int32_t)f->ntoks ||
	    !tok_has(f, c->t1, WC_AUX | WC_BE) || !tok_lower(f, a) ||
	    t->q >= 0 || (t->cls & ~(uint32_t)(WC_SPEAKER | WC_MODIFIER)) ||
	    (t->flags & (TF_LY | TF_ED | TF_ING)))
		return false;
	/* back to the noun phrase's determiner, over its modifiers */
	for (int32_t n = 0; n < 3 && a > 0 && !(f->toks[a].flags & TF_SENT) &&
	    tok_word(f, a - 1) && !tok_has(f, a - 1, WC_PREP | WC_CONJ |
	    WC_SUB | WC_AUX | WC_BE | WC_PRON | WC_REL | WC_WH); n++) {
		a--;
		if (tok_has(f, a, WC_DET | WC_QUANT))
			break;
	}
	return !(f->toks[a].flags & TF_SENT);
}

/* adverb_after_relative: "which even critics say was": is the word
 * before the speaker starting at s0 a lower-case adverb right after a
 * relative pronoun? */
static bool
adverb_after_relative(const struct quote_finder *f, int32_t s0)
{
	return s0 > 1 && tok_lower(f, s0 - 1) && tok_has(f, s0 - 1, WC_ADV) &&
	    !tok_has(f, s0 - 1, WC_PREP | WC_SUB | WC_CONJ | WC_TIME) &&
	    tok_lower(f, s0 - 2) && tok_has(f, s0 - 2, WC_REL);
}

/* name_after_head: "something Sanders aides argue is", "a dynamic
 * Greenberg said could": the first capitalised word inside the speaker
 * of cue c after a lower-case word of no class, when that word heads a
 * relative clause with no pronoun (bare_relative_head) whose speaker
 * starts at the capital; else -1. */
static int32_t
name_after_head(const struct quote_finder *f, const struct cue *c)
{
	for (int32_t m = c->s0 + 1; m < c->s1; m++) {
		struct cue named = *c;

		if (!tok_word(f, m) || !(f->toks[m].flags & TF_CAP) ||
		    (f->toks[m].flags & TF_SENT) || !tok_lower(f, m - 1) ||
		    f->toks[m - 1].cls != 0)
			continue;
		named.s0 = m;
		return bare_relative_head(f, &named) ? m : -1;
	}
	return -1;
}

/* gap_main_verb: is token n, right after the cue of a restrictive
 * relative clause opened at token r (no comma before it) with no object
 * of its own, the main clause's verb: a form of be or an auxiliary, or a
 * verb in -ed with no hyphen, not before "by" or "as" nor before a word
 * that may be a noun ("The deal that the council backed failed", "the
 * bill which the mayor opposed passed the Senate")? */
static bool
gap_main_verb(const struct quote_finder *f, int32_t r, int32_t n)
{
	const struct tok *t = &f->toks[n];

	if (tok_punct(f, r - 1, ',') || tok_has(f, r - 1, WC_PREP) ||
	    !tok_lower(f, n) || t->q >= 0 ||
	    (t->cls & (WC_PRON | WC_PREP | WC_DET)) || tok_is(f, n + 1, f->w_by) ||
	    tok_is(f, n + 1, f->w_as) || memchr(f->text + t->b, '\'', t->e - t->b))
		return false;
	if (t->cls & (WC_AUX | WC_BE))
		return true;
	/* failed, passed the Senate; not an adjective: heightened interest */
	return (t->flags & TF_ED) && f->text[t->e - 1] == 'd' &&
	    !(t->cls & ~(uint32_t)(WC_CUE | WC_REPORT | WC_PHRASAL)) &&
	    !memchr(f->text + t->b, '-', t->e - t->b) &&
	    !(tok_lower(f, n + 1) && !(f->toks[n + 1].flags & TF_LY) &&
	    !tok_has(f, n + 1, WC_DET | WC_PREP | WC_ADV | WC_OBJPRON |
	    WC_QUANT | WC_CONJ | WC_SUB));
}

/* gap_clause_verb: "policies which they argue spur growth", "the man who
 * they say killed him": is token k, right after the cue of a relative
 * clause whose subject follows its pronoun (which, who, or that after a
 * noun; not after a preposition: "with which France maintains close
 * ties"), a lower-case word that opens the reported clause with its
 * subject gapped: no function word, adverb, pronoun or participle in
 * -ing? */
static bool
gap_clause_verb(const struct quote_finder *f, const struct cue *c, int32_t k)
{
	int32_t r = c->s0 - 1;
	const struct tok *t;

	if (c->s0 <= 0 || c->s0 >= c->t0 || c->inherit || !tok_lower(f, r) ||
	    tok_has(f, r - 1, WC_PREP) || !(tok_is(f, r, f->w_which) || tok_is(f, r, f->w_who) ||
	    (tok_is(f, r, f->w_that) && tok_word(f, r - 1) &&
	    !tok_has(f, r - 1, WC_REPORT | WC_CUE | WC_BE | WC_AUX | WC_PREP))) ||
	    !tok_lower(f, k) || (f->toks[k].flags & TF_SENT))
		return false;
	t = &f->toks[k];
	return t->q < 0 && !(t->flags & (TF_LY | TF_ING)) &&
	    !(t->cls & (WC_DET | WC_PREP | WC_SUB | WC_CONJ | WC_ADV | WC_TIME |
	    WC_PRON | WC_OBJPRON | WC_QUANT | WC_WH | WC_REL | WC_NEG)) &&
	    !memchr(f->text + t->b, '\'', t->e - t->b);
}

/* object_relative: "the deal, which Putin vehemently opposed", "a
 * candidate who many members strongly oppose": a stance cue with no object
 * after it whose subject follows a relative pronoun (which, who, whom,
 * that after a noun) reports that pronoun, what it stands for; sets the
 * content of c (CU_NONE), or replaces a content read from the main
 * clause's verb (CU_NP: gap_main_verb). */
void
object_relative(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t r = c->s0 - 1, n = c->t1;

	if (!stance_only(c) || c->s0 < 0 || c->inverted || r <= ss ||
	    !tok_lower(f, r) || !(tok_is(f, r, f->w_which) ||
	    tok_is(f, r, f->w_who) || lower_word(f, r, "whom") ||
	    (tok_is(f, r, f->w_that) && tok_word(f, r - 1) &&
	    !tok_has(f, r - 1, WC_REPORT | WC_CUE | WC_BE | WC_AUX))))
		return;
	/* a noun phrase read after the cue is the main clause's verb */
	if (c->use == CU_NP && ((size_t)n >= f->ntoks || c->c0 != n ||
	    !gap_main_verb(f, r, n)))
		return;
	/* no object: the clause ends, or an adjunct follows */
	if (c->use == CU_NONE && (size_t)n < f->ntoks &&
	    !(f->toks[n].flags & TF_SENT) &&
	    !(f->toks[n].type == TK_PUNCT && f->toks[n].q < 0) &&
	    !(tok_lower(f, n) && tok_has(f, n, WC_PREP | WC_SUB | WC_TIME)))
		return;
	c->use = CU_NP;
	c->c0 = r;
	c->c1 = r + 1;
}

/* addressee_relative: "“...,” the former president told a crowd that
 * the campaign estimated at 3,000": after a quotation closed by a comma,
 * a question or an exclamation mark, the "that" at token k right after
 * a cue's addressee that is a noun (not "told him that") opens a
 * relative clause of that noun: the quotation is what the cue reports. */
static bool
addressee_relative(const struct quote_finder *f, const struct cue *c,
    int32_t k)
{
	int32_t s = c->inverted || c->s0 < 0 || c->s0 > c->t0 ? c->t0 : c->s0;

	if (!tok_is(f, k, f->w_that) || k != c->t1 || c->t1 - c->t0 < 2 ||
	    !tok_lower(f, k - 1) || tok_has(f, k - 1, WC_OBJPRON | WC_PRON) ||
	    s < 2 || !(f->toks[s - 1].flags & TF_CLOSE))
		return false;
	return tok_punct(f, s - 2, ',') || tok_punct(f, s - 2, '?') ||
	    tok_punct(f, s - 2, '!');
}

/* gapped_clause: does the clause starting at token k lack its object, a
 * relative clause ("the deal that Smith signed.", "the group that he
 * leads in Ohio"): its verb, neither a form of be nor an auxiliary, right
 * before punctuation, a preposition or the end of the sentence? */
static bool
gapped_clause(const struct quote_finder *f, int32_t k)
{
	int32_t s0, s1, v;

	if (!np_right(f, k, &s0, &s1, 0))
		return false;
	for (v = s1; tok_word(f, v) && tok_lower(f, v) && (tok_has(f, v,
	    WC_ADV | WC_NEG | WC_AUX) || (f->toks[v].flags & TF_LY)) &&
	    !tok_has(f, v, WC_BE) && (!tok_has(f, v, WC_HAVE) ||
	    (f->toks[v + 1].flags & TF_ED)) && v - s1 < 4; v++)
		;
	/* the deal that he was negotiating. */
	if (tok_has(f, v, WC_BE) && (f->toks[v + 1].flags & TF_ING) &&
	    tok_lower(f, v + 1))
		v++;
	if (!tok_word(f, v) || tok_has(f, v, WC_BE))
		return false;
	return (size_t)v + 1 >= f->ntoks || (f->toks[v + 1].flags & TF_SENT) ||
	    (f->toks[v + 1].type == TK_PUNCT && f->toks[v + 1].q < 0) ||
	    (tok_has(f, v + 1, WC_PREP) && !tok_is(f, v + 1, f->w_that));
}

/* that_after_adjuncts: "said in a 911 call from the scene of the shooting
 * that ...", "said on NBC's ''Meet the Press'' on Sunday that ...", "said
 * Thursday during a taping in Buffalo, New York, that ...": adjuncts
 * too long, quoted or set off by commas for skip_adjunct_right between a
 * verb of that-clauses and its "that". From token n, a preposition or a
 * time word right after the cue, to a "that" opening a clause with its
 * subject (not a relative clause's gap) in the same sentence, with no
 * other report, auxiliary, relative word or punctuation but commas and
 * parentheses between; returns the clause's first token, or -1. */
static int32_t
that_after_adjuncts(const struct quote_finder *f, int32_t n)
{
	if (!tok_word(f, n) || !(tok_has(f, n, WC_TIME) || (tok_lower(f, n) &&
	    tok_has(f, n, WC_PREP))))
		return -1;
	for (int32_t j = n; (size_t)j + 1 < f->ntoks && j - n < 40; j++) {
		const struct tok *t = &f->toks[j];

		if (j > n && (t->flags & TF_SENT))
			return -1;
		if (t->q >= 0 && t->type == TK_WORD)
			continue;    /* a quoted name: ''This Week'' */
		if (t->type == TK_PUNCT && t->cp != ',' && t->cp != '(' &&
		    t->cp != ')' && t->cp != '-')
			return -1;
		if (t->type != TK_WORD)
			continue;
		if (t->wid == f->w_that && !tok_has(f, j - 1, WC_PREP)) {
			if (clause_like(f, j + 1, false) && !gapped_clause(f, j + 1))
				return j + 1;
			continue;    /* in that case, the deal that ... */
		}
		if (tok_lower(f, j) && (tok_has(f, j, WC_AUX | WC_BE | WC_REL |
		    WC_WH | WC_SUB | WC_CONJ) || ((t->cls & WC_REPORT) && !noun_use(f, j) &&
		    !(f->toks[j - 1].flags & TF_DIGIT))))
			return -1;
	}
	return -1;
}

/* comma_after_that: where the clause after "that" at token k - 1
 * starts: past a comma that sets off an adjunct opening it ("said that,
 * in Wisconsin, his voters ...": "in Wisconsin, his voters ..."), past
 * an aside between dashes ("says that – in his life – he is": "he
 * is"). */
static int32_t
comma_after_that(const struct quote_finder *f, int32_t k)
{
	if (tok_punct(f, k, ',') && tok_word(f, k + 1) &&
	    !(f->toks[k + 1].flags & TF_SENT))
		return k + 1;
	if (dash_tok(&f->toks[k]))
		for (int32_t j = k + 1; (size_t)j + 1 < f->ntoks && j - k < 20 &&
		    !(f->toks[j].flags & TF_SENT) && !tok_punct(f, j, ','); j++)
			if (dash_tok(&f->toks[j]))
				return tok_word(f, j + 1) ? j + 1 : k;
	return k;
}

/* sentence_after_quote: “... this wall!” Conservatives still praise
 * his refusal: is cue c, which never reports the content before it (no
 * `i`), in a sentence of its own after a quotation closed by a question
 * or an exclamation mark, with its subject opening that sentence and a
 * word or a quotation at k after it? Then it reports what follows, not
 * that quotation. */
static bool
sentence_after_quote(const struct quote_finder *f, const struct cue *c,
    int32_t k)
{
	return !c->inverted && !c->inherit && c->s0 > 0 && c->s0 < c->t0 &&
	    (f->toks[c->s0].flags & TF_SENT) &&
	    (f->toks[c->s0 - 1].flags & TF_CLOSE) &&
	    (tok_word(f, k) || (f->toks[k].flags & TF_OPEN));
}

/* inside_earlier_report: does a report read before cue c in its
 * sentence start its content before c's subject ("Cuban said in a race
 * between X and Y, he would support the former": c is part of it)? */
static bool
inside_earlier_report(const struct quote_finder *f, const struct cue *c)
{
	for (const struct cue *o = c; o-- > f->cues;) {
		if (f->toks[o->t0].sent != f->toks[c->t0].sent)
			return false;
		if ((o->use == CU_CLAUSE || o->use == CU_NP) && o->c0 >= 0 &&
		    o->c0 <= c->s0)
			return true;
	}
	return false;
}

/* subject_before_verb: "In Florida, a June poll found Trump ...",
 * "Speaking in Salem, New Hampshire, Trump went after Bush": has cue c
 * its subject before it, not a relative pronoun ("a GOP leader who
 * endorsed Kasich", "Mr. Brown, whose group does not endorse", set off by
 * commas, are no reports of the sentence)?
 * Then a cue that never reports the content before it (no i, no a)
 * reports what follows it even after a comma. */
static bool
subject_before_verb(const struct quote_finder *f, const struct cue *c)
{
	return !c->inverted && c->s0 >= 0 && c->s0 < c->t0 &&
	    !relative(f, c->s1 - 1) && !tok_is(f, c->s1 - 1, f->w_that) &&
	    !relative(f, c->s0) && !inside_earlier_report(f, c);
}

/* adjunct_then_clause: "explained after winning Ohio on Mar. 15, he
 * would have to ...": when token k opens an adjunct with a preposition
 * or a subordinating word that runs, with no other punctuation (but the
 * dot of an abbreviation) nor quotation, to a comma within 15 tokens,
 * and a clause with a subject follows that comma, the first token of
 * that clause; else -1. */
static int32_t
adjunct_then_clause(const struct quote_finder *f, int32_t k)
{
	int32_t j;

	if (!tok_lower(f, k) || !tok_has(f, k, WC_PREP | WC_SUB) ||
	    tok_is(f, k, f->w_of) || tok_is(f, k, f->w_to))
		return -1;
	for (j = k + 1; j - k < 15 && (size_t)j < f->ntoks && f->toks[j].q < 0 &&
	    !(f->toks[j].flags & TF_SENT) && (tok_word(f, j) ||
	    (tok_punct(f, j, '.') && (f->toks[j - 1].cls & WC_ABBR))); j++)
		;
	if (!tok_punct(f, j, ',') || !tok_word(f, j + 1) ||
	    (f->toks[j + 1].flags & TF_SENT) || !clause_like(f, j + 1, false))
		return -1;
	return j + 1;
}

/* modifiers_after_comma: "The plan, an inside source said,", "..., a
 * wide array of economists say,": when the mention starting at s0 has
 * before it, back to a comma, only a determiner and up to four lower-case
 * modifiers (adjectives, a noun and "of", a preposition used as an
 * adjective), the determiner; else -1. */
static int32_t
modifiers_after_comma(const struct quote_finder *f, int32_t s0)
{
	for (int32_t j = s0 - 1; j > 0 && s0 - j <= 5; j--) {
		const struct tok *t = &f->toks[j];

		if (!tok_lower(f, j) || t->q >= 0 || (t->flags & (TF_SENT | TF_ING)))
			return -1;
		if (t->wid == f->w_a || t->wid == f->w_an || t->wid == f->w_the)
			return j < s0 - 1 && tok_punct(f, j - 1, ',') ? j : -1;
		if (t->cls & (WC_DET | WC_PRON | WC_OBJPRON | WC_CONJ | WC_SUB |
		    WC_REL | WC_AUX | WC_BE | WC_NEG | WC_WH | WC_REPORT | WC_TIME |
		    WC_HAVE))
			return -1;
	}
	return -1;
}

/* purpose_opener: "say for the party's nominee to win they will ...":
 * does "for" at token n, with a noun phrase that ends at token k, open a
 * to-infinitive that a clause (with its own subject) follows within a
 * few words? */
static bool
purpose_opener(const struct quote_finder *f, int32_t n, int32_t k)
{
	if (!tok_is(f, n, f->w_for) || !tok_lower(f, n) || k <= n + 1 ||
	    !tok_is(f, k, f->w_to) || !infinitive_verb(f, k + 1))
		return false;
	for (int32_t j = k + 2; j < k + 8 && (size_t)j < f->ntoks &&
	    f->toks[j].q < 0 && !(f->toks[j].flags & TF_SENT); j++)
		if ((tok_has(f, j, WC_PRON) || tok_punct(f, j, ',')) &&
		    clause_like(f, j + tok_punct(f, j, ','), false))
			return true;
	return false;
}

/* noun_infinitive: "vowed to soldier on", "promising to campaign across
 * the country": for a cue with a to-infinitive (FR_TO), the first "to" in
 * [n, k) (what skip_adjunct_right stepped over as an adjunct) before a
 * lower-case singular speaker noun with no determiner, a verb there (not
 * "promised to staff that ..."); k when there is none. */
static int32_t
noun_infinitive(const struct quote_finder *f, int32_t n, int32_t k, uint32_t fr)
{
	if (!(fr & FR_TO))
		return k;
	for (int32_t j = n; j < k; j++)
		if (tok_is(f, j, f->w_to) && tok_lower(f, j + 1) &&
		    tok_has(f, j + 1, WC_SPEAKER) && !tok_has(f, j + 1, WC_DET |
		    WC_QUANT | WC_PRON | WC_OBJPRON) &&
		    f->text[f->toks[j + 1].e - 1] != 's' &&
		    !tok_is(f, j + 2, f->w_that))
			return j;
	return k;
}

/* complement decides what cue c reports and where that starts. */
void
complement(struct quote_finder *f, struct cue *c)
{
	uint32_t fr = c->frames;
	int32_t n = c->inverted ? c->s1 : c->t1, k, prep, s0;
	const struct tok *t;
	bool after, quoted = closed_before(f, c);

	if ((fr & FR_OBJECT) && !c->inverted) {
		if (request_object(f, c))
			return;
		if ((prep = split_phrase(f, c)) >= 0) {
			c->t1 = prep + 1;
			c->use = CU_NP;
			c->c0 = c->t1;
			return;
		}
		addressee(f, c);
		n = object_tail(f, c->t1);
	}
	if ((size_t)n >= f->ntoks)
		goto before;
	k = object_tail(f, skip_adjunct_right(f, n));
	k = noun_infinitive(f, n, k, fr);
	/* said Monday's decision will ...: no time adjunct before a
	 * possessive */
	if (k > n && (size_t)k < f->ntoks && f->toks[k].type == TK_POSS &&
	    tok_has(f, k - 1, WC_TIME))
		k = n;
	if (adverb_back(f, k))    /* she wrote back: “...” */
		k = skip_adjunct_right(f, k + 1);
	if ((size_t)k < f->ntoks && !c->inverted)
		k = dashed_adjunct(f, k, fr);
	if (tok_punct(f, k, ',') && (fr & (FR_THAT | FR_QUOTE))) {
		int32_t j = skip_adjunct_right(f, k + 1);

		if (j > k + 1 && tok_punct(f, j, ',') && (tok_is(f, j + 1, f->w_that) ||
		    ((size_t)j + 1 < f->ntoks && (f->toks[j + 1].flags & TF_OPEN))))
			k = tok_is(f, j + 1, f->w_that) ? j + 1 : j;
	}
	if ((size_t)k >= f->ntoks || (f->toks[k].flags & TF_SENT && k > c->t0))
		goto before;
	if (tok_punct(f, k, ',') && (fr & FR_QUOTE)) {
		int32_t j = k + 1;

		while (tok_word(f, j) && ((f->toks[j].cls & WC_ADV) ||
		    (f->toks[j].flags & TF_LY)) && j - k < 4)
			j++;
		if (j > k + 1 && tok_punct(f, j, ',') && (size_t)j + 1 < f->ntoks &&
		    (f->toks[j + 1].flags & TF_OPEN))
			k = j;
	}
	t = &f->toks[k];
	/* he said:\n\nLet no one be mistaken ...: the next paragraph */
	if (tok_punct(f, k, ':') && (fr & FR_QUOTE) && (size_t)k + 1 < f->ntoks &&
	    (f->toks[k + 1].flags & TF_PARA) && !(f->toks[k + 1].flags & TF_OPEN) &&
	    tok_word(f, k + 1)) {
		int32_t e = paragraph_last(f, k + 1);

		while (e > k + 1 && f->toks[e].type == TK_PUNCT && f->toks[e].q < 0)
			e--;
		c->use = CU_CLAUSE;
		c->c0 = k + 1;
		c->c1 = e + 1;
		return;
	}
	if ((tok_punct(f, k, ':') || (tok_punct(f, k, ',') && (fr & FR_QUOTE))) &&
	    (size_t)k + 1 < f->ntoks && (f->toks[k + 1].flags & TF_OPEN) &&
	    !(f->toks[k + 1].flags & TF_SENT && tok_punct(f, k, ','))) {
		c->use = CU_QUOTE;
		c->quote = f->toks[k + 1].q;
		quote_before(f, c);
		return;
	}
	/* “...,” Smith told “Fox and Friends”: after a quotation, a quoted
	 * name or fragment right after the reporting clause is not what it
	 * reports */
	if ((t->flags & TF_OPEN) && quoted && k > 0 &&
	    f->toks[k - 1].type != TK_PUNCT)
		goto before;
	/* would continue “to break barriers”: a verb of quotations only
	 * governs a quotation run on after it when it opens a sentence */
	if ((t->flags & TF_OPEN) && ((fr & (FR_BARE | FR_NP)) || ((fr & FR_QUOTE) &&
	    (size_t)k + 1 < f->ntoks && !tok_lower(f, k + 1)))) {
		c->use = CU_QUOTE;
		c->quote = t->q;
		return;
	}
	/* ..., said a member who supports Trump: the content is before */
	if (c->inverted)
		goto before;
	/* which an FBI investigation said was careless */
	if ((t->cls & (WC_AUX | WC_BE)) && t->type == TK_WORD && c->s0 > 0 &&
	    c->s0 < c->t0 && (tok_has(f, c->s0 - 1, WC_REL) ||
	    adverb_after_relative(f, c->s0) || bare_relative_head(f, c)) &&
	    (fr & (FR_THAT | FR_BARE))) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* something Sanders aides argue is possible: the same when the
	 * relative's head noun was read into the speaker */
	if ((t->cls & (WC_AUX | WC_BE)) && t->type == TK_WORD &&
	    (fr & (FR_THAT | FR_BARE)) && c->s0 >= 0 && c->s0 < c->t0 &&
	    (s0 = name_after_head(f, c)) >= 0) {
		c->s0 = s0;
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* policies which they argue spur growth: the gapped clause */
	if ((fr & FR_BARE) && (fr & FR_THAT) && !quoted && k == n &&
	    gap_clause_verb(f, c, k)) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* “...,” Smith said in a documentary that showed ..., recalled of a
	 * talk she had: right after a quotation, what follows an adjunct of
	 * the reporting clause is a relative clause or another sentence */
	if (quoted && k > n && !tok_has(f, k - 1, WC_TIME) && (fr & FR_AFTER))
		goto before;
	if (quoted && addressee_relative(f, c, k))
		goto before;
	if (t->wid == f->w_that && (fr & FR_THAT) && (size_t)k + 1 < f->ntoks &&
	    !(f->toks[k + 1].flags & TF_SENT)) {
		c->use = CU_CLAUSE;
		c->c0 = comma_after_that(f, k + 1);
		return;
	}
	/* not "said when he ...", "wrote where ...": adjuncts; but a verb
	 * of asking only reports questions: "asks where each resident was
	 * born" */
	if ((t->cls & WC_WH) && (fr & FR_WH) && t->wid != f->w_that &&
	    ((t->wid != f->w_when && t->wid != f->w_where) ||
	    !(fr & (FR_THAT | FR_BARE)))) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	if (t->wid == f->w_to && (fr & FR_TO) && (infinitive_verb(f, k + 1) ||
	    ((size_t)k + 1 < f->ntoks && (f->toks[k + 1].flags & TF_OPEN)))) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* threatened not to show up: a negated to-infinitive */
	if ((fr & FR_TO) && negated_infinitive(f, k)) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* As Ryan has pointed out, that's ...: the clause after the comma */
	if (c->s0 > 0 && c->s0 < c->t0 && tok_is(f, c->s0 - 1, f->w_as) &&
	    as_opens(f, c->s0 - 1) && tok_punct(f, k, ',') && tok_word(f, k + 1)) {
		c->use = CU_CLAUSE;
		c->c0 = k + 1;
		return;
	}
	/* As reported by the Times, investigators found ...: the same after
	 * a passive's agent */
	if (c->agent && c->s0 > c->t0 && tok_is(f, c->t0 - 1, f->w_as) &&
	    as_opens(f, c->t0 - 1) && tok_punct(f, c->s1, ',') &&
	    tok_word(f, c->s1 + 1) && !(f->toks[c->s1 + 1].flags & TF_SENT)) {
		c->use = CU_CLAUSE;
		c->c0 = c->s1 + 1;
		return;
	}
	/* half said so; asked whether ..., Smith said no */
	if ((fr & FR_BARE) && !quoted && short_answer(f, k) > k) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		c->c1 = short_answer(f, k);
		return;
	}
	/* In his state, Christie said, offenders are ...: set off by commas */
	if (tok_punct(f, k, ',') && (fr & FR_AFTER) && !c->inherit && c->s0 > 0 &&
	    c->s0 < c->t0 && tok_punct(f, c->s0 - 1, ',') && tok_word(f, k + 1) &&
	    !(f->toks[k + 1].flags & TF_SENT))
		goto before;
	/* The plan, an inside source said, is ...: the same when the
	 * mention read stops short of the comma; it starts after it */
	if (tok_punct(f, k, ',') && (fr & FR_AFTER) && !c->inherit && c->s0 > 0 &&
	    c->s0 < c->t0 && tok_word(f, k + 1) && !(f->toks[k + 1].flags & TF_SENT) &&
	    (s0 = modifiers_after_comma(f, c->s0)) >= 0) {
		c->s0 = s0;
		goto before;
	}
	after = c->inverted || (!c->inherit && boundary_before(f,
	    c->s0 >= 0 && c->s0 < c->t0 ? c->s0 : c->t0)) ||
	    (as_after_clause(f, c) && ((size_t)k >= f->ntoks ||
	    (f->toks[k].type == TK_PUNCT && f->toks[k].cp != '(')));
	if (!after && !c->inherit && c->s0 >= 0 && c->s0 < c->t0)
		after = after_quote(f, c);
	/* Shortly after my sentence, Holder announced his resignation: an
	 * opener, not what the clause after it reports, when a complement
	 * follows the cue */
	if (after && !c->inverted && !quoted && c->s0 >= 0 && c->s0 < c->t0 &&
	    (tok_word(f, k) || (f->toks[k].flags & TF_OPEN)) &&
	    (opener_before(f, c->s0) || dateline_before(f, c->s0) ||
	    clauses_opener_before(f, c->s0, false) ||
	    (clauses_opener_before(f, c->s0, true) && !inside_earlier_report(f, c))))
		after = false;
	if (after && !(fr & FR_AFTER) && sentence_after_quote(f, c, k))
		after = false;
	if (after && !(fr & (FR_AFTER | FR_SOURCE)) && subject_before_verb(f, c) &&
	    !quoted)
		after = false;
	if (!after && !c->inverted && !quoted && aside_clause(f, k, fr) >= 0) {
		c->use = CU_CLAUSE;
		c->c0 = aside_clause(f, k, fr);
		return;
	}
	if (c->inverted || (after && t->type == TK_PUNCT && t->cp != '('))
		goto before;
	if (after && only_adjuncts(f, n) && !clause_like(f, k, false))
		goto before;
	if ((fr & FR_AS) && (np_start(f, k) || tok_has(f, k, WC_OBJPRON)) &&
	    as_ahead(f, k)) {
		c->use = CU_NP;
		c->c0 = k;
		return;
	}
	if ((fr & FR_BARE) && (clause_like(f, k, (fr & FR_ANYSUBJ) &&
	    (k == n || degree_quantity(f, n, k)) && !quoted) ||
	    (!quoted && pp_subject_clause(f, k)) ||
	    (!quoted && !after && irregular_clause(f, k)) ||
	    (!quoted && !after && agreeing_clause(f, k)))) {
		c->use = CU_CLAUSE;
		c->c0 = degree_quantity(f, n, k) ? n : k;
		return;
	}
	/* said having Putin treat him with respect is ...: a gerund of have
	 * or be opening the clause, no auxiliary; reported having $1.3
	 * million in cash: an amount after it */
	if ((fr & FR_BARE) && (fr & FR_ANYSUBJ) && k == n && !quoted && !after &&
	    (f->toks[k].flags & TF_ING) && tok_has(f, k, WC_HAVE | WC_BE) &&
	    (tok_word(f, k + 1) || (f->toks[k + 1].type == TK_PUNCT &&
	    np_start(f, k + 1))) &&
	    !(f->toks[k + 1].flags & TF_ED) &&
	    !tok_has(f, k + 1, WC_AUX | WC_NEG | WC_ADV)) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	if ((fr & FR_NP) && np_start(f, k)) {
		c->use = CU_NP;
		c->c0 = k;
		return;
	}
	/* explained after winning Ohio, he would ...: the same for a verb
	 * whose subject must be a speaker, the clause after the comma */
	if ((fr & FR_BARE) && !(fr & FR_ANYSUBJ) && !after && !quoted &&
	    adjunct_then_clause(f, n) >= 0) {
		c->use = CU_CLAUSE;
		c->c0 = adjunct_then_clause(f, n);
		return;
	}
	/* say for the nominee to win, they will have to ...: a clause after
	 * an opening purpose "for X to" */
	if ((fr & FR_ANYSUBJ) && (fr & FR_BARE) && !after && !quoted &&
	    purpose_opener(f, n, k)) {
		c->use = CU_CLAUSE;
		c->c0 = n;
		return;
	}
	/* says despite being an alumna, she plans ...: a clause after an
	 * opening adjunct */
	if ((fr & FR_ANYSUBJ) && (fr & FR_BARE) && !after && k == n &&
	    tok_has(f, k, WC_PREP | WC_SUB) && !tok_is(f, k, f->w_of)) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	if ((after && only_adjuncts(f, n)) || quoted)
		goto before;
	if ((fr & FR_THAT) && !(fr & FR_BELIEF) && !after &&
	    that_after_adjuncts(f, n) >= 0) {
		c->use = CU_CLAUSE;
		c->c0 = that_after_adjuncts(f, n);
		return;
	}
	c->use = CU_NONE;
	return;
before:
	/* “...?” I had prepared a statement to read: not what it reports */
	if ((!(fr & FR_AFTER) && !(fr & FR_SOURCE)) || verb_far(f, c)) {
		c->use = CU_NONE;
		return;
	}
	c->use = CU_BEFORE;
}
