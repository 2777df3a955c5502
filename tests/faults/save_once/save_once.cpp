// save_once SOURCE TARGET: reads the scorecard SOURCE and saves it over
// TARGET exactly as the app's autosave does (save_scorecard). Before saving
// it writes "saving" on stderr: the fault test counts the save's system
// calls from that mark and kills this program at each of them in turn.
#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <iostream>

#include <unistd.h>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: save_once SOURCE TARGET\n";
        return 2;
    }
    try {
        extramile::Scorecard scorecard = extramile::read_scorecard(argv[1]);
        const char mark[] = "saving\n";
        if (::write(2, mark, sizeof mark - 1) < 0)
            return 3;
        extramile::save_scorecard(argv[2], scorecard);
    } catch (const extramile::FileError& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
