/* ends.c - where the content of each cue ends (and, for a reporting clause
 * after its content, where that starts), once every cue is known: at the
 * next reporting clause, the end of a relative or subordinate clause, an
 * aside set off by commas, a question, a speaker named after the content;
 * and the questions about verbs those ends ask. */
#include <string.h>

#include "cues.h"

static bool verb_between(const struct quote_finder *f, int32_t a, int32_t b);
static bool aside(const struct quote_finder *f, int32_t j, int32_t k);
static bool irregular_past(const struct quote_finder *f, int32_t k);

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

/* opener_phrase: do tokens [c0, c1) open like an adverbial whose first
 * word is no preposition, adverb or time word of the lexicon: "Back in
 * April", "Rather", "Worst of all", "More broadly", "far" (of "So far"),
 * or a short time phrase with no verb, "The next month", "That same
 * day", "Two hours after his first tweet"? */
bool
opener_phrase(const struct quote_finder *f, int32_t c0, int32_t c1)
{
	static const char *const openers[] = {
		"back", "rather", "worst", "best", "more", "far"
	};
	static const char *const which[] = {
		"next", "following", "same", "previous"
	};
	int32_t k = c0;

	if (word_among(f, c0, openers, sizeof openers / sizeof *openers))
		return true;
	if (c1 - c0 > 8 || !(tok_has(f, k, WC_DET | WC_QUANT) ||
	    (f->toks[k].flags & TF_DIGIT)) || tok_has(f, k, WC_PRON))
		return false;
	k++;
	if (word_among(f, k, which, sizeof which / sizeof *which))
		k++;
	if (k >= c1 || !tok_has(f, k, WC_TIME))
		return false;
	for (k = c0; k < c1; k++)
		if (f->toks[k].q >= 0 || (tok_lower(f, k) &&
		    tok_has(f, k, WC_AUX | WC_BE | WC_REL)))
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
	    (t->flags & TF_LY) || opener_phrase(f, c->c0, c->c1)) ||
	    tok_is(f, c->c0, f->w_according))
		return false;
	/* a subordinate clause alone before a verb with an addressee: the
	 * verb goes on with a complement ("wrote to investors, telling ...") */
	if (tok_is(f, c->t1, f->w_to) && lone_subordinate(f, c))
		return true;
	k = skip_adjunct_right(f, c->t1);
	return tok_word(f, k) && f->toks[k].q < 0 && !(f->toks[k].flags & TF_SENT);
}

/* dateline_end: "WASHINGTON, June 10 (UPI) — ...", "New York (AFP) – ...":
 * when token i opens a paragraph with a dateline (at most a dozen words,
 * commas and numbers, then an agency of one to three words in
 * parentheses and a dash), the token after the dash; else -1. */
static int32_t
dateline_end(const struct quote_finder *f, int32_t i)
{
	int32_t k = i, a;

	if (!(f->toks[i].flags & TF_PARA))
		return -1;
	while ((size_t)k < f->ntoks && k - i < 12 && f->toks[k].q < 0 &&
	    (tok_word(f, k) || tok_punct(f, k, ',') || tok_punct(f, k, '.')))
		k++;
	if (k == i || !tok_punct(f, k, '('))
		return -1;
	for (a = k + 1; tok_word(f, a) && (f->toks[a].flags & TF_CAP) &&
	    a - k <= 3; a++)
		;
	if (a == k + 1 || !tok_punct(f, a, ')') || (size_t)a + 1 >= f->ntoks ||
	    f->toks[a + 1].type != TK_PUNCT || (f->toks[a + 1].cp != 0x2014 &&
	    f->toks[a + 1].cp != 0x2013 && f->toks[a + 1].cp != '-'))
		return -1;
	return a + 2;
}

/* trim_end moves the end of cue c's content back over punctuation outside
 * quotations, and over conjunctions when conj ("... the dam, and"). */
static void
trim_end(const struct quote_finder *f, struct cue *c, bool conj)
{
	const struct tok *t;

	for (; c->c1 > c->c0; c->c1--) {
		t = &f->toks[c->c1 - 1];
		if (!(t->type == TK_PUNCT && t->q < 0) &&
		    !(conj && tok_has(f, c->c1 - 1, WC_CONJ)))
			break;
	}
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
		/* ..., as Smith noted: the comma before "as" */
		if (as_after_clause(f, c))
			b--;
		end = b - 1;    /* the comma */
		if (end < 0)
			return;
		/* a reporting clause opening a paragraph ("Trump Tells
		 * Supporters" after a closed sentence) reports nothing of the
		 * paragraph before */
		if ((f->toks[b].flags & TF_PARA) &&
		    !(f->toks[end].flags & TF_CLOSE))
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
	if (dateline_end(f, c->c0) > c->c0)
		c->c0 = dateline_end(f, c->c0);
	/* Asked whether ..., Smith said no: the question is not his report */
	if (c->quote < 0 && f->cue_at[c->c0] >= 0 &&
	    f->cues[f->cue_at[c->c0]].passive) {
		c->c0 = c->c1 = -1;
		c->drop = true;
		return;
	}
	if (c->quote >= 0 && f->qs[c->quote].open < c->c0)
		c->c0 = f->qs[c->quote].open;
	trim_end(f, c, false);
	if (c->c1 <= c->c0) {
		c->c0 = c->c1 = -1;
		c->drop = true;
	}
}

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
	trim_end(f, c, false);
	if (c->c1 <= c->c0)
		c->drop = true;
}

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
	return tok_is(f, k, f->w_who) || tok_is(f, k, f->w_which) ||
	    (tok_lower(f, k) && who_contraction(f, k)) ? k : -1;
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
	    (t->cls & ~(uint32_t)(WC_CUE | WC_REPORT | WC_PHRASAL)) ||
	    (t->flags & (TF_LY | TF_ING)) || (size_t)k + 1 >= f->ntoks)
		return false;
	return tok_has(f, k + 1, WC_DET | WC_OBJPRON | WC_QUANT) ||
	    (f->toks[k + 1].flags & TF_DIGIT) || tok_punct(f, k + 1, '$') ||
	    (tok_has(f, k + 1, WC_PREP) && !tok_is(f, k + 1, f->w_of));
}

/* predicate_at: does the predicate of a main clause start at token k,
 * after adverbs ("..., is pleased"; "..., later told reporters";
 * "..., warned of"; "..., spent at least"; "..., held talks")? */
static bool
predicate_at(const struct quote_finder *f, int32_t k)
{
	for (int32_t j = k; tok_word(f, j) && j - k < 3; j++)
		if (!((f->toks[j].cls & WC_ADV) || (f->toks[j].flags & TF_LY)) ||
		    (f->toks[j].cls & (WC_CONJ | WC_SUB | WC_PREP | WC_AUX)))
			return finite_aux(f, j) || finite_report(f, j) ||
			    past_verb(f, j) || unknown_verb(f, j) ||
			    (irregular_past(f, j) && tok_word(f, j + 1));
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

/* irregular_past: is token k one of a few common irregular past tenses
 * (spoke, held, went ...)? */
static bool
irregular_past(const struct quote_finder *f, int32_t k)
{
	static const char *const irregular[] = { "spoke", "held", "went",
	    "chose", "made", "took", "won", "lost", "left", "met", "ran",
	    "gave", "came", "became", "got", "sent", "wrote", "led", "drew",
	    "saw", "began", "brought", "found", "struck", "fell", "grew" };

	return lower_among(f, k, irregular, sizeof irregular / sizeof *irregular);
}

/* object_then_verb: does the main clause's predicate start at token k,
 * right after the noun phrase reported from c0 by a cue in a relative
 * clause with no comma: after adverbs in -ly, a verb in -ed (past_verb,
 * not -en: "an illegal alien") or a common irregular past tense before
 * its object or adjunct, or after a name a verb in -s before its object
 * ("a tweet that blasts Smith includes a map"), whose word before k is a
 * noun ("A baker who
 * backs the dam spoke at noon", "people who endorsed the plan sounded
 * equivocal", "a voter who backs Smith quietly left")? */
static bool
object_then_verb(const struct quote_finder *f, int32_t k, int32_t c0)
{
	int32_t v = k, p = k - 1;

	while (tok_word(f, v) && (f->toks[v].flags & TF_LY) &&
	    !(f->toks[v].cls & WC_NOTLY) && v - k < 2)
		v++;
	if (!(past_verb(f, v) && f->text[f->toks[v].e - 1] == 'd') &&
	    !(irregular_past(f, v) && tok_word(f, v + 1)) &&
	    !(verb_like(f, v) && f->text[f->toks[v].e - 1] == 's' &&
	    (f->toks[p].flags & TF_CAP) && !(f->toks[p].flags & TF_SENT) &&
	    (unknown_verb(f, v) || (tok_word(f, v + 1) &&
	    (f->toks[v + 1].flags & TF_CAP)))))
		return false;
	return p >= c0 && tok_word(f, p) && f->toks[p].q < 0 &&
	    !(f->toks[p].flags & (TF_LY | TF_ING)) &&
	    !((f->toks[p].flags & TF_ED) && f->text[f->toks[p].e - 1] == 'd') &&
	    !tok_has(f, p, WC_DET | WC_PREP | WC_CONJ | WC_SUB | WC_REL |
	    WC_WH | WC_QUANT | WC_AUX | WC_BE | WC_NEG | WC_ADV | WC_PRON) &&
	    !tok_is(f, p, f->w_to);
}

/* object_comma_end: does the noun phrase reported from c0 by a cue in a
 * relative clause with no comma end at token k, a comma before a
 * participle or a subordinate clause of the main clause ("voters who
 * identify themselves as independents, giving him 7 in 10 of their
 * votes", "leaders who back the mayor, while ...")? */
static bool
object_comma_end(const struct quote_finder *f, int32_t k)
{
	if (!tok_punct(f, k, ',') || f->toks[k].q >= 0 || !tok_lower(f, k + 1) ||
	    f->toks[k + 1].q >= 0)
		return false;
	return ((f->toks[k + 1].flags & TF_ING) &&
	    !tok_has(f, k + 1, WC_PREP | WC_DET) &&
	    !lower_word(f, k + 1, "including") &&
	    !lower_word(f, k + 1, "ranging")) ||
	    (tok_has(f, k + 1, WC_SUB) && !tok_is(f, k + 1, f->w_that));
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
		if (k > c->c0 && c->use == CU_NP && (object_then_verb(f, k, c->c0) ||
		    object_comma_end(f, k)))
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

/* nonfinite_cue: is cue c a participle in -ing, an infinitive after
 * "to" or a passive with no speaker ("when asked what ..."), a verb with
 * no subject of its own? */
static bool
nonfinite_cue(const struct quote_finder *f, const struct cue *c)
{
	return (tok_lower(f, c->t0) && (f->toks[c->t0].flags & TF_ING)) ||
	    tok_is(f, c->t0 - 1, f->w_to) || (c->passive && c->s0 < 0);
}

/* inner_aside: does cue c stand in an aside set off by a comma right
 * after the noun phrase opening its sentence, further on than the
 * aside's first word, a verb with no subject of its own ("Levin, a superdelegate supporting Clinton, said";
 * "Jones, speaking on the condition of anonymity to discuss the talks,
 * said"), with no quotation, colon, semicolon or dash between? */
static bool
inner_aside(const struct quote_finder *f, const struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0), m = c->t0 - 1, s0, s1;

	while (m > ss && !tok_punct(f, m, ',')) {
		if (f->toks[m].q >= 0 || tok_punct(f, m, ':') ||
		    tok_punct(f, m, ';') || dash_tok(&f->toks[m]))
			return false;
		m--;
	}
	return m > ss && skip_left(f, c->t0 - 1, m) > m &&
	    nonfinite_cue(f, c) && np_left(f, m - 1, ss, &s0, &s1) && s0 == ss;
}

/* inner_aside_end: the content of a cue in an aside after its
 * sentence's subject (inner_aside) ends where a relative clause's set
 * off by a comma does (comma_relative_end): at the comma before the main
 * clause's predicate. */
static void
inner_aside_end(struct quote_finder *f, struct cue *c)
{
	if (c->drop || c->c0 < c->t0 || c->quote >= 0 || !inner_aside(f, c))
		return;
	c->c1 = comma_relative_end(f, c);
}

/* gapped_relative: is cue c the verb of a relative clause set off by a
 * comma whose subject follows the pronoun ("the speech, which critics say
 * was his best, ended")? */
static bool
gapped_relative(const struct quote_finder *f, const struct cue *c)
{
	int32_t r = c->s0 - 1;

	return c->s0 > 0 && c->s0 < c->t0 && !c->inverted && !c->inherit &&
	    tok_lower(f, r) && (tok_is(f, r, f->w_which) ||
	    tok_is(f, r, f->w_who)) && tok_punct(f, r - 1, ',');
}

/* ing_reduced: is cue c a lower-case reporting verb in -ing right after
 * a noun of the subject that opens its sentence, a reduced relative
 * clause ("The group backing Smith praised the plan"; not "Smith,
 * backing Jones, said", "is backing")? */
static bool
ing_reduced(const struct quote_finder *f, const struct cue *c)
{
	return c->use == CU_NP && c->t1 == c->t0 + 1 && c->t0 > 0 &&
	    tok_lower(f, c->t0) && (f->toks[c->t0].flags & TF_ING) &&
	    c->s0 >= 0 && c->s0 == sentence_start(f, c->t0) &&
	    c->s1 <= c->t0 && !c->inverted && tok_word(f, c->t0 - 1) &&
	    !tok_has(f, c->t0 - 1, WC_AUX | WC_BE | WC_PREP | WC_CONJ |
	    WC_SUB | WC_PRON | WC_ADV);
}

/* ing_reduced_end: the content of a reduced relative's cue (ing_reduced)
 * ends as a relative clause's with no comma does (bare_relative_end), or
 * at a comma before it: an apposition or an aside of the subject
 * follows ("The head of the PAC backing Smith, Jane Doe, said"). */
static int32_t
ing_reduced_end(const struct quote_finder *f, const struct cue *c)
{
	int32_t e = bare_relative_end(f, c);

	for (int32_t k = c->c0 + 1; k < e; k++)
		if (tok_punct(f, k, ',') && f->toks[k].q < 0)
			return k;
	return e;
}

/* enclosing_relative: the token of the pronoun (who, which, whose) of a
 * relative clause set off by a comma that cue c stands in further on
 * than the pronoun's own verb ("Lee, who backed Jones and criticized his
 * plan, left"; "the group, whose members met to discuss it, raised"), or
 * -1: the nearest such pronoun before the cue in its sentence, with no
 * quotation, colon, semicolon or dash between, and no comma right before
 * the cue and its adverbs and auxiliaries (the relative clause closed:
 * "Lee, who ran twice, said"). */
static int32_t
enclosing_relative(const struct quote_finder *f, const struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0);

	for (int32_t k = c->t0 - 1; k > ss; k--) {
		if (f->toks[k].q >= 0 || tok_punct(f, k, ':') ||
		    tok_punct(f, k, ';') || dash_tok(&f->toks[k]))
			return -1;
		if (tok_lower(f, k) && (relative(f, k) || who_contraction(f, k)))
			return tok_punct(f, k - 1, ',') &&
			    !tok_punct(f, skip_left(f, c->t0 - 1, k), ',') ? k : -1;
	}
	return -1;
}

/* relative_end: the content of a cue in a relative clause ends where the
 * relative clause does (above); the punctuation and a conjunction before
 * that end are not content. */
static void
relative_end(struct quote_finder *f, struct cue *c)
{
	int32_t r, e;

	if (c->drop || c->c0 < 0 || c->c0 < c->t0)
		return;
	if ((r = relative_pronoun(f, c)) >= 0) {
		e = antecedent_cue_end(f, c, r);
		c->c1 = tok_punct(f, r - 1, ',') ? comma_relative_end(f, c) :
		    bare_relative_end(f, c);
		if (e < c->c1)
			c->c1 = e;
	} else if (gapped_relative(f, c))
		c->c1 = comma_relative_end(f, c);
	else if (ing_reduced(f, c))
		c->c1 = ing_reduced_end(f, c);
	else if (enclosing_relative(f, c) >= 0) {
		c->c1 = comma_relative_end(f, c);    /* a comma: nothing to trim */
		return;
	} else
		return;
	trim_end(f, c, true);
	if (c->c1 <= c->c0)
		c->drop = true;
}

/* subject_noun: is cue c a noun cue heading its sentence's subject, with
 * only its possessor and modifiers before it ("Smith's claim that ...
 * was false", "Her support for the plan surprised us", "Critics’
 * warnings that ... were ignored")? */
static bool
subject_noun(const struct quote_finder *f, const struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0), p;

	if (!(c->frames & FR_NOUN) && !((c->frames & FR_ABOUT) &&
	    !(c->frames & FR_NP)))
		return false;
	if (c->inherit || c->s0 != ss || c->s1 > c->t0)
		return false;
	p = before_modifiers(f, c->t0, ss);
	return p == c->s1 - 1 || (p == c->s1 && (f->toks[p].type == TK_POSS ||
	    plural_possessive(f, p)));
}

/* subject_noun_end: the content of a noun cue heading the subject ends
 * before the main verb, as a relative clause's does: a noun phrase before
 * its verb ("Kerry's announcement of the number came early": "the
 * number"), a clause before a finite auxiliary ("Smith's claim that the
 * dam is safe was denied": "the dam is safe"; not before a reporting verb
 * in -s, "... to prevent attacks like ..."). */
static void
subject_noun_end(struct quote_finder *f, struct cue *c)
{
	int32_t e;

	if (c->drop || c->c0 < 0 || c->c0 < c->t0 || !subject_noun(f, c))
		return;
	e = bare_relative_end(f, c);
	if (c->use == CU_CLAUSE && e < c->c1 && !finite_aux(f, e))
		return;
	c->c1 = e;
	trim_end(f, c, true);
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
	return (v->cls & ~(uint32_t)(WC_CUE | WC_REPORT | WC_PHRASAL)) == 0 &&
	    !(v->flags & (TF_LY | TF_ING)) && v->e - v->b > 2 &&
	    (tok_has(f, s1 + 1, WC_DET | WC_PREP | WC_ADV | WC_OBJPRON) ||
	    (tok_word(f, s1 + 1) && (f->toks[s1 + 1].flags & TF_LY)));
}

/* main_clause_after_adjunct: does a main clause (main_clause_at) start
 * at token k or right after an adjunct that opens it ("at the town hall
 * this week she said ...")? */
static bool
main_clause_after_adjunct(const struct quote_finder *f, int32_t k)
{
	int32_t j;

	if (main_clause_at(f, k))
		return true;
	j = skip_adjunct_right(f, k);
	return j > k && tok_word(f, j) && main_clause_at(f, j);
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
		if (main_clause_after_adjunct(f, k + 1) && (c->use == CU_NP ||
		    tok_is(f, c->c0, f->w_to) || verb_between(f, c->c0, k)) &&
		    !(j >= 0 && aside(f, j, k))) {
			c->c1 = k;
			return;
		}
		j = k;
	}
}

/* paren_aside_end: "... 250,000 refugees (Obama has proposed 10,000)":
 * a content read after its cue that ends with a parenthesis holding a
 * clause of its own (a verb or a relative pronoun) ends before it; the
 * aside is the writer's, not the report. */
static void
paren_aside_end(struct quote_finder *f, struct cue *c)
{
	int32_t j, e;

	if (c->drop || c->c0 < 0 || c->c0 < c->t0 || c->quote >= 0 ||
	    !tok_punct(f, c->c1 - 1, ')'))
		return;
	e = c->c1 - 1;
	for (j = e - 1; j > c->c0 && !tok_punct(f, j, '(') &&
	    !tok_punct(f, j, ')'); j--)
		;
	if (j <= c->c0 + 1 || !tok_punct(f, j, '(') || f->toks[j].q >= 0 ||
	    (!verb_between(f, j + 1, e) && !tok_has(f, j + 1, WC_REL)))
		return;
	c->c1 = j;
	trim_end(f, c, false);
}

/* quoted_relative_end: "Smith said observers were sent with the
 * marchers, whom he described as “peaceful,” for the whole route", "...
 * angering his supporters, both of which Jones praised “...”": a clause
 * read after its cue that ends, after a verb of its own, with a relative
 * clause set off by a comma (who, whom, which, whose, "both of which")
 * holding a quotation ends before it; the quotation is words about the
 * relative's antecedent, not the reported clause. */
static void
quoted_relative_end(struct quote_finder *f, struct cue *c)
{
	static const char *const shares[] = {
		"both", "all", "some", "most", "many", "none", "each", "one"
	};

	if (c->drop || c->c0 < 0 || c->c0 < c->t0 || c->use != CU_CLAUSE ||
	    c->quote >= 0)
		return;
	for (int32_t k = c->c0 + 2; k < c->c1 - 1; k++) {
		int32_t r = k + 1;

		if (!tok_punct(f, k, ',') || f->toks[k].q >= 0)
			continue;
		if (word_among(f, r, shares, sizeof shares / sizeof *shares) &&
		    tok_is(f, r + 1, f->w_of))
			r += 2;
		if ((!relative(f, r) && !word_is(f, r, "whom")) || is_pron(f, r + 1))
			continue;
		for (int32_t j = r + 1; j < c->c1; j++)
			if (f->toks[j].type == TK_QUOTE &&
			    (f->toks[j].flags & TF_OPEN) &&
			    verb_between(f, c->c0, k)) {
				c->c1 = k;
				trim_end(f, c, false);
				return;
			}
		return;
	}
}

/* cue_between: is there a cue other than c, not dropped, whose verb
 * lies in tokens [a, b) (the aside's own report, "what she called")? */
static bool
cue_between(const struct quote_finder *f, const struct cue *c, int32_t a,
    int32_t b)
{
	for (size_t i = 0; i < f->ncues; i++)
		if (&f->cues[i] != c && !f->cues[i].drop &&
		    f->cues[i].t0 >= a && f->cues[i].t0 < b)
			return true;
	return false;
}

/* aside_body: the first token of the aside that token k opens inside a
 * content, after its opener: a subordinating word ("because of “...”",
 * "after the storm left"), or a comma and a preposition with which or
 * whom (", in which"), "with" (", with his aide taking"), or a participle
 * that is no reporting verb (", leaving debts"); -1 when k opens none. */
static int32_t
aside_body(const struct quote_finder *f, int32_t k)
{
	int32_t r = k + 1;

	if (tok_lower(f, k) && tok_has(f, k, WC_SUB) && !tok_has(f, k, WC_REL |
	    WC_WH) && f->toks[k].wid != f->w_that && f->toks[k].wid != f->w_as)
		return r;    /* blocked the bill because of “poison pill” riders */
	if (!tok_punct(f, k, ',') || f->toks[k].q >= 0 || !tok_lower(f, r))
		return -1;
	if (tok_has(f, r, WC_PREP) && (tok_is(f, r + 1, f->w_which) ||
	    word_is(f, r + 1, "whom")))
		return r + 2;
	if (tok_is(f, r, f->w_with) && tok_word(f, r + 1))
		return r + 1;    /* , with his aide taking ... */
	if ((f->toks[r].flags & TF_ING) && !tok_has(f, r, WC_REPORT |
	    WC_PREP | WC_CONJ) && tok_word(f, r + 1))
		return r + 1;
	return -1;
}

/* quoted_aside_at: does token k, inside the content of cue c, open an
 * aside (aside_body) that holds a quotation before the content's end
 * ("in which she called for getting it “back on track”", ", leaving debts
 * the council described as “a mess”", ", with his aide taking to Twitter
 * to call X “...”", "after the storm left what she called “a mess”"),
 * with a cue of its own before the quotation (a fragment of the content's
 * own speech act keeps the one partial record: "because “...”")? */
static bool
quoted_aside_at(const struct quote_finder *f, const struct cue *c, int32_t k)
{
	int32_t r = aside_body(f, k);

	if (r < 0)
		return false;
	for (int32_t j = r; j < c->c1; j++)
		if (f->toks[j].type == TK_QUOTE && (f->toks[j].flags & TF_OPEN))
			return cue_between(f, c, r, j);
	return false;
}

/* quoted_aside_end: "The senator offered few specifics beyond an op-ed,
 * in which she called for getting the program “back on track”": a
 * content read after its cue (a noun phrase, or a clause after a verb of
 * its own) ends before an aside set off by a comma that holds a
 * quotation (quoted_aside_at); the quotation is words of the aside, and
 * the content keeps its own record. */
static void
quoted_aside_end(struct quote_finder *f, struct cue *c)
{
	if (c->drop || c->c0 < 0 || c->c0 < c->t0 || c->quote >= 0 ||
	    (c->use != CU_CLAUSE && c->use != CU_NP))
		return;
	for (int32_t k = c->c0 + 2; k < c->c1 - 1; k++)
		if (quoted_aside_at(f, c, k) && (c->use == CU_NP ||
		    verb_between(f, c->c0, k))) {
			c->c1 = k;
			trim_end(f, c, false);
			return;
		}
}

/* stance_on_it: "Democrats opposed it": is cue c a stance verb (support,
 * oppose, endorse, vote for) whose whole content is "it", the position it
 * takes on something named before? */
static bool
stance_on_it(const struct quote_finder *f, const struct cue *c)
{
	return c->use == CU_NP && stance_only(c) && c->c1 == c->c0 + 1 &&
	    f->toks[c->c0].wid == f->w_it && !(f->toks[c->c0].flags & TF_CAP);
}

/* contents finds where each report ends. */
void
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
			    !(f->toks[c->c0].cls & WC_PRON) && f->toks[c->c0].wid != f->w_it) &&
			    !stance_on_it(f, c)))
				c->drop = true;
			end_before_speaker(f, c);
			relative_end(f, c);
			subject_noun_end(f, c);
			participle_aside_end(f, c);
			inner_aside_end(f, c);
			subordinate_end(f, c);
			paren_aside_end(f, c);
			quoted_relative_end(f, c);
			quoted_aside_end(f, c);
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

/* phrase_opener_only: is token t a verb form the lexicon knows only as
 * the first word of cue phrases (sounded off on, took aim at)? */
static bool
phrase_opener_only(const struct tok *t)
{
	return (t->cls & (WC_PHRASAL | WC_REPORT)) == WC_PHRASAL;
}

/* verb_like: can the word at token i be a verb the lexicon does not know,
 * or knows only as the opener of cue phrases (retaliated, beamed, mocks;
 * sounded, as in "sounded off on")? */
bool
verb_like(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	if (!tok_lower(f, i) || t->q >= 0 ||
	    ((t->cls & WC_CUE) && !phrase_opener_only(t)) || (t->cls & (WC_PREP |
	    WC_DET | WC_CONJ | WC_SUB | WC_REL | WC_PRON | WC_OBJPRON | WC_ADV |
	    WC_QUANT | WC_TIME | WC_SPEAKER | WC_MODIFIER | WC_WH)) ||
	    (t->flags & (TF_LY | TF_ING)))
		return false;
	return (t->flags & TF_ED) || f->text[t->e - 1] == 's';
}
