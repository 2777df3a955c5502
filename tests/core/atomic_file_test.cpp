// AtomicFile and read_file_limited, on real files in a fresh folder per
// test: the cases every platform runs (atomic_file_posix.cpp and
// atomic_file_windows.cpp have the rest).
#include "atomic_file_cases.hpp"

#include "core/storage/atomic_file.hpp"

#include <boost/test/unit_test.hpp>

using namespace atomic_file_cases;
using extramile::AtomicFile;
using extramile::FileError;
using extramile::read_file_limited;
using extramile::write_file_atomically;

BOOST_AUTO_TEST_SUITE(atomic_file)

// Files are read straight into the text returned, in as few reads as their
// size allows: every byte comes back, whatever the size relative to those
// reads, and a file's head is at most what was asked.
BOOST_FIXTURE_TEST_CASE(every_byte_of_a_file_is_read_whatever_its_size, TempFolder) {
    for (std::size_t size : {0u, 1u, 15u, 16u, 4095u, 4096u, 4097u, 8193u, 65535u, 65536u, 65537u, 300000u}) {
        const fs::path file = dir / ("f" + std::to_string(size) + ".xml");
        std::string text(size, 'x');
        for (std::size_t i = 0; i < size; ++i)
            text[i] = static_cast<char>('a' + i % 26);
        spit(file, text);
        BOOST_TEST((read_file_limited(file) == text), "size " << size);
        BOOST_TEST((extramile::read_file_head(file, 4096) == text.substr(0, 4096)), "size " << size);
        if (size > 10)
            BOOST_CHECK_THROW(read_file_limited(file, size - 1), FileError);
    }
}

BOOST_FIXTURE_TEST_CASE(original_survives_an_exception_mid_write, TempFolder) {
    const fs::path target = dir / "ana.scorecard.xml";
    const std::string original = version_text(1, 4096);
    spit(target, original);
    const std::string replacement = version_text(2, 8192);

    try {
        AtomicFile file(target);
        file.write(std::string_view(replacement).substr(0, replacement.size() / 2));
        throw std::runtime_error("simulated failure while building the XML");
    } catch (const std::runtime_error&) {
    }

    // Parenthesised: on failure, don't print kilobytes of filler.
    BOOST_TEST((slurp(target) == original));
    BOOST_TEST(names_in(dir) == std::vector<std::string>{"ana.scorecard.xml"},
               boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(no_temp_file_is_left_after_commit, TempFolder) {
    const fs::path target = dir / "mo.scorecard.xml";
    spit(target, "old");
    AtomicFile file(target);
    const std::string temp_name = file.temp_path().filename().string();
    BOOST_TEST(temp_name.size() == std::string(".mo.scorecard.xml.XXXXXX.tmp").size());
    BOOST_TEST(temp_name.rfind(".mo.scorecard.xml.", 0) == 0u);
    BOOST_TEST(temp_name.substr(temp_name.size() - 4) == ".tmp");
    BOOST_TEST(names_in(dir).size() == 2u);

    file.write("new");
    file.commit();
    BOOST_TEST(names_in(dir) == std::vector<std::string>{"mo.scorecard.xml"},
               boost::test_tools::per_element());
    BOOST_TEST(slurp(target) == "new");
}

// The temporary adds 12 bytes to the name; a name near the 255-byte limit
// must still save, with the temporary's copy cut between characters.
BOOST_FIXTURE_TEST_CASE(long_file_name_still_saves, TempFolder) {
    std::string name;
    while (name.size() < 244) // byte 243 is then the middle of an "ñ"
        name += "ñ";
    name += ".xml";
    const fs::path target = dir / extramile::test::utf8_name(name);
    AtomicFile file(target);
    const std::string temp_name = file.temp_path().filename().string();
    BOOST_TEST(temp_name.size() <= 255u);
    BOOST_TEST(temp_name.rfind("." + name.substr(0, 242) + ".", 0) == 0u);
    file.write("long");
    file.commit();
    BOOST_TEST(slurp(target) == "long");
    BOOST_TEST(names_in(dir) == std::vector<std::string>{name}, boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(commit_twice_or_write_after_commit_is_a_logic_error, TempFolder) {
    AtomicFile file(dir / "x.xml");
    file.write("x");
    file.commit();
    BOOST_CHECK_THROW(file.commit(), std::logic_error);
    BOOST_CHECK_THROW(file.write("y"), std::logic_error);
    BOOST_TEST(slurp(dir / "x.xml") == "x");
}

BOOST_FIXTURE_TEST_CASE(a_folder_is_not_a_target, TempFolder) {
    fs::create_directories(dir / "sub");
    BOOST_CHECK_THROW(AtomicFile{dir / "sub"}, FileError);
    BOOST_TEST(fs::is_directory(dir / "sub"));
}

BOOST_FIXTURE_TEST_CASE(missing_folder_is_reported_at_construction, TempFolder) {
    const fs::path folder = dir / "no-such-folder";
    try {
        AtomicFile file(folder / "x.scorecard.xml");
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST_INFO(message_of(e));
        BOOST_TEST(contains(message_of(e), folder.string()));
        BOOST_TEST(contains(message_of(e), "does not exist"));
    }
    BOOST_TEST(!fs::exists(folder));
}

BOOST_FIXTURE_TEST_CASE(read_refuses_files_over_the_limit, TempFolder) {
    const fs::path file = dir / "a.xml";
    spit(file, std::string(16, 'x'));
    BOOST_TEST(read_file_limited(file, 16) == std::string(16, 'x'));
    spit(file, std::string(17, 'x'));
    try {
        read_file_limited(file, 16);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == file.string() + " is 17 bytes; Extra Mile reads files up to "
                                                    "16 bytes. Is this really a rubric or "
                                                    "scorecard?");
    }

    // Sparse, so the default 8 MiB limit costs no disk.
    const fs::path huge = dir / "huge.xml";
    spit(huge, "");
    fs::resize_file(huge, 9 * 1024 * 1024);
    try {
        read_file_limited(huge);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == huge.string() + " is 9 MiB; Extra Mile reads files up to "
                                                    "8 MiB. Is this really a rubric or "
                                                    "scorecard?");
    }
}

BOOST_FIXTURE_TEST_CASE(read_refuses_a_folder, TempFolder) {
    try {
        read_file_limited(dir);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == dir.string() + " is not a regular file (it is a folder); "
                                                   "choose the XML file itself.");
    }
}

BOOST_FIXTURE_TEST_CASE(read_reports_a_missing_file, TempFolder) {
    const fs::path missing = dir / "gone.scorecard.xml";
    try {
        read_file_limited(missing);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == "No such file: " + missing.string());
        BOOST_TEST(e.problems().front().file == missing.string());
        BOOST_TEST(e.problems().front().line == 0);
    }
}

BOOST_FIXTURE_TEST_CASE(read_returns_utf8_exactly, TempFolder) {
    const std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<nota>Puntuación: «excelente», señora Núñez; acción, niño.\n"
                             "Città, perché, già, più; è così.</nota>\n";
    const fs::path file = dir / "notas-año.scorecard.xml";
    write_file_atomically(file, text);
    BOOST_TEST(read_file_limited(file) == text);
    BOOST_TEST(slurp(file) == text);
    spit(dir / "empty.xml", "");
    BOOST_TEST(read_file_limited(dir / "empty.xml").empty());
}

BOOST_FIXTURE_TEST_CASE(leftover_temporaries_of_one_file_are_removed_and_nothing_else, TempFolder) {
    const fs::path target = dir / "ana.scorecard.xml";
    spit(target, version_text(1, 200));
    // What killed saves of ana leave, and neighbours that must survive: another
    // file's temporary, ana's lock, a name that only looks alike.
    for (const char* name : {".ana.scorecard.xml.Ab12Cd.tmp", ".ana.scorecard.xml.zz99yy.tmp",
                             ".bob.scorecard.xml.Ab12Cd.tmp", ".ana.scorecard.xml.lock",
                             ".ana.scorecard.xml.toolong7.tmp", "ana.scorecard.xml.Ab12Cd.tmp"})
        spit(dir / name, "x");
    fs::create_directory(dir / ".ana.scorecard.xml.fold3r.tmp"); // not a file: left alone

    const auto removed = extramile::remove_leftover_temporaries(target);

    BOOST_TEST(removed.size() == 2u);
    const std::vector<std::string> expected = {".ana.scorecard.xml.fold3r.tmp", ".ana.scorecard.xml.lock",
                                               ".ana.scorecard.xml.toolong7.tmp",
                                               ".bob.scorecard.xml.Ab12Cd.tmp", "ana.scorecard.xml",
                                               "ana.scorecard.xml.Ab12Cd.tmp"};
    BOOST_TEST(names_in(dir) == expected, boost::test_tools::per_element());
    BOOST_TEST(slurp(target) == version_text(1, 200));
}

BOOST_AUTO_TEST_SUITE_END()
