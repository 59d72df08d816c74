#pragma once

#include "agenda/markdowndocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gavel::datedmeetings {

// One meeting of a document that keeps several: its dated heading at top-level block `heading`,
// its section up to (not including) block `end`, and the date the heading names.
struct DatedSection
{
    qsizetype heading = -1;
    qsizetype end = -1;
    QDate date;
};

// The dated meetings of a document's top-level blocks, in document order: the headings of one
// level that are each a date ("## **Dec.10th 2025**", "### March 26, 2024", "## 2025年10月22日")
// and hold something up to the next of them or a heading above their level (headings of their
// level in between, "# Attendance", are the meeting's parts). A heading that announces the next
// meeting ("Next Meeting is Dec.17th, 2025") is none. Empty unless at least two are
// found: one dated heading is a single agenda's title or section, never a split.
QList<DatedSection> find(const QList<const MarkdownBlock *> &top);

// Whether a heading announces a meeting still to come rather than holding one.
bool announcesNextMeeting(const QString &heading);

// "2025-12-10, 2025-11-26, …": at most `shown` dates, then how many more.
QString listDates(const QList<QDate> &dates, int shown = 10);

} // namespace gavel::datedmeetings
