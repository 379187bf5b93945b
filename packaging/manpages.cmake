# Manual pages for entre and entre-cli, made from their --help and --version with help2man, in
# English (ENTRE_LANG=en; help2man reads their output as UTF-8), gzipped as Debian wants them.
find_program(HELP2MAN_PROGRAM help2man)
find_program(GZIP_PROGRAM gzip)
if(NOT HELP2MAN_PROGRAM OR NOT GZIP_PROGRAM)
    message(STATUS "help2man or gzip not found: no manual pages")
    return()
endif()

# Each entre-cli command's own --help, for a COMMANDS section.
set(ENTRE_CLI_COMMANDS ${CMAKE_CURRENT_BINARY_DIR}/entre-cli-commands.h2m)
add_custom_command(OUTPUT ${ENTRE_CLI_COMMANDS}
    COMMAND ${CMAKE_COMMAND} -E env ENTRE_LANG=en QT_QPA_PLATFORM=offscreen
        "PATH=$<TARGET_FILE_DIR:entre-cli>:$ENV{PATH}"
        ${CMAKE_COMMAND} -DCLI=entre-cli -DOUTPUT=${ENTRE_CLI_COMMANDS}
        -P ${CMAKE_CURRENT_SOURCE_DIR}/clicommands.cmake
    DEPENDS entre-cli ${CMAKE_CURRENT_SOURCE_DIR}/clicommands.cmake
    VERBATIM)

set(ENTRE_MANPAGES)
foreach(program entre entre-cli)
    set(page ${CMAKE_CURRENT_BINARY_DIR}/${program}.1)
    set(include --include=${CMAKE_CURRENT_SOURCE_DIR}/${program}.h2m)
    set(depends ${program} ${CMAKE_CURRENT_SOURCE_DIR}/${program}.h2m)
    if(program STREQUAL "entre-cli")
        list(APPEND include --include=${ENTRE_CLI_COMMANDS})
        list(APPEND depends ${ENTRE_CLI_COMMANDS})
    endif()
    # Run by name from PATH, so that the usage line says "entre", not the build folder.
    add_custom_command(OUTPUT ${page}.gz
        COMMAND ${CMAKE_COMMAND} -E env ENTRE_LANG=en QT_QPA_PLATFORM=offscreen
            "PATH=$<TARGET_FILE_DIR:${program}>:$ENV{PATH}"
            ${HELP2MAN_PROGRAM} --no-info --locale=C.UTF-8 --section=1 ${include}
            --output=${page} ${program}
        COMMAND ${GZIP_PROGRAM} -9nf ${page}
        DEPENDS ${depends}
        COMMENT "Writing the manual page of ${program}"
        VERBATIM)
    list(APPEND ENTRE_MANPAGES ${page}.gz)
endforeach()
add_custom_target(manpages ALL DEPENDS ${ENTRE_MANPAGES})
install(FILES ${ENTRE_MANPAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
