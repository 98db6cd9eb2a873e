// Snapshot diff by stable id and growth detection (core/inspect/diff.h).
#include <gtest/gtest.h>

#include "inspect/diff.h"

namespace heapscope {
namespace {

// Objects of `leaky` grow by `step` per sample; `churn` objects are replaced
// each time (new ids, same count); `cache` fills then is flushed.
Snapshot sample(int k, int step) {
  SnapshotBuilder b;
  uint32_t leaky = b.addSite("main.leaky", 12);
  uint32_t churn = b.addSite("main.churn", 30);
  uint32_t cache = b.addSite("main.fill", 40);
  for (int i = 0; i < 5 + k * step; ++i) b.addNode(1000 + i, ObjKind::Slice, "[]byte", 64, 1, leaky);
  for (int i = 0; i < 10; ++i) b.addNode(100000 + k * 100 + i, ObjKind::String, "string", 20, 1, churn);
  int cached = (k % 3) * 4;
  for (int i = 0; i < cached; ++i) b.addNode(200000 + k * 100 + i, ObjKind::Struct, "main.E", 32, 1, cache);
  b.setStep(static_cast<uint64_t>(k) * 1000);
  return b.finish();
}

TEST(InspectDiff, NewFreedAndGrownBySite) {
  Snapshot a = sample(1, 2), b = sample(2, 2);
  SnapshotDiff d = diffSnapshots(a, b);
  // leaky: 7 -> 9 (2 new); churn: 10 replaced; cache: 4 -> 8 (all new ids)
  EXPECT_EQ(d.added.size(), 2u + 10u + 8u);
  EXPECT_EQ(d.freed.size(), 10u + 4u);
  EXPECT_EQ(d.addedBytes, 2u * 64 + 10u * 20 + 8u * 32);
  ASSERT_FALSE(d.bySite.empty());
  EXPECT_EQ(d.bySite[0].name, "main.fill:40");  // +128 B
  EXPECT_EQ(d.bySite[0].bytesDelta(), 128);
  EXPECT_EQ(d.bySite[1].name, "main.leaky:12");
  EXPECT_EQ(d.bySite[1].countDelta(), 2);
  EXPECT_EQ(d.bySite[1].added, 2u);
  EXPECT_EQ(d.bySite[1].freed, 0u);
  const GroupDelta& churn = d.bySite[2];
  EXPECT_EQ(churn.name, "main.churn:30");
  EXPECT_EQ(churn.countDelta(), 0);
  EXPECT_EQ(churn.added, 10u);
  EXPECT_EQ(churn.freed, 10u);
  EXPECT_EQ(b.id[d.added[0]], 1007u);
  EXPECT_TRUE(d.resized.empty());
}

TEST(InspectDiff, ResizedObjectsAreReported) {
  SnapshotBuilder x, y;
  x.addNode(1, ObjKind::Map, "map[int]int", 100);
  y.addNode(1, ObjKind::Map, "map[int]int", 400);
  SnapshotDiff d = diffSnapshots(x.finish(), y.finish());
  ASSERT_EQ(d.resized.size(), 1u);
  ASSERT_EQ(d.byType.size(), 1u);
  EXPECT_EQ(d.byType[0].bytesDelta(), 300);
}

TEST(InspectGrowth, FlagsSteadyGrowthOnly) {
  std::vector<Snapshot> series;
  for (int k = 0; k < 6; ++k) series.push_back(sample(k, 3));
  std::vector<const Snapshot*> ptrs;
  for (const Snapshot& s : series) ptrs.push_back(&s);
  std::vector<SuspectedLeak> leaks = detectGrowth(ptrs);
  ASSERT_EQ(leaks.size(), 1u);
  EXPECT_EQ(leaks[0].site, "main.leaky:12");
  EXPECT_EQ(leaks[0].counts, (std::vector<uint64_t>{5, 8, 11, 14, 17, 20}));
  EXPECT_EQ(leaks[0].growth, 15u);
  EXPECT_DOUBLE_EQ(leaks[0].slope, 3.0);
  EXPECT_EQ(leaks[0].bytes.back(), 20u * 64);
}

TEST(InspectGrowth, NeedsEnoughSamplesAndWindow) {
  GrowthTracker t;
  t.addSample(sample(0, 5));
  t.addSample(sample(1, 5));
  EXPECT_TRUE(t.suspects().empty());  // 2 < minSamples
  t.addSample(sample(2, 5));
  // 3 samples: main.leaky (5, 10, 15) and, so far, main.fill (0, 4, 8) rise.
  std::vector<SuspectedLeak> now = t.suspects();
  ASSERT_EQ(now.size(), 2u);
  EXPECT_EQ(now[0].site, "main.leaky:12");  // larger byte growth first
  EXPECT_EQ(now[1].site, "main.fill:40");
  // A flat window: the leak stopped growing.
  for (int k = 0; k < 4; ++k) t.addSample(sample(2, 5));
  GrowthOptions o;
  o.window = 4;
  EXPECT_TRUE(t.suspects(o).empty());
  EXPECT_EQ(t.samples(), 7u);
}

TEST(InspectGrowth, SiteDisappearingRecordsZero) {
  GrowthTracker t;
  SnapshotBuilder b1;
  uint32_t s1 = b1.addSite("main.once", 3);
  b1.addNode(1, ObjKind::String, "string", 10, 1, s1);
  t.addSample(b1.finish());
  for (int k = 0; k < 3; ++k) {
    SnapshotBuilder b;
    uint32_t s = b.addSite("main.grow", 4);
    for (int i = 0; i <= k * 4; ++i) b.addNode(100 + k * 10 + i, ObjKind::String, "string", 10, 1, s);
    t.addSample(b.finish());
  }
  auto leaks = t.suspects();
  ASSERT_EQ(leaks.size(), 1u);
  EXPECT_EQ(leaks[0].site, "main.grow:4");
  EXPECT_EQ(leaks[0].counts, (std::vector<uint64_t>{0, 1, 5, 9}));
}

// The sampler of `run --leaks` feeds per-site totals and halves its samples
// when it doubles its interval (shell/cli/cli_heap.cpp).
TEST(InspectGrowth, SiteCountsAndDroppingOddSamples) {
  GrowthTracker t;
  std::vector<std::string> names{"(runtime)", "main.grow:4", "main.flat:9"};
  for (uint64_t k = 0; k < 7; ++k) t.addSiteCounts(names, {1, 10 * k, 5}, {8, 80 * k, 40});
  EXPECT_EQ(t.samples(), 7u);
  t.dropOddSamples();
  EXPECT_EQ(t.samples(), 4u);
  auto leaks = t.suspects();
  ASSERT_EQ(leaks.size(), 1u);
  EXPECT_EQ(leaks[0].site, "main.grow:4");
  EXPECT_EQ(leaks[0].counts, (std::vector<uint64_t>{0, 20, 40, 60}));  // samples 0, 2, 4, 6 (0: none yet)
  EXPECT_EQ(leaks[0].bytes.back(), 480u);
}

}  // namespace
}  // namespace heapscope
