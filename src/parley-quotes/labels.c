/* labels.c - cues read from their place rather than from the lexicon: a
 * speaker and a colon opening a paragraph ("Poll: Clinton leads", "Q:
 * ..."), a verb the lexicon lacks right after a quotation with only its
 * subject ("“...,” an angry Hollande retaliated"), a dash credit line
 * after a quoted paragraph, a transcript's speaker labels. */
#include "cues.h"

/* paragraph_last returns the last token of the paragraph of token i. */
int32_t
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

/* watch_group: is the mention [s0, s1) a group whose name ends in
 * "Watch" ("Judicial Watch", "Human Rights Watch"), a capitalised word
 * that is no determiner, auxiliary or label before it, not a section
 * label ("Watch:", "Must Watch:", "Video Watch:")? */
static bool
watch_group(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	return s1 - s0 >= 2 && word_is(f, s1 - 1, "watch") &&
	    (f->toks[s1 - 1].flags & TF_CAP) && !(f->toks[s1 - 1].flags & TF_UPPER) &&
	    tok_word(f, s1 - 2) && (f->toks[s1 - 2].flags & TF_CAP) &&
	    !tok_has(f, s1 - 2, WC_DET | WC_AUX | WC_ADV) &&
	    !section_label(f, s1 - 2);
}

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

/* label_fragment: are tokens [c0, last] after a label and a colon three
 * words or fewer, no quotation among them ("Clinton: Keep it.", "Carson: A
 * miracle.", "Q: Does Ted Cruz?"): a caption, a goal or a broken-off
 * question, not what the label says? */
static bool
label_fragment(const struct quote_finder *f, int32_t c0, int32_t last)
{
	int words = 0;

	for (int32_t k = c0; k <= last; k++) {
		if (f->toks[k].q >= 0 || f->toks[k].type == TK_QUOTE)
			return false;
		words += tok_word(f, k);
	}
	return words <= 3;
}

/* headline_addressee: in a document's title, "Clinton to Planned
 * Parenthood: Trump will ...", "Former AG Mukasey at RNC: ...", "CNN
 * President On Trump: ‘...’": after the speaker at s1, "to", "at" or "on"
 * and up to eight words in Title Case (no other punctuation) before a
 * colon. Returns the colon's token, or -1. */
static int32_t
headline_addressee(const struct quote_finder *f, int32_t s1)
{
	int32_t k;

	if ((size_t)s1 >= f->ntoks || f->toks[s1].para != 0 ||
	    !(tok_is(f, s1, f->w_to) || tok_is(f, s1, f->w_at) ||
	    tok_is(f, s1, f->w_on)))
		return -1;
	for (k = s1 + 1; (size_t)k < f->ntoks && k - s1 <= 9; k++) {
		const struct tok *t = &f->toks[k];

		if (tok_punct(f, k, ':'))
			return k > s1 + 1 ? k : -1;
		if ((t->flags & TF_SENT) || t->q >= 0 || (t->type == TK_PUNCT &&
		    !tok_punct(f, k, '.')) || (t->type == TK_WORD &&
		    !(t->flags & (TF_CAP | TF_DIGIT))))
			return -1;
	}
	return -1;
}

/* label_cue: a new cue read from its place, not from the lexicon: token
 * t is its cue and [s0, s1) its speaker, whose clause opens at clause0. */
static struct cue *
label_cue(struct quote_finder *f, int32_t t, int32_t s0, int32_t s1,
    int32_t clause0)
{
	struct cue *c = new_cue(f);

	c->t0 = t;
	c->t1 = t + 1;
	c->entry = -1;
	c->s0 = s0;
	c->s1 = s1;
	c->clause0 = clause0;
	return c;
}

/* after_label_dash: "EXCLUSIVE – Roger Stone: Don't ...": when token i
 * is a section label and a dash follows it before a capitalised word of
 * the same paragraph, that word's token; i when not. */
static int32_t
after_label_dash(const struct quote_finder *f, int32_t i)
{
	if ((size_t)i + 2 < f->ntoks && dash_tok(&f->toks[i + 1]) &&
	    tok_word(f, i + 2) && (f->toks[i + 2].flags & TF_CAP) &&
	    f->toks[i + 2].q < 0 && f->toks[i + 2].para == f->toks[i].para &&
	    section_label(f, i))
		return i + 2;
	return i;
}

/* colon_label: "Trump: My plans aren't set in stone." / "Poll: Clinton
 * leads" / "Q: How did things go?": a paragraph opened by a speaker
 * mention and a colon reports the rest of the paragraph (a headline, a
 * transcript); in the title, the mention may be followed by whom or where
 * it speaks ("Clinton to Planned Parenthood: ..."). The cue is the colon.
 * Returns the token after it, or -1. */
int32_t
colon_label(struct quote_finder *f, int32_t i)
{
	int32_t s0, s1, last, c0, colon;
	struct cue *c;

	i = after_label_dash(f, i);
	if (!np_right(f, i, &s0, &s1, 0) || s0 != i || s1 - s0 > 5)
		return -1;
	colon = tok_punct(f, s1, ':') ? s1 : headline_addressee(f, s1);
	if (colon < 0 || f->toks[colon].q >= 0 ||
	    !(f->toks[s0].flags & TF_CAP) || !np_is_speaker(f, s0, s1, false))
		return -1;
	for (int32_t k = s0; k < s1; k++)
		if (tok_word(f, k) && !(f->toks[k].flags & (TF_CAP | TF_DIGIT)) &&
		    !(f->toks[k].cls & WC_SPEAKER))
			return -1;    /* a lower-case word: no label */
	if (section_label(f, s1 - 1) && !watch_group(f, s0, s1))
		return -1;    /* Related:, The Latest: */
	c0 = colon + 1;
	last = paragraph_last(f, colon);
	while (last > c0 && f->toks[last].type == TK_PUNCT && f->toks[last].q < 0 &&
	    f->toks[last].cp != '?' && f->toks[last].cp != '!')
		last--;
	if ((size_t)c0 >= f->ntoks || c0 > last ||
	    f->toks[c0].para != f->toks[colon].para)
		return -1;
	if (!label_statement(f, c0, last))
		return -1;    /* Smith: 1,501. Iowa: Ann Lee, Bo Li, Cy Ng */
	if (!(f->toks[s1 - 1].flags & TF_UPPER) && label_fragment(f, c0, last))
		return -1;    /* Clinton: Keep it. (TAPPER: Why not? speaks) */
	c = label_cue(f, colon, s0, s1, s0);
	if ((f->toks[c0].flags & TF_OPEN) && f->toks[c0].q >= 0) {
		c->use = CU_QUOTE;
		c->quote = f->toks[c0].q;
	} else {
		c->use = CU_CLAUSE;
		c->c0 = c0;
		c->c1 = last + 1;
	}
	return colon + 1;
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

/* state_verb: "state", "states": nouns the lexicon leaves out ("stated"
 * is in it), a verb only where a reporting clause must stand: “...,” a
 * voice-over in the ad states. */
static bool
state_verb(const struct quote_finder *f, int32_t v)
{
	return lower_word(f, v, "states") || lower_word(f, v, "state");
}

/* verb_ends_clause: can token v be the verb of a reporting clause that
 * ends with it or goes on with adjuncts only ("states.", "states in the
 * white paper, which ...")? */
static bool
verb_ends_clause(const struct quote_finder *f, int32_t v)
{
	return (verb_like(f, v) || cue_not_after(f, v, false) ||
	    state_verb(f, v)) && (clause_done(f, v + 1) || (tok_lower(f, v + 1) &&
	    tok_has(f, v + 1, WC_PREP) && !tok_has(f, v + 1, WC_SUB) &&
	    !tok_is(f, v + 1, f->w_to) && only_adjuncts(f, v + 1)));
}

/* subject_then_verb: the subject and verb quote_verb reads, when the
 * noun phrase read at token i runs over the verb ("a voice-over
 * states": the last word, a verb ending in -s or -ed, is the verb) or a
 * preposition and its noun phrase go on the subject ("a voice-over in
 * the ad intoned", "a voice-over in the ad states"). Returns the verb
 * (the subject ends right before it), or -1. */
static int32_t
subject_then_verb(const struct quote_finder *f, int32_t i)
{
	int32_t a, b, p0, p1;

	if (!np_right(f, i, &a, &b, 0) || a != i)
		return -1;
	/* “...,” the Saudis state in the paper: any noun phrase says */
	if (b - a >= 2 && (np_is_speaker(f, a, b - 1, false) ||
	    (state_verb(f, b - 1) && tok_has(f, a, WC_DET) &&
	    np_is_speaker(f, a, b - 1, true))) && verb_ends_clause(f, b - 1))
		return b - 1;
	if (!(np_is_speaker(f, a, b, false) || (tok_has(f, a, WC_DET) &&
	    np_is_speaker(f, a, b, true))) || !tok_lower(f, b) ||
	    !tok_has(f, b, WC_PREP) || tok_has(f, b, WC_SUB) ||
	    tok_is(f, b, f->w_to) || !np_right(f, b + 1, &p0, &p1, 0) ||
	    p0 != b + 1)
		return -1;
	if (verb_ends_clause(f, p1))
		return p1;
	return p1 - p0 >= 2 && verb_ends_clause(f, p1 - 1) ? p1 - 1 : -1;
}

/* quote_verb: “France will always be France,” an angry Hollande
 * retaliated. / “This is fantastic!” beamed Donald Hartley.: a verb the
 * lexicon does not know (or knows with no reporting clause after the
 * content: recommended), right after a quotation closed by , ! or ? in
 * its paragraph, with its subject and nothing else in the clause,
 * reports that quotation. Returns the token after it, or -1. */
int32_t
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
	else if ((v = subject_then_verb(f, i)) >= 0)
		s0 = i, s1 = v;
	else
		return -1;
	c = label_cue(f, v, s0, s1, inverted ? v : s0);
	c->frames = FR_AFTER | FR_QUOTE;
	c->inverted = inverted;
	c->use = CU_BEFORE;
	return (inverted ? s1 : v + 1);
}

/* dash_credit: a paragraph "- Bernie Sanders." (or "— Jones, on
 * Tuesday") right after a paragraph that ends with a quotation, or a dash
 * and a name ending the quotation's own paragraph, credits that
 * quotation. Returns the token after the mention, or -1. */
int32_t
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
	c = label_cue(f, i, s0, s1, i);
	c->frames = FR_AFTER | FR_QUOTE;
	c->inverted = true;
	c->use = CU_BEFORE;
	c->quote = q;
	return s1;
}

/* transcript_label: a quoted paragraph of a transcript opened by the
 * speaker's name in capitals and a colon ("PENCE: Well, look, ..."): the
 * name speaks the quotation. Returns the token after the colon, or -1. */
int32_t
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
	c = label_cue(f, k, i + 1, k, i + 1);
	c->frames = FR_QUOTE;
	c->use = CU_QUOTE;
	c->quote = f->toks[i].q;
	return k + 1;
}
