/* use.c - is a match of the lexicon a report, and of which kind? A verb
 * used as a noun or an adjective ("the reported deal", "media reports"),
 * a passive ("when asked"), an evidential ("reportedly", "is said to be"),
 * advice ("may want to"), a name ("a website called X"), a headline
 * misread, a modifier ("press secretary"), a noun received from someone
 * ("his criticism drew praise"). */
#include <string.h>

#include "cues.h"

/* is_noun_form: can the word at token i be a noun (reports, claims)?
 * Not a mark nor a word the lexicon lacks (wid -1): the colon of
 * "DF:seven" may be a cue. */
bool
is_noun_form(const struct quote_finder *f, int32_t i)
{
	const struct lex_word *w;

	if (f->toks[i].cls & (WC_SPEAKER | WC_MODIFIER))
		return true;
	if (f->toks[i].wid < 0)
		return false;
	w = &f->lx->words[f->toks[i].wid];
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

/* another_subject: "Another said", "Yet another tweeted", ", and another
 * wrote": the verb at token i after "another" standing alone as the
 * subject (opening the sentence, or after a comma, a conjunction or
 * "yet"), a form that is no noun ("said", "tweeted"; not "another
 * report") nor a naming ("a firm called X, and another called Y"). */
static bool
another_subject(const struct quote_finder *f, int32_t i)
{
	static const char *const naming[] = { "called", "named", "dubbed" };
	int32_t p = i - 1;

	if (!word_is(f, p, "another") ||
	    (is_noun_form(f, i) && !(f->toks[i].flags & TF_ED)) ||
	    word_among(f, i, naming, sizeof naming / sizeof *naming))
		return false;
	return (f->toks[p].flags & TF_SENT) || tok_punct(f, p - 1, ',') ||
	    tok_has(f, p - 1, WC_CONJ) || tok_is(f, p - 1, f->w_yet);
}

/* floating_each: "The Times and the Post each called it", "the two
 * men each said": the verb at token i after a lower-case "each" that
 * follows its plural subject (a word, not a preposition, determiner or
 * verb of the lexicon), a past form that is no noun ("said", "called";
 * not "each report", "each statement"). */
static bool
floating_each(const struct quote_finder *f, int32_t i)
{
	int32_t p = i - 1;

	if (p < 1 || !lower_word(f, p, "each") || !tok_word(f, p - 1) ||
	    (f->toks[p].flags & TF_SENT) || tok_has(f, p - 1, WC_PREP |
	    WC_DET | WC_CONJ | WC_SUB | WC_REL | WC_CUE | WC_AUX | WC_BE) ||
	    is_noun_form(f, i))
		return false;
	return (f->toks[i].flags & TF_ED) || f->text[f->toks[i].e - 1] != 's';
}

/* adverb_back: "she wrote back: “...”", "he said back in May", "he was
 * back home", "wrested back control": "back" right after a verb (a
 * reporting verb that is no noun, a form of be, a verb in -ed) is an
 * adverb, not the stance verb "back" ("they will back him", "women back
 * him", "media reports back" keep it). */
bool
adverb_back(const struct quote_finder *f, int32_t i)
{
	const struct tok *p;

	if (i < 1 || !lower_word(f, i, "back") || (f->toks[i].flags & TF_SENT))
		return false;
	p = &f->toks[i - 1];
	if (p->type != TK_WORD || p->q >= 0 || (p->flags & TF_CAP))
		return false;
	return (p->flags & TF_ED) || (p->cls & WC_BE) ||
	    ((p->cls & WC_CUE) && !is_noun_form(f, i - 1));
}

/* verb_of_speaker: "The senator claims his worth is ...", "the
 * campaign claims that ...", "the paper notes the government ...": is
 * the form in -s at token i, right after a singular speaker noun (no -s)
 * whose noun phrase opens with a determiner or a possessive, the verb of
 * that noun, a clause (or "that" and one) after it? A bare clause only
 * after a verb that takes no addressee ("The campaign promises he made
 * were broken" stays a noun). */
static bool
verb_of_speaker(const struct quote_finder *f, int32_t i)
{
	const struct tok *p = &f->toks[i - 1];
	const struct lex_word *w = &f->lx->words[f->toks[i].wid];
	int32_t k = i - 2;

	if (f->text[f->toks[i].e - 1] != 's' || !tok_lower(f, i - 1) ||
	    !(p->cls & WC_SPEAKER) || (p->cls & WC_MODIFIER) ||
	    f->text[p->e - 1] == 's')
		return false;
	/* over up to two modifiers: The Turkish government, his entire team */
	while (k >= 0 && i - 2 - k < 2 && tok_word(f, k) &&
	    !(f->toks[k].cls & (WC_DET | WC_PREP | WC_CONJ | WC_REPORT)) &&
	    !(f->toks[k].flags & TF_SENT))
		k--;
	if (k < 0 || !(tok_has(f, k, WC_DET) || f->toks[k].type == TK_POSS))
		return false;
	/* many of the campaign pledges he made: an object, no subject */
	if (tok_has(f, k, WC_DET) && k > 0 && tok_has(f, k - 1, WC_PREP |
	    WC_REPORT))
		return false;
	if (tok_is(f, i + 1, f->w_that))
		return clause_like(f, i + 2, true);
	for (int32_t e = 0; e < w->ncues; e++)
		if (f->lx->cues[w->cue0 + e].frames & FR_OBJECT)
			return false;
	return clause_like(f, i + 1, false);
}

/* noun_use: is the verb at token i used as a noun or an adjective? */
bool
noun_use(const struct quote_finder *f, int32_t i)
{
	const struct tok *p;

	if (i == 0 || (f->toks[i].flags & TF_SENT))
		return false;
	p = &f->toks[i - 1];
	/* Rubio's statement, but he's said, who's argued */
	if (p->type == TK_POSS)
		return !(i >= 2 && (tok_has(f, i - 2, WC_PRON) ||
		    tok_is(f, i - 2, f->w_who)));
	if (p->type != TK_WORD)
		return false;
	if (another_subject(f, i) || floating_each(f, i))
		return false;
	if ((p->cls & WC_DET) && !(p->cls & WC_PRON) && p->wid != f->w_that)
		return true;    /* the reported deal, his statement */
	/* the Friday attacks, the January pledge: a day or a month after a
	 * determiner modifies a noun */
	if ((p->cls & WC_TIME) && (p->flags & TF_CAP) && i >= 2 &&
	    tok_has(f, i - 2, WC_DET) && !(f->toks[i].flags & TF_ED))
		return true;
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
	return !(p->flags & TF_LY) && !as_speaker_verb(f, i) &&
	    !verb_of_speaker(f, i);
}

/* named_attack: "the Orlando attack now ranks", "the Paris attacks
 * compel voters", "The Romney attack hit Trump": attack or attacks right
 * after a determiner and a capitalised word is a noun the place or
 * person modifies (an act of violence or a campaign's attack), not the
 * verb of a subject "the Orlando". */
bool
named_attack(const struct quote_finder *f, int32_t i)
{
	const struct tok *p;

	if (i < 2 || !tok_lower(f, i))
		return false;
	p = &f->toks[i - 1];
	if (p->type != TK_WORD || !(p->flags & TF_CAP) || (p->flags & TF_SENT) ||
	    !tok_has(f, i - 2, WC_DET) || tok_has(f, i - 2, WC_PRON))
		return false;
	return word_is(f, i, "attack") || word_is(f, i, "attacks");
}

static bool
participle_form(const struct tok *t)
{
	return !(t->flags & TF_ING) && (t->flags & TF_ED || t->wid >= 0);
}

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
bool
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
bool
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

/* received_by_have: "Clinton has the support of women": is the form of
 * have at token v, before noun cue c, a verb of receiving: no participle
 * between them ("has fielded sharp criticism" is fielded's object)? */
static bool
received_by_have(const struct quote_finder *f, int32_t v, const struct cue *c)
{
	static const char *const have[] = { "has", "have", "had", "having" };

	if (!word_among(f, v, have, sizeof have / sizeof *have))
		return true;
	for (int32_t k = v + 1; k < c->t0; k++)
		if (f->toks[k].flags & TF_ED)
			return false;
	return true;
}

/* said_after_source: "Smith faced criticism from rivals that his rallies
 * are unsafe", "drew warnings from experts about the virus": the
 * that-clause, or the noun phrase or wh-clause after "about", right after
 * the source of received cue c is what the source said, c's content in
 * place of the receiver. */
static void
said_after_source(const struct quote_finder *f, struct cue *c)
{
	int32_t k = c->s1;

	if ((size_t)k + 1 >= f->ntoks || (f->toks[k + 1].flags & TF_SENT))
		return;
	if (tok_is(f, k, f->w_that) && tok_word(f, k + 1) &&
	    !(f->toks[k + 1].cls & (WC_AUX | WC_BE))) {
		c->use = CU_CLAUSE;
	} else if (tok_is(f, k, f->w_about) && (np_start(f, k + 1) ||
	    (tok_has(f, k + 1, WC_WH) && !tok_is(f, k + 1, f->w_that)))) {
		c->use = CU_NP;
	} else
		return;
	c->c0 = k + 1;
	c->c1 = -1;
}

/* received_for: "Smith faced criticism for his remarks from Jones":
 * received cue c right before "for", a noun phrase and "from" with its
 * source reports that noun phrase, what the criticism is for, said by
 * the source; true when so. (With no source, "faced criticism for the
 * remark" reports its subject, as before.) */
static bool
received_for(const struct quote_finder *f, struct cue *c)
{
	int32_t a0, a1, s0, s1;

	if (!tok_is(f, c->t1, f->w_for) || !np_start(f, c->t1 + 1) ||
	    !np_right(f, c->t1 + 1, &a0, &a1, NP_OBJECT) ||
	    !tok_is(f, a1, f->w_from) || !np_right(f, a1 + 1, &s0, &s1, NP_OBJECT))
		return false;
	c->use = CU_NP;
	c->c0 = c->t1 + 1;
	c->c1 = a1;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* received_noun: "the plan drew sharp criticism from Jones", "Smith has
 * faced criticism", "Cruz won the endorsement of Walker": a noun (f) the
 * object of a verb of receiving (face, draw, receive, come under, win,
 * earn, pick up, have) reports what is criticised or backed, the
 * subject of that verb (a relative pronoun after a comma: "Cruz, who had
 * the backing of X"), with the source after "from" or the cue's own "of"
 * (no one without it). */
void
received_noun(struct quote_finder *f, struct cue *c, int32_t ss)
{
	static const char *const verbs[] = {
		"face", "faces", "faced", "facing", "draw", "draws", "drew",
		"drawn", "drawing", "receive", "receives", "received",
		"receiving", "attract", "attracts", "attracted", "attracting",
		"get", "gets", "got", "gotten", "getting", "spark", "sparks",
		"sparked", "sparking", "endure", "endures", "endured", "under",
		"win", "wins", "won", "winning", "earn", "earns", "earned",
		"earning", "gain", "gains", "gained", "gaining", "secure",
		"secures", "secured", "securing", "snag", "snags", "snagged",
		"snagging", "enjoy", "enjoys", "enjoyed", "enjoying", "has",
		"have", "had", "having", "up"
	};
	static const char *const picked[] = {
		"pick", "picks", "picked", "picking"
	};
	const size_t nverbs = sizeof verbs / sizeof *verbs;
	int32_t v = c->t0 - 1, s0, s1, n;

	/* drew harsh criticism, faced a wave of criticism */
	while (v > ss && c->t0 - v < 4 && !word_among(f, v, verbs, nverbs) &&
	    (adjective_like(f, v) || degree_word(f, v) ||
	    tok_has(f, v, WC_DET | WC_QUANT) || tok_is(f, v, f->w_of)))
		v--;
	if (v <= ss || !tok_lower(f, v) || !word_among(f, v, verbs, nverbs) ||
	    !received_by_have(f, v, c))
		return;
	/* came under criticism, picked up the endorsement */
	if (word_is(f, v, "under") && !(word_is(f, v - 1, "came") ||
	    word_is(f, v - 1, "come") || word_is(f, v - 1, "comes") ||
	    word_is(f, v - 1, "coming")))
		return;
	if (word_is(f, v, "up") && !word_among(f, v - 1, picked,
	    sizeof picked / sizeof *picked))
		return;
	if (word_is(f, v, "under") || word_is(f, v, "up"))
		v--;
	if (received_for(f, c))
		return;
	for (v--; v >= ss && tok_has(f, v, WC_BE) && tok_lower(f, v); v--)
		v = skip_left(f, v - 1, ss) + 1;
	n = skip_left(f, v, ss);
	/* Cruz, who had the backing of X: the relative pronoun */
	if (n > ss && relative(f, n) && tok_punct(f, n - 1, ',')) {
		s0 = n;
		s1 = n + 1;
	} else if (!np_left(f, n, ss, &s0, &s1))
		return;
	c->use = CU_NP;
	c->c0 = s0;
	c->c1 = s1;
	if (tok_is(f, c->t1 - 1, f->w_of))
		n = c->t1 - 1;    /* the endorsement of X */
	else
		n = tok_is(f, c->t1, f->w_from) ? c->t1 : skip_adjunct_right(f, c->t1);
	if ((tok_is(f, n, f->w_from) || n == c->t1 - 1) &&
	    np_right(f, n + 1, &s0, &s1, NP_OBJECT)) {
		c->s0 = s0;
		c->s1 = s1;
		said_after_source(f, c);
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
bool
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
bool
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
bool
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

/* impersonal_participle: "it's worth pointing out that", "it means
 * admitting that": is cue c, a participle, read with "worth" or "means"
 * for its speaker, after an "it" (and a form of be before "worth")? Then
 * no one is named to say it. */
bool
impersonal_participle(const struct quote_finder *f, const struct cue *c)
{
	int32_t p;

	if (c->s0 < 0 || c->s1 - c->s0 != 1 || c->s1 != c->t0 ||
	    !(f->toks[c->t0].flags & TF_ING) || !tok_lower(f, c->t0))
		return false;
	p = c->s0 - 1;
	if (lower_word(f, c->s0, "worth") && p > 0 &&
	    (tok_has(f, p, WC_BE) || f->toks[p].type == TK_POSS))
		p--;
	else if (!lower_word(f, c->s0, "means"))
		return false;
	return p >= 0 && tok_is(f, p, f->w_it);
}

/* headline_misread: in a headline in Title Case, is cue c, a word in -s,
 * a plural noun that a verb of the lexicon in its plain form follows, the
 * head of the subject ("Paris Terror Attacks Highlight Threat"), not a
 * verb? */
bool
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
bool
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
bool
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
bool
modifier_use(const struct quote_finder *f, const struct cue *c)
{
	const uint32_t takes = FR_THAT | FR_BARE | FR_WH | FR_TO | FR_NP |
	    FR_AS | FR_OBJECT | FR_NOUN | FR_ABOUT | FR_SOURCE | FR_FROM;

	return !(c->frames & takes) && !(f->toks[c->t0].flags & (TF_ING | TF_ED)) &&
	    !tok_has(f, c->t0 - 1, WC_AUX | WC_PRON | WC_NEG) &&
	    tok_lower(f, c->t1) && f->toks[c->t1].q < 0 &&
	    tok_has(f, c->t1, WC_PERSON | WC_GROUP);
}

/* finite_after: does the content of cue c open with a finite verb (an
 * auxiliary, a form of be, a verb in -s or -ed, after an adverb at
 * most), "the Paris attacks compel voters", "the report could not"? */
static bool
finite_after(const struct quote_finder *f, const struct cue *c)
{
	int32_t k = c->c0;

	if (k != c->t1)
		return false;
	if (tok_lower(f, k) && (f->toks[k].cls & WC_ADV) && k + 1 < (int32_t)f->ntoks)
		k++;
	if (!tok_lower(f, k) || f->toks[k].q >= 0 || !verb_like(f, k))
		return tok_lower(f, k) && tok_has(f, k, WC_AUX | WC_BE);
	/* a verb in -s agrees with a singular noun only: "Trump reports
	 * investments" has its object there */
	return (f->toks[k].flags & TF_ED) ||
	    f->text[f->toks[c->t0].e - 1] != 's';
}

/* subject_head: "The October report exceeded expectations", "the Paris
 * attacks compel voters to look again", "Jobs report gives Democrats a
 * lift": a form that is also a noun, right after its would-be speaker
 * (no pronoun, no relative before it) and right before a finite verb,
 * is the head of that verb's subject, not a verb of speech. */
bool
subject_head(const struct quote_finder *f, const struct cue *c)
{
	if (c->t1 != c->t0 + 1 || c->s0 < 0 || c->s1 != c->t0 || c->c0 < 0 ||
	    c->inverted || !is_noun_form(f, c->t0) ||
	    (f->toks[c->t0].flags & (TF_ING | TF_ED)))
		return false;
	if (tok_has(f, c->s1 - 1, WC_PRON | WC_OBJPRON) ||
	    (c->s0 > 0 && tok_has(f, c->s0 - 1, WC_REL | WC_WH)))
		return false;
	return finite_after(f, c);
}

/* person_object: the token after the person object of a verb opening at
 * token k: him, her or them, or a run of capitalised words ("Sen. Ron
 * Johnson", "Donald Trump and Ted Cruz"); -1 when none opens there or it
 * is the modifier or possessor of a noun ("her claims", "EU unity",
 * "Trump's claims"). A capitalised function word ends the run (Title
 * Case: "Challenging Her Opponent To A Debate"). */
static int32_t
person_object(const struct quote_finder *f, int32_t k)
{
	const uint32_t function = WC_PREP | WC_CONJ | WC_SUB | WC_ADV | WC_REL;
	int32_t j = k;

	if (tok_lower(f, k) && tok_has(f, k, WC_OBJPRON))
		j++;
	else
		while (tok_word(f, j) && f->toks[j].q < 0 && !(f->toks[j].flags &
		    TF_SENT) && (((f->toks[j].flags & TF_CAP) &&
		    !tok_has(f, j, function)) ||
		    (j > k && tok_is(f, j, f->w_and) && tok_word(f, j + 1) &&
		    (f->toks[j + 1].flags & TF_CAP))))
			j += tok_punct(f, j + 1, '.') && tok_has(f, j, WC_ABBR) ? 2 : 1;
	if (j == k || (size_t)j >= f->ntoks)
		return j == k ? -1 : j;
	if (f->toks[j].type == TK_POSS || (tok_lower(f, j) && !tok_has(f, j,
	    function)))
		return -1;
	return j;
}

/* contest_use: "Russ Feingold, who is challenging Sen. Ron Johnson",
 * "the chance for Sanders to challenge her": challenge with a person for
 * its object and no "to", "over", "on" or "about" after it in its clause
 * is running against that person in an election, not a report
 * ("challenging Republicans to prove", "challenging him over his
 * comments" and "challenge his thinking" stay). */
bool
contest_use(const struct quote_finder *f, const struct cue *c)
{
	static const char *const forms[] = {
		"challenge", "challenges", "challenged", "challenging"
	};
	static const char *const asks[] = { "to", "over", "on", "about" };
	int32_t k;

	if (c->use != CU_NP || c->c0 < 0 || c->t1 != c->t0 + 1 ||
	    (f->text[f->toks[c->t0].b] | 0x20) != 'c' ||
	    !word_among(f, c->t0, forms, sizeof forms / sizeof *forms))
		return false;
	k = person_object(f, c->c0);
	if (k < 0)
		return false;
	for (; tok_word(f, k) && !(f->toks[k].flags & TF_SENT); k++)
		if (word_among(f, k, asks, sizeof asks / sizeof *asks))
			return false;
	return true;
}

/* white_house: is token k "White" before "House" ("seeking the White
 * House": the presidency)? */
static bool
white_house(const struct quote_finder *f, int32_t k)
{
	return word_is(f, k, "white") && (f->toks[k].flags & TF_CAP) &&
	    word_is(f, k + 1, "house");
}

/* office_sought: "Marco Rubio, who is seeking reelection", "was not
 * seeking a fifth term", "also seeking the Democratic nomination",
 * "seeking to replace Sen. Reid": seek with an office for its object
 * (nomination, presidency, reelection, a term, a seat, an office), or to
 * replace or succeed someone, or the White House, is running for it,
 * not a stance. */
bool
office_sought(const struct quote_finder *f, const struct cue *c)
{
	static const char *const forms[] = {
		"seek", "seeks", "sought", "seeking"
	};
	static const char *const offices[] = {
		"nomination", "presidency", "reelection", "re-election", "term",
		"seat", "seats", "office"
	};
	const struct tok *t = &f->toks[c->t0];
	int32_t k = c->c0;

	/* the first letters first: most cues are said and says */
	if (k < 0 || c->t1 != c->t0 + 1 || t->e - t->b < 4 ||
	    (f->text[t->b] | 0x20) != 's' || f->text[t->b + 1] == 'a' ||
	    !word_among(f, c->t0, forms, sizeof forms / sizeof *forms))
		return false;
	if (tok_is(f, k, f->w_to))
		return lower_word(f, k + 1, "replace") ||
		    lower_word(f, k + 1, "succeed");
	for (; k < c->c0 + 5 && tok_word(f, k) && f->toks[k].q < 0 &&
	    !tok_has(f, k, WC_PREP | WC_CONJ | WC_REL); k++)
		if (word_among(f, k, offices, sizeof offices / sizeof *offices) ||
		    white_house(f, k))
			return true;
	return false;
}

/* backing_measure: "Clinton has strong support among black voters",
 * "twice as much support overall", "his backing among evangelicals":
 * support or backing right before "among" or "overall" is how much
 * backing someone has in a group (a poll's measure), not a stance anyone
 * states. */
bool
backing_measure(const struct quote_finder *f, const struct cue *c)
{
	static const char *const nouns[] = { "support", "backing" };
	static const char *const measures[] = { "among", "overall" };

	return c->t1 == c->t0 + 1 &&
	    lower_among(f, c->t1, measures, sizeof measures / sizeof *measures) &&
	    lower_among(f, c->t0, nouns, sizeof nouns / sizeof *nouns);
}

/* goods_offered: "offering family-friendly amenities", "offer refuge to
 * those", "offering $30 billion", "does not offer workers a single day of
 * paid leave": offer with goods, money, a place or leave among the first
 * words of its object is a sale or a gift, not a statement ("offered his
 * condolences", "offer a preview" stay). */
bool
goods_offered(const struct quote_finder *f, const struct cue *c)
{
	static const char *const forms[] = {
		"offer", "offers", "offered", "offering"
	};
	static const char *const goods[] = {
		"amenities", "refuge", "beer", "slot", "leave", "protections",
		"perk", "reach", "opportunity", "price", "classes", "courses",
		"betting", "billion", "million", "discounts", "rides", "food",
		"insurance", "coverage", "services", "products", "jobs"
	};
	int32_t k;

	/* the first letter before the word list: most cues are no offer */
	if (c->c0 < c->t1 || c->t1 != c->t0 + 1 ||
	    (f->text[f->toks[c->t0].b] | 0x20) != 'o' ||
	    !word_among(f, c->t0, forms, sizeof forms / sizeof *forms))
		return false;
	for (k = c->c0; (size_t)k < f->ntoks && k < c->c0 + 10 &&
	    f->toks[k].q < 0 && !(k > c->c0 && (f->toks[k].flags & TF_SENT)) &&
	    (tok_word(f, k) || tok_punct(f, k, '$')); k++)
		if (tok_punct(f, k, '$') || lower_among(f, k, goods,
		    sizeof goods / sizeof *goods))
			return true;
	return false;
}
