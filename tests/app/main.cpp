#define BOOST_TEST_MODULE extramile app
#include <boost/test/unit_test.hpp>
