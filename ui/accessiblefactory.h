#pragma once

namespace gavel::accessible {

// The accessible interfaces Qt's own do not give, installed once: windows of their own (the stage
// view, the minutes, the history) as windows, not "fillers"; the timer's bar with its value in
// words; the announcer as a notification.
void installFactory();

} // namespace gavel::accessible
