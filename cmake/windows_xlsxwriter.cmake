# libxlsxwriter in the static Windows link. Its bundled md5.c defines
# MD5_Init, MD5_Update and MD5_Final, and so does OpenSSL's libcrypto (which
# the link needs for SHA-256, and whose digest table pulls MD5 in): on Linux
# each is a shared library keeping its own, in one static link they clash.
# The link takes a copy of the archive with libxlsxwriter's three renamed,
# its own calls to them included (objcopy --redefine-sym acts on every
# member). The chain could build libxlsxwriter with USE_OPENSSL_MD5 instead;
# that is a change of recipe, so a new chain hash and a cold chain build.
find_library(EXTRAMILE_XLSXWRITER_ARCHIVE NAMES libxlsxwriter.a PATHS ${XLSXWRITER_STATIC_LIBRARY_DIRS}
             ${XLSXWRITER_LIBRARY_DIRS} NO_DEFAULT_PATH REQUIRED)
set(renamed_dir ${CMAKE_BINARY_DIR}/xlsxwriter)
set(renamed ${renamed_dir}/libxlsxwriter.a)
file(MAKE_DIRECTORY ${renamed_dir})
# Made beside and copied only when it differs: rewritten at every configure,
# it relinked every program and test (54 MB each) on every `packaging/dev windows`.
execute_process(COMMAND ${CMAKE_OBJCOPY} --redefine-sym MD5_Init=lxw_md5_init --redefine-sym MD5_Update=lxw_md5_update
                        --redefine-sym MD5_Final=lxw_md5_final ${EXTRAMILE_XLSXWRITER_ARCHIVE} ${renamed}.new
                COMMAND_ERROR_IS_FATAL ANY)
file(COPY_FILE ${renamed}.new ${renamed} ONLY_IF_DIFFERENT)
file(REMOVE ${renamed}.new)
get_target_property(xlsx_libs PkgConfig::XLSXWRITER INTERFACE_LINK_LIBRARIES)
set(relinked)
foreach(lib IN LISTS xlsx_libs)
    if(lib STREQUAL EXTRAMILE_XLSXWRITER_ARCHIVE)
        set(lib ${renamed})
    endif()
    list(APPEND relinked ${lib})
endforeach()
if(NOT renamed IN_LIST relinked)
    message(FATAL_ERROR "libxlsxwriter: ${EXTRAMILE_XLSXWRITER_ARCHIVE} is not among PkgConfig::XLSXWRITER's libraries (${xlsx_libs})")
endif()
set_target_properties(PkgConfig::XLSXWRITER PROPERTIES INTERFACE_LINK_LIBRARIES "${relinked}")
