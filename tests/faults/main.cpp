#define BOOST_TEST_MODULE extramile faults
#include <boost/test/unit_test.hpp>
