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
#include <QFontInfo>
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

// Han characters in the shapes of Simplified Chinese, the language of the meetings Gavel is made
// for, whatever the interface speaks. Fontconfig picks the face for Han by the system's language:
// a mainland Chinese system gets Noto Sans CJK SC, but under LANG=en it is the JP face, whose
// shapes differ from the mainland's (直, 骨, 角). So the SC face is named after the face the
// interface's family stands for; Latin text keeps its face, and the SC face is opened only when
// Han is drawn (no cost at start-up). A Japanese, Korean or Traditional Chinese system keeps its
// own choice.
inline QFont withSimplifiedHan(QFont font, const QLocale &system)
{
    const QLocale::Language language = system.language();
    if (language == QLocale::Japanese || language == QLocale::Korean || language == QLocale::Chinese) {
        return font; // fontconfig picks this system's own Han face, SC on a mainland system
    }
    // "Sans Serif" is fontconfig's alias, no face of its own: beside a real face Qt would skip it
    // and draw Latin text in the CJK face too.
    font.setFamilies({QFontInfo(font).family(), QStringLiteral("Noto Sans CJK SC")});
    return font;
}

} // namespace gavel::typescale
