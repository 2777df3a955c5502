#define BOOST_TEST_MODULE extramile cli
#include <boost/test/unit_test.hpp>
