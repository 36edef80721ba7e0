/* attach.c - quotations and cues made into quotes.
 *
 * A quotation is direct when it sets off a whole utterance (it opens a
 * paragraph or a sentence, follows a colon, another quotation, or the
 * reporting clause that split it), partial otherwise. Its cue is the one
 * that governs it: right before it (said: “...”), right after it (“...,”
 * he said), or the innermost report whose content holds it. A direct
 * quotation with none carries on the quotation before it when nothing
 * else was reported in between (the next sentence or paragraph of the
 * same speech); else its speaker is unknown. A report whose content holds
 * a quotation it governs is that quotation's record, not an indirect one
 * besides. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "finder.h"
#include "xalloc.h"

/* split_after: the quotation opening at token o follows a reporting
 * clause that itself follows a quotation closed by a comma: “Sooner or
 * later,” the governor told reporters, “it starts to pay off.” */
static bool
split_after(const struct quote_finder *f, int32_t o)
{
	for (int32_t k = o - 2; k > 0 && o - k < 14; k--) {
		const struct tok *t = &f->toks[k];

		if (t->flags & TF_CLOSE)
			return tok_punct(f, k - 1, ',') || tok_punct(f, k + 1, ',');
		if (t->type != TK_WORD && !(t->type == TK_PUNCT && t->cp == '.'))
			return false;
	}
	return false;
}

static bool
has_letter(const struct quote_finder *f, const struct quotation *q)
{
	for (int32_t i = q->open + 1; i <= q->last; i++)
		if (f->toks[i].type == TK_WORD && !(f->toks[i].flags & TF_DIGIT))
			return true;
	return false;
}

/* quotations_classify sets direct and drop on every top quotation. */
void
quotations_classify(struct quote_finder *f)
{
	for (size_t k = 0; k < f->nqs; k++) {
		struct quotation *q = &f->qs[k];
		int32_t o = q->open;
		const struct tok *t = &f->toks[o], *p = o > 0 ? &f->toks[o - 1] : NULL;

		if (!q->top)
			continue;
		q->drop = !has_letter(f, q);
		q->direct = (t->flags & (TF_PARA | TF_SENT)) || p == NULL ||
		    (p->type == TK_PUNCT && p->cp == ':') ||
		    (p->flags & TF_CLOSE) ||
		    (p->type == TK_PUNCT && p->cp == ',' && split_after(f, o));
	}
}

/* governs sets cue c as the governor of quotation q, unless q is part of
 * the source of "according to" (according to her “clawback” plan, ...). */
static void
governs(struct quote_finder *f, int32_t q, int32_t c)
{
	if (q < 0 || c < 0 || !f->qs[q].top || f->qs[q].drop ||
	    f->qs[q].cue >= 0)
		return;
	if ((f->cues[c].frames & FR_SOURCE) && f->cues[c].s0 >= 0 &&
	    f->qs[q].open > f->cues[c].s0 && f->qs[q].close < f->cues[c].s1)
		return;
	f->qs[q].cue = c;
	f->cues[c].has_quote = true;
}

/* introduced: a quotation after "said:" or "said, “We" sets off a whole
 * utterance. */
static void
introduced(struct quote_finder *f, struct quotation *q)
{
	const struct tok *p, *w;

	if (!q->top || q->drop || q->cue < 0 || q->direct || q->open == 0 ||
	    f->cues[q->cue].use != CU_QUOTE)
		return;
	p = &f->toks[q->open - 1];
	w = &f->toks[q->open + 1];
	if (p->type == TK_PUNCT && (p->cp == ':' || (p->cp == ',' &&
	    w->type == TK_WORD && (w->flags & TF_CAP))))
		q->direct = true;
}

/* holds_token: can cue c's content be the one that reports a token? A
 * judgement's (seems to) is its subject's words, but a passive's (is
 * expected to, was asked to) is no one's: it holds what is quoted in it. */
static bool
holds_token(const struct cue *c)
{
	return !c->drop && c->c0 >= 0 && c->use != CU_QUOTE &&
	    (!(c->frames & FR_EVIDENT) || c->passive);
}

/* inner_paint sets f->inner_at[i], for every token i in some cue's
 * content, to the cue whose content holds it and is the shortest (the
 * first of equals), in time of the contents' length, not of the number
 * of cues times the number of questions. */
static void
inner_paint(struct quote_finder *f)
{
	if (f->icap < f->ntoks) {
		f->inner_at = xreallocarray(f->inner_at, f->ntoks,
		    sizeof *f->inner_at);
		for (size_t i = f->icap; i < f->ntoks; i++)
			f->inner_at[i] = -1;
		f->icap = f->ntoks;
	}
	for (size_t k = 0; k < f->ncues; k++) {
		const struct cue *c = &f->cues[k];

		if (!holds_token(c))
			continue;
		for (int32_t i = c->c0; i < c->c1; i++) {
			int32_t b = f->inner_at[i];

			if (b < 0 || c->c1 - c->c0 < f->cues[b].c1 - f->cues[b].c0)
				f->inner_at[i] = (int32_t)k;
		}
	}
}

/* inner_clear sets f->inner_at back to -1 for the next document. */
static void
inner_clear(struct quote_finder *f)
{
	for (size_t k = 0; k < f->ncues; k++)
		if (holds_token(&f->cues[k]))
			for (int32_t i = f->cues[k].c0; i < f->cues[k].c1; i++)
				f->inner_at[i] = -1;
}

/* innermost_cue returns the cue whose content holds token i and is the
 * shortest, or -1 (inner_paint has been run). */
int32_t
innermost_cue(const struct quote_finder *f, int32_t i)
{
	return i >= 0 && (size_t)i < f->ntoks ? f->inner_at[i] : -1;
}

/* relative_aside: does cue k stand in a relative clause set off by a
 * comma ("..., which he called “a cartel”", "..., who calls it “...”"):
 * a speech act of its own, not part of the clause it stands in? */
static bool
relative_aside(const struct quote_finder *f, int32_t k)
{
	const struct cue *c = &f->cues[k];
	int32_t r = c->s0 >= 0 && c->s0 < c->t0 ? c->s0 : c->t0;

	if (!tok_has(f, r, WC_REL) && (r < 1 || !tok_has(f, r - 1, WC_REL)))
		return false;
	if (!tok_has(f, r, WC_REL))
		r--;
	return !tok_is(f, r, f->w_that) && tok_punct(f, r - 1, ',');
}

/* lifts: is cue k's content a noun phrase or a belief, which belongs to
 * whoever reports the clause cue k stands in (not when it stands in a
 * relative clause set off by a comma)? */
static bool
lifts(const struct quote_finder *f, int32_t k)
{
	return (f->cues[k].use == CU_NP || f->cues[k].belief) &&
	    !relative_aside(f, k);
}

/* innermost_report returns the cue that reports token i, or -1: the
 * innermost cue holding it, unless that is a noun-phrase complement or a
 * belief inside a clause someone reports, which is theirs (He said that
 * he would offer “a prayer”; she said she wanted “...”): then the cue of
 * that clause, followed out through such cues (at most one step a cue:
 * contents that hold each other's cues end the walk). */
static int32_t
innermost_report(const struct quote_finder *f, int32_t i)
{
	int32_t best = innermost_cue(f, i), cur = best;

	for (size_t step = 0; cur >= 0 && lifts(f, cur) && step < f->ncues;
	    step++) {
		int32_t next = innermost_cue(f, f->cues[cur].t0);

		if (next < 0 || next == cur)
			return best;
		cur = next;
	}
	if (cur >= 0 && cur != best && !lifts(f, cur) &&
	    f->cues[cur].use == CU_CLAUSE && !(f->cues[cur].s0 < 0 &&
	    f->cues[best].s0 >= 0))
		return cur;
	return best;
}

/* outermost_report: the report that holds quotation token i, followed out
 * through the reporting clauses that hold its cue: in "Meeks said Clinton
 * told them Democrats “would unite”", what is quoted is the report of
 * Meeks, who gives the words (the reporter names the outermost source). At
 * most one step a cue, as innermost_report. */
static int32_t
outermost_report(const struct quote_finder *f, int32_t i)
{
	int32_t cur = innermost_report(f, i);

	for (size_t step = 0; cur >= 0 && step < f->ncues; step++) {
		int32_t next = innermost_cue(f, f->cues[cur].t0);

		if (next < 0 || next == cur || f->cues[next].use != CU_CLAUSE ||
		    f->cues[next].s0 < 0 || f->cues[next].belief)
			break;
		cur = next;
	}
	return cur;
}

/* hypothetical: is cue c a base form after an auxiliary (will say, would
 * call), speech that has not happened, so words in quotation marks after
 * it are the reporter's? */
static bool
hypothetical(const struct quote_finder *f, const struct cue *c)
{
	const struct tok *t = &f->toks[c->t0];

	return tok_has(f, c->t0 - 1, WC_AUX) && !(t->flags & (TF_ED | TF_ING)) &&
	    f->text[t->e - 1] != 's';
}

/* outer_of_np: a quoted noun phrase right after a cue that is itself
 * inside a clause someone reports is the reporter's fragment: He said
 * that he would offer “a prayer” (the report of said); not after a cue
 * in a relative clause set off by a comma (", which he called “...”"), a
 * speech act of its own. Returns the cue that governs the quotation of
 * cue k. */
static int32_t
outer_of_np(const struct quote_finder *f, int32_t k)
{
	const struct cue *c = &f->cues[k];
	int32_t outer;

	if (c->use != CU_QUOTE || f->qs[c->quote].direct ||
	    ((c->frames & (FR_QUOTE | FR_THAT | FR_BARE)) && !hypothetical(f, c)) ||
	    f->toks[f->qs[c->quote].open - 1].type == TK_PUNCT ||
	    relative_aside(f, k))
		return k;
	outer = innermost_report(f, c->t0);
	return outer >= 0 && f->cues[outer].use == CU_CLAUSE ? outer : k;
}

/* inner_report: the innermost report holding quotation q that lies
 * inside the content of a reporting clause after it. */
static int32_t
inner_report(const struct quote_finder *f, const struct quotation *q)
{
	int32_t c = innermost_report(f, q->open);

	if (c < 0 || f->cues[c].use == CU_BEFORE)
		return -1;
	return q->before_c0 <= f->cues[c].t0 ? c : -1;
}

/* before_contents sets before_c0 of every quotation, for inner_report. */
static void
before_contents(struct quote_finder *f)
{
	for (size_t k = 0; k < f->nqs; k++)
		f->qs[k].before_c0 = INT32_MAX;
	for (size_t k = 0; k < f->ncues; k++) {
		const struct cue *o = &f->cues[k];

		if (!o->drop && o->use == CU_BEFORE && o->quote >= 0 &&
		    o->c0 < f->qs[o->quote].before_c0)
			f->qs[o->quote].before_c0 = o->c0;
	}
}

/* first_cue_from returns the first cue at token t or after it, or
 * f->ncues: cues_find makes them in the order of their tokens. */
static size_t
first_cue_from(const struct quote_finder *f, int32_t t)
{
	size_t lo = 0, hi = f->ncues;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (f->cues[mid].t0 < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* closed_relative: does cue c stand in a relative clause on its object
 * ("a clip that Judge Lee called “distasteful,”", "the workers, whom
 * Jones referred to,") that a comma ends before token i, so that what
 * comes after is the main clause's, not c's? */
static bool
closed_relative(const struct quote_finder *f, const struct cue *c, int32_t i)
{
	int32_t r = c->s0 - 1;

	if (c->s0 < 1 || c->inverted || c->s0 > c->t0 ||
	    !tok_has(f, r, WC_REL) || !tok_lower(f, r) ||
	    !(tok_is(f, r, f->w_that) || tok_is(f, r, f->w_which) ||
	    lower_word(f, r, "whom") || lower_word(f, r, "who")))
		return false;
	for (int32_t k = c->t1; k < i; k++)
		if ((tok_punct(f, k, ',') && f->toks[k].q < 0) ||
		    ((f->toks[k].flags & TF_CLOSE) && tok_punct(f, k - 1, ',')))
			return true;
	return false;
}

/* sentence_report: a quoted fragment no report holds belongs to the
 * report nearest before it in its sentence (“...” after ", but", a
 * colon), else to a reporting clause after it in the sentence. */
static int32_t
sentence_report(const struct quote_finder *f, const struct quotation *q)
{
	int32_t best = -1, ss = sentence_start(f, q->open);
	int32_t se = sentence_last(f, q->close >= 0 ? q->close : q->last);

	for (size_t k = first_cue_from(f, ss); k < f->ncues &&
	    f->cues[k].t0 <= se; k++) {
		const struct cue *c = &f->cues[k];

		if (c->drop || (c->s0 < 0 && !c->passive))
			continue;
		if (c->t0 >= ss && c->t0 < q->open && closed_relative(f, c, q->open))
			continue;
		if (c->t0 >= ss && c->t0 < q->open)
			best = (int32_t)k;
		else if (best < 0 && c->t0 > q->open && c->t0 <= se &&
		    c->use == CU_BEFORE)
			return (int32_t)k;
	}
	return best;
}

/* colon_report: sentence_report, but for a whole quotation after a colon
 * not a question that opens the sentence with no one named to ask it
 * ("Asked which county he liked, he demurred: “...”": the answer is the
 * main clause's). */
static int32_t
colon_report(const struct quote_finder *f, const struct quotation *q)
{
	int32_t r = sentence_report(f, q);

	if (r >= 0 && q->direct && f->cues[r].passive && f->cues[r].s0 < 0 &&
	    f->cues[r].t0 == sentence_start(f, q->open))
		return -1;
	return r;
}

/* connective_after: "Granting that Jones “talks too much,” though, Smith
 * did argue": the comma that closes a lower-case "though" or "however"
 * set off after the comma at token k, else k. */
static int32_t
connective_after(const struct quote_finder *f, int32_t k)
{
	if (tok_punct(f, k + 2, ',') && (tok_is(f, k + 1, f->w_though) ||
	    lower_word(f, k + 1, "however")))
		return k + 2;
	return k;
}

/* participle_subject: "Bemoaning the “phony system,” Trump accused ...":
 * a fragment in an opening participle belongs to the subject after it
 * (over "though" set off by commas; with no comma, a subject pronoun
 * right after the marks: "Conceding it “may take years” she warned"). */
static bool
participle_subject(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t k = q->close + 1, e = sentence_last(f, q->close), v;

	if (tok_punct(f, q->close - 1, ','))
		k = q->close;    /* the comma inside the marks */
	else if (k <= e && is_pron(f, k) && tok_lower(f, k) &&
	    !tok_has(f, k, WC_EXPL | WC_OBJPRON | WC_DET))
		k = q->close;    /* the subject right after the marks */
	else
		while (k <= e && k - q->close < 20 && !tok_punct(f, k, ','))
			k++;
	if (k > e)
		return false;
	k = connective_after(f, k);
	if (!np_right(f, k + 1, s0, s1, 0) || *s0 != k + 1 ||
	    !np_is_speaker(f, *s0, *s1, false))
		return false;
	for (v = *s1; tok_word(f, v) && ((f->toks[v].cls & (WC_ADV | WC_AUX |
	    WC_BE | WC_NEG | WC_HAVE)) || (f->toks[v].flags & TF_LY)); v++)
		;
	return tok_lower(f, v) && !tok_has(f, v, WC_PREP | WC_CONJ | WC_DET |
	    WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_QUANT | WC_WH);
}

/* set_off: the token after a phrase set off by commas that starts at
 * token k (", the mayor's aide," ", celebrating a win,"), or k when there
 * is none before token end: words only, no quotation, at most 20. */
static int32_t
set_off(const struct quote_finder *f, int32_t k, int32_t end)
{
	if (!tok_punct(f, k, ','))
		return k;
	for (int32_t j = k + 1; j < end && j - k <= 20; j++) {
		const struct tok *t = &f->toks[j];

		if (tok_punct(f, j, ','))
			return j - k > 1 ? j + 1 : k;
		if (t->type != TK_WORD && t->type != TK_POSS &&
		    !tok_punct(f, j, '.') && !tok_punct(f, j, '-'))
			return k;
	}
	return k;
}

/* noun_before_aux: "Good information can still drive out bad": the
 * word at token k, read as the verb after the subject, is followed by an
 * auxiliary or a form of be or have (before token end): it is a noun of
 * the subject, whose first word was read as a name. */
static bool
noun_before_aux(const struct quote_finder *f, int32_t k, int32_t end)
{
	return k + 1 < end && tok_lower(f, k + 1) &&
	    tok_has(f, k + 1, WC_AUX | WC_BE | WC_HAVE) &&
	    !(f->toks[k].flags & (TF_ED | TF_ING | TF_LY));
}

/* verb_in_subject: "The ad targets a “...”", "The letter makes a case:":
 * the noun phrase [s0, *s1) read at the start of a clause ran over a
 * verb in -s the lexicon lacks (read as a noun of the phrase), before
 * its object (a determiner, an object pronoun, "that" or a name); when
 * the words before that verb are a speaker, the phrase ends before it. */
static void
verb_in_subject(const struct quote_finder *f, int32_t s0, int32_t *s1)
{
	int32_t v = *s1 - 1;

	if (v - s0 < 1 || !tok_lower(f, v) || !verb_s(f, &f->toks[v]) ||
	    tok_has(f, v, WC_SPEAKER | WC_MODIFIER | WC_TIME | WC_QUANT) ||
	    !tok_word(f, *s1) || f->toks[*s1].q >= 0)
		return;
	if (!(tok_lower(f, *s1) ? tok_has(f, *s1, WC_DET | WC_OBJPRON) ||
	    tok_is(f, *s1, f->w_that) : (f->toks[*s1].flags & TF_CAP) != 0))
		return;
	if (np_is_speaker(f, s0, v, false))
		*s1 = v;
}

/* since_adverb: "Clinton has since apologized": token k, "since"
 * after a form of have and before a participle (before token end), is
 * an adverb: returns the token after it; else k. */
static int32_t
since_adverb(const struct quote_finder *f, int32_t k, int32_t end)
{
	if (since_after_have(f, k) && k + 1 < end && (f->toks[k + 1].flags & TF_ED))
		return k + 1;
	return k;
}

/* clause_subject: the subject of the clause that starts at token cs and
 * holds token end, when it is a speaker and a verb follows it (over an
 * apposition set off by commas): Rubio also mourned a climate in which
 * people “literally hate each other”; Smith, the mayor's aide, ripped the
 * council as “the judge and the jury”. */
static bool
clause_subject(const struct quote_finder *f, int32_t cs, int32_t end,
    int32_t *s0, int32_t *s1)
{
	int32_t k;

	if (cs >= end || !np_right(f, cs, s0, s1, 0) || *s0 != cs)
		return false;
	verb_in_subject(f, *s0, s1);
	if (*s1 > end || !np_is_speaker(f, *s0, *s1, false) ||
	    (f->toks[*s1 - 1].cls & WC_TIME))
		return false;
	for (k = set_off(f, *s1, end); tok_word(f, k) &&
	    ((f->toks[k].cls & (WC_ADV | WC_AUX |
	    WC_BE | WC_NEG | WC_HAVE)) || (f->toks[k].flags & TF_LY)); k++)
		;
	k = since_adverb(f, k, end);
	return k < end && tok_lower(f, k) && !tok_has(f, k, WC_PREP |
	    WC_CONJ | WC_DET | WC_SUB | WC_REL | WC_PRON | WC_OBJPRON |
	    WC_QUANT | WC_WH) && !noun_before_aux(f, k, end);
}

/* aside_mark: is token k a comma, a dash or a semicolon outside
 * quotations, or a mark closing a quotation after a comma ("who goes by
 * “Vito,” was"), one that may end a clause? */
static bool
aside_mark(const struct quote_finder *f, int32_t k)
{
	if (f->toks[k].flags & TF_CLOSE)
		return tok_punct(f, k - 1, ',');
	return f->toks[k].q < 0 && (tok_punct(f, k, ',') ||
	    tok_punct(f, k, 0x2014) || tok_punct(f, k, 0x2013) ||
	    tok_punct(f, k, ';'));
}

/* relative_holder: "... such as Sen. Roe of Ohio, who mused in the debate
 * that Smith was “unfit”", "the Daily Post, which ran an article naming
 * him the “angry enforcer”": the quoted fragment q stands in a relative
 * clause set off by a comma whose pronoun "who" or "which" is its
 * subject, the clause not closed before q (no comma nor dash between its
 * verb and q, but an aside right after the pronoun: ", who, on a call
 * Friday, criticized"); the mention before the comma with the pronoun
 * is the fragment's speaker, not the sentence's subject. */
static bool
relative_holder(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t ss = sentence_start(f, q->open), r, k, a, b;

	for (r = q->open - 1; r > ss + 1; r--) {
		if (f->toks[r].q >= 0)
			continue;
		if (tok_lower(f, r) && (tok_is(f, r, f->w_who) ||
		    tok_is(f, r, f->w_which)) && tok_punct(f, r - 1, ','))
			break;
		if (f->toks[r].type == TK_PUNCT && tok_punct(f, r, '.') &&
		    f->toks[r].q < 0)
			return false;
	}
	if (r <= ss + 1)
		return false;
	k = r + 1;
	if (aside_mark(f, k)) {
		for (k++; k < q->open && !aside_mark(f, k); k++)
			;
		k++;
	}
	if (k >= q->open || !tok_lower(f, k) || tok_has(f, k, WC_PREP |
	    WC_CONJ | WC_DET | WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_WH))
		return false;
	for (int32_t j = k; j < q->open; j++)
		if (aside_mark(f, j))
			return false;
	if (!np_left(f, r - 2, ss, &a, &b) || b != r - 1 ||
	    !np_is_speaker(f, a, b, true))
		return false;
	*s0 = a;
	*s1 = r + 1;
	return true;
}

static bool fragment_verb(const struct quote_finder *f, int32_t k);

/* object_relative_holder: "Smith said the marchers, whom he described as
 * “peaceful,” were sent home", "Jones, who he dubbed “the little
 * senator”": the quoted fragment q stands in a relative clause whose
 * pronoun (who, whom or which after a comma or a dash) is the object of
 * its verb, the clause not closed before q (no comma, dash nor quotation
 * between the pronoun and q); the subject after the pronoun, a speaker
 * before a verb of the lexicon or one by its form at most six words
 * before q, is the fragment's speaker, not the subject of a report
 * holding the clause.
 * Sets [s0, s1) to that subject and returns the verb's token, or -1. */
static int32_t
object_relative_holder(const struct quote_finder *f,
    const struct quotation *q, int32_t *s0, int32_t *s1)
{
	int32_t ss = sentence_start(f, q->open), r, v;

	for (r = q->open - 1; r > ss; r--) {
		if (f->toks[r].q >= 0 || aside_mark(f, r) ||
		    tok_punct(f, r, '.'))
			return -1;
		if (tok_lower(f, r) && (tok_is(f, r, f->w_who) ||
		    tok_is(f, r, f->w_which) || lower_word(f, r, "whom")) &&
		    aside_mark(f, r - 1))
			break;
	}
	if (r <= ss || !clause_subject(f, r + 1, q->open, s0, s1) ||
	    *s0 != r + 1)
		return -1;
	for (v = set_off(f, *s1, q->open); tok_word(f, v) &&
	    ((f->toks[v].cls & (WC_ADV | WC_AUX | WC_BE | WC_NEG | WC_HAVE)) ||
	    (f->toks[v].flags & TF_LY)); v++)
		;
	if (v >= q->open || q->open - v > 6 || !tok_lower(f, v) ||
	    tok_has(f, v, WC_BE | WC_HAVE) ||
	    !(tok_has(f, v, WC_REPORT | WC_CUE) || fragment_verb(f, v)))
		return -1;
	return v;
}

/* subordinate_holder: "This is why rivals cry “...”", "The crowd cheered
 * when Smith called it “...”": the quoted fragment q stands in a clause
 * opened by a subordinating word (not one that is also a preposition,
 * nor "whether" or a bare "if") or "why", with no comma nor dash between that word and q; the
 * subject of that clause, when it is a speaker before a verb, is the
 * fragment's speaker. */
static bool
subordinate_holder(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t ss = sentence_start(f, q->open), k;

	for (k = q->open - 1; k > ss; k--) {
		if (aside_mark(f, k) || (f->toks[k].q < 0 &&
		    tok_punct(f, k, '.')))
			return false;
		if (f->toks[k].q < 0 && tok_lower(f, k) &&
		    ((tok_has(f, k, WC_SUB) && !tok_has(f, k, WC_PREP)) ||
		    lower_word(f, k, "why")))
			break;
	}
	/* whether someone issued a “stand down”: a question or a condition
	 * asserts nothing ("even if" does) */
	return k > ss && !tok_is(f, k, f->w_whether) && !(tok_is(f, k, f->w_if) &&
	    !lower_word(f, k - 1, "even")) &&
	    clause_subject(f, k + 1, q->open, s0, s1);
}

/* lone_expletive: is the mention [s0, s1) an expletive alone, "it" or
 * "there" in "it seems", "there is", which names no one? */
static bool
lone_expletive(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	return s1 - s0 == 1 && tok_has(f, s0, WC_EXPL);
}

/* subject_after_participle: "Filling in for Jones at the rally, Smith
 * landed a dig at “...”", "Preceded by Joe Hill, the sheriff, Trump
 * launched into a lament for the “...”": the quoted fragment q, after
 * the comma that closes a participle phrase opening its clause at token
 * cs, belongs to the subject after that comma (over an apposition: the
 * last comma before q after which a subject and its verb come). */
static bool
subject_after_participle(const struct quote_finder *f,
    const struct quotation *q, int32_t cs, int32_t *s0, int32_t *s1)
{
	if (!(f->toks[cs].flags & (TF_ING | TF_ED)) ||
	    tok_has(f, cs, WC_SPEAKER | WC_PREP | WC_TIME))
		return false;
	for (int32_t k = q->open - 1; k > cs; k--)
		if (tok_punct(f, k, ',') && f->toks[k].q < 0 &&
		    clause_subject(f, k + 1, q->open, s0, s1))
			/* Based on the statement, it seems ...: no one */
			return !lone_expletive(f, *s0, *s1);
	return false;
}

/* subject_after_opener: "Somewhere in there, he tossed in a “...”",
 * "When Jo moved in, Freddy confided that they were “...”": after an
 * opening adjunct or subordinate clause the subject of its clause does
 * not see, the quoted fragment q, the first quotation of its sentence
 * and after no cue in it (whose speech it carries on), belongs to the
 * subject after the last comma before it, before its verb (not an
 * expletive). */
static bool
subject_after_opener(const struct quote_finder *f,
    const struct quotation *q, int32_t cs, int32_t *s0, int32_t *s1)
{
	size_t c = first_cue_from(f, cs);
	int32_t k;

	if (c < f->ncues && f->cues[c].t0 < q->open)
		return false;
	for (k = cs; k < q->open; k++)
		if (f->toks[k].q >= 0)
			return false;
	for (k = q->open - 1; k > cs && !tok_punct(f, k, ','); k--)
		;
	if (k <= cs || !clause_subject(f, k + 1, q->open, s0, s1))
		return false;
	return !lone_expletive(f, *s0, *s1);
}

/* pronoun_after_prep_phrase: "In 2011 she spoke out for “...”", "On
 * Monday they hailed the “...”": a prepositional phrase opening the
 * clause at token cs with no comma after it, at most six words, ends
 * before a subject pronoun (not an expletive); that pronoun, before its
 * verb, is the subject the quoted fragment q belongs to. */
static bool
pronoun_after_prep_phrase(const struct quote_finder *f,
    const struct quotation *q, int32_t cs, int32_t *s0, int32_t *s1)
{
	if (!tok_has(f, cs, WC_PREP) || tok_has(f, cs, WC_SPEAKER | WC_PRON))
		return false;
	for (int32_t k = cs + 2; k < q->open && k - cs <= 6; k++) {
		if (!tok_word(f, k) || f->toks[k].q >= 0)
			return false;
		if (is_pron(f, k) && tok_lower(f, k) && !tok_has(f, k, WC_EXPL))
			return clause_subject(f, k, q->open, s0, s1);
	}
	return false;
}

/* sentence_subject: the subject of the sentence that holds the quoted
 * fragment q (over an opening adjunct or participle), or the mention a
 * relative clause holding q is about (relative_holder), or the subject
 * of a subordinate clause holding it (subordinate_holder). */
static bool
sentence_subject(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t cs = clause_start(f, q->open);

	if (relative_holder(f, q, s0, s1) || subordinate_holder(f, q, s0, s1))
		return true;
	if (f->toks[cs].flags & TF_ING && q->close >= 0)
		return participle_subject(f, q, s0, s1) ||
		    subject_after_participle(f, q, cs, s0, s1);
	/* It depended on “very conservative” voters: "it" says nothing */
	if (clause_subject(f, cs, q->open, s0, s1))
		return !lone_expletive(f, *s0, *s1);
	return subject_after_participle(f, q, cs, s0, s1) ||
	    pronoun_after_prep_phrase(f, q, cs, s0, s1) ||
	    subject_after_opener(f, q, cs, s0, s1);
}

/* colon_name: a name standing before the colon at p as a label, after
 * the start of its clause, a dash or "from": "- Mark Blumenthal: “...”",
 * "More from Jones: “...”". */
static bool
colon_name(const struct quote_finder *f, int32_t p, int32_t *s0, int32_t *s1)
{
	int32_t cs = clause_start(f, p), a, b;

	if (!np_left(f, p - 1, cs, s0, s1) || *s1 != p ||
	    !np_is_speaker(f, *s0, *s1, false))
		return false;
	/* More from the report: “...” */
	if (!(f->toks[*s0].flags & TF_CAP) && !(f->toks[*s1 - 1].flags & TF_CAP))
		return tok_is(f, *s0 - 1, f->w_from);
	/* Mark Blumenthal and Jon Cohen */
	if (tok_is(f, *s0 - 1, f->w_and) && np_left(f, *s0 - 2, cs, &a, &b) &&
	    b == *s0 - 1 && (f->toks[a].flags & TF_CAP) &&
	    np_is_speaker(f, a, b, false))
		*s0 = a;
	b = *s0 - 1;
	/* does not surprise the pollster Dan Shaw: “...”: a name after a
	 * verb, its object (not after a preposition: a message to Trump:) */
	if (b > cs && tok_lower(f, b) && (f->toks[*s1 - 1].flags & TF_CAP) &&
	    !(f->toks[*s1 - 1].cls & WC_TIME) && !tok_has(f, b, WC_PREP |
	    WC_DET | WC_CONJ | WC_SUB | WC_QUANT | WC_SPEAKER | WC_MODIFIER))
		return true;
	return (f->toks[*s0].flags & TF_CAP) && (*s0 == cs ||
	    tok_is(f, b, f->w_from) || tok_punct(f, b, '-') ||
	    tok_punct(f, b, 0x2013) || tok_punct(f, b, 0x2014));
}

/* here_opens: does the sentence of token i open with "Here's" or "Here
 * is"? */
static bool
here_opens(const struct quote_finder *f, int32_t i)
{
	int32_t ss = sentence_start(f, i);

	return word_is(f, ss, "here") && ((size_t)ss + 1 < f->ntoks &&
	    (f->toks[ss + 1].type == TK_POSS || lower_word(f, ss + 1, "is")));
}

/* here_name: "Here’s Clinton in December 1992: “...”": a name after
 * "Here's" or "Here is" opening the sentence, then nothing or a
 * prepositional phrase up to the colon at p, labels the quotation after
 * that colon. */
static bool
here_name(const struct quote_finder *f, int32_t p, int32_t *s0, int32_t *s1)
{
	int32_t k = sentence_start(f, p) + 2;

	if (!here_opens(f, p) || !np_right(f, k, s0, s1, 0) || *s0 != k ||
	    *s1 > p ||
	    !(f->toks[*s0].flags & TF_CAP) || !np_is_speaker(f, *s0, *s1, false))
		return false;
	if (*s1 < p && !(tok_lower(f, *s1) && tok_has(f, *s1, WC_PREP)))
		return false;
	for (k = *s1; k < p; k++)
		if (!tok_word(f, k) || tok_has(f, k, WC_SUB | WC_WH | WC_REL |
		    WC_REPORT | WC_AUX | WC_BE))
			return false;
	return true;
}

/* after_last_comma: the token after the last comma of the sentence
 * before token p, outside quotations ("But back on American soil, he
 * returned to his lines:"), or p when there is none. */
static int32_t
after_last_comma(const struct quote_finder *f, int32_t p)
{
	int32_t ss = sentence_start(f, p);

	for (int32_t k = p - 1; k > ss; k--)
		if (tok_punct(f, k, ',') && f->toks[k].q < 0)
			return k + 1;
	return p;
}

/* colon_subject: a whole quotation after a colon that no cue governs is
 * said by the subject of the clause the colon ends, on its line or at the
 * end of the paragraph before: Smith then turned to the crowd: “...”;
 * Smith released the following statement: (new paragraph) “...”; over an
 * opening adjunct its clause_start does not see (But back home, he
 * returned to his lines: “...”; not "Wait, it gets better:"). */
static bool
colon_subject(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t p = q->open - 1;

	if (!q->direct || p < 1 || !tok_punct(f, p, ':') ||
	    (f->toks[p].flags & TF_HEADLINE))
		return false;
	return colon_name(f, p, s0, s1) || here_name(f, p, s0, s1) ||
	    party_label_comma(f, p, clause_start(f, p), s0, s1) ||
	    clause_subject(f, clause_start(f, p), p, s0, s1) ||
	    (clause_subject(f, after_last_comma(f, p), p, s0, s1) &&
	    !(*s1 - *s0 == 1 && tok_is(f, *s0, f->w_it)));
}

/* colon_clause: "Smith cited a report. Lee, the mayor, had a question:
 * “...”": a whole quotation q after a colon that ends a sentence
 * of its own, one that opens with a noun phrase (over appositions set off
 * by commas) and its verb, is introduced by that sentence and carries on
 * no report before it; [*s0, *s1) is that noun phrase, its speaker when
 * it is one (a name, a pronoun, a speaker noun), else *s0 is -1. */
static bool
colon_clause(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t p = q->open - 1, cs, k, n;

	if (!q->direct || p < 1 || !tok_punct(f, p, ':') ||
	    (f->toks[p].flags & TF_HEADLINE))
		return false;
	/* as Pollak observed, the biggest victor was the stage itself: a
	 * report in the sentence is what it carries on */
	for (size_t j = first_cue_from(f, sentence_start(f, p));
	    j < f->ncues && f->cues[j].t0 < p; j++)
		if (f->cues[j].s0 >= 0 && !f->cues[j].drop)
			return false;
	cs = clause_start(f, p);
	if (!np_right(f, cs, s0, s1, 0) || *s0 != cs || *s1 >= p ||
	    (f->toks[*s1 - 1].cls & WC_TIME) ||
	    tok_has(f, *s0, WC_PRON | WC_EXPL))
		return false;
	/* a paper from the institute had; Lee, the mayor, had */
	for (k = *s1, n = 0; n < 3 && k < p; n++) {
		int32_t a, b;

		if (set_off(f, k, p) != k)
			k = set_off(f, k, p);
		/* Representative Ann Lee, Democrat of Ohio, gave */
		else if (k > *s1 && tok_punct(f, k - 1, ',') &&
		    ((f->toks[k].flags & TF_CAP) || tok_has(f, k, WC_DET)) &&
		    set_off(f, k - 1, p) != k - 1)
			k = set_off(f, k - 1, p);
		else if (tok_lower(f, k) && tok_has(f, k, WC_PREP) &&
		    !tok_has(f, k, WC_SUB) && np_right(f, k + 1, &a, &b, 0) &&
		    a == k + 1 && b < p)
			k = b;
		else
			break;
	}
	while (tok_word(f, k) && ((f->toks[k].cls & (WC_ADV | WC_NEG)) ||
	    (f->toks[k].flags & TF_LY)))
		k++;
	if (k >= p || !tok_lower(f, k) || tok_has(f, k, WC_PREP | WC_CONJ |
	    WC_DET | WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_QUANT | WC_WH |
	    WC_BE | WC_EXPL) || (f->toks[k].flags & TF_ING))
		return false;
	if (!np_is_speaker(f, *s0, *s1, false))
		*s0 = *s1 = -1;
	return true;
}

/* paragraph_gap: are the paragraphs strictly between the ones of tokens a
 * and b all headlines (an inserted related-article link)? */
static bool
paragraph_gap(const struct quote_finder *f, int32_t a, int32_t b)
{
	for (int32_t i = a + 1; i < b; i++)
		if (f->toks[i].para != f->toks[a].para &&
		    f->toks[i].para != f->toks[b].para &&
		    !(f->toks[i].flags & TF_HEADLINE))
			return false;
	return true;
}

/* outer_speech: "Carter said that for decades some critics had been
 * predicting a withdrawal. ¶ “That's because ...”": cue k, inside the
 * content of a report of speech by someone (not a belief), is part of
 * that report: the speech a quotation after it carries on is the
 * outermost such report's. Returns that cue (k when there is none; at
 * most one step a cue, as innermost_report). */
static int32_t
outer_speech(const struct quote_finder *f, int32_t k)
{
	for (size_t step = 0; step < f->ncues; step++) {
		int32_t o = innermost_cue(f, f->cues[k].t0);

		if (o < 0 || o == k || f->cues[o].s0 < 0 || f->cues[o].belief ||
		    f->cues[o].use != CU_CLAUSE)
			break;
		k = o;
	}
	return k;
}

/* last_speaker_cue returns the last cue with a speaker before token i,
 * or -1: the outermost report of speech that holds it. */
static int32_t
last_speaker_cue(const struct quote_finder *f, int32_t i)
{
	for (size_t k = first_cue_from(f, i); k-- > 0;) {
		const struct cue *c = &f->cues[k];

		/* a headline inserted between says nothing of the speech */
		if ((f->toks[c->t0].flags & TF_HEADLINE) &&
		    f->toks[c->t0].para != f->toks[i].para)
			continue;
		if (c->s0 >= 0 && !c->belief && (c->drop ? c->use == CU_NONE : true))
			return outer_speech(f, (int32_t)k);
	}
	return -1;
}

/* relative_of_inverted: “...,” said Bob Hill, a delegate who has
 * accused rivals of lying. “...”: cue a, in a relative clause whose
 * "who" follows the mention of the inverted reporting clause r (in a
 * description after a comma, or the same mention: "said a member who
 * supports Trump, asking ..."), reports of that speaker, whom the
 * quotation after it goes on with, not "a delegate who". */
static bool
relative_of_inverted(const struct quote_finder *f, const struct cue *a,
    const struct cue *r)
{
	if (!r->inverted || (!tok_punct(f, r->s1, ',') && a->s1 - 1 != r->s1))
		return false;
	/* the same mention: "who" right after it, or after its comma */
	if (a->s0 == r->s0)
		return a->s1 - 1 <= r->s1 + 1;
	return r->s1 < a->s0 && a->s0 - r->s1 <= 12;
}

/* aside_of_report: is cue c, with no quotation of its own, in the
 * sentence of cue pc, the reporting clause of quotation prev, and so an
 * aside of that report, which does not take the speech over: “...,” said
 * Brown, whose group endorses no one. “...” (not "according to X", who
 * reports the whole, nor "who also said", a new report of the speaker) */
static bool
aside_of_report(const struct quote_finder *f, int32_t c, int32_t pc,
    int32_t prev)
{
	const struct cue *a, *r;

	if (c < 0 || pc < 0 || c == pc)
		return false;
	a = &f->cues[c];
	r = &f->cues[pc];
	if (r->s0 < 0 || (r->quote != prev && r->quote2 != prev) ||
	    a->quote >= 0 || a->quote2 >= 0 || tok_is(f, a->t0, f->w_according) ||
	    (tok_is(f, a->s1 - 1, f->w_who) && !relative_of_inverted(f, a, r)))
		return false;
	return f->toks[a->t0].sent == f->toks[r->t0].sent;
}

/* scare_quote: is quotation q, a fragment of three words or fewer, in
 * another sentence than token at, the speech or report it would carry
 * on ("Smith spoke on Monday. The deal is a “pre-agreement” ...")? The
 * writer's words in marks, whose speaker the text does not name. */
static bool
scare_quote(const struct quote_finder *f, const struct quotation *q, int32_t at)
{
	int words = 0;

	if (q->direct || f->toks[at].sent == f->toks[q->open].sent)
		return false;
	for (int32_t i = q->open + 1; i <= q->last && words <= 3; i++)
		words += f->toks[i].type == TK_WORD;
	return words <= 3;
}

/* continuation gives a quotation with no cue the speaker of what was
 * reported last before it: the quotation before it (the next sentence
 * or paragraph of the same speech) or a report ("Howard continued his
 * remarks. “Eight years ago ...”"). Within its paragraph, or from the
 * paragraph before when it opens its own (over inserted headlines); a
 * fragment only within its paragraph. */
static void
continuation(struct quote_finder *f, int32_t k, int32_t prev)
{
	struct quotation *q = &f->qs[k];
	int32_t pend = -1, c = last_speaker_cue(f, q->open), at;
	int32_t pc = prev >= 0 ? f->qs[prev].cue : -1;

	if (prev >= 0 && (f->qs[prev].cue >= 0 || f->qs[prev].from >= 0 ||
	    f->qs[prev].from_cue >= 0 || (f->qs[prev].has_subject &&
	    f->qs[prev].direct)) && (f->qs[prev].cue < 0 ||
	    f->cues[f->qs[prev].cue].s0 >= 0 || f->qs[prev].from >= 0))
		pend = f->qs[prev].close >= 0 ? f->qs[prev].close : f->qs[prev].last;
	if (aside_of_report(f, c, pc, prev))
		c = -1;
	if (c >= 0 && f->cues[c].t0 > pend)
		at = f->cues[c].t0;
	else if (pend >= 0)
		at = pend, c = -1;
	else
		return;
	if (f->toks[at].para != f->toks[q->open].para) {
		if (!q->direct || !(f->toks[q->open].flags & TF_PARA) ||
		    !paragraph_gap(f, at, q->open))
			return;
	}
	if (scare_quote(f, q, at))
		return;
	if (c >= 0)
		q->from_cue = c;
	else
		q->from = prev;
	q->continues = true;
}

/* same_sentence_cue: is the cue quotation q would carry on (from_cue)
 * before it in its own sentence, so that q is no continuation but that
 * cue's ("Beck called Palin a “clown” on his show", "“...,” he said of
 * Trump, “because ...”", "Sanders protesters interrupted her, shouting
 * “...”": the cue read no complement, or its reporting clause split the
 * quotation)? */
static bool
same_sentence_cue(const struct quote_finder *f, const struct quotation *q)
{
	const struct cue *c;

	if (!q->continues || q->from_cue < 0)
		return false;
	c = &f->cues[q->from_cue];
	return c->t0 < q->open && f->toks[c->t0].sent == f->toks[q->open].sent;
}

/* same_sentence_quote: is the quotation q carries on (from) in q's own
 * sentence, the one before it in a list ("accused Cruz of being “A” and
 * “B”", "calls him a “fascist” and a “Stalinist”")? */
static bool
same_sentence_quote(const struct quote_finder *f, const struct quotation *q)
{
	return q->continues && q->from_cue < 0 && q->from >= 0 &&
	    f->toks[f->qs[q->from].open].sent == f->toks[q->open].sent;
}

/* turned_to: "The judge then turned to me. “Mr. D’Souza?”": a whole
 * quotation with no cue right after a sentence of its paragraph is said
 * by that sentence's subject, when it is a speaker (not a name in Title
 * Case after it: The film is by Sony. “The Big Short” ...). */
static bool
turned_to(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t p = q->open - 1, k;

	if (!q->direct || p < 1 || (f->toks[q->open].flags & TF_PARA) ||
	    !tok_punct(f, p, '.') || f->toks[p].q >= 0 || title_like(f, q))
		return false;
	/* X won't go that far, but Sherman wants ...: the last clause's */
	k = after_last_comma(f, p);
	if (k < p && tok_has(f, k, WC_CONJ))
		k++;
	return (k < p && clause_subject(f, k, p, s0, s1)) ||
	    clause_subject(f, clause_start(f, p), p, s0, s1);
}

/* fragment_verb: is token k, the word after the subject that
 * sentence_subject found for a quoted fragment, a verb the lexicon lacks
 * that stands for the cue ("Merkel heralded the deal as a “...”",
 * "Trump further summed up Clinton as “...”", "Obama rips rhetoric over
 * ‘...’")? A word in -ed, -en, -ing or a verb's -s, or a common irregular
 * past, not a time word, a modifier or a name's noun ("Party elites"). */
static bool
fragment_verb(const struct quote_finder *f, int32_t k)
{
	static const char *const irregular[] = { "sent", "ran", "brought",
	    "began", "heard", "took", "made", "gave" };
	const struct tok *t = &f->toks[k];

	if (tok_has(f, k, WC_TIME | WC_SPEAKER | WC_MODIFIER | WC_NEG))
		return false;
	return (t->flags & (TF_ED | TF_ING)) || verb_s(f, t) ||
	    word_among(f, k, irregular, sizeof irregular / sizeof *irregular);
}

/* subject_cue: the cue of a quotation with no cue that is said by the
 * subject it was given (colon_subject, sentence_subject, turned_to): the
 * colon after a label ("- Jo Smith: “...”"), else the verb after that
 * subject, over an apposition, auxiliaries and adverbs ("Kasich
 * resisted: “...”", "The ad claims “...”"); for a fragment a form of
 * the lexicon ("is telling", "claims") or a verb by its form
 * (fragment_verb: "heralded"; "won" and "is" report nothing). -1 when
 * there is none. */
static int32_t
subject_cue(const struct quote_finder *f, const struct quotation *q)
{
	int32_t k = q->subj1, end = q->open;

	if (tok_punct(f, k, ':'))
		return k;
	/* Here's Clinton in 1992: “...”; Jo Hill (R-Ohio): “...”: the colon */
	if (q->direct && tok_punct(f, end - 1, ':') && (here_opens(f, k) ||
	    tok_punct(f, k, '(')))
		return end - 1;
	for (k = set_off(f, k, end); k < end && tok_word(f, k) &&
	    ((f->toks[k].cls & (WC_ADV | WC_AUX | WC_BE | WC_NEG | WC_HAVE)) ||
	    (f->toks[k].flags & TF_LY)); k++)
		;
	k = since_adverb(f, k, end);
	if (k >= end || tok_has(f, k, WC_PREP | WC_CONJ |
	    WC_DET | WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_QUANT | WC_WH))
		return -1;
	/* Gingrich Takes Talk Of ... ‘...’: a verb of a Title Case headline */
	if (!tok_lower(f, k))
		return !q->direct && fragment_verb(f, k) &&
		    headline_phrase(f, q) ? k : -1;
	if (!q->direct && !tok_has(f, k, WC_REPORT | WC_CUE) &&
	    !fragment_verb(f, k))
		return -1;
	return k;
}

/* verb_particle: the last token of the cue whose verb is token v, before
 * token end: the adverb particle right after it ("summed up", "ticked
 * off", "passed along"), else v itself. */
static int32_t
verb_particle(const struct quote_finder *f, int32_t v, int32_t end)
{
	static const char *const particle[] = { "up", "out", "off", "down",
	    "along", "back", "away" };

	if (v + 1 < end && tok_lower(f, v + 1) &&
	    word_among(f, v + 1, particle, sizeof particle / sizeof *particle))
		return v + 1;
	return v;
}

/* adjective_speaker: is cue c a noun its "speaker" only describes, read as
 * a verb after a determiner and an adjective ("Jones delivered a snappy
 * retort: “...”", "reprised the caustic chant “...”")? Its subject is no
 * speaker: the quotation is the clause's. */
static bool
adjective_speaker(const struct quote_finder *f, const struct cue *c)
{
	int32_t s = c->s0;

	if (s < 1 || c->inverted || c->s1 != c->t0 || c->s1 - s != 2 ||
	    c->t1 - c->t0 != 1 || c->quote < 0 || !tok_has(f, s, WC_DET) ||
	    !tok_lower(f, s + 1) || tok_has(f, s + 1, WC_SPEAKER | WC_QUANT))
		return false;
	/* after a verb of its clause: delivered a snappy retort */
	return tok_lower(f, s - 1) && !tok_has(f, s - 1, WC_PREP | WC_DET |
	    WC_CONJ | WC_SUB | WC_REL | WC_PRON | WC_CUE);
}

/* speech_before_belief: "Babar says he called the wife and the family
 * planned to hold a “paint over” ceremony", "Clinton told them ... while
 * her opponent wants to “take America backward”": fragment q, governed
 * by a belief or intention whose subject is a mention other than a
 * pronoun, after a report of speech in its sentence whose content ends
 * before that cue (or stands before its reporting clause: "X is so
 * reckless, the vice president said, that if his son had planned ...,
 * “...”"), is the words of the speaker of that report, the nearest
 * before it, when that is another mention; returns that cue, or -1. The belief keeps its own
 * record of the quotation, so no indirect report of it is added. */
static int32_t
speech_before_belief(const struct quote_finder *f, const struct quotation *q)
{
	const struct cue *b = &f->cues[q->cue];
	uint32_t sent = f->toks[b->t0].sent;

	if (q->direct || !b->belief || b->s0 < 0 ||
	    tok_has(f, b->s1 - 1, WC_PRON) || relative_aside(f, q->cue))
		return -1;
	for (int32_t j = q->cue - 1; j >= 0; j--) {
		const struct cue *c = &f->cues[j];

		if (f->toks[c->t0].sent != sent)
			break;
		if (c->drop || c->belief || (c->use != CU_CLAUSE &&
		    c->use != CU_BEFORE) || c->s0 < 0 ||
		    !(c->frames & FR_QUOTE) || c->c0 < 0 || c->c1 > b->t0)
			continue;
		/* Devine said, instead seeking “...”: the same speaker */
		return c->s0 == b->s0 ? -1 : j;
	}
	return -1;
}

/* source_before: "Jones was, in the words of one aide, “the torchbearer”
 * of his legacy": the cue that names a source ("in the words of X",
 * "according to X") whose source ends at the comma right before
 * quotation q, or -1; the quotation is that source's words, not those of
 * a report whose content runs on over them. */
static int32_t
source_before(const struct quote_finder *f, const struct quotation *q)
{
	int32_t p = q->open - 1;

	if (p < 1 || !tok_punct(f, p, ',') || f->toks[p].q >= 0)
		return -1;
	for (size_t k = first_cue_from(f, sentence_start(f, q->open));
	    k < f->ncues && f->cues[k].t0 < p; k++) {
		const struct cue *c = &f->cues[k];

		if (!c->drop && (c->frames & FR_SOURCE) && c->s1 == p &&
		    c->s0 > c->t0)
			return (int32_t)k;
	}
	return -1;
}

/* possessive_mark: is token k a possessive after a word, 's or the
 * apostrophe alone after a plural or a name in -s ("Forbes’")? */
static bool
possessive_mark(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	if (t->type == TK_POSS)
		return true;
	return t->type == TK_QUOTE && t->q < 0 && !(t->flags & TF_SPB) &&
	    (t->flags & TF_SPA) && tok_word(f, k - 1) &&
	    f->text[f->toks[k - 1].e - 1] == 's';
}

/* words_of_name: "because, in Forbes’ words, “they are ...”": a name's
 * words set off by commas right before quotation q ("in X's words,"; not
 * "in her words", whose owner is the clause's subject): sets [s0, s1) to
 * the name. */
static bool
words_of_name(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t p = q->open - 1, ss = sentence_start(f, q->open);

	if (p - 4 < ss || !tok_punct(f, p, ',') || f->toks[p].q >= 0 ||
	    !lower_word(f, p - 1, "words") || !possessive_mark(f, p - 2) ||
	    !np_left(f, p - 3, ss, s0, s1) || *s1 != p - 2 || *s0 < ss + 1 ||
	    !word_is(f, *s0 - 1, "in") || is_pron(f, *s0) ||
	    !np_is_speaker(f, *s0, *s1, false))
		return false;
	return true;
}

static bool passive_question(const struct quote_finder *f, const struct cue *c);

/* asked_fragment: "Asked whether Smith “has the integrity to serve,” 75
 * percent of voters said yes": a fragment q that a reporting clause after
 * it governs ("“...,” X said") but that stands in the question of a
 * passive "asked" opening the sentence with no one named to ask it is
 * part of that question, no one's words the text names: returns the
 * question's cue, or -1. The question keeps its record besides (its
 * content runs on over the answer, which it stands for). */
static int32_t
asked_fragment(const struct quote_finder *f, const struct quotation *q)
{
	int32_t ss = sentence_start(f, q->open);

	if (q->direct || q->cue < 0 || f->cues[q->cue].use != CU_BEFORE ||
	    f->cues[q->cue].t0 < q->open)
		return -1;
	for (size_t k = first_cue_from(f, ss); k < f->ncues &&
	    f->cues[k].t0 < q->open; k++) {
		const struct cue *c = &f->cues[k];

		if (!c->drop && passive_question(f, c) &&
		    (c->t0 == ss || (c->t0 == ss + 1 && word_is(f, ss, "When"))) &&
		    c->c0 <= q->open && c->c1 > q->close)
			return (int32_t)k;
	}
	return -1;
}

/* relative_object_quote: a fragment in an object relative clause
 * (object_relative_holder) is governed by the cue of that clause's verb
 * when the lexicon read one with that subject ("whom he described as");
 * else it is said by that subject, its verb the cue (subject_cue). */
static void
relative_object_quote(struct quote_finder *f, int32_t k)
{
	struct quotation *q = &f->qs[k];
	int32_t s0, s1, v = object_relative_holder(f, q, &s0, &s1), c;

	if (v < 0)
		return;
	c = f->cue_at[v];
	if (c >= 0 && !f->cues[c].drop && f->cues[c].s0 == s0 &&
	    !f->cues[c].inverted) {
		governs(f, k, c);
		return;
	}
	q->has_subject = true;
	q->subj0 = s0;
	q->subj1 = s1;
}

void
attach_quotations(struct quote_finder *f)
{
	int32_t prev = -1;
	bool dbl;

	if (f->nqs == 0)
		return;    /* nothing to attach: no cue governs a quotation */
	dbl = quotes_in_double(f);
	for (size_t k = 0; k < f->ncues; k++)
		if (!f->cues[k].drop && adjective_speaker(f, &f->cues[k]))
			f->cues[k].drop = true;
	inner_paint(f);
	before_contents(f);

	/* a show or a work named in quotation marks is no quote, whatever
	 * governs it, nor the value of markup (<tweet author="@user">) */
	for (size_t k = 0; k < f->nqs; k++)
		if (f->qs[k].top && !f->qs[k].drop && (named_in_marks(f, &f->qs[k]) ||
		    tok_punct(f, f->qs[k].open - 1, '=')))
			f->qs[k].drop = true;
	/* a fragment inside a report before a reporting clause is that
	 * report's: calling Trump “an orange buffoon,” Susan said */
	for (size_t k = 0; k < f->nqs; k++)
		if (f->qs[k].top && !f->qs[k].direct)
			governs(f, (int32_t)k, inner_report(f, &f->qs[k]));
	for (size_t k = 0; k < f->ncues; k++)
		if (!f->cues[k].drop && f->cues[k].quote >= 0) {
			governs(f, f->cues[k].quote, outer_of_np(f, (int32_t)k));
			governs(f, f->cues[k].quote2, (int32_t)k);
		}
	for (size_t k = 0; k < f->nqs; k++) {
		int32_t a = f->qs[k].top && !f->qs[k].drop ?
		    asked_fragment(f, &f->qs[k]) : -1;

		if (a >= 0)
			f->qs[k].cue = a;
	}
	for (size_t k = 0; k < f->nqs; k++)
		introduced(f, &f->qs[k]);
	for (size_t k = 0; k < f->nqs; k++) {
		struct quotation *q = &f->qs[k];

		if (!q->top || q->drop)
			continue;
		if (q->cue < 0 && !q->direct)
			relative_object_quote(f, (int32_t)k);
		if (q->cue < 0 && !q->has_subject)
			governs(f, (int32_t)k, source_before(f, q));
		if (q->cue < 0 && !q->has_subject &&
		    words_of_name(f, q, &q->subj0, &q->subj1))
			q->has_subject = true;
		if (q->cue < 0 && !q->has_subject)
			governs(f, (int32_t)k, outermost_report(f, q->open));
		if (q->cue < 0 && !q->has_subject &&
		    (!q->direct || tok_punct(f, q->open - 1, ':')))
			governs(f, (int32_t)k, colon_report(f, q));
		if (q->cue < 0 && !q->has_subject && subhead(f, q, dbl)) {
			q->drop = true;
			continue;
		}
		if (q->cue < 0 && !q->has_subject)
			q->has_subject = q->direct ?
			    colon_subject(f, q, &q->subj0, &q->subj1) :
			    sentence_subject(f, q, &q->subj0, &q->subj1);
		if (q->cue < 0 && !q->has_subject &&
		    colon_clause(f, q, &q->subj0, &q->subj1))
			q->has_subject = q->subj0 >= 0;
		else if (q->cue < 0 && !q->has_subject)
			continuation(f, (int32_t)k, prev);
		if (q->cue < 0 && !q->has_subject && !q->continues)
			q->has_subject = turned_to(f, q, &q->subj0, &q->subj1);
		if (q->cue < 0 && !q->has_subject && !q->continues &&
		    headline_phrase(f, q))
			q->has_subject = headline_subject(f, q, &q->subj0, &q->subj1);
		/* a title: a headline with its byline and the excerpt after
		 * them, a show before a role in it, a slogan with its year,
		 * a button; one a cue governs stays what that cue reports
		 * ("the “Avatar” star posted ...") */
		if (q->cue < 0 && cited_title(f, (int32_t)k)) {
			q->drop = true;
			continue;
		}
		/* “Top secret” is the highest level ...: a term discussed */
		if (q->cue < 0 && quoted_term(f, q)) {
			q->drop = true;
			continue;
		}
		if (q->cue < 0 && (!q->continues || (!q->direct && q->from_cue >= 0)) &&
		    (!q->has_subject || !q->direct) && title_like(f, q) &&
		    !headline_phrase(f, q)) {
			q->drop = true;
			continue;
		}
		if (q->cue >= 0) {
			int32_t j = speech_before_belief(f, q);

			if (j >= 0)
				q->cue = j;
		}
		prev = (int32_t)k;
	}
	inner_clear(f);
}

static struct quote *
new_quote(struct quote_finder *f)
{
	struct quote *q;

	if (f->nout == f->ocap) {
		f->ocap = f->ocap ? f->ocap * 2 : 64;
		f->out = xreallocarray(f->out, f->ocap, sizeof *f->out);
	}
	q = &f->out[f->nout++];
	memset(q, 0, sizeof *q);
	return q;
}

/* set_cue copies the cue and speaker spans of cue c into quote o. */
static void
set_cue(const struct quote_finder *f, struct quote *o, const struct cue *c)
{
	o->has_cue = true;
	o->cue_start = f->toks[c->t0].b;
	o->cue_end = f->toks[c->t1 - 1].e;
	if (c->s0 >= 0) {
		o->has_speaker = true;
		o->speaker_start = mention_start(f, c->s0);
		o->speaker_end = mention_end(f, c->s1);
	}
}

/* passive_question: "Asked whether he would run, Smith said ...": the
 * question of an interviewer the text does not name. */
static bool
passive_question(const struct quote_finder *f, const struct cue *c)
{
	return c->passive && c->s0 < 0 && c->use == CU_CLAUSE && (c->frames & FR_WH) &&
	    tok_has(f, c->c0, WC_WH) && !tok_is(f, c->c0, f->w_that);
}

/* quotes_after_content: does cue k govern quotations, all after the
 * content it reports, a clause or a noun phrase after the cue ("X said
 * the talks failed, which Y called “a farce”")? Then the content is a
 * report of its own besides them. */
static bool
quotes_after_content(const struct quote_finder *f, size_t k)
{
	const struct cue *c = &f->cues[k];
	bool any = false;

	if (c->use != CU_CLAUSE && c->use != CU_NP)
		return false;
	for (size_t i = 0; i < f->nqs; i++) {
		if (f->qs[i].cue != (int32_t)k)
			continue;
		if (f->qs[i].open < c->c1)
			return false;
		any = true;
	}
	return any;
}

static int
cmp_quote(const void *a, const void *b)
{
	const struct quote *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return (x->kind > y->kind) - (x->kind < y->kind);
}

void
emit_quotes(struct quote_finder *f)
{
	size_t *made = xcalloc(f->nqs + 1, sizeof *made);

	f->nout = 0;
	for (size_t k = 0; k < f->nqs; k++) {
		const struct quotation *q = &f->qs[k];
		struct quote *o;

		if (!q->top || q->drop)
			continue;
		o = new_quote(f);
		o->kind = q->direct ? QUOTE_DIRECT : QUOTE_PARTIAL;
		o->start = q->b;
		o->end = q->e;
		if (q->cue >= 0)
			set_cue(f, o, &f->cues[q->cue]);
		else if (same_sentence_cue(f, q))
			set_cue(f, o, &f->cues[q->from_cue]);
		else if (q->continues && q->from_cue >= 0) {
			const struct cue *c = &f->cues[q->from_cue];

			o->continues = true;
			o->has_speaker = true;
			o->speaker_start = mention_start(f, c->s0);
			o->speaker_end = mention_end(f, c->s1);
		} else if (q->continues) {
			const struct quote *from = &f->out[made[q->from]];

			/* a second fragment of the list shares its cue */
			o->continues = !(same_sentence_quote(f, q) && from->has_cue);
			if (!o->continues) {
				o->has_cue = true;
				o->cue_start = from->cue_start;
				o->cue_end = from->cue_end;
			}
			o->has_speaker = from->has_speaker;
			o->speaker_start = from->speaker_start;
			o->speaker_end = from->speaker_end;
		} else if (q->has_subject) {
			int32_t v = subject_cue(f, q);

			if (v >= 0) {
				o->has_cue = true;
				o->cue_start = f->toks[v].b;
				o->cue_end = f->toks[q->direct ? v :
				    verb_particle(f, v, q->open)].e;
			}
			o->has_speaker = true;
			o->speaker_start = mention_start(f, q->subj0);
			o->speaker_end = mention_end(f, q->subj1);
		}
		made[k] = f->nout - 1;
	}
	free(made);
	for (size_t k = 0; k < f->ncues; k++) {
		const struct cue *c = &f->cues[k];
		struct quote *o;

		if (c->drop || c->c0 < 0 || c->c1 <= c->c0 ||
		    (c->has_quote && !quotes_after_content(f, k)) ||
		    (c->s0 < 0 && !passive_question(f, c) &&
		    !(c->frames & FR_EVIDENT)) || c->use == CU_QUOTE)
			continue;
		o = new_quote(f);
		o->kind = QUOTE_INDIRECT;
		o->start = f->toks[c->c0].b;
		o->end = f->toks[c->c1 - 1].e;
		set_cue(f, o, c);
	}
	if (f->nout > 1)  /* qsort must not get NULL, even for 0 */
		sort_stable(f->out, f->nout, sizeof *f->out, cmp_quote);
}
