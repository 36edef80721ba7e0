/* speaker.c - the speaker of a cue: the noun phrase before the verb (over
 * auxiliaries, adverbs, "on Tuesday", an apposition or a relative clause
 * between commas), after it ("..., said Rubio"), or the subject of an
 * earlier verb for a participle or a second verb ("..., adding:", "and
 * said"); described speakers ("a source close to him"), coordinated ones
 * ("Smith and Jones said"), and none for a passive. */
#include <string.h>

#include "cues.h"

static bool clause_subject(const struct quote_finder *f, struct cue *c);

/* parenthetical_before: is tokens (k, p) set off by commas an apposition,
 * a relative clause or a parenthesis (", for its part,")? */
bool
parenthetical(const struct quote_finder *f, int32_t k, int32_t p)
{
	const struct tok *t = &f->toks[k + 1];

	if (p - k < 2 || p - k > 24)
		return false;
	for (int32_t j = k + 1; j < p; j++)
		if (f->toks[j].type == TK_PUNCT && f->toks[j].q < 0 &&
		    f->toks[j].cp != '.' &&
		    f->toks[j].cp != '-' && f->toks[j].cp != '(' &&
		    f->toks[j].cp != ')' && f->toks[j].cp != '&')
			return false;
	if (t->type != TK_WORD)
		return false;
	if (t->wid == f->w_who || t->wid == f->w_which || t->wid == f->w_whose)
		return true;
	if (t->cls & (WC_DET | WC_QUANT | WC_PREP | WC_ADV | WC_SUB) ||
	    t->flags & TF_LY)
		return true;
	if (t->flags & (TF_CAP | TF_DIGIT))
		return true;
	/* , writing for the majority, */
	if (t->flags & TF_ING)
		return true;
	/* , filed in Boston on Monday,: a participle and its adjunct */
	if ((t->flags & TF_ED) && !(t->cls & (WC_AUX | WC_BE)) &&
	    tok_has(f, k + 2, WC_PREP | WC_TIME))
		return true;
	return (t->cls & (WC_SPEAKER | WC_MODIFIER)) != 0;
}

/* relative_cue: the cue found before token i in the sentence from ss
 * whose speaker ends with the relative pronoun at token r ("groups that
 * have endorsed"), and, when at >= 0, that starts at token at; NULL when
 * there is none. */
static const struct cue *
relative_cue(const struct quote_finder *f, int32_t r, int32_t at, int32_t ss)
{
	for (size_t j = f->ncues; j-- > 0;) {
		const struct cue *o = &f->cues[j];

		if (o->t0 < ss)
			break;
		if (o->s0 >= 0 && o->s1 - 1 == r && !o->inverted &&
		    (at < 0 || o->t0 == at))
			return o;
	}
	return NULL;
}

/* relative_verb: is the reporting verb at token k, before the mention
 * [s0, s1), the cue of a relative clause ("groups that backed") whose
 * complement that mention is not the subject of: it is its noun phrase
 * ("backed the plan said"), or no speaker at all ("said Trump would win
 * also said")? */
static bool
relative_verb(const struct quote_finder *f, int32_t k, int32_t ss,
    int32_t s0, int32_t s1)
{
	const struct cue *o = relative_cue(f, k - 1, k, ss);

	if (o == NULL)
		o = relative_cue(f, skip_left(f, k - 1, ss), k, ss);
	return o != NULL && ((o->use == CU_NP && o->c0 == s0) ||
	    !np_is_speaker(f, s0, s1, false));
}

/* uncued_relative_verb: "economists who favor the tax agree": is the
 * reporting word at token k, right after "who", no cue of the sentence
 * from ss, so that it is only the verb of the relative clause? */
static bool
uncued_relative_verb(const struct quote_finder *f, int32_t k, int32_t ss)
{
	if (k <= ss + 1 || !tok_is(f, k - 1, f->w_who))
		return false;
	for (size_t j = f->ncues; j-- > 0;) {
		if (f->cues[j].t0 < ss)
			break;
		if (f->cues[j].t0 == k)
			return false;
	}
	return true;
}

/* relative_subject: "officials who spoke on condition of anonymity said",
 * "groups that have endorsed him say": the mention before "who" (or
 * before "that" when the verb of its clause is a cue) when there is one
 * within the clause; [*s0, *s1) is the mention before the cue. A
 * reporting verb ends the search ("officials who spoke said Smith
 * said"), unless it is the cue of that relative clause (relative_verb). */
static bool
relative_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t k;

	for (k = p; k > ss && p - k < 16; k--) {
		const struct tok *t = &f->toks[k];

		if (t->type != TK_WORD || t->q >= 0)
			return false;
		if (t->wid == f->w_who)
			break;
		if (t->wid == f->w_that && k < p && relative_cue(f, k, -1, ss))
			break;
		if (t->cls & WC_REPORT && !(t->cls & WC_SPEAKER) && k > ss + 1 &&
		    (relative_verb(f, k, ss, *s0, *s1) ||
		    uncued_relative_verb(f, k, ss)))
			continue;
		if (t->cls & (WC_REPORT | WC_SUB) && !(t->cls & WC_SPEAKER))
			return false;
	}
	if (k <= ss || p - k >= 16)
		return false;
	/* a clerk who ...: "who" names a person whatever the noun (not
	 * "hackers who officials say": the mention after it is the subject) */
	return np_left(f, k - 1, ss, s0, s1) && np_is_speaker(f, *s0, *s1,
	    f->toks[k].wid == f->w_who && k < p && (*s0 == ss ||
	    !tok_has(f, *s0 - 1, WC_PREP)));
}

/* subordinate_cue: is cue o, before cue c in the sentence from ss, inside
 * a clause that ends before c: the content of an earlier report that c is
 * not in ("Smith said he welcomed it and added"), or a that-clause after
 * a noun ("bristled at the claim that he had told Jones, saying")? Its
 * subject is not the subject c shares. */
static bool
subordinate_cue(const struct quote_finder *f, const struct cue *o,
    const struct cue *c, int32_t ss)
{
	if (o->s0 > ss && tok_is(f, o->s0 - 1, f->w_that) &&
	    tok_word(f, o->s0 - 2))
		return true;
	/* cues are in text order: only those of the sentence before o */
	for (const struct cue *r = o; r-- > f->cues && r->t0 >= ss;)
		if (r->c0 >= 0 && r->c0 <= o->t0 &&
		    (r->c1 < 0 || (o->t0 < r->c1 && r->c1 <= c->t0)))
			return true;
	return false;
}

/* after_subject: is the word at token k, after a pronoun ("he began"),
 * or after a speaker noun and before an object or an adjunct ("the
 * president made his", not "a town hall event"), a verb whatever its
 * form? */
static bool
after_subject(const struct quote_finder *f, int32_t k)
{
	const struct tok *p = &f->toks[k - 1];

	if (p->type != TK_WORD || p->q >= 0 || (p->flags & TF_UPPER))
		return false;
	if ((p->cls & WC_PRON) && !(p->cls & (WC_DET | WC_OBJPRON)))
		return true;
	return tok_lower(f, k - 1) && (p->cls & WC_SPEAKER) &&
	    (tok_has(f, k + 1, WC_DET | WC_PREP | WC_OBJPRON | WC_ADV) ||
	    (tok_word(f, k + 1) && (f->toks[k + 1].flags & TF_LY)));
}

/* object_noun: is cue o, which reports nothing, a noun in the object of
 * another verb ("posted a Twitter comment of her own, saying"), so that
 * what it took for its subject is no subject at all? */
static bool
object_noun(const struct quote_finder *f, const struct cue *o, int32_t ss)
{
	int32_t v = o->s0 - 1;
	const struct tok *t;

	if (o->use != CU_NONE || o->s0 < 0 || o->s1 != o->t0 || v <= ss ||
	    !tok_has(f, o->s0, WC_DET) || tok_has(f, o->s0, WC_PRON) ||
	    !tok_lower(f, v))
		return false;
	t = &f->toks[v];
	return !(t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_DET |
	    WC_PRON | WC_AUX | WC_BE | WC_SPEAKER | WC_MODIFIER | WC_QUANT |
	    WC_ADV)) && !(t->flags & TF_LY);
}

/* verb_s: does word t end in an -s that may make a verb's third person
 * (says, rallies), not one of crisis, business, status? */
bool
verb_s(const struct quote_finder *f, const struct tok *t)
{
	return t->e - t->b > 2 && f->text[t->e - 1] == 's' &&
	    strchr("isu", f->text[t->e - 2]) == NULL;
}

/* prefixed_name: is t a name after a prefix and a hyphen, a modifier
 * and no verb in -s ("pro-Sanders demonstrators", "non-NATO")? */
static bool
prefixed_name(const struct quote_finder *f, const struct tok *t)
{
	const char *h = memchr(f->text + t->b, '-', t->e - t->b);

	return h != NULL && h + 1 < f->text + t->e && h[1] >= 'A' && h[1] <= 'Z';
}

/* subject_after_question: "Asked whether he would run, Smith shook his
 * head and said": cue c, a second verb after the question of cue o that
 * opens the sentence, is said by the subject of the main clause after
 * the question's comma; true when that subject is found. */
static bool
subject_after_question(const struct quote_finder *f, struct cue *c,
    const struct cue *o)
{
	int32_t k = o->c1 > o->t0 ? o->c1 : o->t1, s0, s1;

	while (k < c->t0 && !tok_punct(f, k, ','))
		k++;
	if (k >= c->t0 || !np_right(f, k + 1, &s0, &s1, 0) || s0 != k + 1 ||
	    s1 > c->t0 || !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* inherit_speaker: a participle or second verb shares the subject of the
 * cue before it in its clause (not in an adjunct opening the sentence),
 * else of the clause. */
bool
inherit_speaker(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t cs = clause_start(f, c->t0);

	for (size_t j = f->ncues - 1; j-- > 0;) {
		const struct cue *o = &f->cues[j];

		if (o->t0 < ss)
			break;
		/* When I asked him ..., he smiled and said: a cue in the
		 * clause that opens the sentence before a comma is not the
		 * main clause's */
		if (o->t0 < cs)
			break;
		/* his support for X, saying: a noun's possessor is no subject */
		if ((o->frames & (FR_ABOUT | FR_NP)) == FR_ABOUT)
			continue;
		/* When asked ..., Smith smiled and said: the question is put to
		 * the subject of the main clause */
		if (o->passive && o->s0 < 0 && o->t0 > ss &&
		    tok_has(f, o->t0 - 1, WC_SUB))
			continue;
		/* Asked whether ..., Smith shook his head and said: the same,
		 * the main clause after the question's comma */
		if (o->passive && o->s0 < 0 && o->t0 == ss)
			return subject_after_question(f, c, o);
		if (o->s0 >= 0 || o->passive) {
			if (subordinate_cue(f, o, c, ss) || object_noun(f, o, ss))
				continue;
			c->s0 = o->s0;
			c->s1 = o->s1;
			c->passive = o->passive;
			return true;
		}
	}
	return clause_subject(f, c);
}

/* subordinate_subject: "The crowd cheered when Smith spotted a sign and
 * asked": cue c, after "and" with no comma, is the second verb of the
 * subordinate clause opened after the clause start cs; set its subject
 * (the mention right after the conjunction, before a verb in -ed or -s)
 * as the speaker when found. */
static bool
subordinate_subject(const struct quote_finder *f, struct cue *c, int32_t cs)
{
	int32_t k, s0, s1;

	if (c->t0 - 1 <= cs || !tok_is(f, c->t0 - 1, f->w_and))
		return false;
	for (k = c->t0 - 2; k > cs && c->t0 - k < 16; k--) {
		if (f->toks[k].type != TK_WORD || f->toks[k].q >= 0)
			return false;
		if (tok_lower(f, k) && tok_has(f, k, WC_SUB) &&
		    !tok_has(f, k, WC_PREP) && !tok_is(f, k, f->w_that))
			break;
	}
	if (k <= cs || c->t0 - k >= 16 || !np_right(f, k + 1, &s0, &s1, 0) ||
	    s0 != k + 1 || s1 >= c->t0 - 1 || !np_is_speaker(f, s0, s1, false) ||
	    !tok_lower(f, s1) || tok_has(f, s1, WC_PREP | WC_CONJ) ||
	    !((f->toks[s1].flags & TF_ED) || verb_s(f, &f->toks[s1])))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* clause_subject sets the speaker of cue c to the subject of the clause
 * it stands in, when one is found before it. */
static bool
clause_subject(const struct quote_finder *f, struct cue *c)
{
	int32_t cs, k, s0, s1;

	if (subordinate_subject(f, c, clause_start(f, c->t0)))
		return true;
	/* the subject of the clause's first verb: "X rallied supporters,
	 * saying"; "Mr. Putin veered close to an admission that ..., saying" */
	cs = clause_start(f, c->t0);
	for (k = cs + 1; k < c->t0 && k - cs < 30; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || (t->type == TK_PUNCT && t->cp != ',' &&
		    t->cp != '.' && t->cp != '-' && t->cp != '(' && t->cp != ')'))
			break;
		/* His neighbours have mocked: after a determiner, a noun */
		if (tok_has(f, k - 1, WC_DET) &&
		    !tok_has(f, k - 1, WC_PRON | WC_REL) &&
		    !(t->cls & (WC_AUX | WC_BE)))
			continue;
		/* A few minutes later they reversed: a time noun is no verb */
		if (tok_lower(f, k) && !(t->cls & (WC_PREP | WC_DET | WC_QUANT |
		    WC_CONJ | WC_SUB | WC_REL | WC_ADV | WC_PRON | WC_OBJPRON |
		    WC_SPEAKER | WC_MODIFIER | WC_TIME)) &&
		    !(t->flags & (TF_LY | TF_ING)) &&
		    (t->flags & TF_ED || (t->cls & (WC_AUX | WC_REPORT)) ||
		    (verb_s(f, t) && !prefixed_name(f, t)) ||
		    after_subject(f, k))) {
			/* the subject of that verb, whatever its noun after a
			 * determiner: "The villagers have mocked it, calling" */
			if (np_left(f, skip_left(f, k - 1, cs), cs, &s0, &s1) &&
			    np_is_speaker(f, s0, s1, s1 - s0 > 1 &&
			    tok_has(f, s0, WC_DET)) &&
			    !(f->toks[s0].cls & WC_TIME)) {
				c->s0 = s0;
				c->s1 = s1;
				return true;
			}
			break;
		}
	}
	cs = clause_start(f, c->t0);
	for (k = cs; k < c->t0 && k - cs < 16; k++) {
		if (k == cs || comma_like(f, k - 1) || tok_punct(f, k - 1, 0x2014) ||
		    tok_punct(f, k - 1, 0x2013) || tok_punct(f, k - 1, '-')) {
			if (np_right(f, k, &s0, &s1, 0) && s1 <= c->t0 &&
			    np_is_speaker(f, s0, s1, false) &&
			    !(f->toks[s0].cls & WC_TIME)) {
				c->s0 = s0;
				c->s1 = s1;
				return true;
			}
		}
	}
	return false;
}

/* inverted_np: the speaker after the verb (..., said Rubio), followed by
 * the end of the clause or adjuncts only. */
static bool
inverted_np(const struct quote_finder *f, int32_t k, int32_t *s0, int32_t *s1)
{
	/* said Ohio's voting period ...: a possessive, the content's subject;
	 * ..., say they will vote: an auxiliary, the subject of a clause */
	return np_right(f, k, s0, s1, 0) && np_is_speaker(f, *s0, *s1, false) &&
	    !((size_t)*s1 < f->ntoks && f->toks[*s1].type == TK_POSS) &&
	    !(tok_lower(f, *s1) && tok_has(f, *s1, WC_AUX | WC_BE | WC_NEG)) &&
	    only_adjuncts(f, *s1);
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
static bool
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

/* inverted_described: “...,” said Ann Lee, a nurse who ...; “...?” said
 * the chief known as Bob, speaking ...; “...,” said one of two witnesses
 * who ...: right after a quotation closed by a comma, a question or an
 * exclamation mark, a verb that reports what is before it and a speaker
 * mention that a description goes on (a comma, a bracket, a relative
 * clause, a participle or a preposition) name the speaker, however long
 * that description runs. */
static bool
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
	return tok_lower(f, *s1) && (t->flags & TF_ED || t->cls & WC_REPORT) &&
	    !(t->cls & (WC_AUX | WC_BE)) && tok_has(f, *s1 + 1, WC_PREP) &&
	    !tok_is(f, *s1 + 1, f->w_to);
}

/* subject_over_aside: "Chris Carr, the party's director, released a
 * statement confirming", "Smith, who said ..., issued a statement Tuesday
 * saying", "the union, which released a statement questioning": the verb
 * at token v, whose object a participle follows, has its subject before
 * an apposition or a relative clause set off by commas (the subject of
 * its clause), or is the verb of a relative pronoun (that pronoun and the
 * mention it follows): set as the speaker of cue c, whose mention is the
 * object, when found. */
static void
subject_over_aside(const struct quote_finder *f, struct cue *c, int32_t v,
    int32_t ss)
{
	struct cue o;
	int32_t p = v - 1, s0, s1;

	/* the object opens with a determiner: "a statement", not "timed
	 * tickets" nor "staff members" */
	if (p <= ss || !tok_has(f, c->s0, WC_DET))
		return;
	if (tok_is(f, p, f->w_who) || tok_is(f, p, f->w_which)) {
		c->s0 = p;
		c->s1 = p + 1;
		if (comma_like(f, p - 1) && np_left(f, p - 2, ss, &s0, &s1) &&
		    np_is_speaker(f, s0, s1, true))
			c->s0 = s0;
		return;
	}
	if (!tok_punct(f, p, ','))
		return;
	memset(&o, 0, sizeof o);
	o.s0 = o.s1 = -1;
	o.t0 = o.t1 = v;
	if (clause_subject(f, &o) && o.s1 <= p) {
		c->s0 = o.s0;
		c->s1 = o.s1;
	}
}

/* object_participle: "she sent an email saying ...": the mention before
 * the participle is the object of another verb; the speaker is that
 * verb's subject. The object may have a phrase with "to" ("an email to
 * supporters stating") and the verb a particle ("sent out a release
 * saying"). */
static void
object_participle(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t v = c->s0 - 1, s0, s1;
	const struct tok *t;

	if (tok_is(f, v, f->w_to) && np_left(f, v - 1, ss, &s0, &s1) && s1 == v &&
	    tok_has(f, s0, WC_DET) && !tok_has(f, s0, WC_PRON))
		v = s0 - 1;
	if ((lower_word(f, v, "out") || lower_word(f, v, "up")) &&
	    tok_has(f, v + 1, WC_DET) && tok_lower(f, v - 1) &&
	    !tok_has(f, v - 1, WC_AUX | WC_BE | WC_PREP | WC_DET))
		v--;
	if (v <= ss || !tok_word(f, v))
		return;
	t = &f->toks[v];
	if ((t->flags & (TF_CAP | TF_DIGIT)) || (t->cls & (WC_PREP | WC_CONJ |
	    WC_SUB | WC_REL | WC_DET | WC_PRON | WC_AUX | WC_BE | WC_SPEAKER)))
		return;
	if (np_left(f, skip_left(f, v - 1, ss), ss, &s0, &s1) &&
	    np_is_speaker(f, s0, s1, false)) {
		c->s0 = s0;
		c->s1 = s1;
		return;
	}
	subject_over_aside(f, c, v, ss);
}

/* record_relative: "Trump released a marketing video that said",
 * "Henry added the caption which reads": the mention from token s0 to
 * the relative pronoun "that" or "which" at token r is a thing a verb
 * before it has for object (opened by a determiner, no person, group nor
 * name), whose words are that verb's subject's (object_participle finds
 * it). */
static bool
record_relative(const struct quote_finder *f, int32_t s0, int32_t r)
{
	int32_t h = tok_punct(f, r - 1, ',') ? r - 2 : r - 1;

	return (tok_is(f, r, f->w_that) || tok_is(f, r, f->w_which)) &&
	    tok_has(f, s0, WC_DET) && !tok_has(f, s0, WC_PRON) &&
	    h > s0 && tok_lower(f, h) && !tok_has(f, h, WC_PERSON | WC_GROUP);
}

/* first_segment: "Rachel Berg, a philanthropist from Monsey, New York,
 * said": a name opening the clause, then appositions up to the verb. */
static bool
first_segment(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t cs = clause_start(f, c->t0), s0, s1, commas = 0;

	if (!tok_punct(f, p, ',') || !np_right(f, cs, &s0, &s1, 0) ||
	    !tok_punct(f, s1, ',') || !np_is_speaker(f, s0, s1, false) ||
	    !(f->toks[s1 - 1].flags & TF_CAP || is_pron(f, s1 - 1)))
		return false;
	for (int32_t k = s1; k <= p; k++) {
		if (f->toks[k].q >= 0 || (f->toks[k].type == TK_PUNCT &&
		    f->toks[k].cp != ',' && f->toks[k].cp != '.' &&
		    f->toks[k].cp != '(' && f->toks[k].cp != ')' &&
		    f->toks[k].cp != '-' && f->toks[k].cp != '&'))
			return false;
		if ((f->toks[k].cls & WC_REPORT) && !(f->toks[k].flags & TF_CAP))
			return false;
		commas += tok_punct(f, k, ',');
	}
	if (commas < 2 || p - s1 > 30)
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* dashed: "insiders in the next two states — Nevada and South Carolina —
 * said" */
static bool
dashed(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t k, s0, s1;

	if (!tok_punct(f, p, 0x2014) && !tok_punct(f, p, 0x2013))
		return false;
	for (k = p - 1; k > ss && p - k < 30 && !tok_punct(f, k, f->toks[p].cp); k--)
		if (f->toks[k].q >= 0)
			return false;
	if (k <= ss || !tok_punct(f, k, f->toks[p].cp) ||
	    !np_left(f, k - 1, ss, &s0, &s1) || !np_is_speaker(f, s0, s1, true))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* reduced_relative: "A news report published Wednesday said" */
static bool
reduced_relative(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss)
{
	int32_t s0, s1;

	if (!tok_lower(f, p) || !(f->toks[p].flags & TF_ED) ||
	    (f->toks[p].cls & (WC_AUX | WC_REPORT)) ||
	    !np_left(f, p - 1, ss, &s0, &s1) ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* controlled: "Clinton took to Twitter to say", "declined to say": the
 * subject of the verb that governs the infinitive. */
static bool
controlled(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t s0, s1;

	if (!tok_is(f, p, f->w_to))
		return false;
	for (int32_t k = p - 1; k > ss && p - k < 8; k--) {
		const struct tok *t = &f->toks[k];

		if (t->type != TK_WORD || t->q >= 0)
			return false;
		if (tok_lower(f, k) && !(t->cls & (WC_PREP | WC_DET | WC_QUANT |
		    WC_CONJ | WC_SUB | WC_REL | WC_ADV | WC_AUX | WC_BE | WC_NEG |
		    WC_PRON | WC_OBJPRON)) && !(t->flags & TF_LY) &&
		    np_left(f, skip_left(f, k - 1, ss), ss, &s0, &s1) &&
		    np_is_speaker(f, s0, s1, false)) {
			c->s0 = s0;
			c->s1 = s1;
			return true;
		}
	}
	return false;
}

/* head_before_pp: "a spokesman for the company said", "A letter from the
 * American Legion obtained by The Associated Press warns": the mention is
 * the head before the prepositional phrases and participles. */
static void
head_before_pp(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	for (int n = 0; n < 3; n++) {
		int32_t p = *s0 - 1, a, b;

		if (!(f->toks[*s0].cls & (WC_DET | WC_QUANT)) || p <= ss)
			return;
		if (!tok_has(f, p, WC_PREP) || tok_has(f, p, WC_SUB | WC_CONJ) ||
		    tok_is(f, p, f->w_to))
			return;
		p--;
		if (tok_lower(f, p) && (f->toks[p].flags & TF_ED) &&
		    !(f->toks[p].cls & (WC_SPEAKER | WC_MODIFIER)))
			p--;    /* obtained by */
		if (!np_left(f, p, ss, &a, &b) || !np_is_speaker(f, a, b, false) ||
		    is_pron(f, b - 1))
			return;
		*s0 = a;
		*s1 = b;
	}
}

/* bare_pp_head: "The senator from Vermont said", "People in Fort Pierce
 * say", "A witness interviewed by congressional staff said": the mention
 * [*s0, *s1) before a verb is a name or a noun with no determiner in a
 * prepositional phrase after the head that is the speaker (not "of": "8
 * in 10 of voters", nor "like" or "outside", nor a number or a quantity
 * for head, nor "by 0.1 points"); a name with a name after the
 * preposition ("the Board on Professional Responsibility") is one name;
 * head_before_pp goes on from that head. */
static void
bare_pp_head(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	int32_t p = *s0 - 1, a, b;

	if (p <= ss || (f->toks[*s0].cls & (WC_DET | WC_QUANT)) ||
	    ((f->toks[*s0].flags & TF_DIGIT) && tok_is(f, p, f->w_by)) ||
	    !tok_lower(f, p) || !tok_has(f, p, WC_PREP) ||
	    tok_has(f, p, WC_SUB | WC_CONJ) || tok_is(f, p, f->w_to) ||
	    tok_is(f, p, f->w_of) || lower_word(f, p, "like") ||
	    lower_word(f, p, "outside"))
		return;
	p--;
	if (tok_lower(f, p) && (f->toks[p].flags & TF_ED) &&
	    !(f->toks[p].cls & (WC_SPEAKER | WC_MODIFIER)))
		p--;    /* interviewed by */
	if (!np_left(f, p, ss, &a, &b) || !np_is_speaker(f, a, b, false) ||
	    is_pron(f, b - 1) || (f->toks[a].flags & TF_DIGIT) ||
	    tok_has(f, a, WC_QUANT))
		return;
	/* the Commission on Presidential Debates: one name (not "People in
	 * Fort Pierce", a capital opening the sentence) */
	if ((f->toks[b - 1].flags & TF_CAP) && !(f->toks[b - 1].flags & TF_SENT) &&
	    b - 1 > ss && (f->toks[*s0].flags & TF_CAP)) {
		*s0 = a;
		return;
	}
	*s0 = a;
	*s1 = b;
}

/* name_after_quote: “...,” Ann Lee, 67, a nurse in Dover, said: the name
 * right after a quotation closed by a comma, then anything set off by
 * commas up to the comma at p before the cue, is the speaker. */
static bool
name_after_quote(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t k;

	for (k = p - 1; k > ss && p - k < 40; k--)
		if (f->toks[k].type == TK_QUOTE || (f->toks[k].flags & TF_SENT))
			break;
	if (k <= ss || !(f->toks[k].flags & TF_CLOSE) || !comma_like(f, k) ||
	    !np_right(f, k + 1, s0, s1, 0) || *s0 != k + 1 ||
	    !(f->toks[*s0].flags & TF_CAP) || !tok_punct(f, *s1, ',') ||
	    *s1 >= p || !np_is_speaker(f, *s0, *s1, false))
		return false;
	for (k = *s1; k < p; k++)
		if (f->toks[k].type == TK_PUNCT && f->toks[k].cp != ',' &&
		    f->toks[k].cp != '.' && f->toks[k].cp != '-' &&
		    f->toks[k].cp != '(' && f->toks[k].cp != ')')
			return false;
	return true;
}

/* clause_opener: does token p open a clause whose subject follows it:
 * a subordinating conjunction or "that" ("when Jones and Brown implied",
 * "said that he and other leaders")? */
static bool
clause_opener(const struct quote_finder *f, int32_t p)
{
	return tok_lower(f, p) && (tok_is(f, p, f->w_that) ||
	    (tok_has(f, p, WC_SUB) && !tok_has(f, p, WC_PREP)));
}

/* list_start: "Ben Carson, Ted Cruz and Rand Paul said": the first of
 * the names set off by commas before the coordination that starts at
 * token a, when that list opens its clause; else a ("In Ohio, Smith and
 * Jones said" is Smith and Jones). */
static int32_t
list_start(const struct quote_finder *f, int32_t ss, int32_t a)
{
	int32_t s = a, x, y;

	while (s - 2 >= ss && tok_punct(f, s - 1, ',') &&
	    np_left(f, s - 2, ss, &x, &y) && y == s - 1 &&
	    (f->toks[x].flags & TF_CAP) && (f->toks[y - 1].flags & TF_CAP) &&
	    np_is_speaker(f, x, y, false))
		s = x;
	if (s < a && (s == ss || (f->toks[s].flags & TF_SENT) ||
	    clause_opener(f, s - 1)))
		return s;
	return a;
}

/* coordinated: "Smith and Jones said", "“...,” the senator and
 * presidential candidate said": the mention at [*s0, s1) and a mention
 * joined to it by "and" that opens the clause (or follows a quotation or
 * a comma), not the object of a verb before it. */
static void
coordinated(const struct quote_finder *f, int32_t ss, int32_t *s0, int32_t s1)
{
	int32_t a, b, p;

	if (!tok_is(f, *s0 - 1, f->w_and) || *s0 - 2 < ss ||
	    !np_left(f, *s0 - 2, ss, &a, &b) || b != *s0 - 1 ||
	    !np_is_speaker(f, a, b, false) || !np_is_speaker(f, *s0, s1, false))
		return;
	p = a - 1;
	if (a == ss || (f->toks[a].flags & TF_SENT) || tok_punct(f, p, ',') ||
	    (p >= 0 && (f->toks[p].flags & TF_CLOSE)) || clause_opener(f, p))
		*s0 = tok_punct(f, p, ',') ? list_start(f, ss, a) : a;
}

/* appositive_start: "Tom Brown, the head of a small group, who said": the
 * mention [s0, s1) set off before a relative pronoun is the end of a
 * prepositional phrase of an apposition; the mention starts at the name
 * the apposition describes. */
static int32_t
appositive_start(const struct quote_finder *f, int32_t ss, int32_t s0,
    int32_t s1)
{
	int32_t a, b, h0 = s0;

	if (s0 - 1 <= ss || !tok_has(f, s0 - 1, WC_PREP))
		return s0;
	head_before_pp(f, ss, &h0, &s1);
	if (h0 < s0 && h0 - 2 > ss && tok_punct(f, h0 - 1, ',') &&
	    np_left(f, h0 - 2, ss, &a, &b) && b == h0 - 1 &&
	    (f->toks[b - 1].flags & TF_CAP) && np_is_speaker(f, a, b, false))
		return a;
	return s0;
}

/* what_it_calls: "Cruz has railed against what he calls the “...”": the
 * pronoun after "what" is the subject of the clause that holds it, and
 * the naming is that subject's: the speaker is that subject when it is a
 * name or a description. */
void
what_it_calls(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	struct cue o;
	int32_t w = c->s0 - 1;

	if (c->s0 < 0 || c->s1 - c->s0 != 1 || !is_pron(f, c->s0) ||
	    c->s1 != c->t0 || w <= ss || !tok_is(f, w, f->w_what) ||
	    !(lower_word(f, c->t0, "calls") || lower_word(f, c->t0, "called") ||
	    lower_word(f, c->t0, "call") || lower_word(f, c->t0, "dubbed") ||
	    lower_word(f, c->t0, "terms") || lower_word(f, c->t0, "termed")))
		return;
	memset(&o, 0, sizeof o);
	o.s0 = o.s1 = -1;
	o.t0 = w;
	if (!clause_subject(f, &o) || is_pron(f, o.s1 - 1))
		return;
	c->s0 = o.s0;
	c->s1 = o.s1;
}

/* opening_participle: "In declaring X “not Christian,” the pope ...",
 * "But while denouncing the “perversion” of ..., she has not ...",
 * "Noting that ..., Trump reminded ...": cue c, a participle opening the
 * sentence from ss or after a preposition or a subordinating word that
 * does (no comma between), is said by the subject of the main clause
 * after the first comma; true when that subject is found. */
static bool
opening_participle(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s = ss, k, s0, s1, v;

	if (tok_has(f, s, WC_CONJ))
		s++;
	if (s != c->t0 && (!tok_has(f, s, WC_PREP | WC_SUB) ||
	    tok_has(f, s, WC_SPEAKER) || tok_is(f, s, f->w_according)))
		return false;
	for (k = s + 1; k < c->t0; k++)
		if (tok_punct(f, k, ','))
			return false;
	for (k = c->t1; k - c->t1 < 40 && (size_t)k < f->ntoks &&
	    f->toks[k].sent == f->toks[c->t0].sent && !tok_punct(f, k, ','); k++)
		;
	if (!tok_punct(f, k, ','))
		return false;
	if ((size_t)k + 1 < f->ntoks && (f->toks[k + 1].flags & TF_CLOSE))
		k++;
	if (!np_right(f, k + 1, &s0, &s1, 0) || s0 != k + 1 ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	for (v = s1; tok_word(f, v) && ((f->toks[v].cls & (WC_ADV | WC_AUX |
	    WC_BE | WC_NEG | WC_HAVE)) || (f->toks[v].flags & TF_LY)); v++)
		;
	if (!tok_lower(f, v) || tok_has(f, v, WC_PREP | WC_CONJ | WC_DET |
	    WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_QUANT | WC_WH))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* seen_doing: "the cleric is shown lecturing", "Smith can be heard
 * asking": cue c, a participle right after a passive of perception at
 * token p, is said by that passive's subject; true when it is found. */
static bool
seen_doing(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t b = p - 1, s0, s1;

	if (p != c->t0 - 1 || !tok_lower(f, p) || tok_has(f, p, WC_AUX) ||
	    !((f->toks[p].flags & TF_ED) || lower_word(f, p, "seen") ||
	    lower_word(f, p, "heard") || lower_word(f, p, "shown") ||
	    lower_word(f, p, "caught")))
		return false;
	while (b > ss && tok_word(f, b) && ((f->toks[b].cls & WC_ADV) ||
	    (f->toks[b].flags & TF_LY)))
		b--;
	if (b <= ss || !tok_has(f, b, WC_BE) ||
	    !np_left(f, skip_left(f, b - 1, ss), ss, &s0, &s1) ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* close_to_subject: "a source close to him said", "People familiar with
 * the talks say", "officials briefed on the plan said": a speaker noun
 * with close, familiar, briefed or involved and a prepositional phrase
 * after it is one subject ending at token p; true with its span. */
static bool
close_to_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	static const char *const adj[] = { "close", "familiar", "briefed",
	    "involved" };
	int32_t a, b, k;

	if (p <= ss + 3)
		return false;
	if (tok_word(f, p) && (f->toks[p].cls & WC_OBJPRON) &&
	    !(f->toks[p].cls & WC_PRON))
		k = p - 1;
	else if (np_left(f, p, ss, &a, &b) && b == p + 1)
		k = a - 1;
	else if (tok_lower(f, p) && tok_has(f, p - 1, WC_DET))
		k = p - 2;    /* familiar with the planning */
	else
		return false;
	if (k <= ss + 1 || !tok_lower(f, k) || !tok_has(f, k, WC_PREP) ||
	    tok_has(f, k, WC_SUB | WC_CONJ))
		return false;
	k--;
	if (!tok_lower(f, k) || !word_among(f, k, adj, sizeof adj / sizeof *adj) ||
	    !np_left(f, k - 1, ss, &a, &b) || b != k ||
	    !np_is_speaker(f, a, b, false) || is_pron(f, b - 1))
		return false;
	*s0 = a;
	*s1 = p + 1;
	return true;
}

/* cited_before: "Smith, citing “the magic of it,” said ...": token p,
 * before cue c, closes a quotation (or is a comma after one) that is the
 * object of a participle set off by a comma after a speaker mention;
 * sets [*s0, *s1) to that mention, the subject of c, which is no verb
 * of a speaker after the quotation. */
static bool
cited_before(const struct quote_finder *f, const struct cue *c, int32_t p,
    int32_t ss, int32_t *s0, int32_t *s1)
{
	int32_t q, v;

	if (tok_punct(f, p, ',') && p > ss && (f->toks[p - 1].flags & TF_CLOSE))
		p--;
	if (!(f->toks[p].flags & TF_CLOSE) || (q = f->toks[p].q) < 0 ||
	    f->qs[q].close != p || c->inverted)
		return false;
	v = f->qs[q].open - 1;
	if (v - 2 < ss || !tok_lower(f, v) || !(f->toks[v].flags & TF_ING) ||
	    !tok_punct(f, v - 1, ','))
		return false;
	return np_left(f, v - 2, ss, s0, s1) && *s1 == v - 1 &&
	    np_is_speaker(f, *s0, *s1, false);
}

/* opening_inverted: "Said Comey, “...”", "Said Jo Lee, who grew up
 * here, “...”": a capitalised verb (not a headline's capitals) opening
 * the sentence at ss, then a speaker mention and a comma: the mention
 * after the verb is the speaker of cue c. */
static void
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

/* floating_quantifier: "Smith and Jones have both urged", "they all
 * vowed", "who both back": a lower-case both, all or each between a
 * subject and its verb (token p, the first before the verb that is no
 * auxiliary or adverb) is no speaker; the subject ends at the token before
 * it, over auxiliaries and adverbs. Returns that token, or p. */
static int32_t
floating_quantifier(const struct quote_finder *f, int32_t p, int32_t ss)
{
	static const char *const floating[] = { "both", "all", "each" };
	int32_t q;

	if (p <= ss || !tok_has(f, p, WC_QUANT | WC_DET) || !tok_lower(f, p) ||
	    !word_among(f, p, floating, sizeof floating / sizeof *floating))
		return p;
	q = skip_left(f, p - 1, ss);
	if (q < ss)
		return p;
	if (tok_punct(f, q, ')'))
		return q;    /* Jones (R-Va.) both said */
	if (!tok_word(f, q) || tok_has(f, q, WC_PREP | WC_DET | WC_CONJ |
	    WC_SUB | WC_QUANT | WC_OBJPRON) || (f->toks[q].flags & TF_ING))
		return p;
	return q;
}

/* relative_clause_subject: "Executives for Mondelez, which made $30
 * billion last year, say", "The officials whose laws were struck down
 * say", "Some voters who have listened to him for years, on television,
 * said": the mention opening the sentence (after "But", "And") when a
 * relative clause follows it and runs up to cue c, a finite verb, with
 * nothing but words, commas, numbers and abbreviations between; true with
 * its span. */
static bool
relative_clause_subject(const struct quote_finder *f, const struct cue *c,
    int32_t ss, int32_t *s0, int32_t *s1)
{
	int32_t a = tok_has(f, ss, WC_CONJ) ? ss + 1 : ss, r, k;
	bool comma;

	if ((f->toks[c->t0].flags & (TF_ING | TF_CAP)) || c->t0 - a > 40 ||
	    !np_right(f, a, s0, s1, 0) || *s0 != a ||
	    !np_is_speaker(f, *s0, *s1, false) || is_pron(f, *s1 - 1))
		return false;
	comma = tok_punct(f, *s1, ',');
	r = comma ? *s1 + 1 : *s1;
	if (!relative(f, r) || (comma && !tok_punct(f, c->t0 - 1, ',')))
		return false;
	for (k = r + 1; k < c->t0 - 1; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || (t->type == TK_PUNCT && t->cp != ',' &&
		    t->cp != '$' && t->cp != '%' && t->cp != '.' && t->cp != '-'))
			return false;
		if (k > r + 1 && (t->cls & WC_REL) && !(t->cls & WC_DET))
			return false;
	}
	return tok_word(f, c->t0 - 1) || tok_punct(f, c->t0 - 1, ',');
}

/* share_apposition: "A third of independents, 33%, say", "About
 * two-thirds, 67 percent, say": a poll's share set off by commas ends at
 * the comma p before the verb; the mention before it is the speaker, or
 * the share itself when there is none; true with its span. */
static bool
share_apposition(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t n = p - 2;

	if (n - 2 < ss || !tok_punct(f, p, ',') || !(tok_punct(f, p - 1, '%') ||
	    word_is(f, p - 1, "percent")) || !tok_word(f, n) ||
	    !(f->toks[n].flags & TF_DIGIT) || !tok_punct(f, n - 1, ','))
		return false;
	if (!np_left(f, n - 2, ss, s0, s1) || *s1 != n - 1 ||
	    !np_is_speaker(f, *s0, *s1, false)) {
		*s0 = n;
		*s1 = p;
	}
	return true;
}

/* aspect_verb: "The mayor began saying", "and kept insisting": the
 * token p right before the participle that is cue c is a verb of
 * beginning, continuing or stopping, whose subject is the participle's;
 * returns the token before that verb (over adverbs and auxiliaries), or
 * p when it is none. */
static int32_t
aspect_verb(const struct quote_finder *f, const struct cue *c, int32_t p,
    int32_t ss)
{
	static const char *const aspect[] = { "began", "begun", "begin",
	    "begins", "started", "starts", "kept", "keeps", "stopped",
	    "stops", "resumed", "quit" };

	if (p != c->t0 - 1 || p <= ss || !(f->toks[c->t0].flags & TF_ING) ||
	    !tok_lower(f, p) ||
	    !word_among(f, p, aspect, sizeof aspect / sizeof *aspect))
		return p;
	return skip_left(f, p - 1, ss);
}

/* by_object_subject: "Jones won the nomination by promising", "the
 * governor tripped up Brown by calling him": cue c, a participle after
 * "by" at token p, is said by the subject of the verb (with its particle)
 * whose object ends before "by"; true when that subject is found. */
static bool
by_object_subject(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss)
{
	static const char *const particle[] = { "up", "out", "off", "down" };
	int32_t o0, o1, v, s0, s1;

	if (!tok_is(f, p, f->w_by) || !tok_lower(f, p) ||
	    !np_left(f, p - 1, ss, &o0, &o1) || o1 != p)
		return false;
	v = o0 - 1;
	if (v > ss && tok_lower(f, v) &&
	    word_among(f, v, particle, sizeof particle / sizeof *particle))
		v--;
	if (v <= ss || !tok_lower(f, v) || (f->toks[v].flags & (TF_ING | TF_LY)) ||
	    tok_has(f, v, WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_DET |
	    WC_PRON | WC_OBJPRON | WC_AUX | WC_BE | WC_SPEAKER | WC_QUANT |
	    WC_ADV | WC_TIME | WC_MODIFIER))
		return false;
	if (!np_left(f, skip_left(f, v - 1, ss), ss, &s0, &s1) ||
	    !np_is_speaker(f, s0, s1, false) || (f->toks[s0].cls & WC_TIME))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* title_adverbs: "Trump Is Now Calling For ...": in a headline in Title
 * Case, the capitalised adverbs and forms of "be" at token p and before
 * it stand between the subject and the cue; the token before them (not
 * over "Would Have", "Not": a modal's subject may be no mention). */
static int32_t
title_adverbs(const struct quote_finder *f, int32_t p, int32_t ss)
{
	int32_t k = p;

	while (k > ss && tok_word(f, k) && (f->toks[k].flags & TF_CAP) &&
	    !(f->toks[k].flags & TF_SENT) &&
	    (tok_has(f, k, WC_BE) || (tok_has(f, k, WC_ADV) &&
	    !tok_has(f, k, WC_AUX | WC_NEG))) &&
	    !tok_has(f, k, WC_SPEAKER | WC_PRON))
		k--;
	return k < p && title_case(f, p) ? skip_left(f, k, ss) : p;
}

/* adjunct_object: "Smith, but in a later interview said": is the mention
 * [s0, s1) before the cue the object of "in", "on", "during" or "at" that
 * follows a conjunction or a comma, so that the cue shares the subject
 * of the clause before: a common noun naming no person or group (a
 * document may: "The firm, in a statement said")? */
static bool
adjunct_object(const struct quote_finder *f, int32_t s0, int32_t s1,
    int32_t ss)
{
	int32_t p = s0 - 1;

	/* a later interview: over the determiner and the modifiers */
	while (p > ss && s0 - p < 5 && tok_lower(f, p) && !tok_has(f, p,
	    WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_REPORT | WC_AUX | WC_BE |
	    WC_PRON | WC_OBJPRON))
		p--;
	if (p <= ss || !tok_lower(f, s1 - 1) || tok_has(f, s1 - 1,
	    WC_PERSON | WC_GROUP | WC_PRON | WC_OBJPRON) || !tok_lower(f, p) ||
	    !(tok_is(f, p, f->w_in) || tok_is(f, p, f->w_on) ||
	    tok_is(f, p, f->w_during) || tok_is(f, p, f->w_at)))
		return false;
	return tok_punct(f, p - 1, ',') || (tok_lower(f, p - 1) &&
	    tok_has(f, p - 1, WC_CONJ) && !tok_has(f, p - 1, WC_SUB));
}

/* person_who: "A clerk, who asked not to be named, said": does "who"
 * follow the comma at token k after the mention starting at token s0, so
 * that it names a person whatever its noun (not the object of a
 * preposition: "because of his heritage, who fights ...")? */
static bool
person_who(const struct quote_finder *f, int32_t k, int32_t s0, int32_t ss)
{
	return tok_is(f, k + 1, f->w_who) &&
	    (s0 == ss || !tok_has(f, s0 - 1, WC_PREP));
}

/* find_speaker sets the speaker of cue c, or says there is none to find. */
void
find_speaker(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = title_adverbs(f, floating_quantifier(f, aspect_verb(f, c,
	    skip_left(f, c->t0 - 1, ss), ss), ss), ss);
	int32_t s0, s1, k;
	bool ing = (f->toks[c->t0].flags & TF_ING) != 0;

	/* "is pressing for": a progressive, not a participle */
	for (k = c->t0 - 1; ing && k >= ss && tok_word(f, k) &&
	    ((f->toks[k].cls & WC_ADV) || (f->toks[k].flags & TF_LY)); k--)
		;
	if (ing && k >= ss && (tok_has(f, k, WC_BE | WC_AUX) ||
	    (f->toks[k].type == TK_POSS && k > ss && tok_has(f, k - 1, WC_PRON))))
		ing = false;
	if (ing && p >= ss && seen_doing(f, c, p, ss))
		return;

	if (p >= ss && ((ing && (comma_like(f, p) ||
	    tok_has(f, p, WC_PREP | WC_SUB))) || (tok_has(f, p, WC_CONJ) &&
	    !tok_has(f, p - 1, WC_CONJ)))) {
		c->inherit = true;
		/* he began by saying: the subject of the verb before "by"
		 * (not of a noun: distanced himself from the movement by
		 * saying, corrected the candidate by tweeting; but quoted a
		 * witness as saying) */
		if (ing && tok_has(f, p, WC_PREP) && tok_lower(f, p - 1) &&
		    !tok_has(f, p - 1, WC_AUX | WC_PREP | WC_DET | WC_CONJ) &&
		    (tok_is(f, p, f->w_as) ||
		    !(np_left(f, p - 1, ss, &s0, &s1) && s0 < p - 1)) &&
		    np_left(f, skip_left(f, p - 2, ss), ss, &s0, &s1) &&
		    np_is_speaker(f, s0, s1, false)) {
			c->s0 = s0;
			c->s1 = s1;
			return;
		}
		if (ing && by_object_subject(f, c, p, ss))
			return;
		if (!inherit_speaker(f, c, ss) && ing)
			opening_participle(f, c, ss);
		return;
	}
	if (p < ss) {
		opening_inverted(f, c, ss);
		/* Noting that ..., Trump said: a clause or a quotation after it
		 * (not "Pointing to X, Walsh noted") */
		if (c->s0 < 0 && ing && c->t0 == ss && (size_t)c->t1 < f->ntoks &&
		    (tok_is(f, c->t1, f->w_that) ||
		    (f->toks[c->t1].flags & TF_OPEN) || clause_like(f, c->t1, false)))
			opening_participle(f, c, ss);
		return;
	}
	/* Rubio, who mused that ...: the mention and the relative pronoun */
	/* responded to that tweet: "that" after a preposition is a
	 * determiner, and the cue a noun */
	if (f->toks[p].wid == f->w_that && tok_has(f, p - 1, WC_PREP) &&
	    !tok_has(f, p - 1, WC_SUB) && p == c->t0 - 1)
		return;
	if (tok_has(f, p, WC_REL) && !(f->toks[p].flags & TF_CAP) &&
	    f->toks[p].wid != f->w_what && !(f->toks[p].wid == f->w_that &&
	    comma_like(f, p - 1))) {
		k = comma_like(f, p - 1) ? p - 2 : p - 1;
		c->s0 = p;
		if (np_left(f, k, ss, &s0, &s1) && np_is_speaker(f, s0, s1, true))
			c->s0 = k == p - 2 ? appositive_start(f, ss, s0, s1) : s0;
		c->s1 = p + 1;
		if (c->s0 < p && record_relative(f, c->s0, p))
			object_participle(f, c, ss);
		return;
	}
	if (!ing && !stance_only(c) && np_left(f, p, ss, &s0, &s1) &&
	    adjunct_object(f, s0, s1, ss)) {
		c->inherit = true;
		inherit_speaker(f, c, ss);
		return;
	}
	if (close_to_subject(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return;
	}
	/* groups that have endorsed him say: an object ending a relative
	 * clause (not "would see him endorse her") */
	if (tok_has(f, p, WC_OBJPRON) && !tok_has(f, p, WC_PRON | WC_DET) &&
	    !stance_only(c)) {
		c->s0 = p;
		c->s1 = p + 1;
		if (relative_subject(f, p - 1, ss, &c->s0, &c->s1))
			return;
		c->s0 = c->s1 = -1;
	}
	if (np_left(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		if (!relative_subject(f, s0 - 1, ss, &c->s0, &c->s1)) {
			if (!ing)
				bare_pp_head(f, ss, &s0, &s1);
			head_before_pp(f, ss, &s0, &s1);
			coordinated(f, ss, &s0, s1);
			c->s0 = s0;
			c->s1 = s1;
		}
		/* issued a statement Tuesday saying: over a time adjunct too */
		if (ing && (p == c->t0 - 1 || (tok_has(f, c->t0 - 1, WC_TIME) &&
		    !tok_has(f, c->t0 - 1, WC_AUX))))
			object_participle(f, c, ss);
		return;
	}
	if (first_segment(f, c, p, ss) || dashed(f, c, p, ss) ||
	    reduced_relative(f, c, p, ss) || controlled(f, c, p, ss))
		return;
	if (tok_punct(f, p, ',') && name_after_quote(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return;
	}
	if (tok_punct(f, p, ',')) {
		for (k = p - 1; k > ss && (!tok_punct(f, k, ',') ||
		    f->toks[k].q >= 0); k--)
			;
		if (k > ss && tok_punct(f, k, ',') && parenthetical(f, k, p) &&
		    np_left(f, k - 1, ss, &s0, &s1) &&
		    np_is_speaker(f, s0, s1, (f->toks[k + 1].flags &
		    (TF_CAP | TF_ED)) != 0 || tok_is(f, k + 1, f->w_which) ||
		    person_who(f, k, s0, ss)) &&
		    (relative(f, k + 1) || !inverted_np(f, c->t1, &k, &k))) {
			c->s0 = s0;
			c->s1 = s1;
			return;
		}
	}
	if (cited_before(f, c, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return;
	}
	if (tok_punct(f, p, ',') || (f->toks[p].flags & TF_CLOSE) ||
	    tok_punct(f, p, 0x2014)) {
		if (inverted_np(f, c->t1, &s0, &s1) ||
		    inverted_after_quote(f, c, p, &s0, &s1) ||
		    inverted_described(f, c, p, &s0, &s1)) {
			c->s0 = s0;
			c->s1 = s1;
			c->inverted = true;
		}
	}
	if (c->s0 < 0 && (relative_clause_subject(f, c, ss, &s0, &s1) ||
	    share_apposition(f, p, ss, &s0, &s1))) {
		c->s0 = s0;
		c->s1 = s1;
	}
}
