// Header recognition and mapping.
#include "fuzzinput.h"

ENTRE_FUZZ_TARGET(entre::fuzz::checkHeaders(entre::fuzz::input(data, size)))
