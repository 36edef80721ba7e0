/* lexicon.h - the words parley-quotes knows: the cues of the
 * reporting-verb lexicon with their frames (reporting-verbs.txt), the
 * speaker nouns (speaker-nouns.txt), and the closed-class words of
 * English it needs to read a clause (determiners, pronouns, prepositions,
 * conjunctions, auxiliaries), which are built in.
 *
 * Words are looked up in a normalised form: ASCII letters in lower case,
 * the curly apostrophes ‘ ’ as '. Every word of every list gets one id;
 * a token of text carries the id of its word (or -1) and the class bits. */
#ifndef PARLEY_QUOTES_LEXICON_H
#define PARLEY_QUOTES_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Word classes (bits of lex_word.cls). */
enum {
	WC_DET = 1u << 0,       /* the, a, his, their, both */
	WC_PRON = 1u << 1,      /* he, she, they, we, I, it, you (subject) */
	WC_OBJPRON = 1u << 2,   /* him, her, them, us, me */
	WC_PREP = 1u << 3,      /* of, in, on, to, with ... */
	WC_CONJ = 1u << 4,      /* and, or, but, nor, yet, so */
	WC_SUB = 1u << 5,       /* while, because, if, when, after ... */
	WC_REL = 1u << 6,       /* who, which, that, whose, whom */
	WC_AUX = 1u << 7,       /* has, was, will, would, did ... */
	WC_ADV = 1u << 8,       /* also, further, again, still ... */
	WC_NEG = 1u << 9,       /* not, never */
	WC_TIME = 1u << 10,     /* Monday, week, today, January ... */
	WC_ABBR = 1u << 11,     /* Mr, Gov, Sen, Jan: a '.' after it ends no sentence */
	WC_BE = 1u << 12,       /* is, was, were, been, being, be, are, am */
	WC_PERSON = 1u << 13,   /* speaker noun, p */
	WC_GROUP = 1u << 14,    /* speaker noun, g */
	WC_DOCUMENT = 1u << 15, /* speaker noun, d */
	WC_MODIFIER = 1u << 16, /* speaker noun, m */
	WC_QUANT = 1u << 17,    /* some, many, most, several, all */
	WC_WH = 1u << 18,       /* whether, if, why, how, what, when, where, who */
	WC_EXPL = 1u << 19,     /* it, there (expletive subjects) */
	WC_CUE = 1u << 20,      /* the first word of some cue */
	WC_HAVE = 1u << 21,     /* has, have, had, having */
	WC_TITLE = 1u << 22,    /* Mr, Mrs, Dr, Sen: before a name */
	WC_REPORT = 1u << 23,   /* a form of a reporting verb (said, warned) */
	WC_NOTLY = 1u << 24,    /* ends in -ly but is no adverb (early, family) */
	WC_PHRASAL = 1u << 25   /* a verb form that only opens cue phrases
	                           (came out against, took issue with): a verb,
	                           no reporting verb on its own */
};

#define WC_SPEAKER (WC_PERSON | WC_GROUP | WC_DOCUMENT)

/* Frames of a cue (bits of cue_entry.frames): the letters of the file. */
enum {
	FR_THAT = 1u << 0,      /* c: "said that ..." */
	FR_BARE = 1u << 1,      /* z: "said he would ..." */
	FR_WH = 1u << 2,        /* w: "asked whether ..." */
	FR_TO = 1u << 3,        /* t: "promised to ...", "urged Kyiv to ..." */
	FR_NP = 1u << 4,        /* n: "called for a truce" */
	FR_AS = 1u << 5,        /* x: "described the talks as useful" */
	FR_QUOTE = 1u << 6,     /* q: "said: “...”" */
	FR_AFTER = 1u << 7,     /* i: "“...,” he said" / "..., said Rubio" */
	FR_OBJECT = 1u << 8,    /* o: "told reporters that ..." */
	FR_SOURCE = 1u << 9,    /* a: "according to X" */
	FR_NOUN = 1u << 10,     /* s: "Rubio's assurance that ..." */
	FR_BELIEF = 1u << 11,   /* b: think, want: a belief, wish or perception */
	FR_ANYSUBJ = 1u << 12,  /* h: any noun phrase can be its subject */
	FR_NOPRON = 1u << 13,   /* e: "it emerged that": a pronoun subject is no speaker */
	FR_RECORD = 1u << 14,   /* r: its subject must be a record (the poll shows ...) */
	FR_OPTIN = 1u << 15,    /* u: with --beliefs only (suppose, imagine) */
	FR_EVIDENT = 1u << 16,  /* v: "X seems to ...": no speaker, the writer's judgement */
	FR_ABOUT = 1u << 17,    /* p: "his support for X": a noun and what it is about */
	FR_FROM = 1u << 18      /* f: "X drew criticism from Y": a noun received, about X */
};

struct lex_word {
	char *s;            /* normalised form, NUL-terminated, owned */
	uint32_t len;
	uint32_t hash;
	uint32_t cls;
	int32_t cue0;       /* first entry in lexicon.cues starting with this word */
	int32_t ncues;      /* number of them (longest phrases first) */
};

struct cue_entry {
	int32_t *words;     /* word ids */
	int nwords;
	uint32_t frames;
	unsigned long line; /* line of the lexicon file */
};

/* The bytes of a short word (at most LEXICON_SHORT) packed into two
 * numbers, the first byte in the low byte of lo, the ninth in hi's; the
 * rest 0. Words with a NUL byte have none (their key could be another
 * word's). */
struct lex_key {
	uint64_t lo, hi;
};

/* A slot of the table of short words: a word found by comparing two
 * numbers, without hashing or comparing strings. */
struct lex_short {
	struct lex_key key;
	int32_t id;
	uint32_t cls;       /* the word's lex_word.cls, at hand */
};

/* A block of the lexicon's small allocations (the words' strings, the
 * cue entries' word ids), freed together with the lexicon. */
struct lex_block {
	struct lex_block *next;
	size_t size;
	char data[];
};

struct lexicon {
	struct lex_block *blocks;  /* the newest first */
	size_t block_used;         /* bytes of blocks->data in use */
	struct lex_word *words;
	size_t nwords, wcap;
	uint32_t *slots;    /* open addressing: word id + 1, 0 = empty */
	size_t nslots;
	struct cue_entry *cues;
	size_t ncues, ccap;
	struct lex_short *shorts;  /* the short words, open addressing; */
	size_t nshorts;            /* slots, a power of two */
	uint16_t *short_tags;      /* per slot: a tag of its key (0: empty),
	                              small to look through for a miss */
};

#define LEXICON_SHORT 16    /* the longest word in lexicon.shorts */

/* lexicon_short_key packs the n <= LEXICON_SHORT bytes of s. */
static inline struct lex_key
lexicon_short_key(const char *s, size_t n)
{
	struct lex_key k = { 0, 0 };

	for (size_t i = 0; i < n && i < 8; i++)
		k.lo |= (uint64_t)(unsigned char)s[i] << (8 * i);
	for (size_t i = 8; i < n; i++)
		k.hi |= (uint64_t)(unsigned char)s[i] << (8 * (i - 8));
	return k;
}

/* lexicon_short_hash mixes the key into a number whose high half chooses
 * the slot and the tag. */
static inline uint64_t
lexicon_short_hash(struct lex_key k)
{
	return (k.lo ^ (k.hi * 0xC2B2AE3D27D4EB4Fu)) * 0x9E3779B97F4A7C15u;
}

/* lexicon_short_slot: the first slot to look at for hash h, in a table
 * of mask + 1 slots. */
static inline size_t
lexicon_short_slot(uint64_t h, size_t mask)
{
	return (size_t)(h >> 40) & mask;
}

/* lexicon_short_tag: the tag of hash h in lexicon.short_tags (never 0). */
static inline uint16_t
lexicon_short_tag(uint64_t h)
{
	return (uint16_t)(h >> 24) | 1;
}

/* lexicon_find_short returns the entry of the normalised word (1 to
 * LEXICON_SHORT bytes, none NUL) packed in k, or NULL. The table must be
 * built (lx->nshorts > 0): lexicon_load builds it last, whatever the
 * files held. */
static inline const struct lex_short *
lexicon_find_short(const struct lexicon *lx, struct lex_key k)
{
	size_t mask = lx->nshorts - 1;
	uint64_t h = lexicon_short_hash(k);
	uint16_t tag = lexicon_short_tag(h);

	for (size_t i = lexicon_short_slot(h, mask);; i = (i + 1) & mask) {
		if (lx->short_tags[i] == tag && lx->shorts[i].key.lo == k.lo &&
		    lx->shorts[i].key.hi == k.hi)
			return &lx->shorts[i];
		if (lx->short_tags[i] == 0)
			return NULL;
	}
}

/* lexicon_hash returns the hash of the n bytes of a normalised word. */
uint32_t lexicon_hash(const char *s, size_t n);

/* lexicon_normalise writes the normalised form of the word s (n bytes of
 * valid UTF-8) to out (cap bytes) and returns its length, or 0 when it
 * does not fit. */
size_t lexicon_normalise(const char *s, size_t n, char *out, size_t cap);

/* lexicon_load reads the reporting verbs from verbs_path and the speaker
 * nouns from nouns_path and adds the built-in closed classes. On a bad
 * file it reports "FILE:LINE: problem" and returns the exit status
 * (65 a mistake, 66 cannot open); 0 on success. Free with lexicon_free
 * in either case. */
int lexicon_load(struct lexicon *lx, const char *verbs_path,
    const char *nouns_path);

/* lexicon_find returns the id of the normalised word s (n bytes, hash h),
 * or -1. */
int32_t lexicon_find(const struct lexicon *lx, const char *s, size_t n,
    uint32_t h);

/* lexicon_id returns the id of the plain ASCII word s, or -1. */
int32_t lexicon_id(const struct lexicon *lx, const char *s);

void lexicon_free(struct lexicon *lx);

#endif
