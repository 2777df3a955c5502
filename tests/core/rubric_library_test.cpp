// Two rubrics under one id: the clash is reported, a lookup by id keeps
// finding the first, and a scorecard finds the text it was scored with.
#include "core/storage/rubric_library.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>

using namespace extramile;
using extramile::test::data;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

// The sample rubric in `folder`, its English title changed when `retitled`.
fs::path sample_in(const fs::path& folder, bool retitled) {
    fs::create_directories(folder);
    std::string text = read_bytes(data("good/sample.rubric.xml"));
    if (retitled) {
        const std::string title = ">Sample rubric<";
        text.replace(text.find(title), title.size(), ">Sample rubric, edited by hand<");
    }
    std::ofstream(folder / "sample.rubric.xml") << text;
    return folder / "sample.rubric.xml";
}

} // namespace

BOOST_AUTO_TEST_SUITE(rubric_library)

BOOST_AUTO_TEST_CASE(the_same_rubric_twice_is_no_clash) {
    ScratchFolder scratch;
    RubricLibrary library;
    library.add_folder(sample_in(scratch / "mine", false).parent_path());
    library.add_folder(sample_in(scratch / "shared", false).parent_path());
    BOOST_TEST(library.entries().size() == 2u);
    BOOST_TEST(library.problems().empty());
    BOOST_TEST(library.clashes("sample").empty());
}

// A hidden rubric file (an old copy put aside, half a save by another
// program) is passed over, as the folder walk of compare passes over hidden
// files: no second text under the id, no problem with a broken one.
BOOST_AUTO_TEST_CASE(hidden_rubric_files_are_passed_over) {
    ScratchFolder scratch;
    const auto folder = sample_in(scratch / "mine", false).parent_path();
    fs::rename(sample_in(scratch / "aside", true), folder / ".sample.rubric.xml");
    std::ofstream(folder / ".half.rubric.xml") << "<rubric xmlns=\"urn:extramile:rubric:1\" id=\"half";
    RubricLibrary library;
    library.add_folder(folder);
    BOOST_TEST(library.entries().size() == 1u);
    BOOST_TEST(library.problems().empty());
    BOOST_TEST(library.clashes("sample").empty());
}

BOOST_AUTO_TEST_CASE(two_texts_under_one_id_are_reported_and_both_kept) {
    ScratchFolder scratch;
    const auto first = sample_in(scratch / "mine", false);
    const auto second = sample_in(scratch / "shared", true);
    RubricLibrary library;
    library.add_folder(first.parent_path());
    library.add_folder(second.parent_path());

    BOOST_TEST_REQUIRE(library.problems().size() == 1u);
    const auto& clash = library.problems().front();
    BOOST_TEST(clash.file == second.string());
    BOOST_TEST(clash.message.find(first.string()) != std::string::npos, clash.message);
    BOOST_TEST(clash.message.find("own id, or a new version") != std::string::npos, clash.message);
    BOOST_TEST(library.clashes("sample").size() == 1u);
    BOOST_TEST(library.clashes("generosity").empty());

    // By id: the first. By a scorecard's record: the text it names.
    BOOST_TEST(library.find("sample")->path == first);
    const auto& edited = library.entries().back();
    BOOST_TEST(edited.path == second);
    BOOST_TEST(library.find(RubricRef{"sample", "1.0", edited.digest})->path == second);
    BOOST_TEST(library.find(RubricRef{"sample", "1.0", library.entries().front().digest})->path == first);
    // An unknown or missing digest falls back to id and version.
    BOOST_TEST(library.find(RubricRef{"sample", "1.0", "sha256:00"})->path == first);
    BOOST_TEST(library.find(RubricRef{"sample", "1.0", ""})->path == first);
}

// A library read on another thread, then put after the rubrics beside the
// scorecards (compare reads the installed rubrics while it lists the
// folder): the same entries, problems and clashes as adding the folders
// one after the other, its own clash counted once.
BOOST_AUTO_TEST_CASE(a_library_appended_is_as_its_folders_added_after) {
    ScratchFolder scratch;
    const auto beside = sample_in(scratch / "beside", false).parent_path();
    const auto installed = sample_in(scratch / "installed", true).parent_path();
    const auto also = sample_in(scratch / "also", false).parent_path(); // clashes with `installed` too
    std::ofstream(installed / "broken.rubric.xml") << "<rubric";

    RubricLibrary in_order;
    for (const auto& folder : {beside, installed, also})
        in_order.add_folder(folder);
    RubricLibrary later;
    later.add_folder(installed);
    later.add_folder(also);
    BOOST_TEST_REQUIRE(later.clashes("sample").size() == 1u); // `also` against `installed`, in `later` alone
    RubricLibrary appended;
    appended.add_folder(beside);
    appended.append(std::move(later));

    BOOST_TEST_REQUIRE(appended.entries().size() == in_order.entries().size());
    for (std::size_t i = 0; i < in_order.entries().size(); ++i) {
        BOOST_TEST(appended.entries()[i].path == in_order.entries()[i].path);
        BOOST_TEST(appended.entries()[i].digest == in_order.entries()[i].digest);
    }
    const auto texts = [](const std::vector<Problem>& problems) {
        std::multiset<std::string> out;
        for (const auto& p : problems)
            out.insert(p.to_string());
        return out;
    };
    BOOST_TEST(texts(appended.problems()) == texts(in_order.problems()), boost::test_tools::per_element());
    BOOST_TEST(texts(appended.clashes("sample")) == texts(in_order.clashes("sample")), boost::test_tools::per_element());
    BOOST_TEST(appended.clashes("sample").size() == 1u); // `installed` against `beside`; `also` is the same text as `beside`
    BOOST_TEST(appended.find("sample")->path == beside / "sample.rubric.xml");
}

BOOST_AUTO_TEST_SUITE_END()
