// The search-query builder, run against SQLite's FTS5.
#include "fuzzinput.h"

ENTRE_FUZZ_TARGET(entre::fuzz::checkSearch(entre::fuzz::input(data, size)))
