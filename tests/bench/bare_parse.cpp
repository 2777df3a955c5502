// The limit for `extramile compare`: reading and parsing the same files with
// tinyxml2 in one thread, doing nothing with them. Prints the file count.
//     bench_bare_parse FOLDER
#include <tinyxml2.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_bare_parse FOLDER\n");
        return 2;
    }
    long files = 0, elements = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
        if (!entry.is_regular_file() || !entry.path().string().ends_with(".scorecard.xml"))
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        tinyxml2::XMLDocument document;
        if (document.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS)
            return 1;
        for (auto* e = document.RootElement()->FirstChildElement(); e; e = e->NextSiblingElement())
            ++elements; // touch the tree, so nothing is optimised away
        ++files;
    }
    std::printf("%ld files, %ld elements\n", files, elements);
    return 0;
}
