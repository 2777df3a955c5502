// wxWidgets started inside the test program (one GUI session for all
// tests), and ways to let its events run until something is true.
#pragma once

#include <chrono>
#include <functional>

namespace extramile::test {

// Runs pending events, idle handlers and CallAfter calls until `done`
// returns true or `timeout` passes; returns `done()`.
bool pump_until(const std::function<bool()>& done,
                std::chrono::milliseconds timeout = std::chrono::seconds(30));
// The same, but `done` is also asked before every event handled, not only
// between rounds of pumping: one round runs every event queued meanwhile
// (and those they queue), so a window that is sent its parts faster than
// the test pumps would never be seen half-filled between rounds.
bool pump_until_watching_each_event(const std::function<bool()>& done,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(30));
// Runs events for a while (layout, paint).
void pump_for(std::chrono::milliseconds time);

} // namespace extramile::test
