/* titles.c - quotations that are names, not quotes: the titles of works
 * and shows (by their place: after a possessive, "on", "his book", a
 * work and a comma; or cited with a byline, a role, a year), slogans on
 * things worn, the labels of buttons, section headings alone in their
 * paragraph, Title Case words in marks, translations ("Russian for
 * “goodbye”") and shows told; and the phrases quoted in a
 * Title Case headline, which are quotes of the headline's subject; and
 * short terms in marks opening the writer's own sentence. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cues.h"
#include "finder.h"

/* chanted: is quotation q the words of a chant or a cry, right after
 * "chants of", "cries of", "calls of", "a chorus of" ("met with chants
 * of “Trump, Trump, Trump”")? Said by a crowd, however it is cased. */
static bool
chanted(const struct quote_finder *f, const struct quotation *q)
{
	static const char *const cries[] = {
		"chant", "chants", "cry", "cries", "call", "calls", "shout",
		"shouts", "chorus", "choruses", "scream", "screams"
	};
	int32_t p = q->open - 1;

	return p >= 1 && tok_is(f, p, f->w_of) &&
	    lower_among(f, p - 1, cries, sizeof cries / sizeof *cries);
}

/* first_person: is token i the pronoun "I" (I'm, I’ve), a capital that
 * is no sign of Title Case? */
static bool
first_person(const struct quote_finder *f, int32_t i)
{
	const struct tok *t = &f->toks[i];
	size_t n = t->e - t->b;
	const char *s = f->text + t->b;

	return t->cp == 'I' && (n == 1 || s[1] == '\'' ||
	    (n >= 4 && memcmp(s + 1, "\xe2\x80\x99", 3) == 0));
}

/* title_words: are the words of quotation q those of a title or a handle
 * (Title Case words, @user): every word capitalised but short function
 * words after the first, "I" aside? */
static bool
title_words(const struct quote_finder *f, const struct quotation *q)
{
	int caps = 0;

	for (int32_t i = q->open + 1; i <= q->last; i++) {
		const struct tok *t = &f->toks[i];

		if (t->type != TK_WORD)
			continue;
		if (first_person(f, i))
			continue;
		if (t->cp == '@' || t->cp == '#' || (t->flags & (TF_CAP | TF_DIGIT)))
			caps++;
		else if (!(t->cls & (WC_DET | WC_PREP | WC_CONJ)) || i == q->open + 1)
			return false;
	}
	return caps > 0;
}

/* title_like: is quotation q the name of a work or a handle (Title Case
 * words, @user), not a quote? */
bool
title_like(const struct quote_finder *f, const struct quotation *q)
{
	if (chanted(f, q))
		return false;
	/* Lock her up!: an exclamation or a question is said */
	if (tok_punct(f, q->last, '!') || tok_punct(f, q->last, '?'))
		return false;
	return title_words(f, q);
}

/* lower_in: does word token i hold a lower-case letter (Trump, not
 * FOR)? */
static bool
lower_in(const struct quote_finder *f, int32_t i)
{
	for (size_t b = f->toks[i].b; b < f->toks[i].e; b++)
		if (f->text[b] >= 'a' && f->text[b] <= 'z')
			return true;
	return false;
}

/* headline_phrase: is quotation q a phrase quoted inside a headline in
 * Title Case, after words of it in upper and lower case ("Graham:
 * Trump’s ‘Incredibly Hateful Rhetoric’ Hurts GOP")? There every word is
 * capitalised, so Title Case says nothing of a work's name. */
bool
headline_phrase(const struct quote_finder *f, const struct quotation *q)
{
	bool lower = false;

	for (int32_t i = sentence_start(f, q->open); i < q->open && !lower; i++)
		lower = f->toks[i].type == TK_WORD && lower_in(f, i);
	return lower && title_case(f, q->open);
}

/* headline_verb: is word token i, in a headline in Title Case, shaped
 * like a verb after its subject ("Takes", "Shared"; not "Trump’s")? */
static bool
headline_verb(const struct quote_finder *f, int32_t i)
{
	const struct tok *t;

	if (!tok_word(f, i))
		return false;
	t = &f->toks[i];
	if (t->e - t->b < 4 || (t->cls & (WC_DET | WC_PREP | WC_CONJ)))
		return false;
	return f->text[t->e - 1] == 's' || (f->text[t->e - 2] == 'e' &&
	    f->text[t->e - 1] == 'd');
}

/* headline_subject: the subject of a headline phrase q, one to three
 * capitalised words opening the headline before an optional adverb and
 * a verb with words after it ("Gingrich Takes Talk Of Being Trump’s
 * Running Mate ‘Very Seriously.’"); its span in s0, s1. */
bool
headline_subject(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1)
{
	int32_t s = sentence_start(f, q->open), k = s;

	/* the first word is the subject's, even in -s (Jones, Sessions) */
	while (k < q->open && k - s < 3 && tok_word(f, k) &&
	    !(f->toks[k].cls & (WC_DET | WC_PREP | WC_CONJ | WC_ADV)) &&
	    (k == s || !headline_verb(f, k)))
		k++;
	if (k == s || k >= q->open)
		return false;
	*s0 = s;
	*s1 = k;
	if (tok_has(f, k, WC_ADV))
		k++;
	return k + 1 < q->open && headline_verb(f, k) && tok_word(f, k + 1) &&
	    np_is_speaker(f, *s0, *s1, false);
}

/* work_before: is token p, right before a quotation, a word that names a
 * work or a show after it: "the author of", "an interview with", "the
 * movie", "his book", "set to publish", "proceeded to perform", or a name
 * taken ("under the pseudonym")? */
static bool
work_before(const struct quote_finder *f, int32_t p)
{
	static const char *const works[] = {
		"book", "books", "memoir", "novel", "movie", "film", "show",
		"program", "programme", "podcast", "series", "documentary",
		"song", "album", "play", "musical", "column", "blog", "website",
		"newsletter", "magazine", "publish", "published", "titled",
		"entitled", "episode", "sitcom", "drama", "comedy", "biography",
		"perform", "performed", "performs", "performing", "pseudonym",
		"alias", "username"
	};

	return tok_is(f, p, f->w_of) || tok_is(f, p, f->w_with) ||
	    lower_among(f, p, works, sizeof works / sizeof *works);
}

/* named_title: is quotation q, title_like, the name of a show or a work
 * by its place: after a possessive or "on" (said on ABC's “This Week”,
 * on “Fox and Friends”), or in a headline after a label and a colon
 * (Smith: Jones's “Hateful Rhetoric”), where a quote would be a sentence? */
static bool
named_title(const struct quote_finder *f, const struct quotation *q)
{
	int32_t p = q->open - 1;

	if (p < 0 || !title_like(f, q))
		return false;
	if (f->toks[p].type == TK_POSS || tok_is(f, p, f->w_on) ||
	    work_before(f, p))
		return true;
	if (!(f->toks[q->open].flags & TF_HEADLINE))
		return false;
	for (int32_t i = p; i >= 0 && f->toks[i].para == f->toks[q->open].para; i--)
		if (tok_punct(f, i, ':'))
			return true;
	return false;
}

/* work_apposition: is quotation q, title_like, the title of a work
 * named right before it and a comma ("in her memoir, “Long Roads
 * Home.”", "his show, ''The Late Hour,''"), outside every report (in
 * one, the report keeps it: "hoped to republish his book, ''...''")? */
static bool
work_apposition(const struct quote_finder *f, const struct quotation *q)
{
	int32_t p = q->open - 1;

	return p > 0 && innermost_cue(f, q->open) < 0 &&
	    tok_punct(f, p, ',') && tok_lower(f, p - 1) &&
	    !tok_is(f, p - 1, f->w_of) && !tok_is(f, p - 1, f->w_with) &&
	    title_like(f, q) && work_before(f, p - 1);
}

/* worn_slogan: is quotation q the slogan printed on what it names
 * right after it, a thing worn or shown, maybe after one word ("the “Keep
 * the Mill” hat", "“Vote Smith” campaign pins", in a Title Case headline
 * "Wear ‘Keep the Mill’ Hats"), a name for it, not a quote? Not a
 * sentence closed by its punctuation ("“We lost.” T-shirts appeared": a
 * quote, and the shirts came after). */
static bool
worn_slogan(const struct quote_finder *f, const struct quotation *q)
{
	static const char *const things[] = {
		"hat", "hats", "cap", "caps", "t-shirt", "t-shirts", "shirt",
		"shirts", "pin", "pins", "sign", "signs", "banner", "banners",
		"sticker", "stickers", "placard", "placards", "gear", "jersey"
	};
	int32_t k = q->close + 1;
	uint32_t c;
	bool cap;

	if (q->close < 0 || tok_punct(f, q->last, '.') || tok_punct(f, q->last, ',') ||
	    tok_punct(f, q->last, '!') || tok_punct(f, q->last, '?'))
		return false;
	for (int32_t j = k; j <= k + 1 && tok_word(f, j); j++) {
		const struct tok *t = &f->toks[j];

		if (t->e - t->b >= 7 && memcmp(f->text + t->b, "T-shirt", 7) == 0)
			return true;  /* T-shirts, the one capital it takes */
		/* the first letter first: most words are no thing; in a
		 * Title Case headline a capitalised one (Wear ‘...’ Hats) */
		cap = (t->flags & TF_CAP) != 0;
		c = cap ? t->cp + ('a' - 'A') : t->cp;
		for (size_t i = 0; i < sizeof things / sizeof *things; i++)
			if (c == (uint32_t)things[i][0] && (cap ?
			    word_is(f, j, things[i]) && title_case(f, j) :
			    lower_word(f, j, things[i])))
				return true;
		if (!tok_lower(f, j))
			break;
	}
	return false;
}

/* bylined: is quotation q the headline of an article, a comma closing
 * it, credited to its writer right after it ("“A bakery opens on Main
 * Street,” by the Gazette's Ann Lee: ...")? A title, not a quote. */
static bool
bylined(const struct quote_finder *f, const struct quotation *q)
{
	int32_t k = q->close + 1;

	if (q->close < 2 || (size_t)k + 2 >= f->ntoks || !lower_word(f, k, "by"))
		return false;
	/* the comma may stand inside a mark closing a title in it */
	if (!tok_punct(f, q->close - 1, ',') && !((f->toks[q->close - 1].flags &
	    TF_CLOSE) && tok_punct(f, q->close - 2, ',')))
		return false;
	if (tok_is(f, k + 1, f->w_the))
		k++;
	return tok_word(f, k + 1) && (f->toks[k + 1].flags & TF_CAP);
}

/* bylined_excerpt: is quotation k, right after a colon, the excerpt of
 * an article whose headline and byline open its paragraph ("“A bakery
 * opens on Main Street,” by the Gazette's Ann Lee: “The bakery ...”
 * http://...")? A block of a document, no one's quote. */
static bool
bylined_excerpt(const struct quote_finder *f, int32_t k)
{
	const struct quotation *q = &f->qs[k];

	if (!tok_punct(f, q->open - 1, ':'))
		return false;
	for (int32_t j = k - 1; j >= 0; j--) {
		const struct quotation *h = &f->qs[j];

		if (!h->top)
			continue;
		return h->close >= 0 && f->toks[h->open].para ==
		    f->toks[q->open].para && bylined(f, h);
	}
	return false;
}

/* role_after: is quotation q the name of a show or a film because a
 * role in it follows right after the closing mark ("“Daily Show” host
 * Trevor Noah", "the “Avatar” star", in a Title Case headline "“Broad
 * City” Star Asked ...")? */
static bool
role_after(const struct quote_finder *f, const struct quotation *q)
{
	static const char *const roles[] = {
		"star", "stars", "host", "hosts", "actor", "actress", "creator",
		"showrunner", "co-star", "anchor"
	};
	int32_t k = q->close + 1;

	if (q->close < 0)
		return false;
	/* “Broad City” Star Asked ...: the role in a Title Case headline */
	return lower_among(f, k, roles, sizeof roles / sizeof *roles) ||
	    (tok_word(f, k) && (f->toks[k].flags & TF_CAP) &&
	    word_among(f, k, roles, sizeof roles / sizeof *roles) &&
	    title_case(f, k));
}

/* dated: is quotation q followed by a year in parentheses, a slogan, a
 * poster or a title cited with its date (“No to Schengen” (2005))? */
static bool
dated(const struct quote_finder *f, const struct quotation *q)
{
	int32_t k = q->close + 1;
	const struct tok *y;
	long v;

	if (q->close < 0 || !tok_punct(f, k, '(') || !tok_punct(f, k + 2, ')') ||
	    !tok_word(f, k + 1))
		return false;
	y = &f->toks[k + 1];
	if (!(y->flags & TF_DIGIT) || y->e - y->b != 4)
		return false;
	v = strtol(f->text + y->b, NULL, 10);
	return v >= 1800 && v <= 2099;
}

/* screen_label: is quotation q the label of a button or a link on a
 * screen, after "click" or before "button" ("click “sign up.”", "the
 * "subscribe" button")? */
static bool
screen_label(const struct quote_finder *f, const struct quotation *q)
{
	static const char *const acts[] = { "click", "clicking", "clicked", "tap" };
	static const char *const things[] = { "button", "buttons", "link", "tab", "icon" };

	return lower_among(f, q->open - 1, acts, sizeof acts / sizeof *acts) ||
	    (q->close >= 0 && lower_among(f, q->close + 1, things,
	    sizeof things / sizeof *things));
}

/* alone_in_paragraph: is quotation q all its paragraph holds, but for
 * dashes around it and a period after it ("'A long night.'", "– ‘Who
 * cares?’ –.")? */
static bool
alone_in_paragraph(const struct quote_finder *f, const struct quotation *q)
{
	uint32_t para = f->toks[q->open].para;
	int32_t k;

	if (q->close < 0)
		return false;
	for (k = q->open - 1; k >= 0 && f->toks[k].para == para; k--)
		if (!dash_tok(&f->toks[k]))
			return false;
	for (k = q->close + 1; (size_t)k < f->ntoks && f->toks[k].para == para; k++)
		if (!dash_tok(&f->toks[k]) && !tok_punct(f, k, '.'))
			return false;
	return true;
}

/* quotes_in_double: does the document quote in double marks (so that
 * single marks are not its house style)? */
bool
quotes_in_double(const struct quote_finder *f)
{
	for (size_t k = 0; k < f->nqs; k++)
		if (f->qs[k].top && (f->toks[f->qs[k].open].flags & TF_DOUBLE))
			return true;
	return false;
}

/* subhead: is quotation q, alone in its paragraph, a section heading or a
 * site's label, not a quote: a word and a colon ("Related:"), words all
 * in capitals (“DIVISIVE, STUPID AND WRONG”), or six words or fewer in
 * single marks when the document quotes in double ones (dbl: 'A change
 * warrior.')? */
bool
subhead(const struct quote_finder *f, const struct quotation *q, bool dbl)
{
	int words = 0, upper = 0;

	if (!alone_in_paragraph(f, q))
		return false;
	for (int32_t i = q->open + 1; i <= q->last; i++)
		if (f->toks[i].type == TK_WORD) {
			words++;
			upper += (f->toks[i].flags & TF_UPPER) != 0;
		}
	if (words == 1 && tok_punct(f, q->last, ':'))
		return true;
	if (words >= 2 && upper == words)
		return true;
	return words <= 6 && !(f->toks[q->open].flags & TF_DOUBLE) && dbl;
}

/* tongue_for: is token p "for" after the name of a language or "slang"
 * ("Russian for", "Latin for", "slang for")? */
static bool
tongue_for(const struct quote_finder *f, int32_t p)
{
	static const char *const tongues[] = {
		"arabic", "chinese", "creole", "dutch", "english", "farsi",
		"french", "german", "greek", "hebrew", "hindi", "italian",
		"japanese", "korean", "latin", "mandarin", "pashto", "persian",
		"polish", "portuguese", "russian", "slang", "spanish",
		"swahili", "tagalog", "turkish", "ukrainian", "urdu",
		"vietnamese", "yiddish"
	};

	return tok_is(f, p, f->w_for) && tok_word(f, p - 1) &&
	    word_among(f, p - 1, tongues, sizeof tongues / sizeof *tongues);
}

/* gloss: is quotation q the meaning of a foreign word or a hashtag given
 * right before it: after a language's name and "for" (''Do svidaniya!''
 * - Russian for ''goodbye.''), or after a hashtag and a dash ("#Porte
 * Ouverte - ''open door''")? The writer's translation, no one's words. */
static bool
gloss(const struct quote_finder *f, const struct quotation *q)
{
	int32_t p = q->open - 1;

	if (tongue_for(f, p))
		return true;
	while (p >= 0 && q->open - p <= 2 && f->toks[p].type == TK_PUNCT &&
	    (dash_tok(&f->toks[p]) || f->toks[p].cp == '-'))
		p--;
	return p < q->open - 1 && tok_word(f, p) && f->toks[p].cp == '#';
}

/* told_show: is quotation q, title_like, the show someone spoke to, right
 * after "told" or "tells" in a reporting clause after a quotation closed
 * earlier in its sentence ("“...,” Fiorina told “Fox and Friends,”
 * reminding ...")? The addressee's name, not a quote. ("Smith told
 * “Morning Talk” that ...": the finder reads the show as what was told,
 * and keeps it.) */
static bool
told_show(const struct quote_finder *f, const struct quotation *q)
{
	static const char *const tell[] = { "told", "tells" };

	if (!tok_word(f, q->open - 1) || f->toks[q->open - 1].cp != 't' ||
	    !lower_among(f, q->open - 1, tell, sizeof tell / sizeof *tell))
		return false;
	for (int32_t k = sentence_start(f, q->open); k < q->open - 1; k++)
		if (f->toks[k].flags & TF_CLOSE)
			return title_like(f, q);
	return false;
}

/* exclaimed_title: is quotation q a title in Title Case ending in "!" or
 * "?" right after a work noun or "titled" ("the movie “Sharknado 3: Oh
 * Hell No!”", "The ad, titled "Unifier?"")? title_like takes such a
 * quotation for a cry; after a work's noun it is its title. */
static bool
exclaimed_title(const struct quote_finder *f, const struct quotation *q)
{
	int32_t p = q->open - 1;

	return (tok_punct(f, q->last, '!') || tok_punct(f, q->last, '?')) &&
	    tok_lower(f, p) && !tok_is(f, p, f->w_of) && !tok_is(f, p, f->w_with) &&
	    work_before(f, p) && title_words(f, q);
}

/* named_in_marks: is quotation q, whatever governs it, the name of a show
 * or a work by its place (a show told, a title ending in "!" after a work
 * noun), a work's title set off after it, the slogan on a thing worn or
 * shown, or a translation? */
bool
named_in_marks(const struct quote_finder *f, const struct quotation *q)
{
	return named_title(f, q) || work_apposition(f, q) || worn_slogan(f, q) ||
	    gloss(f, q) || told_show(f, q) || exclaimed_title(f, q);
}

/* cited_title: is quotation k, with no cue, a title cited as such: a
 * headline with its byline and the excerpt after them (when it carries
 * on no quote), a show before a role in it, a slogan with its year, a
 * button? */
bool
cited_title(const struct quote_finder *f, int32_t k)
{
	const struct quotation *q = &f->qs[k];

	return (!q->continues && (bylined(f, q) || bylined_excerpt(f, k))) ||
	    role_after(f, q) || dated(f, q) || screen_label(f, q);
}

/* quoted_term: is quotation q, with no cue, a short term in marks (one to
 * four words, no closing punctuation inside) that opens its sentence as
 * the subject of the writer's own clause, a lower-case word or a
 * parenthesis right after it (“Containment” has been U.S. policy ...,
 * “Top secret” is the highest level ...)? A name or a word discussed,
 * no one's quote. */
bool
quoted_term(const struct quote_finder *f, const struct quotation *q)
{
	int words = 0;
	int32_t n = q->close + 1;

	if (q->close < 0 || q->open != sentence_start(f, q->open) ||
	    !tok_word(f, q->last))
		return false;
	if (!tok_lower(f, n) && !tok_punct(f, n, '('))
		return false;
	for (int32_t i = q->open + 1; i <= q->last; i++)
		if (f->toks[i].type == TK_WORD && ++words > 4)
			return false;
	return words > 0;
}
