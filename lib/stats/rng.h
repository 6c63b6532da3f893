#ifndef SLANT_STATS_RNG_H_
#define SLANT_STATS_RNG_H_

#include <array>
#include <cstddef>
#include <cstdint>

namespace slant::stats {

// The seed used when the user gives none.
inline constexpr std::uint64_t kDefaultSeed = 1;

// The random stream behind every resampling function: the same seed gives the same draws on
// every platform and compiler, because every step is written out here. (std::mt19937_64 would
// be reproducible too, but it is 5× slower on our machines; std::uniform_int_distribution is
// not reproducible at all, each standard library maps bits to integers its own way.)
//
// Engine: xoshiro256++ (Blackman & Vigna, "Scrambled linear pseudorandom number generators",
// ACM TOMS 47(4), 2021; reference code xoshiro256plusplus.c), its 256-bit state filled with
// four outputs of SplitMix64 from the seed, as its authors recommend.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (std::uint64_t& word : state_) word = SplitMix64(seed);
  }

  // A generator with the given state (not all zero), for checking against reference outputs.
  static Rng FromState(const std::array<std::uint64_t, 4>& state) { return Rng(state); }

  // The engine's next 64-bit output.
  std::uint64_t Next64() {
    const std::uint64_t result = Rotl(state_[0] + state_[3], 23) + state_[0];
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = Rotl(state_[3], 45);
    return result;
  }

  // The next 32 random bits: each 64-bit output serves twice, low half first.
  std::uint32_t Next32() {
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    const std::uint64_t word = Next64();
    spare_ = static_cast<std::uint32_t>(word >> 32);
    has_spare_ = true;
    return static_cast<std::uint32_t>(word);
  }

  // A uniform integer in [0, n), for 1 <= n <= 2^32 − 1; 0 for n = 0. Lemire's
  // multiply-and-reject on Next32() ("Fast random integer generation in an interval", ACM
  // TOMACS 29(1), 2019): exactly uniform, and no division except in the rare rejection test.
  std::uint32_t Below(std::uint32_t n) {
    if (n == 0) return 0;
    std::uint64_t product = std::uint64_t{Next32()} * n;
    auto low = static_cast<std::uint32_t>(product);
    if (low < n) {
      const std::uint32_t threshold = (0U - n) % n;  // 2^32 mod n
      while (low < threshold) {
        product = std::uint64_t{Next32()} * n;
        low = static_cast<std::uint32_t>(product);
      }
    }
    return static_cast<std::uint32_t>(product >> 32);
  }

  // Advances the stream by 2^128 outputs (the reference jump() of xoshiro256plusplus.c): the
  // streams Rng(seed), then jumped once, twice, ... never overlap in any feasible run, which
  // is how blocks of resamples get streams of their own (stats/blocks.h).
  void Jump() {
    constexpr std::uint64_t kJump[] = {0x180ec6d33cfd0abaU, 0xd5a61266f0c9392cU,
                                       0xa9582618e03fc9aaU, 0x39abdc4529b1661cU};
    std::array<std::uint64_t, 4> jumped{};
    for (std::uint64_t word : kJump) {
      for (int bit = 0; bit < 64; ++bit) {
        if ((word >> bit) & 1U) {
          for (std::size_t i = 0; i < 4; ++i) jumped[i] ^= state_[i];
        }
        Next64();
      }
    }
    state_ = jumped;
    has_spare_ = false;
  }

  // One SplitMix64 step (Steele, Lea & Flood 2014; Vigna's splitmix64.c): advances `state`
  // and returns the next output.
  static std::uint64_t SplitMix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15U);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9U;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebU;
    return z ^ (z >> 31);
  }

 private:
  explicit Rng(const std::array<std::uint64_t, 4>& state) : state_(state) {}
  static std::uint64_t Rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

  std::array<std::uint64_t, 4> state_{};
  std::uint32_t spare_ = 0;
  bool has_spare_ = false;
};

}  // namespace slant::stats

#endif  // SLANT_STATS_RNG_H_
