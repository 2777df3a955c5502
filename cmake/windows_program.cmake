# The program on Windows, built twice from the same sources: extramile.exe,
# a GUI-subsystem program (no console window opens when it is started from
# the Start menu or a file), and extramile.com, the same program as a
# console program, for the subcommands. A GUI-subsystem program's output
# goes nowhere and cmd.exe does not wait for it (so no exit code either);
# typing `extramile validate ...` in cmd or PowerShell runs extramile.com,
# since .COM comes before .EXE in PATHEXT (Inkscape ships inkscape.com the
# same way). Both carry the same resources: icon, version, and the manifest
# that makes the ANSI code page UTF-8.
set(windows_share ${PROJECT_SOURCE_DIR}/packaging/share/windows)
set(EXTRAMILE_ICO ${CMAKE_BINARY_DIR}/extramile.ico)
set(EXTRAMILE_MANIFEST ${windows_share}/extramile.manifest)
configure_file(${windows_share}/extramile.rc.in ${CMAKE_BINARY_DIR}/extramile.rc @ONLY)

# The icon from the PNGs packaging/packaging.cmake renders from the SVG.
set(ico_pngs)
foreach(size 16 24 32 48 64 128 256)
    list(APPEND ico_pngs ${CMAKE_BINARY_DIR}/icons/${size}/${EXTRAMILE_APP_ID}.png)
endforeach()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_custom_command(OUTPUT ${EXTRAMILE_ICO}
    COMMAND Python3::Interpreter ${windows_share}/png_to_ico.py ${EXTRAMILE_ICO} ${ico_pngs}
    DEPENDS ${windows_share}/png_to_ico.py ${ico_pngs}
    COMMENT "Windows icon")
set_source_files_properties(${CMAKE_BINARY_DIR}/extramile.rc PROPERTIES
    OBJECT_DEPENDS "${EXTRAMILE_ICO};${EXTRAMILE_MANIFEST}")

add_executable(extramile WIN32 src/main.cpp ${CMAKE_BINARY_DIR}/extramile.rc)
add_executable(extramile_console src/main.cpp ${CMAKE_BINARY_DIR}/extramile.rc)
set_target_properties(extramile_console PROPERTIES OUTPUT_NAME extramile SUFFIX .com)
# windres needs wx's headers for wx/msw/wx.rc.
foreach(program extramile extramile_console)
    target_include_directories(${program} PRIVATE ${wxWidgets_INCLUDE_DIRS})
endforeach()

# What the installer carries beside the programs: wxWidgets' own words in
# the languages the program speaks (its dialogs, buttons). The user guide F1
# opens is docs/CMakeLists.txt's, the same pages as on Linux, installed in
# share\doc\extramile\html, where src/app/user_guide.cpp looks beside bin\.
foreach(lang es it)
    install(FILES ${EXTRAMILE_WINDOWS_PREFIX}/share/locale/${lang}/LC_MESSAGES/wxstd-3.2.mo
            DESTINATION ${CMAKE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
endforeach()

# The installer: `cmake --build BUILD --target msi` writes
# BUILD/extramile-VERSION-x64.msi (packaging/msi/build-msi; wixl from msitools).
set(EXTRAMILE_MSI ${CMAKE_BINARY_DIR}/extramile-${PROJECT_VERSION}-x64.msi)
find_program(WIXL wixl)
if(WIXL)
    add_custom_target(msi
        COMMAND ${PROJECT_SOURCE_DIR}/packaging/msi/build-msi ${CMAKE_BINARY_DIR} ${CMAKE_BINARY_DIR}
        DEPENDS extramile extramile_console extramile_catalogs extramile_user_guide
                ${PROJECT_SOURCE_DIR}/packaging/msi/extramile.wxs
        COMMENT "Windows installer ${EXTRAMILE_MSI}"
        VERBATIM)
endif()
