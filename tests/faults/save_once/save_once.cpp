// save_once SOURCE TARGET: reads the scorecard SOURCE and saves it over
// TARGET exactly as the app's autosave does: TARGET opened as an editor
// opens it (TrackedFile: a link followed once), then one save of the next
// revision over the version just read (AtomicFile::commit_if, with its
// RENAME_EXCHANGE). Before saving it writes "saving" on stderr: the fault
// test counts the save's system calls from that mark and kills this program
// at each of them in turn.
#include "core/base/file_error.hpp"
#include "core/storage/tracked_file.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <system_error>

#include <iostream>

#include <unistd.h>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: save_once SOURCE TARGET\n";
        return 2;
    }
    try {
        extramile::Scorecard scorecard = extramile::read_scorecard(argv[1]);
        std::error_code missing;
        std::string bytes;
        auto file = std::filesystem::exists(argv[2], missing) ? extramile::TrackedFile::open(argv[2], bytes)
                                                               : extramile::TrackedFile::create(argv[2]);
        ++scorecard.revision; // as save_scorecard numbers it: the fault test knows the bytes to expect
        const auto xml = extramile::scorecard_to_xml(scorecard);
        const char mark[] = "saving\n";
        if (::write(2, mark, sizeof mark - 1) < 0)
            return 3;
        if (file.save(xml)) {
            std::cerr << "the file changed before the save\n";
            return 4;
        }
    } catch (const extramile::FileError& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
