// The one way Extra Mile runs work off a window's thread and brings the
// result back (the compare view's reading, the interview's saves): jobs run
// one at a time, in order, on the queue's own thread; what they produce is
// handed back to the owner's thread, which calls deliver() when woken.
// wx-free: the app wakes its window with CallAfter; a test calls deliver().
#pragma once

#include "core/base/cancel_token.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace extramile::services {

class WorkQueue {
public:
    // `wake` is called (from the queue's thread) whenever something waits to
    // be delivered; it must make the owner's thread call deliver() soon.
    explicit WorkQueue(std::function<void(WorkQueue&)> wake);
    // Cancels the jobs not yet started, waits for the one under way; what was
    // not delivered is dropped.
    ~WorkQueue();
    WorkQueue(const WorkQueue&) = delete;
    WorkQueue& operator=(const WorkQueue&) = delete;

    // Queues `work` (run on the queue's thread) and `done` (run with its
    // result by deliver()). A job queued with a `slot` replaces one of the
    // same slot that has not started yet: the newest snapshot wins. Returns
    // the job's token (`token`, when given, so that a progress object made
    // beforehand shares it); `work` should look at it and stop early when asked.
    template <typename Result>
    CancelToken post(std::function<Result(const CancelToken&)> work, std::function<void(Result)> done,
                     std::string slot = {}, CancelToken token = {}) {
        post_job({std::move(slot), token, [this, work = std::move(work), done = std::move(done), token] {
                      auto result = std::make_shared<Result>(work(token));
                      send([done, result] { done(std::move(*result)); });
                  }});
        return token;
    }

    // From inside a job: hands `f` to the owner's thread (a part of a long
    // result, say), delivered in order with everything else.
    void send(std::function<void()> f);

    // On the owner's thread: runs everything handed back so far, in order.
    void deliver();
    // Blocks until no job waits or runs (then deliver() gets their results).
    void wait_idle();
    // Asks every job, waiting or running, to stop.
    void cancel_all();
    bool idle() const;

private:
    struct Job {
        std::string slot;
        CancelToken token;
        std::function<void()> run;
    };
    void post_job(Job job);
    void run();

    std::function<void(WorkQueue&)> wake_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Job> jobs_;
    std::deque<std::function<void()>> delivered_;
    CancelToken running_token_;
    bool busy_ = false;
    bool stopping_ = false;
    std::thread thread_; // last: starts once the members above exist
};

} // namespace extramile::services
