/* relative.c - speakers in and around relative clauses: "Rubio, who
 * said", "groups that have endorsed him say", "A clerk who asked not to be
 * named said", "Several people I've spoken with said", "The group
 * backing Smith praised", "A news report published Wednesday said". */
#include <string.h>

#include "cues.h"

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
 * ("backed the plan said") or the object of a preposition in it
 * ("advocated a war on terrorist groups expressed"), or no speaker at all
 * ("said Trump would win also said")? */
static bool
relative_verb(const struct quote_finder *f, int32_t k, int32_t ss,
    int32_t s0, int32_t s1)
{
	const struct cue *o = relative_cue(f, k - 1, k, ss);

	if (o == NULL)
		o = relative_cue(f, skip_left(f, k - 1, ss), k, ss);
	return o != NULL && ((o->use == CU_NP && (o->c0 == s0 ||
	    (o->c0 < s0 && tok_has(f, s0 - 1, WC_PREP)))) ||
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

/* cue_starts_at: does a cue found so far in the sentence from ss, one
 * that reports something (not a topic), start at token k? */
bool
cue_starts_at(const struct quote_finder *f, int32_t k, int32_t ss)
{
	for (size_t j = f->ncues; j-- > 0;) {
		if (f->cues[j].t0 < ss)
			break;
		if (f->cues[j].t0 == k && f->cues[j].use != CU_NONE)
			return true;
	}
	return false;
}

/* first_of_two_who: "Another man who prays there and who did not want
 * to be named said": when the "who" at token k follows "and", the "who"
 * of the first relative clause of the mention before it (words only in
 * between, within 16 tokens); else k. */
static int32_t
first_of_two_who(const struct quote_finder *f, int32_t k, int32_t ss)
{
	if (k - 1 <= ss || !lower_word(f, k - 1, "and"))
		return k;
	for (int32_t j = k - 2; j > ss && k - j < 16; j--) {
		const struct tok *t = &f->toks[j];

		if (t->type == TK_POSS)
			continue;
		if (t->type != TK_WORD || t->q >= 0 ||
		    ((t->cls & WC_REPORT) && !(t->cls & WC_SPEAKER)))
			return k;
		if (t->wid == f->w_who)
			return j;
	}
	return k;
}

/* those_before_who: is token k "who" right after a lower-case "those"
 * standing for the persons the clause says ("But those who back her
 * say"), which np_left reads as no mention? */
bool
those_before_who(const struct quote_finder *f, int32_t k)
{
	return k > 0 && tok_is(f, k, f->w_who) && tok_lower(f, k) &&
	    lower_word(f, k - 1, "those");
}

/* relative_subject: "officials who spoke on condition of anonymity said",
 * "groups that have endorsed him say": the mention before "who" (or
 * before "that" when the verb of its clause is a cue) when there is one
 * within the clause; [*s0, *s1) is the mention before the cue. A
 * reporting verb ends the search ("officials who spoke said Smith
 * said"), unless it is the cue of that relative clause (relative_verb). */
bool
relative_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t k;

	for (k = p; k > ss && p - k < 16; k--) {
		const struct tok *t = &f->toks[k];

		/* who came to protest this week's convention */
		if (t->type == TK_POSS && k < p)
			continue;
		if (t->type != TK_WORD || t->q >= 0)
			return false;
		if (t->wid == f->w_who)
			break;
		if (t->wid == f->w_that && k < p && relative_cue(f, k, -1, ss))
			break;
		if (t->cls & WC_REPORT && !(t->cls & WC_SPEAKER) && k > ss + 1 &&
		    (relative_verb(f, k, ss, *s0, *s1) ||
		    uncued_relative_verb(f, k, ss) || !cue_starts_at(f, k, ss)))
			continue;
		if (t->cls & (WC_REPORT | WC_SUB) && !(t->cls & WC_SPEAKER))
			return false;
	}
	if (k <= ss || p - k >= 16)
		return false;
	k = first_of_two_who(f, k, ss);
	if (k - 1 > ss && those_before_who(f, k)) {
		*s0 = k - 1;
		*s1 = k;
		return true;
	}
	/* a clerk who ...: "who" names a person whatever the noun (not
	 * "hackers who officials say": the mention after it is the subject) */
	return np_left(f, k - 1, ss, s0, s1) && np_is_speaker(f, *s0, *s1,
	    f->toks[k].wid == f->w_who && k < p && (*s0 == ss ||
	    !tok_has(f, *s0 - 1, WC_PREP)));
}

/* record_relative: "Trump released a marketing video that said",
 * "Henry added the caption which reads": the mention from token s0 to
 * the relative pronoun "that" or "which" at token r is a thing a verb
 * before it has for object (opened by a determiner, no person, group nor
 * name), whose words are that verb's subject's (object_participle finds
 * it). */
bool
record_relative(const struct quote_finder *f, int32_t s0, int32_t r)
{
	int32_t h = tok_punct(f, r - 1, ',') ? r - 2 : r - 1;

	return (tok_is(f, r, f->w_that) || tok_is(f, r, f->w_which)) &&
	    tok_has(f, s0, WC_DET) && !tok_has(f, s0, WC_PRON) &&
	    h > s0 && tok_lower(f, h) && !tok_has(f, h, WC_PERSON | WC_GROUP);
}

/* noun_before_participle: the mention ending right before the
 * participle at token v, after a word that is no auxiliary, preposition,
 * conjunction, subordinator, pronoun or adverb ("The group backing",
 * "Another source speaking"): true with [*s0, *s1) set to it when it
 * names a speaker (any: as np_is_speaker takes it). */
static bool
noun_before_participle(const struct quote_finder *f, int32_t ss, int32_t v,
    bool any, int32_t *s0, int32_t *s1)
{
	int32_t a, b;

	if (!tok_word(f, v - 1) || tok_has(f, v - 1, WC_AUX | WC_BE |
	    WC_PREP | WC_CONJ | WC_SUB | WC_PRON | WC_ADV) ||
	    !np_left(f, v - 1, ss, &a, &b) || b != v ||
	    !np_is_speaker(f, a, b, any))
		return false;
	*s0 = a;
	*s1 = b;
	return true;
}

/* ing_relative: "The group backing Smith praised the plan", "The head of
 * the PAC backing Smith, Jane Doe, said": when the mention [*s0, *s1)
 * is the object of a lower-case reporting verb in -ing right after a
 * noun (a reduced relative clause), that noun's mention is the subject;
 * true with [*s0, *s1) set to it. */
bool
ing_relative(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	int32_t v = *s0 - 1;

	if (v - 1 < ss || !tok_lower(f, v) || !(f->toks[v].flags & TF_ING) ||
	    !(f->toks[v].cls & WC_REPORT) || (f->toks[v].cls & WC_SPEAKER))
		return false;
	return noun_before_participle(f, ss, v, true, s0, s1);
}

/* ing_to_relative: "Another source speaking to Fox News said", "An aide
 * talking with reporters said": when the mention [*s0, *s1) follows "to"
 * or "with" after a lower-case verb in -ing (not "according") right
 * after a noun (a reduced relative clause and its addressee), that
 * noun's mention is the subject; true with [*s0, *s1) set to it. */
bool
ing_to_relative(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	int32_t v = *s0 - 2;

	if (v - 1 < ss || !(tok_is(f, v + 1, f->w_to) ||
	    tok_is(f, v + 1, f->w_with)) || !tok_lower(f, v) ||
	    !(f->toks[v].flags & TF_ING) || tok_is(f, v, f->w_according) ||
	    tok_has(f, v, WC_AUX | WC_BE | WC_HAVE | WC_PREP | WC_SPEAKER))
		return false;
	return noun_before_participle(f, ss, v, false, s0, s1);
}

/* dated_participle: is token p, a lower-case verb of the lexicon in -ed
 * before cue c, a participle whose time adjunct stands between it and
 * the cue ("A news report published Wednesday said", "emails released
 * this week showed"), not the verb of the clause? */
static bool
dated_participle(const struct quote_finder *f, const struct cue *c, int32_t p)
{
	const struct tok *a = &f->toks[p + 1];

	return (f->toks[p].cls & WC_REPORT) && p + 1 < c->t0 &&
	    tok_word(f, p + 1) && !(a->cls & WC_AUX) && ((a->cls & WC_TIME) ||
	    a->wid == f->w_this || a->wid == f->w_last || a->wid == f->w_on) &&
	    tok_has(f, c->t0 - 1, WC_TIME) && !tok_has(f, c->t0 - 1, WC_AUX);
}

/* reduced_relative: "A court document filed Thursday says", "A news
 * report published Wednesday said" */
bool
reduced_relative(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss)
{
	int32_t s0, s1;

	if (!tok_lower(f, p) || !(f->toks[p].flags & TF_ED) ||
	    (f->toks[p].cls & WC_AUX) || ((f->toks[p].cls & WC_REPORT) &&
	    !dated_participle(f, c, p)) ||
	    !np_left(f, p - 1, ss, &s0, &s1) ||
	    !np_is_speaker(f, s0, s1, false))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* verb_before_name: "Then he met Jones, who said", "Trump met Jones, who
 * said": in the mention [s0, s1) before a relative pronoun, a lower-case
 * word that is no speaker noun, modifier, determiner nor quantity, with
 * a pronoun or a capitalised word before it and only capitalised words
 * (and abbreviation dots) after it, is the verb of a clause whose object
 * is the name; returns where that name starts, or s0. */
int32_t
verb_before_name(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	int32_t k = s1 - 1;

	while (k > s0 && ((tok_word(f, k) && (f->toks[k].flags & TF_CAP)) ||
	    tok_punct(f, k, '.')))
		k--;
	if (k == s1 - 1 || k < s0 || !tok_lower(f, k) || k - 1 < 0 ||
	    tok_has(f, k, WC_SPEAKER | WC_MODIFIER | WC_DET | WC_QUANT |
	    WC_PREP | WC_CONJ) || !(is_pron(f, k - 1) ||
	    (k > s0 && (f->toks[k - 1].flags & TF_CAP) &&
	    !tok_has(f, k - 1, WC_DET | WC_QUANT | WC_PREP))))
		return s0;
	return k + 1;
}

/* i_pronoun: is token k "I" or "I" with a contraction ("I've", "I’d"),
 * which the lexicon may not know capitalised? */
static bool
i_pronoun(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	return tok_word(f, k) && f->text[t->b] == 'I' && (t->e - t->b == 1 ||
	    f->text[t->b + 1] == '\'' || (t->e - t->b > 3 &&
	    memcmp(f->text + t->b + 1, "\xe2\x80\x99", 3) == 0));
}

/* contact_clause: "Several people I've spoken with said", "an official
 * she spoke to on camera said": a speaker noun and a relative clause
 * with no pronoun of its own whose subject is a pronoun and whose verb
 * is one of speaking to or meeting someone, up to token p before the
 * cue; true with the noun's mention (as "officials who spoke ..."), when
 * it opens a clause. */
bool
contact_clause(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	static const char *const contact[] = { "spoke", "spoken", "talked",
	    "interviewed", "consulted", "contacted", "surveyed", "met" };
	int32_t k, v = -1, a, b;

	for (k = p; k > ss && p - k < 12; k--) {
		if (!tok_word(f, k) || f->toks[k].q >= 0)
			return false;
		if ((is_pron(f, k) && !tok_has(f, k, WC_EXPL)) || i_pronoun(f, k))
			break;
	}
	for (int32_t j = k + 1; j <= p && j - k <= 2 && v < 0; j++)
		if (tok_lower(f, j) && word_among(f, j, contact,
		    sizeof contact / sizeof *contact))
			v = j;
	if (k <= ss || v < 0 || !np_left(f, k - 1, ss, &a, &b) ||
	    b != k || !tok_has(f, b - 1, WC_PERSON | WC_GROUP) ||
	    is_pron(f, b - 1) || !(a == ss || tok_punct(f, a - 1, ',') ||
	    tok_has(f, a - 1, WC_CONJ | WC_SUB) || tok_is(f, a - 1, f->w_that)))
		return false;
	for (int32_t j = k + 1; j < v; j++)
		if (!tok_has(f, j, WC_AUX | WC_HAVE))
			return false;
	*s0 = a;
	*s1 = b;
	return true;
}

/* relative_clause_subject: "Executives for Mondelez, which made $30
 * billion last year, say", "The officials whose laws were struck down
 * say", "Some voters who have listened to him for years, on television,
 * said": the mention opening the sentence (after "But", "And") when a
 * relative clause follows it and runs up to cue c, a finite verb, with
 * nothing but words, commas, numbers and abbreviations between; true with
 * its span. */
bool
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

/* person_who: "A clerk, who asked not to be named, said": does "who"
 * follow the comma at token k after the mention starting at token s0, so
 * that it names a person whatever its noun (not the object of a
 * preposition: "because of his heritage, who fights ...")? */
bool
person_who(const struct quote_finder *f, int32_t k, int32_t s0, int32_t ss)
{
	return tok_is(f, k + 1, f->w_who) &&
	    (s0 == ss || !tok_has(f, s0 - 1, WC_PREP));
}
