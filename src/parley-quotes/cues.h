/* cues.h - the insides of cue reading, shared by its files: the driver
 * and the questions every rule asks of a token (cues.c), whether a match
 * of the lexicon is a report (use.c), its speaker (speaker.c; mention.c
 * for where its mention ends, relative.c for relative clauses, inherit.c
 * when it comes from an earlier verb, inverted.c when after it), what it
 * reports (complement.c), the frames other than subject, verb and
 * complement (frames.c), the cues dropped once all are known (drops.c),
 * where contents end (ends.c) and the cues read from their place
 * (labels.c). Each function is described where it is defined. */
#ifndef PARLEY_QUOTES_CUES_H
#define PARLEY_QUOTES_CUES_H

#include "finder.h"

/* Questions the rules of every file ask of a token, inline as finder.h's. */

/* comma_like: a comma, or a closing mark after a comma (“...,” adding) */
static inline bool
comma_like(const struct quote_finder *f, int32_t p)
{
	return tok_punct(f, p, ',') || (p > 0 && (f->toks[p].flags & TF_CLOSE) &&
	    tok_punct(f, p - 1, ','));
}

/* relative: is token k a relative pronoun of people or things (who,
 * which, whose)? */
static inline bool
relative(const struct quote_finder *f, int32_t k)
{
	return tok_is(f, k, f->w_who) || tok_is(f, k, f->w_which) ||
	    tok_is(f, k, f->w_whose);
}

/* is_pron: is token i a pronoun (not an acronym such as US or IT)? */
static inline bool
is_pron(const struct quote_finder *f, int32_t i)
{
	return tok_has(f, i, WC_PRON) && !(f->toks[i].flags & TF_UPPER);
}

/* cues.c */
struct cue *new_cue(struct quote_finder *f);
bool title_case(const struct quote_finder *f, int32_t i);
void headline_second_verb(const struct quote_finder *f, struct cue *c,
    int32_t ss);
bool headline_noun(const struct quote_finder *f, const struct cue *c);

/* use.c */
bool is_noun_form(const struct quote_finder *f, int32_t i);
bool adverb_back(const struct quote_finder *f, int32_t i);
bool noun_use(const struct quote_finder *f, int32_t i);
bool named_attack(const struct quote_finder *f, int32_t i);
bool passive_use(const struct quote_finder *f, int32_t i, int32_t ss);
bool adjective_like(const struct quote_finder *f, int32_t k);
void received_noun(struct quote_finder *f, struct cue *c, int32_t ss);
bool evidential(const struct quote_finder *f, struct cue *c, int32_t ss);
bool asked_about(struct quote_finder *f, struct cue *c);
bool participle_of_noun(const struct quote_finder *f, const struct cue *c);
bool impersonal_participle(const struct quote_finder *f, const struct cue *c);
bool headline_misread(const struct quote_finder *f, const struct cue *c);
bool advice(const struct quote_finder *f, const struct cue *c);
bool naming(const struct quote_finder *f, const struct cue *c);
bool modifier_use(const struct quote_finder *f, const struct cue *c);
bool subject_head(const struct quote_finder *f, const struct cue *c);
bool contest_use(const struct quote_finder *f, const struct cue *c);
bool office_sought(const struct quote_finder *f, const struct cue *c);
bool backing_measure(const struct quote_finder *f, const struct cue *c);
bool goods_offered(const struct quote_finder *f, const struct cue *c);

/* speaker.c */
bool party_label_comma(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1);
bool parenthetical(const struct quote_finder *f, int32_t k, int32_t p);
void find_speaker(struct quote_finder *f, struct cue *c, int32_t ss);

/* relative.c */
bool cue_starts_at(const struct quote_finder *f, int32_t k, int32_t ss);
bool relative_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1);
bool those_before_who(const struct quote_finder *f, int32_t k);
bool record_relative(const struct quote_finder *f, int32_t s0, int32_t r);
bool ing_relative(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1);
bool ing_to_relative(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1);
bool reduced_relative(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss);
int32_t verb_before_name(const struct quote_finder *f, int32_t s0, int32_t s1);
bool contact_clause(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1);
bool relative_clause_subject(const struct quote_finder *f, const struct cue *c,
    int32_t ss, int32_t *s0, int32_t *s1);
bool person_who(const struct quote_finder *f, int32_t k, int32_t s0,
    int32_t ss);

/* mention.c */
void record_tail(const struct quote_finder *f, int32_t ss, int32_t *s0,
    bool ing);
void head_before_pp(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1);
void share_in(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t s1);
void bare_pp_head(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t *s1);
void quantity_of(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t s1);
void plural_possessor(const struct quote_finder *f, int32_t ss, int32_t *s0);
void coordinated(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t s1);
void subject_after_adjunct(const struct quote_finder *f, int32_t *s0,
    int32_t s1);
void name_epithet(const struct quote_finder *f, int32_t ss, int32_t *s0,
    int32_t s1);
int32_t appositive_start(const struct quote_finder *f, int32_t ss, int32_t s0,
    int32_t s1);
bool close_to_subject(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1);
bool share_apposition(const struct quote_finder *f, int32_t p, int32_t ss,
    int32_t *s0, int32_t *s1);
bool examples_aside(const struct quote_finder *f, int32_t k, int32_t s0,
    int32_t ss);
bool of_head(const struct quote_finder *f, const struct cue *c, int32_t e,
    int32_t ss, int32_t *s0, int32_t *s1);

/* inherit.c */
bool verb_s(const struct quote_finder *f, const struct tok *t);
bool inherit_speaker(const struct quote_finder *f, struct cue *c, int32_t ss);
void object_participle(const struct quote_finder *f, struct cue *c, int32_t ss);
void what_it_calls(const struct quote_finder *f, struct cue *c, int32_t ss);
bool opening_participle(const struct quote_finder *f, struct cue *c, int32_t ss);
bool seen_doing(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss);
void inherited_speaker(const struct quote_finder *f, struct cue *c, int32_t p,
    int32_t ss, bool ing);

/* inverted.c */
bool inverted_np(const struct quote_finder *f, int32_t k, int32_t *s0,
    int32_t *s1);
bool inverted_after_quote(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1);
bool inverted_described(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1);
bool inverted_quantifier(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t *s0, int32_t *s1);
bool inverted_over_aside(const struct quote_finder *f, const struct cue *c,
    int32_t p, int32_t m0, int32_t ss);
void opening_inverted(const struct quote_finder *f, struct cue *c, int32_t ss);

/* complement.c */
bool np_start(const struct quote_finder *f, int32_t k);
bool only_pronoun(const struct quote_finder *f, int32_t c0, int32_t c1);
bool adjuncts_before(const struct quote_finder *f, int32_t s);
void addressee(struct quote_finder *f, struct cue *c);
bool as_after_clause(const struct quote_finder *f, const struct cue *c);
bool closed_before(const struct quote_finder *f, const struct cue *c);
void complement(struct quote_finder *f, struct cue *c);

/* frames.c */
bool poll_word(const struct quote_finder *f, int32_t i);
void according(struct quote_finder *f, struct cue *c, int32_t ss);
void noun_cue(struct quote_finder *f, struct cue *c, int32_t ss);
void about_noun(struct quote_finder *f, struct cue *c, int32_t ss);
int32_t before_modifiers(const struct quote_finder *f, int32_t t0, int32_t ss);
bool agent(struct quote_finder *f, struct cue *c, int32_t ss);
bool stance_by_agent(struct quote_finder *f, struct cue *c, int32_t ss);
bool reduced_passive(const struct quote_finder *f, const struct cue *c,
    int32_t ss);
void object_relative(struct quote_finder *f, struct cue *c, int32_t ss);
void passive_agent(const struct quote_finder *f, struct cue *c);
void passive_subject(struct quote_finder *f, struct cue *c, int32_t ss);
void record_subject(const struct quote_finder *f, struct cue *c, int32_t ss);

/* drops.c */
bool stance_only(const struct cue *c);
void drop_nested_stances(struct quote_finder *f);
void drop_nested_beliefs(struct quote_finder *f);
void drop_reported_possessed_nouns(struct quote_finder *f);
void drop_polled_shares(struct quote_finder *f);
void drop_speech_before_quotes(struct quote_finder *f);
void drop_written_works(struct quote_finder *f);
void drop_headline_label_reports(struct quote_finder *f);
void drop_questions_to_you(struct quote_finder *f);
void drop_verb_contents(struct quote_finder *f);

/* ends.c */
void contents(struct quote_finder *f);
bool opener_phrase(const struct quote_finder *f, int32_t c0, int32_t c1);
bool verb_like(const struct quote_finder *f, int32_t i);

/* labels.c */
int32_t paragraph_last(const struct quote_finder *f, int32_t i);
int32_t colon_label(struct quote_finder *f, int32_t i);
int32_t quote_verb(struct quote_finder *f, int32_t i);
int32_t dash_credit(struct quote_finder *f, int32_t i);
int32_t transcript_label(struct quote_finder *f, int32_t i);

#endif
