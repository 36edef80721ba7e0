/* fuzz-jsonl - libFuzzer target for the record reader (lib/jsonl.h) and the
 * sentence-record checks (lib/sentence.h): any bytes in, records or
 * rejects out, never a crash, a leak or a hang. */
#include <stdint.h>
#include <stdio.h>

#include "jsonl.h"
#include "sentence.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cli_common common = { 0 };
	struct jsonl_in in;
	struct sentence_batch batch = { 0 };
	struct doc_text dt;
	FILE *fp = fmemopen((void *)data, size, "r");
	json_t *rec;

	if (fp == NULL)
		return 0;
	jsonl_in_open_stream(&in, fp, "fuzz", &common);
	while ((rec = jsonl_in_next(&in)) != NULL) {
		if (!sentence_check(&in, rec, &batch)) {
			json_decref(rec);
			continue;
		}
		if (!sentence_batch_same_doc(&batch, rec)) {
			doc_text_build(&dt, &batch);
			doc_text_free(&dt);
			sentence_batch_clear(&batch);
		}
		sentence_batch_push(&batch, rec);
	}
	doc_text_build(&dt, &batch);
	doc_text_free(&dt);
	sentence_batch_free(&batch);
	free(in.buf);
	in.buf = NULL;
	fclose(fp);
	return 0;
}
