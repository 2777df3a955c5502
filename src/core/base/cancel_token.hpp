// A request to stop, shared between whoever asked for some work and the
// work itself (running on another thread). Copies share the request.
#pragma once

#include <atomic>
#include <memory>

namespace extramile {

class CancelToken {
public:
    CancelToken() : requested_(std::make_shared<std::atomic<bool>>(false)) {}
    void request() const { requested_->store(true); }
    bool requested() const { return requested_->load(); }

private:
    std::shared_ptr<std::atomic<bool>> requested_;
};

} // namespace extramile
