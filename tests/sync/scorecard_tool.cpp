// What an interviewer's program does to the files of a synced folder, for
// the Syncthing test: scorecards made and edited through core's own
// save_scorecard, as the app writes them.
//   scorecard_tool new FOLDER CANDIDATE INTERVIEWER [draft]   prints the new file's path
//   scorecard_tool edit FILE COMPETENCY VALUE NOTE    rates, notes, saves (revision + 1)
//   scorecard_tool rating FILE COMPETENCY             prints the rating
#include "core/base/file_error.hpp"
#include "core/storage/new_interview.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <iostream>
#include <string>

using namespace extramile;

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    try {
        if (command == "new" && (argc == 5 || argc == 6)) {
            RubricEntry sample;
            sample.rubric.id = "sample";
            sample.rubric.version = "1.0";
            auto scorecard = new_scorecard(sample, {argv[3], "", "Store manager", argv[4]});
            for (const char* competency : {"giving", "service", "trust"})
                scorecard.rate(competency, 3);
            scorecard.set_note("giving.four-people", std::string("Notes by ") + argv[4]);
            if (argc == 5)
                scorecard.submit("2026-12-01T08:00:00Z");
            std::cout << create_scorecard_file(argv[2], scorecard).string() << "\n";
            return 0;
        }
        if (command == "edit" && argc == 6) {
            auto scorecard = read_scorecard(argv[2]);
            scorecard.rate(argv[3], std::stoi(argv[4]));
            scorecard.set_note("giving.four-people", argv[5]);
            save_scorecard(argv[2], scorecard);
            return 0;
        }
        if (command == "rating" && argc == 4) {
            const auto* rating = read_scorecard(argv[2]).rating_for(argv[3]);
            std::cout << (rating && rating->value ? std::to_string(*rating->value) : "-") << "\n";
            return 0;
        }
    } catch (const FileError& e) {
        std::cerr << describe(e.problems());
        return 1;
    }
    std::cerr << "usage: scorecard_tool new FOLDER CANDIDATE INTERVIEWER | edit FILE COMPETENCY VALUE NOTE | "
                 "rating FILE COMPETENCY\n";
    return 2;
}
