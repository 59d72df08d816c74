#pragma once

#include <QString>

namespace gavel::seriessettings {

// What a series keeps about itself, beside its meetings: <series folder>/series.json.
struct Values
{
    QString minutesLayout; // a built-in layout's id ("classic", "agenda"); empty: not chosen
    QString exportFolder; // where its minutes and next agendas go; empty: not chosen yet
    QString repository; // its repository on GitHub, "O/R" (PaddlePaddle/community); empty: none
    QString repositoryFolder; // the folder of its agendas there (pfcc/meetings/2025)
};

// The series' values; the defaults (all empty) when it has none or the file is damaged.
Values load(const QString &seriesFolder);
// Writes them through the atomic path; false with *error (the file and why) on failure.
bool save(const QString &seriesFolder, const Values &values, QString *error);

// The folder a dated file ("2024-03-14-meeting-minutes.md") goes to: `folder`, or, when `folder`
// is a year's (…/2022) and the file is of another year, the folder of that year beside it
// (…/2024), which the write creates when missing.
QString folderForFile(const QString &folder, const QString &fileName);

} // namespace gavel::seriessettings
