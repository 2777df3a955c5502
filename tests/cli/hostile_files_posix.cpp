// POSIX only: FIFOs and symbolic links are most of what it lays out.
// A shared folder where careless hands and broken disks left hostile files
// among real scorecards: nesting deeper than any parser should follow, a
// 7 MB attribute, a 1 GB file, binary junk, invalid UTF-8, a FIFO, dangling
// and looping links. compare still counts every real scorecard, names each
// hostile file with what is wrong, and changes nothing in the folder;
// validate refuses each with its name and, where there is one, its line.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <random>

#include <sys/stat.h>

using namespace extramile::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    BOOST_REQUIRE(out.flush());
}

std::string replaced(std::string text, const std::string& what, const std::string& with) {
    const auto at = text.find(what);
    BOOST_REQUIRE(at != std::string::npos);
    return text.replace(at, what.size(), with);
}

// Each hostile file and a phrase its warning must carry.
const std::map<std::string, std::string> hostile = {
    {"deep.scorecard.xml", "nested too deeply"},
    {"huge-attribute.scorecard.xml", "has no <rubric"},
    {"one-gigabyte.scorecard.xml", "reads files up to 8 MiB"},
    {"junk.scorecard.xml", "not valid UTF-8"},
    {"invalid-utf8.scorecard.xml", "not valid UTF-8"},
    {"pipe.scorecard.xml", "FIFO"},
    {"dangling.scorecard.xml", "No such file"},
    {"loop.scorecard.xml", "round in a loop"},
};

void lay_out_hostile_files(const fs::path& folder) {
    const std::string real = read_bytes(folder / "c-2--luca.scorecard.xml");
    const std::string head = R"(<?xml version="1.0" encoding="UTF-8"?>)"
                             "\n"
                             R"(<scorecard xmlns="urn:extramile:scorecard:1" id="x" revision="1" status="submitted">)";
    std::string deep = head;
    for (int i = 0; i < 100000; ++i)
        deep += "<x>";
    for (int i = 0; i < 100000; ++i)
        deep += "</x>";
    write(folder / "deep.scorecard.xml", deep + "</scorecard>\n");
    write(folder / "huge-attribute.scorecard.xml",
          replaced(head, "id=\"x\"", "id=\"" + std::string(7'000'000, 'a') + "\"") + "</scorecard>\n");
    { // sparse: 1 GiB on paper, nothing on the disk
        write(folder / "one-gigabyte.scorecard.xml", head);
        fs::resize_file(folder / "one-gigabyte.scorecard.xml", std::uintmax_t{1} << 30);
    }
    std::mt19937 random(6);
    std::string junk(64 * 1024, '\0');
    for (auto& c : junk)
        c = static_cast<char>(random());
    write(folder / "junk.scorecard.xml", junk);
    // A real scorecard of a candidate no one else scored, one byte broken in a note.
    write(folder / "invalid-utf8.scorecard.xml",
          replaced(replaced(real, "id=\"c-2\"", "id=\"c-8\""), "Notes by", "Notes \xC3\x28 by"));
    BOOST_REQUIRE(::mkfifo((folder / "pipe.scorecard.xml").c_str(), 0600) == 0);
    fs::create_symlink("gone/away.scorecard.xml", folder / "dangling.scorecard.xml");
    fs::create_symlink("loop.scorecard.xml", folder / "loop.scorecard.xml");
    // A link to a real scorecard elsewhere is followed, as a person expects.
    fs::create_directories(folder.parent_path() / "elsewhere");
    write(folder.parent_path() / "elsewhere" / "c-9.scorecard.xml",
          replaced(replaced(real, "id=\"c-2\"", "id=\"c-9\""), "8000-000000000003", "8000-0000000000c9"));
    fs::create_symlink("../elsewhere/c-9.scorecard.xml", folder / "linked.scorecard.xml");
}

// Name -> what is there, without following links or reading the 1 GB file.
std::map<std::string, std::string> snapshot(const fs::path& folder) {
    std::map<std::string, std::string> state;
    for (const auto& entry : fs::directory_iterator(folder)) {
        struct stat st {};
        BOOST_REQUIRE(::lstat(entry.path().c_str(), &st) == 0);
        std::string what = std::to_string(st.st_mode) + " " + std::to_string(st.st_size);
        if (S_ISLNK(st.st_mode))
            what += " -> " + fs::read_symlink(entry.path()).string();
        else if (S_ISREG(st.st_mode) && st.st_size < (1 << 24))
            what += " " + read_bytes(entry.path());
        state[entry.path().filename().string()] = what;
    }
    return state;
}

} // namespace

BOOST_AUTO_TEST_SUITE(hostile_files)

BOOST_AUTO_TEST_CASE(compare_counts_the_real_scorecards_names_the_rest_and_changes_nothing) {
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder);
    for (const auto& entry : fs::directory_iterator(data("panel")))
        fs::copy_file(entry.path(), folder / entry.path().filename());
    lay_out_hostile_files(folder);
    const auto before = snapshot(folder);

    const auto r = run_extramile({"compare", "--rubric", data("good/sample.rubric.xml").string(), "--format",
                                  "json", folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto result = json::parse(r.out);

    // The panel's hand-computed totals stand; the linked scorecard counts; the
    // broken one's candidate is not invented.
    std::map<std::string, double> totals;
    for (const auto& c : result["candidates"])
        totals[c["id"]] = c["total"].is_null() ? -1 : c["total"].get<double>();
    BOOST_TEST(totals.size() == 5u);
    BOOST_TEST(totals["c-1"] == 84.375);
    BOOST_TEST(totals["c-2"] == 40.625);
    BOOST_TEST(totals["c-3"] == 43.75);
    BOOST_TEST(totals.count("c-9") == 1u);
    BOOST_TEST(totals.count("c-8") == 0u);

    std::string warnings;
    for (const auto& w : result["warnings"])
        warnings += w.get<std::string>() + "\n";
    for (const auto& [name, phrase] : hostile) {
        const auto at = warnings.find(name);
        BOOST_TEST_REQUIRE(at != std::string::npos, name << " is not named in:\n" << warnings);
        const auto line_end = warnings.find('\n', at);
        BOOST_TEST(warnings.substr(at, line_end - at).find(phrase) != std::string::npos,
                   name << ": expected \"" << phrase << "\" in:\n" << warnings);
    }
    BOOST_TEST((snapshot(folder) == before), "compare changed the folder");
}

BOOST_AUTO_TEST_CASE(validate_refuses_each_with_its_name) {
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder);
    fs::copy_file(data("panel/c-2--luca.scorecard.xml"), folder / "c-2--luca.scorecard.xml");
    lay_out_hostile_files(folder);
    fs::remove(folder / "c-2--luca.scorecard.xml");
    const auto before = snapshot(folder);
    for (const auto& [name, phrase] : hostile) {
        const auto file = (folder / name).string();
        const auto r = run_extramile({"validate", file});
        BOOST_TEST(r.exit_code == 1, name);
        BOOST_TEST(r.err.starts_with(file + ":"), name << ": " << r.err.substr(0, 300));
        BOOST_TEST(r.err.find(phrase) != std::string::npos, name << ": " << r.err.substr(0, 300));
    }
    // Where the file has lines, the problem has one.
    const auto deep = run_extramile({"validate", (folder / "deep.scorecard.xml").string()});
    BOOST_TEST(deep.err.starts_with((folder / "deep.scorecard.xml").string() + ":2:"), deep.err);
    const auto broken = run_extramile({"validate", (folder / "invalid-utf8.scorecard.xml").string()});
    BOOST_TEST(broken.err.find(":10:") != std::string::npos, broken.err); // the note's line
    BOOST_TEST((snapshot(folder) == before), "validate changed the folder");
}

// A surrogate character reference passed validate, then made
// `compare --format json` print half a document and a type_error.316 and
// `compare --pdf` fail naming no file. Refused at reading now: the
// comparison of the others is whole, and the file is named.
BOOST_AUTO_TEST_CASE(an_invalid_character_reference_never_reaches_the_exports) {
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder);
    for (const auto& entry : fs::directory_iterator(data("panel")))
        fs::copy_file(entry.path(), folder / entry.path().filename());
    const auto bad = folder / "broken.scorecard.xml";
    write(bad, replaced(read_bytes(data("panel/c-1--luca.scorecard.xml")), "Ana Pérez", "Ana &#xD800; Pérez"));
    const auto pdf = scratch / "out.pdf";
    const auto r = run_extramile({"compare", "--rubric", data("good/sample.rubric.xml").string(), "--format", "json",
                                  "--pdf", pdf.string(), folder.string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(json::accept(r.out), r.out);
    BOOST_TEST(r.err.find("broken.scorecard.xml") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("surrogate") != std::string::npos, r.err);
    BOOST_TEST(fs::exists(pdf));
    const auto v = run_extramile({"validate", bad.string()});
    BOOST_TEST(v.exit_code == 1);
}

BOOST_AUTO_TEST_SUITE_END()
