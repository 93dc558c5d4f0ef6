# Fails when the library refers to anything that prints or aborts (simdjson's check).
execute_process(COMMAND nm -C --undefined-only ${LIBRARY} OUTPUT_VARIABLE symbols
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "nm failed on ${LIBRARY}")
endif()
string(REGEX MATCHALL "[^\n]*( U |^U )(printf|fprintf|vfprintf|puts|fputs|putchar|perror|abort|std::cout|std::cerr|std::clog|std::terminate)[^\n]*" found "${symbols}")
if(found)
  message(FATAL_ERROR "the library refers to printing or aborting symbols:\n${found}")
endif()
