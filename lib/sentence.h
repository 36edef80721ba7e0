/* sentence.h - sentence records (DESIGN.md "Sentence") as the stages after
 * parley-split read them: checking them, grouping the records of one
 * document, and rebuilding the document's text so that code-point offsets
 * can be computed against the whole document.
 *
 *	struct sentence_batch b = {0};
 *	while ((rec = jsonl_in_next(&in)) != NULL) {
 *		if (!sentence_check(&in, rec, &b)) { json_decref(rec); continue; }
 *		if (!sentence_batch_same_doc(&b, rec)) { process(&b); sentence_batch_clear(&b); }
 *		sentence_batch_push(&b, rec);
 *	}
 *	process(&b); sentence_batch_free(&b);
 */
#ifndef PARLEY_SENTENCE_H
#define PARLEY_SENTENCE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "jsonl.h"
#include "utf8.h"

/* The sentences of one document, in input order. */
struct sentence_batch {
	json_t **recs;   /* owned references */
	size_t n, cap;
};

/* sentence_check verifies that rec is a sentence record: "doc" and "text"
 * strings, "start" and "end" non-negative integers with end - start equal
 * to the code-point length of text, and, when rec continues the document
 * of the batch, start not before the previous sentence's end. Rejects the
 * line through jsonl_reject and returns false otherwise. */
bool sentence_check(struct jsonl_in *in, json_t *rec,
    const struct sentence_batch *b);

/* sentence_batch_same_doc: true when b is empty or rec has b's doc. */
bool sentence_batch_same_doc(const struct sentence_batch *b, json_t *rec);

/* sentence_batch_push appends rec, taking over the caller's reference. */
void sentence_batch_push(struct sentence_batch *b, json_t *rec);

/* sentence_batch_clear drops every record (json_decref) and empties b. */
void sentence_batch_clear(struct sentence_batch *b);

/* sentence_batch_free clears b and frees its array. */
void sentence_batch_free(struct sentence_batch *b);

/* The document text rebuilt from its sentences: each sentence's text at
 * its code-point offset; the gaps between sentences (not in the records)
 * filled with one '\n' per code point where the paragraph ("para")
 * changes, else spaces. So offsets computed on text are document offsets. */
struct doc_text {
	char *text;             /* owned, NUL-terminated */
	size_t len;             /* bytes */
	size_t *sent_byte;      /* byte offset in text of each sentence */
	struct utf8_index ix;   /* code points <-> bytes of text */
};

/* doc_text_build rebuilds the text of the batch's document (checked with
 * sentence_check). Free with doc_text_free. */
void doc_text_build(struct doc_text *dt, const struct sentence_batch *b);
void doc_text_free(struct doc_text *dt);

/* sentence_int returns the integer field key of rec, or def. */
long long sentence_int(json_t *rec, const char *key, long long def);

#endif
