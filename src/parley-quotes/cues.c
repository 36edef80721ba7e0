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

#include "cues.h"
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

/* topic_addressee: "spoke to CNN about", "talked with voters about":
 * the tokens from "to" or "with" at j over a short noun phrase (words
 * only, at most five) to "about"; 0 when that is not what is there. */
static int32_t
topic_addressee(const struct quote_finder *f, int32_t j)
{
	int32_t k;

	if (!tok_is(f, j, f->w_to) && !word_is(f, j, "with"))
		return 0;
	for (k = j + 1; k - j <= 5 && tok_word(f, k) && f->toks[k].q < 0 &&
	    !(f->toks[k].flags & TF_SENT) && !tok_is(f, k, f->w_about) &&
	    !tok_has(f, k, WC_PREP | WC_CONJ | WC_SUB | WC_REPORT); k++)
		;
	return k > j + 1 && tok_is(f, k, f->w_about) ? k - j : 0;
}

/* topic_gap: "spoke briefly about", "speaks at length about", "spoke
 * out about", "spoke to CNN about": the number of tokens between the
 * verb at i and the "about" or "of" of the two-word topic entry e
 * (frames n and p, no belief: talk about, speak of; not "focused
 * heavily on"), adverbs in -ly, out, up, more, much, often or "at
 * length", or an addressee before "about"; 0 when there are none. */
static int32_t
topic_gap(const struct quote_finder *f, int32_t i, const struct cue_entry *e)
{
	static const char *const adverbs[] = { "out", "up", "more", "much",
	    "often", "again" };
	int32_t j = i + 1;

	if (e->nwords != 2 || (e->frames & (FR_NP | FR_ABOUT)) !=
	    (FR_NP | FR_ABOUT) || (e->frames & FR_BELIEF) ||
	    f->toks[i].wid != e->words[0] || (e->words[1] != f->w_about &&
	    e->words[1] != f->w_of))
		return 0;
	for (; j - i <= 3 && tok_lower(f, j) && f->toks[j].q < 0; j++) {
		if (word_is(f, j, "at") && word_is(f, j + 1, "length"))
			j++;
		else if (!(f->toks[j].flags & TF_LY) && !word_among(f, j,
		    adverbs, sizeof adverbs / sizeof *adverbs))
			break;
	}
	if (e->words[1] == f->w_about)
		j += topic_addressee(f, j);
	return j > i + 1 && tok_word(f, j) && f->toks[j].q < 0 &&
	    !(f->toks[j].flags & TF_SENT) && f->toks[j].wid == e->words[1] ?
	    j - i - 1 : 0;
}

/* adverb_gap: "complained bitterly about", "pressed privately for": 1
 * when one lower-case adverb in -ly stands between the verb at i and the
 * preposition of the two-word entry e that takes a noun phrase and no
 * topic nor belief (complain about, press for; topic verbs have
 * topic_gap); 0 otherwise. */
static int32_t
adverb_gap(const struct quote_finder *f, int32_t i, const struct cue_entry *e)
{
	if (e->nwords != 2 || !(e->frames & FR_NP) ||
	    (e->frames & (FR_ABOUT | FR_BELIEF)) ||
	    f->toks[i].wid != e->words[0] || !tok_lower(f, i + 1) ||
	    !(f->toks[i + 1].flags & TF_LY) || f->toks[i + 1].q >= 0 ||
	    !tok_lower(f, i + 2) || f->toks[i + 2].wid != e->words[1])
		return 0;
	return 1;
}

/* entry_particle: is word wid a particle or pronoun of a phrase entry
 * (spoke out against, made it clear), which no adjective comes before? */
static bool
entry_particle(const struct quote_finder *f, int32_t wid)
{
	static const char *const particles[] = { "out", "up", "off", "back",
	    "down", "in", "aside", "over", "it" };
	const struct lex_word *w = &f->lx->words[wid];

	if (w->cls & (WC_PREP | WC_DET | WC_PRON | WC_OBJPRON | WC_ADV |
	    WC_CONJ | WC_NEG))
		return true;
	for (size_t k = 0; k < sizeof particles / sizeof *particles; k++)
		if (strcmp(w->s, particles[k]) == 0)
			return true;
	return false;
}

/* gap_word: may token j stand between words k - 1 and k of the phrase
 * entry e? A lower-case adverb in -ly anywhere ("spoke out sharply
 * against", "made it abundantly clear"), an intensifier before one
 * ("weigh in so publicly on"), or an open-class word before
 * the entry's noun right after its verb or determiner ("cast serious
 * doubt on", "made a strong case for"). */
static bool
gap_word(const struct quote_finder *f, int32_t j, const struct cue_entry *e,
    int k)
{
	static const char *const intensifiers[] = { "so", "very", "more",
	    "most", "too", "quite" };
	const struct tok *t = &f->toks[j];

	if (!tok_lower(f, j) || t->q >= 0 || (t->flags & TF_SENT))
		return false;
	if (t->flags & TF_LY)
		return true;
	if (tok_lower(f, j + 1) && (f->toks[j + 1].flags & TF_LY) &&
	    word_among(f, j, intensifiers, sizeof intensifiers /
	    sizeof *intensifiers))
		return true;
	if (k == e->nwords - 1 || (k > 1 &&
	    !(f->lx->words[e->words[k - 1]].cls & WC_DET)) ||
	    (t->cls & (WC_DET | WC_PRON | WC_OBJPRON | WC_PREP | WC_CONJ |
	    WC_SUB | WC_REL | WC_AUX | WC_ADV | WC_NEG | WC_BE | WC_HAVE |
	    WC_WH | WC_TIME | WC_QUANT | WC_REPORT | WC_CUE)))
		return false;
	return !entry_particle(f, e->words[k]) && !word_among(f, j,
	    intensifiers, sizeof intensifiers / sizeof *intensifiers);
}

/* phrase_gap: "spoke out sharply against", "cast serious doubt on": the
 * number of gap words (1 or 2) when the phrase entry e (three words or
 * more) matches at token i with gap_words between its words; 0
 * otherwise. */
static int32_t
phrase_gap(const struct quote_finder *f, int32_t i, const struct cue_entry *e)
{
	int32_t j = i, gap = 0, last = i + e->nwords - 1;
	int32_t w = e->words[e->nwords - 1];

	/* the gap is one or two words: the last word stands that far on */
	if (e->nwords < 3 || !(tok_is(f, last + 1, w) || tok_is(f, last + 2, w)))
		return 0;
	for (int k = 0; k < e->nwords; k++, j++) {
		while (k > 0 && gap < 2 && !tok_is(f, j, e->words[k]) &&
		    gap_word(f, j, e, k)) {
			gap++;
			j++;
		}
		if (!tok_word(f, j) || f->toks[j].q >= 0 ||
		    f->toks[j].wid != e->words[k] ||
		    (k > 0 && (f->toks[j].flags & TF_SENT)))
			return 0;
	}
	return gap;
}

/* entry_length: the tokens lexicon entry e covers at token i (its words,
 * with a topic verb's gap: "spoke briefly about", or an adverb's:
 * "complained bitterly about", or a phrase's: "cast serious doubt on");
 * 0 when it does not match there. */
static int32_t
entry_length(const struct quote_finder *f, int32_t i, const struct cue_entry *e)
{
	int32_t g;

	if (match_entry(f, i, e))
		return e->nwords;
	g = topic_gap(f, i, e);
	if (g == 0)
		g = adverb_gap(f, i, e);
	if (g == 0)
		g = phrase_gap(f, i, e);
	return g > 0 ? e->nwords + g : 0;
}

struct cue *
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

/* stance_of_relative: "voters who support Sanders", "a donor who had
 * endorsed him": is the speaker of stance cue c a noun phrase (any: "who"
 * says it is a person) and the relative "who" right after it, with no
 * comma between (a restrictive relative clause; "Smith, who" is a speaker
 * already)? */
static bool
stance_of_relative(const struct quote_finder *f, const struct cue *c)
{
	return stance_only(c) && c->s1 - c->s0 > 1 &&
	    f->toks[c->s1 - 1].wid == f->w_who &&
	    np_is_speaker(f, c->s0, c->s1 - 1, true);
}

/* quote_after_cue: does a quotation mark stand after cue c in its
 * sentence ("a candidate who promised X: “...”")? The content's end is
 * not known yet when the cue is read. */
static bool
quote_after_cue(const struct quote_finder *f, const struct cue *c)
{
	int32_t e = sentence_last(f, c->t0);

	for (int32_t k = c->t1; k <= e; k++)
		if (f->toks[k].type == TK_QUOTE || f->toks[k].q >= 0)
			return true;
	return false;
}

/* person_of_relative: "leaders who have slammed X", "two women who
 * publicly declared their allegiance": is the speaker of cue c, a cue of
 * speech or a statement (not a belief or a wish) reporting a clause or a
 * noun phrase with no quotation after it (nor a to-infinitive of another
 * cue: "who refused to endorse X" leaves "endorse" its speaker), a noun
 * phrase whose head is a person or a body noun (or "those") and the
 * relative "who" right after it with no comma between (a restrictive
 * relative clause)? */
static bool
person_of_relative(const struct quote_finder *f, const struct cue *c)
{
	return !(c->frames & FR_BELIEF) && c->s1 - c->s0 > 1 &&
	    (c->use == CU_CLAUSE || c->use == CU_NP) &&
	    f->toks[c->s1 - 1].wid == f->w_who &&
	    ((tok_has(f, c->s1 - 2, WC_PERSON | WC_GROUP) &&
	    !tok_has(f, c->s1 - 2, WC_MODIFIER) &&
	    np_is_speaker(f, c->s0, c->s1 - 1, false)) ||
	    (c->s1 - c->s0 == 2 && those_before_who(f, c->s1 - 1))) &&
	    !quote_after_cue(f, c) && !(tok_is(f, c->c0, f->w_to) &&
	    tok_has(f, c->c0 + 1, WC_CUE));
}

/* those_who: "But those who back her": extends the speaker of cue c,
 * "who" alone, over the lower-case "those" before it. */
static void
those_who(const struct quote_finder *f, struct cue *c, int32_t ss)
{
	if (c->s0 > ss && c->s1 == c->s0 + 1 && !c->inverted &&
	    those_before_who(f, c->s0))
		c->s0--;
}

/* record_speaker: does the speaker of cue c end in a record (a poll, a
 * report, a paper: a speaker noun of class d), or in the relative "that"
 * or "which" right after one ("polls that show him leading", "a paper
 * that found")? */
static bool
record_speaker(const struct quote_finder *f, const struct cue *c)
{
	int32_t h = c->s1 - 1;

	if (c->s0 < 0)
		return false;
	if (h > c->s0 && (tok_is(f, h, f->w_that) || tok_is(f, h, f->w_which)))
		h--;
	return (f->toks[h].cls & WC_DOCUMENT) != 0;
}

/* declared_winner: is passive cue c "declared" or "announced" with "the
 * winner" (or "the nominee") right after it ("Smith was declared the
 * winner in Iowa")? */
static bool
declared_winner(const struct quote_finder *f, const struct cue *c)
{
	static const char *const verbs[] = { "declared", "announced" };
	static const char *const nouns[] = { "winner", "nominee" };

	return c->t1 == c->c0 && word_among(f, c->t0, verbs, 2) &&
	    tok_is(f, c->c0, f->w_the) && word_among(f, c->c0 + 1, nouns, 2);
}

/* analyse fills in cue c found at its tokens; false to forget it. */
static bool
analyse(struct quote_finder *f, struct cue *c)
{
	int32_t ss = sentence_start(f, c->t0);
	uint32_t fr = c->frames;
	bool impersonal = false;

	if ((fr & FR_OPTIN) && !f->opts.beliefs)
		return false;
	if (backing_measure(f, c))
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
		headline_second_verb(f, c, ss);
		return c->use != CU_NONE;
	}
	if (noun_use(f, c->t0) || modifier_use(f, c) || named_attack(f, c->t0))
		return false;
	if (agent(f, c, ss) || stance_by_agent(f, c, ss))
		return true;
	if (passive_use(f, c->t0, ss) || reduced_passive(f, c, ss)) {
		c->passive = true;
		/* asked about a visit by X: "by" is in what it is about */
		if (!(fr & FR_ABOUT))
			passive_agent(f, c);
	} else {
		find_speaker(f, c, ss);
		what_it_calls(f, c, ss);
		headline_second_verb(f, c, ss);
		if (participle_of_noun(f, c) || headline_misread(f, c) ||
		    headline_noun(f, c) || advice(f, c) || naming(f, c))
			return false;
		/* it's worth pointing out that: said by no one named */
		if (impersonal_participle(f, c)) {
			c->s0 = c->s1 = -1;
			c->frames |= FR_EVIDENT;
			impersonal = true;
		}
	}
	if ((fr & FR_RECORD) && !c->passive &&
	    !record_speaker(f, c))
		record_subject(f, c, ss);
	if (c->s0 < 0 && !c->passive && !c->inherit && !impersonal)
		return false;
	if (!asked_about(f, c))
		complement(f, c);
	if (subject_head(f, c) || contest_use(f, c) || office_sought(f, c) ||
	    goods_offered(f, c))
		return false;
	if (c->use == CU_NONE || c->use == CU_NP)
		object_relative(f, c, ss);
	if (c->passive && c->use == CU_BEFORE)
		c->use = CU_NONE;
	/* Trump is expected to win: a belief no one is named to hold; they
	 * were asked to rank their choices: a request no one is named to make */
	if (c->passive && c->s0 < 0 && (fr & (FR_BELIEF | FR_OBJECT)) &&
	    c->use == CU_CLAUSE &&
	    tok_is(f, c->c0, f->w_to))
		c->frames |= FR_EVIDENT;
	/* it was reported that ..., I was told that ...: speech no one is
	 * named to make (not "posted from an account of a group that ...") */
	if (c->passive && c->s0 < 0 && !(fr & FR_BELIEF) && c->use == CU_CLAUSE &&
	    tok_is(f, c->c0 - 1, f->w_that) && (c->c0 - 1 == c->t1 ||
	    tok_has(f, c->c0 - 2, WC_TIME | WC_ADV) ||
	    (f->toks[c->c0 - 2].flags & (TF_LY | TF_DIGIT))))
		c->frames |= FR_EVIDENT;
	/* he is accused of killing nine people: by no one named */
	if (c->passive && c->s0 < 0 && c->use == CU_NP && word_is(f, c->t0,
	    "accused"))
		c->frames |= FR_EVIDENT;
	/* Smith was declared the winner: a result announced by no one named */
	if (c->passive && c->s0 < 0 && c->use == CU_NP && declared_winner(f, c))
		c->frames |= FR_EVIDENT;
	/* when asked about X: a topic put by no one named */
	if (c->passive && c->s0 < 0 && (fr & FR_ABOUT) && c->use == CU_NP &&
	    tok_is(f, c->t0, f->w_asked))
		c->frames |= FR_EVIDENT;
	if (c->agent && (c->use == CU_NONE || c->use == CU_BEFORE))
		passive_subject(f, c, ss);
	if ((fr & FR_RECORD) && !record_speaker(f, c))
		return false;
	if (c->s0 >= 0 && (fr & FR_NOPRON) && (f->toks[c->s1 - 1].cls & WC_PRON))
		return false;
	those_who(f, c, ss);
	if (c->s0 >= 0 && !np_is_speaker(f, c->s0, c->s1, (fr & FR_ANYSUBJ) ||
	    c->use == CU_QUOTE || c->use == CU_BEFORE || (c->use == CU_CLAUSE &&
	    tok_is(f, c->c0 - 1, f->w_that)) || c->any_subject) &&
	    !stance_of_relative(f, c) && !person_of_relative(f, c))
		return false;
	return true;
}

/* title_case: is the sentence of token i a headline in Title Case (every
 * word capitalised but short function words), "Glenn Beck Says Trump
 * Poses A Threat"? */
bool
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
	if (adverb_back(f, i))
		return -1;    /* wrote back, said back in May */
	/* a capitalised verb inside a sentence is a name (Hope, Trust),
	 * unless the sentence is a headline in Title Case */
	if ((t->flags & TF_CAP) && !(t->flags & (TF_SENT | TF_HEADLINE)) &&
	    !(t->flags & TF_UPPER) && !((t->flags & TF_ED) && t->e - t->b > 5) &&
	    !opens_aside(f, i) && !title_case(f, i))
		return -1;
	w = &f->lx->words[t->wid];
	for (int32_t k = 0; k < w->ncues; k++)
		if (entry_length(f, i, &f->lx->cues[w->cue0 + k]) > 0)
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
		int32_t len;

		if (ce->nwords != f->lx->cues[e].nwords ||
		    (len = entry_length(f, i, ce)) == 0)
			continue;
		c = new_cue(f);
		c->t0 = i;
		c->t1 = i + len;
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
	drop_headline_label_reports(f);
	drop_reported_possessed_nouns(f);
	drop_polled_shares(f);
	drop_speech_before_quotes(f);
	drop_written_works(f);
	drop_questions_to_you(f);
	drop_verb_contents(f);
}
