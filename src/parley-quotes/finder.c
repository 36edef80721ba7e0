/* finder.c - the quote finder's entry points: tokens, quotation marks,
 * cues, then the quotes made of them. */
#include <stdlib.h>
#include <string.h>

#include "finder.h"
#include "xalloc.h"

/* resolve_ids looks up the words the finder tests by name. */
static void
resolve_ids(struct quote_finder *f)
{
	static const struct {
		const char *word;
		size_t offset;
	} ids[] = {
#define ID(w) { #w, offsetof(struct quote_finder, w_##w) }
		ID(that), ID(to), ID(as), ID(by), ID(of), ID(for), ID(and),
		ID(but), ID(or), ID(which), ID(who), ID(including),
		ID(involving), ID(when), ID(asked), ID(well), ID(such),
		ID(according), ID(on), ID(in), ID(at), ID(with), ID(said),
		ID(while), ID(after), ID(before), ID(whether), ID(if), ID(a),
		ID(an), ID(the), ID(not), ID(whose), ID(where), ID(adding),
		ID(also), ID(then), ID(so), ID(yet), ID(because), ID(although),
		ID(though), ID(whereas), ID(despite), ID(since), ID(unless),
		ID(until), ID(from), ID(than), ID(like), ID(during), ID(amid),
		ID(over), ID(about), ID(it), ID(there), ID(once), ID(even),
		ID(far), ID(last), ID(this), ID(these), ID(those), ID(early),
		ID(late), ID(you), ID(made), ID(make), ID(makes), ID(issued),
		ID(nor), ID(what), ID(poll), ID(polls), ID(survey), ID(surveys)
#undef ID
	};

	for (size_t k = 0; k < sizeof ids / sizeof *ids; k++)
		*(int32_t *)((char *)f + ids[k].offset) =
		    lexicon_id(f->lx, ids[k].word);
}

struct quote_finder *
quote_finder_new(const struct lexicon *lx, const struct quote_options *opts)
{
	struct quote_finder *f = xcalloc(1, sizeof *f);

	f->lx = lx;
	if (opts != NULL)
		f->opts = *opts;
	resolve_ids(f);
	return f;
}

size_t
quote_finder_run(struct quote_finder *f, const char *text, size_t len,
    const struct quote **out)
{
	f->text = text;
	f->len = len;
	tokenize(f);
	marks_pair(f);
	quotations_classify(f);
	cues_find(f);
	attach_quotations(f);
	emit_quotes(f);
	*out = f->out;
	return f->nout;
}

void
quote_finder_free(struct quote_finder *f)
{
	if (f == NULL)
		return;
	free(f->toks);
	free(f->marks);
	free(f->qs);
	free(f->cues);
	free(f->out);
	free(f->stack);
	free(f->sent_first);
	free(f->cue_at);
	free(f->subj_at);
	free(f->at_set);
	free(f->inner_at);
	free(f);
}

/* insertion_sort sorts the n elements (size bytes each) at a, stably;
 * hold has room for one. */
static void
insertion_sort(unsigned char *a, size_t n, size_t size, sort_cmp *cmp,
    unsigned char *hold)
{
	for (size_t i = 1; i < n; i++) {
		size_t j = i - 1;

		if (cmp(a + j * size, a + i * size) <= 0)
			continue;
		memcpy(hold, a + i * size, size);
		while (j > 0 && cmp(a + (j - 1) * size, hold) > 0)
			j--;
		memmove(a + (j + 1) * size, a + j * size, (i - j) * size);
		memcpy(a + j * size, hold, size);
	}
}

/* merge merges the sorted runs a[0..m) and a[m..n) (elements of size
 * bytes), the left one first among equals; tmp has room for m. */
static void
merge(unsigned char *a, size_t m, size_t n, size_t size, sort_cmp *cmp,
    unsigned char *tmp)
{
	size_t i = 0, j = m, k = 0;

	memcpy(tmp, a, m * size);
	while (i < m && j < n) {
		if (cmp(tmp + i * size, a + j * size) <= 0)
			memcpy(a + k++ * size, tmp + i++ * size, size);
		else
			memcpy(a + k++ * size, a + j++ * size, size);
	}
	memcpy(a + k * size, tmp + i * size, (m - i) * size);
}

#define SORT_RUN 16

void
sort_stable(void *base, size_t n, size_t size, sort_cmp *cmp)
{
	unsigned char *a = base, *tmp;
	size_t i = 1;

	while (i < n && cmp(a + (i - 1) * size, a + i * size) <= 0)
		i++;
	if (i >= n)
		return;   /* in order already, the common case */
	tmp = xreallocarray(NULL, n, size);
	for (size_t lo = 0; lo < n; lo += SORT_RUN)
		insertion_sort(a + lo * size, n - lo < SORT_RUN ? n - lo :
		    SORT_RUN, size, cmp, tmp);
	for (size_t w = SORT_RUN; w < n; w *= 2)
		for (size_t lo = 0; lo + w < n; lo += 2 * w) {
			size_t hi = n - lo < 2 * w ? n - lo : 2 * w;
			unsigned char *run = a + lo * size;

			/* runs already in order stay where they are */
			if (cmp(run + (w - 1) * size, run + w * size) > 0)
				merge(run, w, hi, size, cmp, tmp);
		}
	free(tmp);
}
