// The .ods reader (through the zip reader it shares with .xlsx).
#include "fuzzinput.h"

ENTRE_FUZZ_TARGET(entre::fuzz::checkWorkbook(entre::fuzz::input(data, size),
                                             entre::fuzz::scratchFile("ods")))
