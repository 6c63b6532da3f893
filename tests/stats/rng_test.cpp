#include "stats/rng.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>

#include "stats/blocks.h"

namespace slant::stats {
namespace {

TEST_CASE("Rng's engine reproduces xoshiro256++'s reference outputs", "[stats]") {
  // From state {1, 2, 3, 4}: the outputs of the reference xoshiro256plusplus.c, as published
  // in the test suite of the Rust crate rand_xoshiro (and checked by its ports).
  Rng rng = Rng::FromState({1, 2, 3, 4});
  const std::uint64_t expected[] = {41943041U,
                                    58720359U,
                                    3588806011781223U,
                                    3591011842654386U,
                                    9228616714210784205U,
                                    9973669472204895162U,
                                    14011001112246962877U,
                                    12406186145184390807U,
                                    15849039046786891736U,
                                    10450023813501588000U};
  for (std::uint64_t e : expected) CHECK(rng.Next64() == e);
}

TEST_CASE("Rng seeds with SplitMix64's reference outputs", "[stats]") {
  // SplitMix64 from 1234567: the reference splitmix64.c's first five outputs (also Rosetta
  // Code, "Pseudo-random numbers/Splitmix64").
  std::uint64_t state = 1234567;
  const std::uint64_t expected[] = {6457827717110365317U, 3203168211198807973U,
                                    9817491932198370423U, 4593380528125082431U,
                                    16408922859458223821U};
  for (std::uint64_t e : expected) CHECK(Rng::SplitMix64(state) == e);

  // Rng(1234567) therefore starts from the first four of them. Its first output, computed
  // with a separate Python transcription of both algorithms (which reproduces the two
  // reference sequences above): 437095814655224680.
  Rng rng(1234567);
  CHECK(rng.Next64() == 437095814655224680U);
}

TEST_CASE("Rng::Below maps 32 random bits by Lemire's multiply-shift", "[stats]") {
  // 437095814655224680 = 0x0610E053'DD55AB68: low half 3713379176, high half 101769299.
  // floor(3713379176 × 10 / 2^32) = 8 (the low 32 bits of the product, 2774053392, clear the
  // rejection threshold 2^32 mod 10 = 6); floor(101769299 × 1000 / 2^32) = 23 (2985051192 >=
  // 2^32 mod 1000 = 296).
  Rng rng(1234567);
  CHECK(rng.Below(10) == 8);
  CHECK(rng.Below(1000) == 23);
}

TEST_CASE("Rng::Below stays in range and covers it", "[stats]") {
  Rng rng(7);
  std::array<int, 6> seen{};
  for (int i = 0; i < 6000; ++i) {
    const std::uint32_t x = rng.Below(6);
    REQUIRE(x < 6);
    ++seen[x];
  }
  for (int count : seen) CHECK((count > 850 && count < 1150));  // 1000 expected, sd 29
  CHECK(rng.Below(1) == 0);
  CHECK(rng.Below(0) == 0);
}

TEST_CASE("Rng: same seed, same stream; another seed, another stream", "[stats]") {
  Rng a(123);
  Rng b(123);
  Rng c(124);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const std::uint32_t x = a.Next32();
    CHECK(x == b.Next32());
    differs = differs || x != c.Next32();
  }
  CHECK(differs);
}

TEST_CASE("Rng::Jump moves the stream as the reference jump() does", "[stats]") {
  // From state {1, 2, 3, 4}, one jump and two: the state and first output computed with a
  // Python transcription of the reference xoshiro256plusplus.c (next() and jump()).
  Rng once = Rng::FromState({1, 2, 3, 4});
  once.Jump();
  Rng expected = Rng::FromState(
      {10122426448480695249U, 8079205330032121950U, 7289065458748526725U, 9477464255293849680U});
  CHECK(once.Next64() == 17043750140134683703U);
  CHECK(expected.Next64() == 17043750140134683703U);
  Rng twice = Rng::FromState({1, 2, 3, 4});
  twice.Jump();
  twice.Jump();
  CHECK(twice.Next64() == 9826989201832135316U);
}

TEST_CASE("BlockStreams: block k is the seed's stream jumped k times", "[stats]") {
  const std::vector<Rng> streams = BlockStreams(42, 2 * kBlockSize + 1);
  REQUIRE(streams.size() == 3);
  Rng stream(42);
  for (const Rng& block : streams) {
    Rng copy = block;
    CHECK(copy.Next64() == Rng(stream).Next64());
    stream.Jump();
  }
  CHECK(BlockCount(0) == 0);
  CHECK(BlockRange(2, 2 * kBlockSize + 1).first == 2 * kBlockSize);
  CHECK(BlockRange(2, 2 * kBlockSize + 1).last == 2 * kBlockSize + 1);
}

TEST_CASE("ParallelFor runs every task once, at any thread count", "[stats]") {
  for (std::size_t threads : {std::size_t{1}, std::size_t{2}, std::size_t{7}}) {
    std::vector<int> runs(100, 0);
    std::atomic<std::size_t> largest_worker{0};
    ParallelFor(runs.size(), threads, [&](std::size_t task, std::size_t worker) {
      ++runs[task];  // each task index goes to one worker only (Catch2's CHECK is not
                     // thread-safe: checked after)
      std::size_t seen = largest_worker.load();
      while (worker > seen && !largest_worker.compare_exchange_weak(seen, worker)) {
      }
    });
    CHECK(std::count(runs.begin(), runs.end(), 1) == 100);
    CHECK(largest_worker.load() < threads);
  }
  int calls = 0;
  ParallelFor(0, 4, [&](std::size_t, std::size_t) { ++calls; });
  CHECK(calls == 0);
}

}  // namespace
}  // namespace slant::stats
