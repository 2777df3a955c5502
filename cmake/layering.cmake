# The layering rule of docs/architecture.md, checked at configure time:
# every #include "LAYER/..." in a source folder must name a layer that
# folder may use. A violation stops cmake with the file, the line and the
# rule, so an arrow pointing back cannot land unnoticed.
#
#   core      -> core
#   services  -> core, services
#   report    -> core, report
#   cli       -> core, services, report, cli
#   app       -> core, services, report, app      (never cli)
#   main.cpp  -> anything (it dispatches to cli or app)
#   launcher.cpp -> cli/command_words.hpp (header-only: it links nothing of ours)

set(EXTRAMILE_LAYERS_core core)
set(EXTRAMILE_LAYERS_services core services)
set(EXTRAMILE_LAYERS_report core report)
set(EXTRAMILE_LAYERS_cli core services report cli)
set(EXTRAMILE_LAYERS_app core services report app)

function(extramile_check_layers)
    set(known core services report cli app)
    foreach(layer IN LISTS known)
        file(GLOB_RECURSE sources CONFIGURE_DEPENDS
             ${PROJECT_SOURCE_DIR}/src/${layer}/*.cpp ${PROJECT_SOURCE_DIR}/src/${layer}/*.hpp)
        foreach(source IN LISTS sources)
            file(STRINGS ${source} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z]+/")
            foreach(line IN LISTS includes)
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([a-z]+)/.*" "\\1" target "${line}")
                if(NOT target IN_LIST known)
                    continue()
                endif()
                if(NOT target IN_LIST EXTRAMILE_LAYERS_${layer})
                    file(RELATIVE_PATH shown ${PROJECT_SOURCE_DIR} ${source})
                    string(JOIN ", " allowed ${EXTRAMILE_LAYERS_${layer}})
                    message(FATAL_ERROR
                        "${shown}: ${line}\n"
                        "src/${layer} may include only ${allowed} (docs/architecture.md); "
                        "what two front ends need belongs in services.")
                endif()
            endforeach()
        endforeach()
    endforeach()
endfunction()
