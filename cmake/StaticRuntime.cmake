# The static archives the command links in place of the shared libraries the library uses
# (EXTRACT_PLAN_STATIC_CLI), in link order: Boost.Regex, ICU's common library and its data,
# nettle, and jemalloc as the command's allocator. Debian's -dev packages ship each archive
# beside the shared library; Poppler has none, so it stays shared.
#
#   extract_plan_find_static_runtime(<variable>)
#
# Sets <variable> to the archives' paths, or to nothing, saying which archive is missing and
# which Debian package has it, when one of them is not installed. Each archive is looked for
# first beside the shared library the build found, so that the headers compiled against and
# the code linked are of one installation.

# Returns in <variable> the folder of an imported target's library, or nothing.
function(extract_plan_library_folder target variable)
  set(${variable} "" PARENT_SCOPE)
  if(NOT TARGET ${target})
    return()
  endif()
  foreach(property IMPORTED_LOCATION IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_NOCONFIG)
    get_target_property(location ${target} ${property})
    if(location)
      get_filename_component(folder ${location} DIRECTORY)
      set(${variable} ${folder} PARENT_SCOPE)
      return()
    endif()
  endforeach()
endfunction()

function(extract_plan_find_static_runtime variable)
  extract_plan_library_folder(Boost::regex boost_folder)
  extract_plan_library_folder(ICU::uc icu_folder)
  # name, the Debian package that has it, where the build found its shared library
  set(wanted
    "boost_regex|libboost-regex-dev|${boost_folder}"
    "icuuc|libicu-dev|${icu_folder}"
    "icudata|libicu-dev|${icu_folder}"
    "nettle|nettle-dev|${NETTLE_LIBRARY_DIRS}"
    "jemalloc_pic|libjemalloc-dev|")
  set(archives "")
  foreach(entry ${wanted})
    string(REPLACE "|" ";" entry "${entry}")
    list(GET entry 0 name)
    list(GET entry 1 package)
    list(GET entry 2 hint)
    find_library(EXTRACT_PLAN_ARCHIVE_${name} NAMES lib${name}.a HINTS ${hint})
    if(NOT EXTRACT_PLAN_ARCHIVE_${name})
      message(STATUS "lib${name}.a not found (Debian: ${package}): extract-plan links the "
                     "shared library instead (EXTRACT_PLAN_STATIC_CLI)")
      set(${variable} "" PARENT_SCOPE)
      return()
    endif()
    list(APPEND archives ${EXTRACT_PLAN_ARCHIVE_${name}})
  endforeach()
  set(${variable} ${archives} PARENT_SCOPE)
endfunction()
