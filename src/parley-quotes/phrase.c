/* phrase.c - reading just enough of a sentence: the noun phrase that ends
 * or starts at a token (a speaker mention), what may stand between a
 * subject and its verb, and where a reported clause ends. No tagger: the
 * closed classes of the lexicon, capitals and a few suffixes decide. */
#include <string.h>
#include <strings.h>

#include "finder.h"

#define NP_MAX_WORDS 10
#define LOWER_WINDOW 400

static bool
same_sentence(const struct quote_finder *f, int32_t a, int32_t b)
{
	return f->toks[a].sent == f->toks[b].sent;
}

int32_t
sentence_start(const struct quote_finder *f, int32_t i)
{
	/* the token before i with TF_SENT: the first of its sentence */
	return i > 0 ? f->sent_first[f->toks[i].sent] : i;
}

int32_t
sentence_last(const struct quote_finder *f, int32_t i)
{
	while ((size_t)i + 1 < f->ntoks && !(f->toks[i + 1].flags & TF_SENT))
		i++;
	return i;
}

/* abbrev_dot: token i is a '.' that belongs to the word before it (Mr.,
 * J.D., U.S.). */
static bool
abbrev_dot(const struct quote_finder *f, int32_t i)
{
	const struct tok *w;

	if (!tok_punct(f, i, '.') || i == 0 || (f->toks[i].flags & TF_SPB))
		return false;
	w = &f->toks[i - 1];
	return w->type == TK_WORD && ((w->cls & (WC_TITLE | WC_ABBR)) ||
	    (w->flags & TF_DOTTED) || (w->e - w->b == 1 && (w->flags & TF_CAP)));
}

/* function_word: a closed-class word that cannot be part of a mention. */
static bool
function_word(const struct tok *t)
{
	return (t->cls & (WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_AUX |
	    WC_NEG | WC_PRON | WC_OBJPRON | WC_BE | WC_WH)) != 0 &&
	    (t->cls & (WC_SPEAKER | WC_MODIFIER)) == 0;
}

/* np_word: may token t be inside a mention (not its determiner)? */
static bool
np_word(const struct quote_finder *f, const struct tok *t)
{
	if (t->type != TK_WORD || t->q >= 0)
		return false;
	if (t->flags & (TF_CAP | TF_DIGIT))
		return !function_word(t) || (t->flags & TF_UPPER);
	if (function_word(t) || (t->cls & (WC_ADV | WC_DET)))
		return false;
	if (t->cls & (WC_SPEAKER | WC_MODIFIER))
		return true;
	if (t->flags & (TF_LY | TF_ED))
		return false;
	/* a verb of the lexicon is no noun ("told", "warned"), unless it
	 * is a noun too (a "press" secretary, "reports") */
	if ((t->cls & WC_REPORT) && (t->flags & TF_ING))
		return false;
	return true;
}

/* nickname: does the mark at token open set off a nickname inside a
 * name, one or two capitalised words between a name's words, each mark
 * touching them ("Marcia “Cia” Price", "Thomas “Tip” O'Neill"; not in a
 * headline nor next to a reporting word: "General Reveals “Grim” Truth")? */
bool
nickname(const struct quote_finder *f, int32_t open)
{
	int32_t c = open + 2;

	if (open < 1 || !tok_word(f, open - 1) ||
	    !(f->toks[open - 1].flags & TF_CAP) || !tok_word(f, open + 1) ||
	    !(f->toks[open + 1].flags & TF_CAP) ||
	    (f->toks[open].flags & TF_SPA) || !(f->toks[open].flags & TF_SPB))
		return false;
	if (tok_word(f, c) && (f->toks[c].flags & TF_CAP))
		c++;
	return (size_t)c + 1 < f->ntoks && f->toks[c].type == TK_QUOTE &&
	    !(f->toks[c].flags & TF_SPB) && (f->toks[c].flags & TF_SPA) &&
	    tok_word(f, c + 1) && (f->toks[c + 1].flags & TF_CAP) &&
	    !(f->toks[c + 1].flags & TF_SENT) &&
	    f->toks[open - 1].sent == f->toks[c + 1].sent &&
	    !function_word(&f->toks[c + 1]) && !function_word(&f->toks[open - 1]) &&
	    !tok_has(f, open - 1, WC_REPORT) && !tok_has(f, c + 1, WC_REPORT) &&
	    !(f->toks[open].flags & TF_HEADLINE);
}

/* nickname_mark: is token i a mark of a nickname inside a name? */
static bool
nickname_mark(const struct quote_finder *f, int32_t i)
{
	if (i < 0 || (size_t)i >= f->ntoks || f->toks[i].type != TK_QUOTE ||
	    f->toks[i].q >= 0)
		return false;
	return nickname(f, i) || (i >= 2 && nickname(f, i - 2)) ||
	    (i >= 3 && nickname(f, i - 3));
}

/* percent_sign: a % right after a number that opens a clause ("On
 * taxes, 42% say", "...; 26% say"; not "sales rose 5%") */
static bool
percent_sign(const struct quote_finder *f, int32_t i)
{
	int32_t n = i - 1;

	if (i < 1 || !tok_punct(f, i, '%') || (f->toks[i].flags & TF_SPB) ||
	    !tok_word(f, n) || !(f->toks[n].flags & TF_DIGIT))
		return false;
	return n == 0 || (f->toks[n].flags & TF_SENT) || tok_punct(f, n - 1, ',') ||
	    tok_punct(f, n - 1, ':') || tok_punct(f, n - 1, ';') ||
	    tok_has(f, n - 1, WC_CONJ | WC_SUB);
}

/* polled: "those surveyed", "the voters polled": the people a poll
 * asked, the participle after "those" or a noun of persons at i */
static bool
polled(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];
	size_t n = t->e - t->b;

	if (i < 1 || !tok_lower(f, i) || !(t->flags & TF_ED) ||
	    !((n == 8 && memcmp(f->text + t->b, "surveyed", 8) == 0) ||
	    (n == 6 && memcmp(f->text + t->b, "polled", 6) == 0)))
		return false;
	return tok_is(f, i - 1, f->w_those) || (tok_lower(f, i - 1) &&
	    tok_has(f, i - 1, WC_SPEAKER));
}

static bool
is_pronoun(const struct tok *t)
{
	return t->type == TK_WORD && (t->cls & WC_PRON) &&
	    !(t->cls & WC_SPEAKER) && !(t->flags & TF_UPPER);
}

/* hyphen_joined: is token i a word joined by a hyphen, with no space on
 * either side, to what stands before it ("U.S.-based": "based")? */
static bool
hyphen_joined(const struct quote_finder *f, int32_t i)
{
	return i >= 2 && tok_word(f, i) && tok_punct(f, i - 1, '-') &&
	    !(f->toks[i].flags & TF_SPB) && !(f->toks[i - 1].flags & TF_SPB);
}

/* article_participle: "the unsigned opinion", "a leaked memo": is token
 * k a lower-case word in -ed or -en between an article and a lower-case
 * noun of the mention, an adjective and not the verb of a clause? */
static bool
article_participle(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	return k >= 1 && tok_lower(f, k) && (t->flags & TF_ED) &&
	    !(t->cls & (WC_AUX | WC_BE | WC_HAVE)) &&
	    (tok_is(f, k - 1, f->w_the) || tok_is(f, k - 1, f->w_a) ||
	    tok_is(f, k - 1, f->w_an)) && tok_lower(f, k + 1) &&
	    np_word(f, &f->toks[k + 1]);
}

/* opening_sentence_adverb: is token i an adverb opening its sentence
 * before a capitalised word, no part of the mention that follows ("Then
 * Trump said", "Perhaps young voters think", "No wonder Trump says";
 * "then" is also a modifier of titles, so the lexicon cannot say it)? */
static bool
opening_sentence_adverb(const struct quote_finder *f, int32_t i)
{
	static const char *const words[] = { "then", "perhaps", "maybe" };
	const struct tok *t = &f->toks[i];
	size_t n = t->e - t->b;

	if (!(t->flags & TF_SENT) || !(t->flags & TF_CAP) || (t->flags & TF_UPPER))
		return false;
	if (n == 2 && strncmp(f->text + t->b, "No", 2) == 0 &&
	    lower_word(f, i + 1, "wonder"))
		return true;
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (n == strlen(words[k]) &&
		    strncasecmp(f->text + t->b, words[k], n) == 0)
			return true;
	return false;
}

/* clock_time: is token i the end of a time of day glued to its "AM" or
 * "PM" ("3:39PM Donald Trump" in a live blog: "39PM"), no part of the
 * mention after it? */
static bool
clock_time(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];
	size_t n = t->e - t->b;
	const char *e = f->text + t->e;

	return (t->flags & TF_DIGIT) && n >= 3 && n <= 4 &&
	    f->text[t->b] >= '0' && f->text[t->b] <= '9' &&
	    (strncasecmp(e - 2, "am", 2) == 0 || strncasecmp(e - 2, "pm", 2) == 0);
}

/* first_lady: is token i "first" before a lower-case "lady" or "ladies",
 * a title and not the adverb ("The former first lady said", "First lady
 * Michelle Obama said")? */
static bool
first_lady(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	return i >= 0 && (size_t)i + 1 < f->ntoks && t->type == TK_WORD &&
	    t->q < 0 && t->e - t->b == 5 &&
	    strncasecmp(f->text + t->b, "first", 5) == 0 &&
	    (lower_word(f, i + 1, "lady") || lower_word(f, i + 1, "ladies"));
}

bool
np_left(const struct quote_finder *f, int32_t end, int32_t limit,
    int32_t *s0, int32_t *s1)
{
	int32_t i = end, words = 0;
	const struct tok *t;

	if (end < limit || end < 0)
		return false;
	/* the F.B.I. said: the dot belongs to the mention */
	if (abbrev_dot(f, end) && end - 1 >= limit) {
		if (!np_left(f, end - 1, limit, s0, s1))
			return false;
		*s1 = end + 1;
		return true;
	}
	t = &f->toks[end];
	if (t->q >= 0)
		return false;
	if (is_pronoun(t)) {
		*s0 = end;
		*s1 = end + 1;
		return true;
	}
	/* Another tweeted, Some say: a determiner standing alone */
	if ((t->cls & (WC_DET | WC_QUANT)) && ((t->flags & TF_SENT) || (end > 0 &&
	    (tok_punct(f, end - 1, ',') || tok_has(f, end - 1, WC_CONJ | WC_SUB)))) &&
	    !(t->cls & (WC_PRON | WC_OBJPRON)) && t->wid != f->w_the &&
	    t->wid != f->w_a && t->wid != f->w_an && t->wid != f->w_this &&
	    t->wid != f->w_that && t->wid != f->w_these && t->wid != f->w_those) {
		*s0 = end;
		*s1 = end + 1;
		return true;
	}
	/* most of them said, some of us */
	if ((t->cls & WC_OBJPRON) && !(t->cls & WC_DET) && end - 2 >= limit &&
	    tok_is(f, end - 1, f->w_of) && (tok_has(f, end - 2, WC_QUANT) ||
	    (f->toks[end - 2].flags & TF_DIGIT))) {
		*s0 = end - 2;
		*s1 = end + 1;
		return true;
	}
	/* 42% say: a share of those polled */
	if (t->type == TK_PUNCT && percent_sign(f, end)) {
		*s0 = end - 1;
		*s1 = end + 1;
		return true;
	}
	if ((t->flags & TF_ED) && polled(f, end) && end - 1 >= limit) {
		if (tok_is(f, end - 1, f->w_those))
			*s0 = end - 1;
		else if (!np_left(f, end - 1, limit, s0, s1))
			return false;
		*s1 = end + 1;
		return true;
	}
	if (tok_punct(f, end, ')')) {
		/* Sen. Ted Cruz (R-Texas) said: the mention before the brackets */
		int32_t k = end - 1;

		while (k > limit && !tok_punct(f, k, '(') && end - k < 40)
			k--;
		if (!tok_punct(f, k, '('))
			return false;
		if (!np_left(f, k - 1, limit, s0, s1))
			return false;
		return true;
	}
	if (!np_word(f, t) || (t->flags & TF_ING && !(t->flags & TF_CAP) &&
	    !(t->cls & WC_SPEAKER)))
		return false;
	while (i - 1 >= limit && same_sentence(f, i - 1, end)) {
		const struct tok *p = &f->toks[i - 1];

		if (p->type == TK_POSS) {
			/* Trump's national security adviser */
			if (i - 2 >= limit && np_word(f, &f->toks[i - 2])) {
				i -= 2;
				words++;
				continue;
			}
			break;
		}
		if (abbrev_dot(f, i - 1) && np_word(f, &f->toks[i - 2])) {
			i -= 2;
			words++;
			continue;
		}
		/* a U.S.-based group: the hyphen joins a modifier to a name */
		if (hyphen_joined(f, i) && i - 2 >= limit &&
		    (abbrev_dot(f, i - 2) || tok_word(f, i - 2))) {
			i--;
			continue;
		}
		/* Marcia “Cia” Price: across the marks of a nickname */
		if (nickname_mark(f, i - 1) && i - 2 >= limit) {
			i--;
			continue;
		}
		if (p->type != TK_WORD || p->q >= 0)
			break;
		/* the former first lady: "first" in the title */
		if (first_lady(f, i - 1)) {
			if (++words >= NP_MAX_WORDS)
				break;
			i--;
			continue;
		}
		if ((p->cls & WC_DET) && !(p->cls & WC_SPEAKER)) {
			i--;
			break;
		}
		if (p->wid == f->w_in && (f->toks[i].flags & TF_DIGIT) &&
		    i - 2 >= limit && tok_word(f, i - 2) &&
		    (f->toks[i - 2].flags & TF_DIGIT || f->toks[i - 2].cls & WC_QUANT)) {
			i -= 2;    /* six in 10 */
			break;
		}
		if (p->wid == f->w_of && (f->toks[i].flags & TF_DIGIT) &&
		    i - 3 >= limit && lower_word(f, i - 2, "out") &&
		    tok_word(f, i - 3) && (f->toks[i - 3].flags & TF_DIGIT ||
		    f->toks[i - 3].cls & WC_QUANT)) {
			i -= 3;    /* nine out of 10 */
			break;
		}
		if ((p->wid == f->w_of || p->wid == f->w_for) && i - 2 >= limit &&
		    f->toks[i - 2].type == TK_WORD &&
		    (f->toks[i - 2].flags & TF_CAP ||
		    f->toks[i - 2].cls & (WC_PERSON | WC_GROUP))) {
			i--;
			continue;
		}
		if (!np_word(f, p) && !(tok_lower(f, i - 1) && hyphen_joined(f, i - 1)) &&
		    !article_participle(f, i - 1))
			break;
		if (!(p->flags & TF_CAP) && (p->cls & (WC_REPORT | WC_PHRASAL)) &&
		    !(p->cls & (WC_SPEAKER | WC_MODIFIER)))
			break;
		if (++words >= NP_MAX_WORDS)
			break;
		i--;
	}
	/* Meanwhile Trump, However the aide: an adverb opening the sentence */
	if (i < end && (f->toks[i].flags & TF_SENT) && f->toks[i].wid >= 0 &&
	    !first_lady(f, i) &&
	    (f->toks[i].cls & (WC_ADV | WC_CONJ | WC_SUB | WC_PREP)) &&
	    !(f->toks[i].cls & (WC_SPEAKER | WC_MODIFIER | WC_DET)))
		i++;
	/* Then Trump, Perhaps young voters, No wonder Trump, 3:39PM Trump */
	if (i < end && opening_sentence_adverb(f, i))
		i += lower_word(f, i + 1, "wonder") && i + 1 < end ? 2 : 1;
	else if (i < end && clock_time(f, i))
		i++;
	/* to disprove Republican claims: a verb is no part of the mention */
	while (i < end && i > 0 && tok_lower(f, i) &&
	    !(f->toks[i].cls & (WC_SPEAKER | WC_MODIFIER | WC_DET | WC_QUANT)) &&
	    ((tok_is(f, i - 1, f->w_to) && (f->toks[i + 1].flags & TF_CAP)) ||
	    tok_has(f, i - 1, WC_AUX | WC_NEG)))
		i++;
	*s0 = i;
	*s1 = end + 1;
	return true;
}

/* lower_elsewhere: does the word of token i (capitalised to open its
 * sentence) stand in lower case somewhere in the article ("Public
 * colleges ..." and "public money"), a common word and not a name?
 * Within LOWER_WINDOW tokens either side: it is asked often. */
static bool
lower_elsewhere(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];
	size_t n = t->e - t->b;
	char c = (char)(f->text[t->b] | 0x20);

	size_t k0 = i > LOWER_WINDOW ? (size_t)i - LOWER_WINDOW : 0;
	size_t k1 = (size_t)i + LOWER_WINDOW < f->ntoks ?
	    (size_t)i + LOWER_WINDOW : f->ntoks;

	for (size_t k = k0; k < k1; k++) {
		const struct tok *o = &f->toks[k];

		if (o->e - o->b == n && f->text[o->b] == c &&
		    tok_lower(f, (int32_t)k) &&
		    strncasecmp(f->text + o->b, f->text + t->b, n) == 0)
			return true;
	}
	return false;
}

/* common_opener: is token i a common word capitalised only because it
 * opens the sentence ("Good information", "Federal labor unions"), so
 * that a lower-case noun after it goes on with the mention as it would
 * after any adjective? Not a plural noun ("Terrorists mock"), nor a
 * hyphenated word ("Anti-Trump delegates"). */
static bool
common_opener(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	return (t->flags & (TF_SENT | TF_CAP | TF_UPPER | TF_DOTTED)) ==
	    (TF_SENT | TF_CAP) && !(t->cls & WC_SPEAKER) &&
	    f->text[t->e - 1] != 's' &&
	    memchr(f->text + t->b, '-', t->e - t->b) == NULL &&
	    lower_elsewhere(f, i);
}

/* noun_after: may token i, after a one-word mention, be a lower-case
 * noun it was cut from, not a verb or an adverb ("Good information";
 * not "Trump said", "Smith also")? */
static bool
noun_after(const struct quote_finder *f, int32_t i)
{
	return tok_lower(f, i) && !(f->toks[i].flags & (TF_ED | TF_LY)) &&
	    !tok_has(f, i, WC_REPORT | WC_AUX | WC_BE | WC_NEG | WC_ADV |
	    WC_HAVE | WC_PREP | WC_CONJ | WC_SUB | WC_REL | WC_CUE);
}

/* participle_opener: is the one-word mention at s0 a participle or an
 * adverb opening the sentence, not a name: an -ing, -ed or -ly word
 * followed by a preposition, an -ing word, a quotation mark or a number
 * ("Arriving upon the scene", "Based on", "Hastily politicizing",
 * "Using ''illegal alien''", "Nearly six months"; not "Kelly said",
 * "Schilling, through a spokeswoman,")? An -ed word only before "by"
 * or "on" (not "Allen in a statement"); "Given" before a determiner or
 * "that" ("Given his past comments"). */
static bool
participle_opener(const struct quote_finder *f, int32_t s0)
{
	const struct tok *t = &f->toks[s0], *n;
	int32_t k = s0 + 1;

	if (!(t->flags & TF_SENT) || (t->flags & TF_UPPER) || (size_t)k >= f->ntoks)
		return false;
	n = &f->toks[k];
	/* Given his past comments, Given that ...: a participle in -en */
	if (t->e - t->b == 5 && strncmp(f->text + t->b, "Given", 5) == 0)
		return tok_word(f, k) && (n->cls & (WC_DET | WC_QUANT) ||
		    n->wid == f->w_that);
	if (!(t->flags & (TF_ING | TF_ED | TF_LY)))
		return false;
	if (t->flags & TF_ED)
		return f->text[t->e - 1] == 'd' &&
		    (tok_is(f, k, f->w_by) || lower_word(f, k, "on"));
	return n->type == TK_QUOTE || (tok_word(f, k) && ((n->flags & TF_DIGIT) ||
	    (tok_lower(f, k) && ((n->cls & (WC_PREP | WC_QUANT)) ||
	    (n->flags & TF_ING)))));
}

/* quantity_of: does a mention start at token i with a quantity of a group
 * ("one of two witnesses", "some of the officials", "many of his aides"):
 * a quantity word, "of" and a determiner or a number? */
static bool
quantity_of(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	return (t->cls & WC_QUANT) && !(t->flags & TF_DIGIT) &&
	    tok_is(f, i + 1, f->w_of) && tok_word(f, i + 2) &&
	    f->toks[i + 2].q < 0 && !(f->toks[i + 2].cls & WC_PRON) &&
	    (f->toks[i + 2].cls & (WC_DET | WC_QUANT) ||
	    f->toks[i + 2].flags & TF_DIGIT);
}

/* object_before_to: is token i, an object pronoun that may be a
 * determiner ("her"), the object because "to" and a lower-case word
 * follow it ("called on her to resign"): a determiner needs a noun. */
static bool
object_before_to(const struct quote_finder *f, int32_t i)
{
	return tok_is(f, i + 1, f->w_to) && tok_lower(f, i + 2) &&
	    !(f->toks[i + 1].flags & TF_SENT) &&
	    !(f->toks[i + 2].flags & TF_SENT);
}

/* title_run: after a name, do one to three lower-case words at i end
 * with a noun of speakers that a name follows ("State policy planning
 * director Anne-Marie Slaughter", "Fox News judicial analyst Judge Andrew
 * Napolitano")? The noun's token, or -1. */
static int32_t
title_run(const struct quote_finder *f, int32_t i)
{
	for (int32_t j = i; j <= i + 2 && tok_lower(f, j); j++) {
		const struct tok *t = &f->toks[j];

		if (t->q >= 0 || !same_sentence(f, j, i) ||
		    function_word(t) || (t->cls & (WC_ADV | WC_DET | WC_REPORT)) ||
		    (t->flags & (TF_LY | TF_ED)))
			return -1;
		if ((t->cls & WC_SPEAKER) && tok_word(f, j + 1) &&
		    (f->toks[j + 1].flags & TF_CAP) &&
		    !function_word(&f->toks[j + 1]) && same_sentence(f, j + 1, i))
			return j;
	}
	return -1;
}

/* name_particle: is token i a lower-case particle inside a name ("Pierre
 * de Vos", "Ludwig van Dyke"): de, da, van, von ... before a capitalised
 * word of the same sentence, glued to nothing? */
static bool
name_particle(const struct quote_finder *f, int32_t i)
{
	static const char *const particles[] = { "de", "da", "di", "du",
	    "del", "della", "van", "von", "der", "den", "dos", "das", "bin",
	    "ibn" };

	char c = f->text[f->toks[i].b];

	/* most words are none: a quick look at the length and first letter */
	if (f->toks[i].e - f->toks[i].b > 5 || (c != 'd' && c != 'v' &&
	    c != 'b' && c != 'i'))
		return false;
	if (!tok_lower(f, i) || f->toks[i].q >= 0 || !tok_word(f, i + 1) ||
	    !(f->toks[i + 1].flags & TF_CAP) || f->toks[i + 1].q >= 0 ||
	    !same_sentence(f, i, i + 1))
		return false;
	return lower_among(f, i, particles, sizeof particles / sizeof *particles);
}

bool
np_right(const struct quote_finder *f, int32_t start, int32_t *s0,
    int32_t *s1, int mode)
{
	bool object = (mode & NP_OBJECT) != 0;
	int32_t i = start, last = -1, words = 0, k;
	bool named = false;    /* a capitalised word read */
	const struct tok *t;

	if (start < 0 || (size_t)start >= f->ntoks)
		return false;
	t = &f->toks[start];
	if (t->type != TK_WORD || t->q >= 0)
		return false;
	if (is_pronoun(t) || (object && (t->cls & WC_OBJPRON) &&
	    (!(t->cls & WC_DET) || object_before_to(f, start)) &&
	    !(t->flags & TF_UPPER))) {
		*s0 = start;
		*s1 = start + 1;
		return true;
	}
	if (quantity_of(f, start))
		i = start + 3;    /* one of two witnesses, many of his aides */
	else if ((t->cls & (WC_DET | WC_QUANT)) && !(t->flags & TF_DIGIT))
		i++;
	for (; (size_t)i < f->ntoks && same_sentence(f, i, start); i++) {
		const struct tok *p = &f->toks[i];

		if (p->type == TK_POSS && last >= 0 && last == i - 1) {
			continue;
		}
		/* CBS News' Charlie Rose: a plural's apostrophe, the same */
		if (last >= 0 && last == i - 1 && plural_possessive(f, i) &&
		    tok_word(f, i + 1))
			continue;
		/* Marcia “Cia” Price: across the marks of a nickname */
		if (last >= 0 && last == i - 1 && nickname_mark(f, i))
			continue;
		if (last >= 0 && last == i - 1 && abbrev_dot(f, i))
			continue;
		if ((p->wid == f->w_of || p->wid == f->w_for) && last >= 0 &&
		    last == i - 1 &&
		    (size_t)i + 1 < f->ntoks && f->toks[i + 1].type == TK_WORD &&
		    (f->toks[i + 1].flags & TF_CAP) &&
		    (f->toks[last].flags & TF_CAP ||
		    f->toks[last].cls & (WC_PERSON | WC_GROUP))) {
			continue;
		}
		/* one unaligned Florida strategist: an -ed adjective inside */
		if (p->type == TK_WORD && p->q < 0 && (p->flags & TF_ED) &&
		    !(p->flags & TF_CAP) && !(p->cls & (WC_REPORT | WC_AUX)) &&
		    (size_t)i + 1 < f->ntoks && np_word(f, &f->toks[i + 1]) &&
		    (last < 0 || !(f->toks[last].flags & TF_CAP)) &&
		    (last < 0 || !(f->toks[last].cls & WC_SPEAKER) ||
		    (f->toks[last].cls & WC_MODIFIER)))
			continue;
		/* the hearing, a briefing: an -ing noun after a determiner */
		if (p->type == TK_WORD && (p->flags & TF_ING) && last < 0 && i > start &&
		    !(p->cls & WC_REPORT) && np_word(f, p)) {
			last = i;
			words++;
			continue;
		}
		/* Speaker of the House Rep. Paul Ryan: "of the" between
		 * capitalised words */
		if (p->wid == f->w_of && last >= 0 && last == i - 1 &&
		    (f->toks[last].flags & TF_CAP) && tok_is(f, i + 1, f->w_the) &&
		    tok_lower(f, i + 1) && tok_word(f, i + 2) &&
		    (f->toks[i + 2].flags & TF_CAP) && f->toks[i + 2].q < 0 &&
		    same_sentence(f, i + 2, start)) {
			i++;
			continue;
		}
		/* Pierre de Vos: a particle between a name's words */
		if (named && last == i - 1 && (f->toks[last].flags & TF_CAP) &&
		    name_particle(f, i))
			continue;
		/* Fox News judicial analyst Judge Andrew Napolitano */
		if (named && last == i - 1 && tok_lower(f, i) &&
		    (k = title_run(f, i)) >= 0) {
			words += k - i + 1;
			last = i = k;
			continue;
		}
		if (!np_word(f, p) || (p->flags & TF_ING && !(p->flags & TF_CAP)))
			break;
		/* after a name only nouns of speakers go on: Trump envoy X */
		if (!(p->flags & (TF_CAP | TF_DIGIT)) && last >= 0 &&
		    !(mode & NP_LOOSE) && (f->toks[last].flags & TF_CAP) &&
		    !(p->cls & (WC_SPEAKER | WC_MODIFIER)) &&
		    !(last == start && noun_after(f, i) && common_opener(f, last)))
			break;
		/* a lower-case verb of the lexicon ends it: "said the official";
		 * after a determiner it is a noun: "on the show" */
		if (!(p->flags & TF_CAP) && (p->cls & WC_REPORT) &&
		    !(p->cls & (WC_SPEAKER | WC_MODIFIER)) &&
		    !(last < 0 && i > start && tok_has(f, i - 1, WC_DET | WC_QUANT)))
			break;
		last = i;
		named = named || (p->flags & TF_CAP);
		if (++words >= NP_MAX_WORDS)
			break;
	}
	if (last < 0)
		return false;
	*s0 = start;
	*s1 = last + 1;
	return true;
}

/* domain_end: is token i the ending of a web address glued to the word
 * before it by a dot ("Tchadinfos.com", "ouest-france.fr"): two or three
 * lower-case letters, no space around the dot, no word glued after? */
static bool
domain_end(const struct quote_finder *f, int32_t i)
{
	const struct tok *t;

	if (i < 2 || !tok_lower(f, i) || !tok_punct(f, i - 1, '.') ||
	    !tok_word(f, i - 2) || (f->toks[i - 1].flags & TF_SPB) ||
	    (f->toks[i].flags & TF_SPB))
		return false;
	t = &f->toks[i];
	return t->e - t->b >= 2 && t->e - t->b <= 3 && ((size_t)i + 1 ==
	    f->ntoks || (f->toks[i].flags & TF_SPA) || !tok_word(f, i + 1));
}

size_t
mention_start(const struct quote_finder *f, int32_t s0)
{
	/* GunBroker.com said: the name before the dot */
	return domain_end(f, s0) ? f->toks[s0 - 2].b : f->toks[s0].b;
}

size_t
mention_end(const struct quote_finder *f, int32_t s1)
{
	/* said Robert P. Casey Jr., according to the F.A.A.: the dot */
	if (abbrev_dot(f, s1))
		return f->toks[s1].e;
	/* according to Factcheck.org: the ending of the address */
	if (domain_end(f, s1 + 1))
		return f->toks[s1 + 1].e;
	return f->toks[s1 - 1].e;
}

/* dateline: does the mention at s0 open a dateline, a place in capitals
 * opening the paragraph before a dash: "WASHINGTON (AP) —", "DECATUR,
 * Ill. —", "PARIS, Dec. 8 (UPI) —", or a place and an agency in capitals
 * in brackets: "Washington (AFP) –", "New York (AFP) –"? */
static bool
dateline(const struct quote_finder *f, int32_t s0)
{
	int32_t p = s0 + 1;

	/* New York (AFP) –: the place's other capitalised words */
	while ((size_t)p < f->ntoks && p - s0 < 3 && tok_word(f, p) &&
	    (f->toks[p].flags & TF_CAP) && !(f->toks[p].flags & TF_UPPER))
		p++;
	if ((f->toks[s0].flags & TF_PARA) && (size_t)p + 3 < f->ntoks &&
	    tok_punct(f, p, '(') && tok_word(f, p + 1) &&
	    (f->toks[p + 1].flags & TF_UPPER) && tok_punct(f, p + 2, ')') &&
	    dash_tok(&f->toks[p + 3]))
		return true;
	if ((f->toks[s0].flags & (TF_PARA | TF_UPPER)) != (TF_PARA | TF_UPPER))
		return false;
	for (int32_t k = s0 + 1; (size_t)k < f->ntoks && k - s0 < 12; k++) {
		const struct tok *t = &f->toks[k];

		if (dash_tok(t))
			return true;
		if (t->type == TK_WORD ? !(t->flags & (TF_CAP | TF_DIGIT)) :
		    t->type != TK_PUNCT || (t->cp != ',' && t->cp != '.' &&
		    t->cp != '(' && t->cp != ')'))
			return false;
	}
	return false;
}

/* opening_participle: is mention [s0, s1) a participle and its object
 * ("Holding signs calling X ..., the protesters chanted"; "he said,
 * drawing some gasps"), capitalised at most because it opens the
 * sentence, not a name or a modifier and its noun (Downing Street,
 * Trailing contenders Ted Cruz, Best-selling writers, fundraising
 * documents, Voting rights advocates: a person or a body for its head)? */
static bool
opening_participle(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	const struct tok *t = &f->toks[s0];

	return s1 - s0 > 1 && ((t->flags & TF_SENT) || (tok_lower(f, s0) &&
	    tok_has(f, s0 + 1, WC_DET | WC_QUANT))) && (t->flags & TF_ING) &&
	    !(t->flags & TF_UPPER) && !(t->cls & (WC_SPEAKER | WC_MODIFIER)) &&
	    memchr(f->text + t->b, '-', t->e - t->b) == NULL &&
	    tok_lower(f, s0 + 1) && tok_lower(f, s1 - 1) &&
	    (!tok_has(f, s1 - 1, WC_SPEAKER) || tok_has(f, s1 - 1, WC_DOCUMENT));
}

/* near_word: is token i a word, in any case, saying how near a count is
 * ("about six in 10", "Nearly three in five", "only 7 percent")? */
bool
near_word(const struct quote_finder *f, int32_t i)
{
	static const char *const near[] = { "about", "nearly", "almost",
	    "roughly", "only", "just", "approximately" };

	return word_among(f, i, near, sizeof near / sizeof *near);
}

/* number_subject: is token i a number alone that is the subject of the
 * verb after it ("..., 43 said the same"; "and 39 have said"): after a
 * comma or a conjunction, before a word in no -ed (not "60 pledged
 * delegates") and not before a comma (an age: "Smith, 60, said")? */
static bool
number_subject(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	return i > 0 && (t->flags & TF_DIGIT) && !(t->flags & TF_SENT) &&
	    !memchr(f->text + t->b, '-', t->e - t->b) &&
	    (tok_punct(f, i - 1, ',') || tok_has(f, i - 1, WC_CONJ)) &&
	    tok_lower(f, i + 1) && !(f->toks[i + 1].flags & TF_ED);
}

/* plain_words: are tokens [a, b) words only, none in -ed (no
 * possessive, no participle: not "the secretary of state's approach",
 * "a panel of reporters led")? */
static bool
plain_words(const struct quote_finder *f, int32_t a, int32_t b)
{
	for (int32_t k = a; k < b; k++)
		if (!tok_word(f, k) || (f->toks[k].flags & TF_ED))
			return false;
	return true;
}

/* head_before_of: does mention [s0, s1) open with a person or a body
 * and "of" after it, plain words after the "of", its head before the
 * "of" ("Organizers of both conventions", "the leaders of both
 * parties")? */
static bool
head_before_of(const struct quote_finder *f, int32_t s0, int32_t s1)
{
	for (int32_t k = s0 + 1; k < s1 - 1; k++)
		if (tok_is(f, k, f->w_of))
			return (tok_lower(f, k - 1) ||
			    (f->toks[k - 1].flags & TF_SENT)) &&
			    tok_has(f, k - 1, WC_PERSON | WC_GROUP) &&
			    !tok_has(f, k - 1, WC_MODIFIER) &&
			    plain_words(f, k + 1, s1);
	return false;
}

/* who_contraction: is token k "who" with an auxiliary run into it
 * ("who'd", "who’ve", "who'll": a relative pronoun with an apostrophe
 * after its third byte, which only those have, not "whom" or "whose")? */
bool
who_contraction(const struct quote_finder *f, int32_t k)
{
	const struct tok *t = &f->toks[k];

	return (t->cls & WC_REL) && t->e - t->b > 4 &&
	    (f->text[t->b + 3] == '\'' || (unsigned char)f->text[t->b + 3] == 0xE2);
}

bool
np_is_speaker(const struct quote_finder *f, int32_t s0, int32_t s1, bool any)
{
	const struct tok *h;

	if (s1 <= s0 || dateline(f, s0) || opening_participle(f, s0, s1))
		return false;
	if (s1 - s0 > 1 && abbrev_dot(f, s1 - 1))
		s1--;   /* the F.B.I. */
	h = &f->toks[s1 - 1];
	if (is_pronoun(h))
		return !(h->cls & WC_EXPL) || h->wid == f->w_it;
	if (h->type != TK_WORD)
		return percent_sign(f, s1 - 1);
	if ((h->cls & WC_SPEAKER) || head_before_of(f, s0, s1))
		return true;
	/* Smith, who: the relative pronoun of a person set off by a comma,
	 * a dash or a parenthesis (Smith—who, Smith (who) */
	if ((tok_is(f, s1 - 1, f->w_who) || who_contraction(f, s1 - 1)) &&
	    s1 - s0 > 2 && (tok_punct(f, s1 - 2, ',') ||
	    tok_punct(f, s1 - 2, 0x2014) || tok_punct(f, s1 - 2, 0x2013) ||
	    tok_punct(f, s1 - 2, '(')))
		return true;
	/* the union, which; groups that: the relative pronoun of a speaker */
	if ((h->wid == f->w_which || h->wid == f->w_that) && s1 - s0 > 1) {
		int32_t e = tok_punct(f, s1 - 2, ',') ? s1 - 2 : s1 - 1;

		if (e > s0 && (h->wid == f->w_which) == (e == s1 - 2) &&
		    np_is_speaker(f, s0, e, false))
			return true;
	}
	if ((h->flags & TF_ED) && s1 - s0 > 1 && polled(f, s1 - 1))
		return true;
	if ((h->cls & (WC_DET | WC_QUANT)) && s1 - s0 == 1 && ((h->flags & TF_SENT) ||
	    (s0 > 0 && (tok_punct(f, s0 - 1, ',') || tok_has(f, s0 - 1, WC_CONJ | WC_SUB)))))
		return true;    /* Another tweeted; while another says */
	if (s1 - s0 == 1 && number_subject(f, s0))
		return true;    /* ..., but 43 said */
	if (h->flags & TF_CAP) {
		/* Last, However: a known word capitalised to open a sentence */
		if ((h->flags & TF_SENT) && h->wid >= 0 && s1 - s0 == 1 &&
		    !(h->cls & WC_NOTLY))
			return false;
		/* Good, Public: a common word opening the sentence, its noun
		 * cut off */
		if (s1 - s0 == 1 && ((noun_after(f, s1) && common_opener(f, s0)) ||
		    participle_opener(f, s0)))
			return false;
		return !(h->cls & WC_TIME) || s1 - s0 > 1;
	}
	/* More than six in 10: the share after the comparison */
	if ((h->flags & TF_DIGIT) && s1 - s0 > 3 && lower_word(f, s0 + 1, "than"))
		s0 += 2;
	/* about six in 10: the share after the word of nearness */
	if ((h->flags & TF_DIGIT) && s1 - s0 > 3 && near_word(f, s0))
		s0++;
	if (h->flags & TF_DIGIT)    /* the 46-year-old; six in 10; nine out of 10 */
		return (memchr(f->text + h->b, '-', h->e - h->b) != NULL &&
		    h->e - h->b > 4) || (s1 - s0 == 3 && tok_is(f, s0 + 1, f->w_in)) ||
		    (s1 - s0 == 4 && lower_word(f, s0 + 1, "out") &&
		    tok_is(f, s0 + 2, f->w_of));
	return any && !(h->cls & (WC_TIME | WC_MODIFIER));
}

/* lower_word: is token i the lower-case word w (a word the lexicon need
 * not know)? */
bool
lower_word(const struct quote_finder *f, int32_t i, const char *w)
{
	size_t n = strlen(w);

	return tok_lower(f, i) && f->toks[i].e - f->toks[i].b == n &&
	    memcmp(f->text + f->toks[i].b, w, n) == 0;
}

/* lower_among: is token i, in lower case, one of the n words? */
bool
lower_among(const struct quote_finder *f, int32_t i, const char *const *words,
    size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (lower_word(f, i, words[k]))
			return true;
	return false;
}

/* since_after_have: is token i "since" after a form of have, an adverb
 * between it and its verb ("she has since said", "they have since
 * denounced")? */
bool
since_after_have(const struct quote_finder *f, int32_t i)
{
	return i > 0 && lower_word(f, i, "since") && tok_lower(f, i - 1) &&
	    tok_has(f, i - 1, WC_HAVE);
}

/* degree_word: is token i "most" or "more" before an -ly adverb ("most
 * recently defended", "more accurately predicted"), part of that adverb
 * and no speaker? */
static bool
degree_word(const struct quote_finder *f, int32_t i)
{
	return (size_t)i + 1 < f->ntoks && (f->toks[i + 1].flags & TF_LY) &&
	    tok_word(f, i + 1) &&
	    (lower_word(f, i, "most") || lower_word(f, i, "more"));
}

/* frequency_adverb: is token i a lower-case adverb of frequency with no
 * -ly ending and no place in the closed classes ("has twice complained",
 * "has sometimes acknowledged", "seldom speaks of"), standing between a
 * subject and its verb? */
static bool
frequency_adverb(const struct quote_finder *f, int32_t i)
{
	static const char *const words[] = { "twice", "thrice", "sometimes",
	    "seldom" };

	return tok_lower(f, i) && lower_among(f, i, words,
	    sizeof words / sizeof words[0]);
}

/* set_off_adverbial: the number of tokens of an adverbial ending at
 * token i that stands between an auxiliary and its verb ("have in
 * particular noted", "has, however, revealed": "however" after a form
 * of "have" only, not "did, however, require him to"), 0 when none. */
static int32_t
set_off_adverbial(const struct quote_finder *f, int32_t i, int32_t limit)
{
	if (i - 1 > limit && tok_is(f, i - 1, f->w_in) &&
	    lower_word(f, i, "particular") && tok_has(f, i - 2, WC_AUX))
		return 2;
	if (i - 3 >= limit && tok_punct(f, i, ',') &&
	    lower_word(f, i - 1, "however") && tok_punct(f, i - 2, ',') &&
	    tok_lower(f, i - 3) && tok_has(f, i - 3, WC_HAVE))
		return 3;
	return 0;
}

/* time_adjunct_word: a word inside a time adjunct before its noun ("over
 * the past few weeks", "during recent days", "at the time") that
 * skip_left may step over once it has found the noun. */
static bool
time_adjunct_word(const struct quote_finder *f, int32_t j)
{
	const struct tok *t = &f->toks[j];

	return t->wid == f->w_the || t->wid == f->w_over ||
	    t->wid == f->w_during || t->wid == f->w_at || lower_word(f, j, "past") ||
	    lower_word(f, j, "recent") || lower_word(f, j, "few");
}

/* skip_left steps back from token i over what may stand between a
 * subject and its verb: auxiliaries, adverbs, "not", and time adjuncts
 * (on Wednesday, last week). Returns the first token not skipped (maybe
 * below limit). */
int32_t
skip_left(const struct quote_finder *f, int32_t i, int32_t limit)
{
	while (i >= limit) {
		const struct tok *t = &f->toks[i];
		int32_t set_off;

		/* he's said, she's claiming, who's argued: 's is has or is
		 * after a pronoun or "who" */
		if (t->type == TK_POSS && i > limit && (tok_has(f, i - 1, WC_PRON) ||
		    tok_is(f, i - 1, f->w_who))) {
			i--;
			continue;
		}
		/* has, however, revealed; have in particular noted */
		if ((set_off = set_off_adverbial(f, i, limit)) > 0) {
			i -= set_off;
			continue;
		}
		if (t->type != TK_WORD || t->q >= 0)
			break;
		if (!(t->flags & TF_CAP) && ((t->cls & (WC_AUX | WC_NEG | WC_ADV)) ||
		    frequency_adverb(f, i) ||
		    (t->flags & TF_LY)) && !(t->cls & (WC_SPEAKER | WC_PRON))) {
			i--;
			continue;
		}
		/* has since said: "since" between have and the verb */
		if (i > limit && since_after_have(f, i)) {
			i--;
			continue;
		}
		/* have in fact reported: the adverb "in fact" */
		if (i - 1 > limit && tok_is(f, i - 1, f->w_in) &&
		    lower_word(f, i, "fact")) {
			i -= 2;
			continue;
		}
		if ((t->wid == f->w_so && tok_is(f, i + 1, f->w_far)) ||
		    lower_word(f, i, "always") || degree_word(f, i)) {
			i--;
			continue;
		}
		if ((t->cls & WC_TIME && !(t->cls & (WC_AUX | WC_SPEAKER))) ||
		    lower_word(f, i, "past")) {
			int32_t j = i - 1;

			/* on Wednesday, last week, Tuesday night, in March; in
			 * the past, over the past few weeks, in recent days */
			while (j >= limit && tok_word(f, j) &&
			    (f->toks[j].cls & WC_TIME ||
			    f->toks[j].wid == f->w_on || f->toks[j].wid == f->w_in ||
			    f->toks[j].wid == f->w_last || f->toks[j].wid == f->w_this ||
			    f->toks[j].wid == f->w_early || f->toks[j].wid == f->w_late ||
			    f->toks[j].flags & TF_DIGIT || time_adjunct_word(f, j)))
				j--;
			/* the adjunct opens with its preposition: not "the" */
			if (j + 1 < i && time_adjunct_word(f, j + 1) &&
			    !tok_has(f, j + 1, WC_PREP))
				break;
			if (j == i - 1 && !(t->flags & TF_CAP))
				break;
			i = j;
			continue;
		}
		break;
	}
	return i;
}

/* speaker_noun_verb: is the speaker noun at token i, after "to", a verb
 * with its object ("to sign the bill", "to release his returns", "to
 * probe them", "to review all its"): in the singular, in lower case,
 * before a determiner, a quantity or a pronoun? */
static bool
speaker_noun_verb(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];

	return (t->cls & WC_SPEAKER) && !(t->cls & (WC_DET | WC_QUANT)) &&
	    f->text[t->e - 1] != 's' && tok_word(f, i + 1) &&
	    !(f->toks[i + 1].flags & TF_SENT) &&
	    tok_has(f, i + 1, WC_DET | WC_QUANT | WC_PRON | WC_OBJPRON);
}

/* at_least: is token i "at" before "least" and a number or a quantity
 * ("at least six planes"), a quantity and no adjunct? */
bool
at_least(const struct quote_finder *f, int32_t i)
{
	return tok_is(f, i, f->w_at) && tok_lower(f, i) &&
	    lower_word(f, i + 1, "least") && tok_word(f, i + 2) &&
	    ((f->toks[i + 2].flags & TF_DIGIT) || tok_has(f, i + 2, WC_QUANT));
}

/* skip_adjunct_right steps over what may stand between a verb and its
 * complement: on Tuesday, in a statement, in an interview with X, last
 * week, at a news conference, publicly. Returns the next token; i itself
 * when nothing is skipped. Stops at punctuation and quotation marks. */
int32_t
skip_adjunct_right(const struct quote_finder *f, int32_t i)
{
	int32_t j = i, a, b;

	while ((size_t)j < f->ntoks && (tok_word(f, j) ||
	    (tok_punct(f, j, '(') && j > i)) && f->toks[j].q < 0 &&
	    same_sentence(f, i, j) && j - i < 14) {
		const struct tok *t = &f->toks[j];

		/* that night, at the end of the clause: no complementizer */
		if (t->wid == f->w_that && tok_has(f, j + 1, WC_TIME) &&
		    tok_lower(f, j + 1) && ((size_t)j + 2 >= f->ntoks ||
		    f->toks[j + 2].type == TK_PUNCT ||
		    (f->toks[j + 2].flags & (TF_SENT | TF_PARA)))) {
			j += 2;
			continue;
		}
		if (t->wid == f->w_that || (t->cls & WC_WH && t->wid != f->w_when))
			break;
		if ((!(t->flags & TF_CAP) && ((t->cls & WC_ADV) || (t->flags & TF_LY)) &&
		    !(t->cls & (WC_PREP | WC_SPEAKER | WC_OBJPRON))) ||
		    degree_word(f, j)) {
			j++;
			continue;
		}
		if ((t->wid == f->w_last || t->wid == f->w_this ||
		    t->wid == f->w_early || t->wid == f->w_late) &&
		    tok_has(f, j + 1, WC_TIME)) {
			j += 2;
			continue;
		}
		if (((t->cls & WC_TIME) && !(t->cls & (WC_AUX | WC_PREP))) ||
		    ((t->flags & TF_DIGIT) && j > i && tok_has(f, j - 1, WC_TIME))) {
			j++;
			continue;
		}
		/* as he launched ...: a clause, not an adjunct */
		if ((t->cls & WC_SUB) && tok_has(f, j + 1, WC_PRON))
			break;
		/* told the Associated Press (AP), */
		if (tok_punct(f, j, '(')) {
			int32_t k = j + 1;

			while ((size_t)k < f->ntoks && k - j < 12 && !tok_punct(f, k, ')'))
				k++;
			if (!tok_punct(f, k, ')'))
				break;
			j = k + 1;
			continue;
		}
		/* at fundraisers and in private huddles */
		if ((t->wid == f->w_and || t->wid == f->w_or) && j > i &&
		    tok_has(f, j + 1, WC_PREP)) {
			j++;
			continue;
		}
		/* said about 200 people ...: a quantity, not an adjunct */
		if (((t->wid == f->w_about || t->wid == f->w_over) &&
		    (size_t)j + 1 < f->ntoks && (f->toks[j + 1].flags & TF_DIGIT ||
		    tok_has(f, j + 1, WC_QUANT))) || at_least(f, j))
			break;
		if ((t->cls & WC_PREP) && !(t->cls & WC_SPEAKER)) {
			/* to + a verb is no adjunct: agreed to resume talks */
			if (t->wid == f->w_to && tok_lower(f, j + 1) &&
			    (!tok_has(f, j + 1, WC_DET | WC_QUANT | WC_SPEAKER |
			    WC_OBJPRON) || speaker_noun_verb(f, j + 1)))
				break;
			/* in May; but during Saturday's debate: a noun phrase */
			if (tok_has(f, j + 1, WC_TIME) && !((size_t)j + 2 < f->ntoks &&
			    f->toks[j + 2].type == TK_POSS)) {
				j += 2;
				continue;
			}
			if (!np_right(f, j + 1, &a, &b, NP_OBJECT | NP_LOOSE))
				break;
			j = b;
			continue;
		}
		break;
	}
	return j;
}

/* leading_adjunct: does the sentence open with a subordinate clause or a
 * sentence adverb set off by a comma (Despite ..., However,)? */
static bool
leading_adjunct(const struct tok *t)
{
	return t->type == TK_WORD && (t->cls & (WC_SUB | WC_PREP | WC_ADV |
	    WC_CONJ)) && !(t->cls & (WC_SPEAKER | WC_PRON | WC_DET));
}

/* after_dateline: the token after the dash of a dateline opening the
 * sentence at s ("PARIS, Dec. 8 (UPI) — In response to ..., the mayor
 * said"), when it is not after token i; else s. */
static int32_t
after_dateline(const struct quote_finder *f, int32_t s, int32_t i)
{
	if (!(f->toks[s].flags & TF_UPPER) || !dateline(f, s))
		return s;
	for (int32_t k = s + 1; k < i; k++)
		if (dash_tok(&f->toks[k]))
			return k + 1;
	return s;
}

/* adverb_subject: is token s an adverb that opens its clause with no
 * comma after it, right before the subject, a pronoun or a name: "Then
 * he cut into Jones, calling ...", "And then Smith went on"? */
static bool
adverb_subject(const struct quote_finder *f, int32_t s)
{
	const struct tok *a = &f->toks[s];

	if (!(a->cls & WC_ADV) || (a->cls & (WC_SUB | WC_PREP | WC_CONJ)) ||
	    (a->flags & TF_LY) || !tok_word(f, s + 1) ||
	    f->toks[s + 1].q >= 0 || tok_has(f, s + 1, WC_TIME))
		return false;
	return is_pronoun(&f->toks[s + 1]) ||
	    ((f->toks[s + 1].flags & TF_CAP) && f->toks[s + 1].cls == 0);
}

/* quoted_comma_end: "With the help of “Flip the Script,” the actor
 * held ...": when a quotation opens at token k (an opening adjunct's)
 * and a comma ends it inside or right after its closing mark, before
 * token i, the token after that comma, where the clause goes on; else
 * -1. */
static int32_t
quoted_comma_end(const struct quote_finder *f, int32_t k, int32_t i)
{
	const struct quotation *q;

	if (f->toks[k].type != TK_QUOTE || !(f->toks[k].flags & TF_OPEN) ||
	    f->toks[k].q < 0)
		return -1;
	q = &f->qs[f->toks[k].q];
	if (q->open != k || q->close < 0)
		return -1;
	if (tok_punct(f, q->close - 1, ',') && q->close + 1 <= i)
		return q->close + 1;
	/* “Flip the Script”, the actor: the comma after the mark */
	if (tok_punct(f, q->close + 1, ',') && q->close + 2 <= i)
		return q->close + 2;
	return -1;
}

int32_t
clause_start(const struct quote_finder *f, int32_t i)
{
	int32_t s = after_dateline(f, sentence_start(f, i), i), k;
	bool sub = false;

	if (tok_has(f, s, WC_CONJ) && s + 1 <= i)
		s++;
	if (!leading_adjunct(&f->toks[s]) || tok_is(f, s, f->w_according))
		return s;
	if (adverb_subject(f, s) && s + 1 <= i)
		return s + 1;
	for (k = s + 1; k < i; k++) {
		if (f->toks[k].q >= 0) {
			int32_t e = quoted_comma_end(f, k, i);

			return !sub && e >= 0 ? e : s;
		}
		if (!tok_punct(f, k, ','))
			continue;
		/* In June, after Smith fell ill, Jones wrote ...: a
		 * subordinate clause after the first adjunct opens no clause
		 * of token i; but in "Still, though ..., Mr. Jones argued" the
		 * comma before the cue ends what Jones argues */
		if (s != k + 1 && k + 1 < i && tok_has(f, k + 1, WC_SUB) &&
		    !tok_is(f, k + 1, f->w_that) && !sub) {
			s = k + 1;
			sub = true;
			continue;
		}
		if (sub && i - k <= 4)
			return s;
		return k + 1 <= i ? k + 1 : s;
	}
	return s;
}

/* stops_clause: a subordinating word that starts a clause of its own
 * (whereas, although; in a noun phrase also when, because, after). */
static bool
stops_clause(const struct quote_finder *f, int32_t i, bool np)
{
	int32_t w = f->toks[i].wid;

	if (w < 0)
		return false;
	if (w == f->w_whereas || w == f->w_although || w == f->w_though ||
	    w == f->w_while)
		return true;
	return np && (w == f->w_when || w == f->w_because || w == f->w_after ||
	    w == f->w_before || w == f->w_since || w == f->w_until ||
	    w == f->w_unless);
}

/* relative_runs_out: after the comma at i, a relative clause that runs
 * to the end of the sentence (not closed by another comma). */
static bool
relative_runs_out(const struct quote_finder *f, int32_t i)
{
	for (int32_t k = i + 2; (size_t)k < f->ntoks; k++) {
		if (f->toks[k].flags & TF_SENT)
			return true;
		if (f->toks[k].q < 0 && tok_punct(f, k, ','))
			return false;
	}
	return true;
}

/* new_report: does a reporting clause of its own start at token i (after
 * a comma or a conjunction)? */
static bool
new_report(const struct quote_finder *f, int32_t i, int32_t self)
{
	int32_t c;

	if (i < 0 || (size_t)i >= f->ntoks)
		return false;
	c = f->subj_at[i];
	if (c >= 0 && c != self && !f->cues[c].drop)
		return true;
	c = f->cue_at[i];
	return c >= 0 && c != self && !f->cues[c].drop &&
	    (f->cues[c].inherit || f->cues[c].inverted);
}

/* carried_on: "Singh said he was alarmed and wanted to see", "said she
 * was elated but still feared the military": a belief after "and" or
 * "but" that shares its subject (a cue at token n that inherits its
 * speaker) goes on the clause that cue `self` reports, when self reports
 * a clause and stands before it. */
static bool
carried_on(const struct quote_finder *f, int32_t n, int32_t self)
{
	const struct cue *c;

	if (self < 0 || n < 0 || (size_t)n >= f->ntoks || f->cue_at[n] < 0 ||
	    f->cue_at[n] == self)
		return false;
	c = &f->cues[f->cue_at[n]];
	return !c->drop && c->inherit && c->belief &&
	    f->cues[self].use == CU_CLAUSE && f->cues[self].t0 < c->t0;
}

/* comma_ends: does the comma at token i end the clause? */
static bool
comma_ends(const struct quote_finder *f, int32_t i, bool np, int32_t self)
{
	int32_t n = i + 1;
	const struct tok *t;

	if ((size_t)n >= f->ntoks)
		return true;
	t = &f->toks[n];
	if (new_report(f, n, self))
		return true;
	if (t->type != TK_WORD)
		return t->type == TK_QUOTE && (t->flags & TF_OPEN) &&
		    f->cue_at[i - 1] >= 0;
	if (t->wid == f->w_but || t->wid == f->w_yet || t->wid == f->w_so)
		return !tok_is(f, n + 1, f->w_that);
	/* mentioned X, and at one point the crowd chanted: after a noun
	 * phrase, a clause behind an adjunct ends it too */
	if (t->wid == f->w_and || t->wid == f->w_or)
		return !tok_is(f, n + 1, f->w_that) && (clause_like(f, n + 1, false) ||
		    (np && tok_has(f, n + 1, WC_PREP) &&
		    clause_like(f, skip_adjunct_right(f, n + 1), false)));
	if (np && (t->wid == f->w_which || t->wid == f->w_who))
		return relative_runs_out(f, i);
	if (t->wid == f->w_as)
		return !tok_is(f, n + 1, f->w_well) && clause_like(f, n + 1, false);
	if (t->wid == f->w_according)
		return true;
	if ((t->cls & WC_SUB) && t->wid != f->w_if && t->wid != f->w_where &&
	    t->wid != f->w_once)
		return true;
	if (t->wid == f->w_despite || t->wid == f->w_amid ||
	    t->wid == f->w_after || t->wid == f->w_before)
		return true;
	return false;
}

/* comma_closes: does the quotation closing at token i with a comma inside
 * its marks end the clause, before a participle or second verb of the same
 * speaker ("the system was “corrupt,” noting that ...", "called it “a
 * farce,” accusing ...")? */
static bool
comma_closes(const struct quote_finder *f, int32_t i, int32_t self)
{
	int32_t n = i + 1, c;

	if (!(f->toks[i].flags & TF_CLOSE) || !tok_punct(f, i - 1, ',') ||
	    (size_t)n >= f->ntoks)
		return false;
	c = f->cue_at[n];
	return c >= 0 && c != self && !f->cues[c].drop && f->cues[c].inherit;
}

/* subject_aside_end: "said her server - there were several - was never
 * hacked": when the clause from start is only its subject up to the dash
 * at d, and the same dash closes an aside within a few words (no
 * quotation, no sentence end) before an auxiliary, a form of be or
 * "not", the closing dash; else d. */
int32_t
subject_aside_end(const struct quote_finder *f, int32_t start, int32_t d)
{
	int32_t a, b, k;

	if (!np_right(f, start, &a, &b, 0) || a != start || b != d)
		return d;
	for (k = d + 1; (size_t)k < f->ntoks && k - d < 20 && f->toks[k].q < 0 &&
	    !(f->toks[k].flags & TF_SENT) && !tok_punct(f, k, f->toks[d].cp); k++)
		if (tok_punct(f, k, ';') || tok_punct(f, k, ':'))
			return d;
	if (!tok_punct(f, k, f->toks[d].cp) || k == d + 1 || !tok_lower(f, k + 1) ||
	    !tok_has(f, k + 1, WC_AUX | WC_BE | WC_NEG) ||
	    (f->toks[k + 1].flags & TF_SENT))
		return d;
	return k;
}

int32_t
clause_end(const struct quote_finder *f, int32_t start, bool np, int32_t self)
{
	int32_t i = start, inq = -1;
	uint32_t sent;

	if (start < 0 || (size_t)start >= f->ntoks)
		return start;
	sent = f->toks[start].sent;
	for (; (size_t)i < f->ntoks; i++) {
		const struct tok *t = &f->toks[i];

		if (inq >= 0 && t->q == inq) {
			if (comma_closes(f, i, self)) {
				i++;
				break;
			}
			continue;
		}
		inq = -1;
		if (t->type == TK_QUOTE && (t->flags & TF_OPEN) && np && i > start &&
		    tok_has(f, i + 1, WC_SUB | WC_WH | WC_PREP | WC_CONJ))
			break;  /* security guarantees “whether from ...” */
		if (t->q >= 0 && (t->flags & TF_OPEN) && i >= start) {
			/* a quotation inside the clause belongs to it */
			inq = t->q;
			if (f->toks[i].sent != sent && !(t->flags & TF_SENT))
				sent = f->toks[i].sent;
			if (t->flags & TF_SENT && i > start)
				break;
			continue;
		}
		if (t->sent != sent || (t->flags & TF_PARA && i > start))
			break;
		if (t->type == TK_PUNCT) {
			int32_t aside = !np && dash_tok(t) ?
			    subject_aside_end(f, start, i) : i;

			if (aside > i) {
				i = aside;
				continue;
			}
			if (t->cp == ';' || dash_tok(t) || (t->cp == ':' &&
			    (np || !tok_word(f, i + 1))))
				break;
			if (t->cp == ',' && comma_ends(f, i, np, self))
				break;
			if (t->cp == '(') {
				int32_t k = i + 1;

				while ((size_t)k < f->ntoks && k - i < 40 &&
				    !tok_punct(f, k, ')') && f->toks[k].sent == sent)
					k++;
				if (tok_punct(f, k, ')'))
					i = k;
			}
			continue;
		}
		if (t->type != TK_WORD)
			continue;
		if (i > start && stops_clause(f, i, np))
			break;
		if (i > start && (t->wid == f->w_and || t->wid == f->w_but ||
		    t->wid == f->w_or)) {
			int32_t n = skip_adjunct_right(f, i + 1);

			if (np && t->wid == f->w_but)
				break;
			if (carried_on(f, n, self))
				continue;
			if (f->cue_at[n] >= 0 && f->cues[f->cue_at[n]].inherit)
				break;
			if (new_report(f, i + 1, self))
				break;
		}
		if (i > start && (t->cls & WC_SUB) && t->wid != f->w_that &&
		    new_report(f, i + 1, self))
			break;
	}
	/* the final punctuation and trailing commas are not content */
	while (i > start && f->toks[i - 1].type == TK_PUNCT &&
	    f->toks[i - 1].q < 0 && f->toks[i - 1].cp != ')' &&
	    f->toks[i - 1].cp != 0x2026)
		i--;
	return i;
}
