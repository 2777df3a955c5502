// Independent pieces of one job spread over the machine's cores: the
// calling thread works too, each thread takes the next piece from a shared
// counter, and the call returns when every piece is done. Used where a big
// folder's work splits cleanly (reading the files, scoring the candidates,
// writing them out); each piece must touch only what no other piece writes.
#pragma once

#include <cstddef>
#include <functional>

namespace extramile {

// Runs task(0) ... task(count - 1), on at most `threads` threads (0: one per
// core, never more than there are pieces). When a piece throws, the pieces
// not yet started are not started, and the first exception is rethrown here
// once every thread has stopped.
void run_in_parallel(std::size_t count, const std::function<void(std::size_t)>& task, unsigned threads = 0);

} // namespace extramile
