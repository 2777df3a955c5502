#define BOOST_TEST_MODULE extramile report
#include <boost/test/unit_test.hpp>
