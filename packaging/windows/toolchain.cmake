# CMake toolchain file: cross-compile for 64-bit Windows with mingw-w64
# (posix threads) against the static chain that packaging/windows/build-chain
# builds.
#   cmake -DCMAKE_TOOLCHAIN_FILE=packaging/windows/toolchain.cmake ...
# The chain's prefix comes from -DEXTRAMILE_WINDOWS_PREFIX=..., else from the
# environment variable of that name, else from `build-chain --print-prefix`
# (the prefix that matches the recipes in this checkout).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(EXTRAMILE_WINDOWS_HOST x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${EXTRAMILE_WINDOWS_HOST}-gcc-posix)
set(CMAKE_CXX_COMPILER ${EXTRAMILE_WINDOWS_HOST}-g++-posix)
set(CMAKE_RC_COMPILER ${EXTRAMILE_WINDOWS_HOST}-windres)
set(CMAKE_AR ${EXTRAMILE_WINDOWS_HOST}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${EXTRAMILE_WINDOWS_HOST}-ranlib CACHE FILEPATH "")

if(NOT EXTRAMILE_WINDOWS_PREFIX)
    if(DEFINED ENV{EXTRAMILE_WINDOWS_PREFIX})
        set(EXTRAMILE_WINDOWS_PREFIX "$ENV{EXTRAMILE_WINDOWS_PREFIX}")
    else()
        execute_process(COMMAND "${CMAKE_CURRENT_LIST_DIR}/build-chain" --print-prefix
                        OUTPUT_VARIABLE EXTRAMILE_WINDOWS_PREFIX
                        OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    endif()
endif()
set(EXTRAMILE_WINDOWS_PREFIX "${EXTRAMILE_WINDOWS_PREFIX}" CACHE PATH "The Windows chain's prefix")
# try_compile projects read this file again: hand them the prefix.
set(ENV{EXTRAMILE_WINDOWS_PREFIX} "${EXTRAMILE_WINDOWS_PREFIX}")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES EXTRAMILE_WINDOWS_PREFIX)

# Look for headers, libraries and CMake packages in the chain and in
# mingw-w64's own sysroot (the Windows import libraries: gdi32, ws2_32, ...,
# which FindwxWidgets and FindPkgConfig look up) only; run programs
# (pkg-config, wx-config) from the build machine.
set(CMAKE_FIND_ROOT_PATH "${EXTRAMILE_WINDOWS_PREFIX}" /usr/${EXTRAMILE_WINDOWS_HOST})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config: the prefix's own wrapper (PKG_CONFIG_LIBDIR inside the prefix,
# --static). FindPkgConfig reads PKG_CONFIG_EXECUTABLE.
set(PKG_CONFIG_EXECUTABLE "${EXTRAMILE_WINDOWS_PREFIX}/bin/${EXTRAMILE_WINDOWS_HOST}-pkg-config"
    CACHE FILEPATH "pkg-config for the Windows chain")

# FindwxWidgets: the chain's wx-config (with the find modes above it would
# find none, or the build machine's wxGTK one on PATH).
set(wxWidgets_CONFIG_EXECUTABLE "${EXTRAMILE_WINDOWS_PREFIX}/bin/wx-config" CACHE FILEPATH "wx-config of the Windows chain")
set(wxWidgets_USE_STATIC ON)

# Everything in the chain is static: link libstdc++, libgcc and winpthread
# statically too, so a program needs no DLL beside it.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_USER_MAKE_RULES_OVERRIDE "${CMAKE_CURRENT_LIST_DIR}/static-libs.cmake")
set(Boost_USE_STATIC_LIBS ON)
set(OPENSSL_USE_STATIC_LIBS ON)

# Run test programs (ctest, add_test) under wine.
find_program(EXTRAMILE_WINE NAMES wine64 wine)
if(EXTRAMILE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${EXTRAMILE_WINE}")
endif()
