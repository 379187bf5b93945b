// The .xlsx reader (through the zip reader it shares with .ods).
#include "fuzzinput.h"

ENTRE_FUZZ_TARGET(entre::fuzz::checkWorkbook(entre::fuzz::input(data, size),
                                             entre::fuzz::scratchFile("xlsx")))
