#pragma once

#include "storage/sessionfile.h"

#include <QVariantMap>

namespace gavel::minutescontent {

// What the minutes say, as the layouts' templates see it: a tree of maps, lists, texts and
// true/false, every text already written for Markdown (untrusted strings pass through
// notesmarkdown). The layout decides only where each goes. The keys are described in
// minutes/layouts/README.md. Optional texts are false when absent, so a template's section on
// a key of an item never reads the key of the meeting around it.
//
// language: "zh" or "en" (the words of the sentences); timingReport adds the "timing" section.
QVariantMap build(const SessionData &session, const QString &language, bool timingReport);

} // namespace gavel::minutescontent
