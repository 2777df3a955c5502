// Scorecards written for the calibration tests of the command line and the
// view: submitted scorecards of the sample rubric (tests/data/good; giving
// weight 2, service 1, trust 1; scale 1-5), and the hand-worked case both
// check their numbers against.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace extramile::test {

// One interviewer's submitted scorecard of `candidate`; with
// `recommendation` ("yes", "no"...) it records one.
inline void write_sample_scorecard(const std::filesystem::path& folder, const std::string& candidate,
                                   const std::string& name, const std::string& interviewer, int giving, int service,
                                   int trust, const std::string& recommendation = {}) {
    static int serial = 0;
    char id[64];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++serial);
    std::ofstream out(folder / (candidate + "--" + interviewer + ".scorecard.xml"));
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<scorecard xmlns=\"urn:extramile:scorecard:1\" id=\""
        << id << "\" revision=\"1\" status=\"submitted\">\n  <rubric id=\"sample\" version=\"1.0\"/>\n  <candidate id=\""
        << candidate << "\" name=\"" << name << "\"/>\n  <interviewer name=\"" << interviewer << "\"/>\n"
        << "  <rating competency=\"giving\" value=\"" << giving << "\"/>\n"
        << "  <rating competency=\"service\" value=\"" << service << "\"/>\n"
        << "  <rating competency=\"trust\" value=\"" << trust << "\"/>\n";
    if (!recommendation.empty())
        out << "  <recommendation value=\"" << recommendation << "\"/>\n";
    out << "</scorecard>\n";
}

// The hand-worked case, written into `folder`: Ana rates 2 above Bo on x and
// 1 above on y, on all three competencies; Ana alone saw w; Cleo alone saw z.
// Offsets: the mean difference 1.5 split, +-0.75. Residuals +-0.25 on all
// 12 shared ratings: RSS 0.75 on 12 - 6 cells - 1 = 5 df, sigma^2 = 0.15.
// C = 6 x [[.5,-.5],[-.5,.5]], C+ = C/36, so Var = 0.15/12, SE = 0.111803;
// t(0.975, 5) = 2.570582: [0.462598, 1.037402] excludes 0 and 0.75 >= 0.5:
// Ana lenient, Bo severe, Cleo no offset. w: raw 5 everywhere (total 100),
// adjusted 4.25 (total 81.25). With `recommendations`, each says yes when
// rating 4 or more, else no.
inline std::filesystem::path hand_worked_calibration(const std::filesystem::path& folder,
                                                     bool recommendations = false) {
    std::filesystem::create_directories(folder);
    const auto card = [&](const char* candidate, const char* name, const char* interviewer, int all) {
        write_sample_scorecard(folder, candidate, name, interviewer, all, all, all,
                               recommendations ? (all >= 4 ? "yes" : "no") : "");
    };
    card("x", "Xavier Ruiz", "Ana", 4);
    card("x", "Xavier Ruiz", "Bo", 2);
    card("y", "Yolanda Rossi", "Ana", 5);
    card("y", "Yolanda Rossi", "Bo", 4);
    card("w", "Walter Gil", "Ana", 5);
    card("z", "Zoe Conti", "Cleo", 5);
    return folder;
}

} // namespace extramile::test
