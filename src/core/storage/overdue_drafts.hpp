// Overdue scorecards: interviews held some days ago whose scorecards are
// still drafts, listed so HR can chase them without any server.
#pragma once

#include "core/scoring/scoring.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace extramile {

struct OverdueDraft {
    std::string interviewer;
    std::string candidate_key; // candidate_key()
    std::string candidate_id;
    std::string candidate_name;
    std::filesystem::path file;
    std::chrono::system_clock::time_point since; // when the draft's clock started
    bool since_file_time = false; // `since` is the file's last save (the scorecard records no time)
    int days = 0;                 // whole days from `since` to now
};

// A draft's age counts from when its interview began (session start) or,
// when it was reopened later, from its last reopening; a scorecard that
// records neither counts from its last save (the file's modification time).
// Drafts more than `days` days old are listed by interviewer, then
// candidate (names compared as candidates are grouped), then file. Of copies
// of one scorecard id (a sync engine's), the highest revision stands: a
// submitted one means nothing is overdue.
std::vector<OverdueDraft> overdue_drafts(const std::vector<ScorecardFile>& scorecards, int days,
                                         std::chrono::system_clock::time_point now);

// For blind review: each candidate becomes their blind code (blind_review.hpp)
// and no file is named; interviewers keep their names (they are chased).
void make_blind(std::vector<OverdueDraft>& drafts, const std::string& secret);

} // namespace extramile
