// A shared folder carried by a sync engine: the copies Nextcloud, Syncthing,
// Dropbox and OneDrive leave beside a scorecard, under the names they really
// give them (the marker before the last extension, so they do not end in
// ".scorecard.xml"), are counted once; a real conflict (one revision, two
// contents) is named in the warnings; a higher revision that lives only in a
// copy counts, and says so. tests/sync has the same with a real Syncthing.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace extramile::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& text) { std::ofstream(file) << text; }

std::string replaced(std::string text, const std::string& what, const std::string& with) {
    const auto at = text.find(what);
    BOOST_REQUIRE(at != std::string::npos);
    return text.replace(at, what.size(), with);
}

json compare(const fs::path& folder) {
    auto r = run_extramile({"compare", "--rubric", data("good/sample.rubric.xml").string(), "--format", "json",
                            folder.string()});
    BOOST_REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

} // namespace

BOOST_AUTO_TEST_SUITE(sync_conflicts)

BOOST_AUTO_TEST_CASE(conflict_copies_are_counted_once_and_named) {
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder);
    for (const auto& entry : fs::directory_iterator(data("panel")))
        fs::copy_file(entry.path(), folder / entry.path().filename());
    const auto original = read_bytes(folder / "c-1--luca.scorecard.xml"); // revision 3
    // Nextcloud's copy of an older revision, with another rating.
    write(folder / "c-1--luca.scorecard (conflicted copy 2026-11-22 101010).xml",
          replaced(replaced(original, "revision=\"3\"", "revision=\"2\""), "competency=\"trust\" value=\"5\"",
                   "competency=\"trust\" value=\"1\""));
    // Syncthing's copy of the same revision whose notes differ.
    write(folder / "c-1--luca.scorecard.sync-conflict-20261122-101010-ABCDEF7.xml",
          replaced(original, "Notes by Luca Bianchi on Ana Pérez.", "Notes changed on another laptop."));

    const auto result = compare(folder);
    // Ana still has two interviewers and the total of the hand computation.
    const auto& ana = result["candidates"][0];
    BOOST_TEST(ana["name"] == "Ana Pérez");
    BOOST_TEST(ana["interviewers"].size() == 2u);
    BOOST_TEST(ana["total"].get<double>() == 84.375);
    std::string warnings;
    for (const auto& w : result["warnings"])
        warnings += w.get<std::string>() + "\n";
    BOOST_TEST(warnings.find("(conflicted copy 2026-11-22 101010).xml (Nextcloud's copy of c-1--luca.scorecard.xml) "
                             "is an older or identical copy") !=
                   std::string::npos,
               warnings);
    BOOST_TEST(warnings.find("conflict: ") != std::string::npos, warnings);
    BOOST_TEST(warnings.find("sync-conflict-20261122-101010-ABCDEF7.xml") != std::string::npos, warnings);
    BOOST_TEST(warnings.find("with different content") != std::string::npos, warnings);
}

BOOST_AUTO_TEST_CASE(a_byte_for_byte_copy_is_no_conflict) {
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder);
    for (const auto& entry : fs::directory_iterator(data("panel")))
        fs::copy_file(entry.path(), folder / entry.path().filename());
    fs::copy_file(folder / "c-1--luca.scorecard.xml", folder / "c-1--luca.scorecard (1).xml");
    const auto result = compare(folder);
    std::string warnings;
    for (const auto& w : result["warnings"])
        warnings += w.get<std::string>() + "\n";
    BOOST_TEST(warnings.find("conflict: ") == std::string::npos, warnings);
    BOOST_TEST(warnings.find("c-1--luca.scorecard (1).xml") != std::string::npos, warnings);
    BOOST_TEST(result["candidates"][0]["interviewers"].size() == 2u);
}

// Syncthing named its copy of an edit made on both sides
// "ana-luca.scorecard.sync-conflict-20261201-081323-4OPKA3A.xml": compare
// never read it, so a higher revision that lived only there was ignored.
BOOST_AUTO_TEST_CASE(a_higher_revision_in_a_copy_counts_and_is_named) {
    for (const std::string copy : {"c-1--luca.scorecard.sync-conflict-20261201-081323-4OPKA3A.xml",
                                   "c-1--luca.scorecard (Luca's conflicted copy 2026-12-01).xml",
                                   "c-1--luca.scorecard-LAPTOP-3.xml", "c-1--luca.scorecard (conflicted copy luca 2026-12-01 081323).xml",
                                   "interview mailed by Luca.xml"}) {
        ScratchFolder scratch;
        const auto folder = scratch / "round";
        fs::create_directories(folder);
        for (const auto& entry : fs::directory_iterator(data("panel")))
            fs::copy_file(entry.path(), folder / entry.path().filename());
        const auto original = read_bytes(folder / "c-1--luca.scorecard.xml"); // revision 3, trust 5
        write(folder / copy, replaced(replaced(original, "revision=\"3\"", "revision=\"4\""),
                                      "competency=\"trust\" value=\"5\"", "competency=\"trust\" value=\"1\""));
        const auto result = compare(folder);
        const auto& ana = result["candidates"][0]["name"] == "Ana Pérez" ? result["candidates"][0]
                                                                          : result["candidates"][1];
        BOOST_TEST(ana["name"] == "Ana Pérez");
        BOOST_TEST(ana["interviewers"].size() == 2u, copy);
        // Luca's trust is 1 in the copy (revision 4), Marta's 4: mean 2.5.
        BOOST_TEST(ana["competencies"]["trust"]["mean"].get<double>() == 2.5, copy);
        std::string warnings;
        for (const auto& w : result["warnings"])
            warnings += w.get<std::string>() + "\n";
        BOOST_TEST(warnings.find(copy) != std::string::npos, copy << ":\n" << warnings);
        BOOST_TEST(warnings.find("was counted") != std::string::npos, warnings);
    }
}

BOOST_AUTO_TEST_SUITE_END()
