/* marks.c - which quotation marks open, which close, which are
 * apostrophes, and the quotations they make.
 *
 * Curly marks say their direction; straight ones get it from what is
 * around them (white space before and a letter after opens). Pairs are
 * made with a stack within a paragraph: a closing mark closes the nearest
 * open quotation of its kind (double or single), or, when there is none,
 * the innermost open one whatever its kind (news text mixes ' … ” and
 * “ … "). A single closing mark with no single quotation open is an
 * apostrophe (the Ukrainians’ land). A quotation still open at the end of
 * its paragraph ends there. */
#include <stdlib.h>
#include <string.h>

#include "finder.h"
#include "xalloc.h"

enum role { R_NONE, R_OPEN, R_CLOSE, R_EITHER, R_APOS };

static bool
opening_context(const struct quote_finder *f, size_t i)
{
	const struct tok *p;

	if (i == 0 || (f->toks[i].flags & (TF_SPB | TF_PARA)))
		return true;
	p = &f->toks[i - 1];
	if (p->type == TK_PUNCT)
		return p->cp == '(' || p->cp == '[' || p->cp == '{' ||
		    p->cp == 0x2014 || p->cp == 0x2013 || p->cp == '-' ||
		    p->cp == '/' || p->cp == ':';
	if (p->type == TK_QUOTE)
		return (p->flags & TF_OPEN) != 0;
	return false;
}

static bool
closing_context(const struct quote_finder *f, size_t i)
{
	const struct tok *n;

	if (i + 1 >= f->ntoks || (f->toks[i].flags & TF_SPA))
		return true;
	n = &f->toks[i + 1];
	if (n->flags & TF_PARA)
		return true;
	if (n->type == TK_PUNCT)
		return n->cp != '(' && n->cp != '[' && n->cp != '{' &&
		    n->cp != '$' && n->cp != '#' && n->cp != '@';
	return n->type == TK_QUOTE || n->type == TK_POSS;
}

static bool
followed_by_letter(const struct quote_finder *f, size_t i)
{
	return i + 1 < f->ntoks && !(f->toks[i].flags & TF_SPA) &&
	    f->toks[i + 1].type == TK_WORD && !(f->toks[i + 1].flags & TF_DIGIT);
}

/* classify gives the role of the mark at token i and whether it is of
 * the double kind. */
static enum role
classify(const struct quote_finder *f, size_t i, bool *dbl)
{
	uint32_t c = f->toks[i].cp;
	bool o = opening_context(f, i), cl = closing_context(f, i);

	*dbl = true;
	switch (c) {
	case 0x201C:
		/* “Apparently not,“ he said: a misturned closing mark */
		return cl && !o ? R_EITHER : R_OPEN;
	case 0x201E: case 0x201F: case 0x00AB:
		return R_OPEN;
	case 0x201D: case 0x00BB: case 0x2033:
		return o && !cl ? R_OPEN : R_CLOSE;
	case '"': case 0xFF02:
		if (o && !cl)
			return R_OPEN;
		if (cl && !o)
			return R_CLOSE;
		return R_EITHER;
	}
	*dbl = false;
	switch (c) {
	case 0x2018: case 0x201A: case 0x201B: case 0x2039:
		return o && !cl ? R_OPEN : R_APOS;
	case 0x203A:
		return R_CLOSE;
	case 0x2019: case '\'': case 0x02BC:
		if (o && !cl && followed_by_letter(f, i))
			return R_OPEN;
		if (cl && !o)
			return R_CLOSE;
		return R_APOS;
	case '`':
		return o ? R_OPEN : R_APOS;
	}
	return R_APOS;
}

static void
add_quotation(struct quote_finder *f, int32_t open, int32_t close,
    int32_t last)
{
	struct quotation *q;

	if (f->nqs == f->qcap) {
		f->qcap = f->qcap ? f->qcap * 2 : 64;
		f->qs = xreallocarray(f->qs, f->qcap, sizeof *f->qs);
	}
	q = &f->qs[f->nqs++];
	memset(q, 0, sizeof *q);
	q->open = open;
	q->close = close;
	q->last = last;
	q->b = f->toks[open].e;
	q->e = close >= 0 ? f->toks[close].b : f->toks[last].e;
	q->cue = -1;
	q->from = q->from_cue = -1;
	f->toks[open].flags |= TF_OPEN;
	if (close >= 0)
		f->toks[close].flags |= TF_CLOSE;
}

/* later_double_closer: is there a double closing mark after token i in
 * its paragraph? */
static bool
later_double_closer(const struct quote_finder *f, size_t i)
{
	uint32_t para = f->toks[i].para;

	for (size_t k = i + 1; k < f->ntoks && f->toks[k].para == para; k++) {
		bool dbl;
		enum role r;

		if (f->toks[k].type != TK_QUOTE)
			continue;
		r = classify(f, k, &dbl);
		if (dbl && (r == R_CLOSE || r == R_EITHER))
			return true;
	}
	return false;
}

/* shared_closer: is token last, a paragraph's last, a double mark that
 * closed a quotation inside one still open (“... arguments “that tax
 * cuts pay for themselves.”: one mark closes both)? */
static bool
shared_closer(const struct quote_finder *f, int32_t open, int32_t last)
{
	const struct tok *t = &f->toks[last];

	return last > open + 1 && t->type == TK_QUOTE &&
	    (t->flags & (TF_CLOSE | TF_DOUBLE)) == (TF_CLOSE | TF_DOUBLE);
}

/* close_paragraph ends the quotations left open: the outermost one runs
 * to the paragraph end when it is of the double kind or opens the
 * paragraph (over the mark that ends it, when that closed a quotation
 * inside it: shared_closer); the rest were apostrophes or strays. */
static void
close_paragraph(struct quote_finder *f, struct open_mark *st, size_t n,
    int32_t last)
{
	if (n == 0 || last <= st[0].tok)
		return;
	if (st[0].dbl && shared_closer(f, st[0].tok, last))
		add_quotation(f, st[0].tok, last, last - 1);
	else if (st[0].dbl || (f->toks[st[0].tok].flags & TF_PARA))
		add_quotation(f, st[0].tok, -1, last);
}

/* pair_paragraph pairs the marks of a paragraph, marks[0..n) (token
 * indices, in order), last its last token. */
static void
pair_paragraph(struct quote_finder *f, struct open_mark *st,
    const int32_t *marks, size_t nmarks, int32_t last)
{
	size_t n = 0;

	for (size_t m = 0; m < nmarks; m++) {
		size_t i = (size_t)marks[m];
		bool dbl;
		enum role r;

		r = classify(f, i, &dbl);
		if (r == R_EITHER) {
			r = R_OPEN;
			for (size_t k = n; k-- > 0;)
				if (st[k].dbl)
					r = R_CLOSE;
		}
		if (r == R_OPEN) {
			st[n].tok = (int32_t)i;
			st[n].dbl = dbl;
			n++;
			f->toks[i].flags |= TF_OPEN;
			if (dbl)
				f->toks[i].flags |= TF_DOUBLE;
			continue;
		}
		if (r != R_CLOSE || n == 0)
			continue;
		if (dbl) {
			size_t k = n;

			while (k > 0 && !st[k - 1].dbl)
				k--;
			if (k == 0)
				k = n;  /* none of its kind: the mixed ' … ” */
			add_quotation(f, st[k - 1].tok, (int32_t)i, (int32_t)i - 1);
			n = k - 1;
			f->toks[i].flags |= TF_DOUBLE;
		} else if (!st[n - 1].dbl) {
			add_quotation(f, st[n - 1].tok, (int32_t)i, (int32_t)i - 1);
			n--;
		} else if (i > 0 && f->toks[i - 1].type == TK_PUNCT &&
		    strchr(",.?!", (int)f->toks[i - 1].cp) != NULL &&
		    f->toks[i - 1].cp < 128 && !later_double_closer(f, i)) {
			/* “ … ,' : the mixed pair the other way round */
			add_quotation(f, st[n - 1].tok, (int32_t)i, (int32_t)i - 1);
			n--;
		}
	}
	close_paragraph(f, st, n, last);
}

static int
cmp_open(const void *a, const void *b)
{
	const struct quotation *x = a, *y = b;

	return (x->open > y->open) - (x->open < y->open);
}

/* mark_top finds the quotations inside no other, and the tokens in each.
 * A quotation with no word in it is none, nor a nickname inside a name
 * (Marcia “Cia” Price). */
static void
mark_top(struct quote_finder *f)
{
	int32_t end = -1;

	if (f->nqs > 1)  /* qsort must not get NULL, even for 0 */
		sort_stable(f->qs, f->nqs, sizeof *f->qs, cmp_open);
	for (size_t k = 0; k < f->nqs; k++) {
		struct quotation *q = &f->qs[k];
		int32_t stop = q->close >= 0 ? q->close : q->last;
		bool word = false;

		if (q->open <= end)
			continue;
		for (int32_t i = q->open + 1; i <= q->last && !word; i++)
			word = f->toks[i].type == TK_WORD;
		if (!word || q->b >= q->e || nickname(f, q->open))
			continue;
		q->top = true;
		for (int32_t i = q->open; i <= stop; i++)
			f->toks[i].q = (int32_t)k;
		end = stop;
	}
}

void
marks_pair(struct quote_finder *f)
{
	f->nqs = 0;
	if (f->scap < f->nmarks + 1) {
		f->scap = f->nmarks + 1;
		f->stack = xreallocarray(f->stack, f->scap, sizeof *f->stack);
	}
	/* the marks (tokenize noted them) paragraph by paragraph: a
	 * paragraph without one has nothing to pair */
	for (size_t m = 0, m1; m < f->nmarks; m = m1) {
		uint32_t para = f->toks[f->marks[m]].para;
		size_t last = (size_t)f->marks[m];

		for (m1 = m + 1; m1 < f->nmarks &&
		    f->toks[f->marks[m1]].para == para; m1++)
			;
		last = (size_t)f->marks[m1 - 1];
		while (last + 1 < f->ntoks && f->toks[last + 1].para == para)
			last++;
		pair_paragraph(f, f->stack, f->marks + m, m1 - m,
		    (int32_t)last);
	}
	mark_top(f);
}
