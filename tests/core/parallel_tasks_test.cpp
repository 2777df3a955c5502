// run_in_parallel: every piece runs exactly once, on as many threads as
// asked (the caller's among them), and a piece that throws stops the rest
// and reaches the caller, never std::terminate.
#include "core/base/parallel_tasks.hpp"

#include <boost/test/unit_test.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace extramile;

BOOST_AUTO_TEST_SUITE(parallel_tasks)

BOOST_AUTO_TEST_CASE(every_piece_runs_once) {
    for (const std::size_t count : {0u, 1u, 2u, 3u, 1000u}) {
        for (const unsigned threads : {0u, 1u, 2u, 7u}) {
            std::vector<std::atomic<int>> runs(count);
            run_in_parallel(count, [&](std::size_t i) { ++runs[i]; }, threads);
            for (std::size_t i = 0; i < count; ++i)
                BOOST_TEST_REQUIRE(runs[i].load() == 1, "piece " << i << " of " << count << " on " << threads
                                                                 << " threads ran " << runs[i].load() << " times");
        }
    }
}

BOOST_AUTO_TEST_CASE(one_thread_is_the_callers_in_order) {
    std::vector<std::size_t> order;
    const auto caller = std::this_thread::get_id();
    bool elsewhere = false;
    run_in_parallel(
        5,
        [&](std::size_t i) {
            order.push_back(i);
            elsewhere = elsewhere || std::this_thread::get_id() != caller;
        },
        1);
    BOOST_TEST(order == (std::vector<std::size_t>{0, 1, 2, 3, 4}), boost::test_tools::per_element());
    BOOST_TEST(!elsewhere);
}

BOOST_AUTO_TEST_CASE(the_pieces_share_the_threads_asked_for) {
    // Four pieces that each wait until two of them are running at once:
    // with two threads they finish; run one after another they would not.
    std::atomic<int> running{0};
    std::atomic<int> most{0};
    std::mutex ids_guard;
    std::set<std::thread::id> ids;
    run_in_parallel(
        4,
        [&](std::size_t) {
            const int now = ++running;
            for (int seen = most.load(); now > seen && !most.compare_exchange_weak(seen, now);)
                ;
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (most.load() < 2 && std::chrono::steady_clock::now() < deadline)
                std::this_thread::yield();
            --running;
            const std::lock_guard lock(ids_guard);
            ids.insert(std::this_thread::get_id());
        },
        2);
    BOOST_TEST(most.load() == 2);
    BOOST_TEST(ids.size() == 2u);
    BOOST_TEST(ids.count(std::this_thread::get_id()) == 1u); // the caller worked too
}

BOOST_AUTO_TEST_CASE(a_failure_reaches_the_caller_and_stops_the_rest) {
    std::atomic<int> started{0};
    BOOST_CHECK_EXCEPTION(run_in_parallel(
                              2000,
                              [&](std::size_t i) {
                                  ++started;
                                  if (i == 3)
                                      throw std::runtime_error("piece 3 failed");
                                  std::this_thread::sleep_for(std::chrono::milliseconds(1));
                              },
                              2),
                          std::runtime_error,
                          [](const std::runtime_error& e) { return std::string(e.what()) == "piece 3 failed"; });
    // The other thread may have taken a few more before it saw the stop
    // (each takes a millisecond), never all of them.
    BOOST_TEST(started.load() < 1000);
    BOOST_CHECK_THROW(run_in_parallel(3, [](std::size_t) { throw std::logic_error("alone"); }, 1), std::logic_error);
}

BOOST_AUTO_TEST_SUITE_END()
