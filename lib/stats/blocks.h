#ifndef SLANT_STATS_BLOCKS_H_
#define SLANT_STATS_BLOCKS_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>
#include <vector>

#include "stats/rng.h"

namespace slant::stats {

// Resamples of a bootstrap and relabellings of a permutation test come in blocks of
// kBlockSize; block k draws from stream k, which is Rng(seed) jumped k times (Rng::Jump).
// A block's draws do not depend on any other block, so threads can share the blocks out and
// the result is the same at any thread count; and one thread doing every block in order gets
// that same result, which is what the single-column functions of lib/stats do.
inline constexpr std::size_t kBlockSize = 1000;

inline std::size_t BlockCount(std::size_t resamples) {
  return (resamples + kBlockSize - 1) / kBlockSize;
}

// The resamples [first, last) of one block.
struct Block {
  std::size_t first = 0;
  std::size_t last = 0;
};

inline Block BlockRange(std::size_t block, std::size_t resamples) {
  return {block * kBlockSize, std::min(resamples, (block + 1) * kBlockSize)};
}

// The streams of every block, in block order.
inline std::vector<Rng> BlockStreams(std::uint64_t seed, std::size_t resamples) {
  std::vector<Rng> streams;
  const std::size_t blocks = BlockCount(resamples);
  streams.reserve(blocks);
  Rng rng(seed);
  for (std::size_t k = 0; k < blocks; ++k) {
    streams.push_back(rng);
    rng.Jump();
  }
  return streams;
}

// Calls run(task, worker) for every task in [0, tasks) (blocks of resamples, or any
// independent pieces of work), on up to `threads` threads; worker (0 .. threads − 1) lets each
// thread keep scratch space of its own. Tasks are taken in turn from a shared counter, so a
// slow one does not hold the others back; results stored by task index come out the same at
// any thread count.
template <typename Run>
void ParallelFor(std::size_t tasks, std::size_t threads, Run run) {
  threads = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(tasks, 1));
  if (threads == 1) {
    for (std::size_t k = 0; k < tasks; ++k) run(k, std::size_t{0});
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  for (std::size_t worker = 0; worker < threads; ++worker) {
    pool.emplace_back([&, worker] {
      for (std::size_t k = next++; k < tasks; k = next++) run(k, worker);
    });
  }
  for (std::thread& thread : pool) thread.join();
}

}  // namespace slant::stats

#endif  // SLANT_STATS_BLOCKS_H_
