/* mention.c - where a speaker's mention starts and ends: over a
 * prepositional phrase ("The senator from Vermont"), a share ("Two in
 * three voters", "More than six in 10"), a coordination ("Smith and
 * Jones"), an apposition, "close to" / "familiar with" phrases, "of"
 * heads and examples ("the biggest hawks, like X and Y,"). */
#include "cues.h"

/* before_participle: token p, or the one before it when p is a
 * participle in -ed that is no noun of speakers ("obtained" in "A letter
 * obtained by the AP", "interviewed" in "A witness interviewed by
 * staff"): where the head before a prepositional phrase may end. */
static int32_t
before_participle(const struct quote_finder *f, int32_t p)
{
	return tok_lower(f, p) && (f->toks[p].flags & TF_ED) &&
	    !(f->toks[p].cls & (WC_SPEAKER | WC_MODIFIER)) ? p - 1 : p;
}

/* speaker_noun_to: "Aides to Clinton say", "an adviser to the senator
 * said": is token p a lower-case "to" after a noun of speakers (no -ing
 * or -ed word) and before a name or a determiner (no infinitive: "expect
 * the agency to dial back")? */
static bool
speaker_noun_to(const struct quote_finder *f, int32_t p)
{
	return tok_lower(f, p) && tok_is(f, p, f->w_to) &&
	    tok_has(f, p - 1, WC_SPEAKER) && !(f->toks[p - 1].flags &
	    (TF_ING | TF_ED)) && tok_word(f, p + 1) &&
	    ((f->toks[p + 1].flags & TF_CAP) ||
	    tok_has(f, p + 1, WC_DET | WC_QUANT));
}

/* head_before_pp: "a spokesman for the company said", "A letter from the
 * American Legion obtained by The Associated Press warns": the mention is
 * the head before the prepositional phrases and participles. */
void
head_before_pp(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	for (int n = 0; n < 3; n++) {
		int32_t p = *s0 - 1, a, b;

		if (!(f->toks[*s0].cls & (WC_DET | WC_QUANT)) || p <= ss)
			return;
		if (!tok_has(f, p, WC_PREP) || tok_has(f, p, WC_SUB | WC_CONJ) ||
		    (tok_is(f, p, f->w_to) && !speaker_noun_to(f, p)))
			return;
		p = before_participle(f, p - 1);    /* obtained by */
		if (!np_left(f, p, ss, &a, &b) || !np_is_speaker(f, a, b, false) ||
		    is_pron(f, b - 1))
			return;
		*s0 = a;
		*s1 = b;
	}
}

/* study_noun: is token i a poll, a survey, a study or another record of
 * what was asked or examined ("results", "review", "analysis"), whose
 * "of" or "among" phrase names those it examined, not its author (not "a
 * statement of X", "footage of X")? */
static bool
study_noun(const struct quote_finder *f, int32_t i)
{
	static const char *const study[] = { "poll", "polls", "polling",
	    "survey", "surveys", "study", "studies", "review", "reviews",
	    "analysis", "analyses", "audit", "audits", "results", "findings" };

	return (f->toks[i].cls & WC_DOCUMENT) &&
	    word_among(f, i, study, sizeof study / sizeof *study);
}

/* record_tail: "A YouGov poll of American voters revealed", "A letter to
 * platform committee members calls for", "Early results of an entrance
 * poll of caucus-goers showing": the mention [*s0, *s1) is the object of
 * a lower-case "of" or "among" after a poll or a study, or of "to" after
 * a document when the cue is no participle ("his memo to employees
 * explaining" is his); those examined or written to say nothing, the
 * record does: the mention starts with the record's phrase (up to three
 * records). */
void
record_tail(const struct quote_finder *f, int32_t ss, int32_t *s0, bool ing)
{
	for (int n = 0; n < 3; n++) {
		int32_t p = *s0 - 1, a, b;
		bool to;

		if (p - 1 <= ss || !tok_lower(f, p))
			return;
		to = tok_is(f, p, f->w_to);
		if (!to && !tok_is(f, p, f->w_of) && !lower_word(f, p, "among"))
			return;
		if ((to && ing) || !np_left(f, p - 1, ss, &a, &b) || b != p ||
		    !tok_lower(f, b - 1) || !(to ? (f->toks[b - 1].cls &
		    WC_DOCUMENT) != 0 : study_noun(f, b - 1)))
			return;
		*s0 = a;
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

/* approximately: "About four in 10 said", "nearly 140 House members
 * blasted", "Only two Democrats back": 1 when a word saying how near the
 * count is ("about", "nearly", "only" ...) stands before token n, a
 * count (no "90-second"), else 0. */
static int32_t
approximately(const struct quote_finder *f, int32_t ss, int32_t n)
{
	if (n - 1 < ss || memchr(f->text + f->toks[n].b, '-',
	    f->toks[n].e - f->toks[n].b))
		return 0;
	return near_word(f, n - 1);
}

/* share_in: "Two in three voters said", "About one in five say", "four
 * out of 10 voters": the mention [*s0, s1) opening with a number after
 * "in" or "out of" and a number is one share of a whole; the speaker
 * starts at the first number, or at "more than" before it ("More than
 * six in 10", "more than 100 voters"). */
void
share_in(const struct quote_finder *f, int32_t ss, int32_t *s0, int32_t s1)
{
	int32_t p = *s0 - 1;

	if (s1 - *s0 > 6)
		return;
	if (p - 1 >= ss) {
		if (tok_is(f, p, f->w_of) && lower_word(f, p - 1, "out"))
			p--;
		else if (!tok_is(f, p, f->w_in) || !tok_lower(f, p))
			p = ss - 1;
		if (p - 1 >= ss && number_word(f, *s0) && number_word(f, p - 1))
			*s0 = p - 1;
	}
	/* a share or a number of persons (not "less than two weeks ago") */
	if (number_word(f, *s0) && (tok_has(f, s1 - 1, WC_SPEAKER) ||
	    (s1 - *s0 >= 3 && number_word(f, s1 - 1)))) {
		*s0 -= more_than(f, ss, *s0);
		*s0 -= approximately(f, ss, *s0);
	}
}

/* plural_possessor: "Sanders’ campaign said", "the attackers' leader
 * said": the mention [*s0, s1) follows an apostrophe closing a word in
 * -s (a possessive, no quotation mark: no space before it, one after it);
 * the mention starts with that possessor. */
void
plural_possessor(const struct quote_finder *f, int32_t ss, int32_t *s0)
{
	int32_t p = *s0 - 1, a, b;
	const struct tok *t;

	if (p - 1 < ss || f->toks[p].type != TK_QUOTE ||
	    (f->toks[p].cp != '\'' && f->toks[p].cp != 0x2019))
		return;
	t = &f->toks[p];
	if ((t->flags & (TF_OPEN | TF_CLOSE | TF_SPB)) ||
	    !(f->toks[*s0].flags & TF_SPB) || !tok_word(f, p - 1) ||
	    (f->text[t->b - 1] != 's' && f->text[t->b - 1] != 'S'))
		return;
	if (np_left(f, p - 1, ss, &a, &b) && b == p)
		*s0 = a;
}

/* quantity_noun: is token i a word of quantity that "of" may follow
 * ("half of voters", "85% of Democrats", "a number of attendees", "Many
 * of you", "one of her ads", "two-thirds of voters")? */
static bool
quantity_noun(const struct quote_finder *f, int32_t i)
{
	static const char *const quantity[] = { "half", "third", "thirds",
	    "quarter", "quarters", "fifth", "fifths", "majority",
	    "majorities", "plurality", "minority", "number", "handful",
	    "lots", "dozens", "hundreds", "thousands", "many", "most", "some",
	    "none", "all", "both", "few", "several", "percent" };

	const struct tok *t = &f->toks[i];
	size_t h = t->e;

	if (tok_punct(f, i, '%') || number_word(f, i) ||
	    word_among(f, i, quantity, sizeof quantity / sizeof *quantity))
		return true;
	/* two-thirds, three-quarters: the part after the last hyphen */
	while (tok_word(f, i) && h > t->b && f->text[h - 1] != '-')
		h--;
	if (!tok_word(f, i) || h <= t->b)
		return false;
	for (size_t k = 0; k < sizeof quantity / sizeof *quantity; k++)
		if (t->e - h == strlen(quantity[k]) &&
		    strncasecmp(f->text + h, quantity[k], t->e - h) == 0)
			return true;
	return false;
}

/* quantity_of: "about half of Democratic voters said", "85% of
 * Democrats said", "A growing number of senators support": the mention
 * [*s0, s1) of speakers is the object of "of" after a quantity; the
 * speaker is the whole, from the quantity's phrase (and "about",
 * "nearly", "more than" before it). */
void
quantity_of(const struct quote_finder *f, int32_t ss, int32_t *s0, int32_t s1)
{
	static const char *const roughly[] = { "about", "nearly", "almost",
	    "roughly", "only", "just", "even", "over", "under" };
	int32_t q = *s0 - 2, a = q, x, y;

	if (q < ss || !tok_is(f, *s0 - 1, f->w_of) || !tok_lower(f, *s0 - 1) ||
	    !quantity_noun(f, q) || !np_is_speaker(f, *s0, s1, false))
		return;
	if (tok_punct(f, q, '%') && q - 1 >= ss && (f->toks[q - 1].flags &
	    TF_DIGIT))
		a = q - 1;
	else if (np_left(f, q, ss, &x, &y) && y == q + 1)
		a = x;
	if (a - 1 >= ss && word_among(f, a - 1, roughly,
	    sizeof roughly / sizeof *roughly))
		a--;
	*s0 = a - more_than(f, ss, a);
}

/* bare_pp_head: "The senator from Vermont said", "People in Fort Pierce
 * say", "A witness interviewed by congressional staff said": the mention
 * [*s0, *s1) before a verb is a name or a noun with no determiner in a
 * prepositional phrase after the head that is the speaker (not "of": "8
 * in 10 of voters", nor "like" or "outside", nor a number or a quantity
 * for head, nor "by 0.1 points"); a name with a name after the
 * preposition ("the Board on Professional Responsibility") is one name;
 * head_before_pp goes on from that head. */
void
bare_pp_head(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1)
{
	int32_t p = *s0 - 1, a, b;

	if (p <= ss || (f->toks[*s0].cls & (WC_DET | WC_QUANT)) ||
	    ((f->toks[*s0].flags & TF_DIGIT) && tok_is(f, p, f->w_by)) ||
	    !tok_lower(f, p) || !tok_has(f, p, WC_PREP) ||
	    tok_has(f, p, WC_SUB | WC_CONJ) ||
	    (tok_is(f, p, f->w_to) && !speaker_noun_to(f, p)) ||
	    tok_is(f, p, f->w_of) || lower_word(f, p, "like") ||
	    lower_word(f, p, "outside"))
		return;
	p = before_participle(f, p - 1);    /* interviewed by */
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

/* after_time_noun: does token k, a name, a quantifier or a person or a
 * group, follow a lower-case time noun that is no part of a modifier
 * joined by a hyphen ("last month Cameron", "many times people"; not "a
 * 10-year veteran", "last year's figures")? */
static bool
after_time_noun(const struct quote_finder *f, int32_t k)
{
	static const char *const time[] = { "week", "weeks", "month",
	    "months", "year", "years", "day", "days", "decades", "times",
	    "hours", "minutes" };

	return ((f->toks[k].flags & TF_CAP) ||
	    tok_has(f, k, WC_QUANT | WC_PERSON | WC_GROUP)) &&
	    !tok_punct(f, k - 2, '-') && (tok_has(f, k - 1, WC_TIME) ||
	    f->text[f->toks[k - 1].e - 1] == 's') &&
	    lower_among(f, k - 1, time, sizeof time / sizeof *time);
}

/* contact_quantifier: is token k a quantifier opening a contact clause
 * after a lower-case noun ("the kind of jurist many Republicans fear",
 * "something many critics had urged", "a strategy some believe"; not
 * "very few", "persuading some delegates", nor "most" ending the mention
 * at s1: "the candidate most identified with")? */
static bool
contact_quantifier(const struct quote_finder *f, int32_t k, int32_t s1)
{
	static const char *const quant[] = { "some", "many", "most",
	    "several", "few" };
	static const char *const degree[] = { "very", "so", "too", "how",
	    "as" };
	static const char *const things[] = { "something", "nothing",
	    "anything", "everything" };
	const struct tok *p = &f->toks[k - 1];

	if (!tok_has(f, k, WC_QUANT) ||
	    !lower_among(f, k, quant, sizeof quant / sizeof *quant) ||
	    (k + 1 == s1 && lower_word(f, k, "most")) || !tok_lower(f, k - 1) ||
	    (p->cls & (WC_DET | WC_QUANT | WC_ADV | WC_PREP | WC_CONJ)) ||
	    (p->flags & (TF_LY | TF_ED)) ||
	    lower_among(f, k - 1, degree, sizeof degree / sizeof *degree))
		return false;
	return !(p->flags & TF_ING) ||
	    lower_among(f, k - 1, things, sizeof things / sizeof *things);
}

/* subject_after_adjunct: "last month Cameron had ordered", "for decades
 * some critics had been predicting", "the kind of jurist many
 * Republicans fear": the mention [*s0, s1) ran left over a time noun or
 * the noun a contact clause follows; it starts after the time noun or at
 * the clause's quantifier. */
void
subject_after_adjunct(const struct quote_finder *f, int32_t *s0, int32_t s1)
{
	for (int32_t k = s1 - 1; k > *s0; k--)
		if (tok_word(f, k) && tok_lower(f, k - 1) &&
		    (after_time_noun(f, k) || contact_quantifier(f, k, s1))) {
			*s0 = k;
			return;
		}
}

/* name_epithet: "Obama the realist knows", "So, Obama the hopeful has
 * applauded": the mention [*s0, s1), "the" and one or two lower-case
 * words, follows a name (capitalised words only, no time word) that
 * opens the clause, at the sentence's start or after a comma (not
 * "Nothing the president said"): the mention starts at that name. */
void
name_epithet(const struct quote_finder *f, int32_t ss, int32_t *s0, int32_t s1)
{
	static const char *const pronoun[] = { "nothing", "something",
	    "everything", "anything", "nobody", "somebody", "everybody",
	    "anybody", "everyone", "someone", "anyone" };
	int32_t k = *s0 - 1, a, b;

	if (s1 - *s0 < 2 || s1 - *s0 > 3 || !tok_lower(f, *s0) ||
	    !tok_is(f, *s0, f->w_the) || !tok_lower(f, s1 - 1) || k < ss ||
	    !tok_word(f, k) || !(f->toks[k].flags & TF_CAP) ||
	    tok_has(f, k, WC_PREP | WC_DET | WC_CONJ | WC_SUB | WC_ADV |
	    WC_PRON | WC_TIME | WC_QUANT | WC_REL | WC_WH) ||
	    !np_left(f, k, ss, &a, &b) || b != k + 1 ||
	    (a != ss && !comma_like(f, a - 1)) ||
	    word_among(f, k, pronoun, sizeof pronoun / sizeof *pronoun))
		return;
	for (int32_t j = a; j <= k; j++)
		if (!tok_word(f, j) || !(f->toks[j].flags & TF_CAP) ||
		    tok_has(f, j, WC_TIME))
			return;
	*s0 = a;
}

/* opening_conjunction: is token p a conjunction opening its sentence
 * ("But attorneys and legal experts said", "And Smith and Jones say")? */
static bool
opening_conjunction(const struct quote_finder *f, int32_t ss, int32_t p)
{
	return p >= ss && (p == ss || (f->toks[p].flags & TF_SENT)) &&
	    tok_has(f, p, WC_CONJ);
}

/* paired_modifiers: "Current and former officials said", "five past and
 * current employees told": the mention [*s0, s1) opens with a modifier of
 * time that "and" joins to another before it; the mention starts at the
 * first modifier, or at a number or a determiner before it. */
static void
paired_modifiers(const struct quote_finder *f, int32_t ss, int32_t *s0)
{
	static const char *const when[] = { "current", "former", "past",
	    "present", "retired", "active", "future" };
	const size_t n = sizeof when / sizeof *when;
	int32_t a = *s0 - 2;

	if (a < ss || !tok_is(f, *s0 - 1, f->w_and) ||
	    !word_among(f, *s0, when, n) || !word_among(f, a, when, n))
		return;
	if (a - 1 >= ss && (number_word(f, a - 1) ||
	    tok_has(f, a - 1, WC_DET | WC_QUANT)) && !is_pron(f, a - 1))
		a--;
	*s0 = a;
}

/* neither_before: "Neither Cruz nor Christie said": does "neither" open
 * the mention at *a or stand just before it (then *a moves onto it)? */
static bool
neither_before(const struct quote_finder *f, int32_t ss, int32_t *a)
{
	if (word_is(f, *a, "neither"))
		return true;
	if (*a - 1 < ss || !word_is(f, *a - 1, "neither"))
		return false;
	(*a)--;
	return true;
}

/* coordinated: "Smith and Jones said", "Neither X nor Y said", "“...,” the senator and
 * presidential candidate said": the mention at [*s0, s1) and a mention
 * joined to it by "and" (and "both" before it) that opens the clause (or
 * follows a quotation, a comma or a conjunction opening the sentence),
 * not the object of a verb before it. */
void
coordinated(const struct quote_finder *f, int32_t ss, int32_t *s0, int32_t s1)
{
	int32_t a, b, p;
	bool nor;

	paired_modifiers(f, ss, s0);
	nor = *s0 - 1 >= ss && word_is(f, *s0 - 1, "nor");
	if ((!tok_is(f, *s0 - 1, f->w_and) && !nor) || *s0 - 2 < ss ||
	    !np_left(f, *s0 - 2, ss, &a, &b) || b != *s0 - 1 ||
	    !np_is_speaker(f, a, b, false) || !np_is_speaker(f, *s0, s1, false))
		return;
	if (nor && !neither_before(f, ss, &a))
		return;
	if (a - 1 >= ss && word_is(f, a - 1, "both"))
		a--;    /* Both the Times and the Journal */
	p = a - 1;
	if (a == ss || (f->toks[a].flags & TF_SENT) || tok_punct(f, p, ',') ||
	    (p >= 0 && (f->toks[p].flags & TF_CLOSE)) || clause_opener(f, p) ||
	    opening_conjunction(f, ss, p) || a == clause_start(f, *s0))
		*s0 = tok_punct(f, p, ',') ? list_start(f, ss, a) : a;
}

/* appositive_start: "Tom Brown, the head of a small group, who said": the
 * mention [s0, s1) set off before a relative pronoun is the end of a
 * prepositional phrase of an apposition; the mention starts at the name
 * the apposition describes. */
int32_t
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
bool
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

/* share_apposition: "A third of independents, 33%, say", "About
 * two-thirds, 67 percent, say": a poll's share set off by commas ends at
 * the comma p before the verb; the mention before it is the speaker, or
 * the share itself when there is none; true with its span. */
bool
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

/* examples_aside: "the biggest hawks, like Rubio and Bush, say",
 * "Several critics, including The Times, have said": does a lower-case
 * "like" or "including" and a name after the comma at token k give
 * examples of the mention starting at token s0 before it, which then
 * names persons whatever its noun (not the object of a preposition:
 * "interviewed at rallies, including X, said")? */
bool
examples_aside(const struct quote_finder *f, int32_t k, int32_t s0,
    int32_t ss)
{
	return (lower_word(f, k + 1, "like") || lower_word(f, k + 1,
	    "including")) && tok_word(f, k + 2) &&
	    (f->toks[k + 2].flags & TF_CAP) &&
	    (s0 == ss || !tok_has(f, s0 - 1, WC_PREP));
}

/* of_head: "Supporters of abortion rights, on the other hand, argued":
 * the mention ending at token e, before an aside, holds (or is the
 * object of) "of" or "for" after a speaker noun and opens the clause of
 * cue c; true with the whole mention from that noun. */
bool
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
