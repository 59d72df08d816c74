# The Debian package: `cmake --build build --target package` (CPack's DEB generator) packs
# every install rule into build/gavel_<version>_<arch>.deb.

# The interface's translations (.qm), built by qt_add_translations where GAVEL_QM_FILES is set,
# are read at run time from <prefix>/share/gavel/translations.
if(GAVEL_QM_FILES)
    install(FILES ${GAVEL_QM_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/gavel/translations")
endif()

# The maintainer is the one who signs the latest changelog entry (packaging/changelog).
file(STRINGS "${PROJECT_SOURCE_DIR}/packaging/changelog" signatures REGEX "^ -- ")
list(GET signatures 0 signature)
string(REGEX REPLACE "^ -- (.+>)  .*$" "\\1" GAVEL_PACKAGE_MAINTAINER "${signature}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME gavel)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "${GAVEL_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GAVEL_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "chair's console for live community meetings")
set(CPACK_PACKAGE_DESCRIPTION
    "Gavel is for the chair of a live online community meeting. It opens the\n"
    "meeting's Markdown agenda and runs the meeting from one window: a countdown\n"
    "per agenda item, the projected end, notes for each item, and attendance\n"
    "with late arrivals and newcomers. It writes the minutes in the community's\n"
    "own layout (Markdown, HTML or PDF) and the next meeting's agenda with its\n"
    "calendar invite, and saves everything as it happens.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
# Depends: the shared libraries' packages (dpkg-shlibdeps), and what the program needs without
# linking it: Qt's platform plugins to show a window, the font Chinese text is set in, and Qt's
# own translations (qtbase_zh_CN.qm) for its dialogs.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-noto-cjk, qt6-translations-l10n")
# GNOME's dark mode reaches Qt through the GTK platform theme; Chinese is typed through fcitx5,
# without whose Qt 6 front end a Qt 6 program takes no Chinese input at all.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-gtk-platformtheme, fcitx5-frontend-qt6")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
