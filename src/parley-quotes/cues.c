/* cues.c - the cues of a document (reporting verbs, nouns and phrases
 * from the lexicon), each with its speaker and what it reports.
 *
 * For each place the lexicon matches outside quotation marks:
 *   1. drop uses that are no report: a noun or adjective ("the reported
 *      deal", "media reports"), a belief marked u (unless --beliefs);
 *   2. the speaker: the noun phrase before the verb (over auxiliaries,
 *      adverbs, "on Tuesday", an apposition or a relative clause between
 *      commas), or after it ("..., said Rubio"), or the subject of an
 *      earlier verb for a participle or a second verb ("..., adding:",
 *      "and said"); none for a passive ("when asked");
 *   3. what it reports: a quotation right after it (said: “...”), a
 *      that-, wh-, to- or bare clause, a noun phrase, or, for a reporting
 *      clause set off by a comma or a closing quotation mark, the clause
 *      before it;
 *   4. where that content ends (phrase.c), once every cue is known. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "finder.h"
#include "xalloc.h"

static bool
match_entry(const struct quote_finder *f, int32_t i, const struct cue_entry *e)
{
	for (int k = 0; k < e->nwords; k++) {
		int32_t j = i + k;

		if ((size_t)j >= f->ntoks || f->toks[j].type != TK_WORD ||
		    f->toks[j].q >= 0 || f->toks[j].wid != e->words[k])
			return false;
		if (k > 0 && (f->toks[j].flags & TF_SENT))
			return false;
	}
	return true;
}

/* is_noun_form: can the word at token i be a noun (reports, claims)? */
static bool
is_noun_form(const struct quote_finder *f, int32_t i)
{
	const struct lex_word *w = &f->lx->words[f->toks[i].wid];

	if (f->toks[i].cls & (WC_SPEAKER | WC_MODIFIER))
		return true;
	for (int32_t k = 0; k < w->ncues; k++)
		if (f->lx->cues[w->cue0 + k].frames & FR_NOUN)
			return true;
	return false;
}

/* as_speaker_verb: is the -s form at token i the verb of "as" and a
 * speaker before a comma or a colon ("as the mayor notes: “...”", "as
 * the report says,"), not a noun after a noun ("the mayor notes")? */
static bool
as_speaker_verb(const struct quote_finder *f, int32_t i)
{
	int32_t a, b;

	return f->text[f->toks[i].e - 1] == 's' && tok_has(f, i - 1, WC_SPEAKER) &&
	    (tok_punct(f, i + 1, ',') || tok_punct(f, i + 1, ':')) &&
	    np_left(f, i - 1, sentence_start(f, i), &a, &b) && b == i &&
	    tok_is(f, a - 1, f->w_as);
}

/* noun_use: is the verb at token i used as a noun or an adjective? */
static bool
noun_use(const struct quote_finder *f, int32_t i)
{
	const struct tok *p;

	if (i == 0 || (f->toks[i].flags & TF_SENT))
		return false;
	p = &f->toks[i - 1];
	if (p->type == TK_POSS)    /* Rubio's statement, but he's said */
		return !(i >= 2 && tok_has(f, i - 2, WC_PRON));
	if (p->type != TK_WORD)
		return false;
	if ((p->cls & WC_DET) && !(p->cls & WC_PRON) && p->wid != f->w_that)
		return true;    /* the reported deal, his statement */
	if (!is_noun_form(f, i) || (f->toks[i].flags & TF_ED))
		return false;
	/* media reports, repeated claims, two reports */
	if (p->flags & TF_CAP)
		return false;
	/* some critics fear: a plural person before a form in no -s */
	if ((p->cls & WC_PERSON) && f->text[p->e - 1] == 's' &&
	    f->text[f->toks[i].e - 1] != 's')
		return false;
	if (p->cls & (WC_PRON | WC_AUX | WC_NEG | WC_CONJ | WC_SUB | WC_REL |
	    WC_ADV | WC_PREP))
		return false;
	return !(p->flags & TF_LY) && !as_speaker_verb(f, i);
}

static bool
participle_form(const struct tok *t)
{
	return !(t->flags & TF_ING) && (t->flags & TF_ED || t->wid >= 0);
}

static bool np_start(const struct quote_finder *f, int32_t k);

/* about_after: the "about" after adjuncts from token a on (at a
 * briefing on Monday about X), before any punctuation and with a noun
 * phrase after it, or -1. */
static int32_t
about_after(const struct quote_finder *f, int32_t a)
{
	int32_t k = a;

	while (k - a < 12 && tok_word(f, k) && !(f->toks[k].flags & TF_SENT) &&
	    f->toks[k].q < 0 && !tok_is(f, k, f->w_about))
		k++;
	if (!tok_is(f, k, f->w_about) || (size_t)k + 1 >= f->ntoks ||
	    f->toks[k].q >= 0 || (f->toks[k].flags & TF_SENT) ||
	    skip_adjunct_right(f, a) < k || !np_start(f, k + 1) ||
	    (f->toks[k + 1].flags & TF_SENT))
		return -1;
	return k;
}

/* question_after: does a whether- or wh-clause start at token k, after
 * adjuncts (on Monday, at a briefing)? */
static bool
question_after(const struct quote_finder *f, int32_t k)
{
	int32_t j = skip_adjunct_right(f, k);

	return j > k && tok_has(f, j, WC_WH) && !tok_is(f, j, f->w_that) &&
	    !tok_is(f, j, f->w_when) && !tok_is(f, j, f->w_where);
}

/* passive_use: "was told", "has been asked", "when asked". */
static bool
passive_use(const struct quote_finder *f, int32_t i, int32_t ss)
{
	int32_t p = i - 1;
	const struct tok *t = &f->toks[i];
	const char *s = f->text + t->b;
	size_t n = t->e - t->b;

	if (t->flags & TF_ING)
		return false;
	/* present forms are active: says, say */
	if (!(t->flags & TF_ED) && !(n >= 4 && (memcmp(s + n - 4, "said", 4) == 0 ||
	    memcmp(s + n - 4, "told", 4) == 0 || memcmp(s + n - 4, "tten", 4) == 0 ||
	    memcmp(s + n - 4, "ught", 4) == 0 || memcmp(s + n - 4, "hown", 4) == 0 ||
	    memcmp(s + n - 4, "ound", 4) == 0 || memcmp(s + n - 4, "nown", 4) == 0)))
		return false;
	while (p >= ss && tok_word(f, p) && ((f->toks[p].cls & (WC_ADV | WC_NEG)) ||
	    (f->toks[p].flags & TF_LY)) && !(f->toks[p].cls & WC_BE))
		p--;
	/* it's said that: it is said */
	if (p > ss && f->toks[p].type == TK_POSS && tok_is(f, p - 1, f->w_it))
		return true;
	/* Asked whether ..., Asked by X about ...: a participle opening the
	 * sentence */
	if (i == ss && (t->flags & TF_ED) && (size_t)i + 1 < f->ntoks &&
	    (tok_has(f, i + 1, WC_WH) || tok_is(f, i + 1, f->w_by) ||
	    tok_is(f, i + 1, f->w_about)) && !tok_is(f, i + 1, f->w_that))
		return true;
	/* Asked on Monday whether ..., Asked at a briefing about ...: over
	 * adjuncts */
	if (i == ss && (t->flags & TF_ED) && tok_lower(f, i + 1) &&
	    (question_after(f, i + 1) || about_after(f, i + 1) > i + 1))
		return true;
	if (p < ss || !tok_word(f, p))
		return false;
	if (f->toks[p].cls & WC_BE)
		return true;
	/* when asked, if confirmed, once informed */
	return (f->toks[p].wid == f->w_when || f->toks[p].wid == f->w_if ||
	    f->toks[p].wid == f->w_once || f->toks[p].wid == f->w_after ||
	    f->toks[p].wid == f->w_before || f->toks[p].wid == f->w_unless ||
	    f->toks[p].wid == f->w_as) && participle_form(t);
}

static struct cue *
new_cue(struct quote_finder *f)
{
	struct cue *c;

	if (f->ncues == f->ccap) {
		f->ccap = f->ccap ? f->ccap * 2 : 64;
		f->cues = xreallocarray(f->cues, f->ccap, sizeof *f->cues);
	}
	c = &f->cues[f->ncues++];
	memset(c, 0, sizeof *c);
	c->s0 = c->s1 = c->c0 = c->c1 = -1;
	c->quote = c->quote2 = -1;
	return c;
}

/* parenthetical_before: is tokens (k, p) set off by commas an apposition,
 * a relative clause or a parenthesis (", for its part,")? */
static bool
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
		    relative_verb(f, k, ss, *s0, *s1))
			continue;
		if (t->cls & (WC_REPORT | WC_SUB) && !(t->cls & WC_SPEAKER))
			return false;
	}
	if (k <= ss || p - k >= 16)
		return false;
	return np_left(f, k - 1, ss, s0, s1) && np_is_speaker(f, *s0, *s1, false);
}

/* comma_like: a comma, or a closing mark after a comma (“...,” adding) */
static bool
comma_like(const struct quote_finder *f, int32_t p)
{
	return tok_punct(f, p, ',') || (p > 0 && (f->toks[p].flags & TF_CLOSE) &&
	    tok_punct(f, p - 1, ','));
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

static bool clause_subject(const struct quote_finder *f, struct cue *c);
static bool stance_only(const struct cue *c);

/* verb_s: does word t end in an -s that may make a verb's third person
 * (says, rallies), not one of crisis, business, status? */
static bool
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
static bool
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

/* clause_subject sets the speaker of cue c to the subject of the clause
 * it stands in, when one is found before it. */
static bool
clause_subject(const struct quote_finder *f, struct cue *c)
{
	int32_t cs, k, s0, s1;

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
		if (tok_lower(f, k) && !(t->cls & (WC_PREP | WC_DET | WC_QUANT |
		    WC_CONJ | WC_SUB | WC_REL | WC_ADV | WC_PRON | WC_OBJPRON |
		    WC_SPEAKER | WC_MODIFIER)) && !(t->flags & (TF_LY | TF_ING)) &&
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

static bool
relative(const struct quote_finder *f, int32_t k)
{
	return tok_is(f, k, f->w_who) || tok_is(f, k, f->w_which) ||
	    tok_is(f, k, f->w_whose);
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

/* inverted_after_quote: “...,” said the designer: right after a closing
 * quotation, a verb that any noun phrase may be the subject of (said,
 * wrote; not read) and a noun phrase that ends the clause (or goes on
 * with a relative clause) name the speaker whatever the noun is. */
static bool
inverted_after_quote(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1)
{
	if (!(c->frames & FR_ANYSUBJ))
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
	}
}

static bool is_pron(const struct quote_finder *f, int32_t i);
static int32_t paragraph_last(const struct quote_finder *f, int32_t i);

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

static bool
is_pron(const struct quote_finder *f, int32_t i)
{
	return tok_has(f, i, WC_PRON) && !(f->toks[i].flags & TF_UPPER);
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
		*s0 = a;
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
static void
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
 * "But while denouncing the “perversion” of ..., she has not ...": cue
 * c, a participle after a preposition or a subordinating word that opens
 * the sentence from ss (no comma between), is said by the subject of the
 * main clause after the first comma; true when that subject is found. */
static bool
opening_participle(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s = ss, k, s0, s1, v;

	if (tok_has(f, s, WC_CONJ))
		s++;
	if (!tok_has(f, s, WC_PREP | WC_SUB) || tok_has(f, s, WC_SPEAKER) ||
	    tok_is(f, s, f->w_according))
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

static bool word_among(const struct quote_finder *f, int32_t i,
    const char *const *words, size_t n);

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

/* find_speaker sets the speaker of cue c, or says there is none to find. */
static void
find_speaker(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = skip_left(f, c->t0 - 1, ss), s0, s1, k;
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
		if (!inherit_speaker(f, c, ss) && ing)
			opening_participle(f, c, ss);
		return;
	}
	if (p < ss)
		return;
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
		    (TF_CAP | TF_ED)) != 0 || tok_is(f, k + 1, f->w_which)) &&
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
	if (t->wid == f->w_there)
		return tok_has(f, k + 1, WC_AUX | WC_BE);
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

/* np_start: can a noun phrase (or gerund) complement start at token k? */
static bool
np_start(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	if (t->type == TK_QUOTE)
		return (t->flags & TF_OPEN) != 0;
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
	if ((t->cls & WC_REPORT) && !(t->flags & TF_CAP))
		return false;
	if (t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_AUX | WC_NEG | WC_PRON |
	    WC_REL | WC_BE) && !(t->flags & TF_CAP) && !(t->cls & WC_SPEAKER))
		return false;
	return !(t->flags & TF_LY) || (t->cls & WC_SPEAKER);
}

/* only_pronoun: is the content [c0, c1) a bare pronoun (this, it)? */
static bool
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
static bool
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

/* boundary_before: a reporting clause starting at token s stands after
 * its content when a comma or a closing mark precedes it. */
static bool
boundary_before(const struct quote_finder *f, int32_t s)
{
	if (s <= 0)
		return false;
	/* a new sentence: only after “...?” or “...!” (“Why?” Vance asked),
	 * in the same paragraph */
	if (f->toks[s].flags & TF_SENT) {
		int32_t k = s - 1;

		if (f->toks[s].flags & TF_PARA)
			return false;

		while (k > 0 && (f->toks[k].flags & TF_CLOSE))
			k--;
		return k < s - 1 && (tok_punct(f, k, '?') || tok_punct(f, k, '!'));
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

/* addressee: "told reporters that", "warned Kyiv that": extend the cue
 * over the object when what follows it is a complement or the end. */
static void
addressee(struct quote_finder *f, struct cue *c)
{
	int32_t o0, o1, k;
	bool person;

	if (!np_right(f, c->t1, &o0, &o1, NP_OBJECT) ||
	    !np_is_speaker(f, o0, o1, true))
		return;
	/* told the forum.: any addressee for tell; a person for the rest */
	person = np_is_speaker(f, o0, o1, false) || (c->frames & FR_ANYSUBJ);
	k = skip_adjunct_right(f, o1);
	if (((size_t)k >= f->ntoks || f->toks[k].type == TK_PUNCT ||
	    f->toks[k].flags & TF_SENT || (f->toks[k].flags & TF_OPEN)) && person)
		c->t1 = o1;
	else if (tok_is(f, k, f->w_that) || tok_is(f, k, f->w_to) ||
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

/* closed_before: does the reporting clause of cue c stand right after a
 * quotation closed in its sentence (“...,” Smith said / “...,” said
 * Smith)? Then that quotation is what it reports. */
static bool
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
	return (f->toks[s - 1].flags & TF_CLOSE) || (tok_punct(f, s - 1, ',') &&
	    s > 1 && (f->toks[s - 2].flags & TF_CLOSE));
}

/* word_is: is token i the word w (lower case, any case in the text)? */
static bool
word_is(const struct quote_finder *f, int32_t i, const char *w)
{
	size_t n = strlen(w);

	return tok_word(f, i) && f->toks[i].e - f->toks[i].b == n &&
	    strncasecmp(f->text + f->toks[i].b, w, n) == 0;
}

/* word_among: is token i one of the n words (lower case, any case in the
 * text)? */
static bool
word_among(const struct quote_finder *f, int32_t i, const char *const *words,
    size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (word_is(f, i, words[k]))
			return true;
	return false;
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
		    !(t->flags & TF_CAP)))
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
	    WC_CONJ)) || (t->flags & (TF_LY | TF_ING | TF_ED))) || t->wid == f->w_that)
		return false;
	for (int32_t k = ss; k < s - 1; k++)
		if (f->toks[k].q >= 0 || f->toks[k].type == TK_QUOTE ||
		    (f->toks[k].type == TK_PUNCT && f->toks[k].cp != '.'))
			return false;
	return true;
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
 * conjunction at most: "But as Clyburn noted, ...") or follow a comma? */
static bool
as_opens(const struct quote_finder *f, int32_t a)
{
	if (f->toks[a].flags & TF_SENT)
		return true;
	if (a > 0 && (f->toks[a - 1].flags & TF_SENT) && tok_has(f, a - 1, WC_CONJ))
		return true;
	return comma_like(f, a - 1);
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

/* complement decides what cue c reports and where that starts. */
static void
complement(struct quote_finder *f, struct cue *c)
{
	uint32_t fr = c->frames;
	int32_t n = c->inverted ? c->s1 : c->t1, k;
	const struct tok *t;
	bool after, quoted = closed_before(f, c);

	if ((fr & FR_OBJECT) && !c->inverted) {
		addressee(f, c);
		n = c->t1;
	}
	if ((size_t)n >= f->ntoks)
		goto before;
	k = skip_adjunct_right(f, n);
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
	    bare_relative_head(f, c)) && (fr & (FR_THAT | FR_BARE))) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* “...,” Smith said in a documentary that showed ..., recalled of a
	 * talk she had: right after a quotation, what follows an adjunct of
	 * the reporting clause is a relative clause or another sentence */
	if (quoted && k > n && !tok_has(f, k - 1, WC_TIME) && (fr & FR_AFTER))
		goto before;
	if (t->wid == f->w_that && (fr & FR_THAT) && (size_t)k + 1 < f->ntoks &&
	    !(f->toks[k + 1].flags & TF_SENT)) {
		c->use = CU_CLAUSE;
		c->c0 = k + 1;
		return;
	}
	if ((t->cls & WC_WH) && (fr & FR_WH) && t->wid != f->w_that &&
	    t->wid != f->w_when && t->wid != f->w_where) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	if (t->wid == f->w_to && (fr & FR_TO) && (tok_lower(f, k + 1) ||
	    ((size_t)k + 1 < f->ntoks && (f->toks[k + 1].flags & TF_OPEN)))) {
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
	after = c->inverted || (!c->inherit && boundary_before(f,
	    c->s0 >= 0 && c->s0 < c->t0 ? c->s0 : c->t0));
	if (!after && !c->inherit && c->s0 >= 0 && c->s0 < c->t0)
		after = after_quote(f, c);
	/* Shortly after my sentence, Holder announced his resignation: an
	 * opener, not what the clause after it reports, when a complement
	 * follows the cue */
	if (after && !c->inverted && !quoted && c->s0 >= 0 && c->s0 < c->t0 &&
	    (tok_word(f, k) || (f->toks[k].flags & TF_OPEN)) && opener_before(f, c->s0))
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
	if ((fr & FR_BARE) && (clause_like(f, k, (fr & FR_ANYSUBJ) && k == n &&
	    !quoted) || (!quoted && pp_subject_clause(f, k)))) {
		c->use = CU_CLAUSE;
		c->c0 = k;
		return;
	}
	/* said having Putin treat him with respect is ...: a gerund of have
	 * or be opening the clause, no auxiliary */
	if ((fr & FR_BARE) && (fr & FR_ANYSUBJ) && k == n && !quoted && !after &&
	    (f->toks[k].flags & TF_ING) && tok_has(f, k, WC_HAVE | WC_BE) &&
	    tok_word(f, k + 1) && !(f->toks[k + 1].flags & TF_ED) &&
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

/* poll_word: is token i a poll or a survey? */
static bool
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

/* according: "according to X, ..." reports the clause after X; "...,
 * according to X" the clause before. */
static void
according(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t s0, s1, p = c->t0 - 1, k;

	if (!source_np(f, c->t1, &s0, &s1))
		return;
	/* in a CNN poll, ...: only a poll or a survey reports this way */
	if ((c->frames & FR_RECORD) && !poll_word(f, s1 - 1))
		return;
	/* leading in the polls, behind in national polls: a standing, no report */
	if ((c->frames & FR_RECORD) && !named_polls(f, s0, s1))
		return;
	c->s0 = s0;
	c->s1 = s1;
	while (p >= ss && (tok_has(f, p, WC_CONJ | WC_ADV) || tok_punct(f, p, ',')))
		p--;
	if (p >= ss && !tok_is(f, p, f->w_but) && !source_opens(f, p, c->t0)) {
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
	c->use = CU_BEFORE;
}

/* possessor_speaker: "Rubio's assurance", "Trump's criticism": when token
 * p before the noun of cue c is a possessive 's after a speaker, that
 * speaker is c's; true when so. */
static bool
possessor_speaker(struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t s0, s1;

	if (p > ss && f->toks[p].type == TK_POSS &&
	    np_left(f, p - 1, ss, &s0, &s1) && np_is_speaker(f, s0, s1, false)) {
		c->s0 = s0;
		c->s1 = s1;
		return true;
	}
	return false;
}

/* noun_cue: "Rubio's assurance that ...", "made repeated pledges to ...". */
static void
noun_cue(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = c->t0 - 1, n = skip_adjunct_right(f, c->t1), s0, s1;

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
	if (possessor_speaker(f, c, p, ss))
		return;
	/* his statement that ... */
	if (p >= ss && tok_has(f, p, WC_DET) && tok_has(f, p, WC_OBJPRON | WC_PRON) &&
	    !(f->toks[p].flags & TF_UPPER) && f->toks[p].wid != f->w_this) {
		c->s0 = p;
		c->s1 = p + 1;
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

static bool adjective_like(const struct quote_finder *f, int32_t k);

/* before_modifiers: the token before the noun at t0 and at most two
 * adjectives or -ly adverbs before it ("Trump's harsh criticism", "his
 * repeated attacks", "her strongly worded criticism"), not before ss. */
static int32_t
before_modifiers(const struct quote_finder *f, int32_t t0, int32_t ss)
{
	int32_t p = t0 - 1;

	while (p > ss && t0 - p <= 2 && (adjective_like(f, p) ||
	    (tok_lower(f, p) && (f->toks[p].flags & TF_LY))))
		p--;
	return p;
}

/* about_noun: "Trump's criticism of the judge", "his support for the
 * bill", "questions about her emails": a noun and the preposition of
 * its entry report the noun phrase or wh-clause after them. The speaker
 * is the possessor (a possessive pronoun after a verb: that verb's
 * subject), or the subject of a cue that governs the noun; with none,
 * an entry marked v is reported with no speaker (questions about X),
 * the others not at all ("support for X grew"). */
static void
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
		if (p > ss && inherit_speaker(f, c, ss)) {
			c->inherit = true;
			return;
		}
		c->s0 = p;
		c->s1 = p + 1;
		return;
	}
	/* questions about X (v): no one's; the criticism of X: no report */
	if (anon)
		c->frames |= FR_EVIDENT;
	else
		c->use = CU_NONE;
}

/* agent: "the “just and lasting peace” outlined by the European Union":
 * the speaker is the agent, the report the quotation before the verb. */
static bool
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
static void
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
static void
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
static void
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

/* degree_word: an adverb of degree before an adjective (more, so, too,
 * very, almost), or any adverb in -ly. */
static bool
degree_word(const struct quote_finder *f, int32_t k)
{
	return tok_lower(f, k) && ((f->toks[k].flags & TF_LY) ||
	    tok_has(f, k, WC_ADV) || tok_is(f, k, f->w_so) ||
	    word_is(f, k, "more") || word_is(f, k, "less") || word_is(f, k, "too") ||
	    word_is(f, k, "very") || word_is(f, k, "quite") ||
	    word_is(f, k, "rather") || word_is(f, k, "pretty") ||
	    word_is(f, k, "almost"));
}

/* adjective_like: can the lower-case word at token k be an adjective or a
 * participle used as one (unlikely, ready, irritated, willing): no word
 * of a closed class, no noun of the speaker lexicon? */
static bool
adjective_like(const struct quote_finder *f, int32_t k)
{
	return tok_lower(f, k) && f->toks[k].q < 0 && !tok_has(f, k, WC_DET |
	    WC_PRON | WC_OBJPRON | WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_AUX |
	    WC_BE | WC_NEG | WC_WH | WC_TIME | WC_QUANT | WC_SPEAKER |
	    WC_MODIFIER | WC_ADV | WC_REPORT) && !(f->toks[k].flags & TF_LY) &&
	    !word_is(f, k, "together");
}

/* judged: "Smith seemed irritated", "it seems unlikely that ...", "it
 * appeared that ...", "the plan seems like a trap": the writer's judgement
 * with an adjective, "like" or a clause after a verb of seeming. Sets the
 * content of cue c; false when none of these follows it. */
static bool
judged(const struct quote_finder *f, struct cue *c)
{
	int32_t k = c->t1, a, d;

	/* trying to appear calm: an intention, not a judgement */
	if (tok_is(f, c->t0 - 1, f->w_to))
		return false;
	/* It appears, though, that ...: a word between commas */
	if (tok_punct(f, k, ',') && tok_lower(f, k + 1) && tok_punct(f, k + 2, ','))
		k += 3;
	d = k;
	while (degree_word(f, k) && k - d < 3)
		k++;
	a = k;
	if (adjective_like(f, k))
		k++;
	/* it seems (likely) (that) ...: the clause */
	if (tok_is(f, c->t0 - 1, f->w_it) && (tok_is(f, k, f->w_that) ||
	    clause_like(f, k, false)) && tok_word(f, k + 1)) {
		c->c0 = tok_is(f, k, f->w_that) ? k + 1 : k;
		return true;
	}
	/* seemed a reminder, seems like a trap */
	if (k > a || ((tok_is(f, a, f->w_like) || tok_is(f, a, f->w_a) ||
	    tok_is(f, a, f->w_an)) && tok_word(f, a + 1))) {
		c->c0 = d;
		return true;
	}
	return false;
}

/* received_noun: "the plan drew sharp criticism from Jones", "Smith has
 * faced criticism": a noun (f) the object of a verb of receiving (face,
 * draw, receive, come under) reports what is criticised, the subject of
 * that verb, with the source after "from" (no one without it). */
static void
received_noun(struct quote_finder *f, struct cue *c, int32_t ss)
{
	static const char *const verbs[] = {
		"face", "faces", "faced", "facing", "draw", "draws", "drew",
		"drawn", "drawing", "receive", "receives", "received",
		"receiving", "attract", "attracts", "attracted", "attracting",
		"get", "gets", "got", "gotten", "getting", "spark", "sparks",
		"sparked", "sparking", "endure", "endures", "endured", "under"
	};
	const size_t nverbs = sizeof verbs / sizeof *verbs;
	int32_t v = c->t0 - 1, s0, s1, n;

	/* drew harsh criticism, faced a wave of criticism */
	while (v > ss && c->t0 - v < 4 && !word_among(f, v, verbs, nverbs) &&
	    (adjective_like(f, v) || degree_word(f, v) ||
	    tok_has(f, v, WC_DET | WC_QUANT) || tok_is(f, v, f->w_of)))
		v--;
	if (v <= ss || !tok_lower(f, v) || !word_among(f, v, verbs, nverbs))
		return;
	/* came under criticism */
	if (word_is(f, v, "under") && !(word_is(f, v - 1, "came") ||
	    word_is(f, v - 1, "come") || word_is(f, v - 1, "comes") ||
	    word_is(f, v - 1, "coming")))
		return;
	if (word_is(f, v, "under"))
		v--;
	for (v--; v >= ss && tok_has(f, v, WC_BE) && tok_lower(f, v); v--)
		v = skip_left(f, v - 1, ss) + 1;
	if (!np_left(f, skip_left(f, v, ss), ss, &s0, &s1))
		return;
	c->use = CU_NP;
	c->c0 = s0;
	c->c1 = s1;
	n = tok_is(f, c->t1, f->w_from) ? c->t1 : skip_adjunct_right(f, c->t1);
	if (tok_is(f, n, f->w_from) && np_right(f, n + 1, &s0, &s1, NP_OBJECT)) {
		c->s0 = s0;
		c->s1 = s1;
	} else
		c->frames |= FR_EVIDENT;    /* no one named */
}

/* reported_adverb: "the FBI is reportedly making arrangements": an
 * adverb of the lexicon (reportedly) reports with no speaker what its
 * clause goes on to say, the verb phrase after it; sets the content of
 * cue c and returns true when a lower-case word follows it. */
static bool
reported_adverb(const struct quote_finder *f, struct cue *c)
{
	if (!(f->toks[c->t0].flags & TF_LY) || !tok_lower(f, c->t1))
		return false;
	c->c0 = c->t1;
	return true;
}

/* evidential: "Smith seems to be winning", "the crowd appeared to grow":
 * the writer's judgement of what the subject does, a report with no
 * speaker of the to-infinitive after the verb, or of the adjective, the
 * "like" or the clause after it (judged). */
static bool
evidential(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	if (c->t0 <= ss || noun_use(f, c->t0))
		return false;
	c->use = CU_CLAUSE;
	if (tok_is(f, c->t1, f->w_to) && tok_lower(f, c->t1 + 1)) {
		c->c0 = c->t1;
		return true;
	}
	if (reported_adverb(f, c))
		return true;
	return judged(f, c);
}

/* passive_about: "Asked at a briefing Monday about her role, ...", "When
 * asked by Ingraham on Thursday about X": a passive verb of asking with
 * adjuncts (and its agent) before "about" reports the topic, as "asked
 * about X" does (with no speaker but the agent); true when so. */
static bool
passive_about(struct quote_finder *f, struct cue *c)
{
	int32_t k = about_after(f, c->agent ? c->s1 : c->t1);

	if (k < 0)
		return false;
	c->use = CU_NP;
	c->c0 = k + 1;
	c->frames |= FR_ABOUT;
	if (c->s0 < 0)
		c->frames |= FR_EVIDENT;
	return true;
}

/* asked_about: "Hewitt asked Trump about the wall": a verb of asking or
 * telling (o and w) with an addressee and "about" reports what it is
 * about, the topic (as "asked about X" does); true when so. Right after
 * a quotation it reports that quotation (“...,” Ryan told CNN about
 * it). */
static bool
asked_about(struct quote_finder *f, struct cue *c)
{
	int32_t o0, o1;

	if ((c->frames & (FR_OBJECT | FR_WH)) == (FR_OBJECT | FR_WH) &&
	    (c->passive || c->agent))
		return passive_about(f, c);
	if ((c->frames & (FR_OBJECT | FR_WH)) != (FR_OBJECT | FR_WH) ||
	    c->inverted || c->passive || closed_before(f, c) ||
	    !np_right(f, c->t1, &o0, &o1, NP_OBJECT) ||
	    !np_is_speaker(f, o0, o1, true) || !tok_is(f, o1, f->w_about) ||
	    !(np_start(f, o1 + 1) || (tok_has(f, o1 + 1, WC_WH) &&
	    !tok_is(f, o1 + 1, f->w_that))))
		return false;
	c->t1 = o1 + 1;
	c->use = CU_NP;
	c->c0 = o1 + 1;
	c->frames |= FR_ABOUT;
	return true;
}

/* participle_of_noun: is cue c, a form in -ed read as a verb, a
 * participle that describes the noun before it: "A newly released email
 * finds" (the "speaker" an article or an adverb alone), "In a statement
 * released Monday, ...", "according to data released Friday by X" (the
 * "speaker" the object of a preposition, right before it)? */
static bool
participle_of_noun(const struct quote_finder *f, const struct cue *c)
{
	int32_t p, k;

	if (c->s0 < 0 || c->inverted || c->inherit || c->s0 > c->t0 ||
	    !(f->toks[c->t0].flags & TF_ED))
		return false;
	for (k = c->t0 - 1; k >= c->s1 && tok_word(f, k) &&
	    ((f->toks[k].cls & WC_ADV) || (f->toks[k].flags & TF_LY)); k--)
		;
	if (k != c->s1 - 1)
		return false;
	if (c->s1 - c->s0 == 1 && (tok_is(f, c->s0, f->w_a) ||
	    tok_is(f, c->s0, f->w_an) || tok_is(f, c->s0, f->w_the) ||
	    ((f->toks[c->s0].flags & TF_LY) && (tok_lower(f, c->s0) ||
	    (f->toks[c->t0].flags & TF_CAP)))))
		return true;
	p = c->s0 - 1;
	if (p < 0 || !(tok_lower(f, p) || (f->toks[p].flags & TF_SENT)) ||
	    !tok_has(f, p, WC_PREP) ||
	    tok_has(f, p, WC_SUB) || tok_is(f, p, f->w_of) ||
	    tok_is(f, p, f->w_by) || tok_is(f, c->t1, f->w_to) ||
	    tok_has(f, c->s1 - 1, WC_REL))
		return false;
	/* no object after it: by X, on Friday, shortly after, a comma */
	k = c->t1;
	return (size_t)k >= f->ntoks || (f->toks[k].flags & TF_SENT) ||
	    (f->toks[k].type == TK_PUNCT && f->toks[k].q < 0) ||
	    (tok_lower(f, k) && (tok_has(f, k, WC_PREP | WC_TIME | WC_ADV) ||
	    (f->toks[k].flags & TF_LY))) || tok_has(f, k, WC_TIME);
}

static bool title_case(const struct quote_finder *f, int32_t i);

/* headline_misread: in a headline in Title Case, is cue c, a word in -s,
 * a plural noun that a verb of the lexicon in its plain form follows, the
 * head of the subject ("Paris Terror Attacks Highlight Threat"), not a
 * verb? */
static bool
headline_misread(const struct quote_finder *f, const struct cue *c)
{
	const struct tok *t = &f->toks[c->t0], *n = &f->toks[c->t1];

	return c->t1 == c->t0 + 1 && (t->flags & TF_CAP) &&
	    !(t->flags & TF_UPPER) && f->text[t->e - 1] == 's' &&
	    tok_word(f, c->t1) && (n->flags & TF_CAP) && (n->cls & WC_CUE) &&
	    !(n->cls & WC_PREP) && !(n->flags & (TF_ING | TF_ED)) &&
	    f->text[n->e - 1] != 's' && title_case(f, c->t0);
}

/* advice: is cue c "may want to" or "might want to", the writer's
 * advice to its subject ("Trump may want to check his stats"), not a
 * wish the subject is said to have? */
static bool
advice(const struct quote_finder *f, const struct cue *c)
{
	int32_t p = c->t0 - 1;

	if (!tok_is(f, c->t1, f->w_to) || !lower_word(f, c->t0, "want"))
		return false;
	while (p > 0 && tok_lower(f, p) && (f->toks[p].cls & WC_ADV))
		p--;
	return lower_word(f, p, "may") || lower_word(f, p, "might");
}

/* naming: is cue c "called" (named, dubbed ...) right after an
 * indefinite noun phrase, or a thing, and before a name or a quotation:
 * the name of what the noun phrase is ("a website called “Cape Breton
 * If Trump Wins”", "a firm called Cambridge Analytica"), not a word
 * that noun phrase says? */
static bool
naming(const struct quote_finder *f, const struct cue *c)
{
	static const char *const forms[] = {
		"called", "named", "dubbed", "nicknamed", "titled", "entitled"
	};
	const struct tok *n;
	int32_t s0, s1;

	if (c->s0 < 0 || c->inverted || c->t0 < 1 || c->t1 != c->t0 + 1 ||
	    (size_t)c->t1 >= f->ntoks || !(f->toks[c->t0].flags & TF_ED))
		return false;
	n = &f->toks[c->t1];
	if (!((n->type == TK_WORD && (n->flags & TF_CAP)) || (n->flags & TF_OPEN)) ||
	    !word_among(f, c->t0, forms, sizeof forms / sizeof *forms))
		return false;
	/* the noun phrase right before it (the speaker may be further) */
	if (!np_left(f, c->t0 - 1, sentence_start(f, c->t0), &s0, &s1) ||
	    s1 != c->t0 || tok_has(f, s1 - 1, WC_REL | WC_PRON))
		return false;    /* Jones, who called Smith “a liar” */
	return tok_is(f, s0, f->w_a) || tok_is(f, s0, f->w_an) ||
	    (tok_lower(f, s1 - 1) && !tok_has(f, s1 - 1, WC_SPEAKER));
}

/* modifier_use: is cue c, a verb that takes no complement of its own
 * (only a quotation before or after it: "she pressed"), in its bare form
 * and after no auxiliary nor pronoun, the modifier of a speaker noun
 * after it ("the White House press secretary")? */
static bool
modifier_use(const struct quote_finder *f, const struct cue *c)
{
	const uint32_t takes = FR_THAT | FR_BARE | FR_WH | FR_TO | FR_NP |
	    FR_AS | FR_OBJECT | FR_NOUN | FR_ABOUT | FR_SOURCE | FR_FROM;

	return !(c->frames & takes) && !(f->toks[c->t0].flags & (TF_ING | TF_ED)) &&
	    !tok_has(f, c->t0 - 1, WC_AUX | WC_PRON | WC_NEG) &&
	    tok_lower(f, c->t1) && f->toks[c->t1].q < 0 &&
	    tok_has(f, c->t1, WC_PERSON | WC_GROUP);
}

/* analyse fills in cue c found at its tokens; false to forget it. */
static bool
analyse(struct quote_finder *f, struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0);
	uint32_t fr = c->frames;

	if ((fr & FR_OPTIN) && !f->opts.beliefs)
		return false;
	if (fr & FR_FROM) {
		received_noun(f, c, ss);
		return c->use != CU_NONE;
	}
	if ((fr & FR_ABOUT) && !(fr & FR_NP)) {
		about_noun(f, c, ss);
		return c->use != CU_NONE;
	}
	if (fr & FR_EVIDENT)
		return evidential(f, c, ss);
	if (fr & FR_SOURCE) {
		according(f, c, ss);
		return c->s0 >= 0;
	}
	if (fr & FR_NOUN) {
		noun_cue(f, c, ss);
		return c->use != CU_NONE;
	}
	if (noun_use(f, c->t0) || modifier_use(f, c))
		return false;
	if (agent(f, c, ss))
		return true;
	if (passive_use(f, c->t0, ss)) {
		c->passive = true;
		/* asked about a visit by X: "by" is in what it is about */
		if (!(fr & FR_ABOUT))
			passive_agent(f, c);
	} else {
		find_speaker(f, c, ss);
		what_it_calls(f, c, ss);
		if (participle_of_noun(f, c) || headline_misread(f, c) ||
		    advice(f, c) || naming(f, c))
			return false;
	}
	if ((fr & FR_RECORD) && !c->passive &&
	    (c->s0 < 0 || !(f->toks[c->s1 - 1].cls & WC_DOCUMENT)))
		record_subject(f, c, ss);
	if (c->s0 < 0 && !c->passive && !c->inherit)
		return false;
	if (!asked_about(f, c))
		complement(f, c);
	if (c->passive && c->use == CU_BEFORE)
		c->use = CU_NONE;
	/* Trump is expected to win: a belief no one is named to hold; they
	 * were asked to rank their choices: a request no one is named to make */
	if (c->passive && c->s0 < 0 && (fr & (FR_BELIEF | FR_OBJECT)) &&
	    c->use == CU_CLAUSE &&
	    tok_is(f, c->c0, f->w_to))
		c->frames |= FR_EVIDENT;
	/* when asked about X: a topic put by no one named */
	if (c->passive && c->s0 < 0 && (fr & FR_ABOUT) && c->use == CU_NP &&
	    tok_is(f, c->t0, f->w_asked))
		c->frames |= FR_EVIDENT;
	if (c->agent && (c->use == CU_NONE || c->use == CU_BEFORE))
		passive_subject(f, c, ss);
	if ((fr & FR_RECORD) && (c->s0 < 0 || !(f->toks[c->s1 - 1].cls & WC_DOCUMENT)))
		return false;
	if (c->s0 >= 0 && (fr & FR_NOPRON) && (f->toks[c->s1 - 1].cls & WC_PRON))
		return false;
	if (c->s0 >= 0 && !np_is_speaker(f, c->s0, c->s1, (fr & FR_ANYSUBJ) ||
	    c->use == CU_QUOTE || c->use == CU_BEFORE || (c->use == CU_CLAUSE &&
	    tok_is(f, c->c0 - 1, f->w_that))))
		return false;
	return true;
}

/* stance_only: does cue c only take a noun phrase (support, back,
 * oppose, call X Y): a position, not words? */
static bool
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
static void
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
static void
drop_nested_beliefs(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && (c->belief || (c->frames & (FR_EVIDENT | FR_ABOUT))) &&
		    nested(f, k, c->t0))
			c->drop = true;
	}
}

/* share_speaker: is the speaker of cue c a share of people a poll asked
 * ("51 percent of respondents", "6 in 10 voters", "about half", "a
 * majority of Democrats")? */
static bool
share_speaker(const struct quote_finder *f, const struct cue *c)
{
	static const char *const shares[] = {
		"percent", "half", "third", "thirds", "quarter", "majority",
		"plurality", "fifth"
	};

	if (c->s0 < 0 || (f->toks[c->s0].flags & TF_DIGIT))
		return c->s0 >= 0;
	for (int32_t k = c->s0; k < c->s1; k++)
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
static void
drop_polled_shares(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (!c->drop && share_speaker(f, c) &&
		    in_content(f, k, c->t0, poll_speaker))
			c->drop = true;
	}
}

/* title_case: is the sentence of token i a headline in Title Case (every
 * word capitalised but short function words), "Glenn Beck Says Trump
 * Poses A Threat"? */
static bool
title_case(const struct quote_finder *f, int32_t i)
{
	int32_t s = sentence_start(f, i), e = sentence_last(f, i), words = 0;

	for (int32_t k = s; k <= e; k++) {
		const struct tok *t = &f->toks[k];

		if (t->type != TK_WORD)
			continue;
		words++;
		if (!(t->flags & (TF_CAP | TF_DIGIT)) &&
		    !(t->cls & (WC_DET | WC_PREP | WC_CONJ)))
			return false;
	}
	return words >= 4;
}

/* opens_aside: does token i open a clause inside its sentence, after an
 * opening parenthesis or a colon ("(According to X, ...)", "...: Asked
 * whether ...")? */
static bool
opens_aside(const struct quote_finder *f, int32_t i)
{
	return tok_punct(f, i - 1, '(') || tok_punct(f, i - 1, ':');
}

/* match_at returns the lexicon entry that matches at token i (the
 * longest), or -1. */
static int32_t
match_at(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];
	const struct lex_word *w;

	if (t->type != TK_WORD || t->q >= 0 || t->wid < 0 || !(t->cls & WC_CUE))
		return -1;
	/* a capitalised verb inside a sentence is a name (Hope, Trust),
	 * unless the sentence is a headline in Title Case */
	if ((t->flags & TF_CAP) && !(t->flags & (TF_SENT | TF_HEADLINE)) &&
	    !(t->flags & TF_UPPER) && !((t->flags & TF_ED) && t->e - t->b > 5) &&
	    !opens_aside(f, i) && !title_case(f, i))
		return -1;
	w = &f->lx->words[t->wid];
	for (int32_t k = 0; k < w->ncues; k++)
		if (match_entry(f, i, &f->lx->cues[w->cue0 + k]))
			return w->cue0 + k;
	return -1;
}

/* try_entries tries each lexicon entry of the longest match at i (a form
 * can be a verb and a noun) and keeps the first that reads well. */
static int32_t
try_entries(struct quote_finder *f, int32_t i)
{
	int32_t e = match_at(f, i);
	const struct lex_word *w;
	struct cue none;
	bool have_none = false, ok;

	if (e < 0)
		return i + 1;
	w = &f->lx->words[f->toks[i].wid];
	for (int32_t k = e; k < w->cue0 + w->ncues; k++) {
		const struct cue_entry *ce = &f->lx->cues[k];
		struct cue *c;

		if (ce->nwords != f->lx->cues[e].nwords || !match_entry(f, i, ce))
			continue;
		c = new_cue(f);
		c->t0 = i;
		c->t1 = i + ce->nwords;
		c->entry = k;
		c->frames = ce->frames;
		c->belief = (ce->frames & FR_BELIEF) != 0;
		ok = analyse(f, c);
		if (ok && c->use == CU_NONE) {
#ifdef QDEBUG
			fprintf(stderr, "none %.*s s %d-%d t1 %d\n", (int)(f->toks[c->t1-1].e - f->toks[c->t0].b), f->text + f->toks[c->t0].b, c->s0, c->s1, c->t1);
#endif
			/* a topic here; another entry may read a report */
			if (!have_none)
				none = *c;
			have_none = true;
			f->ncues--;
			continue;
		}
		if (ok) {
#ifdef QDEBUG
			fprintf(stderr, "cue %.*s use %d s %d-%d c %d inv %d inh %d pass %d\n", (int)(f->toks[c->t1-1].e - f->toks[c->t0].b), f->text + f->toks[c->t0].b, c->use, c->s0, c->s1, c->c0, c->inverted, c->inherit, c->passive);
#endif
			return c->t1;
		}
#ifdef QDEBUG
		fprintf(stderr, "rejected %.*s use %d s %d-%d\n", (int)(f->toks[c->t1-1].e - f->toks[c->t0].b), f->text + f->toks[c->t0].b, c->use, c->s0, c->s1);
#endif
		f->ncues--;
	}
	if (have_none) {
		*new_cue(f) = none;
		return none.t1;
	}
	return i + 1;
}

/* keep_speakerless: a cue with no speaker and no content (a topic, a
 * noun left over) still passes its subject on; mark it dropped. */
static void
mark_dropped(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (c->use == CU_NONE)
			c->drop = true;
	}
}

/* index_cues fills f->cue_at and f->subj_at, which are -1 but where the
 * document before set them (f->at_set): those are cleared, not every
 * token's. */
static void
index_cues(struct quote_finder *f)
{
	if (f->acap < f->ntoks + 1) {
		size_t old = f->acap;

		f->acap = f->ntoks + 1;
		f->cue_at = xreallocarray(f->cue_at, f->acap, sizeof *f->cue_at);
		f->subj_at = xreallocarray(f->subj_at, f->acap, sizeof *f->subj_at);
		for (size_t i = old; i < f->acap; i++)
			f->cue_at[i] = f->subj_at[i] = -1;
	}
	for (size_t k = 0; k < f->nat_set; k++)
		f->cue_at[f->at_set[k]] = f->subj_at[f->at_set[k]] = -1;
	if (f->at_setcap < 2 * f->ncues) {
		f->at_setcap = 2 * f->ncues;
		f->at_set = xreallocarray(f->at_set, f->at_setcap,
		    sizeof *f->at_set);
	}
	f->nat_set = 0;
	for (size_t k = 0; k < f->ncues; k++) {
		const struct cue *c = &f->cues[k];

		if (c->drop)
			continue;
		f->cue_at[c->t0] = (int32_t)k;
		f->at_set[f->nat_set++] = c->t0;
		if (c->s0 >= 0 && !c->inverted && !c->inherit && c->s0 < c->t0) {
			f->subj_at[c->s0] = (int32_t)k;
			f->at_set[f->nat_set++] = c->s0;
		}
	}
}

/* adjunct_only: are tokens [c0, c1), opening their sentence, a time or
 * a place and nothing else ("In the early 1990s", "This month", "Late
 * last week"): no clause a reporting clause after them could report? */
static bool
adjunct_only(const struct quote_finder *f, int32_t c0, int32_t c1)
{
	int32_t k = c0;

	if (c1 - c0 > 12 || !(f->toks[c0].flags & TF_SENT))
		return false;
	if (tok_has(f, k, WC_DET | WC_QUANT) && !tok_has(f, k, WC_PRON))
		k++;
	while (k < c0 + 3 && (tok_is(f, k, f->w_late) ||
	    tok_is(f, k, f->w_early) || tok_is(f, k, f->w_last)))
		k++;
	if (!tok_has(f, k, WC_TIME) && !(k == c0 && tok_has(f, k, WC_PREP) &&
	    !tok_has(f, k, WC_SUB) && !tok_is(f, k, f->w_according)))
		return false;
	for (k = c0; k < c1; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || t->type == TK_QUOTE || (t->type == TK_PUNCT &&
		    t->cp != '.' && t->cp != '-'))
			return false;
		if (t->type == TK_WORD && !(t->flags & TF_CAP) &&
		    ((t->cls & (WC_AUX | WC_BE | WC_REPORT | WC_REL | WC_PRON |
		    WC_SUB | WC_CONJ)) || (t->flags & (TF_ED | TF_ING))))
			return false;
	}
	return true;
}

/* relative_before: is cue c in a relative clause ("Lloyd Grove, the
 * editor who wrote the profile, ..."), its speaker ending in the
 * relative pronoun? What stands before that clause is what the pronoun
 * stands for, not what the cue reports. */
static bool
relative_before(const struct quote_finder *f, const struct cue *c)
{
	return c->s0 >= 0 && !c->inverted && c->s1 <= c->t0 &&
	    tok_has(f, c->s1 - 1, WC_REL) && tok_lower(f, c->s1 - 1);
}

/* lone_subordinate: is the content read before cue c a subordinate
 * clause alone, adverbs before it, with no main clause of its own ("even
 * as shares of the mill were tumbling, Mr. Smith wrote to investors")? */
static bool
lone_subordinate(const struct quote_finder *f, const struct cue *c)
{
	int32_t k = c->c0;

	while (k < c->c1 && tok_word(f, k) && (f->toks[k].cls & WC_ADV) &&
	    !(f->toks[k].cls & WC_SUB))
		k++;
	if (k >= c->c1 || !tok_word(f, k) || !(f->toks[k].cls & WC_SUB))
		return false;
	for (; k < c->c1; k++)
		if (!tok_word(f, k))
			return false;
	return true;
}

/* opener_content: is the content read before cue c an adverbial that
 * opens the clause of the cue, which goes on after the cue with a
 * complement ("On Tuesday, even as shares fell, Ackman wrote to
 * investors", "Back in April, the Post announced its intention")? */
static bool
opener_content(const struct quote_finder *f, const struct cue *c)
{
	const struct tok *t = &f->toks[c->c0];
	int32_t k;

	if (c->inverted || c->s0 < 0 || c->s0 > c->t0 || !tok_word(f, c->c0) ||
	    !((t->cls & (WC_PREP | WC_SUB | WC_ADV | WC_TIME)) ||
	    (t->flags & TF_LY)) || tok_is(f, c->c0, f->w_according))
		return false;
	/* a subordinate clause alone before a verb with an addressee: the
	 * verb goes on with a complement ("wrote to investors, telling ...") */
	if (tok_is(f, c->t1, f->w_to) && lone_subordinate(f, c))
		return true;
	k = skip_adjunct_right(f, c->t1);
	return tok_word(f, k) && f->toks[k].q < 0 && !(f->toks[k].flags & TF_SENT);
}

/* content_before: the clause before a reporting clause set off by a comma
 * or a closing mark. */
static void
content_before(struct quote_finder *f, struct cue *c)
{
	int32_t b = c->inverted || c->s0 < 0 || c->s0 > c->t0 ? c->t0 : c->s0;
	int32_t end, q;

	if (c->quote >= 0 && !(c->frames & FR_SOURCE)) {
		b = f->qs[c->quote].open + 1;
		end = f->qs[c->quote].close;
	} else {
		end = b - 1;    /* the comma */
		if (end < 0)
			return;
		if (f->toks[end].flags & TF_CLOSE)
			end++;
		else if (f->toks[end].type != TK_PUNCT)
			end++;    /* a lead in the polls: no comma */
	}
	if (end <= 0)
		return;    /* nothing before it: the document's first token */
	q = end > 0 ? f->toks[end - 1].q : -1;
	if (q >= 0 && f->qs[q].close == end - 1 && f->qs[q].direct &&
	    !(c->frames & FR_SOURCE)) {
		c->quote = q;
		c->c0 = f->qs[q].open;
		c->c1 = end;
		return;
	}
	if (q >= 0 && f->qs[q].close == end - 1)
		c->quote = q;
	c->c0 = clause_start(f, end - 1);
	c->c1 = end;
	/* Asked whether ..., Smith said no: the question is not his report */
	if (c->quote < 0 && f->cue_at[c->c0] >= 0 &&
	    f->cues[f->cue_at[c->c0]].passive) {
		c->c0 = c->c1 = -1;
		c->drop = true;
		return;
	}
	if (c->quote >= 0 && f->qs[c->quote].open < c->c0)
		c->c0 = f->qs[c->quote].open;
	while (c->c1 > c->c0 && f->toks[c->c1 - 1].type == TK_PUNCT &&
	    f->toks[c->c1 - 1].q < 0)
		c->c1--;
	if (c->c1 <= c->c0) {
		c->c0 = c->c1 = -1;
		c->drop = true;
	}
}

static bool verb_between(const struct quote_finder *f, int32_t a, int32_t b);

/* speaker_apposition: inverted cue c ("..., said Smith, a farmer in
 * Ohio"), tokens [a, e) after the comma that follows its speaker: are
 * they a description of the speaker rather than the rest of the content
 * ("The plan, said Smith, is dead")? They are when no verb comes before
 * their end or before a relative pronoun ("a lawyer who founded ..."). */
static bool
speaker_apposition(const struct quote_finder *f, const struct cue *c,
    int32_t a, int32_t e)
{
	if (!c->inverted)
		return false;
	for (int32_t k = a; k < e; k++) {
		if (tok_has(f, k, WC_REL | WC_WH))
			return true;
		if (verb_between(f, k, k + 1))
			return false;
	}
	return true;
}

/* interrupted: "In his state, Christie said, offenders are sent ...": a
 * reporting clause set off by commas inside its content; the content
 * runs on after it to the end of the clause. */
static void
interrupted(struct quote_finder *f, struct cue *c, int32_t self)
{
	int32_t n = c->inverted ? c->s1 : c->t1, k, e;
	const struct tok *t;

	if (c->drop || c->c0 < 0 || c->quote >= 0 || n <= 0)
		return;
	k = (c->frames & FR_SOURCE) ? n : skip_adjunct_right(f, n);
	if (!tok_punct(f, k, ',') || !tok_word(f, k + 1) || f->toks[k + 1].q >= 0 ||
	    (f->toks[k + 1].flags & TF_SENT))
		return;
	t = &f->toks[k + 1];
	if ((t->flags & TF_ING) || (t->cls & (WC_REL | WC_SUB | WC_WH | WC_CONJ |
	    WC_PREP | WC_TIME | WC_REPORT)) || t->wid == f->w_adding)
		return;
	e = clause_end(f, k + 1, false, self);
	if (e > k + 1 && !speaker_apposition(f, c, k + 1, e))
		c->c1 = e;
}

/* poll_standing: cue c, "in" a poll after what it reports ("Smith leads
 * in the poll"), whose content was read before it: false when that
 * reading is wrong. A share or a noun the poll phrase modifies, with the
 * verb after it ("15 percent of voters in the poll were undecided"),
 * makes the whole clause the content, the cue and its poll inside it; a
 * poll phrase in an aside of the subject ("Smith, the leader in the
 * polls, said", "Jones, who is third in many polls, left") is no report
 * of the poll's. */
static bool
poll_standing(struct quote_finder *f, struct cue *c, int32_t self)
{
	const struct tok *t;
	int32_t e, a, k;

	if (!(c->frames & FR_SOURCE) || !(c->frames & FR_RECORD) ||
	    c->quote >= 0 || c->c0 < 0 || c->s0 < 0)
		return true;
	/* the subject, then the aside */
	if (np_right(f, c->c0, &a, &k, 0) && a == c->c0 && k < c->c1 &&
	    tok_punct(f, k, ',') && (relative(f, k + 1) ||
	    tok_is(f, k + 1, f->w_the) || tok_is(f, k + 1, f->w_a) ||
	    (tok_lower(f, k + 1) && (f->toks[k + 1].flags & TF_ING))))
		return false;
	t = &f->toks[c->s1];
	if (c->c1 != c->t0 || c->s0 != c->t1 || !tok_lower(f, c->s1) ||
	    (t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_WH | WC_DET)) ||
	    (t->flags & (TF_ED | TF_ING)))
		return true;
	e = clause_end(f, c->s1, false, self);
	if (e > c->s1)
		c->c1 = e;
	return true;
}

/* question_end: "Asked whether he would run, Smith said": an
 * unnamed interviewer's question ends at the comma before the clause
 * it opens. */
static int32_t
question_end(const struct quote_finder *f, const struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0);

	if (c->t0 > ss + 1 || (c->t0 == ss + 1 && !tok_has(f, ss, WC_SUB | WC_WH)))
		return c->c1;
	for (int32_t k = c->c0; k < c->c1; k++)
		if (tok_punct(f, k, ',') && f->toks[k].q < 0)
			return k;
	return c->c1;
}

/* infinitive_of_cue: "refused to endorse the mayor", "urged him to back
 * X": a stance in the infinitive of another cue is not taken (yet);
 * that cue reports it. */
static bool
infinitive_of_cue(const struct quote_finder *f, int32_t k)
{
	int32_t t0 = f->cues[k].t0;

	if (t0 < 2 || !tok_is(f, t0 - 1, f->w_to))
		return false;
	for (int32_t j = k - 1; j >= 0 && f->cues[j].t0 >= t0 - 12; j--)
		if (!f->cues[j].drop && f->cues[j].t1 == t0 - 1)
			return true;
	return false;
}

/* noun_object_end: "Trump's criticism of the judge was wrong": the noun
 * phrase after a noun of cue c (FR_ABOUT) ends before an auxiliary or a
 * form of be that is no part of a relative clause; c1 is where the
 * clause ends. */
static int32_t
noun_object_end(const struct quote_finder *f, const struct cue *c, int32_t c1)
{
	for (int32_t k = c->c0; k < c1; k++) {
		const struct tok *t = &f->toks[k];

		if (t->type != TK_WORD || t->q >= 0)
			continue;
		if (t->cls & (WC_REL | WC_WH))
			return c1;    /* questions about whether he would run */
		if ((t->cls & (WC_AUX | WC_BE | WC_NEG)) && k > c->c0 &&
		    !(t->flags & TF_CAP))
			return k;
	}
	return c1;
}

/* end_before_speaker: "Along with discussing the terms of a deal, Rubio's
 * team was able to ...": a content read after its cue ends before its
 * own speaker when the speaker follows inside it after a comma (a
 * participle opening the sentence, said by the main clause's subject),
 * and before the punctuation there; not a passive's agent ("to be
 * filled by Paul Ryan"). */
static void
end_before_speaker(struct quote_finder *f, struct cue *c)
{
	int32_t k;

	if (c->drop || c->c0 < 0 || c->s0 <= c->c0 || c->s0 >= c->c1 ||
	    c->c0 < c->t0)
		return;
	for (k = c->s0 - 1; k > c->c0 && (f->toks[k].flags & TF_CLOSE); k--)
		;
	if (!tok_punct(f, k, ','))
		return;
	c->c1 = c->s0;
	while (c->c1 > c->c0 && f->toks[c->c1 - 1].type == TK_PUNCT &&
	    f->toks[c->c1 - 1].q < 0)
		c->c1--;
	if (c->c1 <= c->c0)
		c->drop = true;
}

static bool verb_like(const struct quote_finder *f, int32_t i);

/* relative_pronoun: the token of the relative pronoun that ends the
 * speaker of cue c ("the union, which endorsed"; "groups that have
 * endorsed"), or -1 when c is not the verb of a relative clause. */
static int32_t
relative_pronoun(const struct quote_finder *f, const struct cue *c)
{
	int32_t k = c->s1 - 1;

	if (c->s0 < 0 || c->inverted || c->inherit || c->s1 > c->t0 ||
	    !tok_lower(f, k) || !tok_has(f, k, WC_REL))
		return -1;
	if (tok_is(f, k, f->w_that))
		return c->s1 - c->s0 > 1 ? k : -1;    /* not "but that report" */
	return tok_is(f, k, f->w_who) || tok_is(f, k, f->w_which) ? k : -1;
}

/* finite_aux: is token k a finite auxiliary or form of be (not be,
 * been, being, having, not after "to", nor one with its subject: he's)? */
static bool
finite_aux(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	if (!tok_lower(f, k) || t->q >= 0 || !(t->cls & (WC_AUX | WC_BE)) ||
	    (t->cls & WC_PRON) || tok_is(f, k - 1, f->w_to))
		return false;
	if (lower_word(f, k, "be") || lower_word(f, k, "been") ||
	    lower_word(f, k, "being") || lower_word(f, k, "having"))
		return false;
	return (t->cls & WC_NEG) || !memchr(f->text + t->b, '\'', t->e - t->b);
}

/* finite_report: is token k a reporting verb that is no participle nor
 * noun: not in -ed or -en, nor before "by" or "as" (reported by, known
 * as), not after a determiner, a possessive or a preposition, not before
 * "of", not a noun after its modifier (past statements)? */
static bool
finite_report(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	return k > 0 && tok_lower(f, k) && t->q < 0 && (t->cls & WC_REPORT) &&
	    !(t->cls & WC_SPEAKER) && !(t->flags & (TF_ING | TF_ED)) &&
	    !tok_has(f, k - 1, WC_DET | WC_PREP) &&
	    f->toks[k - 1].type != TK_POSS && !tok_is(f, k + 1, f->w_of) &&
	    !tok_is(f, k + 1, f->w_by) && !tok_is(f, k + 1, f->w_as) &&
	    !noun_use(f, k);
}

/* past_verb: is token k a verb in -ed or -en (a reporting verb or one
 * the lexicon does not know), not before "by" or "as" (a participle:
 * backed by, known as)? */
static bool
past_verb(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	if (!tok_lower(f, k) || t->q >= 0 || !(t->flags & TF_ED) ||
	    tok_is(f, k + 1, f->w_by) || tok_is(f, k + 1, f->w_as))
		return false;
	return (t->cls & WC_REPORT) || verb_like(f, k);
}

/* unknown_verb: is token k a lower-case word the lexicon knows as
 * nothing but a verb, or not at all, before what opens its object or
 * adjunct: a determiner, an object pronoun, a number or a preposition
 * but "of" ("spent at least $3 million", "went to Ohio"; not "head of
 * the party")? */
static bool
unknown_verb(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	if (!tok_lower(f, k) || t->q >= 0 || t->e - t->b < 3 ||
	    (t->cls & ~(uint32_t)(WC_CUE | WC_REPORT)) ||
	    (t->flags & (TF_LY | TF_ING)) || (size_t)k + 1 >= f->ntoks)
		return false;
	return tok_has(f, k + 1, WC_DET | WC_OBJPRON | WC_QUANT) ||
	    (f->toks[k + 1].flags & TF_DIGIT) || tok_punct(f, k + 1, '$') ||
	    (tok_has(f, k + 1, WC_PREP) && !tok_is(f, k + 1, f->w_of));
}

/* predicate_at: does the predicate of a main clause start at token k,
 * after adverbs ("..., is pleased"; "..., later told reporters";
 * "..., warned of"; "..., spent at least")? */
static bool
predicate_at(const struct quote_finder *f, int32_t k)
{
	for (int32_t j = k; tok_word(f, j) && j - k < 3; j++)
		if (!((f->toks[j].cls & WC_ADV) || (f->toks[j].flags & TF_LY)) ||
		    (f->toks[j].cls & (WC_CONJ | WC_SUB | WC_PREP | WC_AUX)))
			return finite_aux(f, j) || finite_report(f, j) ||
			    past_verb(f, j) || unknown_verb(f, j);
	return false;
}

/* verb_between: is there a verb in tokens [a, b): a finite auxiliary or
 * reporting verb, or a verb in -ed or -s? */
static bool
verb_between(const struct quote_finder *f, int32_t a, int32_t b)
{
	for (int32_t k = a; k < b; k++)
		if (finite_aux(f, k) || finite_report(f, k) ||
		    (f->toks[k].q < 0 && verb_like(f, k)))
			return true;
	return false;
}

/* aside: are tokens (j, k), between two commas, an aside (parenthetical)
 * with no finite verb of its own (", a lawyer,"; not ", Brown and Green
 * will win,")? */
static bool
aside(const struct quote_finder *f, int32_t j, int32_t k)
{
	if (!parenthetical(f, j, k))
		return false;
	for (int32_t i = j + 1; i < k; i++)
		if (finite_aux(f, i) || finite_report(f, i))
			return false;
	return true;
}

/* comma_relative_end: "The union, which endorsed Smith, is pleased": the
 * content of a cue in a relative clause set off by a comma ends at the
 * comma before the main clause's predicate; a reported clause, at a
 * comma after another one only after a verb of its own and not right
 * after an aside ("who said Smith, a lawyer, was wrong, resigned"). It ends too before a
 * second relative clause (", and who ..."). Returns the new end, or c1. */
static int32_t
comma_relative_end(const struct quote_finder *f, const struct cue *c)
{
	int32_t j = -1;    /* the comma before, in the content */

	for (int32_t k = c->c0 + 1; k < c->c1; k++) {
		if (!tok_punct(f, k, ',') || f->toks[k].q >= 0)
			continue;
		if (tok_has(f, k + 1, WC_CONJ) && (tok_is(f, k + 2, f->w_who) ||
		    tok_is(f, k + 2, f->w_which)))
			return k;
		if (predicate_at(f, k + 1) && (c->use == CU_NP || j < 0 ||
		    ((tok_is(f, c->c0, f->w_to) || verb_between(f, c->c0, k)) &&
		    !aside(f, j, k))))
			return k;
		j = k;
	}
	return c->c1;
}

/* subjectless: has the finite verb at token k no subject of its own in
 * the content from c0: after an object pronoun, a participle or an
 * adjective after an auxiliary ("would be dissatisfied were", "is weak
 * were"; not a plural noun: "is people are"), an infinitive ("planned
 * to strike was") or a noun phrase in a prepositional phrase ("in their
 * vote decision were")? */
static bool
subjectless(const struct quote_finder *f, int32_t k, int32_t c0)
{
	int32_t p = k - 1, s0, s1;

	while (p > c0 && tok_word(f, p) && ((f->toks[p].cls & WC_ADV) ||
	    (f->toks[p].flags & TF_LY)) && !(f->toks[p].cls & WC_NOTLY))
		p--;
	if (!tok_word(f, p) || (f->toks[p].cls & (WC_AUX | WC_BE)))
		return false;
	if ((f->toks[p].cls & WC_OBJPRON) && !(f->toks[p].cls & (WC_PRON | WC_DET)))
		return true;
	if (tok_has(f, p - 1, WC_AUX | WC_BE) && tok_lower(f, p) &&
	    !tok_has(f, p, WC_DET | WC_QUANT | WC_PRON | WC_SPEAKER) &&
	    f->text[f->toks[p].e - 1] != 's')
		return true;    /* would be dissatisfied were; is weak were */
	if (tok_is(f, p - 1, f->w_to) && tok_lower(f, p))
		return true;    /* planned to strike was */
	return np_left(f, p, c0, &s0, &s1) && s0 > c0 &&
	    tok_has(f, s0 - 1, WC_PREP) && !tok_has(f, s0 - 1, WC_SUB | WC_REL) &&
	    !tok_is(f, s0 - 1, f->w_that);
}

/* main_verb: is token k, in the clause reported from c0 by a cue in a
 * relative clause, the main clause's verb: a finite auxiliary or
 * reporting verb with no subject of its own, or a verb in -ed right
 * after an object pronoun in a prepositional phrase ("those who said
 * ... people like them supported")? */
static bool
main_verb(const struct quote_finder *f, int32_t k, int32_t c0)
{
	if (finite_aux(f, k) || finite_report(f, k))
		return subjectless(f, k, c0);
	return past_verb(f, k) && k - 2 >= c0 && tok_has(f, k - 1, WC_OBJPRON) &&
	    !tok_has(f, k - 1, WC_PRON | WC_DET) && tok_has(f, k - 2, WC_PREP);
}

/* bare_relative_end: "Groups that have endorsed him are happy", "Voters
 * who say the economy matters most to them were divided": the content of
 * a cue in a relative clause with no comma ends before the main clause's
 * verb: in a noun phrase, its first finite auxiliary or reporting verb
 * that is no noun (statements); in a clause, the main verb after the clause's own (main_verb). Not
 * past another relative or wh- word (whose clause has verbs of its own).
 * Returns the new end, or c1. */
static int32_t
bare_relative_end(const struct quote_finder *f, const struct cue *c)
{
	bool verb = false;

	for (int32_t k = c->c0; k < c->c1; k++) {
		const struct tok *t = &f->toks[k];

		if (t->q >= 0 || (tok_lower(f, k) && (t->cls & (WC_REL | WC_WH))))
			return c->c1;
		if (k > c->c0 && c->use == CU_NP && (finite_aux(f, k) ||
		    (finite_report(f, k) && !is_noun_form(f, k))) &&
		    !tok_has(f, k - 1, WC_PRON))
			return k;
		if (k > c->c0 && c->use == CU_CLAUSE && verb && main_verb(f, k, c->c0))
			return k;
		verb = verb || finite_aux(f, k) || finite_report(f, k) ||
		    past_verb(f, k) || (t->q < 0 && verb_like(f, k));
	}
	return c->c1;
}

/* antecedent_cue_end: "Voters who said Trump would win also said ...":
 * the content of cue c in a relative clause whose pronoun is at token r
 * ends before a later verb cue in it whose speaker stands before r (the
 * relative clause's antecedent), and before that cue's auxiliaries and
 * adverbs. Returns the new end, or c1. */
static int32_t
antecedent_cue_end(const struct quote_finder *f, const struct cue *c,
    int32_t r)
{
	for (const struct cue *o = c + 1; o < f->cues + f->ncues &&
	    o->t0 < c->c1; o++)
		if (!o->drop && o->t0 > c->c0 && o->s0 >= 0 && !o->inverted &&
		    o->s1 <= r && !(o->frames & (FR_NOUN | FR_SOURCE | FR_FROM)) &&
		    (o->frames & (FR_ABOUT | FR_NP)) != FR_ABOUT)
			return skip_left(f, o->t0 - 1, c->c0) + 1;
	return c->c1;
}

/* participle_aside_end: "Smith, citing new data, said ...": the content
 * of a participle cue set off by a comma after its speaker (the subject
 * of the main clause; names and prepositional phrases only between
 * them: "Smith (R-Ohio),", "Democrats in Congress,") ends at a comma before the predicate of
 * the main clause. */
static void
participle_aside_end(struct quote_finder *f, struct cue *c)
{
	if (c->drop || c->c0 < c->t0 || c->quote >= 0 || c->t0 < 1 ||
	    !(f->toks[c->t0].flags & TF_ING) || !tok_lower(f, c->t0) ||
	    !tok_punct(f, c->t0 - 1, ',') || c->s0 < 0 || c->s1 > c->t0 - 1)
		return;
	for (int32_t k = c->s1; k < c->t0 - 1; k++)
		if (tok_lower(f, k) && !tok_has(f, k, WC_PREP | WC_DET))
			return;    /* responded Friday, saying ... */
	for (int32_t k = c->c0 + 1; k + 1 < c->c1; k++)
		if (tok_punct(f, k, ',') && f->toks[k].q < 0 &&
		    predicate_at(f, k + 1)) {
			c->c1 = k;
			return;
		}
}

/* relative_end: the content of a cue in a relative clause ends where the
 * relative clause does (above); the punctuation and a conjunction before
 * that end are not content. */
static void
relative_end(struct quote_finder *f, struct cue *c)
{
	int32_t r, e;

	if (c->drop || c->c0 < 0 || c->c0 < c->t0 ||
	    (r = relative_pronoun(f, c)) < 0)
		return;
	e = antecedent_cue_end(f, c, r);
	c->c1 = tok_punct(f, r - 1, ',') ? comma_relative_end(f, c) :
	    bare_relative_end(f, c);
	if (e < c->c1)
		c->c1 = e;
	while (c->c1 > c->c0 && ((f->toks[c->c1 - 1].type == TK_PUNCT &&
	    f->toks[c->c1 - 1].q < 0) || tok_has(f, c->c1 - 1, WC_CONJ)))
		c->c1--;
	if (c->c1 <= c->c0)
		c->drop = true;
}

/* opening_subordinate: does cue c stand in a subordinate clause that
 * opens its sentence ("When Jones said ..., Smith left"; "But if Smith
 * says ..."), with no comma before the cue? */
static bool
opening_subordinate(const struct quote_finder *f, const struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0);

	if (tok_has(f, ss, WC_CONJ) && ss + 1 < c->t0)
		ss++;
	if (!tok_has(f, ss, WC_SUB) || tok_is(f, ss, f->w_that) ||
	    tok_is(f, ss, f->w_as))
		return false;
	for (int32_t k = ss + 1; k < c->t0; k++)
		if (f->toks[k].q >= 0 || (f->toks[k].type == TK_PUNCT &&
		    f->toks[k].cp != '.' && f->toks[k].cp != '-'))
			return false;
	return true;
}

/* main_clause_at: does a clause with its subject and verb start at token
 * k: clause_like's, or a noun phrase and a lower-case word the lexicon
 * knows as nothing but a verb, or not at all, before a determiner, a
 * preposition or an adverb (Smith went on stage, the council met again)? */
static bool
main_clause_at(const struct quote_finder *f, int32_t k)
{
	int32_t s0, s1;
	const struct tok *v;

	if (clause_like(f, k, false))
		return true;
	if (!np_right(f, k, &s0, &s1, 0) || s0 != k || !tok_lower(f, s1))
		return false;
	v = &f->toks[s1];
	return (v->cls & ~(uint32_t)(WC_CUE | WC_REPORT)) == 0 &&
	    !(v->flags & (TF_LY | TF_ING)) && v->e - v->b > 2 &&
	    (tok_has(f, s1 + 1, WC_DET | WC_PREP | WC_ADV | WC_OBJPRON) ||
	    (tok_word(f, s1 + 1) && (f->toks[s1 + 1].flags & TF_LY)));
}

/* subordinate_end: "When Jones said the mill would close, Smith went on
 * stage": the content of a cue in a subordinate clause opening the
 * sentence ends at the comma before the main clause (main_clause_at),
 * after a verb of the reported clause; not at a comma that closes an
 * aside ("If Smith says the mill, a big employer, will close, ...") nor
 * in a list ("If Smith says Jones, Brown and Green will ..."). */
static void
subordinate_end(struct quote_finder *f, struct cue *c)
{
	int32_t j = -1;    /* the comma before, in the content */

	if (c->drop || c->c0 < 0 || c->c0 < c->t0 || !opening_subordinate(f, c))
		return;
	for (int32_t k = c->c0 + 1; k < c->c1; k++) {
		if (!tok_punct(f, k, ',') || f->toks[k].q >= 0)
			continue;
		if (main_clause_at(f, k + 1) && (c->use == CU_NP ||
		    tok_is(f, c->c0, f->w_to) || verb_between(f, c->c0, k)) &&
		    !(j >= 0 && aside(f, j, k))) {
			c->c1 = k;
			return;
		}
		j = k;
	}
}

/* contents finds where each report ends. */
static void
contents(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++) {
		struct cue *c = &f->cues[k];

		if (c->drop)
			continue;
		if (c->use == CU_NP && infinitive_of_cue(f, (int32_t)k)) {
			c->drop = true;
			continue;
		}
		switch (c->use) {
		case CU_CLAUSE:
		case CU_NP:
			if (c->c1 >= 0)
				break;    /* set already: a colon label */
			c->c1 = clause_end(f, c->c0, c->use == CU_NP, (int32_t)k);
			if (c->frames & FR_ABOUT)
				c->c1 = noun_object_end(f, c, c->c1);
			if (c->passive && (c->use == CU_CLAUSE ||
			    (c->frames & FR_ABOUT)))
				c->c1 = question_end(f, c);
			if (c->c1 == c->c0 + 1 && tok_has(f, c->c0, WC_PREP) &&
			    !tok_has(f, c->c0, WC_DET | WC_QUANT | WC_OBJPRON))
				c->drop = true;    /* wrote in */
			/* endorsed her: a person is a position; "reiterated this" is not */
			if (c->c1 <= c->c0 || (only_pronoun(f, c->c0, c->c1) &&
			    !(c->use == CU_NP && (f->toks[c->c0].cls & WC_OBJPRON) &&
			    !(f->toks[c->c0].cls & WC_PRON) && f->toks[c->c0].wid != f->w_it)))
				c->drop = true;
			end_before_speaker(f, c);
			relative_end(f, c);
			participle_aside_end(f, c);
			subordinate_end(f, c);
			break;
		case CU_BEFORE:
			content_before(f, c);
			interrupted(f, c, (int32_t)k);
			/* In the early 1990s, Smith said, when ...: an
			 * opening adjunct is not what it reports (it may
			 * still govern a quotation after it) */
			if (!c->drop && c->quote < 0 && c->c0 >= 0 &&
			    c->c1 <= c->t0 && (adjunct_only(f, c->c0, c->c1) ||
			    relative_before(f, c) || opener_content(f, c)))
				c->c0 = c->c1 = -1;
			if (!c->drop && !poll_standing(f, c, (int32_t)k))
				c->drop = true;
			break;
		case CU_QUOTE:
		case CU_NONE:
			break;
		}
	}
}

/* paragraph_last returns the last token of the paragraph of token i. */
static int32_t
paragraph_last(const struct quote_finder *f, int32_t i)
{
	while ((size_t)i + 1 < f->ntoks && f->toks[i + 1].para == f->toks[i].para)
		i++;
	return i;
}

/* section_label: is the word at token i a section label (Related:,
 * Update:, Watch:), no speaker? */
static bool
section_label(const struct quote_finder *f, int32_t i)
{
	static const char *const labels[] = {
		"related", "update", "updated", "watch", "note", "exclusive",
		"breaking", "photos", "photo", "video", "listen", "source",
		"sources", "see", "read", "abstract", "correction", "editor", "latest",
		"transcript", "quotable", "previously", "more", "also", "contributing",
		"byline", "email", "twitter", "look", "wow", "boom", "busted",
		"bombshell", "leaked", "notice", "week"
	};

	return word_among(f, i, labels, sizeof labels / sizeof *labels);
}

/* colon_label: "Trump: My plans aren't set in stone." / "Poll: Clinton
 * leads" / "Q: How did things go?": a paragraph opened by a speaker
 * mention and a colon reports the rest of the paragraph (a headline, a
 * transcript). The cue is the colon. Returns the token after it, or -1. */
/* label_statement: can tokens [c0, last] after a label and a colon be
 * what the label says: not a number alone ("Sanders: 1,501."), not a
 * list of names ("Iowa: Ann Lee, Bo Li, Cy Ng")? */
static bool
label_statement(const struct quote_finder *f, int32_t c0, int32_t last)
{
	int words = 0, commas = 0, lower = 0;

	for (int32_t k = c0; k <= last; k++) {
		if (tok_punct(f, k, ','))
			commas++;
		if (!tok_word(f, k) || (f->toks[k].flags & TF_DIGIT))
			continue;
		words++;
		lower += !(f->toks[k].flags & TF_CAP) && !tok_has(f, k, WC_CONJ);
	}
	return words > 0 && (lower > 0 || commas < 3);
}

/* noinline: called only at a paragraph's start, and inlined into cues_find's
 * loop it costs that loop ~1% more instructions on every token */
static __attribute__((noinline)) int32_t
colon_label(struct quote_finder *f, int32_t i)
{
	int32_t s0, s1, last, c0;
	struct cue *c;

	if (!np_right(f, i, &s0, &s1, 0) || s0 != i || s1 - s0 > 5 ||
	    !tok_punct(f, s1, ':') || f->toks[s1].q >= 0 ||
	    !(f->toks[s0].flags & TF_CAP) || !np_is_speaker(f, s0, s1, false))
		return -1;
	for (int32_t k = s0; k < s1; k++)
		if (tok_word(f, k) && !(f->toks[k].flags & (TF_CAP | TF_DIGIT)) &&
		    !(f->toks[k].cls & WC_SPEAKER))
			return -1;    /* a lower-case word: no label */
	if (section_label(f, s1 - 1))
		return -1;    /* Related:, The Latest: */
	c0 = s1 + 1;
	last = paragraph_last(f, s1);
	while (last > c0 && f->toks[last].type == TK_PUNCT && f->toks[last].q < 0 &&
	    f->toks[last].cp != '?' && f->toks[last].cp != '!')
		last--;
	if ((size_t)c0 >= f->ntoks || c0 > last ||
	    f->toks[c0].para != f->toks[s1].para)
		return -1;
	if (!label_statement(f, c0, last))
		return -1;    /* Smith: 1,501. Iowa: Ann Lee, Bo Li, Cy Ng */
	c = new_cue(f);
	c->t0 = s1;
	c->t1 = s1 + 1;
	c->entry = -1;
	c->s0 = s0;
	c->s1 = s1;
	c->clause0 = s0;
	if ((f->toks[c0].flags & TF_OPEN) && f->toks[c0].q >= 0) {
		c->use = CU_QUOTE;
		c->quote = f->toks[c0].q;
	} else {
		c->use = CU_CLAUSE;
		c->c0 = c0;
		c->c1 = last + 1;
	}
	return s1 + 1;
}

/* verb_like: can the word at token i be a verb the lexicon does not know
 * (retaliated, beamed, mocks)? */
static bool
verb_like(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	if (!tok_lower(f, i) || t->q >= 0 || (t->cls & (WC_CUE | WC_PREP |
	    WC_DET | WC_CONJ | WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_ADV |
	    WC_QUANT | WC_TIME | WC_SPEAKER | WC_MODIFIER | WC_WH)) ||
	    (t->flags & (TF_LY | TF_ING)))
		return false;
	return (t->flags & TF_ED) || f->text[t->e - 1] == 's';
}

/* cue_not_after: is the word at token i, in a verb's form, a cue of the
 * lexicon none of whose entries reports what is before it (“...,” it
 * recommended; “...?” Beck questioned; “...,” agrees Jones)? After a
 * quotation it reports that quotation as a verb the lexicon lacks does;
 * before its subject (inverted), only a verb that takes no object: in
 * “...,” portrayed his rival as ..., what follows is its object. */
static bool
cue_not_after(const struct quote_finder *f, int32_t i, bool inverted)
{
	const struct tok *t;
	const struct lex_word *w;

	if (!tok_lower(f, i))
		return false;
	t = &f->toks[i];
	if (!(t->cls & WC_CUE) || t->q >= 0 ||
	    (t->cls & (WC_PREP | WC_DET | WC_CONJ | WC_SUB | WC_REL | WC_PRON |
	    WC_OBJPRON | WC_ADV | WC_QUANT | WC_TIME | WC_SPEAKER |
	    WC_MODIFIER | WC_WH)) || (t->flags & (TF_LY | TF_ING)))
		return false;
	w = &f->lx->words[t->wid];
	for (int32_t k = 0; k < w->ncues; k++)
		if ((f->lx->cues[w->cue0 + k].frames & FR_AFTER) || (inverted &&
		    (f->lx->cues[w->cue0 + k].frames & (FR_NP | FR_AS | FR_OBJECT))))
			return false;
	return (t->flags & TF_ED) || verb_s(f, t);
}

/* clause_done: nothing but adjuncts from token k to the end of the
 * clause (a comma, a full stop, another quotation). */
static bool
clause_done(const struct quote_finder *f, int32_t k)
{
	return (size_t)k >= f->ntoks || (f->toks[k].flags & TF_SENT) ||
	    f->toks[k].type == TK_PUNCT || (f->toks[k].flags & TF_OPEN) ||
	    tok_is(f, k, f->w_when) || tok_is(f, k, f->w_as);
}

/* quote_verb: “France will always be France,” an angry Hollande
 * retaliated. / “This is fantastic!” beamed Donald Hartley.: a verb the
 * lexicon does not know (or knows with no reporting clause after the
 * content: recommended), right after a quotation closed by , ! or ? in
 * its paragraph, with its subject and nothing else in the clause,
 * reports that quotation. Returns the token after it, or -1. */
static int32_t
quote_verb(struct quote_finder *f, int32_t i)
{
	int32_t s0, s1, v;
	bool inverted = false;
	struct cue *c;

	if (i < 2 || !(f->toks[i - 1].flags & TF_CLOSE) ||
	    !(tok_punct(f, i - 2, ',') || tok_punct(f, i - 2, '!') ||
	    tok_punct(f, i - 2, '?')) || (f->toks[i].flags & TF_PARA))
		return -1;
	if (np_right(f, i, &s0, &s1, 0) && s0 == i &&
	    np_is_speaker(f, s0, s1, false) && (verb_like(f, s1) ||
	    cue_not_after(f, s1, false)) && clause_done(f, s1 + 1))
		v = s1;
	else if ((verb_like(f, i) || cue_not_after(f, i, true)) &&
	    np_right(f, i + 1, &s0, &s1, 0) &&
	    s0 == i + 1 && np_is_speaker(f, s0, s1, false) && clause_done(f, s1))
		v = i, inverted = true;
	else
		return -1;
	c = new_cue(f);
	c->t0 = v;
	c->t1 = v + 1;
	c->entry = -1;
	c->frames = FR_AFTER | FR_QUOTE;
	c->s0 = s0;
	c->s1 = s1;
	c->clause0 = inverted ? v : s0;
	c->inverted = inverted;
	c->use = CU_BEFORE;
	return (inverted ? s1 : v + 1);
}

/* dash_credit: a paragraph "- Bernie Sanders." (or "— Jones, on
 * Tuesday") right after a paragraph that ends with a quotation, or a dash
 * and a name ending the quotation's own paragraph, credits that
 * quotation. Returns the token after the mention, or -1. */
static int32_t
dash_credit(struct quote_finder *f, int32_t i)
{
	int32_t s0, s1, q;
	bool same;
	struct cue *c;

	if (i < 1 || !(tok_punct(f, i, '-') || tok_punct(f, i, 0x2014) ||
	    tok_punct(f, i, 0x2013) || tok_punct(f, i, 0x2015)) ||
	    !(f->toks[i - 1].flags & TF_CLOSE))
		return -1;
	same = f->toks[i - 1].para == f->toks[i].para;
	q = f->toks[i - 1].q;
	/* the name is on the dash's line, never across a paragraph break */
	if (q < 0 || !np_right(f, i + 1, &s0, &s1, 0) || s0 != i + 1 ||
	    f->toks[s0].para != f->toks[i].para ||
	    !(f->toks[s0].flags & TF_CAP) || !np_is_speaker(f, s0, s1, false) ||
	    !((size_t)s1 >= f->ntoks || f->toks[s1].para != f->toks[i].para ||
	    tok_punct(f, s1, ',') || tok_punct(f, s1, '.')))
		return -1;
	/* “...” ― Sonya Herridge: on the same line, the name ends it */
	if (same && !((size_t)s1 >= f->ntoks || f->toks[s1].para != f->toks[i].para ||
	    (tok_punct(f, s1, '.') && ((size_t)s1 + 1 >= f->ntoks ||
	    f->toks[s1 + 1].para != f->toks[i].para))))
		return -1;
	c = new_cue(f);
	c->t0 = i;
	c->t1 = i + 1;
	c->entry = -1;
	c->frames = FR_AFTER | FR_QUOTE;
	c->s0 = s0;
	c->s1 = s1;
	c->clause0 = i;
	c->inverted = true;
	c->use = CU_BEFORE;
	c->quote = q;
	return s1;
}

/* transcript_label: a quoted paragraph of a transcript opened by the
 * speaker's name in capitals and a colon ("PENCE: Well, look, ..."): the
 * name speaks the quotation. Returns the token after the colon, or -1. */
static int32_t
transcript_label(struct quote_finder *f, int32_t i)
{
	int32_t k = i + 1;
	struct cue *c;

	if (!(f->toks[i].flags & TF_OPEN) || f->toks[i].q < 0)
		return -1;
	while (tok_word(f, k) && (f->toks[k].flags & TF_UPPER) && k - i <= 4)
		k++;
	if (k == i + 1 || !tok_punct(f, k, ':') || f->toks[k].q != f->toks[i].q)
		return -1;
	c = new_cue(f);
	c->t0 = k;
	c->t1 = k + 1;
	c->entry = -1;
	c->frames = FR_QUOTE;
	c->s0 = i + 1;
	c->s1 = k;
	c->clause0 = i + 1;
	c->use = CU_QUOTE;
	c->quote = f->toks[i].q;
	return k + 1;
}

void
cues_find(struct quote_finder *f)
{
	f->ncues = 0;
	for (int32_t i = 0; (size_t)i < f->ntoks;) {
		const struct tok *t = &f->toks[i];
		int32_t n;

		/* nearly every token: the labels open a paragraph, a dash
		 * credit and a quote verb follow a closing mark, and a
		 * lexicon entry starts with a cue word; else nothing here */
		if (!(t->flags & TF_PARA) && !(i > 0 && (t[-1].flags & TF_CLOSE))) {
			if (t->cls & WC_CUE) {
				i = try_entries(f, i);
				continue;
			}
			/* on to the next token where one may start (i > 0) */
			for (i++; (size_t)i < f->ntoks && !(f->toks[i].cls & WC_CUE) &&
			    !(f->toks[i].flags & TF_PARA) &&
			    !(f->toks[i - 1].flags & TF_CLOSE); i++)
				;
			continue;
		}
		n = (t->flags & TF_PARA) ? colon_label(f, i) : -1;
		if (n < 0)
			n = dash_credit(f, i);
		if (n < 0 && (f->toks[i].flags & TF_PARA))
			n = transcript_label(f, i);
		if (n < 0)
			n = quote_verb(f, i);
		i = n >= 0 ? n : try_entries(f, i);
	}
	mark_dropped(f);
	index_cues(f);
	contents(f);
	drop_nested_stances(f);
	drop_nested_beliefs(f);
	drop_polled_shares(f);
}
