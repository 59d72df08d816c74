# Warnings every Gavel target is built with.
function(gavel_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
endfunction()

# gavel_add_plugin(NAME SOURCES file... INCLUDE dir LIBRARIES lib...)
# A plugin (a MODULE loaded with QPluginLoader on first use, so the big library it links is never
# mapped at start-up). It lands in the build tree where an installed Gavel keeps it,
# <prefix>/lib/gavel/plugins beside <prefix>/bin, so the app and the tests find it the same way.
function(gavel_add_plugin name)
    cmake_parse_arguments(ARG "" "INCLUDE" "SOURCES;LIBRARIES" ${ARGN})
    add_library(${name} MODULE ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES
        PREFIX ""
        LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${GAVEL_PLUGIN_DIR}")
    target_include_directories(${name} PRIVATE "${ARG_INCLUDE}")
    target_link_libraries(${name} PRIVATE Qt6::Core ${ARG_LIBRARIES})
    gavel_set_warnings(${name})
    install(TARGETS ${name} LIBRARY DESTINATION "${GAVEL_PLUGIN_DIR}")
endfunction()

# gavel_add_test(NAME SOURCES file... [LIBRARIES lib...])
# One Qt Test executable per unit, registered with CTest, run without a display and
# without touching the user's home: every test gets its own GAVEL_HOME below the build tree.
function(gavel_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/common")
    target_compile_definitions(${name} PRIVATE
        GAVEL_CORPUS_DIR="${GAVEL_CORPUS_DIR}"
        GAVEL_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    gavel_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;GAVEL_HOME=${CMAKE_BINARY_DIR}/tests/home-${name}/gavel;HOME=${CMAKE_BINARY_DIR}/tests/home-${name};XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/tests/home-${name}/config")
endfunction()
