#define BOOST_TEST_MODULE extramile core
#include <boost/test/unit_test.hpp>
