/* speaker.c - the speaker of a cue: the noun phrase before the verb (over
 * auxiliaries, adverbs, "on Tuesday", an apposition or a relative clause
 * between commas), described speakers ("a source close to him"),
 * coordinated ones ("Smith and Jones said"), and none for a passive;
 * find_speaker decides which finder a cue needs: this file's, those of
 * inherit.c (the subject of an earlier verb) or of inverted.c (after the
 * verb). */
#include <string.h>

#include "cues.h"

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

/* cue_starts_at: does a cue found so far in the sentence from ss, one
 * that reports something (not a topic), start at token k? */
static bool
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
static bool
record_relative(const struct quote_finder *f, int32_t s0, int32_t r)
{
	int32_t h = tok_punct(f, r - 1, ',') ? r - 2 : r - 1;

	return (tok_is(f, r, f->w_that) || tok_is(f, r, f->w_which)) &&
	    tok_has(f, s0, WC_DET) && !tok_has(f, s0, WC_PRON) &&
	    h > s0 && tok_lower(f, h) && !tok_has(f, h, WC_PERSON | WC_GROUP);
}

/* dash_tok: is token t a dash (an em or en dash, or a hyphen with a space
 * before it)? */
static bool
dash_tok(const struct tok *t)
{
	return t->type == TK_PUNCT && (t->cp == 0x2014 || t->cp == 0x2013 ||
	    t->cp == 0x2015 || (t->cp == '-' && (t->flags & TF_SPB)));
}

/* set_off: is token k, after a subject ending at s1 and before the comma
 * or dash p before its verb, one that may stand in appositions set off
 * by commas or dashes: a word (a lower-case reporting word only when no
 * cue starts there: "a group that made the ads"), a comma, a dash, a
 * period, a bracket, or a quotation that opens and closes between
 * ("host of MSNBC's “Morning Joe,”")? */
static bool
set_off(const struct quote_finder *f, int32_t k, int32_t s1, int32_t p,
    int32_t ss)
{
	const struct tok *t = &f->toks[k];

	if (t->q >= 0 && (f->qs[t->q].open <= s1 || f->qs[t->q].close > p))
		return false;
	if (t->type == TK_PUNCT && t->cp != ',' && t->cp != '.' &&
	    t->cp != '(' && t->cp != ')' && t->cp != '-' && t->cp != '&' &&
	    !dash_tok(t))
		return false;
	/* Bill Clinton — a man of moods — has been “...,” said a source: an
	 * auxiliary after a comma or a dash starts the predicate */
	if (k > s1 && (tok_punct(f, k - 1, ',') || dash_tok(&f->toks[k - 1])) &&
	    tok_lower(f, k) && tok_has(f, k, WC_AUX | WC_BE | WC_HAVE))
		return false;
	return !((t->cls & WC_REPORT) && !(t->flags & TF_CAP) && t->q < 0 &&
	    cue_starts_at(f, k, ss));
}

/* first_segment: "Rachel Berg, a philanthropist from Monsey, New York,
 * said", "Ann Lee - his aide and co-host - told": a name opening the
 * clause, then appositions set off by commas or dashes up to the verb. */
static bool
first_segment(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t cs = clause_start(f, c->t0), s0, s1, commas = 0, words = 0;

	if (!(comma_like(f, p) || dash_tok(&f->toks[p])) ||
	    !np_right(f, cs, &s0, &s1, 0) ||
	    !(tok_punct(f, s1, ',') || dash_tok(&f->toks[s1])) ||
	    !np_is_speaker(f, s0, s1, false) ||
	    !(f->toks[s1 - 1].flags & TF_CAP || is_pron(f, s1 - 1)))
		return false;
	for (int32_t k = s1; k <= p; k++) {
		if (!set_off(f, k, s1, p, ss))
			return false;
		commas += comma_like(f, k) || dash_tok(&f->toks[k]);
		words += tok_word(f, k) && f->toks[k].q < 0;
	}
	/* Moscow, “as always”, said nothing: a quotation alone is no
	 * apposition */
	if (commas < 2 || words == 0 || p - s1 > 30)
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

/* ing_relative: "The group backing Smith praised the plan", "The head of
 * the PAC backing Smith, Jane Doe, said": when the mention [*s0, *s1)
 * is the object of a lower-case reporting verb in -ing right after a
 * noun (a reduced relative clause), that noun's mention is the subject;
 * true with [*s0, *s1) set to it. */
static bool
ing_relative(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	int32_t v = *s0 - 1, a, b;

	if (v - 1 < ss || !tok_lower(f, v) || !(f->toks[v].flags & TF_ING) ||
	    !(f->toks[v].cls & WC_REPORT) || (f->toks[v].cls & WC_SPEAKER) ||
	    !tok_word(f, v - 1) || tok_has(f, v - 1, WC_AUX | WC_BE |
	    WC_PREP | WC_CONJ | WC_SUB | WC_PRON | WC_ADV) ||
	    !np_left(f, v - 1, ss, &a, &b) || b != v ||
	    !np_is_speaker(f, a, b, true))
		return false;
	*s0 = a;
	*s1 = b;
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

/* noun_head: "held an impromptu press briefing to brag", "mounted a
 * public campaign to condemn": is the word at token k, right after the
 * mention [s0, s1), the head noun of that mention rather than its verb:
 * an -ing word after an article ("the Pentagon briefing room"), or after
 * "a" or "an" a word that is no verb in -s, -ed or an irregular past ("a
 * spokesman declined", "a judge took")? */
static bool
noun_head(const struct quote_finder *f, int32_t k, int32_t s0, int32_t s1)
{
	static const char *const past[] = { "took", "sought", "went",
	    "began", "chose", "came", "got", "had", "made", "rose", "ran",
	    "stood", "fought", "held", "led", "left", "meant", "felt",
	    "thought", "knew", "grew", "did", "set", "put", "cut", "let",
	    "spoke", "wrote", "gave", "told", "said" };
	const struct tok *t = &f->toks[k];

	if (s1 != k)
		return false;
	/* the Pentagon briefing room: an -ing word after an article */
	if ((t->flags & TF_ING) && (tok_is(f, s0, f->w_a) ||
	    tok_is(f, s0, f->w_an) || tok_is(f, s0, f->w_the)))
		return true;
	return (tok_is(f, s0, f->w_a) || tok_is(f, s0, f->w_an)) &&
	    !(t->flags & TF_ED) && !verb_s(f, t) &&
	    !(t->cls & (WC_AUX | WC_REPORT)) &&
	    !word_among(f, k, past, sizeof past / sizeof *past);
}

/* expletive_it: "It is easy to criticize", "it's fair to say", "it takes
 * this long to confirm": is the mention [s0, s1) before the word at token
 * k that governs an infinitive the expletive it, with a form of be
 * between them (not "it is seeking to") or k a form of take? */
static bool
expletive_it(const struct quote_finder *f, int32_t s0, int32_t s1, int32_t k)
{
	static const char *const take[] = { "take", "takes", "took", "taken" };

	if (s1 - s0 != 1 || !tok_is(f, s0, f->w_it) ||
	    (f->toks[k].flags & TF_ING))
		return false;
	if (word_among(f, k, take, sizeof take / sizeof *take))
		return true;
	for (int32_t j = s1; j < k; j++)
		if (tok_has(f, j, WC_BE) || (f->toks[j].type == TK_POSS &&
		    tok_lower(f, j + 1) && !tok_has(f, j + 1, WC_AUX)))
			return true;
	return false;
}

/* controlled: "Clinton took to Twitter to say", "declined to say": the
 * subject of the verb that governs the infinitive; over the object when
 * the word before "to" is its noun ("Obama held a press briefing to
 * brag"); none for an expletive it ("it is fair to say"). */
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
			if (noun_head(f, k, s0, s1)) {
				k = s0;
				continue;
			}
			if (expletive_it(f, s0, s1, k))
				return false;
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

/* number_word: is token i a number, in figures or a word from one to
 * ten? */
static bool
number_word(const struct quote_finder *f, int32_t i)
{
	static const char *const numbers[] = { "one", "two", "three", "four",
	    "five", "six", "seven", "eight", "nine", "ten" };

	return tok_word(f, i) && ((f->toks[i].flags & TF_DIGIT) ||
	    word_among(f, i, numbers, sizeof numbers / sizeof *numbers));
}

/* more_than: "More than six in 10 said", "fewer than one in five": 2
 * when "more", "fewer" or "less" and "than" stand before the number at
 * token n (the mention starts there, not at "More" alone), else 0. */
static int32_t
more_than(const struct quote_finder *f, int32_t ss, int32_t n)
{
	static const char *const comparative[] = { "more", "fewer", "less" };

	if (n - 2 < ss || !lower_word(f, n - 1, "than") ||
	    !word_among(f, n - 2, comparative,
	    sizeof comparative / sizeof *comparative))
		return 0;
	return 2;
}

/* share_in: "Two in three voters said", "About one in five say", "four
 * out of 10 voters": the mention [*s0, s1) opening with a number after
 * "in" or "out of" and a number is one share of a whole; the speaker
 * starts at the first number, or at "more than" before it ("More than
 * six in 10", "more than 100 voters"). */
static void
share_in(const struct quote_finder *f, int32_t ss, int32_t *s0, int32_t s1)
{
	int32_t p = *s0 - 1;

	if (s1 - *s0 > 6 || p - 1 < ss)
		return;
	if (tok_is(f, p, f->w_of) && lower_word(f, p - 1, "out"))
		p--;
	else if (!tok_is(f, p, f->w_in) || !tok_lower(f, p))
		p = ss - 1;
	if (p - 1 >= ss && number_word(f, *s0) && number_word(f, p - 1))
		*s0 = p - 1;
	/* a share or a number of persons (not "less than two weeks ago") */
	if (number_word(f, *s0) && (tok_has(f, s1 - 1, WC_SPEAKER) ||
	    (s1 - *s0 >= 3 && number_word(f, s1 - 1))))
		*s0 -= more_than(f, ss, *s0);
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

/* party_label_comma: "Gov. John Kasich (R-OH), said": a name and its
 * party label in parentheses (a capitalised word and a hyphen) before a
 * stray comma at p is the subject of the verb after the comma. */
static bool
party_label_comma(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t o = p - 2;
	bool hyphen = false;

	if (!tok_punct(f, p - 1, ')'))
		return false;
	for (; o > ss && p - o < 9 && !tok_punct(f, o, '('); o--)
		hyphen |= memchr(f->text + f->toks[o].b, '-',
		    f->toks[o].e - f->toks[o].b) != NULL;
	if (o <= ss || !tok_punct(f, o, '(') || !hyphen ||
	    !(f->toks[o + 1].flags & TF_CAP))
		return false;
	return np_left(f, p - 1, ss, s0, s1) &&
	    (f->toks[*s1 - 1].flags & TF_CAP) && np_is_speaker(f, *s0, *s1, false);
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

/* verb_before_name: "Then he met Jones, who said", "Trump met Jones, who
 * said": in the mention [s0, s1) before a relative pronoun, a lower-case
 * word that is no speaker noun, modifier, determiner nor quantity, with
 * a pronoun or a capitalised word before it and only capitalised words
 * (and abbreviation dots) after it, is the verb of a clause whose object
 * is the name; returns where that name starts, or s0. */
static int32_t
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

/* pp_before: the token before the prepositional phrase ending at token
 * p ("with the talks", "to him", "for Thursday's meeting"), its
 * preposition; -1 when there is none. */
static int32_t
pp_before(const struct quote_finder *f, int32_t p, int32_t ss)
{
	int32_t a, b, k;

	if (tok_word(f, p) && (f->toks[p].cls & WC_OBJPRON) &&
	    !(f->toks[p].cls & WC_PRON))
		k = p - 1;
	else if (np_left(f, p, ss, &a, &b) && b == p + 1)
		k = a - 1;
	else if (tok_lower(f, p) && tok_has(f, p - 1, WC_DET))
		k = p - 2;    /* familiar with the planning */
	else if (tok_lower(f, p) && p - 2 > ss &&
	    f->toks[p - 1].type == TK_POSS && np_left(f, p - 2, ss, &a, &b) &&
	    b == p - 1)
		k = a - 1;    /* for Thursday's meeting */
	else
		return -1;
	if (k <= ss + 1 || !tok_lower(f, k) || !tok_has(f, k, WC_PREP) ||
	    tok_has(f, k, WC_SUB | WC_CONJ))
		return -1;
	return k;
}

/* close_to_subject: "a source close to him said", "People familiar with
 * the talks say", "officials briefed on the plan said", "A person
 * familiar with the planning for Thursday's meeting says": a speaker noun
 * with close, familiar, briefed or involved and one or two prepositional
 * phrases after it is one subject ending at token p; true with its
 * span. */
static bool
close_to_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	static const char *const adj[] = { "close", "familiar", "briefed",
	    "involved" };
	int32_t a, b, k;

	if (p <= ss + 3 || (k = pp_before(f, p, ss)) < 0)
		return false;
	k--;
	/* familiar with the planning for the meeting: a second phrase */
	if (tok_lower(f, k) && !word_among(f, k, adj, sizeof adj / sizeof *adj) &&
	    k > ss + 3 && (k = pp_before(f, k, ss)) >= 0)
		k--;
	if (k < ss || !tok_lower(f, k) ||
	    !word_among(f, k, adj, sizeof adj / sizeof *adj) ||
	    !np_left(f, k - 1, ss, &a, &b) || b != k ||
	    !np_is_speaker(f, a, b, false) || is_pron(f, b - 1))
		return false;
	*s0 = a;
	*s1 = p + 1;
	return true;
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
static bool
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
	/* Jones (R-Va.) both said; figures — whose party ... — both
	 * suggested (dashed finds the subject before the aside) */
	if (tok_punct(f, q, ')') || tok_punct(f, q, 0x2014) ||
	    tok_punct(f, q, 0x2013))
		return q;
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
	    "begins", "started", "starts", "start", "kept", "keeps", "keep",
	    "stopped", "stops", "stop", "resumed", "quit", "continued",
	    "continues", "continue" };

	if (p != c->t0 - 1 || p <= ss || !(f->toks[c->t0].flags & TF_ING) ||
	    !tok_lower(f, p) ||
	    !word_among(f, p, aspect, sizeof aspect / sizeof *aspect))
		return p;
	return skip_left(f, p - 1, ss);
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

/* examples_aside: "the biggest hawks, like Rubio and Bush, say",
 * "Several critics, including The Times, have said": does a lower-case
 * "like" or "including" and a name after the comma at token k give
 * examples of the mention starting at token s0 before it, which then
 * names persons whatever its noun (not the object of a preposition:
 * "interviewed at rallies, including X, said")? */
static bool
examples_aside(const struct quote_finder *f, int32_t k, int32_t s0,
    int32_t ss)
{
	return (lower_word(f, k + 1, "like") || lower_word(f, k + 1,
	    "including")) && tok_word(f, k + 2) &&
	    (f->toks[k + 2].flags & TF_CAP) &&
	    (s0 == ss || !tok_has(f, s0 - 1, WC_PREP));
}

/* participle: is cue c, in the sentence from ss, a participle ("...,
 * saying") rather than a progressive ("is pressing for", "he's now
 * saying") or a finite verb? */
static bool
participle(const struct quote_finder *f, const struct cue *c, int32_t ss)
{
	int32_t k;

	if (!(f->toks[c->t0].flags & TF_ING))
		return false;
	for (k = c->t0 - 1; k >= ss && tok_word(f, k) &&
	    ((f->toks[k].cls & WC_ADV) || (f->toks[k].flags & TF_LY)); k--)
		;
	return !(k >= ss && (tok_has(f, k, WC_BE | WC_AUX) ||
	    (f->toks[k].type == TK_POSS && k > ss && tok_has(f, k - 1, WC_PRON))));
}

/* drop_expletive: "It's easy to be cynical about the deal and call",
 * "It was at the conference that Smith spoke, pointing to": a
 * participle or second verb that took for its speaker an it before a
 * form of be or take (an expletive, a cleft) has none. */
static void
drop_expletive(const struct quote_finder *f, struct cue *c)
{
	static const char *const take[] = { "take", "takes", "took" };
	int32_t k = c->s1;

	if (c->s0 < 0 || c->s1 - c->s0 != 1 || !tok_is(f, c->s0, f->w_it))
		return;
	while ((size_t)k < f->ntoks && tok_lower(f, k) &&
	    (tok_has(f, k, WC_ADV) || (f->toks[k].flags & TF_LY)))
		k++;
	if ((size_t)k < f->ntoks && (tok_has(f, k, WC_BE) ||
	    f->toks[k].type == TK_POSS ||
	    word_among(f, k, take, sizeof take / sizeof *take)))
		c->s0 = c->s1 = -1;
}

/* only_ly: are the tokens from a to b (at least one) lower-case -ly
 * adverbs ("a letter strongly disputing")? */
static bool
only_ly(const struct quote_finder *f, int32_t a, int32_t b)
{
	if (a >= b)
		return false;
	for (int32_t k = a; k < b; k++)
		if (!tok_lower(f, k) || !(f->toks[k].flags & TF_LY))
			return false;
	return true;
}

/* of_head: "Supporters of abortion rights, on the other hand, argued":
 * the mention ending at token e, before an aside, holds (or is the
 * object of) "of" or "for" after a speaker noun and opens the clause of
 * cue c; true with the whole mention from that noun. */
static bool
of_head(const struct quote_finder *f, const struct cue *c, int32_t e,
    int32_t ss, int32_t *s0, int32_t *s1)
{
	int32_t a, b, j, h0, h1;

	if (!np_left(f, e, ss, &a, &b))
		return false;
	for (j = a + 1; j < b && !tok_is(f, j, f->w_of) &&
	    !tok_is(f, j, f->w_for); j++)
		;
	/* Supporters of the dam: a determiner after "of" ends the mention */
	if (j >= b && a - 2 >= ss && (tok_is(f, a - 1, f->w_of) ||
	    tok_is(f, a - 1, f->w_for)) && np_left(f, a - 2, ss, &h0, &h1) &&
	    h1 == a - 1) {
		j = h1;
		a = h0;
	}
	if (j >= b || !tok_lower(f, j) || a != clause_start(f, c->t0) ||
	    !tok_has(f, j - 1, WC_SPEAKER) || is_pron(f, j - 1))
		return false;
	*s0 = a;
	*s1 = b;
	return true;
}

/* find_speaker sets the speaker of cue c, or says there is none to find. */
void
find_speaker(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = title_adverbs(f, floating_quantifier(f, aspect_verb(f, c,
	    skip_left(f, c->t0 - 1, ss), ss), ss), ss);
	int32_t s0, s1, k;
	bool ing = participle(f, c, ss);

	if (ing && p >= ss && seen_doing(f, c, p, ss))
		return;

	if (p >= ss && ((ing && (comma_like(f, p) ||
	    tok_has(f, p, WC_PREP | WC_SUB))) || (tok_has(f, p, WC_CONJ) &&
	    !tok_has(f, p - 1, WC_CONJ)))) {
		inherited_speaker(f, c, p, ss, ing);
		drop_expletive(f, c);
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
		if (np_left(f, k, ss, &s0, &s1) && np_is_speaker(f, s0, s1, true)) {
			s0 = verb_before_name(f, s0, s1);
			c->s0 = k == p - 2 ? appositive_start(f, ss, s0, s1) : s0;
		}
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
	if (contact_clause(f, p, ss, &s0, &s1)) {
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
			ing_relative(f, ss, &s0, &s1);
			share_in(f, ss, &s0, s1);
			if (!ing)
				bare_pp_head(f, ss, &s0, &s1);
			head_before_pp(f, ss, &s0, &s1);
			coordinated(f, ss, &s0, s1);
			c->s0 = s0;
			c->s1 = s1;
		}
		/* issued a statement Tuesday saying: over a time adjunct too;
		 * published a letter strongly disputing: over -ly adverbs */
		if (ing && (p == c->t0 - 1 || (tok_has(f, c->t0 - 1, WC_TIME) &&
		    !tok_has(f, c->t0 - 1, WC_AUX)) || only_ly(f, p + 1, c->t0)))
			object_participle(f, c, ss);
		return;
	}
	if (first_segment(f, c, p, ss) || dashed(f, c, p, ss) ||
	    reduced_relative(f, c, p, ss) || controlled(f, c, p, ss))
		return;
	/* a clerk who asked not to be named said: a relative clause ending
	 * in no noun phrase */
	s0 = p;
	s1 = p + 1;
	if (tok_lower(f, p) && relative_subject(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return;
	}
	if (tok_punct(f, p, ',') && (name_after_quote(f, p, ss, &s0, &s1) ||
	    party_label_comma(f, p, ss, &s0, &s1))) {
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
		    person_who(f, k, s0, ss) || examples_aside(f, k, s0, ss)) &&
		    (relative(f, k + 1) || !inverted_np(f, c->t1, &k, &k))) {
			if (ing_relative(f, ss, &s0, &s1))
				head_before_pp(f, ss, &s0, &s1);
			c->s0 = s0;
			c->s1 = s1;
			return;
		}
		if (k > ss && parenthetical(f, k, p) &&
		    of_head(f, c, k - 1, ss, &s0, &s1)) {
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
