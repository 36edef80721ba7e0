/* inherit.c - speakers a cue takes from an earlier verb: the subject of
 * the clause before a participle or a second verb ("..., adding:", "and
 * said", "He began by saying"), of the verb a subordinate clause hangs
 * on, of an opening participle ("Noting that ..., Trump said"), and
 * what a document or quotation "calls". */
#include <string.h>

#include "cues.h"

static bool clause_subject(const struct quote_finder *f, struct cue *c);
static bool verb_object(const struct quote_finder *f, int32_t s0, int32_t cs);
static bool subject_pronoun(const struct quote_finder *f, int32_t s0,
    int32_t s1);

/* wh_clause: is token w a lower-case "how", "why", "whether" or "what"
 * after a word, opening a clause that is the object of a verb or a noun
 * ("gave no details about how he planned", "explained why she wrote",
 * "lashed out at what he characterized as")? */
static bool
wh_clause(const struct quote_finder *f, int32_t w)
{
	return tok_word(f, w - 1) && (tok_is(f, w, f->w_whether) ||
	    lower_word(f, w, "how") || lower_word(f, w, "why") ||
	    (tok_is(f, w, f->w_what) && tok_lower(f, w)));
}

/* after_quotation: is cue o a reporting clause right after a quotation
 * closed by a comma and before a comma, its speaker before the verb
 * ("“...,” Smith added, saying") or after it ("“...,” added Smith,
 * adding"), not an aside between dashes ("- ''...,'' he said - and")? */
static bool
after_quotation(const struct quote_finder *f, const struct cue *o, int32_t ss)
{
	int32_t k = o->s0 >= 0 && o->s0 < o->t0 ? o->s0 : o->t0;
	int32_t e = o->s1 > o->t1 ? o->s1 : o->t1;

	return k - 2 > ss && (f->toks[k - 1].flags & TF_CLOSE) &&
	    tok_punct(f, k - 2, ',') && tok_punct(f, e, ',');
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
	if (o->s0 > ss && wh_clause(f, o->s0 - 1))
		return true;
	/* in Ohio, two months before the state votes, stressing: a cue
	 * that reports nothing, in a clause set off by commas that a
	 * subordinating word opens */
	if (o->use == CU_NONE && o->s0 > ss + 1 && tok_lower(f, o->s0 - 1) &&
	    tok_has(f, o->s0 - 1, WC_SUB) && !tok_is(f, o->s0 - 1, f->w_that) &&
	    comma_like(f, c->t0 - 1) && o->t1 == c->t0 - 1)
		return true;
	/* “...,” Smith added, saying: a reporting clause after a quotation
	 * is the main clause, whatever report the quotation is in */
	if (after_quotation(f, o, ss))
		return false;
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

/* verb_for_subject: is cue o, which reports nothing, a noun read as a
 * verb whose subject is in fact a verb after "not", a modal or a form of
 * do ("did not release further details, saying": "release"), so that it
 * gives no subject to share? */
static bool
verb_for_subject(const struct quote_finder *f, const struct cue *o)
{
	static const char *const modal[] = { "did", "does", "do", "will",
	    "would", "can", "could", "should", "may", "might", "must" };

	return o->use == CU_NONE && o->s0 > 0 && tok_lower(f, o->s0) &&
	    (tok_has(f, o->s0 - 1, WC_NEG) || word_among(f, o->s0 - 1, modal,
	    sizeof modal / sizeof *modal)) &&
	    !tok_has(f, o->s0, WC_DET | WC_PRON | WC_QUANT | WC_ADV);
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

/* subordinate_question: "When Mook was asked if ..., he laughed and
 * said": cue c, a second verb after cue o, a passive with no agent in a
 * clause opened by a subordinating word (not a preposition) at the
 * sentence start ss, is said by the subject of the main clause after the
 * first comma past o, when that is a speaker before a verb; true when
 * that subject is found and set. */
static bool
subordinate_question(const struct quote_finder *f, struct cue *c,
    const struct cue *o, int32_t ss)
{
	int32_t k, s0, s1;

	if (!tok_has(f, ss, WC_SUB) || tok_has(f, ss, WC_PREP))
		return false;
	for (k = o->t1; k < c->t0 && !(tok_punct(f, k, ',') &&
	    f->toks[k].q < 0); k++)
		;
	if (k >= c->t0 || !np_right(f, k + 1, &s0, &s1, 0) || s0 != k + 1 ||
	    s1 >= c->t0 || !np_is_speaker(f, s0, s1, false) ||
	    !tok_lower(f, s1) || tok_has(f, s1, WC_PREP | WC_CONJ | WC_DET))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* object_read_as_subject: "Xi has worked to calm Russian fears,
 * reassuring": cue o, read as a verb with the mention before it as
 * subject, stands after a verb that takes that mention as its object
 * ("calm Russian"): o is a noun, and its "speaker" no subject a
 * participle after it could share. */
static bool
object_read_as_subject(const struct quote_finder *f, const struct cue *o,
    int32_t cs)
{
	return o->s0 >= 0 && o->s1 == o->t0 && o->s0 == o->t0 - 1 && o->s0 > cs &&
	    verb_object(f, o->s0, cs) && !subject_pronoun(f, o->s0, o->s1);
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
		/* When Mook was asked if ..., he laughed and said: the same */
		if (o->passive && o->s0 < 0 && o->t0 > ss &&
		    subordinate_question(f, c, o, ss))
			return true;
		/* Asked whether ..., Smith shook his head and said: the same,
		 * the main clause after the question's comma */
		if (o->passive && o->s0 < 0 && o->t0 == ss)
			return subject_after_question(f, c, o);
		if (o->s0 >= 0 || o->passive) {
			if (subordinate_cue(f, o, c, ss) || object_noun(f, o, ss) ||
			    verb_for_subject(f, o) || object_read_as_subject(f, o, cs))
				continue;
			c->s0 = o->s0;
			c->s1 = o->s1;
			c->passive = o->passive;
			c->any_subject = o->any_subject;
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

/* verb_object: does the noun phrase at token s0 follow a lower-case word
 * after the clause start cs that can only be a verb ("tied those test
 * scores to ..."), so that it is that verb's object, not the subject of
 * the word after it? */
static bool
verb_object(const struct quote_finder *f, int32_t s0, int32_t cs)
{
	const struct tok *t = &f->toks[s0 - 1];

	return s0 - 1 > cs && tok_lower(f, s0 - 1) && !(t->flags & TF_LY) &&
	    !(t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_DET | WC_PRON |
	    WC_OBJPRON | WC_AUX | WC_BE | WC_ADV | WC_QUANT | WC_SPEAKER |
	    WC_MODIFIER | WC_TIME | WC_WH | WC_NEG | WC_HAVE));
}

/* subject_pronoun: is the mention s0..s1 a pronoun that can only be a
 * subject ("he", "they"), never the object of the word before it? */
static bool
subject_pronoun(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	const struct tok *t = &f->toks[s0];

	return s1 - s0 == 1 && t->type == TK_WORD && (t->cls & WC_PRON) &&
	    !(t->cls & (WC_OBJPRON | WC_DET | WC_SPEAKER));
}

/* place_abbreviation: is token k the abbreviated state of a place set
 * off by commas ("in Green Bay, Wis., citing"): a capitalised word and
 * its dot after a comma that follows a capitalised word? */
static bool
place_abbreviation(const struct quote_finder *f, int32_t k)
{
	return k > 1 && tok_word(f, k) && (f->toks[k].flags & TF_CAP) &&
	    tok_punct(f, k - 1, ',') && tok_word(f, k - 2) &&
	    (f->toks[k - 2].flags & TF_CAP) && tok_punct(f, k + 1, '.') &&
	    tok_punct(f, k + 2, ',');
}

/* participle_clause_start: the start of the clause a participle cue c
 * after a comma hangs on: clause_start's, unless that is c itself (the
 * sentence opens with an adjunct and no comma before its subject: "In
 * May he raised his voice, saying") or the state of a place ("in Green
 * Bay, Wis., citing"), then the sentence's start. */
static int32_t
participle_clause_start(const struct quote_finder *f, const struct cue *c)
{
	int32_t cs = clause_start(f, c->t0);

	return cs >= c->t0 || place_abbreviation(f, cs) ?
	    sentence_start(f, c->t0) : cs;
}

/* opening_ing_word: is the mention [s0, s1) one capitalised word in
 * -ing before a lower-case word ("Rallying hundreds of workers ...,
 * Clinton tried ... and promised"): a participle opening the sentence,
 * no subject? */
static bool
opening_ing_word(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	return s1 - s0 == 1 && (f->toks[s0].flags & TF_ING) &&
	    (f->toks[s0].flags & TF_CAP) && tok_lower(f, s1);
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
	cs = participle_clause_start(f, c);
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
		    (t->flags & TF_ED ||
		    (t->cls & (WC_AUX | WC_REPORT | WC_PHRASAL)) ||
		    (verb_s(f, t) && !prefixed_name(f, t)) ||
		    after_subject(f, k))) {
			/* the subject of that verb, whatever its noun after a
			 * determiner: "The villagers have mocked it, calling" */
			if (np_left(f, skip_left(f, k - 1, cs), cs, &s0, &s1) &&
			    (!verb_object(f, s0, cs) || subject_pronoun(f, s0, s1)) &&
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
			    !(f->toks[s0].cls & WC_TIME) &&
			    !opening_ing_word(f, s0, s1)) {
				c->s0 = s0;
				c->s1 = s1;
				return true;
			}
		}
	}
	return false;
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

/* work_in: "Forbes shot back in an article stating", "Clinton made
 * during a speech attacking": the mention [s0, s1) before the
 * participle is a thing (no person nor group) after "in" or "during" at
 * token v; returns the verb before that phrase (over a particle and a
 * time adjunct), v when there is none. */
static int32_t
work_in(const struct quote_finder *f, int32_t v, int32_t s1, int32_t ss)
{
	int32_t k;

	if (v - 1 <= ss || !tok_lower(f, v) || !(tok_is(f, v, f->w_in) ||
	    tok_is(f, v, f->w_during)) || !tok_has(f, v + 1, WC_DET) ||
	    tok_has(f, v + 1, WC_PRON) || !tok_lower(f, s1 - 1) ||
	    tok_has(f, s1 - 1, WC_PERSON | WC_GROUP))
		return v;
	k = skip_left(f, v - 1, ss);
	if (k > ss && (lower_word(f, k, "back") || lower_word(f, k, "out")))
		k--;
	if (k <= ss || !tok_lower(f, k) || !((f->toks[k].flags & TF_ED) ||
	    (f->toks[k].cls & WC_REPORT) || lower_word(f, k, "made") ||
	    lower_word(f, k, "shot") || lower_word(f, k, "spoke")))
		return v;
	return k;
}

/* share_of: "spent much of his speech praising", "spent part of its
 * report praising": the token before the share of the object when token v,
 * before the object, is the "of" after "much", "most", "part" or "all";
 * else v. */
static int32_t
share_of(const struct quote_finder *f, int32_t v, int32_t ss)
{
	static const char *const share[] = { "much", "most", "part", "all" };

	if (v - 1 > ss && tok_is(f, v, f->w_of) &&
	    lower_among(f, v - 1, share, sizeof share / sizeof *share))
		return v - 2;
	return v;
}

/* possessed_thing: "his memo", "her letter": is the mention [s0, s1) a
 * possessive determiner and a thing (no person nor group), not a pronoun
 * alone? */
static bool
possessed_thing(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	return s1 - s0 > 1 && tok_lower(f, s1 - 1) &&
	    !tok_has(f, s1 - 1, WC_PERSON | WC_GROUP);
}

/* medium_on: "Sanders was on CNN talking about", "was heard on a
 * microphone telling", "appeared on Fox News saying": the mention
 * [c->s0, c->s1) before the participle c, no person nor group, is the
 * object of "on" right after a form of be, a verb in -ed, "heard" or
 * "seen"; the subject of that verb (over auxiliaries) says it. True when
 * set. */
static bool
medium_on(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t v = c->s0 - 1, k, s0, s1;

	if (v - 1 <= ss || !tok_is(f, v, f->w_on) ||
	    tok_has(f, c->s1 - 1, WC_PERSON | WC_GROUP | WC_PRON) ||
	    !tok_lower(f, v - 1) || f->toks[v - 1].q >= 0 ||
	    !(tok_has(f, v - 1, WC_BE) || (f->toks[v - 1].flags & TF_ED) ||
	    lower_word(f, v - 1, "heard") || lower_word(f, v - 1, "seen")))
		return false;
	for (k = v - 1; k > ss && tok_lower(f, k - 1) &&
	    (tok_has(f, k - 1, WC_AUX | WC_BE | WC_HAVE | WC_ADV | WC_NEG) ||
	    (f->toks[k - 1].flags & TF_LY)); k--)
		;
	if (!np_left(f, k - 1, ss, &s0, &s1) || s1 != k ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* object_participle: "she sent an email saying ...": the mention before
 * the participle is the object of another verb; the speaker is that
 * verb's subject. The object may have a phrase with "to" ("an email to
 * supporters stating", "wrote in his memo to staff explaining": then
 * the adjunct is read on the thing before "to"), the verb a particle
 * ("sent out a release saying", "fired back a response saying"), and the
 * object be a thing in an adjunct of the verb (work_in). */
void
object_participle(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t v = c->s0 - 1, thing = c->s1, s0, s1;
	const struct tok *t;

	if (tok_is(f, v, f->w_to) && np_left(f, v - 1, ss, &s0, &s1) && s1 == v &&
	    tok_has(f, s0, WC_DET) && (!tok_has(f, s0, WC_PRON) ||
	    possessed_thing(f, s0, s1))) {
		v = s0 - 1;
		thing = s1;
	}
	v = share_of(f, v, ss);
	if ((lower_word(f, v, "out") || lower_word(f, v, "up") ||
	    lower_word(f, v, "back")) &&
	    tok_has(f, v + 1, WC_DET) && tok_lower(f, v - 1) &&
	    !tok_has(f, v - 1, WC_AUX | WC_BE | WC_PREP | WC_DET))
		v--;
	if (medium_on(f, c, ss))
		return;
	v = work_in(f, v, thing, ss);
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

/* participle_opener: "One month after announcing", "Shortly before
 * calling", "Instead of calling", "Now, after arguing": from token s,
 * over up to three time words, numbers, quantities or adverbs (and a
 * comma after an adverb that opens the sentence) to the preposition or
 * subordinating word before the participle at t0; s itself when there is
 * none. */
static int32_t
participle_opener(const struct quote_finder *f, int32_t s, int32_t t0)
{
	int32_t j = s;

	if (tok_has(f, j, WC_ADV) && !tok_has(f, j, WC_PREP | WC_SUB) &&
	    tok_punct(f, j + 1, ','))
		j += 2;
	while (j < t0 - 1 && j - s < 4 && tok_word(f, j) &&
	    !tok_has(f, j, WC_PREP | WC_SUB) && ((f->toks[j].flags &
	    (TF_DIGIT | TF_LY)) || tok_has(f, j, WC_TIME | WC_QUANT | WC_ADV) ||
	    word_is(f, j, "one") || word_is(f, j, "two") || word_is(f, j, "three")))
		j++;
	return tok_has(f, j, WC_PREP | WC_SUB) && (j + 1 == t0 ||
	    (j + 2 == t0 && tok_has(f, j + 1, WC_PREP))) ? j : s;
}

/* opening_participle: "In declaring X “not Christian,” the pope ...",
 * "But while denouncing the “perversion” of ..., she has not ...",
 * "Noting that ..., Trump reminded ...": cue c, a participle opening the
 * sentence from ss or after a preposition or a subordinating word that
 * does (no comma between), is said by the subject of the main clause
 * after the first comma; true when that subject is found. */
bool
opening_participle(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s = ss, k, s0, s1, v;

	if (tok_has(f, s, WC_CONJ))
		s++;
	s = participle_opener(f, s, c->t0);
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
	if ((!tok_lower(f, v) || tok_has(f, v, WC_PREP | WC_CONJ | WC_DET |
	    WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_QUANT | WC_WH)) &&
	    !(v > s1 && tok_lower(f, v - 1) && tok_has(f, v - 1, WC_AUX |
	    WC_BE | WC_HAVE)))
		return false;    /* but: Mr. Biden has been a loyal ... */
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* seen_doing: "the cleric is shown lecturing", "Smith can be heard
 * asking": cue c, a participle right after a passive of perception at
 * token p, is said by that passive's subject; true when it is found. */
bool
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

/* finite_verb_after: does a finite verb follow the mention ending at token
 * s1, over adverbs and auxiliaries ("has already sued", "fired", "then
 * brought", "took the"): a word in -ed or -s, or any before an object)? */
static bool
finite_verb_after(const struct quote_finder *f, int32_t s1)
{
	int32_t k = s1;

	while (k - s1 < 4 && tok_lower(f, k) && f->toks[k].q < 0 &&
	    (tok_has(f, k, WC_ADV | WC_AUX | WC_HAVE) ||
	    (f->toks[k].flags & TF_LY)))
		k++;
	if (!tok_lower(f, k) || f->toks[k].q >= 0 ||
	    tok_has(f, k, WC_PREP | WC_CONJ | WC_SUB | WC_DET | WC_PRON |
	    WC_REL))
		return false;
	return k > s1 || (f->toks[k].flags & TF_ED) || verb_s(f, &f->toks[k]) ||
	    (tok_has(f, k + 1, WC_DET | WC_OBJPRON) &&
	    !tok_has(f, k, WC_SPEAKER | WC_MODIFIER | WC_QUANT));
}

/* listed_conjunct: is the noun phrase before "and" at token k (no comma
 * before it), after token limit, a subject or an item of a list, coming
 * after a comma, "that" or a subordinating word ("said that the campaign
 * and its allies are", "said the unions, farm groups and the city have"),
 * so that the mention after "and" is coordinated with it, not a new
 * clause's subject? */
static bool
listed_conjunct(const struct quote_finder *f, int32_t k, int32_t limit)
{
	int32_t a, b;

	if (comma_like(f, k - 1) || !tok_is(f, k, f->w_and) ||
	    !np_left(f, k - 1, limit, &a, &b) || b != k)
		return false;
	return comma_like(f, a - 1) ||
	    tok_is(f, a - 1, f->w_that) || tok_has(f, a - 1, WC_SUB);
}

/* coordinated_subject: "Farmers say ..., and the union has sued the
 * county, saying", "Police arrested him and the mayor fired the chief,
 * admitting": cue c, a participle after the comma at p, belongs to the
 * last clause coordinated by "and" or "but" after its speaker: the
 * mention after the conjunction, before a finite verb, says it. Sets
 * the speaker when found. */
static bool
coordinated_subject(const struct quote_finder *f, struct cue *c, int32_t p)
{
	int32_t s0, s1;

	for (int32_t k = p - 1; k > c->s1; k--) {
		if (f->toks[k].q >= 0)
			return false;
		if ((!tok_is(f, k, f->w_and) && !tok_is(f, k, f->w_but)) ||
		    listed_conjunct(f, k, c->s1))
			continue;
		if (np_right(f, k + 1, &s0, &s1, 0) && s0 == k + 1 && s1 < p &&
		    !tok_has(f, s0, WC_REL) && np_is_speaker(f, s0, s1, false) &&
		    finite_verb_after(f, s1)) {
			c->s0 = s0;
			c->s1 = s1;
			return true;
		}
	}
	return false;
}

/* inherited_speaker sets the speaker of cue c, a participle after a comma
 * or a preposition at token p, or a verb after a conjunction ("..., adding",
 * "and said"), from the verb before it. */
void
inherited_speaker(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss, bool ing)
{
	int32_t s0, s1;

	c->inherit = true;
	/* he began by saying, was quoted as saying: the subject of the
	 * verb before "by" or "as" (not of a noun: distanced himself from
	 * the movement by saying, corrected the candidate by tweeting,
	 * quoted another GOP official as saying) */
	if (ing && tok_has(f, p, WC_PREP) && tok_lower(f, p - 1) &&
	    !tok_has(f, p - 1, WC_AUX | WC_PREP | WC_DET | WC_CONJ) &&
	    !(np_left(f, p - 1, ss, &s0, &s1) && s0 < p - 1) &&
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
	else if (ing && c->s0 >= 0 && comma_like(f, p))
		coordinated_subject(f, c, p);
}
