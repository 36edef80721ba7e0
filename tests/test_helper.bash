bats_require_minimum_version 1.5.0

# Shared setup for every tests/*.bats file: bats-support, bats-assert, the
# built commands on PATH (PARLEY_BIN overrides, e.g. a sanitizer build), the
# fixtures directory, and a scratch directory per test.
bats_load_library bats-support
bats_load_library bats-assert

TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
FIXTURES="$TOP/tests/fixtures"
PATH="${PARLEY_BIN:-$TOP/bin}:$PATH"
export PATH TOP FIXTURES

# jsonl_docs FILE... - document records of the given text files, on stdout.
jsonl_docs() {
	parley-ingest --date 2025-04-23 -- "$@"
}
