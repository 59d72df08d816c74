#pragma once

namespace gavel::accessible {

// The accessible interfaces Qt's own do not give, installed once: the stage view as a window
// (not a "filler"), the timer's bar with its value in words, the announcer as a notification.
void installFactory();

} // namespace gavel::accessible
