# What a Linux desktop needs: the menu entry, the AppStream metainfo, the MIME type for .entre
# files with its icon, and the Debian copyright file.
configure_file(${ENTRE_APP_ID}.desktop.in ${CMAKE_CURRENT_BINARY_DIR}/${ENTRE_APP_ID}.desktop @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${ENTRE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${ENTRE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${ENTRE_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
    RENAME ${ENTRE_APP_ID}.xml)
install(FILES ${ENTRE_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The copyright file: Entré's own licence, then that of the DejaVu fonts built into it.
file(READ ${PROJECT_SOURCE_DIR}/resources/fonts/DejaVu-LICENSE.txt ENTRE_DEJAVU_LICENSE)
string(FIND "${ENTRE_DEJAVU_LICENSE}" "Files: *" ENTRE_FONTS_BEGIN)
string(FIND "${ENTRE_DEJAVU_LICENSE}" "Files: debian/*" ENTRE_FONTS_END)
math(EXPR ENTRE_FONTS_LENGTH "${ENTRE_FONTS_END} - ${ENTRE_FONTS_BEGIN}")
string(SUBSTRING "${ENTRE_DEJAVU_LICENSE}" ${ENTRE_FONTS_BEGIN} ${ENTRE_FONTS_LENGTH}
    ENTRE_FONTS_COPYRIGHT)
string(REPLACE "Files: *" "Files: resources/fonts/*" ENTRE_FONTS_COPYRIGHT
    "${ENTRE_FONTS_COPYRIGHT}")
string(STRIP "${ENTRE_FONTS_COPYRIGHT}" ENTRE_FONTS_COPYRIGHT)
configure_file(copyright.in ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/entre)
