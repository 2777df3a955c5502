// A window's WorkQueue: work runs on the queue's thread and its results come
// back on the window's thread (through CallAfter), so they may touch the
// window. Destroying the window (whose member the queue is) stops the queue
// first; what was queued for the window then goes with it.
#pragma once

#include "services/work_queue.hpp"

#include <wx/event.h>

#include <memory>

namespace extramile::app {

inline std::unique_ptr<services::WorkQueue> WorkQueueFor(wxEvtHandler& window) {
    return std::make_unique<services::WorkQueue>(
        [&window](services::WorkQueue& queue) { window.CallAfter([&queue] { queue.deliver(); }); });
}

} // namespace extramile::app
