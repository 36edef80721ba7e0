/* speaker.c - the speaker of a cue: find_speaker decides which finder a
 * cue needs: the noun phrase before the verb (over auxiliaries, adverbs,
 * "on Tuesday", asides between commas or dashes), this file's shapes
 * (a controlled infinitive, a name after a quotation, a party label),
 * those of mention.c (where the mention starts and ends), relative.c
 * (relative clauses), inherit.c (the subject of an earlier verb) or
 * inverted.c (after the verb); none for a passive. */
#include <string.h>

#include "cues.h"

static bool participle(const struct quote_finder *f, const struct cue *c, int32_t ss);

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

/* clause_between: is the run (k, p) set off by commas a clause, not an
 * apposition: a noun phrase and a lower-case auxiliary, be or have right
 * after it ("When taxes rise with voters, candidates have more room, said
 * Smith": the voters are no speaker)? */
static bool
clause_between(const struct quote_finder *f, int32_t k, int32_t p)
{
	int32_t a, b;

	return np_right(f, k + 1, &a, &b, 0) && b < p && tok_lower(f, b) &&
	    tok_has(f, b, WC_AUX | WC_BE | WC_HAVE);
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

/* same_dash: is token k a dash like the dash at p (a spaced hyphen
 * only when spaced: not the one of "policy-making")? */
static bool
same_dash(const struct quote_finder *f, int32_t k, int32_t p)
{
	return tok_punct(f, k, f->toks[p].cp) && dash_tok(&f->toks[k]);
}

/* dashed: "insiders in the next two states — Nevada and South Carolina —
 * said", "some economists - including two of the board - warn"; a
 * quotation may stand inside the aside ("Trump - who said he would
 * “bomb” them - said") */
static bool
dashed(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t k, s0, s1, opened = p;

	if (!tok_punct(f, p, 0x2014) && !tok_punct(f, p, 0x2013) &&
	    !(tok_punct(f, p, '-') && dash_tok(&f->toks[p])))
		return false;
	for (k = p - 1; k > ss && p - k < 30 && !same_dash(f, k, p); k--) {
		int32_t q = f->toks[k].q;

		if (q >= 0 && (f->qs[q].close < 0 ||
		    f->qs[q].close >= p))
			return false;
		if (q >= 0 && f->qs[q].open < opened)
			opened = f->qs[q].open;
	}
	if (k <= ss || !same_dash(f, k, p) || opened <= k ||
	    !np_left(f, k - 1, ss, &s0, &s1) || !np_is_speaker(f, s0, s1, true))
		return false;
	c->s0 = s0;
	c->s1 = s1;
	return true;
}

/* irregular_past: is the word at token k a common irregular past ("took",
 * "went", "spoke")? */
static bool
irregular_past(const struct quote_finder *f, int32_t k)
{
	static const char *const past[] = { "took", "sought", "went",
	    "began", "chose", "came", "got", "had", "made", "rose", "ran",
	    "stood", "fought", "held", "led", "left", "meant", "felt",
	    "thought", "knew", "grew", "did", "set", "put", "cut", "let",
	    "spoke", "wrote", "gave", "told", "said" };

	return word_among(f, k, past, sizeof past / sizeof *past);
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
	const struct tok *t = &f->toks[k];

	if (s1 != k)
		return false;
	/* the Pentagon briefing room: an -ing word after an article */
	if ((t->flags & TF_ING) && (tok_is(f, s0, f->w_a) ||
	    tok_is(f, s0, f->w_an) || tok_is(f, s0, f->w_the)))
		return true;
	return (tok_is(f, s0, f->w_a) || tok_is(f, s0, f->w_an)) &&
	    !(t->flags & TF_ED) && !verb_s(f, t) &&
	    !(t->cls & (WC_AUX | WC_REPORT)) && !irregular_past(f, k);
}

/* object_modifier: "appeared on Sunday news shows to tout", "seized on
 * the public health crisis to attack": is the mention [s0, s1) before
 * the word that would govern an infinitive the object of a preposition
 * right after a verb in the past, ending in a lower-case word,
 * so that word is a noun of the object, not a verb the mention is the
 * subject of? */
static bool
object_modifier(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	int32_t o = s0 - 1;

	if (o < 1 || !tok_lower(f, s1 - 1) || is_pron(f, s1 - 1) ||
	    !(tok_is(f, o, f->w_on) || tok_is(f, o, f->w_in) ||
	    tok_is(f, o, f->w_at) || tok_is(f, o, f->w_for) ||
	    tok_is(f, o, f->w_to) || tok_is(f, o, f->w_with)))
		return false;
	/* the preposition follows a verb: "appeared on", "went to" */
	return tok_lower(f, o - 1) && ((f->toks[o - 1].flags & TF_ED) ||
	    irregular_past(f, o - 1));
}

/* prep_object: "used his State of the Union address this year to call
 * out", "heading to other Middle Eastern nations to discuss": is the
 * mention [s0, s1), ending in a capitalised word right before the
 * lower-case noun at token k, the object of a preposition, so that k is
 * the head of that object, not a verb? */
static bool
prep_object(const struct quote_finder *f, int32_t s0, int32_t s1, int32_t k)
{
	return s1 == k && s0 > 0 && (f->toks[s1 - 1].flags & TF_CAP) &&
	    !(f->toks[k].flags & (TF_ED | TF_ING)) && !irregular_past(f, k) &&
	    tok_lower(f, s0 - 1) &&
	    tok_has(f, s0 - 1, WC_PREP) && !tok_has(f, s0 - 1, WC_SUB);
}

/* clause_verb: is token k a verb that may take a clause, whose next
 * noun phrase may be that clause's subject ("said the party wants to"):
 * a cue at k with a that-, bare or wh-clause, or a verb of belief or
 * knowledge? */
static bool
clause_verb(const struct quote_finder *f, int32_t k)
{
	static const char *const think[] = { "thought", "knew", "felt",
	    "believed", "hoped", "meant", "guessed", "figured" };

	if (lower_among(f, k, think, sizeof think / sizeof *think))
		return true;
	for (size_t i = 0; i < f->ncues; i++)
		if (f->cues[i].t0 == k && (f->cues[i].frames & (FR_THAT |
		    FR_BARE | FR_WH | FR_BELIEF)))
			return true;
	return false;
}

/* past_verb_object: "invoked the Orlando attacks as a cudgel to repeat",
 * "pushing the Obama administration to release": is the mention [s0, s1),
 * right before the lower-case word at token k, the start of the object
 * of the verb in the past or in -ing before it (no verb that may take a
 * clause), so that k is a noun of that object, not its verb? */
static bool
past_verb_object(const struct quote_finder *f, int32_t s0, int32_t s1, int32_t k)
{
	int32_t v = s0 - 1;

	if (s1 != k || v <= 0 || (f->toks[k].flags & (TF_ED | TF_ING)) ||
	    tok_has(f, s0, WC_PRON | WC_OBJPRON) ||
	    !(tok_has(f, s0, WC_DET) || (f->toks[s0].flags & TF_CAP)))
		return false;
	/* the failed legislation, a contested GOP convention: an adjective */
	if (!(f->toks[v].flags & TF_ING) && (f->toks[v - 1].type == TK_POSS ||
	    tok_has(f, v - 1, WC_DET | WC_QUANT | WC_PREP)))
		return false;
	return tok_lower(f, v) && f->toks[v].q < 0 && !irregular_past(f, k) &&
	    ((f->toks[v].flags & TF_ING) || irregular_past(f, v) ||
	    ((f->toks[v].flags & TF_ED) && f->text[f->toks[v].e - 1] == 'd')) &&
	    !tok_has(f, v, WC_BE | WC_AUX | WC_HAVE | WC_SPEAKER | WC_PREP) &&
	    !clause_verb(f, v);
}

/* verb_cue_speaker: the speaker of the cue at token v, when one was
 * found ("Kosa, the party's leader, invoked the attacks to repeat": the
 * speaker of invoked). Sets [*s0, *s1); false when none. */
static bool
verb_cue_speaker(const struct quote_finder *f, int32_t v, int32_t *s0,
    int32_t *s1)
{
	for (size_t i = 0; i < f->ncues; i++)
		if (f->cues[i].t0 == v && f->cues[i].s0 >= 0) {
			*s0 = f->cues[i].s0;
			*s1 = f->cues[i].s1;
			return true;
		}
	return false;
}

/* whole_object: "urged the Vermont senator to apologize", "pushing the
 * Obama administration to release": the object that opens at token s0
 * and runs to "to" at p, a speaker, who is told or pushed to act.
 * Sets [*s0, *s1). */
static bool
whole_object(const struct quote_finder *f, int32_t o, int32_t p, int32_t *s0,
    int32_t *s1)
{
	return np_right(f, o, s0, s1, NP_OBJECT) && *s0 == o && *s1 == p &&
	    np_is_speaker(f, *s0, *s1, false);
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

/* only_raising: are the words from a to "to" at p only auxiliaries,
 * adverbs and words like "likely", "yet" or "the first candidate" ("are
 * slightly more likely to", "has yet to", "was the first candidate to";
 * not "had no reason to", whose noun governs the infinitive)? */
static bool
only_raising(const struct quote_finder *f, int32_t a, int32_t p)
{
	static const char *const raising[] = { "likely", "unlikely", "more",
	    "less", "yet", "first", "last", "only", "set", "expected" };

	for (int32_t j = a; j < p; j++) {
		const struct tok *t = &f->toks[j];

		if (!tok_lower(f, j) || t->q >= 0)
			return false;
		if ((t->cls & (WC_BE | WC_AUX | WC_HAVE | WC_ADV | WC_NEG |
		    WC_DET)) || (t->flags & TF_LY) ||
		    word_among(f, j, raising, sizeof raising / sizeof *raising))
			continue;
		if (!(t->cls & WC_PERSON) || !tok_is(f, j + 1, f->w_to))
			return false;
	}
	return true;
}

/* whole_subject: "Democratic voters are more likely to say", "While
 * Republican nominee John Smith has yet to endorse": is the lower-case
 * noun of speakers at token k, before "to" at p, inside the subject, a
 * mention that runs to an auxiliary or a form of be (not a verb whose
 * subject is before it)? Sets [*s0, *s1) to the whole mention. */
static bool
whole_subject(const struct quote_finder *f, int32_t k, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t a, b;

	if (!tok_lower(f, k) || !(f->toks[k].cls & WC_SPEAKER) ||
	    (f->toks[k].cls & (WC_REPORT | WC_MODIFIER)) ||
	    !np_left(f, k, ss, &a, &b) || b != k + 1 || tok_has(f, a - 1, WC_BE) ||
	    !np_right(f, a, s0, s1, 0) || *s0 != a || *s1 <= k || *s1 >= p)
		return false;
	return tok_has(f, *s1, WC_BE | WC_AUX | WC_HAVE) &&
	    !tok_has(f, p - 1, WC_BE) && only_raising(f, *s1, p) &&
	    np_is_speaker(f, *s0, *s1, false);
}

/* lone_article: is [s0, s1) an article or a demonstrative alone ("The",
 * "this"), the determiner of a noun read as a verb? */
static bool
lone_article(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	int32_t w = f->toks[s0].wid;

	return s1 == s0 + 1 && w >= 0 && (w == f->w_the || w == f->w_a ||
	    w == f->w_an || w == f->w_this || w == f->w_that ||
	    w == f->w_these || w == f->w_those);
}

/* article_subject: "The school declined to comment", "The piece goes on
 * to slam": the article at *s0 opens the subject of the verb before "to"
 * at p (not a form of be or an auxiliary: "The plans are designed to",
 * "The system will have to"), particles and adverbs between them; a lone
 * quantifier or pronoun before "to" is the subject ("led some to
 * speculate"). A mention that runs to "to" is the subject itself ("The
 * first member of Congress to endorse him"). Sets [*s0, *s1). */
static bool
article_subject(const struct quote_finder *f, int32_t p, int32_t *s0,
    int32_t *s1)
{
	int32_t a, b, v = p - 1, obj = -1;

	if (!np_right(f, *s0, &a, &b, 0) || b <= *s0 + 1 || b > p)
		return false;
	if (tok_lower(f, v) && f->toks[v].q < 0 &&
	    tok_has(f, v, WC_DET | WC_QUANT | WC_OBJPRON))
		obj = v--;
	while (v > *s0 + 1 && tok_lower(f, v) && f->toks[v].q < 0 &&
	    (tok_has(f, v, WC_PREP | WC_ADV) || (f->toks[v].flags & TF_LY)))
		v--;
	if (v <= *s0 + 1 || v > b || !tok_lower(f, v) || f->toks[v].q >= 0 ||
	    tok_has(f, v, WC_BE | WC_AUX | WC_HAVE | WC_NEG | WC_PREP)) {
		*s1 = b;
		return b == p;
	}
	if (obj >= 0) {
		*s0 = obj;
		*s1 = obj + 1;
	} else
		*s1 = v;
	return true;
}

static void name_apposition(const struct quote_finder *f, int32_t k,
    int32_t p, int32_t *s1);

/* object_end: "forced his rival, Senator Jo Smith, to concede": the
 * token where the object before "to" at p ends, the comma opening an
 * apposition set off by commas right before p (a mention from that comma
 * to the comma before p), else p. */
static int32_t
object_end(const struct quote_finder *f, int32_t p, int32_t ss)
{
	int32_t a, s0, s1;

	if (!tok_punct(f, p - 1, ','))
		return p;
	for (a = p - 2; a > ss && p - a < 10 && tok_word(f, a) &&
	    f->toks[a].q < 0; a--)
		;
	return a > ss && tok_punct(f, a, ',') &&
	    np_right(f, a + 1, &s0, &s1, NP_OBJECT) && s0 == a + 1 &&
	    s1 == p - 1 && np_is_speaker(f, s0, s1, false) ? a : p;
}

/* title_dot: is token k the dot of an abbreviated title between
 * capitalised words ("Sen. Bernie Sanders", "Mr. Obama")? */
static bool
title_dot(const struct quote_finder *f, int32_t k)
{
	return k > 0 && tok_punct(f, k, '.') && tok_word(f, k - 1) &&
	    tok_word(f, k + 1) && (f->toks[k - 1].flags & TF_CAP) &&
	    (f->toks[k + 1].flags & TF_CAP) && !(f->toks[k + 1].flags & TF_SENT);
}

/* object_controller: "The results led Republicans to say", "prompted
 * Anderson Cooper to accuse", "will force Sen. Bernie Sanders to
 * acknowledge": after a verb that makes someone act (led, prompted,
 * forced, drove ...), its object, running to "to" at p or to an
 * apposition before it (then over the apposition when it is a name), and
 * over a title's dot, is the subject of the infinitive. Sets [*s0, *s1). */
static bool
object_controller(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	static const char *const makes[] = { "led", "lead", "leads",
	    "leading", "prompted", "prompt", "prompts", "prompting",
	    "forced", "force", "forces", "forcing", "drove", "drive",
	    "drives", "compelled", "compel", "compels", "spurred", "spur",
	    "spurs", "persuaded", "convinced", "pushed", "inspired",
	    "encouraged" };

	int32_t e = object_end(f, p, ss);

	for (int32_t k = e - 2; k > ss && e - k < 10; k--) {
		if (title_dot(f, k))
			continue;
		if (f->toks[k].type != TK_WORD || f->toks[k].q >= 0)
			return false;
		if (!tok_lower(f, k) || !word_among(f, k, makes,
		    sizeof makes / sizeof *makes))
			continue;
		if (e == k + 2 && tok_has(f, k + 1, WC_OBJPRON) &&
		    !(f->toks[k + 1].flags & TF_UPPER)) {
			*s0 = k + 1;    /* led her to declare */
			*s1 = e;
			return true;
		}
		if (!np_right(f, k + 1, s0, s1, NP_OBJECT) || *s0 != k + 1 ||
		    *s1 != e || !np_is_speaker(f, *s0, *s1, false))
			return false;
		if (e < p)      /* his rival, Senator Jo Smith */
			name_apposition(f, e, p - 1, s1);
		return true;
	}
	return false;
}

/* subject_over_relative: "The NRA, which has endorsed Trump, used the
 * comments to urge": is the verb in the past at token k, which governs
 * an infinitive, right after a relative clause (who, which) set off by
 * commas, and a speaker before that clause? Sets [*s0, *s1) to it. */
static bool
subject_over_relative(const struct quote_finder *f, int32_t k, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	int32_t o;

	if (!tok_lower(f, k) || (!(f->toks[k].flags & TF_ED) &&
	    !irregular_past(f, k) && !lower_word(f, k, "used")) ||
	    !tok_punct(f, k - 1, ','))
		return false;
	for (o = k - 2; o > ss && k - o <= 24 && !tok_punct(f, o, ','); o--)
		if (f->toks[o].q >= 0)
			return false;
	return o > ss && tok_punct(f, o, ',') && (relative(f, o + 1) ||
	    tok_is(f, o + 1, f->w_a) || tok_is(f, o + 1, f->w_an)) &&
	    parenthetical(f, o, k - 1) && np_left(f, o - 1, ss, s0, s1) &&
	    *s1 == o && np_is_speaker(f, *s0, *s1, false);
}

/* headline_future: "AFL-CIO to endorse Clinton.", "Smith to call for
 * a recount": a mention that opens the sentence and runs to "to" at p
 * in lower case (a headline's future; not a Title Case headline, whose
 * capitalised verbs a mention runs over) is the subject of the
 * infinitive. Sets [*s0, *s1). */
static bool
headline_future(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	return p > ss && tok_lower(f, p) && np_left(f, p - 1, ss, s0, s1) &&
	    *s0 == ss &&
	    *s1 == p && np_is_speaker(f, *s0, *s1, false);
}

/* superlative_subject: "Grijalva was the first Democrat in Congress to
 * endorse", "Walker is one of the first speakers to confirm": the
 * subject of a form of be before a superlative (first, last, only,
 * earliest, latest, lone) and its noun phrase (no participle in it)
 * running to "to" at p.
 * Sets [*s0, *s1). */
static bool
superlative_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1)
{
	static const char *const sup[] = { "first", "last", "only",
	    "earliest", "latest", "lone" };
	int32_t b, j;

	for (j = p - 1; j > ss && p - j < 12 && !lower_among(f, j, sup,
	    sizeof sup / sizeof *sup); j--)
		if (!tok_word(f, j) || f->toks[j].q >= 0 ||
		    (f->toks[j].flags & TF_ED) ||
		    tok_has(f, j, WC_BE | WC_AUX | WC_REL | WC_SUB | WC_CONJ))
			return false;
	/* the superlative before its noun (not "the latest in a series") */
	if (j <= ss + 1 || p - j >= 12 || j + 1 == p ||
	    !tok_is(f, j - 1, f->w_the) || tok_has(f, j + 1, WC_PREP))
		return false;
	b = j - 2;
	/* one of the first: among them */
	if (b - 1 > ss && tok_is(f, b, f->w_of) && lower_word(f, b - 1, "one"))
		b -= 2;
	if (b > ss && lower_word(f, b, "not"))
		b--;
	return b > ss && tok_lower(f, b) && tok_has(f, b, WC_BE) &&
	    np_left(f, skip_left(f, b - 1, ss), ss, s0, s1) &&
	    np_is_speaker(f, *s0, *s1, false);
}

/* participle_controller: "the man shouted, using an expletive to
 * describe", "Continuing to explain his view, Carson rejected": the
 * infinitive at "to" at p, after a participle and its object (words
 * only, no verb, conjunction nor relative between; not a participle
 * with a person for object, "giving them leverage to insist", who may be
 * the one meant; not "including"), has the speaker of that participle:
 * the clause's subject after a comma, the main clause's subject when it
 * opens the sentence. True when one is found. */
static bool
participle_controller(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss)
{
	static const char *const preps[] = { "including", "regarding",
	    "concerning", "following", "during", "according" };
	struct cue t;
	int32_t k;

	for (k = p - 1; k >= ss && p - k < 8; k--) {
		const struct tok *w = &f->toks[k];

		if (w->type != TK_WORD || w->q >= 0 || (w->cls & (WC_BE |
		    WC_AUX | WC_HAVE | WC_REL | WC_SUB | WC_CONJ | WC_WH)))
			return false;
		if ((w->flags & TF_ING) && !(w->cls & WC_SPEAKER) &&
		    (w->flags & TF_SENT || tok_lower(f, k)))
			break;
	}
	if (k < ss || p - k >= 8 || lower_among(f, k, preps,
	    sizeof preps / sizeof *preps) || (k + 1 < p &&
	    tok_has(f, k + 1, WC_OBJPRON | WC_QUANT) &&
	    !tok_has(f, k + 1, WC_DET)))
		return false;
	t = *c;
	t.t0 = k;
	t.t1 = k + 1;
	t.s0 = t.s1 = -1;
	if (k > ss && tok_punct(f, k - 1, ',') && tok_lower(f, k)) {
		if (!inherit_speaker(f, &t, ss) || t.s0 < 0)
			return false;
		c->inherit = true;
	} else if (k != ss || !opening_participle(f, &t, ss))
		return false;
	c->s0 = t.s0;
	c->s1 = t.s1;
	return true;
}

/* floating_subject: "The actors involved are all quick to point out":
 * when the mention [*s0, *s1) is a lower-case both, all or each after a
 * form of be or an auxiliary (over adverbs), the subject before those
 * (with a participle after its noun) is the mention instead. */
static void
floating_subject(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	static const char *const floating[] = { "both", "all", "each" };
	int32_t q = *s0 - 1, a, b;

	if (*s1 - *s0 != 1 || !tok_lower(f, *s0) || !word_among(f, *s0,
	    floating, sizeof floating / sizeof *floating))
		return;
	while (q > ss && tok_lower(f, q) && (tok_has(f, q, WC_BE | WC_AUX |
	    WC_HAVE | WC_NEG | WC_ADV) || (f->toks[q].flags & TF_LY)))
		q--;
	if (q == *s0 - 1 || !tok_has(f, q + 1, WC_BE | WC_AUX | WC_HAVE))
		return;
	/* the actors involved are all: a participle after the noun */
	if (tok_lower(f, q) && (f->toks[q].flags & TF_ED) &&
	    np_left(f, q - 1, ss, &a, &b) && b == q &&
	    np_is_speaker(f, a, b, false))
		b = q + 1;
	else if (!np_left(f, q, ss, &a, &b) || b != q + 1 ||
	    !np_is_speaker(f, a, b, false))
		return;
	*s0 = a;
	*s1 = b;
}

/* controlled: "Clinton took to Twitter to say", "declined to say": the
 * subject of the verb that governs the infinitive; over the object when
 * the word before "to" is its noun ("Obama held a press briefing to
 * brag"); none for an expletive it ("it is fair to say"). */
static bool
controlled(const struct quote_finder *f, struct cue *c, int32_t p, int32_t ss)
{
	int32_t s0, s1, a, b;

	if (!tok_is(f, p, f->w_to))
		return false;
	if (object_controller(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return true;
	}
	if (participle_controller(f, c, p, ss))
		return true;
	if (superlative_subject(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return true;
	}
	/* chimed in, breaking with Yellen, to argue: the clause's subject */
	if (p - 1 > ss && tok_punct(f, p - 1, ',') && inherit_speaker(f, c, ss)) {
		c->inherit = true;
		return true;
	}
	for (int32_t k = p - 1; k > ss && p - k < 12; k--) {
		const struct tok *t = &f->toks[k];

		if (t->type != TK_WORD || t->q >= 0)
			return false;
		if (whole_subject(f, k, p, ss, &s0, &s1) ||
		    subject_over_relative(f, k, ss, &s0, &s1)) {
			c->s0 = s0;
			c->s1 = s1;
			return true;
		}
		if (tok_lower(f, k) && !(t->cls & (WC_PREP | WC_DET | WC_QUANT |
		    WC_CONJ | WC_SUB | WC_REL | WC_ADV | WC_AUX | WC_BE | WC_NEG |
		    WC_PRON | WC_OBJPRON)) && !(t->flags & TF_LY) &&
		    np_left(f, skip_left(f, k - 1, ss), ss, &s0, &s1) &&
		    np_is_speaker(f, s0, s1, false)) {
			if (noun_head(f, k, s0, s1) || object_modifier(f, s0, s1) ||
			    prep_object(f, s0, s1, k)) {
				k = s0;
				continue;
			}
			if (past_verb_object(f, s0, s1, k) &&
			    (verb_cue_speaker(f, s0 - 1, &a, &b) ||
			    whole_object(f, s0, p, &a, &b))) {
				c->s0 = a;
				c->s1 = b;
				return true;
			}
			if (expletive_it(f, s0, s1, k))
				return false;
			floating_subject(f, ss, &s0, &s1);
			/* Voters who backed Hale were quick to say: the
			 * relative clause's antecedent, not its object */
			a = s0;
			b = s1;
			if (tok_lower(f, s0 - 1) && !tok_has(f, s0 - 1, WC_PREP) &&
			    relative_subject(f, s0 - 1, ss, &a, &b)) {
				s0 = a;
				s1 = b;
			}
			if (lone_article(f, s0, s1)) {
				if (!article_subject(f, p, &s0, &s1))
					return false;
				c->any_subject = lone_article(f, s0, s0 + 1);
			}
			c->s0 = s0;
			c->s1 = s1;
			return true;
		}
	}
	if (headline_future(f, p, ss, &s0, &s1)) {
		c->s0 = s0;
		c->s1 = s1;
		return true;
	}
	return false;
}

/* party_label_comma: "Gov. John Kasich (R-OH), said": a name and its
 * party label in parentheses (a capitalised word and a hyphen) before a
 * stray comma at p is the subject of the verb after the comma (also
 * asked of a colon at p: "Rep. Jo Hill (R-S.C.): “...”"). */
bool
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

/* name_apposition: "One pastor supporting Mr. Cruz, Darran Whiting,
 * said", "a third, Daniel Traynor, said": when the mention ending at *s1
 * before the comma at k is a description (a lower-case head) and tokens
 * (k, p) up to the comma at p are a name alone, the mention runs over the
 * name ("a third, Daniel Traynor"), so that it names the speaker. */
static void
name_apposition(const struct quote_finder *f, int32_t k, int32_t p,
    int32_t *s1)
{
	int32_t n0, n1;

	if (!tok_lower(f, *s1 - 1) || is_pron(f, *s1 - 1) ||
	    !(f->toks[k + 1].flags & TF_CAP) ||
	    tok_has(f, k + 1, WC_DET | WC_QUANT | WC_PRON | WC_PREP) ||
	    !np_right(f, k + 1, &n0, &n1, 0) || n0 != k + 1 || n1 != p ||
	    !(f->toks[n1 - 1].flags & TF_CAP) || !np_is_speaker(f, n0, n1, false))
		return;
	for (int32_t j = n0; j < n1; j++)
		if (f->toks[j].type != TK_WORD || f->toks[j].q >= 0)
			return;
	*s1 = n1;
}

/* comma_closes_relative: "Humphrey, who calls Trump a “sociopath,”
 * said": is token p, before a cue, the closing mark after a comma of a
 * quotation that ends a relative clause opened by "who" or "which" after
 * a comma (so that the subject stands before that clause)? */
static bool
comma_closes_relative(const struct quote_finder *f, int32_t p, int32_t ss)
{
	int32_t q = f->toks[p].q, k;

	if (p <= ss || !(f->toks[p].flags & TF_CLOSE) || !tok_punct(f, p - 1,
	    ',') || q < 0 || f->qs[q].close != p)
		return false;
	for (k = f->qs[q].open - 1; k > ss && !tok_punct(f, k, ',') &&
	    f->qs[q].open - k < 20; k--)
		;
	return k > ss && tok_punct(f, k, ',') && f->toks[k].q < 0 &&
	    relative(f, k + 1);
}

/* connective_aside: "Cement makers, for instance, argue", "The two
 * lawmakers, however, say": are tokens (k, p) between the commas a
 * lower-case connective ("however", "for example", "in turn"), so that
 * the mention starting at token s0 before them, which opens the clause
 * (the sentence or after a comma: not "X and three helicopters"), is the
 * subject of the verb after them whatever its noun? */
static bool
connective_aside(const struct quote_finder *f, int32_t k, int32_t p,
    int32_t s0, int32_t ss)
{
	static const char *const connectives[] = { "however", "meanwhile",
	    "though", "too", "instead", "nonetheless", "nevertheless",
	    "likewise", "indeed", "also", "in turn", "in fact", "of course",
	    "for instance", "for example", "by contrast", "in contrast",
	    "on the other hand", "in particular", "for their part",
	    "for its part", "for his part", "for her part" };
	size_t n;

	if (p - k < 2 || p - k > 5 || !tok_lower(f, k + 1) ||
	    (s0 > ss && !tok_punct(f, s0 - 1, ',')))
		return false;
	n = (size_t)(f->toks[p - 1].e - f->toks[k + 1].b);
	for (size_t j = 0; j < sizeof connectives / sizeof *connectives; j++)
		if (strlen(connectives[j]) == n && memcmp(f->text +
		    f->toks[k + 1].b, connectives[j], n) == 0)
			return true;
	return false;
}

/* head_of_aside_subject: "Critics of the bill, however, say", "One of
 * his advisers, Tad Devine, told": the mention [*s0, *s1) before the
 * aside that ends at the comma p is the head before its prepositional
 * phrases; when a name alone stands between the comma k and p after the
 * head or the whole mention, the mention runs from the head over that
 * name; a mention joined to it by "and" goes with it ("Experts and
 * officials, however, said"). */
static void
head_of_aside_subject(const struct quote_finder *f, int32_t ss, int32_t k,
    int32_t p, int32_t *s0, int32_t *s1)
{
	int32_t e = *s1, n;

	head_before_pp(f, ss, s0, s1);
	n = *s1;
	name_apposition(f, k, p, &n);
	if (n == *s1) {
		n = e;
		name_apposition(f, k, p, &n);
	}
	if (n > e)
		*s1 = n;
	coordinated(f, ss, s0, *s1);
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

/* degree_much: "Trump wasn't so much saying", "she was very much hoping":
 * when token p is "much" after so, as, too or very, it is an adverb of
 * the verb, no subject: returns the token before that adverb (over
 * auxiliaries and adverbs), or p. */
static int32_t
degree_much(const struct quote_finder *f, int32_t p, int32_t ss)
{
	static const char *const degree[] = { "so", "as", "too", "very" };

	if (p - 1 <= ss || !lower_word(f, p, "much") || !tok_lower(f, p - 1) ||
	    !word_among(f, p - 1, degree, sizeof degree / sizeof *degree))
		return p;
	return skip_left(f, p - 2, ss);
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

/* after_conjunction: "is backing Smith and in a statement praised him":
 * does the adjunct whose object opens at s0 follow "and" or "but" right
 * after a word (no comma), with no relative pronoun before it back to a
 * comma ("members who lean left but in many cases voted for"), so that
 * the cue after it, even one that only takes a noun phrase, is the main
 * clause's second verb? */
static bool
after_conjunction(const struct quote_finder *f, int32_t s0, int32_t ss)
{
	int32_t p = s0 - 1, k;

	while (p > ss && s0 - p < 5 && !tok_has(f, p, WC_PREP))
		p--;
	if (p - 1 <= ss || !(tok_is(f, p - 1, f->w_and) ||
	    tok_is(f, p - 1, f->w_but)) || !tok_word(f, p - 2))
		return false;
	for (k = p - 2; k > ss && !tok_punct(f, k, ','); k--)
		if (tok_has(f, k, WC_REL) && tok_lower(f, k))
			return false;
	return true;
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

/* dash_participle: "flipped his choice on the spot – saying he was
 * rooting for", "dismissed the charges — saying the campaign chose":
 * is token p, before a participle, a dash set off by spaces after a
 * lower-case word or a closing parenthesis, as a comma would be (not the
 * dash of a dateline)? */
static bool
dash_participle(const struct quote_finder *f, int32_t p)
{
	return p > 0 && dash_tok(&f->toks[p]) && (f->toks[p].flags & TF_SPB) &&
	    (tok_lower(f, p - 1) || tok_punct(f, p - 1, ')'));
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

/* headline_second_verb: "Lee Says Rivals Hacked the Party, Calls Smith's
 * Remarks ‘Troubling’": in a headline in Title Case, a mention of cue c
 * that opens after a comma with a word in -s the lexicon does not know
 * as a speaker, before a capitalised word, when a cue with a speaker
 * stands before the comma, is that headline's second verb and its
 * object, no speaker: the speaker is that cue's ("Railing Against Trump,
 * Sanders Vows" keeps Sanders). */
void
headline_second_verb(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	const struct tok *t;
	int32_t w = c->s0;

	if (w <= ss || c->s1 - w < 2 || !tok_punct(f, w - 1, ','))
		return;
	t = &f->toks[w];
	if (t->type != TK_WORD || !(t->flags & TF_CAP) || (t->flags & TF_UPPER) ||
	    t->e - t->b < 4 || f->text[t->e - 1] != 's' ||
	    strchr("su'", f->text[t->e - 2]) != NULL ||
	    (t->cls & (WC_SPEAKER | WC_DET | WC_PRON | WC_TITLE)) ||
	    !tok_word(f, w + 1) || !(f->toks[w + 1].flags & TF_CAP) ||
	    !title_case(f, w))
		return;
	for (const struct cue *o = c; o-- > f->cues && o->t0 >= ss;)
		if (o->s0 >= ss && o->s1 < w && o->t0 < w - 1) {
			c->s0 = o->s0;
			c->s1 = o->s1;
			return;
		}
}

/* noun_like: is the lower-case word at token k a share ("a third",
 * "half") or a noun by its ending ("the nomination", "the government")?
 */
static bool
noun_like(const struct quote_finder *f, int32_t k)
{
	static const char *const share[] = { "third", "quarter", "fourth",
	    "fifth", "half", "majority", "minority", "plurality", "handful",
	    "few", "dozen", "number", "rest", "other", "others" };
	static const char *const ends[] = { "tion", "sion", "ment", "ness",
	    "ity", "ship", "ism", "ist", "ure", "ance", "ence", "er", "or" };
	const struct tok *t = &f->toks[k];
	size_t n = t->e - t->b;

	if (word_among(f, k, share, sizeof share / sizeof *share))
		return true;
	for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
		size_t m = strlen(ends[e]);

		if (n > m + 2 && memcmp(f->text + t->e - m, ends[e], m) == 0)
			return true;
	}
	return false;
}

/* ago_adjunct: "The department less than two weeks ago said", "Smith
 * a few days ago told", "Fiorina a month later announced": when token
 * p, before a verb, ends a time adjunct in "ago" (or is its time noun
 * before "later" or "earlier", where skip_left stopped), the token
 * before that adjunct (over what skip_left steps over before it); p
 * itself otherwise. */
static int32_t
ago_adjunct(const struct quote_finder *f, int32_t p, int32_t ss)
{
	static const char *const count[] = { "a", "an", "one", "two",
	    "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	    "few", "several", "many", "some", "than", "less", "more",
	    "just", "only", "about", "nearly", "almost", "barely" };
	int32_t a = p, j;

	if (p > ss && tok_has(f, p, WC_TIME) && (lower_word(f, p + 1,
	    "later") || lower_word(f, p + 1, "earlier")))
		a = p + 1;
	j = a - 1;
	if (p <= ss || (a == p && (f->toks[p].e - f->toks[p].b != 3 ||
	    !lower_word(f, p, "ago"))) || !tok_has(f, j, WC_TIME))
		return p;
	while (--j >= ss && tok_word(f, j) && f->toks[j].q < 0 &&
	    ((f->toks[j].flags & TF_DIGIT) ||
	    (tok_lower(f, j) && word_among(f, j, count,
	    sizeof count / sizeof *count))))
		;
	return j == a - 2 ? p : skip_left(f, j, ss);
}

/* adjectives_only: "has the final say on", "an old quip in politics
 * that", "no overt mention from": is the mention [s0, s1) right before
 * the cue at token k only a singular determiner ("a", "the", "no", a
 * possessive) and the lower-case adjectives after it, and the cue a
 * form in no -s, -ed or -ing, which no singular subject takes: the cue
 * is the head noun of that phrase, no verb it is the subject of ("a
 * local said", "the locals say", "a third say" keep theirs)? */
static bool
adjectives_only(const struct quote_finder *f, int32_t s0, int32_t s1,
    int32_t k)
{
	static const char *const single[] = { "a", "an", "one", "no",
	    "another", "every", "each", "the" };
	const struct tok *t = &f->toks[k];
	int32_t j = s0 + 1;
	bool article;

	if (s1 != k || s1 - s0 < 2 || !tok_lower(f, k) ||
	    (t->flags & (TF_ED | TF_ING)) || verb_s(f, t) || (t->cls & WC_AUX) ||
	    !adjective_like(f, k - 1) || irregular_past(f, k))
		return false;
	article = word_among(f, s0, single, 6);
	if (s1 - s0 >= 3 && f->toks[s0 + 1].type == TK_POSS)
		j = s0 + 2;    /* Smith's latest request */
	else if (!word_among(f, s0, single, sizeof single / sizeof *single))
		return false;
	if (j >= s1)
		return false;
	for (; j < s1; j++)
		if (!adjective_like(f, j) || noun_like(f, j) || (!article &&
		    f->text[f->toks[j].e - 1] == 's'))
			return false;
	return true;
}

/* verb_read_as_subject: "he did remember telling", "it does mean
 * learning", "is shown lecturing", "they would rather vote for": is the
 * mention [s0, s1) one lower-case word (no pronoun, speaker noun,
 * determiner, quantifier nor have) right after an auxiliary or a form of
 * be (not have: "has fewer pledged delegates" has its object there), a
 * verb before cue c in -ing or an adverb ("rather", "likely", "well";
 * "will coalesce support" has its object there), not the subject of c?
 * Then the speaker is the subject before that auxiliary when it names a
 * speaker, none otherwise ("it's worth pointing out" is left to
 * impersonal_participle). */
static bool
verb_read_as_subject(const struct quote_finder *f, struct cue *c,
    int32_t s0, int32_t s1, int32_t ss)
{
	static const char *const adverb[] = { "rather", "likely", "well" };
	int32_t a, b;

	if (s1 - s0 != 1 || s0 <= ss || !tok_lower(f, s0) ||
	    !tok_lower(f, s0 - 1) || !tok_has(f, s0 - 1, WC_AUX | WC_BE))
		return false;
	if (!(f->toks[c->t0].flags & TF_ING) &&
	    !word_among(f, s0, adverb, sizeof adverb / sizeof *adverb))
		return false;
	if (tok_has(f, s0, WC_PRON | WC_OBJPRON | WC_SPEAKER | WC_DET |
	    WC_QUANT | WC_TIME | WC_HAVE) || tok_has(f, s0 - 1, WC_HAVE) ||
	    lower_word(f, s0, "worth"))
		return false;
	c->s0 = c->s1 = -1;
	if (np_left(f, skip_left(f, s0 - 1, ss), ss, &a, &b) &&
	    np_is_speaker(f, a, b, false)) {
		c->s0 = a;
		c->s1 = b;
	}
	return true;
}

/* contracted: is the word at token k a contraction joined by an
 * apostrophe (She’ll, Can't)? */
static bool
contracted(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	for (size_t b = t->b; b < t->e; b++)
		if (f->text[b] == '\'' || (b + 2 < t->e &&
		    memcmp(f->text + b, "\xe2\x80\x99", 3) == 0))
			return true;
	return false;
}

/* headline_noun: "Woman Steps Forward With Bombshell Claim", "Trump
 * Answers Rubio's Biggest Attack Yet", "Sending A Familiar Name Back": in
 * a headline in Title Case, is cue c a capitalised form in no -s, -ed or
 * -ing right after a mention that is no plural ("New Polls Show", "Some
 * Say" keep theirs), no pronoun, auxiliary, adverb or contraction, not
 * coordinated ("The Media And Rubio Tell") and no possessor of it
 * ("Clinton's Claim That"), so the head noun of that mention, not a verb
 * a headline's singular subject would take in -s? */
bool
headline_noun(const struct quote_finder *f, const struct cue *c)
{
	const struct tok *t = &f->toks[c->t0], *h;

	if (c->s0 < 0 || c->s1 != c->t0 || c->inverted || c->inherit ||
	    !(t->flags & TF_CAP) || (t->flags & (TF_UPPER | TF_ED | TF_ING)) ||
	    verb_s(f, t) || irregular_past(f, c->t0) ||
	    f->toks[c->t0 - 1].type != TK_WORD || !title_case(f, c->t0))
		return false;
	h = &f->toks[c->s1 - 1];
	if (f->text[h->e - 1] == 's' || (h->cls & (WC_PRON | WC_QUANT |
	    WC_DET | WC_OBJPRON | WC_AUX)) || (h->flags & (TF_UPPER | TF_LY)) ||
	    contracted(f, c->s1 - 1))
		return false;
	for (int32_t k = c->s0 - 1; k < c->s1; k++)
		if (tok_punct(f, k, ',') || tok_has(f, k, WC_CONJ))
			return false;
	return true;
}

/* relative_noun: is token k, after a word in -s, a relative pronoun
 * (that, which, who) before an auxiliary or a form of be, so that the
 * word is a noun ("comments that were echoed")? */
static bool
relative_noun(const struct quote_finder *f, int32_t k)
{
	return (tok_is(f, k, f->w_that) || relative(f, k)) &&
	    tok_has(f, k + 1, WC_AUX | WC_BE);
}

/* object_as: ", praises Clinton as “a work horse”": is the noun phrase
 * after cue c, ending at token s1, the object of a cue that describes
 * it "as" something (x), not a speaker put after the verb? */
static bool
object_as(const struct quote_finder *f, const struct cue *c, int32_t s1)
{
	return (c->frames & FR_AS) && tok_is(f, s1, f->w_as) && tok_lower(f, s1);
}

/* quotation_in_clause: does the quotation closing at token p open after
 * a word of its clause (not at the sentence's start nor after a
 * comma), so that it is part of that clause? */
static bool
quotation_in_clause(const struct quote_finder *f, int32_t p, int32_t ss)
{
	int32_t q = f->toks[p].q, open;

	if (q < 0)
		return false;
	open = f->qs[q].open;
	return open > ss && !(f->toks[open].flags & TF_SENT) && tok_word(f, open - 1) &&
	    f->toks[open - 1].q < 0;
}

/* series_verb: "The State Department obfuscated facts, admitted it
 * withheld emails, and delayed", "Sanders wins R.I., vows to press on":
 * cue c, a finite verb in lower case (in -ed or -s) right after a comma
 * at p with something it reports after it, when no subject was found,
 * is the next verb of a series and shares the subject of its clause, as
 * after "and". */
static void
series_verb(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss)
{
	const struct tok *t = &f->toks[c->t0];

	/* summed up Clinton as “terrible,” denounced her record: the comma
	 * inside the marks of a quotation the clause before ends with */
	if (p > ss + 1 && (f->toks[p].flags & TF_CLOSE) && tok_punct(f, p - 1, ',') &&
	    quotation_in_clause(f, p, ss))
		p--;
	if (p <= ss || !tok_punct(f, p, ',') || !tok_lower(f, c->t0) ||
	    !((t->flags & TF_ED) || verb_s(f, t)) || !tok_word(f, c->t1) ||
	    f->toks[c->t1].q >= 0)
		return;
	/* "X, however, suggests": the comma closes an aside */
	if (!(tok_word(f, p - 1) || tok_punct(f, p - 1, ')')) ||
	    (tok_punct(f, p - 2, ',') &&
	    (tok_has(f, p - 1, WC_ADV | WC_CONJ | WC_SUB) ||
	    (f->toks[p - 1].flags & TF_LY))))
		return;
	/* "..., comments that were echoed": a noun and its relative clause */
	if (!(t->flags & TF_ED) && relative_noun(f, c->t1))
		return;
	c->inherit = true;
	if (!inherit_speaker(f, c, ss) || c->s0 < 0 || c->s0 >= p) {
		c->inherit = false;
		c->s0 = c->s1 = -1;
	}
}

/* graded_adjective: "the most telling promise", "one of his most
 * promising paths": is cue c a word in -ing after a degree word (most,
 * more, less, least, very), an adjective that reports nothing? */
static bool
graded_adjective(const struct quote_finder *f, const struct cue *c,
    int32_t ss)
{
	static const char *const degree[] = { "most", "more", "less", "least",
	    "very" };

	return c->t0 > ss && (f->toks[c->t0].flags & TF_ING) &&
	    word_among(f, c->t0 - 1, degree, sizeof degree / sizeof *degree);
}

/* relative_opener: does token k open a non-restrictive relative clause
 * before its pronoun: a comma, a dash or a parenthesis ("Graham, who",
 * "Graham—who", "Duke (who")? */
static bool
relative_opener(const struct quote_finder *f, int32_t k)
{
	return comma_like(f, k) || tok_punct(f, k, 0x2014) ||
	    tok_punct(f, k, 0x2013) || tok_punct(f, k, '(');
}

/* find_speaker sets the speaker of cue c, or says there is none to find. */
void
find_speaker(struct quote_finder *f, struct cue *c, int32_t ss)
{
	int32_t p = title_adverbs(f, floating_quantifier(f, degree_much(f,
	    aspect_verb(f, c, ago_adjunct(f, skip_left(f, c->t0 - 1, ss), ss),
	    ss), ss), ss), ss);
	int32_t s0, s1, k, comma;
	bool ing = participle(f, c, ss);

	if (ing && p >= ss && seen_doing(f, c, p, ss))
		return;
	if (graded_adjective(f, c, ss))
		return;

	if (p >= ss && ((ing && (comma_like(f, p) || dash_participle(f, p) ||
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
		k = relative_opener(f, p - 1) ? p - 2 : p - 1;
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
	if (!ing && np_left(f, p, ss, &s0, &s1) &&
	    adjunct_object(f, s0, s1, ss) && (!stance_only(c) ||
	    after_conjunction(f, s0, ss))) {
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
			if (!ing_relative(f, ss, &s0, &s1))
				ing_to_relative(f, ss, &s0, &s1);
			plural_possessor(f, ss, &s0);
			share_in(f, ss, &s0, s1);
			quantity_of(f, ss, &s0, s1);
			if (!ing)
				bare_pp_head(f, ss, &s0, &s1);
			head_before_pp(f, ss, &s0, &s1);
			record_tail(f, ss, &s0, ing);
			coordinated(f, ss, &s0, s1);
			subject_after_adjunct(f, &s0, s1);
			name_epithet(f, ss, &s0, s1);
			c->s0 = s0;
			c->s1 = s1;
		}
		if (adjectives_only(f, c->s0, c->s1, c->t0)) {
			c->s0 = c->s1 = -1;
			return;
		}
		if (verb_read_as_subject(f, c, c->s0, c->s1, ss))
			return;
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
	if (tok_punct(f, p, ',') || comma_closes_relative(f, p, ss)) {
		for (k = p - 1; k > ss && (!tok_punct(f, k, ',') ||
		    f->toks[k].q >= 0); k--)
			;
		comma = k;
		if (k > ss && tok_punct(f, k, ',') && parenthetical(f, k, p) &&
		    !clause_between(f, k, p) && np_left(f, k - 1, ss, &s0, &s1) &&
		    np_is_speaker(f, s0, s1, (f->toks[k + 1].flags &
		    (TF_CAP | TF_ED)) != 0 || tok_is(f, k + 1, f->w_which) ||
		    person_who(f, k, s0, ss) || examples_aside(f, k, s0, ss) ||
		    connective_aside(f, k, p, s0, ss)) &&
		    (relative(f, k + 1) || !inverted_over_aside(f, c, p, s0, ss))) {
			ing_relative(f, ss, &s0, &s1);
			head_of_aside_subject(f, ss, comma, p, &s0, &s1);
			record_tail(f, ss, &s0, ing);
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
		if ((inverted_np(f, c->t1, &s0, &s1) && !object_as(f, c, s1)) ||
		    inverted_after_quote(f, c, p, &s0, &s1) ||
		    inverted_described(f, c, p, &s0, &s1) ||
		    inverted_quantifier(f, c, p, &s0, &s1)) {
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
	if (c->s0 < 0 && !ing)
		series_verb(f, c, p, ss);
}
