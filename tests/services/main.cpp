#define BOOST_TEST_MODULE extramile services
#include <boost/test/unit_test.hpp>
