#include "services/work_queue.hpp"

#include <algorithm>

namespace extramile::services {

WorkQueue::WorkQueue(std::function<void(WorkQueue&)> wake) : wake_(std::move(wake)), thread_([this] { run(); }) {}

WorkQueue::~WorkQueue() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        for (auto& job : jobs_)
            job.token.request();
        jobs_.clear();
        running_token_.request();
    }
    changed_.notify_all();
    thread_.join();
}

void WorkQueue::post_job(Job job) {
    {
        std::lock_guard lock(mutex_);
        if (!job.slot.empty())
            std::erase_if(jobs_, [&](const Job& waiting) { return waiting.slot == job.slot; });
        jobs_.push_back(std::move(job));
    }
    changed_.notify_all();
}

void WorkQueue::send(std::function<void()> f) {
    {
        std::lock_guard lock(mutex_);
        delivered_.push_back(std::move(f));
    }
    if (wake_)
        wake_(*this);
}

void WorkQueue::deliver() {
    for (;;) {
        std::function<void()> next;
        {
            std::lock_guard lock(mutex_);
            if (delivered_.empty())
                return;
            next = std::move(delivered_.front());
            delivered_.pop_front();
        }
        next(); // outside the lock: it may post more work
    }
}

void WorkQueue::wait_idle() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return jobs_.empty() && !busy_; });
}

void WorkQueue::cancel_all() {
    std::lock_guard lock(mutex_);
    for (auto& job : jobs_)
        job.token.request();
    running_token_.request();
}

bool WorkQueue::idle() const {
    std::lock_guard lock(mutex_);
    return jobs_.empty() && !busy_;
}

void WorkQueue::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (stopping_)
            return;
        Job job = std::move(jobs_.front());
        jobs_.pop_front();
        busy_ = true;
        running_token_ = job.token;
        lock.unlock();
        job.run();
        lock.lock();
        busy_ = false;
        changed_.notify_all();
    }
}

} // namespace extramile::services
