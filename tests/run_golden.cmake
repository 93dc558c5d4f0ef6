# The golden test of one sample: `extract-plan verify PDF` must pass (it names any value that
# changed, as a council's own regression run would), and the --json text must be EXPECTED
# byte for byte (the keys' order and the layout are part of the contract too).
execute_process(COMMAND ${CLI} verify ${PDF} RESULT_VARIABLE status OUTPUT_VARIABLE report)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "verify failed on ${PDF}:\n${report}\n"
                      "check ${PDF} by hand before updating ${EXPECTED}")
endif()
execute_process(COMMAND ${CLI} ${PDF} --json OUTPUT_FILE ${ACTUAL} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "extract-plan exited with ${status} on ${PDF}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${EXPECTED} ${ACTUAL}
                RESULT_VARIABLE differs)
if(differs)
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL})
  message(FATAL_ERROR "the values match but the text differs from ${EXPECTED}")
endif()
