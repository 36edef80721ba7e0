/* contain.c - which keys of one speaker are contained in another:
 * Aho-Corasick over words. Every key's form is cut into words (interned
 * to ids), the words build a trie, and each key is run through the
 * automaton; every key found inside another key is marked. A marked key's
 * shorter suffixes in the output chain are marked with it, so the walk
 * along a chain stops at the first marked key, and the whole costs the
 * total number of words plus the number of keys. */
#include <stdlib.h>

#include "ukeys.h"
#include "xalloc.h"

struct word_entry {
	const char *s;
	size_t n;
	uint64_t h;
	uint32_t id;          /* 0: free slot */
};

struct words {            /* word -> id (1, 2, ...) */
	struct word_entry *e;
	size_t cap, n;
};

struct edge_entry {
	uint64_t key;         /* 0: free slot */
	uint32_t child;
};

struct edges {            /* (node, word) -> child node */
	struct edge_entry *e;
	size_t cap, n;
};

struct trie {
	struct edges go;
	uint32_t *fail;       /* longest proper suffix that is a trie path */
	uint32_t *out;        /* nearest key node along the fail chain, 0: none */
	int64_t *term;        /* index of the key ending here, -1: none */
	uint32_t *child;      /* first child, 0: none */
	uint32_t *sibling;    /* next child of the same parent */
	uint32_t *word;       /* word on the edge into the node */
	size_t n, cap;
};

static uint32_t
word_id(struct words *w, const char *s, size_t n)
{
	uint64_t h = hash_bytes(HASH_SEED, s, n);
	size_t mask, i;

	if ((w->n + 1) * 2 > w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 256;
		struct word_entry *e = xcalloc(cap, sizeof *e);

		for (size_t j = 0; j < w->cap; j++) {
			if (w->e[j].id == 0)
				continue;
			for (i = w->e[j].h & (cap - 1); e[i].id != 0; i = (i + 1) & (cap - 1))
				;
			e[i] = w->e[j];
		}
		free(w->e);
		w->e = e;
		w->cap = cap;
	}
	mask = w->cap - 1;
	for (i = h & mask; w->e[i].id != 0; i = (i + 1) & mask)
		if (w->e[i].h == h && w->e[i].n == n &&
		    memcmp(w->e[i].s, s, n) == 0)
			return w->e[i].id;
	w->e[i].s = s;
	w->e[i].n = n;
	w->e[i].h = h;
	w->e[i].id = (uint32_t)++w->n;
	return w->e[i].id;
}

static uint64_t
edge_key(uint32_t node, uint32_t word)
{
	return (uint64_t)node << 32 | word;  /* word >= 1: never 0 */
}

static size_t
edge_slot(const struct edges *g, uint64_t key)
{
	uint64_t h = key * 0x9E3779B97F4A7C15ULL;

	return (size_t)(h ^ (h >> 29)) & (g->cap - 1);
}

static uint32_t
edge_get(const struct edges *g, uint32_t node, uint32_t word)
{
	uint64_t key = edge_key(node, word);
	size_t mask = g->cap - 1, i;

	if (g->cap == 0)
		return 0;
	for (i = edge_slot(g, key); g->e[i].key != 0; i = (i + 1) & mask)
		if (g->e[i].key == key)
			return g->e[i].child;
	return 0;
}

static void
edge_put(struct edges *g, uint32_t node, uint32_t word, uint32_t child)
{
	uint64_t key = edge_key(node, word);
	size_t i;

	if ((g->n + 1) * 2 > g->cap) {
		struct edges bigger = { .cap = g->cap ? g->cap * 2 : 256 };

		bigger.e = xcalloc(bigger.cap, sizeof *bigger.e);
		for (size_t j = 0; j < g->cap; j++) {
			if (g->e[j].key == 0)
				continue;
			for (i = edge_slot(&bigger, g->e[j].key);
			    bigger.e[i].key != 0; i = (i + 1) & (bigger.cap - 1))
				;
			bigger.e[i] = g->e[j];
		}
		bigger.n = g->n;
		free(g->e);
		*g = bigger;
	}
	for (i = edge_slot(g, key); g->e[i].key != 0; i = (i + 1) & (g->cap - 1))
		;
	g->e[i].key = key;
	g->e[i].child = child;
	g->n++;
}

static uint32_t
new_node(struct trie *t, uint32_t parent, uint32_t word)
{
	uint32_t v;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->fail = xreallocarray(t->fail, t->cap, sizeof *t->fail);
		t->out = xreallocarray(t->out, t->cap, sizeof *t->out);
		t->term = xreallocarray(t->term, t->cap, sizeof *t->term);
		t->child = xreallocarray(t->child, t->cap, sizeof *t->child);
		t->sibling = xreallocarray(t->sibling, t->cap, sizeof *t->sibling);
		t->word = xreallocarray(t->word, t->cap, sizeof *t->word);
	}
	v = (uint32_t)t->n++;

	t->fail[v] = t->out[v] = 0;
	t->term[v] = -1;
	t->child[v] = 0;
	t->word[v] = word;
	if (v != 0) {
		t->sibling[v] = t->child[parent];
		t->child[parent] = v;
		edge_put(&t->go, parent, word, v);
	} else {
		t->sibling[v] = 0;
	}
	return v;
}

/* tokenize cuts every form into word ids: ids[start[i] .. start[i+1]). */
static uint32_t *
tokenize(struct ukey *const *keys, size_t n, size_t *start)
{
	struct words w = { 0 };
	uint32_t *ids = NULL;
	size_t nids = 0, cap = 0;

	for (size_t i = 0; i < n; i++) {
		struct str f = ukey_form(keys[i]);
		size_t a = 0;

		start[i] = nids;
		while (a < f.n) {
			size_t b = a;

			while (b < f.n && f.s[b] != ' ')
				b++;
			if (nids == cap)
				ids = xreallocarray(ids, cap = cap ? 2 * cap : 256,
				    sizeof *ids);
			ids[nids++] = word_id(&w, f.s + a, b - a);
			a = b + 1;
		}
	}
	start[n] = nids;
	free(w.e);
	return ids;
}

static void
build_trie(struct trie *t, const uint32_t *ids, const size_t *start, size_t n)
{
	new_node(t, 0, 0);
	for (size_t i = 0; i < n; i++) {
		uint32_t u = 0;

		if (start[i] == start[i + 1])
			continue;  /* the empty form: handled apart */
		for (size_t p = start[i]; p < start[i + 1]; p++) {
			uint32_t v = edge_get(&t->go, u, ids[p]);

			u = v != 0 ? v : new_node(t, u, ids[p]);
		}
		t->term[u] = (int64_t)i;
	}
}

/* step follows word w from state u, along failure links if need be. */
static uint32_t
step(const struct trie *t, uint32_t u, uint32_t w)
{
	uint32_t v;

	while ((v = edge_get(&t->go, u, w)) == 0 && u != 0)
		u = t->fail[u];
	return v;
}

static void
link_failures(struct trie *t)
{
	uint32_t *queue = xreallocarray(NULL, t->n, sizeof *queue);
	size_t head = 0, tail = 0;

	for (uint32_t v = t->child[0]; v != 0; v = t->sibling[v])
		queue[tail++] = v;
	while (head < tail) {
		uint32_t u = queue[head++];

		for (uint32_t v = t->child[u]; v != 0; v = t->sibling[v]) {
			uint32_t f = step(t, t->fail[u], t->word[v]);

			t->fail[v] = f;
			t->out[v] = t->term[f] >= 0 ? f : t->out[f];
			queue[tail++] = v;
		}
	}
	free(queue);
}

/* scan runs key i through the automaton, marking the keys found in it. */
static void
scan(const struct trie *t, const uint32_t *ids, size_t from, size_t to,
    int64_t i, bool *contained)
{
	uint32_t u = 0;

	for (size_t p = from; p < to; p++) {
		uint32_t o;

		u = step(t, u, ids[p]);
		for (o = t->term[u] >= 0 ? u : t->out[u]; o != 0; o = t->out[o]) {
			int64_t j = t->term[o];

			if (j == i)
				continue;
			if (contained[j])
				break;
			contained[j] = true;
		}
	}
}

void
contain_mark(struct ukey *const *keys, size_t n, bool *contained)
{
	size_t *start = xreallocarray(NULL, n + 1, sizeof *start);
	struct trie t = { 0 };
	uint32_t *ids;

	ids = tokenize(keys, n, start);
	for (size_t i = 0; i < n; i++)
		if (start[i] == start[i + 1] && n > 1)
			contained[i] = true;
	build_trie(&t, ids, start, n);
	link_failures(&t);
	for (size_t i = 0; i < n; i++)
		scan(&t, ids, start[i], start[i + 1], (int64_t)i, contained);
	free(t.go.e);
	free(t.fail);
	free(t.out);
	free(t.term);
	free(t.child);
	free(t.sibling);
	free(t.word);
	free(ids);
	free(start);
}
