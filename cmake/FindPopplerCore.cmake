# Finds Poppler's core (private) API, which ships only a pkg-config file.
# Produces the imported target Poppler::core.
find_package(PkgConfig REQUIRED)
pkg_check_modules(POPPLER_CORE QUIET IMPORTED_TARGET poppler)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PopplerCore
  REQUIRED_VARS POPPLER_CORE_LINK_LIBRARIES
  VERSION_VAR POPPLER_CORE_VERSION)
if(PopplerCore_FOUND AND NOT TARGET Poppler::core)
  add_library(Poppler::core INTERFACE IMPORTED)
  target_link_libraries(Poppler::core INTERFACE PkgConfig::POPPLER_CORE)
endif()
