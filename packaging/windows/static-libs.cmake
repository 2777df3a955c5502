# Read through CMAKE_USER_MAKE_RULES_OVERRIDE (toolchain.cmake), that is after
# CMake's Windows-GNU platform file, which asks find_library for ".dll.a"
# before ".a": with mingw-w64's sysroot in CMAKE_FIND_ROOT_PATH that finds
# import libraries of DLLs (libpthread.dll.a for -lpthread, which clashes
# with the static libpthread.a that -static links). The chain is static:
# only ".a" (mingw-w64's Windows import libraries, libgdi32.a and the like,
# are named so too).
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")
