// Boost.Test, statically linked, run under wine by ctest.
#define BOOST_TEST_MODULE chain_check
#include <boost/test/unit_test.hpp>

#include <string>

BOOST_AUTO_TEST_CASE(strings_add_up)
{
    BOOST_TEST(std::string("Extra") + " Mile" == "Extra Mile");
}
