# The static archives the command links in place of the shared libraries the library uses
# (EXTRACT_PLAN_STATIC_CLI), in link order: Boost.Regex, ICU's common library and its data,
# nettle, and jemalloc as the command's allocator. Debian's -dev packages ship each archive
# beside the shared library; Poppler has none, so it stays shared.
#
#   extract_plan_find_static_runtime(<variable>)
#
# Sets <variable> to the archives' paths, or to nothing (with a warning naming what is
# missing) when one of them is not installed.
function(extract_plan_find_static_runtime variable)
  set(archives "")
  foreach(name boost_regex icuuc icudata nettle jemalloc_pic)
    find_library(EXTRACT_PLAN_ARCHIVE_${name} NAMES lib${name}.a)
    if(NOT EXTRACT_PLAN_ARCHIVE_${name})
      message(WARNING "lib${name}.a was not found: extract-plan links the shared library "
                      "instead (EXTRACT_PLAN_STATIC_CLI; Debian: libjemalloc-dev for jemalloc)")
      set(${variable} "" PARENT_SCOPE)
      return()
    endif()
    list(APPEND archives ${EXTRACT_PLAN_ARCHIVE_${name}})
  endforeach()
  set(${variable} ${archives} PARENT_SCOPE)
endfunction()
