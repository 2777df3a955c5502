# Desktop integration (freedesktop layout) and the Debian package (CPack).
# Included from the top CMakeLists.txt.
set(EXTRAMILE_APP_ID io.github.extramile.ExtraMile)
set(share ${PROJECT_SOURCE_DIR}/packaging/share)

install(FILES ${share}/${EXTRAMILE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${share}/${EXTRAMILE_APP_ID}.metainfo.xml.in ${CMAKE_BINARY_DIR}/${EXTRAMILE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/${EXTRAMILE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${share}/extramile-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME extramile.xml)

# The icon: the SVG as drawn, and PNGs made from it at build time for the
# hicolor sizes desktops look for first.
find_program(RSVG_CONVERT rsvg-convert REQUIRED)
set(icon_svg ${share}/icons/${EXTRAMILE_APP_ID}.svg)
set(icon_pngs)
foreach(size 16 24 32 48 64 128 256)
    set(png ${CMAKE_BINARY_DIR}/icons/${size}/${EXTRAMILE_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} ${icon_svg} -o ${png}
        DEPENDS ${icon_svg}
        COMMENT "Icon ${size}x${size}")
    list(APPEND icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(extramile_icons ALL DEPENDS ${icon_pngs})
install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The user guide the Help menu opens, with its pictures and the formats.
install(FILES README.md LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES docs/formats.md DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(DIRECTORY docs/images DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME extramile)
set(CPACK_PACKAGE_VENDOR "The Extra Mile developers")
set(CPACK_PACKAGE_CONTACT "The Extra Mile developers <extramile@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "structured interviews for generosity, and a fair comparison of candidates")
set(CPACK_PACKAGE_DESCRIPTION
    "Extra Mile guides interviewers through a structured, behavioural interview (the same questions for\n"
    "every candidate, behaviourally anchored rating scales, green and red flags, in English, Spanish and\n"
    "Italian) and gives HR a fair comparison: totals, competency means, minimum bars, disagreement\n"
    "between interviewers and panel agreement, with blind review and CSV, JSON and PDF exports.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/extramile/extramile")
# Libraries from dpkg-shlibdeps; the fonts pango draws the printed pages with;
# wx's own catalogs, without which its stock labels (Close, OK, Browse) stay
# English in a Spanish or Italian window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, wx3.2-i18n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_STRIP_FILES ON)
include(CPack)
