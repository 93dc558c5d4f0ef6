# Runs the CLI with --json on PDF and compares its output with EXPECTED byte for byte.
execute_process(COMMAND ${CLI} ${PDF} --json OUTPUT_FILE ${ACTUAL} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "extract-plan exited with ${status} on ${PDF}")
endif()
if(NOT EXISTS ${EXPECTED})
  message(FATAL_ERROR "no golden ${EXPECTED}; check ${ACTUAL} by hand against the PDF")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${EXPECTED} ${ACTUAL}
                RESULT_VARIABLE differs)
if(differs)
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL})
  message(FATAL_ERROR "output differs from ${EXPECTED}")
endif()
