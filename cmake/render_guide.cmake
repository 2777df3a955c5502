# One page of the in-app user guide: Markdown (GitHub's flavour, for the
# tables of keys) to a whole HTML page that wxHtmlWindow shows.
#   cmake -DCMARK=... -DINPUT=x.md -DOUTPUT=x.html -DLANG=en -P render_guide.cmake
execute_process(COMMAND ${CMARK} --extension table --extension autolink --to html ${INPUT}
                OUTPUT_VARIABLE body ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${INPUT}: cmark-gfm failed (${status}): ${errors}")
endif()
# Pages of the guide link to each other as rendered, not as Markdown.
string(REPLACE "href=\"docs/formats.md" "href=\"formats.html" body "${body}")
string(REGEX REPLACE "href=\"docs/user-guide\\.([a-z]+)\\.md\"" "href=\"index.\\1.html\"" body "${body}")
# Screenshots fit the window's width instead of making it scroll sideways.
string(REPLACE "<img src=" "<img width=\"100%\" src=" body "${body}")
file(WRITE ${OUTPUT} "<!DOCTYPE html>\n<html lang=\"${LANG}\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                     "<title>Extra Mile</title>\n</head>\n<body>\n${body}</body>\n</html>\n")
