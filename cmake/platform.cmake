# Platform splits: a concept whose code differs per platform keeps each part
# in a file named for it, beside the portable part (docs: architecture.md,
# "Platform code ... one file per concept with a POSIX and a Windows part"):
#   NAME_posix.cpp, NAME_gtk.cpp      built everywhere but Windows
#   NAME_windows.cpp, NAME_msw.cpp    built on Windows only
# (_gtk/_msw for the wxWidgets ports, _posix/_windows for the system.)
# extramile_platform_sources(VAR) drops the other platform's files from the
# list in VAR.
function(extramile_platform_sources var)
    set(sources ${${var}})
    if(WIN32)
        list(FILTER sources EXCLUDE REGEX "_(posix|gtk)\\.cpp$")
    else()
        list(FILTER sources EXCLUDE REGEX "_(windows|msw)\\.cpp$")
    endif()
    set(${var} ${sources} PARENT_SCOPE)
endfunction()
