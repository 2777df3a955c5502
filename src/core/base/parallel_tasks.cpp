#include "core/base/parallel_tasks.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace extramile {

void run_in_parallel(std::size_t count, const std::function<void(std::size_t)>& task, unsigned threads) {
    if (count == 0)
        return;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, count));
    if (threads == 1) {
        for (std::size_t i = 0; i < count; ++i)
            task(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::exception_ptr failed;
    std::mutex failed_guard;
    const auto work = [&] {
        for (std::size_t i = next++; i < count && !stop; i = next++) {
            try {
                task(i);
            } catch (...) {
                const std::lock_guard lock(failed_guard);
                if (!failed)
                    failed = std::current_exception();
                stop = true;
            }
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    try {
        for (unsigned t = 1; t < threads; ++t)
            helpers.emplace_back(work);
    } catch (...) {
        // No thread to be had (the system's limit): the rest is done here.
    }
    work();
    for (auto& helper : helpers)
        helper.join();
    if (failed)
        std::rethrow_exception(failed);
}

} // namespace extramile
