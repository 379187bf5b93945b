# One interface target that carries warnings and Qt hygiene defines for every target.
add_library(entre_options INTERFACE)

target_compile_options(entre_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(ENTRE_WERROR)
    target_compile_options(entre_options INTERFACE -Werror)
endif()

target_compile_definitions(entre_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# ASan + UBSan for every target that links entre_options (all of ours, tests included); the first
# finding stops the program. tools/sanitize.sh builds and runs the suite this way.
option(ENTRE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(ENTRE_SANITIZE)
    set(ENTRE_SANITIZE_FLAGS
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(entre_options INTERFACE ${ENTRE_SANITIZE_FLAGS})
    target_link_options(entre_options INTERFACE ${ENTRE_SANITIZE_FLAGS})
endif()
