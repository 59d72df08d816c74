#pragma once

// The window's type scale, in one place: every label, view and editor takes its size from a
// role here instead of its own multiplier.
//
// Few sizes, and words in the regular weight. Each size and weight is a font engine to build
// before the first frame, and bold Chinese is a second CJK face: megabytes of font pages and
// face data for a handful of titles. Emphasis comes from size and place; bold is kept for digits
// (Latin faces, cheap), for what changes during the meeting (the running row of the agenda, the
// present in the roster, a projection past the hard stop) and for the stage view, which is read
// from across a room and is not built into the first frame.

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace gavel::typescale {

enum class Role {
    Body, // the roster, the controls, the status bar
    Reading, // the agenda, the notes, the header's facts, what comes next
    Heading, // the meeting's title, the timer's status, the banner's symbol
    Title, // the current item's title: the largest words in the window
    Digits, // the wall clock

    StageLine, // the stage view's meeting title and what comes next
    StageTitle, // the stage view's current item
    StageTimer, // the stage view's timer status
};

inline QFont font(QFont base, Role role)
{
    double scale = 1.0;
    bool bold = false;
    switch (role) {
    case Role::Body: break;
    case Role::Reading: scale = 1.1; break;
    case Role::Heading: scale = 1.5; break;
    case Role::Title: scale = 1.7; break;
    case Role::Digits:
        scale = 2.2;
        bold = true;
        break;
    case Role::StageLine: scale = 2.0; break;
    case Role::StageTitle:
        scale = 3.0;
        bold = true;
        break;
    case Role::StageTimer:
        scale = 2.2;
        bold = true;
        break;
    }
    if (scale != 1.0) {
        base.setPointSizeF(base.pointSizeF() * scale);
    }
    base.setBold(bold);
    return base;
}

// Han characters in the shapes of Simplified Chinese, the language of the meetings Gavel is
// made for. Fontconfig picks the face for Han by the system's language: under LANG=en that is
// Noto Sans CJK JP, whose shapes differ from the mainland's (直, 骨, 角). Naming the SC face
// after the interface's own family changes nothing for Latin text and loads nothing at start:
// the face is opened when the first Han character is drawn. A Japanese, Korean or Traditional
// Chinese system keeps its own choice.
inline QFont withSimplifiedHan(QFont font, const QLocale &system)
{
    const bool ownHan = system.language() == QLocale::Japanese || system.language() == QLocale::Korean
        || (system.language() == QLocale::Chinese && system.script() == QLocale::TraditionalHanScript);
    const QString face = QStringLiteral("Noto Sans CJK SC");
    QStringList families = font.families();
    if (families.isEmpty()) {
        families.append(font.family());
    }
    if (ownHan || families.contains(face)) {
        return font;
    }
    families.append(face);
    font.setFamilies(families);
    return font;
}

} // namespace gavel::typescale
