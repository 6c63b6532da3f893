#ifndef SLANT_LEXICON_EDGE_TABLE_H_
#define SLANT_LEXICON_EDGE_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace slant::lexicon {

// The matcher's trie edges: (parent node, token text) -> child node, in one open-addressing
// table. Built for the matcher's access pattern, where almost every lookup misses (most
// tokens are in no lexicon):
//  - keys are hashed incrementally (Hash::Add), so all prefixes of a token are hashed in one
//    pass over its bytes;
//  - a small bit filter in front of the table answers most misses from cache without touching
//    the table, which for a 100k-entry lexicon is larger than the CPU cache.
class EdgeTable {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  // 64-bit FNV-1a over the parent id and then the text's bytes.
  class Hash {
   public:
    explicit Hash(std::uint32_t parent);
    void Add(char byte) {
      value_ ^= static_cast<unsigned char>(byte);
      value_ *= 1099511628211ull;
    }
    void Add(std::string_view bytes) {
      for (char b : bytes) Add(b);
    }
    std::uint64_t value() const { return value_; }

   private:
    std::uint64_t value_;
  };

  // Adds an edge, or returns the existing child; `make_child` supplies a new node id.
  template <typename MakeChild>
  std::uint32_t FindOrAdd(std::uint32_t parent, std::string_view text, MakeChild make_child) {
    Hash hash(parent);
    hash.Add(text);
    if (const std::uint32_t child = Find(parent, text, hash.value()); child != kNone) return child;
    const std::uint32_t child = make_child();
    Insert(parent, text, hash.value(), child);
    return child;
  }

  // The child for (parent, text) whose hash is `hash`, or kNone.
  std::uint32_t Find(std::uint32_t parent, std::string_view text, std::uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const std::uint64_t filter_bit = (hash >> 20) & filter_mask_;
    if ((filter_[filter_bit >> 6] & (std::uint64_t{1} << (filter_bit & 63))) == 0) return kNone;
    for (std::size_t i = hash & slot_mask_;; i = (i + 1) & slot_mask_) {
      const Slot& slot = slots_[i];
      if (slot.child == kNone) return kNone;
      if (slot.hash == hash && slot.parent == parent && Text(slot) == text) return slot.child;
    }
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t parent = 0;
    std::uint32_t child = kNone;
    std::uint32_t text_begin = 0;  // into texts_
    std::uint32_t text_size = 0;
  };

  std::string_view Text(const Slot& slot) const {
    return std::string_view(texts_).substr(slot.text_begin, slot.text_size);
  }
  void Insert(std::uint32_t parent, std::string_view text, std::uint64_t hash, std::uint32_t child);
  void Grow();

  std::vector<Slot> slots_;
  std::size_t slot_mask_ = 0;
  std::size_t size_ = 0;
  std::string texts_;
  std::vector<std::uint64_t> filter_;  // one bit per hash bucket, 8+ bits per edge
  std::uint64_t filter_mask_ = 0;
};

}  // namespace slant::lexicon

#endif  // SLANT_LEXICON_EDGE_TABLE_H_
