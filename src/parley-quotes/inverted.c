/* inverted.c - speakers after the verb: "..., said Rubio", "“...?” asked
 * the boy", "said a source close to him", and a headline or sentence
 * opening with the verb. */
#include "cues.h"

/* pronoun_subject: is the mention [s0, s1) a pronoun with a lower-case
 * word after it that is no preposition nor time word, the subject of the
 * clause the verb reports ("..., admitted it withheld emails"), not a
 * speaker after the verb? */
static bool
pronoun_subject(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	return s1 == s0 + 1 && is_pron(f, s0) && tok_lower(f, s1) &&
	    !tok_has(f, s1, WC_PREP | WC_TIME);
}

/* inverted_np: the speaker after the verb (..., said Rubio), followed by
 * the end of the clause or adjuncts only. */
bool
inverted_np(const struct quote_finder *f, int32_t k, int32_t *s0, int32_t *s1)
{
	/* said Ohio's voting period ...: a possessive, the content's subject;
	 * ..., say they will vote: an auxiliary, the subject of a clause */
	return np_right(f, k, s0, s1, 0) && np_is_speaker(f, *s0, *s1, false) &&
	    !((size_t)*s1 < f->ntoks && f->toks[*s1].type == TK_POSS) &&
	    !(tok_lower(f, *s1) && tok_has(f, *s1, WC_AUX | WC_BE | WC_NEG)) &&
	    !pronoun_subject(f, *s0, *s1) && only_adjuncts(f, *s1);
}

/* asked_after_question: “Is it over?” asked the boy: is cue c "asked"
 * right after a quotation (closing at token p) that ends with a question
 * mark, so that any noun phrase after it asked it? */
static bool
asked_after_question(const struct quote_finder *f, const struct cue *c,
    int32_t p)
{
	return tok_is(f, c->t0, f->w_asked) && c->t1 == c->t0 + 1 &&
	    (f->toks[p].flags & TF_CLOSE) && p > 0 && tok_punct(f, p - 1, '?');
}

/* inverted_after_quote: “...,” said the designer: right after a closing
 * quotation, a verb that any noun phrase may be the subject of (said,
 * wrote; not read) and a noun phrase that ends the clause (or goes on
 * with a relative clause) name the speaker whatever the noun is. */
bool
inverted_after_quote(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1)
{
	if (!(c->frames & FR_ANYSUBJ) && !asked_after_question(f, c, p))
		return false;
	if (!(f->toks[p].flags & TF_CLOSE) && !(tok_punct(f, p, ',') &&
	    p > 0 && (f->toks[p - 1].flags & TF_CLOSE)))
		return false;
	if (!np_right(f, c->t1, s0, s1, 0) || *s0 != c->t1 ||
	    !tok_has(f, *s0, WC_DET) || !np_is_speaker(f, *s0, *s1, true))
		return false;
	return only_adjuncts(f, *s1) || (tok_punct(f, *s1, ',') &&
	    relative(f, *s1 + 1));
}

/* inverted_quantifier: “...,” said one. “...!” tweeted another.: right
 * after a quotation closed by a comma, a question or an exclamation mark,
 * a verb that reports what is before it and a lone quantifier (one,
 * another, some, others) that ends the sentence: the one who said it. */
bool
inverted_quantifier(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1)
{
	static const char *const lone[] = { "one", "another", "some", "others" };
	int32_t k = c->t1;

	if (!(c->frames & FR_AFTER) || !(f->toks[p].flags & TF_CLOSE) ||
	    p < 1 || !(tok_punct(f, p - 1, ',') || tok_punct(f, p - 1, '?') ||
	    tok_punct(f, p - 1, '!')) ||
	    !lower_among(f, k, lone, sizeof lone / sizeof *lone) ||
	    f->toks[k].sent != f->toks[c->t0].sent || !tok_punct(f, k + 1, '.'))
		return false;
	*s0 = k;
	*s1 = k + 1;
	return true;
}

/* ing_description: “...!” wrote a man calling himself Paul, “...,” said
 * a woman holding a sign: a present participle (not of be, have or an
 * auxiliary) at token k, right after the mention, goes on describing
 * it, when a word of its sentence follows it. */
static bool
ing_description(const struct quote_finder *f, int32_t k)
{
	const struct tok *t;

	if (!tok_lower(f, k))
		return false;
	t = &f->toks[k];
	return (t->flags & TF_ING) &&
	    !(t->cls & (WC_AUX | WC_BE | WC_HAVE | WC_PREP | WC_SUB)) &&
	    tok_word(f, k + 1) && f->toks[k + 1].sent == t->sent;
}

/* opening_inverted: "Said Comey, “...”", "Said Jo Lee, who grew up
 * here, “...”": a capitalised verb (not a headline's capitals) opening
 * the sentence at ss, then a speaker mention and a comma: the mention
 * after the verb is the speaker of cue c. */
void
opening_inverted(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s0, s1;

	if (c->t0 != ss || !(f->toks[ss].flags & TF_CAP) ||
	    (f->toks[ss].flags & TF_UPPER) ||
	    !(c->frames & FR_AFTER) || !np_right(f, c->t1, &s0, &s1, 0) ||
	    s0 != c->t1 || !np_is_speaker(f, s0, s1, false) ||
	    !tok_punct(f, s1, ','))
		return;
	c->s0 = s0;
	c->s1 = s1;
	c->inverted = true;
}

/* inverted_described: “...,” said Ann Lee, a nurse who ...; “...?” said
 * the chief known as Bob, speaking ...; “...,” said one of two witnesses
 * who ...: right after a quotation closed by a comma, a question or an
 * exclamation mark, a verb that reports what is before it and a speaker
 * mention that a description goes on (a comma, a bracket, a relative
 * clause, a participle or a preposition) name the speaker, however long
 * that description runs. */
bool
inverted_described(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1)
{
	const struct tok *t;

	if (!(c->frames & FR_AFTER) || !(f->toks[p].flags & TF_CLOSE) ||
	    p < 1 || !(tok_punct(f, p - 1, ',') || tok_punct(f, p - 1, '?') ||
	    tok_punct(f, p - 1, '!')))
		return false;
	if (!np_right(f, c->t1, s0, s1, 0) || *s0 != c->t1 ||
	    !np_is_speaker(f, *s0, *s1, false) || !tok_word(f, *s1) ||
	    f->toks[*s1].sent != f->toks[c->t0].sent)
		return false;
	t = &f->toks[*s1];
	/* who ..., of a shop that ..., in a statement that ... */
	if (relative(f, *s1) || ((t->cls & WC_PREP) && !(t->cls & WC_SUB)))
		return true;
	/* known as Bob, based in Ohio: a participle and its preposition */
	if (tok_lower(f, *s1) && (t->flags & TF_ED || t->cls & WC_REPORT) &&
	    !(t->cls & (WC_AUX | WC_BE)) && tok_has(f, *s1 + 1, WC_PREP) &&
	    !tok_is(f, *s1 + 1, f->w_to))
		return true;
	return ing_description(f, *s1);
}

/* inverted_over_aside: "Obama warned the leader, Xi Jinping, in May, not
 * to move, said an official who was briefed": a cue right after the comma
 * at p, that reports the content before it and takes no addressee (said,
 * wrote; not told, asked), followed by a speaker after the verb
 * (inverted_np or inverted_described): the mention at m0 set off by
 * commas before the cue, when it does not open the sentence at ss nor
 * follow a preposition ("One man in Manchester, ..., interrupted the
 * candidate:"), is part of the content, not the cue's subject. */
bool
inverted_over_aside(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t m0, int32_t ss)
{
	int32_t s0, s1;

	if (m0 <= ss || tok_has(f, m0 - 1, WC_PREP) || p != c->t0 - 1 ||
	    !(c->frames & FR_AFTER) || (c->frames & FR_OBJECT))
		return false;
	return inverted_np(f, c->t1, &s0, &s1) ||
	    inverted_described(f, c, p, &s0, &s1);
}
