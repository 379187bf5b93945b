// Text decoding and CSV, and the whole reading path of a text export.
#include "fuzzinput.h"

ENTRE_FUZZ_TARGET(entre::fuzz::checkText(entre::fuzz::input(data, size),
                                         entre::fuzz::scratchFile("csv")))
