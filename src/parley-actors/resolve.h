/* resolve.h - the actors of one document: who is named in each sentence,
 * and who speaks each quote.
 *
 *	actor_doc_init(&doc, &dict, &patterns);
 *	for each document:
 *		actor_doc_reset(&doc);
 *		actor_doc_add_sentence(&doc, ...) for each sentence, in order;
 *		actor_doc_add_quote(&doc, ...) for each quote of the sentences;
 *		actor_doc_resolve(&doc);
 *		read doc.mentions (by sentence) and doc.quotes[i].actor / .via
 *	actor_doc_free(&doc);
 *
 * A quote's speaker mention resolves, in this order (docs/parley-actors.md
 * has the details): a continuation to the actor of the quote it continues;
 * a pronoun to the last person (he, she), body (it) or either (they) named
 * or heard before it in its paragraph or the one before; two actors joined
 * by "and" to none; the actor of the name that ends it ("US Vice President
 * JD Vance", "Putin's"); the actor of the role that ends it ("Kremlin
 * spokesman", "Trump's national security adviser") or of a name in it that
 * holds the role, or, for a role several actors hold ("the official"), the
 * last of them named or heard in the document before it; a name inside a
 * description ("a US deal"). A group ("Western officials", "both sides",
 * "reports"), a name the dictionary does not know, and an unnamed source
 * ("a Kremlin source") stay unresolved. Nothing is looked for outside the
 * document. */
#ifndef PARLEY_ACTORS_RESOLVE_H
#define PARLEY_ACTORS_RESOLVE_H

#include <stdbool.h>
#include <stddef.h>

#include "dict.h"
#include "names.h"
#include "utf8.h"

enum actor_via {
	VIA_NONE,
	VIA_NAME,
	VIA_ROLE,
	VIA_PRONOUN,
	VIA_CONTINUES
};

struct doc_sentence {
	size_t start, end;      /* code points of the document */
	size_t b, e;            /* bytes of the document's text */
	long long para;
	bool ascii;             /* a byte a code point */
	size_t first, n;        /* its mentions: mentions[first..+n), the
	                         * titles among them not listed */
};

struct doc_quote {
	size_t sent;            /* the sentence it is listed on */
	long long start, end;   /* its content, code points; -1: not given */
	size_t speaker;         /* offset of the speaker in doc->strs */
	size_t speaker_len;
	bool has_speaker;
	long long speaker_start, speaker_end;   /* -1: not given */
	bool continues;
	long actor;             /* result: an actor index or -1 */
	enum actor_via via;
};

struct doc_mention {
	size_t actor;
	size_t alias;           /* the name that matched */
	size_t b, e;            /* bytes of the document's text */
	size_t start, end;      /* code points */
	size_t sent;
	bool title;             /* a title before a name: not listed */
	bool quoted;            /* inside the content of a quote */
};

struct doc_event;

struct actor_doc {
	const struct actor_dict *dict;
	struct actor_patterns *pat;
	char *text;             /* the document's text, rebuilt */
	size_t len, cap;
	size_t ncp;             /* its length in code points */
	size_t cp_at, byte_at;  /* the last mention's start, both ways */
	struct doc_sentence *sents;
	size_t nsents, scap;
	struct doc_quote *quotes;
	size_t nquotes, qcap;
	struct doc_mention *mentions;   /* in text order */
	size_t nmentions, mcap;
	char *strs;             /* the speakers' strings */
	size_t slen, scap2;
	struct name_matches found;
	struct doc_event *events;       /* speakers heard, in order */
	size_t nevents, ecap;
	size_t *order;
	size_t ocap;
	long long *last_named;  /* per actor: last full name, -1 */
	size_t *touched;
	size_t ntouched;
};

void actor_doc_init(struct actor_doc *doc, const struct actor_dict *dict,
    struct actor_patterns *pat);

/* actor_doc_reset empties doc for the next document. */
void actor_doc_reset(struct actor_doc *doc);

/* actor_doc_add_sentence appends a sentence: len bytes of text (valid
 * UTF-8) at code points [start, end) of the document, in paragraph para.
 * Sentences come in order and do not overlap (sentence_check). */
void actor_doc_add_sentence(struct actor_doc *doc, const char *text,
    size_t len, size_t start, size_t end, long long para);

/* actor_doc_add_quote appends a quote of the last sentence added; the
 * speaker (n bytes, valid UTF-8; NULL: none) is copied. */
void actor_doc_add_quote(struct actor_doc *doc, long long start,
    long long end, const char *speaker, size_t n, long long speaker_start,
    long long speaker_end, bool continues);

/* actor_doc_resolve finds the mentions and resolves the quotes. */
void actor_doc_resolve(struct actor_doc *doc);

/* actor_via_name: "name", "role", "pronoun", "continues", NULL for none. */
const char *actor_via_name(enum actor_via via);

void actor_doc_free(struct actor_doc *doc);

#endif
