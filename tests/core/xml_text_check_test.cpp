// The byte checks every file goes through before XML parsing, including
// their eight-bytes-at-a-time fast paths: a bad byte is found wherever it
// sits relative to those eight-byte words.
#include "core/base/file_error.hpp"
#include "core/xml/well_formed.hpp"
#include "core/xml/xml_adapter.hpp"

#include <boost/test/unit_test.hpp>

#include <string>

using namespace extramile;

BOOST_AUTO_TEST_SUITE(xml_text_check)

BOOST_AUTO_TEST_CASE(a_control_character_is_found_at_every_position) {
    for (std::size_t length : {1u, 7u, 8u, 9u, 16u, 31u, 64u}) {
        for (std::size_t at = 0; at < length; ++at) {
            for (char bad : {'\x01', '\x0c', '\x19', '\x1f', '\0'}) {
                std::string text(length, 'a');
                text[at] = bad;
                BOOST_TEST(xml::forbidden_control_offset(text) == at, "length " << length << " at " << at);
            }
        }
        BOOST_TEST(xml::forbidden_control_offset(std::string(length, 'a')) == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(tabs_line_breaks_and_non_ascii_are_allowed) {
    const std::string text = "a\tb\nc\r\nd \x7f é ü ¿ 😀 \x20 end of a longer line of text";
    BOOST_TEST(xml::forbidden_control_offset(text) == std::string::npos);
    BOOST_TEST(xml::invalid_utf8_offset(text) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_found_after_long_ascii_runs) {
    for (std::size_t prefix = 0; prefix < 20; ++prefix) {
        for (const std::string bad : {"\xff", "\xc3\x28", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf"}) {
            const std::string text = std::string(prefix, 'x') + bad + std::string(10, 'y');
            BOOST_TEST(xml::invalid_utf8_offset(text) == prefix, "prefix " << prefix);
        }
        const std::string good = std::string(prefix, 'x') + "é€😀" + std::string(9, 'y');
        BOOST_TEST(xml::invalid_utf8_offset(good) == std::string::npos);
    }
}

// The well-formedness check passes over text sixteen bytes at a time, whole
// blocks of them when their only bytes above 0x7F are two-byte characters
// (accented letters); every character, good or bad, is judged the same
// wherever it sits relative to those blocks, and whatever comes before it.
BOOST_AUTO_TEST_CASE(text_is_judged_the_same_wherever_a_character_sits_in_the_sixteen_byte_blocks) {
    const std::string good[] = {"é", "ü", "ñ", "àè", "\xc2\x80", "\xdf\xbf", "€", "😀", "é€", "\t", "\n"};
    const std::string bad[] = {"\xc3\x28", "\xc3", "\xa9", "\xc0\xaf", "\xc1\xbf", "\xc3\xc3\xa9",
                               "\xe2\x82", "\xed\xa0\x80", "\xef\xbf\xbe", "\xf8\x88\x80\x80\x80",
                               "\x01", "\x1f", "<", "&", "]]>"};
    for (std::size_t prefix = 0; prefix < 40; ++prefix) {
        for (const std::string before : {"", "é", "ü€"}) {
            const auto text = [&](const std::string& middle) {
                return "<a>" + before + std::string(prefix, 'x') + middle + std::string(20, 'y') + "</a>";
            };
            for (const auto& ok : good)
                BOOST_CHECK_NO_THROW(xml::check_well_formed(text(ok), "test.xml"));
            for (const auto& wrong : bad)
                BOOST_CHECK_THROW(xml::check_well_formed(text(wrong), "test.xml"), FileError);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
