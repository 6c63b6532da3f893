#include "lexicon/edge_table.h"

namespace slant::lexicon {

EdgeTable::Hash::Hash(std::uint32_t parent) : value_(14695981039346656037ull) {
  for (int shift = 0; shift < 32; shift += 8) Add(static_cast<char>((parent >> shift) & 0xFF));
}

void EdgeTable::Insert(std::uint32_t parent, std::string_view text, std::uint64_t hash,
                       std::uint32_t child) {
  if ((size_ + 1) * 2 > slots_.size()) Grow();  // load factor at most one half
  Slot slot;
  slot.hash = hash;
  slot.parent = parent;
  slot.child = child;
  slot.text_begin = static_cast<std::uint32_t>(texts_.size());
  slot.text_size = static_cast<std::uint32_t>(text.size());
  texts_.append(text);
  std::size_t i = hash & slot_mask_;
  while (slots_[i].child != kNone) i = (i + 1) & slot_mask_;
  slots_[i] = slot;
  ++size_;
  const std::uint64_t filter_bit = (hash >> 20) & filter_mask_;
  filter_[filter_bit >> 6] |= std::uint64_t{1} << (filter_bit & 63);
}

void EdgeTable::Grow() {
  std::vector<Slot> old = std::move(slots_);
  const std::size_t capacity = old.empty() ? 64 : old.size() * 2;
  slots_.assign(capacity, Slot{});
  slot_mask_ = capacity - 1;
  // 16 filter bits per slot of capacity: 8 to 16 per edge, a few percent false positives.
  filter_.assign(capacity * 16 / 64, 0);
  filter_mask_ = capacity * 16 - 1;
  for (const Slot& slot : old) {
    if (slot.child == kNone) continue;
    std::size_t i = slot.hash & slot_mask_;
    while (slots_[i].child != kNone) i = (i + 1) & slot_mask_;
    slots_[i] = slot;
    const std::uint64_t filter_bit = (slot.hash >> 20) & filter_mask_;
    filter_[filter_bit >> 6] |= std::uint64_t{1} << (filter_bit & 63);
  }
}

}  // namespace slant::lexicon
