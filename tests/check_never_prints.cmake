# Fails when the library's own code calls anything that prints or aborts (simdjson's check,
# made exact): every call to such a symbol is found in the disassembly with the function it
# is in. A call is allowed only in third-party code that headers compile into the library,
# named below with the reason; anything of extract_plan's own fails.
set(forbidden "printf|fprintf|vfprintf|puts|fputs|putchar|perror|abort|std::terminate\\(\\)")
# Poppler's BaseStream declares its unsupported operations inline, as abort(); the vtable of
# the MemStream that lib/pdf reads a buffer through compiles them in, but MemStream
# overrides every one that Poppler calls. Poppler's Object accessors abort on a type
# mismatch (or on one moved from); unoptimised builds (the sanitizer's) emit them in the
# library, whose calls test the type first. lib/pdf's poppler_object functions are the only
# code of ours that asks an Object its type: kept out of line, they hold those inlined checks.
set(allowed "^(BaseStream|Object)::|::poppler_object::")

execute_process(COMMAND objdump -d -C --no-show-raw-insn ${LIBRARY}
                OUTPUT_VARIABLE disassembly RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "objdump failed on ${LIBRARY}")
endif()
execute_process(COMMAND nm -C --undefined-only ${LIBRARY} OUTPUT_VARIABLE symbols)
foreach(stream "std::cout" "std::cerr" "std::clog")
  if(symbols MATCHES "${stream}")
    message(FATAL_ERROR "the library refers to ${stream}")
  endif()
endforeach()
string(REPLACE "\n" ";" lines "${disassembly}")
set(function "")
set(found "")
foreach(line IN LISTS lines)
  if(line MATCHES "^[0-9a-f]+ <(.*)>:$")
    set(function "${CMAKE_MATCH_1}")
  elseif(line MATCHES "call.*<(${forbidden})(@plt)?>")
    set(callee "${CMAKE_MATCH_1}")
    if(NOT function MATCHES "${allowed}")
      list(APPEND found "${function} calls ${callee}")
    endif()
  endif()
endforeach()
if(found)
  list(JOIN found "\n" found)
  message(FATAL_ERROR "the library calls printing or aborting functions:\n${found}")
endif()
