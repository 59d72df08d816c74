# The interface's translations. Included from the top level once gavel, gavel_ui and gavel_core
# exist: lupdate reads every source of the three (the static libraries' too) and of the keychain
# plugin, whose words the window shows, and the .qm files land in <build>/share/gavel/translations,
# where build/bin/gavel finds them as the installed one finds <prefix>/share/gavel/translations:
# <applicationDirPath>/../share/gavel/translations.
#
#   gavel_zh_CN.ts  Simplified Chinese, every string (cmake --build build --target gavel_lupdate)
#   gavel_en.ts     English plural forms only ("Add 1 minute"), kept by lupdate -pluralonly
#                   (cmake --build build --target gavel_plurals_lupdate)
#
# GAVEL_QM_FILES: the .qm paths, for install(FILES ... DESTINATION ${CMAKE_INSTALL_DATADIR}/gavel/translations).
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(GAVEL_TRANSLATED_SOURCES)
foreach(target gavel_core gavel_ui gavel gavel_keychain)
    get_target_property(dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.(cpp|h)$")
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${dir}" NORMALIZE)
            list(APPEND GAVEL_TRANSLATED_SOURCES "${source}")
        endif()
    endforeach()
endforeach()

set(GAVEL_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
set(GAVEL_QM_DIR "${CMAKE_BINARY_DIR}/share/gavel/translations")
set_source_files_properties("${GAVEL_TRANSLATIONS_DIR}/gavel_zh_CN.ts" "${GAVEL_TRANSLATIONS_DIR}/gavel_en.ts"
    PROPERTIES OUTPUT_LOCATION "${GAVEL_QM_DIR}")

qt_add_translations(gavel
    TS_FILES "${GAVEL_TRANSLATIONS_DIR}/gavel_zh_CN.ts"
    SOURCES ${GAVEL_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/app/core" "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app"
    LUPDATE_OPTIONS -locations relative
    QM_FILES_OUTPUT_VARIABLE zh_CN_qm)
# English needs only its plural forms: a lupdate of its own keeps the file to them.
qt_add_lupdate(gavel_plurals
    TS_FILES "${GAVEL_TRANSLATIONS_DIR}/gavel_en.ts"
    SOURCES ${GAVEL_TRANSLATED_SOURCES}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/app/core" "${PROJECT_SOURCE_DIR}/ui" "${PROJECT_SOURCE_DIR}/app"
    OPTIONS -pluralonly -locations relative)
add_custom_target(gavel_plurals)
qt_add_lrelease(gavel_plurals
    TS_FILES "${GAVEL_TRANSLATIONS_DIR}/gavel_en.ts"
    QM_FILES_OUTPUT_VARIABLE en_qm)
add_dependencies(gavel gavel_plurals)

set(GAVEL_QM_FILES ${zh_CN_qm} ${en_qm})
