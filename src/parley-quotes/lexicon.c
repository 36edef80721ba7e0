/* lexicon.c - loading the reporting verbs, the speaker nouns and the
 * built-in closed classes into one word table. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "datafile.h"
#include "diag.h"
#include "exitcode.h"
#include "xalloc.h"

#define MAX_WORD 64
#define MAX_PHRASE 8

struct closed {
	uint32_t cls;
	const char *words;  /* space-separated */
};

/* The closed classes of English that reading a clause needs. A word may
 * be in several. */
static const struct closed closed_classes[] = {
	{ WC_DET, "the a an this these those his her its their our my your "
	    "each every no any another such whose" },
	{ WC_QUANT, "some many most several all both few much more one two "
	    "three four five six seven eight nine ten dozens hundreds "
	    "thousands millions half none" },
	{ WC_PRON, "he she they we i it you "
	    "they're we're you're he's she's it's i'm we've they've i've you've "
	    "he'd she'd they'd we'd i'd he'll she'll they'll we'll i'll you'll" },
	{ WC_EXPL, "it there" },
	{ WC_OBJPRON, "him her them us me it you himself herself themselves "
	    "itself myself ourselves" },
	{ WC_PREP, "of in on at to for with from by about after before during "
	    "over under into through since than as like against among "
	    "between despite without within across toward towards upon amid "
	    "following including via per near behind beyond around off out "
	    "up down onto inside outside regarding concerning except unlike "
	    "along throughout amongst beside besides underneath until till "
	    "ahead alongside" },
	{ WC_CONJ, "and or but nor yet so" },
	{ WC_SUB, "while although though because since if when whether where "
	    "whereas unless until once as after before whenever wherever "
	    "lest" },
	{ WC_REL, "who which that whom whose what who'd who've who'll" },
	{ WC_WH, "whether if why how what when where who which whom "
	    "whatever" },
	{ WC_AUX, "has have had having is was were are be been being am will "
	    "would could should may might must can shall did does do 's "
	    "'re 've 'd 'll wo ca got gets get ought "
	    "didn't doesn't don't isn't wasn't weren't aren't won't wouldn't "
	    "can't couldn't shouldn't hasn't haven't hadn't mustn't cannot "
	    "he's she's it's they're we're you're i'm he'd she'd they'd we'd "
	    "i'd he'll she'll they'll we'll i'll we've they've i've you've" },
	{ WC_HAVE, "has have had having 've hasn't haven't hadn't" },
	{ WC_BE, "is was were are be been being am 's 're "
	    "isn't wasn't weren't aren't" },
	{ WC_NEG, "not never n't "
	    "didn't doesn't don't isn't wasn't weren't aren't won't wouldn't "
	    "can't couldn't shouldn't hasn't haven't hadn't mustn't cannot" },
	{ WC_ADV, "also further again then now still even already long later "
	    "earlier once too first often just only recently previously "
	    "repeatedly similarly ultimately reportedly "
	    "subsequently separately initially frequently publicly "
	    "privately quickly immediately openly flatly bluntly firmly "
	    "strongly clearly explicitly specifically directly personally "
	    "himself herself themselves itself "
	    "allegedly apparently reportedly actually really simply "
	    "indeed thus therefore however meanwhile instead nonetheless "
	    "nevertheless moreover furthermore additionally likewise "
	    "previously formerly lately ever soon yesterday today "
	    "tonight tomorrow quite" },
	{ WC_TIME, "monday tuesday wednesday thursday friday saturday sunday "
	    "today yesterday tonight tomorrow week weeks weekend month "
	    "months year years day days night morning afternoon evening "
	    "january february march april may june july august september "
	    "october november december jan feb mar apr jun jul aug sep sept "
	    "oct nov dec earlier later recently spring summer fall autumn "
	    "winter hour hours minute minutes time" },
	{ WC_ABBR, "mr mrs ms dr gen sen rep gov lt col sgt capt st jr sr "
	    "prof rev hon pres maj adm cmdr cpl pvt messrs jan feb mar apr "
	    "jun jul aug sep sept oct nov dec corp inc ltd co no vs ft mt "
	    "ave blvd dept est fig gov't u.s u.k u.n e.u d.c a.m p.m "
	    "op cf al approx" },
	{ WC_TITLE, "mr mrs ms dr gen sen rep gov lt col sgt capt prof rev "
	    "hon pres maj adm cmdr messrs sir dame lord lady" },
	{ WC_NOTLY, "early family rally ally allies supply reply apply imply "
	    "comply multiply belly jelly bully assembly anomaly italy july "
	    "sally holly kelly reilly daily weekly monthly yearly elderly "
	    "friendly lonely lovely likely unlikely only silly ugly "
	    "curly holy" },
	/* words the finder looks for by name (finder.c) */
	{ 0, "far last early late made make makes issued including involving "
	    "well such adding nor according" }
};

/* lexicon_hash takes eight bytes at a time (every word of the text is
 * hashed): a multiply and a fold of the high half into the low one, whose
 * bits choose the slot. */
uint32_t
lexicon_hash(const char *s, size_t n)
{
	const uint64_t k = 0xFF51AFD7ED558CCDu;
	uint64_t h = 0x9E3779B97F4A7C15u ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 32;
	}
	if (n > 0) {
		w = 0;
		for (size_t i = 0; i < n; i++)
			w |= (uint64_t)(unsigned char)s[i] << (8 * i);
		h = (h ^ w) * k;
		h ^= h >> 32;
	}
	return (uint32_t)h;
}

size_t
lexicon_normalise(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (o >= cap)
			return 0;
		/* U+2018 and U+2019 (E2 80 98 / E2 80 99) are apostrophes */
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x98 ||
		    (unsigned char)s[i + 2] == 0x99)) {
			out[o++] = '\'';
			i += 2;
			continue;
		}
		out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return o;
}

/* same_bytes is memcmp(a, b, n) == 0 without the call: words are short */
static bool
same_bytes(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* in_shorts: is the word s (n bytes) one for the table of short words
 * (once it is built)? */
static bool
in_shorts(const struct lexicon *lx, const char *s, size_t n)
{
	return lx->nshorts > 0 && n >= 1 && n <= LEXICON_SHORT &&
	    memchr(s, '\0', n) == NULL;
}

int32_t
lexicon_find(const struct lexicon *lx, const char *s, size_t n, uint32_t h)
{
	size_t mask = lx->nslots - 1;

	if (in_shorts(lx, s, n)) {
		const struct lex_short *e =
		    lexicon_find_short(lx, lexicon_short_key(s, n));

		return e != NULL ? e->id : -1;
	}
	if (lx->nslots == 0)
		return -1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t v = lx->slots[i];
		const struct lex_word *w;

		if (v == 0)
			return -1;
		w = &lx->words[v - 1];
		if (w->hash == h && w->len == n && same_bytes(w->s, s, n))
			return (int32_t)(v - 1);
	}
}

int32_t
lexicon_id(const struct lexicon *lx, const char *s)
{
	size_t n = strlen(s);

	return lexicon_find(lx, s, n, lexicon_hash(s, n));
}

static void
rehash(struct lexicon *lx)
{
	size_t mask;

	free(lx->slots);
	lx->nslots = lx->nslots ? lx->nslots * 2 : 1024;
	lx->slots = xcalloc(lx->nslots, sizeof *lx->slots);
	mask = lx->nslots - 1;
	for (size_t k = 0; k < lx->nwords; k++) {
		size_t i = lx->words[k].hash & mask;

		while (lx->slots[i] != 0)
			i = (i + 1) & mask;
		lx->slots[i] = (uint32_t)k + 1;
	}
}

/* index_shorts puts the words of at most LEXICON_SHORT bytes in the table
 * of short words, at most half full. */
static void
index_shorts(struct lexicon *lx)
{
	size_t n = 0, mask;

	for (size_t k = 0; k < lx->nwords; k++)
		n += lx->words[k].len <= LEXICON_SHORT;
	lx->nshorts = 64;
	while (lx->nshorts < 2 * n)
		lx->nshorts *= 2;
	lx->shorts = xcalloc(lx->nshorts, sizeof *lx->shorts);
	lx->short_tags = xcalloc(lx->nshorts, sizeof *lx->short_tags);
	mask = lx->nshorts - 1;
	for (size_t k = 0; k < lx->nwords; k++) {
		const struct lex_word *w = &lx->words[k];
		struct lex_key key;
		uint64_t h;
		size_t i;

		if (w->len == 0 || w->len > LEXICON_SHORT ||
		    memchr(w->s, '\0', w->len) != NULL)
			continue;
		key = lexicon_short_key(w->s, w->len);
		h = lexicon_short_hash(key);
		i = lexicon_short_slot(h, mask);
		while (lx->short_tags[i] != 0)
			i = (i + 1) & mask;
		lx->short_tags[i] = lexicon_short_tag(h);
		lx->shorts[i].key = key;
		lx->shorts[i].id = (int32_t)k;
		lx->shorts[i].cls = w->cls;
	}
}

#define LEX_BLOCK 8192

/* lex_alloc returns n bytes (aligned for any integer) that last until
 * lexicon_free: from the newest block, or a new one. */
static void *
lex_alloc(struct lexicon *lx, size_t n)
{
	size_t at = (lx->block_used + 7) & ~(size_t)7;

	if (lx->blocks == NULL || at + n > lx->blocks->size) {
		size_t size = n > LEX_BLOCK ? n : LEX_BLOCK;
		struct lex_block *b = xmalloc(sizeof *b + size);

		b->next = lx->blocks;
		b->size = size;
		lx->blocks = b;
		at = 0;
	}
	lx->block_used = at + n;
	return lx->blocks->data + at;
}

/* intern returns the id of the normalised word s, adding it if new. */
static int32_t
intern(struct lexicon *lx, const char *s, size_t n)
{
	uint32_t h = lexicon_hash(s, n);
	int32_t id = lexicon_find(lx, s, n, h);
	struct lex_word *w;

	if (id >= 0)
		return id;
	if (lx->nwords == lx->wcap) {
		lx->wcap = lx->wcap ? lx->wcap * 2 : 512;
		lx->words = xreallocarray(lx->words, lx->wcap, sizeof *lx->words);
	}
	w = &lx->words[lx->nwords++];
	w->s = lex_alloc(lx, n + 1);
	memcpy(w->s, s, n);
	w->s[n] = '\0';
	w->len = (uint32_t)n;
	w->hash = h;
	w->cls = 0;
	w->cue0 = -1;
	w->ncues = 0;
	/* at most a quarter full: most words of a text are not in it, and a
	 * miss ends at the first empty slot */
	if (lx->nwords * 4 > lx->nslots)
		rehash(lx);
	else {
		size_t mask = lx->nslots - 1, i = h & mask;

		while (lx->slots[i] != 0)
			i = (i + 1) & mask;
		lx->slots[i] = (uint32_t)lx->nwords;
	}
	return (int32_t)(lx->nwords - 1);
}

static void
add_closed_classes(struct lexicon *lx)
{
	for (size_t k = 0; k < sizeof closed_classes / sizeof *closed_classes; k++) {
		const char *p = closed_classes[k].words;

		while (*p != '\0') {
			size_t n = strcspn(p, " ");

			if (n > 0) {
				int32_t id = intern(lx, p, n);

				lx->words[id].cls |= closed_classes[k].cls;
			}
			p += n;
			p += strspn(p, " ");
		}
	}
}

static const char frame_letters[] = "czwtnxqioasbheruvpf";

/* parse_frames turns the letters of s into frame bits; false on an
 * unknown letter (stored in *bad). */
static bool
parse_frames(const char *s, uint32_t *frames, char *bad)
{
	*frames = 0;
	for (; *s != '\0'; s++) {
		const char *p;

		if (*s == ' ')
			continue;
		p = strchr(frame_letters, *s);
		if (p == NULL) {
			*bad = *s;
			return false;
		}
		*frames |= 1u << (p - frame_letters);
	}
	return *frames != 0;
}

/* add_phrase adds one form (words separated by spaces) of a cue. */
static bool
add_phrase(struct lexicon *lx, const char *form, size_t n, uint32_t frames,
    unsigned long line)
{
	int32_t ids[MAX_PHRASE];
	int nw = 0;
	size_t i = 0;
	struct cue_entry *e;

	while (i < n) {
		char norm[MAX_WORD];
		size_t len, k;

		while (i < n && form[i] == ' ')
			i++;
		k = i;
		while (i < n && form[i] != ' ')
			i++;
		if (i == k)
			break;
		if (nw == MAX_PHRASE)
			return false;
		len = lexicon_normalise(form + k, i - k, norm, sizeof norm);
		if (len == 0)
			return false;
		ids[nw] = intern(lx, norm, len);
		nw++;
	}
	if (nw == 0)
		return false;
	if (lx->ncues == lx->ccap) {
		lx->ccap = lx->ccap ? lx->ccap * 2 : 1024;
		lx->cues = xreallocarray(lx->cues, lx->ccap, sizeof *lx->cues);
	}
	e = &lx->cues[lx->ncues++];
	e->words = lex_alloc(lx, (size_t)nw * sizeof *e->words);
	memcpy(e->words, ids, (size_t)nw * sizeof *ids);
	e->nwords = nw;
	e->frames = frames;
	e->line = line;
	lx->words[ids[0]].cls |= WC_CUE;
	return true;
}

/* split_entry splits "FORMS<TAB>REST" and calls add for each form. */
static int
read_list(struct lexicon *lx, const char *path, bool verbs)
{
	struct datafile df;
	char *line;
	size_t len;
	int status = EXIT_OK;

	if (!datafile_open(&df, path)) {
		diag_warn("cannot open '%s':", path);
		return EXIT_NOINPUT;
	}
	while ((line = datafile_next(&df, &len)) != NULL) {
		char *tab = strchr(line, '\t'), *form, *rest;
		uint32_t bits = 0;
		char bad = 0;

		if (tab == NULL) {
			diag_warn("%s:%lu: no TAB between the forms and the %s",
			    path, df.line, verbs ? "frames" : "class");
			status = EXIT_DATAERR;
			continue;
		}
		*tab = '\0';
		rest = tab + 1;
		if (verbs && !parse_frames(rest, &bits, &bad)) {
			if (bad != 0)
				diag_warn("%s:%lu: unknown frame letter '%c' "
				    "(known: %s)", path, df.line, bad, frame_letters);
			else
				diag_warn("%s:%lu: no frame letters", path, df.line);
			status = EXIT_DATAERR;
			continue;
		}
		if (!verbs) {
			rest += strspn(rest, " \t");
			if (strlen(rest) != 1 || strchr("pgdm", rest[0]) == NULL) {
				diag_warn("%s:%lu: class must be one of p, g, d, m",
				    path, df.line);
				status = EXIT_DATAERR;
				continue;
			}
			bits = rest[0] == 'p' ? WC_PERSON : rest[0] == 'g' ?
			    WC_GROUP : rest[0] == 'd' ? WC_DOCUMENT : WC_MODIFIER;
		}
		for (form = line; *form != '\0';) {
			size_t n = strcspn(form, "|");
			bool ok;

			while (n > 0 && form[n - 1] == ' ')
				n--;
			if (verbs)
				ok = add_phrase(lx, form, n, bits, df.line);
			else {
				char norm[MAX_WORD];
				size_t m = n == 0 || memchr(form, ' ', n) ? 0 :
				    lexicon_normalise(form, n, norm, sizeof norm);

				ok = m > 0;
				if (ok) {
					int32_t id = intern(lx, norm, m);

					lx->words[id].cls |= bits;
				}
			}
			if (!ok) {
				diag_warn("%s:%lu: bad form '%.*s' (empty, too "
				    "long, or %s)", path, df.line, (int)n, form,
				    verbs ? "more than 8 words" : "not one word");
				status = EXIT_DATAERR;
			}
			form += strcspn(form, "|");
			if (*form == '|')
				form++;
		}
	}
	if (ferror(df.fp)) {
		diag_warn("%s: read error:", path);
		status = EXIT_NOINPUT;
	}
	datafile_close(&df);
	return status;
}

/* cue_key: the place of an entry among the keys of sort_cues. */
static size_t
cue_key(const struct cue_entry *e)
{
	return (size_t)e->words[0] * MAX_PHRASE + (size_t)(MAX_PHRASE - e->nwords);
}

/* sort_cues orders the entries by first word, longer phrases first,
 * then in file order (the order they were read in): one stable counting
 * sort on (first word, words missing to MAX_PHRASE), in the time of the
 * entries and the words, not a comparison sort. */
static void
sort_cues(struct lexicon *lx)
{
	size_t nkeys = lx->nwords * MAX_PHRASE + 1;
	size_t *at = xcalloc(nkeys, sizeof *at);
	struct cue_entry *sorted = xreallocarray(NULL, lx->ncues, sizeof *sorted);

	for (size_t i = 0; i < lx->ncues; i++)
		at[cue_key(&lx->cues[i]) + 1]++;
	for (size_t k = 1; k < nkeys; k++)
		at[k] += at[k - 1];
	for (size_t i = 0; i < lx->ncues; i++)
		sorted[at[cue_key(&lx->cues[i])]++] = lx->cues[i];
	memcpy(lx->cues, sorted, lx->ncues * sizeof *sorted);
	free(sorted);
	free(at);
}

/* index_cues marks the first word of each verb entry a reporting verb
 * (WC_REPORT) when the entry is that word alone, a verb that only opens
 * phrases (WC_PHRASAL: came out against) when it is longer, sorts the
 * entries and indexes them by first word. */
static void
index_cues(struct lexicon *lx)
{
	const uint32_t closed = WC_PREP | WC_DET | WC_CONJ | WC_SUB | WC_REL |
	    WC_AUX | WC_PRON | WC_OBJPRON;

	for (size_t i = 0; i < lx->ncues; i++) {
		struct lex_word *w = &lx->words[lx->cues[i].words[0]];

		if (!(lx->cues[i].frames & (FR_NOUN | FR_SOURCE | FR_ABOUT |
		    FR_FROM)) && !(w->cls & closed))
			w->cls |= lx->cues[i].nwords == 1 ? WC_REPORT :
			    WC_PHRASAL;
	}
	if (lx->ncues > 1)    /* no lexicon read: cues is NULL */
		sort_cues(lx);
	for (size_t i = 0; i < lx->ncues; i++) {
		struct lex_word *w = &lx->words[lx->cues[i].words[0]];

		if (w->cue0 < 0)
			w->cue0 = (int32_t)i;
		w->ncues++;
	}
}

int
lexicon_load(struct lexicon *lx, const char *verbs_path,
    const char *nouns_path)
{
	int s1, s2;

	memset(lx, 0, sizeof *lx);
	rehash(lx);
	add_closed_classes(lx);
	s1 = read_list(lx, verbs_path, true);
	s2 = read_list(lx, nouns_path, false);
	if (s1 == EXIT_OK && s2 == EXIT_OK && lx->ncues == 0) {
		diag_warn("%s: no cues", verbs_path);
		s1 = EXIT_DATAERR;
	}
	index_cues(lx);
	index_shorts(lx);
	return exitcode_worst(s1, s2);
}

void
lexicon_free(struct lexicon *lx)
{
	while (lx->blocks != NULL) {
		struct lex_block *b = lx->blocks;

		lx->blocks = b->next;
		free(b);
	}
	free(lx->words);
	free(lx->slots);
	free(lx->shorts);
	free(lx->short_tags);
	free(lx->cues);
	memset(lx, 0, sizeof *lx);
}
