/* finder.h - the insides of the quote finder, shared by its files:
 * tokens (token.c), quotation marks (marks.c), cues with their speakers
 * and contents (cues.c and the files of cues.h, phrase.c), and the quotes
 * made of them (attach.c, finder.c). Nothing here is for main.c. */
#ifndef PARLEY_QUOTES_FINDER_H
#define PARLEY_QUOTES_FINDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "quotes.h"

enum tok_type {
	TK_WORD,     /* letters and digits, with inner ' - . */
	TK_PUNCT,    /* one punctuation mark (a run of dots is one) */
	TK_QUOTE,    /* a quotation mark or an apostrophe standing alone */
	TK_POSS      /* 's after a word */
};

enum {
	TF_CAP = 1u << 0,      /* starts with an upper-case letter */
	TF_DIGIT = 1u << 1,    /* starts with a digit */
	TF_SPB = 1u << 2,      /* white space (or the start) before it */
	TF_SPA = 1u << 3,      /* white space (or the end) after it */
	TF_PARA = 1u << 4,     /* first token of its paragraph */
	TF_LY = 1u << 5,       /* a word ending in -ly */
	TF_ING = 1u << 6,      /* a word ending in -ing */
	TF_ED = 1u << 7,       /* a word ending in -ed or -en */
	TF_DOTTED = 1u << 8,   /* a word with an inner dot: U.S, J.D */
	TF_UPPER = 1u << 9,    /* every letter upper case, two or more */
	TF_SENT = 1u << 10,    /* first token of its sentence */
	TF_DOUBLE = 1u << 11,  /* a quotation mark of the double kind */
	TF_OPEN = 1u << 12,    /* a mark that opens a quotation */
	TF_CLOSE = 1u << 13,   /* a mark that closes a quotation */
	TF_HEADLINE = 1u << 14 /* in a paragraph without final punctuation */
};

struct tok {
	size_t b, e;        /* bytes into the text */
	uint32_t cls;       /* word classes (lexicon.h), 0 when unknown */
	int32_t wid;        /* word id, -1 when not in the lexicon */
	uint32_t cp;        /* first code point */
	uint32_t para;      /* paragraph number */
	uint32_t sent;      /* sentence number */
	uint16_t type;
	uint16_t flags;
	int32_t q;          /* top-level quotation it is in (marks too), -1 */
};

/* A pair of quotation marks (or an opening one the paragraph ends). */
struct quotation {
	int32_t open, close;   /* token indices; close -1: ran to the paragraph end */
	int32_t last;          /* last token of the content */
	size_t b, e;           /* content bytes */
	bool top;              /* not inside another quotation */
	bool direct;           /* sets off a whole utterance */
	bool drop;             /* not a quote at all (a title, a number) */
	int32_t cue;           /* governing cue, -1 */
	int32_t from;          /* quotation it continues, -1 */
	int32_t from_cue;      /* or report it continues, -1 */
	bool continues;
	bool has_subject;      /* a fragment with no cue: the sentence subject */
	int32_t subj0, subj1;  /* its tokens */
	int32_t before_c0;     /* least content start of the reporting clauses
				  after it (CU_BEFORE cues), INT32_MAX: none
				  (attach.c) */
};

enum cue_use {
	CU_NONE,      /* nothing reported (a topic, no content) */
	CU_CLAUSE,    /* content after: that-clause, bare clause, wh-, to- */
	CU_NP,        /* content after: a noun phrase, gerund, X as Y */
	CU_BEFORE,    /* content before: "..., Rubio said" */
	CU_QUOTE      /* governs the quotation right after it */
};

struct cue {
	int32_t t0, t1;        /* cue tokens [t0, t1), with an addressee */
	int32_t entry;         /* lexicon entry */
	uint32_t frames;
	int32_t s0, s1;        /* speaker tokens [s0, s1); s0 -1: none */
	int32_t c0, c1;        /* content tokens [c0, c1); c0 -1: none */
	int32_t clause0;       /* first token of the reporting clause */
	int32_t quote;         /* quotation it governs directly, -1 */
	int32_t quote2;        /* and the one before it (a split quotation) */
	enum cue_use use;
	bool passive;          /* "when asked": the speaker is not named */
	bool inverted;         /* "said Rubio": speaker after the cue */
	bool inherit;          /* speaker taken from an earlier cue */
	bool agent;            /* a passive with its agent: "called X by Y" */
	bool has_quote;        /* its content holds a quotation it governs */
	bool belief;
	bool drop;
	bool any_subject;      /* its subject opens with an article read
	                        * over its noun: any noun phrase */
};

struct open_mark {
	int32_t tok;
	bool dbl;
};

struct quote_finder {
	const struct lexicon *lx;
	struct quote_options opts;
	const char *text;
	size_t len;
	struct tok *toks;
	size_t ntoks, tcap;
	struct quotation *qs;
	size_t nqs, qcap;
	struct cue *cues;
	size_t ncues, ccap;
	struct quote *out;
	size_t nout, ocap;
	int32_t *marks;        /* the TK_QUOTE tokens, in order (token.c) */
	size_t nmarks, mcap;
	struct open_mark *stack;  /* for pairing marks */
	size_t scap;
	int32_t *sent_first;   /* per sentence: its first token (token.c) */
	size_t sfcap;
	int32_t *cue_at;       /* per token: cue starting there, -1 */
	int32_t *subj_at;      /* per token: cue whose speaker starts there, -1 */
	size_t acap;
	int32_t *at_set;       /* the tokens where cue_at or subj_at is set */
	size_t nat_set, at_setcap;
	int32_t *inner_at;     /* per token: innermost content holding it, -1
				  (attach.c; all -1 between documents) */
	size_t icap;
	/* frequently used word ids (finder.c fills them in) */
	int32_t w_that, w_to, w_as, w_by, w_of, w_for, w_and, w_but, w_or;
	int32_t w_which, w_who, w_including, w_involving, w_when, w_asked;
	int32_t w_well, w_such, w_according, w_on, w_in, w_at, w_with, w_said;
	int32_t w_while, w_after, w_before, w_whether, w_if, w_a, w_an, w_the;
	int32_t w_not, w_whose, w_where, w_adding, w_also, w_then, w_so, w_yet;
	int32_t w_because, w_although, w_though, w_whereas, w_despite, w_since;
	int32_t w_unless, w_until, w_from, w_than, w_like, w_during, w_amid;
	int32_t w_over, w_about, w_it, w_there, w_once, w_even, w_far, w_last;
	int32_t w_this, w_these, w_those, w_early, w_late, w_you, w_made;
	int32_t w_make, w_makes, w_issued, w_nor, w_what;
	int32_t w_poll, w_polls, w_survey, w_surveys;
};

/* token.c: the tokens of f->text, their sentences and f->marks */
void tokenize(struct quote_finder *f);

/* The questions the rules ask of token i (false when i is out of range),
 * inline: they are asked several times for every token. */
static inline bool
tok_word(const struct quote_finder *f, int32_t i)
{
	return i >= 0 && (size_t)i < f->ntoks && f->toks[i].type == TK_WORD;
}

/* tok_is: is token i the word wid (wid >= 0)? */
static inline bool
tok_is(const struct quote_finder *f, int32_t i, int32_t wid)
{
	return i >= 0 && (size_t)i < f->ntoks && wid >= 0 &&
	    f->toks[i].wid == wid;
}

/* tok_punct: is token i the punctuation mark cp? */
static inline bool
tok_punct(const struct quote_finder *f, int32_t i, uint32_t cp)
{
	return i >= 0 && (size_t)i < f->ntoks && f->toks[i].type == TK_PUNCT &&
	    f->toks[i].cp == cp;
}

/* tok_has: is token i of some word class of cls? */
static inline bool
tok_has(const struct quote_finder *f, int32_t i, uint32_t cls)
{
	return i >= 0 && (size_t)i < f->ntoks && (f->toks[i].cls & cls) != 0;
}

/* dash_tok: is token t a dash (an em, en or horizontal bar dash, or a
 * hyphen with a space before it)? */
static inline bool
dash_tok(const struct tok *t)
{
	return t->type == TK_PUNCT && (t->cp == 0x2014 || t->cp == 0x2013 ||
	    t->cp == 0x2015 || (t->cp == '-' && (t->flags & TF_SPB)));
}

/* tok_lower: is token i a word in lower case (no capital, no digit)? */
static inline bool
tok_lower(const struct quote_finder *f, int32_t i)
{
	return tok_word(f, i) && !(f->toks[i].flags & (TF_CAP | TF_DIGIT));
}

/* word_is: is token i the word w (lower case, any case in the text)? */
static inline bool
word_is(const struct quote_finder *f, int32_t i, const char *w)
{
	size_t n = strlen(w);

	return tok_word(f, i) && f->toks[i].e - f->toks[i].b == n &&
	    strncasecmp(f->text + f->toks[i].b, w, n) == 0;
}

/* word_among: is token i one of the n words (lower case, any case in the
 * text)? */
static inline bool
word_among(const struct quote_finder *f, int32_t i, const char *const *words,
    size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (word_is(f, i, words[k]))
			return true;
	return false;
}

/* finder.c: sort_stable sorts the n elements of size bytes at base by
 * cmp (qsort's), keeping equal ones in their order, as glibc's qsort (a
 * merge sort) does, so that the order is the same; in n - 1 comparisons
 * when they are in order already. */
typedef int sort_cmp(const void *, const void *);
void sort_stable(void *base, size_t n, size_t size, sort_cmp *cmp);

/* marks.c */
void marks_pair(struct quote_finder *f);

/* cues.c: every cue of the document with its speaker and content */
void cues_find(struct quote_finder *f);
/* complement.c */
bool clause_like(const struct quote_finder *f, int32_t k, bool any);
bool at_least(const struct quote_finder *f, int32_t i);
bool only_adjuncts(const struct quote_finder *f, int32_t k);

/* phrase.c: noun phrases and clause ends */
bool nickname(const struct quote_finder *f, int32_t open);
bool np_left(const struct quote_finder *f, int32_t end, int32_t limit,
    int32_t *s0, int32_t *s1);
enum { NP_OBJECT = 1, NP_LOOSE = 2 };
bool np_right(const struct quote_finder *f, int32_t start, int32_t *s0,
    int32_t *s1, int mode);
bool np_is_speaker(const struct quote_finder *f, int32_t s0, int32_t s1,
    bool any);
/* mention_start, mention_end: the bytes where the mention of tokens
 * [s0, s1) starts and ends in the text, with the dot of an abbreviation
 * that ends it ("Jr.", "U.S.") and a web address whole ("Factcheck.org") */
size_t mention_start(const struct quote_finder *f, int32_t s0);
size_t mention_end(const struct quote_finder *f, int32_t s1);
int32_t clause_end(const struct quote_finder *f, int32_t start, bool np,
    int32_t self);
int32_t skip_adjunct_right(const struct quote_finder *f, int32_t i);
int32_t subject_aside_end(const struct quote_finder *f, int32_t start, int32_t d);
/* frames.c's, asked by np_right too */
bool plural_possessive(const struct quote_finder *f, int32_t p);
int32_t skip_left(const struct quote_finder *f, int32_t i, int32_t limit);
bool who_contraction(const struct quote_finder *f, int32_t k);
bool lower_word(const struct quote_finder *f, int32_t i, const char *w);
bool near_word(const struct quote_finder *f, int32_t i);
bool lower_among(const struct quote_finder *f, int32_t i, const char *const *words,
    size_t n);
bool since_after_have(const struct quote_finder *f, int32_t i);
int32_t sentence_start(const struct quote_finder *f, int32_t i);
int32_t sentence_last(const struct quote_finder *f, int32_t i);
int32_t clause_start(const struct quote_finder *f, int32_t i);

/* attach.c */
void quotations_classify(struct quote_finder *f);
void attach_quotations(struct quote_finder *f);
void emit_quotes(struct quote_finder *f);
int32_t innermost_cue(const struct quote_finder *f, int32_t i);

/* titles.c */
bool title_like(const struct quote_finder *f, const struct quotation *q);
bool named_in_marks(const struct quote_finder *f, const struct quotation *q);
bool cited_title(const struct quote_finder *f, int32_t k);
bool quoted_term(const struct quote_finder *f, const struct quotation *q);
bool headline_phrase(const struct quote_finder *f, const struct quotation *q);
bool headline_subject(const struct quote_finder *f, const struct quotation *q,
    int32_t *s0, int32_t *s1);
bool quotes_in_double(const struct quote_finder *f);
bool subhead(const struct quote_finder *f, const struct quotation *q, bool dbl);

#endif
